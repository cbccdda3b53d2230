"""Czech addresses as one block: street (or village) and house number, then the postal code
and the town when they follow ("Husova 12/5, 602 00 Brno", "u staré pošty 7 335 94 žirovnice",
"Žamberk číslo popisné 410", "náměstí Míru 15", "Nad Lávkou 64a", "Školní dvacet dva").

A grammar, not a list of cases. Walking back from a house number (`12`, `12a`, `1234/5`, spoken
numbers are already digits in the view):

    [keyword] street-name [keyword] [číslo [popisné]] NUMBER [,] [PSČ] [,] [town] [,] [PSČ]

where the street name is a word shaped like a Czech street (adjective or genitive: Nádražní,
Husova, Komenského; or in the street list), a preposition with one or two words (Na Příkopě,
U Staré pošty), a keyword with a name (náměstí Míru, třída T. G. Masaryka) or a municipality
(villages number their houses without streets). Because "Nová 5" or "kotle 24" could be
anything, a block also needs evidence: a keyword, "číslo popisné", an orientation number
(`12/5`), an address word nearby (adresa, bydlím, odběrné místo...), or a postal code or town
right after it. Everything is matched folded, so missing diacritics and any case work.
"""

from __future__ import annotations

import re

from .base import Candidate, CzechDetector, filth_class
from .names import FOLD
from .places import Places, fold, places
from .view import View

ADDRESS_CUE = re.compile(
    r"adres|bydl|bydli|ulic|namest|trida|sidl|prijed|prijet|dojed|dojet|doruc|dodac|"
    r"fakturacni|instalac|zajed|stavb|odbern|misto|techni|zvonk|stehuj|prestehov|chat|"
    r"vesnic|obci|domu|dum\b|byt\b|bytu|na adrese"
)
STREET_SUFFIX = re.compile(
    r"..(?:ni|ska|cka|ske|cke|skou|ckou|ova|ove|ovy|ovo|eho|ovou|ich|ych|ska|ovych|ovska)$"
)
STREET_KEYWORD = frozenset(
    {"ulice", "ulici", "ulic", "ul.", "namesti", "nam.", "trida", "tride", "tridu", "tr."}
    | {"nabrezi", "sidliste", "sady", "alej", "nabr."}
)
NUMBER_WORDS = frozenset({"cislo", "cisle", "c.", "cp.", "c.p.", "popisne", "p.", "orientacni"})
PREPOSITIONS = frozenset(
    {"na", "u", "k", "ke", "v", "ve", "pod", "nad", "za", "pri", "mezi", "pred"}
)
_TOKEN = re.compile(r"[^\W_]+\.?|/")
_NUMBER = re.compile(r"(?<![\d/])\d{1,4}[a-z]?(?: ?/ ?\d{1,4}[a-z]?)?(?![\w/])(?! ?\d)")
_POSTAL = re.compile(r"[1-7]\d\d ?\d\d(?![\d\w])")
_SEP = re.compile(r",? ?")
_NOT_STREET = frozenset(
    {"je", "to", "jsou", "cca", "asi", "za", "po", "do", "od", "na", "kolem", "okolo", "tak", "bar"}
    | {
        "baru",
        "stupnu",
        "procent",
        "korun",
        "kc",
        "minut",
        "hodin",
        "dni",
        "let",
        "kusu",
        "kw",
        "roce",
    }
    | {"pondeli", "utery", "streda", "stredu", "ctvrtek", "patek", "sobota", "sobotu", "nedele"}
    | {"nedeli", "ledna", "unora", "brezna", "dubna", "kvetna", "cervna", "cervence", "srpna"}
    | {"zari", "rijna", "listopadu", "prosince", "tydnu", "tyden", "rano", "dopoledne", "vecer"}
    | {"odpoledne", "hod", "hodiny", "mesic", "mesice", "roku", "rok", "verze", "typ", "model"}
)
_DATE_AFTER = re.compile(r"\. ?\d")
_HOUSE_THEN_POSTAL = re.compile(
    r"\d{1,4}[a-z]?(?: ?/ ?\d{1,4}[a-z]?)?(?= [1-7]\d\d ?\d\d(?![\d\w]))"
)
_FRACTION = re.compile(r"\d ?/ ?\d")  # "1/2", "3/4": inches, not a house
_PHRASE_END = re.compile(r" ?(?:[,.?!;]|$)")


