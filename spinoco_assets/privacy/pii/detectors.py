"""`PiiDetector`: every Czech detector over one shared view, overlaps resolved by priority.

The detectors are scrubadub `Detector` subclasses (numeric.py, web.py, address.py,
person.py); here they are called directly on a shared `View` instead of through a
`scrubadub.Scrubber`, which would tokenize the text once per detector and number
placeholders in a class-level dict shared by every thread.
"""

from __future__ import annotations

import re
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


KNOWN_PRIORITY = 99  # the call's own numbers win over any other reading of the same digits


def known_number_spans(view: View, number: str) -> list[tuple[int, int]]:
    """Spans of the normalized text (spoken digits already rendered) holding this phone number:
    its national nine digits with any separators, with or without +420 / 00420."""
    digits = "".join(c for c in number if c.isdigit())
    national = digits[-9:]
    if len(national) < 9:
        return []
    body = "[ .-]?".join(national)
    pattern = re.compile(rf"(?<!\d)(?:(?:\+|00)?420[ .-]?)?{body}(?!\d)")
    return [m.span() for m in pattern.finditer(view.norm)]


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

    def find(self, text: str, known_phones: tuple[str, ...] = ()) -> list[Finding]:
        """Sorted, non-overlapping findings; on overlap the higher priority, then the longer
        span wins. `known_phones`: numbers the call's metadata gives (caller, callee), found in
        any written or spoken form whatever the context says."""
        if not text:
            return []
        view = View(text, self._lexicon)
        # (-priority, -length, start, arrival order, end, type, key): sorting these tuples
        # puts the winners first, ties in arrival order (cheaper than a sort key function).
        found: list[tuple[int, int, int, int, int, str, str]] = []
        phone = self._by_type.get("PHONE")
        for number in known_phones:
            for start, end in known_number_spans(view, number):
                key = phone.key(view.norm[start:end]) if phone else number
                a, b = view.span(start, end)
                found.append((-KNOWN_PRIORITY, start - end, a, len(found), b, "PHONE", key))
        for det in self._detectors:
            prio, pii_type = -PRIORITY[det.pii_type], det.pii_type
            for start, end, key in det.candidates(view):
                found.append((prio, start - end, start, len(found), end, pii_type, key))
        found.sort()
        starts: list[int] = []  # accepted spans, sorted and non-overlapping
        ends: list[int] = []
        result: list[Finding] = []  # in the same order
        for _prio, _len, start, _n, end, pii_type, key in found:
            k = bisect_right(starts, start)
            if (k and ends[k - 1] > start) or (k < len(starts) and starts[k] < end):
                continue
            starts.insert(k, start)
            ends.insert(k, end)
            result.insert(k, Finding(start, end, pii_type, text[start:end], key))
        return result

    def key_for(self, pii_type: str, value: str) -> str:
        """The key `find` gives `value` as `pii_type`, without needing its context (used to
        restore a call's placeholders from their stored original values)."""
        detector = self._by_type.get(pii_type)
        if detector is None:
            raise ValueError("unknown PII type")
        return detector.key(View(value, self._lexicon).norm)
