"""Parsing Spinoco tasks: shapes from spinoco-api.md, and hostile input rejected safely."""

import copy

import pytest

from spinoco_assets.spinoco.ids import is_valid_id
from spinoco_assets.spinoco.tasks import InvalidTask, parse_task

TASK = {
    "id": "6f1c2a10-0000-11f0-8000-00000000a001",
    "lastUpdate": 1767225660000,
    "tpe": {
        "__tpe": "CallSessionTask",
        "direction": {
            "__tpe": "Terminating",
            "from": {"__tpe": "OutboundTrunkContext", "number": {"e164": "+420700000001"}},
            "toPhoneNumber": "+420700000002",
        },
    },
    "result": [
        1767225660000,
        {
            "__tpe": "CallTaskCompleted",
            "ringing": 1767225600000,
            "answered": {"R": 1767225605000},
            "terminated": 1767225650000,
        },
    ],
    "detail": {
        "__tpe": "Recordings",
        "recordings": {
            "6f1c2a10-0000-11f0-8000-00000000b001": {
                "id": "6f1c2a10-0000-11f0-8000-00000000b001",
                "from": 1767225605000,
                "duration": 45000,
                "vm": False,
                "available": True,
            }
        },
    },
    "assignee": {"__tpe": "Assigned", "userId": "agent-7"},
}


def test_inbound_task_caller_is_from_party():
    call, rejected = parse_task(TASK)
    assert rejected == 0
    assert call.direction == "inbound"
    assert (call.caller_number, call.callee_number) == ("+420700000001", "+420700000002")
    assert call.agent_id == "agent-7"
    assert call.answered_at is not None and call.answered_at.timestamp() == 1767225605
    [rec] = call.recordings
    assert rec.duration_ms == 45000 and rec.available and not rec.is_voicemail


def test_outbound_task_caller_is_from_phone_number():
    task = copy.deepcopy(TASK)
    task["tpe"]["direction"] = {
        "__tpe": "Originating",
        "fromPhoneNumber": "+420700000003",
        "to": {"number": {"e164": "+420700000004"}},
    }
    call, _ = parse_task(task)
    assert (call.direction, call.caller_number, call.callee_number) == (
        "outbound",
        "+420700000003",
        "+420700000004",
    )


@pytest.mark.parametrize("bad_id", ["../../etc/passwd", "a b", "x" * 300, "", None, 42])
def test_hostile_task_id_is_rejected_without_echoing_it(bad_id):
    task = copy.deepcopy(TASK)
    task["id"] = bad_id
    with pytest.raises(InvalidTask) as err:
        parse_task(task)
    if isinstance(bad_id, str) and bad_id:
        assert bad_id not in str(err.value)


def test_hostile_recording_id_is_dropped_and_counted():
    task = copy.deepcopy(TASK)
    task["detail"]["recordings"] = {"../x": {"id": "../x", "duration": 1, "available": True}}
    call, rejected = parse_task(task)
    assert call.recordings == () and rejected == 1


def test_only_canonical_uuids_are_valid_ids():
    assert is_valid_id("6f1c2a10-0000-11f0-8000-00000000b001")
    assert not is_valid_id("6F1C2A10-0000-11F0-8000-00000000B001")
    assert not is_valid_id("6f1c2a10-0000-11f0-8000-00000000b001/..")
