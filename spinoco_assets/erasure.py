"""Erasure on request: every trace of a call (or of every call of one phone number) removed from
audio, landing, vault, warehouse and export. The Dagster job (which also deletes the partitions)
is in pipeline/erasure.py; the command is `spinoco erase`.

Targets are found in the warehouse AND in the landing area, so recordings that were discovered
but never ingested (pending, or broken) are erased too. Everything happens under the warehouse
lock, which every pipeline write also takes, and stages skip tombstoned recordings inside it, so
a batch in flight cannot write an erased recording back. The warehouse is rewritten into a
fresh file, because DuckDB can keep deleted rows' bytes in free blocks. A tombstone (the
recording ID only) keeps the sensor from ingesting it again.
"""

from collections import Counter
from dataclasses import dataclass, field

import duckdb

from spinoco_assets.spinoco.ids import is_valid_id
from spinoco_assets.spinoco.tasks import InvalidTask, parse_task
from spinoco_assets.stores import Stores
from spinoco_assets.warehouse.tables import ALL_TABLES
from spinoco_assets.warehouse.writer import scalar


@dataclass
class ErasureReport:
    calls: list[str] = field(default_factory=list)
    recordings: list[str] = field(default_factory=list)
    removed: Counter = field(default_factory=Counter)  # what -> how many


def _from_landing(
    stores: Stores, call_id: str | None, phone_key: str | None
) -> tuple[set[str], set[str]]:
    """Scan the sealed landing files (all of them: erasure is rare, correctness is not)."""
    pseudonyms = stores.pseudonyms
    calls, recordings = set(), set()
    for rid, task in stores.landing.tasks():
        try:
            call, _ = parse_task(task)
        except InvalidTask:
            continue
        keys = {pseudonyms.phone_key(call.caller_number), pseudonyms.phone_key(call.callee_number)}
        if call.call_id == call_id or (phone_key and phone_key in keys):
            calls.add(call.call_id)
            recordings.add(rid)
    return calls, recordings


def find_targets(
    stores: Stores, call_id: str | None = None, phone_key: str | None = None
) -> tuple[list[str], list[str]]:
    """(call IDs, recording IDs) to erase: one call, or every call of one phone number, given
    as its pseudonym (`phone_key`) so the number itself never enters run config or logs."""
    if bool(call_id) == bool(phone_key):
        raise ValueError("give exactly one of call_id or phone_key")
    if call_id and not is_valid_id(call_id):
        raise ValueError("call_id is not a UUID")
    calls, recordings = _from_landing(stores, call_id, phone_key)
    if call_id:
        calls.add(call_id)
    path = stores.warehouse.path
    if path.exists():
        with duckdb.connect(str(path), read_only=True) as con:
            if phone_key:
                sql = "SELECT call_id FROM calls WHERE caller_key = ? OR callee_key = ?"
                calls |= {c for (c,) in con.execute(sql, [phone_key, phone_key]).fetchall()}
            sql = "SELECT recording_id FROM recordings WHERE call_id IN (SELECT unnest(?))"
            recordings |= {r for (r,) in con.execute(sql, [sorted(calls)]).fetchall()}
    return sorted(calls), sorted(recordings)


def erase(stores: Stores, calls: list[str], recordings: list[str]) -> ErasureReport:
    report = ErasureReport(calls=list(calls), recordings=list(recordings))
    landing, vault = stores.landing, stores.vault
    with stores.warehouse.writer(fresh=True) as con:  # the lock every pipeline write takes
        for rid in recordings:
            report.removed["landing files"] += landing.erase(rid)  # tombstone first
            for path in (
                stores.audio_path(rid),
                stores.anonymized_path(rid),
                stores.redacted_path(rid),
            ):
                if path.exists():
                    path.unlink()
                    report.removed[f"{path.parent.parent.name} files"] += 1
            report.removed["vault entries"] += vault.erase_recording(rid)
        for call_id in calls:
            report.removed["vault entries"] += vault.erase_call(call_id)
        for table in ALL_TABLES:
            keys = calls if table.key == "call_id" else recordings
            sql = f"DELETE FROM {table.name} WHERE {table.key} IN (SELECT unnest(?))"
            n = scalar(con, sql, [keys])
            report.removed[f"warehouse rows ({table.name})"] += n
        report.removed["export files"] += stores.export.remove(calls)
    return report
