"""Detectors for numbers: phone, IBAN, bank account, birth number, IČO, DIČ, card, PSČ, plate.

Checksums decide wherever a format has one (stdnum: `iban`, `cz.bankaccount`, `cz.rc`,
`cz.dic`, `luhn`); cheap arithmetic runs first so stdnum only confirms. Formats without one
(phone, postal code, plate) use their shape and the words around them, so order numbers,
prices, pressures and dates stay untouched.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import mul

from stdnum import iban, luhn
from stdnum.cz import bankaccount, dic, rc

from .base import (
    NOT_A_PHONE,
    PHONE_CUE,
    Candidate,
    CzechDetector,
    RegexDetector,
    before,
    digits,
    filth_class,
    found_in,
    is_word_char,
    named_after,
    not_personal,
)
from .czech_numbers import LETTER_NAMES
from .places import places
from .view import View

_BANK_WEIGHTS = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)


def _mod11_ok(part: str) -> bool:
    """The ČNB weighted mod-11 check of an account part of at most 10 digits."""
    return sum(map(mul, _BANK_WEIGHTS, map(int, part.zfill(10)))) % 11 == 0


def bank_account_ok(pre: str, root: str, bank: str) -> bool:
    """What `bankaccount.is_valid` says of "pre-root/bank" (ASCII digits, the root at least
    two, both mod-11 checks, a known bank code), with the bank code lookup cached."""
    if len(pre) > 6 or not 2 <= len(root) <= 10 or not (pre + root).isascii():
        return False
    return _mod11_ok(pre) and _mod11_ok(root) and _bank_code_ok(bank)


@lru_cache(maxsize=1024)
def _bank_code_ok(bank: str) -> bool:
    """A bank code on stdnum's ČNB list. Looking it up costs 15 us; a call mentions few banks."""
    return bankaccount.is_valid(f"00/{bank}")  # the smallest valid account at that bank


def birth_number_ok(number: str) -> bool:
    if len(number) == 10 and int(number[:9]) % 11 % 10 != int(number[9]):
        return False
    return len(number) in (9, 10) and rc.is_valid(number)


_LETTER_VALUES = {ord(c): str(int(c, 36)) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}  # A=10...


def iban_ok(number: str) -> bool:
    """IBAN (upper-case letters and digits): mod 97 first, then stdnum's checks."""
    moved = number[4:] + number[:4]
    return int(moved.translate(_LETTER_VALUES)) % 97 == 1 and iban.is_valid(number)


