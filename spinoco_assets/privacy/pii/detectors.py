"""`PiiDetector`: every Czech detector over one shared view, overlaps resolved by priority.

The detectors are scrubadub `Detector` subclasses (numeric.py, web.py, address.py,
person.py); here they are called directly on a shared `View` instead of through a
`scrubadub.Scrubber`, which would tokenize the text once per detector and number
placeholders in a class-level dict shared by every thread.
"""

from __future__ import annotations

from bisect import bisect_right

from .address import AddressDetector
from .base import CzechDetector, Finding
from .lexicon import build_lexicon
from .numeric import (
    BankAccountDetector,
    BirthNumberDetector,
    CardDetector,
    DicDetector,
    IbanDetector,
    IcoDetector,
    PhoneDetector,
    PlateDetector,
    PostalCodeDetector,
    VanityPlateDetector,
)
from .person import NameDetector
from .view import View
from .web import EmailDetector, UrlDetector

__all__ = ["DETECTORS", "PRIORITY", "Finding", "PiiDetector"]

DETECTORS: tuple[type[CzechDetector], ...] = (
    EmailDetector,
    UrlDetector,
    IbanDetector,
    CardDetector,
    BirthNumberDetector,
    BankAccountDetector,
    DicDetector,
    IcoDetector,
    PhoneDetector,
    PlateDetector,
    VanityPlateDetector,
    AddressDetector,
    PostalCodeDetector,
    NameDetector,
)

# Higher wins when two findings overlap: checksummed and delimited formats first.
PRIORITY = {
    "EMAIL": 100, "IBAN": 95, "URL": 90, "CARD": 85, "DIC": 82, "BIRTH_NUMBER": 80,
    "BANK_ACCOUNT": 78, "ICO": 70, "PHONE": 60, "PLATE": 50, "ADDRESS": 45, "POSTAL_CODE": 40,
    "NAME": 20,
}  # fmt: skip


class PiiDetector:
    """Build once (loads the name lists); `find` is then thread-safe: nothing it touches
    changes after construction, every call works on its own `View`."""

    def __init__(self, types: tuple[str, ...] | None = None) -> None:
        self._lexicon = build_lexicon()
        self._detectors = [
            cls(lexicon=self._lexicon)
            for cls in DETECTORS
            if types is None or cls.pii_type in types
        ]
        self._by_type = {d.pii_type: d for d in self._detectors}

    @property
    def types(self) -> list[str]:
        return list(self._by_type)

    def find(self, text: str) -> list[Finding]:
        """Sorted, non-overlapping findings; on overlap the higher priority, then the longer
        span wins."""
        if not text:
            return []
        view = View(text, self._lexicon)
        found = []
        for det in self._detectors:
            prio = PRIORITY[det.pii_type]
            for start, end, key in det.candidates(view):
                found.append((prio, end - start, start, end, det.pii_type, key))
        found.sort(key=lambda c: (-c[0], -c[1], c[2]))
        starts: list[int] = []  # accepted spans, sorted and non-overlapping
        ends: list[int] = []
        result = []
        for _prio, _len, start, end, pii_type, key in found:
            k = bisect_right(starts, start)
            if (k and ends[k - 1] > start) or (k < len(starts) and starts[k] < end):
                continue
            starts.insert(k, start)
            ends.insert(k, end)
            result.append(Finding(start, end, pii_type, text[start:end], key))
        result.sort(key=lambda f: f.start)
        return result

    def key_for(self, pii_type: str, value: str) -> str:
        """The key `find` gives `value` as `pii_type`, without needing its context (used to
        restore a call's placeholders from their stored original values)."""
        detector = self._by_type.get(pii_type)
        if detector is None:
            raise ValueError("unknown PII type")
        return detector.key(View(value, self._lexicon).norm)
