"""Erasure on request: every trace of a call, or of every call where a phone number or an e-mail
came up (in the call's metadata or said in it), removed from audio, the vault, the warehouse and
the export. The Dagster job (which also deletes the partitions) is in pipeline/erasure.py; the
command is `spinoco erase`.

Calls are found through the vault's identifier index (keyed hashes: the value itself never enters
run config or logs) and the warehouse, so recordings that were discovered but never ingested
(pending, or broken) are erased too. Everything happens under the warehouse lock, which every
pipeline write also takes, and stages skip tombstoned recordings inside it, so a batch in flight
cannot write an erased recording back. Deleted rows then leave the warehouse physically (files
rewritten, old snapshots expired, the catalog vacuumed) and the vault is rewritten into a fresh
file, because DuckDB can keep deleted rows' bytes in free blocks. A tombstone (the recording ID
only) keeps the sensor from ingesting it again.
"""

from collections import Counter
from dataclasses import dataclass, field

from spinoco_assets.spinoco.ids import is_valid_id
from spinoco_assets.stores import Stores
from spinoco_assets.warehouse.derived import erase_rows

KINDS = ("phone", "email")  # what erasure can be asked by; a name alone is too ambiguous


@dataclass
class ErasureReport:
    calls: list[str] = field(default_factory=list)
    recordings: list[str] = field(default_factory=list)
    removed: Counter = field(default_factory=Counter)  # what -> how many


def find_targets(
    stores: Stores, call_id: str | None = None, kind: str = "", id_hash: str = ""
) -> tuple[list[str], list[str]]:
    """(call IDs, recording IDs) to erase: one call, or every call where the value whose
    identifier hash is `id_hash` came up."""
    if bool(call_id) == bool(id_hash):
        raise ValueError("give exactly one of a call ID or an identifier hash")
    if call_id and not is_valid_id(call_id):
        raise ValueError("call_id is not a UUID")
    if id_hash and kind not in KINDS:
        raise ValueError(f"identifier kind must be one of {', '.join(KINDS)}")
    calls = {call_id} if call_id else set(stores.vault.calls_with_hash(kind, id_hash))
    recordings = set(stores.vault.recordings_of(sorted(calls)))
    if calls and stores.warehouse.path.exists():
        with stores.warehouse.read() as con:
            sql = "SELECT recording_id FROM recordings WHERE call_id IN (SELECT unnest(?))"
            recordings |= {r for (r,) in con.execute(sql, [sorted(calls)]).fetchall()}
    return sorted(calls), sorted(recordings)


def erase(stores: Stores, calls: list[str], recordings: list[str]) -> ErasureReport:
    report = ErasureReport(calls=list(calls), recordings=list(recordings))
    with stores.warehouse.locked():  # the lock every pipeline write takes, for the whole run
        with stores.warehouse.writer() as con:
            report.removed["landed tasks"] += stores.landing.erase(recordings)  # tombstones first
            for rid in recordings:
                for path in (
                    stores.audio_path(rid),
                    stores.anonymized_path(rid),
                    stores.redacted_path(rid),
                ):
                    if path.exists():
                        path.unlink()
                        report.removed[f"{path.parent.parent.name} files"] += 1
            report.removed["vault rows"] += stores.vault.erase(calls, recordings)
            for table, n in erase_rows(con, calls, recordings).items():
                report.removed[f"warehouse rows ({table})"] += n
            report.removed["export files"] += stores.export.remove(calls)
        # physically: no deleted row stays in a file, an old snapshot or free pages
        stores.warehouse.purge()
        stores.vault_db.rewrite()
    return report