class PhoneDetector(RegexDetector):
    """Czech numbers (+420/00420/420 optional, also "(+420)", 9 digits from 2-9) and other
    "+"/"00" numbers ("00421 917 399 710"). Without a prefix, a number after "objednávka",
    "faktura"... is not a phone. Groups dictated with commas ("603, 380, 969") count only
    after a phone cue: prices are listed the same way."""

    name = "cz_phone"
    pii_type = "PHONE"
    filth_cls = filth_class("PHONE")
    min_digits, max_digits, back = 9, 15, 8  # back: "(+420) "
    regex = re.compile(
        r"(?<![\w+])(?<!\d[ .-])(?<![^\W\d_]-)"  # not "SM-2024-71139"
        r"(?:(?P<pfx>\(?(?:(?:\+|00) ?)?420\)?)[ .-]?)?"
        r"(?P<num>[2-9](?:[ .-]?\d){8})"
        r"(?![ .-]?\d)(?!\w)"
        r"|(?<![\w+])(?:\+|(?P<zeros>00)) ?(?!420)(?P<intl>[1-9]\d{1,2}(?:[ .-]?\d){6,12})"
        r"(?![ .-]?\d)(?!\w)"
    )
    comma_groups = re.compile(r"[2-9]\d\d, \d\d\d, \d\d\d(?![\d,]|\.\d)")
    # The first group in brackets, as on business cards: "+420 (723) 619 075". The brackets
    # split the digit runs the windows are built from, so this has a scan of its own.
    bracketed = re.compile(
        r"(?<![\w+])(?:(?:\+|00) ?420 ?)?\([2-9]\d\d\) ?\d\d\d[ .-]?\d\d\d(?![ .-]?\d)(?!\w)"
    )

    # Nobody groups a phone 4+3+2; a house number followed by a postal code reads so.
    house_and_postal = re.compile(r"\d{4} [1-7]\d\d \d\d")
    unit_after = re.compile(
        r" ?(?:kč|korun|czk|eur|litr|stup|kus|minut|hodin|dn[ůíy]|let\b|procent|%|kw|bar|"
        r"metr|mm\b|cm\b|kg\b|kil)"
    )

    def candidates(self, view: View) -> list[Candidate]:
        out = super().candidates(view)
        norm = view.norm
        if ") " in norm:  # a substring test first: rare
            for b in self.bracketed.finditer(norm):
                if norm[b.start()] == "(" and not_personal(view, b.start(), NOT_A_PHONE):
                    continue  # no country code, and an order or a price before it
                out.append((*view.span(*b.span()), self.key(b.group())))
        for start, end, _count in view.digit_runs(3, 3):
            if norm.startswith(", ", end) and (m := self.comma_groups.match(norm, start)):
                if start and (
                    is_word_char(norm[start - 1]) or norm[start - 3 : start - 2].isdigit()
                ):
                    continue  # part of a longer list of numbers
                if found_in(PHONE_CUE, before(view, start)) and not not_personal(view, start):
                    out.append((*view.span(start, m.end()), self.key(m.group())))
        return out

    def check(self, view, m):
        if view.lower[max(0, m.start() - 5) : m.start()] == "plus ":
            return m.start() - 5, m.end()  # "plus 420 602 ..."
        if m.group("zeros") and not_personal(view, m.start()):
            return None  # "objednávka 0012 345 678"
        if m.group("intl") or m.group("pfx"):
            return m.span()
        if not_personal(view, m.start(), NOT_A_PHONE) or self.unit_after.match(view.norm, m.end()):
            return None  # an order number, a price list
        if self.house_and_postal.fullmatch(m.group("num")):
            return None  # "Topolová 3142 305 85 Kralovice": the address detector's
        return m.span()

    def key(self, norm_text):
        number = digits(norm_text.replace("(", "").replace(")", ""))
        if number.startswith("00"):
            number, norm_text = number[2:], "+"  # 00421... is +421...
        if norm_text.lstrip("( ").startswith("+") and not number.startswith("420"):
            return "+" + number  # foreign
        return number[-9:]  # the same phone with or without +420 / 00420


class IbanDetector(RegexDetector):
    """IBANs with an all-digit BBAN (CZ, SK, DE, AT, PL...): mod 97 and the country format.
    Groups may be split by spaces or, as forms print them, by dashes or dots ("CZ65-0800-...",
    "CZ65.0800....")."""

    name = "cz_iban"
    pii_type = "IBAN"
    filth_cls = filth_class("IBAN")
    min_digits, max_digits, back = 12, 34, 3
    regex = re.compile(r"(?<![\w-])[a-z]{2}[ .-]?\d ?\d(?:[ .-]?\d){10,30}(?![ .-]?\d)(?![\w-])")

    def check(self, view, m):
        return m.span() if iban_ok(self.key(m.group())) else None

    def key(self, norm_text):
        return norm_text.replace(" ", "").replace("-", "").replace(".", "").upper()


