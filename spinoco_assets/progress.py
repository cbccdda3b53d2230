"""Progress of a stage through its batch: done/total, rate, real-time factor and an ETA.

On CPU a batch can take hours; these lines are what an operator watching the run log sees.
Pure: the clock is injectable, the Dagster layer decides where the lines go.
"""

import time
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    if minutes:
        return f"{minutes}m{secs:02d}s"
    return f"{secs}s"


class Progress:
    """Counts finished recordings; `line()` says where the stage stands, `due()` when to say it.

    The ETA assumes the remaining recordings go at the rate seen so far (failures included:
    they take time too).
    """

    def __init__(
        self,
        stage: str,
        total: int,
        every_s: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stage, self.total, self.every_s = stage, total, every_s
        self._clock = clock
        self._started = self._last_said = clock()
        self.done = self.failed = 0
        self.audio_s = self.work_s = 0.0

    def step(self, *, failed: bool = False, audio_s: float = 0.0, work_s: float = 0.0) -> None:
        """One recording finished (or failed); `audio_s`/`work_s` feed the real-time factor."""
        if failed:
            self.failed += 1
        else:
            self.done += 1
        self.audio_s += audio_s
        self.work_s += work_s

    def due(self) -> bool:
        """True at most once per `every_s`, and always when the stage is over."""
        now = self._clock()
        if self.finished or now - self._last_said >= self.every_s:
            self._last_said = now
            return True
        return False

    @property
    def finished(self) -> bool:
        return self.done + self.failed >= self.total

    def line(self) -> str:
        elapsed = self._clock() - self._started
        handled = self.done + self.failed
        share = 100 * handled / max(self.total, 1)
        parts = [f"{self.stage}: {handled}/{self.total} ({share:.0f}%)"]
        if self.failed:
            parts.append(f"{self.failed} failed")
        if handled and elapsed > 0:
            parts.append(f"{60 * handled / elapsed:.1f} recordings/min")
        if self.audio_s > 0 and self.work_s > 0:
            parts.append(f"real-time factor {self.work_s / self.audio_s:.2f}")
        if self.finished:
            parts.append(f"took {_duration(elapsed)}")
        elif handled:
            parts.append(f"ETA {_duration(elapsed / handled * (self.total - handled))}")
        else:
            parts.append("ETA unknown")
        return ", ".join(parts)


class Groups(Generic[T]):
    """Finished items waiting to be published; handed out at most once per `every_s`.

    Publishing each recording alone would write the warehouse per recording (fast stages);
    publishing at the end shows nothing for hours (slow ones). Time-boxed groups do both.
    """

    def __init__(self, every_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.every_s = every_s
        self._clock = clock
        self._last = clock()
        self._items: list[T] = []

    def add(self, item: T) -> list[T]:
        """Add `item`; return the group to publish now (empty when it is not time yet)."""
        self._items.append(item)
        if self._clock() - self._last < self.every_s:
            return []
        return self.rest()

    def rest(self) -> list[T]:
        """Everything still waiting (the end of the stage)."""
        self._last = self._clock()
        items, self._items = self._items, []
        return items
