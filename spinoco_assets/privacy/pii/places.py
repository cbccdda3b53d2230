"""Czech towns and streets, matched in any case and with or without diacritics.

ASR writes "Rožmitál pod Třemšínem", "rozmital pod tremsinem" or "Rožmitál Pod Třemšínem"; the
lists (towns.txt: every Czech municipality, streets.txt) are folded once and looked up word by
word, longest match first, so multi-word names work without a regex per name.
"""

from __future__ import annotations

import re
from functools import cache

from .names import FOLD, read_words

_WORD = re.compile(r"[^\W\d_]+")
MAX_WORDS = 5  # "Albrechtice v Jizerských horách"


def fold(text: str) -> str:
    return text.lower().translate(FOLD)


class Places:
    def __init__(self) -> None:
        self.towns = frozenset(fold(t) for t in read_words("towns.txt"))
        self.streets = frozenset(fold(s) for s in read_words("streets.txt"))
        self._town_words = frozenset(w for t in self.towns for w in t.split())

    def town_at(self, norm: str, pos: int) -> int | None:
        """End of the longest town name starting exactly at `pos`, else None."""
        words = []
        for m in _WORD.finditer(norm, pos):
            if (m.start() != pos and not words) or len(words) == MAX_WORDS:
                break
            if words and norm[words[-1][1] : m.start()] not in (" ", "-"):
                break
            if fold(m.group()) not in self._town_words:
                break
            words.append((m.start(), m.end()))
        for n in range(len(words), 0, -1):
            name = fold(norm[pos : words[n - 1][1]]).replace("-", " ")
            if name in self.towns:
                return words[n - 1][1]
        return None

    def town_before(self, norm: str, end: int) -> int | None:
        """Start of the longest town name ending exactly at `end`, else None."""
        starts = [m.start() for m in _WORD.finditer(norm, max(0, end - 60), end)]
        for start in starts:  # earliest first: the longest name
            if self.town_at(norm, start) == end:
                return start
        return None

    def is_street_word(self, word: str) -> bool:
        return fold(word) in self.streets


@cache
def places() -> Places:
    """One copy per process (about 10k names)."""
    return Places()