class BankAccountDetector(RegexDetector):
    """prefix-number/bank: both mod-11 checks and a bank code from the ČNB list."""

    name = "cz_bank_account"
    pii_type = "BANK_ACCOUNT"
    filth_cls = filth_class("BANK_ACCOUNT")
    min_digits, max_digits = 6, 24
    regex = re.compile(
        r"(?<![\w/-])(?:(?P<pre>\d(?: ?\d){0,5}) ?- ?)?(?P<root>\d(?: ?\d){1,9}) ?/ ?"
        r"(?P<bank>\d(?: ?\d){3})(?![ ]?\d)(?![\w/])"
    )
    parts = re.compile(r"(?:(\d+)-)?(\d+)/(\d{4})")
    # In a key spaces and commas are dropped: "...a kód banky 0800", "..., banka 0800".
    code_words = re.compile(r"a?k[oó]dbanky(?:je)?|banka(?:je)?")
    dash_words = re.compile(r"m[ií]nus|[cč][aá]rka|poml[cč]ka")
    # The bank code said instead of the slash: "4168145076, kód banky 0800", "... a kód banky
    # 0800", "..., banka 0800"; the prefix dash said as a word ("19 mínus 2000145399 ...").
    said_code = re.compile(
        r"(?<![\w/-])(?:(?P<pre>\d(?: ?\d){0,5})(?: ?- ?| (?:m[ií]nus|[cč][aá]rka) ))?"
        r"(?P<root>\d(?: ?\d){1,9}),? (?:a )?(?:k[oó]d banky|banka),? (?:je )?"
        r"(?P<bank>\d(?: ?\d){3})(?![ ]?\d)(?![\w/])"
    )
    code_hints = ("d banky", "banka")

    def windows(self, view: View) -> list[tuple[int, int]]:
        norm = view.norm
        return [w for w in super().windows(view) if "/" in norm[w[0] : w[1]]]

    def candidates(self, view: View) -> list[Candidate]:
        out = super().candidates(view)
        norm = view.norm
        if not any(hint in norm for hint in self.code_hints):  # substring tests first: rare
            return out
        for m in self.said_code.finditer(norm):
            span = self.check(view, m)
            if span is not None:
                out.append((*view.span(*span), self.key(norm[span[0] : span[1]])))
        return out

    def check(self, view, m):
        pre, bank = digits(m.group("pre") or ""), digits(m.group("bank"))
        root_text = m.group("root")
        start = m.start() if pre else m.start("root")
        # Spaced digits may have swallowed an unrelated number in front: retry without it.
        while not bank_account_ok(pre, digits(root_text), bank):
            if pre or " " not in root_text.strip():
                return None
            cut = root_text.index(" ") + 1
            start += cut
            root_text = root_text[cut:]
        birth = not pre and birth_number_ok(digits(root_text) + bank)
        if birth and "úč" not in before(view, start):  # "855315/9703" is a birth number
            return None
        return start, m.end()

    def key(self, norm_text):
        compact = norm_text.replace(" ", "").replace(",", "")
        m = self.parts.search(self.dash_words.sub("-", self.code_words.sub("/", compact)))
        if not m:
            return norm_text.strip()
        return bankaccount.compact(f"{m.group(1) or ''}-{m.group(2)}/{m.group(3)}")


class BirthNumberDetector(RegexDetector):
    """Rodné číslo: valid date and (10 digits) mod-11 check; 9 digits only with a slash (a
    dash, "540312-123", is how serial numbers are dated too). The slash may be said: "69 53 27
    a za lomítkem 33 49". Ten digits followed by "kód banky" are an account."""

    name = "cz_birth_number"
    pii_type = "BIRTH_NUMBER"
    filth_cls = filth_class("BIRTH_NUMBER")
    min_digits, max_digits = 9, 10
    regex = re.compile(
        r"(?<![\w/])(?<!\d )\d(?: ?\d){5}(?: ?(?P<slash>/) ?| ?- ?| ?)\d(?: ?\d){2,3}"
        r"(?![ ]?\d)(?![\w/])"
    )
    said_slash = re.compile(
        r"(?<![\w/])(?<!\d )\d(?: ?\d){5},? (?:a )?za lom[ií]tkem,? \d(?: ?\d){2,3}(?![ ]?\d)(?!\w)"
    )
    bank_after = re.compile(r",? (?:a )?(?:k[oó]d banky|banka)\b")

    def candidates(self, view: View) -> list[Candidate]:
        out = super().candidates(view)
        norm = view.norm
        if "za lom" not in norm:  # a substring test first: rare
            return out
        for m in self.said_slash.finditer(norm):
            key = self.key(m.group())
            if birth_number_ok(key):
                out.append((*view.span(*m.span()), key))
        return out

    def check(self, view, m):
        number = digits(m.group())
        if not m.group("slash") and (len(number) != 10 or not_personal(view, m.start())):
            return None
        if self.bank_after.match(view.norm, m.end()):
            return None  # "3210125083 a kód banky 6300": an account
        return m.span() if birth_number_ok(number) else None

    def key(self, norm_text):
        return "".join(filter(str.isdigit, norm_text))


