"""Progress lines and publishing groups, on a clock the test moves."""

from spinoco_assets.progress import Groups, Progress


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_progress_says_done_total_rate_real_time_factor_and_eta():
    clock = Clock()
    progress = Progress("transcribe", 10, every_s=30, clock=clock)
    assert "0/10 (0%)" in progress.line() and "ETA unknown" in progress.line()
    for _ in range(4):
        clock.now += 15  # 15 s of work per 60 s recording
        progress.step(audio_s=60, work_s=15)
    clock.now += 15
    progress.step(failed=True)
    line = progress.line()
    assert "transcribe: 5/10 (50%)" in line and "1 failed" in line
    assert "4.0 recordings/min" in line  # 5 handled in 75 s
    assert "real-time factor 0.25" in line
    assert "ETA 1m15s" in line  # 5 more at 15 s each


def test_progress_lines_come_at_the_cadence_and_at_the_end():
    clock = Clock()
    progress = Progress("ingest", 3, every_s=30, clock=clock)
    progress.step()
    assert not progress.due()
    clock.now += 31
    assert progress.due() and not progress.due()  # once per period
    progress.step()
    progress.step(failed=True)
    assert progress.due()  # the stage is over: always said
    assert "took 31s" in progress.line() and "ETA" not in progress.line()


def test_groups_hold_items_until_the_period_is_over():
    clock = Clock()
    groups: Groups[int] = Groups(10, clock=clock)
    assert groups.add(1) == [] and groups.add(2) == []
    clock.now += 10
    assert groups.add(3) == [1, 2, 3]
    assert groups.add(4) == []
    assert groups.rest() == [4] and groups.rest() == []


def test_groups_with_no_period_publish_each_item_at_once():
    groups: Groups[str] = Groups(0)
    assert groups.add("a") == ["a"] and groups.add("b") == ["b"]
