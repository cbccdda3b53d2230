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
from .names import fold_accents, vocabulary
from .places import Places, fold, places
from .view import View

# On the lower-case text, diacritics optional ("[ií]").
ADDRESS_CUE = re.compile(
    r"adres|bydl|ulic|n[aá]m[eě]st|t[rř][ií]d|s[ií]dl|p[rř]ij[eí][dť]|p[rř]ijet|doj[eí][dť]|"
    r"dojet|doru[cč]|dodac|faktura[cč]n|instala[cč]|zaj[eí][dť]|stavb|odb[eě]rn|m[ií]st[oě]|"
    r"techni|zvonk|st[eě]huj|p[rř]est[eě]hov|chat|vesnic|obci|dom[uů]|d[uů]m\b|byt\b|bytu"
)
STREET_SUFFIX = re.compile(
    r"..(?:ni|ska|cka|ske|cke|skou|ckou|ova|ove|ovy|ovo|ovu|eho|ovou|ich|ych|ska|ovych|ovska)$"
)
# Possessive and -ský street forms in any case ("na Kollárovu", "v Hálkově", "na Libichovská"):
# after a preposition and before a number they name a street even in lower case. Adjectives in
# -ní are left out: "v kuchyni 2".
_OWNER = ("ova", "ove", "ovu", "ovy", "ovo", "ovou", "ska", "ske", "skou", "eho")
_POSSESSIVE = (*_OWNER, "cka", "cke", "ckou")  # -cká also ends nouns: "zpátečka"
# Its endings, for a quick `endswith` before the regex.
_SUFFIXES = tuple(STREET_SUFFIX.pattern.removeprefix("..(?:").removesuffix(")$").split("|"))
STREET_KEYWORD = frozenset(
    {"ulice", "ulici", "ulic", "ul.", "namesti", "nam.", "trida", "tride", "tridu", "tr."}
    | {"nabrezi", "sidliste", "sady", "alej", "nabr."}
)
NUMBER_WORDS = frozenset(
    {"cislo", "cisle", "c.", "cp.", "c.p.", "popisne", "p.", "orientacni", "c", "p", "cp"}
    | {"ev.", "ev", "evidencni"}
)
# The words of "č. p.", "č. ev.", "ev. č.", "číslo popisné": only houses have these numbers, so a
# name before one needs no street shape ("horní bříza č.p. 136", "Pěnčín č. ev. 56").
HOUSE_NUMBER_WORDS = frozenset({"cp.", "c.p.", "popisne", "p.", "cp", "ev.", "ev", "evidencni"})
# Roman numerals in street names ("Jižní II 5", "Karla IV. 12"), skipped like fillers.
ROMAN = frozenset({"ii", "iii", "iv", "vi", "vii", "viii", "ix", "ii.", "iii.", "iv.", "vi."})
PREPOSITIONS = frozenset(
    {"na", "u", "k", "ke", "v", "ve", "pod", "nad", "za", "pri", "mezi", "pred"}
)
# Hesitations ASR keeps between a street and its number ("Nerudova, ehm, 12").
FILLERS = frozenset({"ehm", "eh", "hm", "hmm", "eee", "ee", "em", "mm", "no", "jo", "tak"})
# Ranks and titles in street names ("třída Kpt. Jaroše", "Dr. Horákové", "Bratří Čapků").
TITLES = frozenset(
    {"dr", "kpt", "gen", "plk", "mjr", "prof", "ing", "mudr", "sv", "svateho", "svate", "bratri"}
    | {"kapitana", "generala", "plukovnika", "majora", "doktora", "profesora", "arm", "armadniho"}
)
_PSC_WORD = re.compile(r"(?:psč|psc|pé es čé|pe es ce)[:.]? ?")
_TOKEN = re.compile(r"[^\W_]+\.?|/")
_NUMBER = re.compile(r"(?<![\d/])\d{1,4}[a-z]?(?: ?/ ?\d{1,4}[a-z]?)?(?![\w/])(?! ?\d)")
_POSTAL = re.compile(r"[1-7]\d\d ?\d\d(?![\d\w])")
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
_KEY_NUMBER = re.compile(f"{_NUMBER.pattern}|(?<![\\d/]){_HOUSE_THEN_POSTAL.pattern}")
_FRACTION = re.compile(r"\d ?/ ?\d")  # "1/2", "3/4": inches, not a house
_NEAR = PREPOSITIONS | STREET_KEYWORD | NUMBER_WORDS
_TAIL_AHEAD = re.compile(r",? ?[1-7]\d\d ?\d\d(?![\d\w])")
# After a town: a city part ("Brno-Líšeň") or a numbered district ("Praha 10", "Liberec 1"),
# not a number that goes on ("Praha 10:30", "Brno 2,5").
_TOWN_PART = re.compile(r"-[^\W\d_]{2,}(?:-[^\W\d_]{2,})?")
_DISTRICT = re.compile(r" ?(?:[1-9]|1\d|2[0-2])(?![\d\w/:]|[.,]\d)")
_MONTHS = frozenset(
    {"ledna", "unora", "brezna", "dubna", "kvetna", "cervna", "cervence", "srpna", "zari"}
    | {"rijna", "listopadu", "prosince"}
)
_UNIT_AFTER = re.compile(
    r" ?(?:hod|minut|:\d|h\b|kč|korun|czk|eur|stup|°|%|procent|bar\b|kw|let\b|rok|kus|dn[ůíy])"
)
_POSTAL_BEFORE = re.compile(r"(?<![\d\w])[1-7]\d\d ?\d\d,? \Z")
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])\.")
_YEAR = re.compile(r"(?:19|20)\d\d")
_BUILDING_AFTER = re.compile(
    r"\b(?:patr[oeu]|poschod|přízem|prizem|vchod|zvon[eki]|schránk|schrank|brán[aou]|bran[aou]|"
    r"branka|branku|dveř|dver|byt\b|bytě|byte\b)"
)
_PHRASE_END = re.compile(r" ?(?:[,.?!;]|$)")