class DicDetector(RegexDetector):
    """DIČ: "CZ" + IČO or birth number ("CZ 12345678", "CZ-12345678"), or digits right after
    the word "DIČ"."""

    name = "cz_dic"
    pii_type = "DIC"
    filth_cls = filth_class("DIC")
    min_digits, max_digits, back = 8, 10, 12
    regex = re.compile(
        r"(?<!\w)(?:dič ?:? ?(?:je )?(?P<cz1>cz[ -]?)?|(?P<cz2>cz[ -]?))(?P<d>\d(?: ?\d){7,9})"
        r"(?![ ]?\d)(?!\w)"
    )

    def check(self, view, m):
        if not dic.is_valid(digits(m.group("d"))):
            return None
        group = "cz1" if m.group("cz1") else "cz2" if m.group("cz2") else "d"
        return m.start(group), m.end()

    def key(self, norm_text):
        return "CZ" + digits(norm_text.replace("cz", ""))  # digits() drops a "-" too


class IcoDetector(RegexDetector):
    """IČO: 8 digits with the legal-entity check digit, introduced by "IČO"/"IČ"/"íčko"."""

    name = "cz_ico"
    pii_type = "ICO"
    filth_cls = filth_class("ICO")
    min_digits = max_digits = 8
    # Grouped as people write it: "12 345 678", "123-45-678", "12.345.678".
    regex = re.compile(r"(?<!\w)(?<!\d[ .-])\d(?:[ .-]?\d){7}(?![ .-]?\d)(?!\w)")
    cue = re.compile(r"\bičo?\b|íčko|ičko|\bico?\b|identifikační")
    cue_after = re.compile(r"(?:ičo?|íčko|ičko|ico?)\b")  # "47758309, to je naše IČO"

    def check(self, view, m):
        number = digits(m.group())
        if number[0] == "9":
            return None
        if not found_in(self.cue, before(view, m.start())) and not named_after(
            view, m.end(), self.cue_after
        ):
            return None
        return m.span() if dic.is_valid(number) else None

    def key(self, norm_text):
        return digits(norm_text)


class CardDetector(RegexDetector):
    """Payment cards: 13-19 digits, a card-network prefix, Luhn. Groups of four may also be
    split by slashes or dots, as people type them into a chat ("5544 / 6067 / ...")."""

    name = "cz_card"
    pii_type = "CARD"
    filth_cls = filth_class("CARD")
    min_digits, max_digits = 13, 19
    regex = re.compile(
        r"(?<!\w)(?<!\d[ -])(?:\d(?:[ -]?\d){12,18}(?![ -]?\d)"
        r"|(?<!\d[/.])(?<!\d /)\d{4}(?: ?[/.] ?\d{4}){3}(?: ?[/.] ?\d{1,3})?"
        r"(?![ ]?[/.]? ?\d))(?!\w)"
    )
    prefix = re.compile(r"4|5[1-5]|2[2-7]|3[47]|35|6|5[06-9]")

    def check(self, view, m):
        number = digits(m.group())
        if not self.prefix.match(number) or not luhn.is_valid(number):
            return None
        return None if not_personal(view, m.start()) else m.span()

    def key(self, norm_text):
        return digits(norm_text)


