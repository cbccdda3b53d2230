"""Numbered placeholders that stay consistent within one call.

The same value, however it was written or said, gets the same placeholder in every recording of
a call: identity is (type, normalized key), e.g. the 9 digits of a phone without +420. Numbering
is per type and per `Placeholders` object (one per call): no shared counters, unlike scrubadub's
class-level `FilthReplacer` lookup.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detectors import Finding, PiiDetector

PLACEHOLDER = re.compile(r"@([A-Z][A-Z_]*?)_(\d{3,})\b")


class Placeholders:
    """Maps (pii_type, key) to "@TYPE_NNN" for one call; remembers the first-seen original."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], str] = {}
        self._values: dict[str, str] = {}
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()

    def placeholder(self, finding: Finding) -> str:
        ident = (finding.pii_type, finding.key)
        with self._lock:
            name = self._by_key.get(ident)
            if name is None:
                n = self._counts.get(finding.pii_type, 0) + 1
                self._counts[finding.pii_type] = n
                name = f"@{finding.pii_type}_{n:03d}"
                self._by_key[ident] = name
                self._values[name] = finding.value
            return name

    def mapping(self) -> dict[str, str]:
        """placeholder -> original value (first seen form)."""
        with self._lock:
            return dict(self._values)

    @classmethod
    def from_mapping(cls, mapping: dict[str, str], detector: PiiDetector) -> Placeholders:
        """Restore a call's placeholders (e.g. from the vault) so numbering continues.

        Keys are recomputed from the stored values with the same detector, so a value seen
        again later in the call maps to its old placeholder.
        """
        self = cls()
        for name, value in mapping.items():
            m = PLACEHOLDER.fullmatch(name)
            if not m:
                raise ValueError("not a placeholder name")  # no value in the message
            pii_type, n = m.group(1), int(m.group(2))
            self._by_key.setdefault((pii_type, detector.key_for(pii_type, value)), name)
            self._values[name] = value
            self._counts[pii_type] = max(self._counts.get(pii_type, 0), n)
        return self


def anonymize(
    text: str, detector: PiiDetector, placeholders: Placeholders
) -> tuple[str, list[Finding]]:
    """Replace every finding by its placeholder; returns the new text and the findings."""
    findings = detector.find(text)
    out: list[str] = []
    pos = 0
    for f in findings:
        out.append(text[pos : f.start])
        out.append(placeholders.placeholder(f))
        pos = f.end
    out.append(text[pos:])
    return "".join(out), findings


def deanonymize(text: str, mapping: dict[str, str]) -> str:
    """Put original values back for known placeholders; unknown ones stay as they are."""
    return PLACEHOLDER.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)
