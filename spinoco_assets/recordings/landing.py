"""The landing area: the raw task of each discovered recording, in the vault, written by the
sensor before any run needs it.

It is what makes a run independent of the sensor's memory: a backfill launched from the UI for a
partition that was never materialized finds its task here. Landing a task also indexes the call's
own numbers (caller, callee) so `spinoco vault find --phone` and erasure by number find the call.
"""

import json
from collections.abc import Callable, Iterable
from typing import Any

from spinoco_assets.privacy.vault_db import VaultDB, dumps, e164, insert
from spinoco_assets.spinoco.ids import is_valid_id
from spinoco_assets.spinoco.tasks import parse_task


def _check(recording_id: str) -> str:
    if not is_valid_id(recording_id):
        raise ValueError("recording ID is not a UUID")
    return recording_id


class Landing:
    def __init__(self, db: VaultDB, hasher: Callable[[str, str], str]) -> None:
        self._db = db
        self._hash = hasher

    def put(self, recording_id: str, task: dict[str, Any]) -> None:
        self.put_many({recording_id: task})

    def put_many(self, tasks: dict[str, dict[str, Any]]) -> None:
        """Land tasks in one transaction, with their calls' numbers in the identifier index."""
        rows, identifiers = [], []
        for rid, task in tasks.items():
            call, _ = parse_task(task)  # InvalidTask: the sensor lands only parsed tasks
            rows.append([_check(rid), call.call_id, dumps(task)])
            for number in {n for n in (call.caller_number, call.callee_number) if n}:
                key = self._hash("phone", e164(number))
                identifiers.append(["phone", key, call.call_id, rid, "metadata"])
        if not rows:
            return
        with self._db.session() as con:
            ids = [r[0] for r in rows]
            con.execute("DELETE FROM call_tasks WHERE recording_id IN (SELECT unnest(?))", [ids])
            con.execute(
                "DELETE FROM identifiers WHERE source = 'metadata' "
                "AND recording_id IN (SELECT unnest(?))",
                [ids],
            )
            insert(con, "call_tasks", "recording_id, call_id, task", rows)
            insert(con, "identifiers", "kind, id_hash, call_id, recording_id, source", identifiers)

    def get(self, recording_id: str) -> dict[str, Any]:
        found = self.get_many([recording_id])
        if recording_id not in found:
            if self.is_erased(recording_id):
                raise LookupError(f"recording {recording_id} was erased on request")
            raise LookupError(f"no landing file for recording {recording_id}: run discovery first")
        return found[recording_id]

    def get_many(self, recording_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The tasks of those recordings that are landed (and not erased), in one session."""
        with self._db.session() as con:
            rows = con.execute(
                "SELECT recording_id, task FROM call_tasks "
                "WHERE recording_id IN (SELECT unnest(?))",
                [sorted(set(recording_ids))],
            ).fetchall()
        return {rid: json.loads(task) for rid, task in rows}

    def call_ids(self) -> dict[str, str]:
        """recording ID -> call ID of everything landed."""
        with self._db.session() as con:
            return dict(con.execute("SELECT recording_id, call_id FROM call_tasks").fetchall())

    def erase(self, recording_ids: Iterable[str]) -> int:
        """Delete the tasks and leave tombstones (the IDs only) so the sensor never lands these
        recordings again. Returns how many tasks there were."""
        ids = sorted({_check(rid) for rid in recording_ids})
        with self._db.session() as con:
            row = con.execute(
                "DELETE FROM call_tasks WHERE recording_id IN (SELECT unnest(?))", [ids]
            ).fetchone()
            con.execute(
                "INSERT INTO erased_recordings (recording_id) "
                "SELECT id FROM unnest(?::VARCHAR[]) t(id) "
                "WHERE id NOT IN (SELECT recording_id FROM erased_recordings)",
                [ids],
            )
        return int(row[0]) if row else 0

    def erased(self, recording_ids: Iterable[str]) -> set[str]:
        with self._db.session() as con:
            rows = con.execute(
                "SELECT recording_id FROM erased_recordings "
                "WHERE recording_id IN (SELECT unnest(?))",
                [sorted(set(recording_ids))],
            ).fetchall()
        return {r for (r,) in rows}

    def is_erased(self, recording_id: str) -> bool:
        return recording_id in self.erased([recording_id])