class PostalCodeDetector(RegexDetector):
    """PSČ: five digits, 1-7 first. Written "602 00" (the way only postal codes are grouped)
    it is one unless an order/invoice/code cue says otherwise; "60200" needs a cue ("PSČ",
    spelled or not, earlier in the phrase, or a question just before: "PSČ? Jo, 60200"), a
    street address before it, a town next to it, or a grouped code it is an alternative to
    ("254 46 nebo 74737"). Right after "PSČ" a dictated code counts however ASR grouped its
    digits ("psč 247, 09", "pé es čé 25278" rendered "psč25278")."""

    name = "cz_postal_code"
    pii_type = "POSTAL_CODE"
    filth_cls = filth_class("POSTAL_CODE")
    min_digits = max_digits = 5
    regex = re.compile(r"(?<!\w)(?<!\d[ .,])[1-7]\d\d ?\d\d(?![ ]?\d)(?!\w)")
    cue = re.compile(
        r"psč|psc|p[eé] es [cč][eé]|poštovní směrovací|postovni smerovaci|směrovací|smerovaci|"
        r"směrovačk\w*|smerovack\w*|pošt[aěuy]\b"  # "směrovačka": colloquial
    )
    cue_hints = ("ps", "es č", "es c", "směrova", "smerova", "pošt")  # one in every cue
    # Right after the cue ("psč je 247, 09", "psč25278"): 3 digits and 1-2 more, however grouped.
    after_cue = re.compile(
        r"[:.]?,? ?(?:(?:je|to je|je to|jo),? )?([1-7]\d\d(?:,? ?\d){1,2}|[1-7](?: \d){4})(?!\d)"
    )
    # A grouped code one is an alternative to: "254 46 nebo 74737", "45956 nebo 470 97".
    alternative_before = re.compile(r"[1-7]\d\d \d\d,? (?:a|nebo|anebo|či) \Z")
    alternative_after = re.compile(r",? (?:a|nebo|anebo|či) [1-7]\d\d \d\d(?![\d\w])")
    after_house = re.compile(r"[^\W\d_]{3,}\.? \d{1,4}[a-z]?(?: ?/ ?\d{1,4}[a-z]?)?, ?$")
    next_words = re.compile(r"[,?!]? ?(?:(?:jo|no|to je|je to|tedy|město|obec),? )*([^\W\d_]+)")
    # Whole words only: towns begin with "Bar...", "Kus...".
    unit_after = re.compile(r" ?(?:kč|korun\w*|czk|eur|eura|procent|%|kusů|let|litrů|kg|bar)(?!\w)")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._places = places()

    def candidates(self, view: View) -> list[Candidate]:
        out = super().candidates(view)
        norm = view.norm
        if not any(hint in norm for hint in self.cue_hints):  # substring tests: fast, rare
            return out
        for cue in self.cue.finditer(norm):
            m = self.after_cue.match(norm, cue.end())
            if m is not None:
                out.append((*view.span(*m.span(1)), self.key(m.group(1))))
        return out

    def _cue_before(self, view: View, s: int) -> str:
        """Say "same" when a cue starts this sentence, "earlier" when it ends an earlier one with
        no number after it ("Jen PSČ. Jo, 42573"), else ""."""
        phrase = view.norm[max(0, s - 60) : s]
        cut = max(0, phrase.rfind(".") + 1, phrase.rfind("?") + 1)
        if self.cue.search(phrase, cut):
            return "same"
        cues = list(self.cue.finditer(phrase, 0, cut)) if cut else []
        if cues and not any(map(str.isdigit, phrase[cues[-1].end() :])):
            return "earlier"
        return ""

    def check(self, view, m):
        norm, s = view.norm, m.start()
        if named_after(view, m.end(), self.cue):
            return m.span()  # "48056, to je naše směrovací číslo"
        if self.unit_after.match(norm, m.end()):
            return None  # "43409 Kč": a price ("Kč" is capitalized as a town would be)
        cue = self._cue_before(view, s)
        if cue == "same" or self.after_house.search(norm, max(0, s - 40), s):
            return None if not_personal(view, s) and not cue else m.span()
        if cue or self.alternative_before.search(norm, max(0, s - 20), s):
            return None if not_personal(view, s) else m.span()
        if self.alternative_after.match(norm, m.end()):
            return None if not_personal(view, s) else m.span()
        offset = max(0, s - 60)
        folded = view.folded[offset : m.end() + 60]
        after = self.next_words.match(norm, m.end())
        if after and self._places.town_at(folded, after.start(1) - offset) is not None:
            return m.span()  # "602 00 Brno", "kód 563 22? jo, to je Duba"
        before = norm[max(0, s - 2) : s]
        end = s - offset - len(before) + len(before.rstrip(", "))
        if self._places.town_before(folded, end) is not None:
            return m.span()  # "Brno, 602 00"
        if " " in m.group() and not not_personal(view, s):
            return m.span()  # "602 00": grouped as only postal codes are
        if not after:
            return None
        a = view.span(after.start(1), after.end(1))[0]
        return m.span() if view.text[a].isupper() else None  # "75002 Přerov"

    def key(self, norm_text):
        return digits(norm_text)


def _spelled_plate(tokens: list[str]) -> bool:
    """Whether one character per token spells a plate: digits and letters (written or said by
    name, "el", "zet", "á"), both kinds."""
    kinds = set()
    for tok in tokens:
        if tok.isdigit() and len(tok) == 1:
            kinds.add("d")
        elif len(tok) == 1 or tok in LETTER_NAMES:
            kinds.add("l")
        else:
            return False
    return len(kinds) == 2


