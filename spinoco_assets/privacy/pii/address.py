"""Street addresses: a street name and a house number ("Husova 12", "v Lipové ulici číslo 8",
"náměstí Míru 15", "Na Výsluní 7", "Komenského 1234/5", "Školní dvacet dva").

Czech street names are mostly adjectives or genitives (Nádražní, Husova, Komenského), so a
suffix rule plus a short list finds them in any case form. Because "Nová 5" or "kotle 24"
could be anything, an address also needs a cue: an address word nearby (adresa, bydlím,
ulice...), a street keyword, or a postal code or town right after it.
"""

from __future__ import annotations

import re

from .base import RegexDetector, filth_class
from .names import FOLD, read_words
from .view import View

ADDRESS_CUE = re.compile(
    r"adres|bydl|ulic|náměstí|třída|sídl|přijeď|přijed|přijet|dojeď|dojed|dojet|doruč|dodac|"
    r"fakturační|instalac|zajeď|stavb"
)
STREET_SUFFIX = re.compile(r"..(?:ní|ská|cká|ské|cké|skou|ckou|ová|ové|ova|ově|ovy|ého|ovou)$")
STREET_KEYWORD = frozenset(
    {"ulice", "ulici", "ulic", "ul.", "náměstí", "nám.", "třída", "třídě", "třídu", "tř."}
    | {"nábřeží", "sídliště", "sady", "alej"}
)
NUMBER_WORDS = frozenset({"číslo", "čísle", "č.", "čp.", "č.p.", "popisné", "p."})
PREPOSITIONS = frozenset({"na", "u", "k", "ke", "v", "ve", "pod", "nad", "za", "při"})
_ADDRESS_WORDS = NUMBER_WORDS | STREET_KEYWORD
_NEXT = re.compile(r",? ?(?:\d{3} ?\d{2}\b|([^\W\d_]+))")


class AddressDetector(RegexDetector):
    name = "cz_address"
    pii_type = "ADDRESS"
    filth_cls = filth_class("ADDRESS")
    regex = re.compile(r"(?<![\d/])\d{1,4}[a-z]?(?: ?/ ?\d{1,4}[a-z]?)?(?![\w/])(?! ?\d)")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._streets = read_words("streets.txt")
        self._towns = read_words("towns.txt")

    def _street_like(self, word: str) -> bool:
        return word in self._streets or bool(STREET_SUFFIX.search(word))

    def windows(self, view: View) -> list[tuple[int, int]]:
        """Short digit runs right after a street-like word, or a street keyword or "číslo"
        among the three words before."""
        norm, limit, out = view.norm, len(view.norm), []
        for start, end, count in view.digit_runs():
            if count > 8 or start < 2 or norm[start - 1] not in " .":
                continue
            if not norm[start - 2].isalpha():
                continue
            tail = norm[max(0, start - 40) : start].split()[-3:]
            if tail and (self._street_like(tail[-1]) or any(w in _ADDRESS_WORDS for w in tail)):
                out.append((start, min(limit, end + 3)))
        return out

    def check(self, view, m):
        norm, s = view.norm, m.start()
        tail = norm[max(0, s - 60) : s]
        toks = tail.split()

        def tok(i: int) -> str:
            return toks[i] if i >= 0 else ""

        # Walk back: [prep] [keyword] street [ulice] [číslo] NUMBER
        i, keyword = len(toks) - 1, False
        while tok(i) in _ADDRESS_WORDS:
            keyword |= tok(i) in STREET_KEYWORD
            i -= 1
        if not tok(i).isalpha():
            return None
        # Not street-like: a keyword right before ("náměstí Míru 15") or one word further
        # back ("náměstí Jana Pernera 5").
        if not self._street_like(tok(i)) and tok(i - 1) not in STREET_KEYWORD:
            if not (tok(i - 1).isalpha() and tok(i - 2) in STREET_KEYWORD):
                return None
            i -= 1
        i -= 1
        if tok(i) in STREET_KEYWORD:
            keyword = True
            i -= 1
        if tok(i) in PREPOSITIONS:
            i -= 1
        pos = len(tail)
        for word in reversed(toks[i + 1 :]):
            pos = tail.rfind(word, 0, pos)
        start = s - len(tail) + pos
        if not (keyword or ADDRESS_CUE.search(norm, max(0, start - 60), start)):
            nxt = _NEXT.match(norm, m.end())
            if not nxt or (nxt.group(1) and nxt.group(1) not in self._towns):
                return None
        return start, m.end()

    def key(self, norm_text):
        """Street words stemmed (Husova/Husově -> husov), prepositions and keywords dropped,
        then the house number."""
        toks = norm_text.split()
        number: list[str] = []
        while toks and (any(c.isdigit() for c in toks[-1]) or toks[-1] == "/"):
            number.insert(0, toks.pop())
        words = [
            w.translate(FOLD).rstrip("aeiouy")
            for w in toks
            if w not in PREPOSITIONS and w not in _ADDRESS_WORDS
        ]
        return " ".join([*words, "".join(number)])
