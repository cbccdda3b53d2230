"""Parse Spinoco `CallTask` JSON into the rows the product stores.

Pure functions: no I/O. Key names and shapes follow ../shared/spinoco-api.md; anything missing or
malformed raises `InvalidTask` whose message names the field but never its value (values may be
phone numbers).
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from spinoco_assets.spinoco.ids import describe_invalid, is_valid_id


class InvalidTask(ValueError):
    """A task that cannot be used; the message is safe to log."""


@dataclass(frozen=True)
class Recording:
    recording_id: str
    started_at: datetime | None
    duration_ms: int
    is_voicemail: bool
    available: bool


@dataclass(frozen=True)
class Call:
    call_id: str
    last_update_ms: int
    direction: str  # "inbound" | "outbound" | "unknown"
    started_at: datetime | None
    answered_at: datetime | None
    ended_at: datetime | None
    agent_id: str | None
    caller_number: str | None  # personal data: only pseudonymized or in the protected store
    callee_number: str | None
    recordings: tuple[Recording, ...]


def _ms_to_datetime(value: Any) -> datetime | None:
    if isinstance(value, dict):  # `answered` is {"R": ms}
        value = value.get("R")
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return datetime.fromtimestamp(value / 1000, tz=UTC)
    return None


def _party_number(party: Any) -> str | None:
    if not isinstance(party, dict):
        return None
    number = party.get("number")
    if isinstance(number, dict) and isinstance(number.get("e164"), str):
        return number["e164"]
    return None


def _numbers(direction: dict[str, Any]) -> tuple[str, str | None, str | None]:
    kind = direction.get("__tpe")
    if kind == "Terminating":  # inbound: an outside party called us
        return "inbound", _party_number(direction.get("from")), direction.get("toPhoneNumber")
    if kind == "Originating":  # outbound: our agent called out
        return "outbound", direction.get("fromPhoneNumber"), _party_number(direction.get("to"))
    return "unknown", None, None


def _recordings(task_id: str, detail: Any) -> tuple[list[Recording], int]:
    """Valid recordings and the number of rejected ones."""
    raw = detail.get("recordings") if isinstance(detail, dict) else None
    if not isinstance(raw, dict):
        return [], 0
    found, rejected = [], 0
    for key, rec in raw.items():
        rec_id = rec.get("id", key) if isinstance(rec, dict) else None
        duration = rec.get("duration") if isinstance(rec, dict) else None
        if not is_valid_id(rec_id) or not isinstance(duration, int) or duration < 0:
            rejected += 1
            continue
        found.append(
            Recording(
                recording_id=rec_id,
                started_at=_ms_to_datetime(rec.get("from")),
                duration_ms=duration,
                is_voicemail=bool(rec.get("vm", False)),
                available=bool(rec.get("available", False)),
            )
        )
    return found, rejected


def parse_task(task: Any) -> tuple[Call, int]:
    """The call described by one CallTask, and how many of its recordings were rejected."""
    if not isinstance(task, dict):
        raise InvalidTask(f"task is a {type(task).__name__}, not an object")
    task_id = task.get("id")
    if not is_valid_id(task_id):
        raise InvalidTask(f"task id is not a UUID ({describe_invalid(task_id)})")
    last_update = task.get("lastUpdate")
    if isinstance(last_update, str) and last_update.isdigit():
        last_update = int(last_update)
    if not isinstance(last_update, int) or isinstance(last_update, bool):
        raise InvalidTask(f"task {task_id}: lastUpdate is missing or not epoch milliseconds")

    tpe: dict[str, Any] = task["tpe"] if isinstance(task.get("tpe"), dict) else {}
    direction: dict[str, Any] = tpe["direction"] if isinstance(tpe.get("direction"), dict) else {}
    kind, caller, callee = _numbers(direction)

    result = task.get("result")
    completed = result[1] if isinstance(result, list) and len(result) > 1 else {}
    completed = completed if isinstance(completed, dict) else {}
    assignee: dict[str, Any] = task["assignee"] if isinstance(task.get("assignee"), dict) else {}
    agent = assignee.get("userId")
    recordings, rejected = _recordings(task_id, task.get("detail"))

    call = Call(
        call_id=task_id,
        last_update_ms=last_update,
        direction=kind,
        started_at=_ms_to_datetime(completed.get("ringing")),
        answered_at=_ms_to_datetime(completed.get("answered")),
        ended_at=_ms_to_datetime(completed.get("terminated")),
        agent_id=agent if isinstance(agent, str) else None,
        caller_number=caller if isinstance(caller, str) else None,
        callee_number=callee if isinstance(callee, str) else None,
        recordings=tuple(recordings),
    )
    return call, rejected