class VanityPlateDetector(CzechDetector):
    """Plates that only a car nearby tells from a model or part number: personalized ones
    (since 2016: up to 8 letters and digits, "TEPLO45", written in capitals), the old district
    format ("BMA 12-34") and Slovak plates ("BA 226RV", "KE-861TR")."""

    name = "cz_vanity_plate"
    pii_type = "PLATE"
    filth_cls = filth_class("PLATE")
    regex = re.compile(r"(?<![\w-])(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{5,8}(?![\w-])")
    # Old Czech (district letters, then two pairs of digits) and Slovak (district, 3 digits,
    # 2 letters) plates: shapes of their own, so any case counts.
    other = re.compile(
        r"(?<![\w-])(?:[a-z]{2,3} ?\d\d-\d\d|[a-z]{2}[ -]?\d{3}[ -]?[a-z]{2})(?![\w-])"
    )
    # Spelled one character at a time with dashes between: "6 - el - zet - 7 - 8 - 2 - 2".
    spelled = re.compile(r"(?<![\w-])(?:\w{1,6} - ){4,7}\w{1,6}(?![\w-])")
    # "rz" must also start a word; that is checked in Python: a leading "\b" in one branch
    # would stop the regex engine from skipping ahead to the branches' first letters (4x slower).
    cue = re.compile(
        r"spz|rz\b|zna[cč][ck]|aut[oemua]\b|autem|vůz|vuz|voz(?:em|idl)|dodávk|pozn[aá]vac"
    )
    # Cues that can only mean a plate ("značka" is also a brand, "auto BMW 320" a model):
    # after one a plate counts in lower case ("rybar50") or with a space ("TURBO 25").
    plate_only = re.compile(r"spz|\brz\b|pozn[aá]vac|vlastn[ií] zna[cč]k|personalizovan")
    spaced = re.compile(r"(?<![\w-])[a-z]{2,6} \d{1,3}(?![\w-])")

    def candidates(self, view: View) -> list[Candidate]:
        out: list[Candidate] = []
        lower = view.lower
        # One scan (~20 us on 2 KB) costs less than the ten substring tests that used to guard
        # it; rare cues: look for plates only after one.
        for cue in self.cue.finditer(lower):
            at = cue.start()
            if at and lower[at] == "r" and is_word_char(lower[at - 1]):
                continue  # "rz" inside a word ("...rz ")
            a, b = cue.end(), cue.end() + 40
            sure: bool | None = None  # after a plate-only cue? looked up when it matters
            for m in self.regex.finditer(lower, a, b):
                if not view.text[m.start() : m.end()].isupper():  # written as plates are?
                    if sure is None:
                        sure = self.plate_only.search(lower, max(0, at - 10), a) is not None
                    if not sure:
                        continue
                out.append((m.start(), m.end(), self.key(m.group())))
            if not view.text[a:b].islower():  # cheap: "TURBO 25" needs capitals
                if sure is None:
                    sure = self.plate_only.search(lower, max(0, at - 10), a) is not None
                for m in self.spaced.finditer(lower, a, b) if sure else ():
                    if view.text[m.start() : m.end()].isupper():  # not "tp 2019"
                        out.append((m.start(), m.end(), self.key(m.group())))
            for m in self.other.finditer(lower, cue.end(), cue.end() + 40):
                out.append((m.start(), m.end(), self.key(m.group())))
            if " - " in lower[a:b]:
                for m in self.spelled.finditer(lower, a, b + 40):
                    if _spelled_plate(m.group().split(" - ")):
                        out.append((m.start(), m.end(), self.key(m.group())))
        return out

    def key(self, norm_text):
        return norm_text.replace(" ", "").replace("-", "").upper()  # one plate, one key


class PlateDetector(RegexDetector):
    """Licence plates since 2001: digit, region letter, letter or digit, four digits (a space
    or a dash may follow the third character: "9JV-3371")."""

    name = "cz_plate"
    pii_type = "PLATE"
    filth_cls = filth_class("PLATE")
    min_digits, max_digits, back = 4, 6, 6
    regex = re.compile(r"(?<!\w)\d ?[abcehjklmpstuz][a-z0-9][ -]?\d\d ?\d\d(?!\w)")

    def check(self, view, m):
        return m.span()

    def key(self, norm_text):
        return norm_text.replace(" ", "").replace("-", "").upper()
