"""Which recordings are new since the last poll: a pure function over the API's task stream.

The cursor holds a watermark (highest lastUpdate consumed) and the recording IDs seen inside the
overlap window. Each poll re-reads from watermark minus the overlap, because a task can be updated
after we first saw it (e.g. its recording becomes available), and de-duplicates on recording ID.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from spinoco_assets.spinoco.tasks import InvalidTask, Recording, parse_task


@dataclass
class DiscoveryCursor:
    watermark_ms: int
    seen: dict[str, int] = field(default_factory=dict)  # recording_id -> task lastUpdate

    def to_json(self) -> str:
        return json.dumps({"watermark_ms": self.watermark_ms, "seen": self.seen})

    @classmethod
    def from_json(cls, text: str) -> "DiscoveryCursor":
        data = json.loads(text)
        return cls(watermark_ms=int(data["watermark_ms"]), seen=dict(data.get("seen", {})))


@dataclass(frozen=True)
class NewRecording:
    recording: Recording
    task: dict[str, Any]  # the raw task, kept (sealed) in the landing area for the run


@dataclass
class DiscoveryResult:
    new: list[NewRecording]
    cursor: DiscoveryCursor
    tasks_read: int = 0
    invalid_tasks: int = 0
    invalid_recordings: int = 0
    not_yet_available: int = 0
    reasons: list[str] = field(default_factory=list)  # log-safe reasons for skipped input


def parse_sync_from(value: str | None) -> int:
    """SPINOCO_SYNC_FROM as epoch ms: accepts an ISO date/time or epoch milliseconds."""
    if not value:
        return 0
    value = value.strip()
    if value.isdigit():
        return int(value)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(
            f"SPINOCO_SYNC_FROM must be an ISO date or epoch ms, got {value!r}"
        ) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def discover(
    tasks: Iterable[Any],
    cursor: DiscoveryCursor,
    *,
    overlap_ms: int,
    max_new: int,
) -> DiscoveryResult:
    """Consume tasks (ascending by lastUpdate) until `max_new` new recordings are found.

    Stops only at a task boundary, so the new watermark never skips part of a task.
    """
    seen = dict(cursor.seen)
    watermark = cursor.watermark_ms
    result = DiscoveryResult(new=[], cursor=cursor)
    for raw in tasks:
        result.tasks_read += 1
        try:
            call, rejected = parse_task(raw)
        except InvalidTask as exc:
            result.invalid_tasks += 1
            result.reasons.append(str(exc))
            continue
        if rejected:
            result.invalid_recordings += rejected
            result.reasons.append(f"task {call.call_id}: {rejected} recording(s) without a UUID")
        for recording in call.recordings:
            if not recording.available:
                result.not_yet_available += 1
            elif recording.recording_id not in seen:
                seen[recording.recording_id] = call.last_update_ms
                result.new.append(NewRecording(recording, raw))
        watermark = max(watermark, call.last_update_ms)
        if len(result.new) >= max_new:
            break
    horizon = watermark - overlap_ms
    result.cursor = DiscoveryCursor(
        watermark_ms=watermark, seen={k: v for k, v in seen.items() if v >= horizon}
    )
    return result
