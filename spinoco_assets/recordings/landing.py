"""The landing area: the raw task of each discovered recording, sealed, written by the sensor.

It is what makes a run independent of the sensor's memory: a backfill launched from the UI for a
partition that was never materialized finds its task here.
"""

from collections.abc import Iterator
from typing import Any

from spinoco_assets.privacy.sealed import SealedStore
from spinoco_assets.spinoco.ids import is_valid_id

ERASED = {"erased": True}  # a tombstone: the recording was erased on request


def _name(recording_id: str) -> str:
    if not is_valid_id(recording_id):
        raise ValueError("recording ID is not a UUID")
    return f"landing/{recording_id[:2]}/{recording_id}"


class Landing:
    def __init__(self, store: SealedStore) -> None:
        self._store = store

    def put(self, recording_id: str, task: dict[str, Any]) -> None:
        self._store.put(_name(recording_id), task)

    def get(self, recording_id: str) -> dict[str, Any]:
        name = _name(recording_id)
        if not self._store.exists(name):
            raise LookupError(f"no landing file for recording {recording_id}: run discovery first")
        task = self._store.get(name)
        if task == ERASED:
            raise LookupError(f"recording {recording_id} was erased on request")
        return task

    def tasks(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every landed (not erased) recording ID with its task; reads the whole area."""
        for path in sorted(self._store.root.glob("landing/*/*.sealed")):
            recording_id = path.name[: -len(".sealed")]
            if is_valid_id(recording_id):
                task = self._store.get(_name(recording_id))
                if task != ERASED:
                    yield recording_id, task

    def erase(self, recording_id: str) -> bool:
        """Replace the task with a tombstone so the sensor never lands this recording again."""
        existed = self._store.exists(_name(recording_id)) and not self.is_erased(recording_id)
        self._store.put(_name(recording_id), ERASED)
        return existed

    def is_erased(self, recording_id: str) -> bool:
        name = _name(recording_id)
        return self._store.exists(name) and self._store.get(name) == ERASED
