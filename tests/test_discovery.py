"""Which recordings are new: the cursor logic, on hand-built task streams."""

import copy

import pytest

from spinoco_assets.spinoco.discovery import DiscoveryCursor, discover, parse_sync_from
from tests.test_calls import TASK

REC = "6f1c2a10-0000-11f0-8000-00000000b001"


def task(n: int, last_update: int, available: bool = True) -> dict:
    t = copy.deepcopy(TASK)
    t["id"] = f"6f1c2a10-0000-11f0-8000-{n:012d}"
    t["lastUpdate"] = last_update
    rid = f"7f1c2a10-0000-11f0-8000-{n:012d}"
    t["detail"]["recordings"] = {rid: {**TASK["detail"]["recordings"][REC], "id": rid,
                                       "available": available}}  # fmt: skip
    return t


def rids(result) -> list[str]:
    return [item.recording.recording_id for item in result.new]


def test_new_recordings_advance_the_watermark_and_are_not_found_twice():
    first = discover([task(1, 1000), task(2, 2000)], DiscoveryCursor(0), overlap_ms=500, max_new=10)
    assert len(first.new) == 2 and first.cursor.watermark_ms == 2000
    # the overlap re-reads task 2; only task 3 is new
    again = discover([task(2, 2000), task(3, 2500)], first.cursor, overlap_ms=500, max_new=10)
    assert rids(again) == [rids(discover([task(3, 2500)], DiscoveryCursor(0), overlap_ms=0,
                                         max_new=1))[0]]  # fmt: skip
    assert set(again.cursor.seen) == {rids(first)[1], rids(again)[0]}  # task 1 fell out


def test_a_recording_that_becomes_available_later_is_found_then():
    waiting = discover(
        [task(1, 1000, available=False)], DiscoveryCursor(0), overlap_ms=0, max_new=9
    )
    assert waiting.new == [] and waiting.not_yet_available == 1
    later = discover([task(1, 5000)], waiting.cursor, overlap_ms=0, max_new=9)
    assert len(later.new) == 1


def test_the_cap_stops_at_a_task_boundary():
    tasks = [task(n, 1000 * n) for n in range(1, 6)]
    capped = discover(tasks, DiscoveryCursor(0), overlap_ms=0, max_new=2)
    assert len(capped.new) == 2 and capped.cursor.watermark_ms == 2000
    since = [t for t in tasks if t["lastUpdate"] >= capped.cursor.watermark_ms]  # as the API does
    rest = discover(since, capped.cursor, overlap_ms=0, max_new=10)
    assert len(rest.new) == 3


def test_invalid_tasks_are_counted_with_safe_reasons():
    bad = task(1, 1000)
    bad["id"] = "../../etc/passwd"
    result = discover([bad, task(2, 2000)], DiscoveryCursor(0), overlap_ms=0, max_new=9)
    assert result.invalid_tasks == 1 and len(result.new) == 1
    assert "passwd" not in " ".join(result.reasons)


def test_sync_from_accepts_dates_and_epoch_ms():
    assert parse_sync_from("2026-01-01") == 1767225600000
    assert parse_sync_from("1767225600000") == 1767225600000
    assert parse_sync_from(None) == 0
    with pytest.raises(ValueError, match="SPINOCO_SYNC_FROM"):
        parse_sync_from("yesterday")


def test_the_cursor_round_trips():
    cursor = DiscoveryCursor(42, {REC: 41})
    assert DiscoveryCursor.from_json(cursor.to_json()) == cursor
