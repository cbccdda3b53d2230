"""Czech towns and streets, matched in any case and with or without diacritics.

ASR writes "Rožmitál pod Třemšínem", "rozmital pod tremsinem" or "Rožmitál Pod Třemšínem"; the
lists (towns.txt: every Czech municipality, streets.txt) are folded once and looked up word by
word, longest match first, so multi-word names work without a regex per name.
"""

from __future__ import annotations

import re
from functools import cache

from .names import fold_accents, read_words

_WORD = re.compile(r"[^\W\d_]+")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
MAX_WORDS = 5  # "Albrechtice v Jizerských horách"


def fold(text: str) -> str:
    return fold_accents(text.lower())


class Places:
    def __init__(self) -> None:
        self.towns = frozenset(fold(t).replace("-", " ") for t in read_words("towns.txt"))
        self.streets = frozenset(fold(s) for s in read_words("streets.txt"))
        self.town_words = frozenset(w for t in self.towns for w in t.split())

    def town_at(self, text: str, pos: int) -> int | None:
        """End of the longest town name starting exactly at `pos` (lower-case text)."""
        ends: list[int] = []
        for m in _WORD.finditer(text, pos):
            if (m.start() != pos and not ends) or len(ends) == MAX_WORDS:
                break
            if ends and text[ends[-1] : m.start()] not in (" ", "-"):
                break
            if fold_accents(m.group()) not in self.town_words:
                break
            ends.append(m.end())
        for end in reversed(ends):
            if fold_accents(text[pos:end].replace("-", " ")) in self.towns:
                return end
        return None

    def town_before(self, text: str, end: int) -> int | None:
        """Start of the longest town name ending exactly at `end` (lower-case text)."""
        starts: list[int] = []
        pos = end
        while len(starts) < MAX_WORDS:
            # The word holds no space: a search from the last one tries fewer starts.
            lo = max(0, pos - 30)
            m = _LAST_WORD.search(text, max(lo, text.rfind(" ", lo, pos) + 1), pos)
            if m is None or fold_accents(m.group()) not in self.town_words:
                break
            starts.append(m.start())
            if m.start() < 2 or text[m.start() - 1] not in " -":
                break
            pos = m.start() - 1
        for start in reversed(starts):
            if fold_accents(text[start:end].replace("-", " ")) in self.towns:
                return start
        return None


@cache
def places() -> Places:
    """One copy per process (about 10k names)."""
    return Places()