def _street_suffix(word: str) -> bool:
    """`STREET_SUFFIX.search(word)` for a word without line breaks; `endswith` first, as most
    words end otherwise."""
    return word.endswith(_SUFFIXES) and STREET_SUFFIX.search(word) is not None


def _token_at(toks: list[tuple[int, int, str]], start: int) -> int | None:
    """Index of the token starting at `start`; None when `start` falls inside a word (a town
    name found inside "ješ602 00 tě" is no town)."""
    return next((k for k, tok in enumerate(toks) if tok[0] == start), None)


def _tokens_before(view: View, start: int, width: int = 60) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of the tokens before `start`, nearest last."""
    tokens = _TOKEN.finditer(view.folded, max(0, start - width), start)
    return [(m.start(), m.end(), m.group()) for m in tokens]


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
            and (_street_suffix(word) or word in self._places.streets)
        )

    def candidates(self, view: View) -> list[Candidate]:
        norm, out = view.norm, []
        size = len(norm)
        for start, end, _count in view.digit_runs(1, 11):
            if start < 2 or (end - start >= 5 and norm[start : start + 5].isdigit()):
                continue  # five digits in a row: no house number (up to four) starts here
            m = _NUMBER.match(norm, start, min(size, end + 3)) or _HOUSE_THEN_POSTAL.match(
                norm,
                start,
                min(size, end + 12),  # the lookahead must see the postal code
            )
            if m is None or _DATE_AFTER.match(norm, m.end()):  # "5. 3." is a date
                continue
            if not self._worth_a_look(view, start, m.end()):
                continue  # cheap: most numbers are not house numbers
            if _UNIT_AFTER.match(norm, m.end()):
                continue  # "28. října 10 hodin", "Baxi 24 kW": a quantity, not a house
            block = self._block(view, m)
            if block is not None:
                a, b = block
                out.append((*view.span(a, b), self.key(norm[a:b])))
        return out

    def _worth_a_look(self, view: View, start: int, end: int) -> bool:
        """Could the words before this number end a street or village name at all? (String
        methods only: this runs for every number in the text.)"""
        lo = max(0, start - 50)
        head = view.norm[lo:start].replace(",", " ")
        last = head.rstrip().rstrip(".")  # ends the last word (dots dropped) unless a space
        if not last or not (last[-1].isalpha() or last[-1].isspace()):
            return False  # no word, or it ends in a digit or a sign ("1,5", "12. 11.", "f22")
        raw = head.split()
        kept: list[str] = []  # the last four words that are no filler nor bare dots
        for w in reversed(raw):  # from the end: most windows hold more words than needed
            if w not in FILLERS and w not in ROMAN and w.strip("."):
                kept.append(w)
                if len(kept) == 4:
                    break
        if not kept:
            return False
        kept.reverse()
        folded = [fold_accents(w) for w in kept]  # the same words, folded
        word = folded[-1].rstrip(".")
        if word in _MONTHS and len(kept) > 1 and _DAY.fullmatch(folded[-2]):
            return not _YEAR.fullmatch(view.norm[start:end])  # "28. října 921", not "... 2024"
        if not word.isalpha() or word in _NOT_STREET:
            return False
        if _TAIL_AHEAD.match(view.norm, end):
            return True  # a postal code follows
        two = len(kept) > 1
        return (
            word in NUMBER_WORDS
            or word in STREET_KEYWORD
            or self._street_like(word)
            or word in self._places.town_words
            or not _NEAR.isdisjoint(folded[:-1])
            or (two and folded[-2].rstrip(".") in TITLES)  # "Kpt. Jaroše 5"
            or (two and self._lexicon.get(kept[-2], ("",))[0] == "F")
            or (two and folded[-2].startswith("adres"))
        )  # the last two: "Jana Opletala 44", "adresa Pohořelec 9, Pilníkov"

    def _block(self, view: View, m: re.Match[str]) -> tuple[int, int] | None:
        """The block around house number `m` (words compared folded: any diacritics)."""
        norm = view.norm
        toks = _tokens_before(view, m.start())
        i = len(toks) - 1
        number = m.group()
        evidence = "/" in number and not _FRACTION.fullmatch(number)

        def word(k: int) -> str:
            return toks[k][2] if k >= 0 else ""

        number_word = house_word = False
        while word(i) in NUMBER_WORDS or word(i) in FILLERS:  # "číslo popisné 410", "ehm"
            number_word |= word(i) in NUMBER_WORDS
            house_word |= word(i) in HOUSE_NUMBER_WORDS
            i -= 1
        evidence |= number_word
        if word(i) in ROMAN and i > 0 and toks[i - 1][2].isalpha():
            i -= 1  # "Okružní II 170"
        tail: tuple[int, bool] | None = None  # _tail(), computed once if needed
        if word(i) in _MONTHS and _DAY.fullmatch(word(i - 1)):  # "náměstí 28. října 5"
            if _YEAR.fullmatch(number):
                return None  # a date: "28. října 2024"
            i -= 1
            evidence |= word(i - 1) in STREET_KEYWORD
            first = i - 1 if word(i - 1) in STREET_KEYWORD else i
        elif word(i) in STREET_KEYWORD:  # "Václavské náměstí 36"
            evidence = True
            i -= 1
            if word(i).isalpha() and word(i) not in PREPOSITIONS:
                i -= 1
            first = i + 1
        else:
            found = self._street_name(view, toks, i)
            if found is None:
                # Any name with "číslo" or a capital, if a postal code or town follows:
                # "Spolupráce číslo 64, 694 58 Hostomice", "Moravanů 688, 395 98 ...".
                head_ok = i >= 0 and toks[i][2].isalpha() and toks[i][2] not in _NOT_STREET
                cue = i >= 0 and ADDRESS_CUE.search(norm, max(0, toks[i][0] - 40), toks[i][0])
                if not head_ok or not (number_word or cue or self._capital(view, toks[i])):
                    return None
                if house_word:  # a village: "horní bříza č.p. 136"
                    first = i - (i > 0 and self._name_word(view, toks[i - 1]))
                    found = (first, True)
                else:
                    tail = self._tail(view, m.end())
                    if not tail[1]:
                        return None
                    found = (i, True)
            first, strong = found
            evidence |= strong
        if first > i + 1 or first < 0 or first >= len(toks):
            return None
        # A municipality said before the street: "Velvary, Heineho 3004/45", "Liberec 1, K
        # Rybníku 13", "28151 Žulová, 28. října 921/18"; it is evidence of an address too.
        town_first = self._town_first(view, toks, first) if first else None
        if town_first is not None:
            first, evidence = town_first, True
        start = toks[first][0]
        if town_first is not None and (postal := _POSTAL_BEFORE.search(norm, 0, start)):
            start = postal.start()
        if tail is None:
            tail = self._tail(view, m.end())
        end = tail[0]
        evidence |= tail[1]
        if not evidence and _PHRASE_END.match(norm, m.end()):
            # The building described right after: "Milady Horákové 525, druhé patro, zvonek".
            evidence = _BUILDING_AFTER.search(norm, end, end + 40) is not None
        if not evidence and not ADDRESS_CUE.search(norm, max(0, start - 60), start):
            # No cue at all: a known street or a capitalized street-shaped word, and the number
            # ends the phrase ("Tady Jelínek, Rožmberská 36, dneska...").
            head = toks[i]
            known = head[2] in self._places.streets or (
                self._capital(view, head) and _street_suffix(head[2])
            )
            if not known and head[2].endswith(_OWNER) and head[2] not in vocabulary():
                # A transcript without capitals cannot show a street by its capital:
                # "zákazník petra kubíčková, vokrojova 125, kotel nibe".
                known = not any(map(str.isupper, view.text))
            if not known or not _PHRASE_END.match(norm, m.end()):
                return None
        return start, end

    def _town_first(self, view: View, toks: list, first: int) -> int | None:
        """Index of the first token of a town said right before the street starting at token
        `first` (with ", " or a space between, and maybe its district number), if any."""
        gap_from = toks[first - 1][1]
        district = first >= 2 and _DISTRICT.fullmatch(toks[first - 1][2])
        if district:  # "Liberec 1, K Rybníku 13"
            gap_from = toks[first - 2][1]
            if view.norm[gap_from : toks[first - 1][0]] != " ":
                return None
        if view.norm[toks[first - 1][1] : toks[first][0]] not in (" ", ", "):
            return None
        town = self._places.town_before(view.folded, gap_from)
        return None if town is None else _token_at(toks, town)

    @staticmethod
    def _capital(view: View, tok: tuple[int, int, str]) -> bool:
        return view.text[view.span(tok[0], tok[1])[0]].isupper()

    def _name_word(self, view: View, tok: tuple[int, int, str]) -> bool:
        """A word that can be part of a multi-word street name: capitalized, street-shaped, a
        name form ("Anny Drabíkové", "Josefa Šimůnka") or an initial ("I. P. Pavlova")."""
        w = tok[2]
        if w in _NOT_STREET or w in PREPOSITIONS or w in STREET_KEYWORD or w in FILLERS:
            return False  # "Jo, Milady Horákové 5": a filler is capitalized for the sentence
        if (len(w) <= 2 and w.endswith(".")) or w.rstrip(".") in TITLES:
            return True
        entry = self._lexicon.get(view.norm[tok[0] : tok[1]])
        return w.isalpha() and (
            self._capital(view, tok)
            or _street_suffix(w)
            or (entry is not None and entry[0] in "FZ")
        )

    def _named_after(self, view: View, tok: tuple[int, int, str]) -> bool:
        """A first name or a title, the start of a street named after a person."""
        entry = self._lexicon.get(view.norm[tok[0] : tok[1]])
        return tok[2].rstrip(".") in TITLES or (entry is not None and entry[0] == "F")

    def _street_name(self, view: View, toks: list, i: int) -> tuple[int, bool] | None:
        """(index of the first token of the street or village name ending at token `i`,
        whether the name alone is evidence of an address)."""
        if i < 0 or not toks[i][2].isalpha() or toks[i][2] in _NOT_STREET:
            return None
        # A municipality ("Kostelec nad Orlicí 374", "Dolní Beřkovice 5").
        town = self._places.town_before(view.folded, toks[i][1])
        first_of_town = None if town is None else _token_at(toks, town)
        if first_of_town is not None:
            first = first_of_town
            while first > 0 and i - first < 3 and self._name_word(view, toks[first - 1]):
                first -= 1  # "Dolní Chaloupky"
            return first - (first > 0 and toks[first - 1][2] in PREPOSITIONS), False
        first = i
        if i >= 2 and toks[i - 1][2] in ("z", "ze") and self._named_after(view, toks[i - 2]):
            # A person with a predicate of nobility: "na Jiřího z Poděbrad 12", a street
            # shape nothing but a street has (after a preposition it is evidence enough).
            first = i - 2
            prep = first > 0 and toks[first - 1][2] in PREPOSITIONS
            return first - prep, bool(prep)
        # Words before the head that belong to the name, at most three.
        while first > 0 and i - first < 3 and self._name_word(view, toks[first - 1]):
            first -= 1
        prep = first > 0 and toks[first - 1][2] in PREPOSITIONS
        if first > 0 and toks[first - 1][2] in STREET_KEYWORD:  # "náměstí Míru"
            return first - 1, True
        if any(self._street_like(toks[k][2]) for k in range(first, i + 1)):
            # "Husova 12", "dolní chaloupky 4"; "na Nerudova 2", "na kollárovu 13" (a
            # preposition and a capital, or a possessive form)
            strong = self._capital(view, toks[first]) or toks[i][2].endswith(_POSSESSIVE)
            return first - prep, bool(prep) and strong
        if i > first and any(self._named_after(view, toks[k]) for k in range(first, i)):
            return first - prep, False  # "Jana Opletala 44", "Dr. Horákové 49", "Bratří Čapků"
        if prep:  # "k nádraží 464", "před rybníkem 13", "V Poli 65"
            # Two prepositions in a row name a street starting with one: "na Za Humny 7".
            double = first > 1 and toks[first - 2][2] in PREPOSITIONS
            return first - 1, double or self._capital(view, toks[first - 1])
        return None

    def _tail(self, view: View, pos: int) -> tuple[int, bool]:
        """Extend over a postal code and a town that follow (either order): new end, and
        whether anything was found."""
        norm, end, found = view.norm, pos, False
        for _ in range(3):
            at = end + len(norm[end : end + 2]) - len(norm[end : end + 2].lstrip(", "))
            cue = _PSC_WORD.match(norm, at)
            psc = _POSTAL.match(norm, cue.end() if cue else at)
            if psc:
                end, found = psc.end(), True
                continue
            town = self._places.town_at(view.folded, at)
            if town is not None:
                end, found = self._town_end(norm, town), True
                continue
            break
        return end, found

    @staticmethod
    def _town_end(norm: str, end: int) -> int:
        """End of a town name with its city part or district number ("Brno-Líšeň",
        "Praha 10")."""
        part = _TOWN_PART.match(norm, end)
        if part:
            end = part.end()
        district = _DISTRICT.match(norm, end)
        return district.end() if district else end

    def key(self, norm_text: str) -> str:
        """Street words stemmed (Husova/Husově -> husov), prepositions and keywords dropped,
        then the house number; what follows it (postal code, town) does not change the key."""
        m = _KEY_NUMBER.search(norm_text)
        head, number = (norm_text[: m.start()], m.group()) if m else (norm_text, "")
        words = [
            w.rstrip(".").rstrip("aeiouy")
            for w in map(fold, _TOKEN.findall(head))
            if w not in PREPOSITIONS and w not in STREET_KEYWORD and w not in NUMBER_WORDS
        ]
        return " ".join([*words, number.replace(" ", "")])