def _tokens_before(norm: str, start: int, width: int = 80) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of the tokens before `start`, nearest last."""
    lo = max(0, start - width)
    return [
        (lo + m.start(), lo + m.end(), fold(m.group())) for m in _TOKEN.finditer(norm[lo:start])
    ]


class AddressDetector(CzechDetector):
    name = "cz_address"
    pii_type = "ADDRESS"
    filth_cls = filth_class("ADDRESS")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._places: Places = places()

    def _street_like(self, word: str) -> bool:
        return (
            word.isalpha()
            and word not in _NOT_STREET
            and (bool(STREET_SUFFIX.search(word)) or word in self._places.streets)
        )

    def candidates(self, view: View) -> list[Candidate]:
        norm, out = view.norm, []
        for start, end, count in view.digit_runs():
            if count > 11 or start < 2:
                continue
            stop = min(len(norm), end + 3)
            m = _NUMBER.match(norm, start, stop) or _HOUSE_THEN_POSTAL.match(norm, start, stop)
            if m is None or _DATE_AFTER.match(norm, m.end()):  # "5. 3." is a date
                continue
            block = self._block(view, m)
            if block is not None:
                a, b = block
                out.append((*view.span(a, b), self.key(norm[a:b])))
        return out

    def _block(self, view: View, m: re.Match[str]) -> tuple[int, int] | None:
        norm = view.norm
        toks = _tokens_before(norm, m.start())
        i = len(toks) - 1
        number = m.group()
        evidence = "/" in number and not _FRACTION.fullmatch(number)

        def word(k: int) -> str:
            return toks[k][2] if k >= 0 else ""

        while word(i) in NUMBER_WORDS:  # "číslo popisné 410"
            evidence = True
            i -= 1
        if word(i) in STREET_KEYWORD:  # "Václavské náměstí 36"
            evidence = True
            i -= 1
            if word(i).isalpha() and word(i) not in PREPOSITIONS:
                i -= 1
            first = i + 1
        else:
            found = self._street_name(view, toks, i)
            if found is None:
                return None
            first, strong = found
            evidence |= strong
        if first > i + 1 or first < 0 or first >= len(toks):
            return None
        # A municipality said before the street: "Velvary, Heineho 3004/45".
        town = self._places.town_before(norm, toks[first - 1][1]) if first else None
        if town is not None and norm[toks[first - 1][1] : toks[first][0]] in (" ", ", "):
            first = next(k for k in range(first) if toks[k][0] == town)
        start = toks[first][0]
        end, tail = self._tail(norm, m.end())
        evidence |= tail
        if not evidence and not ADDRESS_CUE.search(norm.translate(FOLD), max(0, start - 60), start):
            # No cue at all: a known street or a capitalized street-shaped word, and the number
            # ends the phrase ("Tady Jelínek, Rožmberská 36, dneska...").
            head = toks[i]
            known = head[2] in self._places.streets or (
                self._capital(view, head) and STREET_SUFFIX.search(head[2])
            )
            if not known or not _PHRASE_END.match(norm, m.end()):
                return None
        return start, end

    @staticmethod
    def _capital(view: View, tok: tuple[int, int, str]) -> bool:
        return view.text[view.span(tok[0], tok[1])[0]].isupper()

    def _name_word(self, view: View, tok: tuple[int, int, str]) -> bool:
        """A word that can be part of a multi-word street name: capitalized, street-shaped, a
        name form ("Anny Drabíkové", "Josefa Šimůnka") or an initial ("I. P. Pavlova")."""
        w = tok[2]
        if w in _NOT_STREET or w in PREPOSITIONS or w in STREET_KEYWORD:
            return False
        if len(w) <= 2 and w.endswith("."):
            return True
        entry = self._lexicon.get(view.norm[tok[0] : tok[1]])
        return w.isalpha() and (
            self._capital(view, tok)
            or bool(STREET_SUFFIX.search(w))
            or (entry is not None and entry[0] in "FZ")
        )

    def _street_name(self, view: View, toks: list, i: int) -> tuple[int, bool] | None:
        """(index of the first token of the street or village name ending at token `i`,
        whether the name alone is evidence of an address)."""
        if i < 0 or not toks[i][2].isalpha() or toks[i][2] in _NOT_STREET:
            return None
        norm = view.norm
        # A municipality ("Kostelec nad Orlicí 374", "Dolní Beřkovice 5").
        town = self._places.town_before(norm, toks[i][1])
        if town is not None:
            return next(k for k in range(i + 1) if toks[k][0] == town), False
        first = i
        # Words before the head that belong to the name, at most three.
        while first > 0 and i - first < 3 and self._name_word(view, toks[first - 1]):
            first -= 1
        prep = first > 0 and toks[first - 1][2] in PREPOSITIONS
        if first > 0 and toks[first - 1][2] in STREET_KEYWORD:  # "náměstí Míru"
            return first - 1, True
        if self._street_like(toks[i][2]):
            # "Na Výsluní 7": a capitalized preposition belongs to the name
            if prep and self._capital(view, toks[first - 1]):
                first -= 1
            return first, False
        if prep:  # "k nádraží 464", "před rybníkem 13", "V Poli 65"
            return first - 1, self._capital(view, toks[first - 1])
        return None

    def _tail(self, norm: str, pos: int) -> tuple[int, bool]:
        """Extend over a postal code and a town that follow (either order): new end, and
        whether anything was found."""
        end, found = pos, False
        for _ in range(3):
            at = _SEP.match(norm, end).end()
            psc = _POSTAL.match(norm, at)
            if psc:
                end, found = psc.end(), True
                continue
            town = self._places.town_at(norm, at)
            if town is not None:
                end, found = town, True
                continue
            break
        return end, found

    def key(self, norm_text: str) -> str:
        """Street words stemmed (Husova/Husově -> husov), prepositions and keywords dropped,
        then the house number; what follows it (postal code, town) does not change the key."""
        m = _NUMBER.search(norm_text)
        head, number = (norm_text[: m.start()], m.group()) if m else (norm_text, "")
        words = [
            w.rstrip(".").rstrip("aeiouy")
            for w in map(fold, _TOKEN.findall(head))
            if w not in PREPOSITIONS and w not in STREET_KEYWORD and w not in NUMBER_WORDS
        ]
        return " ".join([*words, number.replace(" ", "")])
