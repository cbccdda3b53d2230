"""Erasure on request: every trace of a call (or of every call of one phone number) removed from
audio, landing, vault, warehouse, export and Dagster's partitions. The job is in erasure_job.py.

Targets are found in the warehouse AND in the landing area, so recordings that were discovered
but never ingested (pending, or broken) are erased too. Everything happens under the warehouse
lock, which every pipeline write also takes, and stages skip tombstoned recordings inside it, so
a batch in flight cannot write an erased recording back. The warehouse is rewritten into a
fresh file, because DuckDB can keep deleted rows' bytes in free blocks. A tombstone (the
recording ID only) keeps the sensor from ingesting it again.
"""

from collections import Counter
from dataclasses import dataclass, field

import dagster as dg
import duckdb

from resources.storage import StorageResource, storage_from_env
from spinoco_assets.calls import InvalidTask, parse_task
from spinoco_assets.export import Export
from spinoco_assets.ids import is_valid_id
from spinoco_assets.landing import Landing
from spinoco_assets.partitions import recording_partitions
from spinoco_assets.tables import ALL_TABLES
from spinoco_assets.vault import Vault


@dataclass
class ErasureReport:
    calls: list[str] = field(default_factory=list)
    recordings: list[str] = field(default_factory=list)
    removed: Counter = field(default_factory=Counter)  # what -> how many


def _from_landing(
    storage: StorageResource, call_id: str | None, phone_key: str | None
) -> tuple[set[str], set[str]]:
    """Scan the sealed landing files (all of them: erasure is rare, correctness is not)."""
    pseudonyms = storage.pseudonymizer()
    calls, recordings = set(), set()
    for rid, task in Landing(storage.protected()).tasks():
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
    storage: StorageResource, call_id: str | None = None, phone_key: str | None = None
) -> tuple[list[str], list[str]]:
    """(call IDs, recording IDs) to erase: one call, or every call of one phone number, given
    as its pseudonym (`phone_key`) so the number itself never enters run config or logs."""
    if bool(call_id) == bool(phone_key):
        raise ValueError("give exactly one of call_id or phone_key")
    if call_id and not is_valid_id(call_id):
        raise ValueError("call_id is not a UUID")
    calls, recordings = _from_landing(storage, call_id, phone_key)
    if call_id:
        calls.add(call_id)
    path = storage.warehouse().path
    if path.exists():
        with duckdb.connect(str(path), read_only=True) as con:
            if phone_key:
                sql = "SELECT call_id FROM calls WHERE caller_key = ? OR callee_key = ?"
                calls |= {c for (c,) in con.execute(sql, [phone_key, phone_key]).fetchall()}
            sql = "SELECT recording_id FROM recordings WHERE call_id IN (SELECT unnest(?))"
            recordings |= {r for (r,) in con.execute(sql, [sorted(calls)]).fetchall()}
    return sorted(calls), sorted(recordings)


def erase(storage: StorageResource, calls: list[str], recordings: list[str]) -> ErasureReport:
    report = ErasureReport(calls=list(calls), recordings=list(recordings))
    store = storage.protected()
    landing, vault = Landing(store), Vault(store)
    with storage.warehouse().writer(fresh=True) as con:  # the lock every pipeline write takes
        for rid in recordings:
            report.removed["landing files"] += landing.erase(rid)  # tombstone first
            for path in (storage.audio_path(rid), storage.anonymized_path(rid)):
                if path.exists():
                    path.unlink()
                    report.removed[f"{path.parent.parent.name} files"] += 1
            report.removed["vault entries"] += vault.erase_recording(rid)
        for call_id in calls:
            report.removed["vault entries"] += vault.erase_call(call_id)
        for table in ALL_TABLES:
            keys = calls if table.key == "call_id" else recordings
            n = con.execute(
                f"DELETE FROM {table.name} WHERE {table.key} IN (SELECT unnest(?))", [keys]
            ).fetchone()[0]
            report.removed[f"warehouse rows ({table.name})"] += n
        report.removed["export files"] += Export(storage.root / "export").remove(calls)
    return report


def erase_everywhere(
    instance: dg.DagsterInstance, storage: StorageResource, calls: list[str], recordings: list[str]
) -> ErasureReport:
    """Files, vault, warehouse, export, then the Dagster partitions of the recordings."""
    report = erase(storage, calls, recordings)
    for rid in recordings:
        if instance.has_dynamic_partition(recording_partitions.name, rid):
            instance.delete_dynamic_partition(recording_partitions.name, rid)
            report.removed["dagster partitions"] += 1
    return report


def main(argv: list[str] | None = None) -> int:
    """`python -m spinoco_assets.erasure (--call-id ID | --phone NUMBER)`: the phone number is
    turned into its pseudonym here, on the privacy officer's machine, and only that is used."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m spinoco_assets.erasure")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--call-id")
    target.add_argument("--phone", help="a caller's number; erases every call with it")
    args = parser.parse_args(argv)
    storage = storage_from_env()
    key = storage.pseudonymizer().phone_key(args.phone) if args.phone else None
    with dg.DagsterInstance.get() as instance:
        calls, recordings = find_targets(storage, args.call_id, key)
        report = erase_everywhere(instance, storage, calls, recordings)
    print(f"erased {len(report.calls)} call(s), {len(report.recordings)} recording(s):")
    for what, n in sorted(report.removed.items()):
        print(f"  {what}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
