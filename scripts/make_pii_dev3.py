#!/usr/bin/env python3
# ruff: noqa: E501  (the sentence templates are long literal lines)
"""Generate the third PII development set and the second held-out set.

    tests/data/pii_eval/dev3.jsonl      template group D, seed 20250611  (for tuning)
    tests/data/pii_eval/heldout2.jsonl  template group E, seed 20250923  (frozen, never tuned on)

Synthetic Czech call-centre transcript snippets (heating service, energy
supply, installations, subsidies, property managers), in the style of
Whisper output, with labelled personal data.  One JSON object a line:
``{"id": ..., "text": ..., "pii": [{"type": ..., "value": ...}, ...]}``.
Hard negatives have ``"pii": []``.  Every value is an exact substring of its
text and values are listed in the order they occur (a value said twice is
listed twice).

The two splits use two disjoint groups of sentence templates (the script
asserts that no template text is shared) and different seeds for the
values.  Written without looking at the detector, its word lists, its tests
or its labelled data, so that it measures generalisation.  The emphasis is
on e-mails, URLs, addresses and names, spoken and written in many ways.

Values come from Faker (``cs_CZ`` names, streets, towns, postcodes, phone
numbers; ``sk_SK`` and ``vi_VN`` names), ``bank-generator-cz`` (Czech bank
accounts), ``czech-number-utils`` (numbers in words), hand-written lists in
this script (rarer first names and surnames, street forms, villages) and
random generation with checksums (IBAN, IČO, DIČ, birth number, card),
every checksum value verified with ``python-stdnum``.

Usage (the generator's dependencies are not project dependencies)::

    python3 -m venv /tmp/evalgen3
    /tmp/evalgen3/bin/pip install faker bank-generator-cz czech-number-utils python-stdnum
    /tmp/evalgen3/bin/python scripts/make_pii_dev3.py

HELDOUT2 IS FROZEN: never regenerate it after the detector has been tuned,
and never tune on it.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from bank_generator_cz.account import BankAccount
from czech_number_utils import number_to_czech_word
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn as std_luhn
from stdnum.cz import bankaccount as std_bankaccount
from stdnum.cz import dic as std_dic
from stdnum.cz import rc as std_rc

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "data" / "pii_eval"
SPLITS = {"dev3": ("D", 20250611), "heldout2": ("E", 20250923)}
TYPES = [
    "PHONE",
    "EMAIL",
    "URL",
    "IBAN",
    "BANK_ACCOUNT",
    "BIRTH_NUMBER",
    "ICO",
    "DIC",
    "CARD",
    "POSTAL_CODE",
    "PLATE",
    "NAME",
    "ADDRESS",
]
MIN_PER_TYPE = 30

# Reset for each split by set_seed().
R = random.Random(0)
FAKE = Faker("cs_CZ")
_CS_PERSON = FAKE.provider("faker.providers.person")
_CS_ADDRESS = FAKE.provider("faker.providers.address")
_SK_PERSON = Faker("sk_SK").provider("faker.providers.person")
_VI_PERSON = Faker("vi_VN").provider("faker.providers.person")


def set_seed(seed: int) -> None:
    global R
    R = random.Random(seed)
    random.seed(seed)  # bank-generator-cz uses the module-level generator
    FAKE.seed_instance(seed)


def pick(seq):
    return R.choice(list(seq))


def chance(p: float) -> bool:
    return R.random() < p


def strip_diacritics(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", strip_diacritics(s).lower())


def rand_str(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------
# numbers in words (czech-number-utils, made to sound spoken)
# ---------------------------------------------------------------------------

DIGIT = ["nula", "jedna", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět"]


def num_words(n: int) -> str:
    w = number_to_czech_word(n)
    w = w.replace("jedno sto", "sto")
    if w.startswith("jeden tisíc") and chance(0.7):
        w = w.replace("jeden tisíc", "tisíc", 1)
    return w


def digits_said(d: str) -> str:
    return " ".join(DIGIT[int(c)] for c in d if c.isdigit())


def pair_said(two: str) -> str:
    return digits_said(two) if two[0] == "0" else num_words(int(two))


def group_said(g: str) -> str:
    """A group of digits as a Czech speaker reads it."""
    if g[0] == "0" or len(g) > 4:
        return digits_said(g)
    if len(g) == 4 and chance(0.6):
        return f"{pair_said(g[:2])} {pair_said(g[2:])}"
    return num_words(int(g))


# ---------------------------------------------------------------------------
# names and declension
# ---------------------------------------------------------------------------

# Rarer Czech names, written for this set (not taken from any project list).
RARE_FIRST_M = [
    "Bořek",
    "Čestmír",
    "Zbyněk",
    "Otakar",
    "Přemysl",
    "Vojtěch",
    "Kryštof",
    "Šimon",
    "Matyáš",
    "Vítězslav",
    "Radovan",
    "Jaromír",
    "Bronislav",
    "Svatopluk",
    "Ctibor",
    "Lubor",
    "Vratislav",
    "Dalimil",
    "Záboj",
    "Kvido",
    "Řehoř",
    "Eliáš",
    "Tadeáš",
    "Lumír",
    "Ludvík",
    "Hynek",
    "Vít",
    "Prokop",
    "Jeroným",
    "Radim",
    "Metoděj",
    "Kamil",
]
RARE_FIRST_F = [
    "Drahomíra",
    "Bohumila",
    "Vendula",
    "Blažena",
    "Libuše",
    "Jarmila",
    "Květoslava",
    "Rozálie",
    "Sabina",
    "Radmila",
    "Miloslava",
    "Zdislava",
    "Kristýna",
    "Magdaléna",
    "Dobromila",
    "Ludmila",
    "Bohdana",
    "Lada",
    "Marcela",
    "Vlasta",
    "Johana",
    "Alžběta",
    "Dagmar",
    "Ingrid",
    "Miriam",
    "Julie",
    "Amálie",
    "Otýlie",
    "Adéla",
    "Berta",
]
RARE_LAST_M = [
    "Vondráček",
    "Šťastný",
    "Kubíček",
    "Zedník",
    "Pospíchal",
    "Hrdlička",
    "Vopička",
    "Kočí",
    "Bursík",
    "Chmelař",
    "Koubek",
    "Mikeš",
    "Ryšavý",
    "Trnka",
    "Zatloukal",
    "Ondráček",
    "Šindelář",
    "Klouda",
    "Hronek",
    "Vitásek",
    "Straka",
    "Bartůněk",
    "Kalousek",
    "Pokorný",
    "Smolík",
    "Žemlička",
    "Vodička",
    "Hanzlík",
    "Lacina",
    "Mls",
    "Kouba",
    "Brabec",
    "Dufek",
    "Rychtář",
    "Skořepa",
    "Vaníček",
    "Hošek",
    "Pazdera",
    "Šulc",
    "Tuček",
    "Jirsa",
    "Cibulka",
    "Petrák",
    "Vrzal",
    "Dolejš",
    "Maršálek",
    "Holeček",
    "Kotrba",
    "Bělohlávek",
    "Drahokoupil",
    "Nedbal",
    "Hlaváček",
    "Sedlák",
    "Kunc",
    "Fencl",
    "Plachý",
    "Kazda",
    "Vyskočil",
    "Mareš",
    "Zikmund",
    "Vlk",
    "Kroupa",
    "Jeřábek",
    "Čapek",
    "Brož",
    "Souček",
    "Krejčí",
]
NICK_M = {
    "Jan": "Honza",
    "Josef": "Pepa",
    "František": "Franta",
    "Jiří": "Jirka",
    "Stanislav": "Standa",
    "Ladislav": "Láďa",
    "Miroslav": "Mirek",
    "Antonín": "Tonda",
    "Václav": "Vašek",
    "Jakub": "Kuba",
    "Petr": "Péťa",
    "Zdeněk": "Zdenda",
    "Vojtěch": "Vojta",
    "Bohumil": "Bohouš",
    "Vladimír": "Vláďa",
    "Radek": "Ráďa",
}
NICK_F = {
    "Barbora": "Bára",
    "Kateřina": "Káťa",
    "Michaela": "Míša",
    "Veronika": "Verča",
    "Marie": "Maruška",
    "Zuzana": "Zuzka",
    "Jaroslava": "Jarka",
    "Magdaléna": "Magda",
    "Alžběta": "Bětka",
    "Kristýna": "Týna",
    "Lucie": "Lucka",
    "Tereza": "Terka",
    "Dominika": "Nika",
    "Jana": "Janička",
    "Gabriela": "Gábina",
}

SOFT = set("šžčřcjďťň")
VOWELS = set("aeiouyáéíóúůýě")
CASES = ("nom", "gen", "dat", "acc", "ins", "voc", "loc")
FLEETING_EL = {"Pavel": "Pavl", "Karel": "Karl", "Havel": "Havl", "Kozel": "Kozl", "Orel": "Orl"}


def _same(s: str) -> dict:
    return dict.fromkeys(CASES, s)


def decline_male(s: str) -> dict | None:
    if not s or " " in s or "-" in s or len(s) < 3:
        return None
    if s.endswith("ý"):
        st = s[:-1]
        return dict(
            nom=s,
            gen=st + "ého",
            dat=st + "ému",
            acc=st + "ého",
            ins=st + "ým",
            voc=s,
            loc=st + "ém",
        )
    if s.endswith("í"):
        st = s[:-1]
        return dict(
            nom=s,
            gen=st + "ího",
            dat=st + "ímu",
            acc=st + "ího",
            ins=st + "ím",
            voc=s,
            loc=st + "ím",
        )
    if s.endswith("ů"):
        return _same(s)
    if s.endswith("a"):
        st = s[:-1]
        if st[-1] in SOFT or st[-1] in VOWELS:
            return None
        return dict(
            nom=s,
            gen=st + "y",
            dat=st + "ovi",
            acc=st + "u",
            ins=st + "ou",
            voc=st + "o",
            loc=st + "ovi",
        )
    last = s[-1]
    if last in VOWELS or last in "sxzwqg":
        return None
    voc_override = None
    if s in FLEETING_EL:
        st = FLEETING_EL[s]
    elif s.endswith("ěk"):
        soft = {"n": "ň", "d": "ď", "t": "ť"}.get(s[-3])
        if soft is None:
            return None
        st = s[:-3] + soft + "k"
    elif s.endswith("ek") and len(s) > 3 and s[-3] not in VOWELS:
        st = s[:-2] + "k"
    elif s.endswith("ec") and len(s) > 3 and s[-3] not in VOWELS:
        st = s[:-2] + "c"
        voc_override = s[:-2] + "če"
    else:
        st = s
    end = st[-1]
    if end in SOFT:
        gen = st + "e"
        voc = voc_override or st + "i"
    else:
        gen = st + "a"
        if st.endswith("ch") or end in "kh":
            voc = st + "u"
        elif end == "r" and st[-2] not in VOWELS:
            voc = st[:-1] + "ře"
        else:
            voc = st + "e"
    return dict(nom=s, gen=gen, dat=st + "ovi", acc=gen, ins=st + "em", voc=voc, loc=st + "ovi")


def decline_female_first(s: str) -> dict | None:
    if s.endswith("ie") or (s.endswith("e") and len(s) > 3):
        st = s[:-1]
        return dict(nom=s, gen=s, dat=st + "i", acc=st + "i", ins=st + "í", voc=s, loc=st + "i")
    if s[-1] not in VOWELS:
        return _same(s)  # Dagmar, Ingrid, Miriam
    if not s.endswith("a"):
        return None
    st = s[:-1]
    end = st[-1]
    if end in SOFT or end in VOWELS:
        return None
    if st.endswith("ch"):
        dat = st[:-2] + "še"
    elif end == "k":
        dat = st[:-1] + "ce"
    elif end in "hg":
        dat = st[:-1] + "ze"
    elif end == "r":
        dat = st[:-1] + "ře"
    elif end in "dtnbpvfm":
        dat = st + "ě"
    elif end in "lsz":
        dat = st + "e"
    else:
        return None
    return dict(nom=s, gen=st + "y", dat=dat, acc=st + "u", ins=st + "ou", voc=st + "o", loc=dat)


def decline_female_last(s: str) -> dict | None:
    if s.endswith("á"):
        st = s[:-1]
        return dict(
            nom=s, gen=st + "é", dat=st + "é", acc=st + "ou", ins=st + "ou", voc=s, loc=st + "é"
        )
    if s.endswith("í") or s.endswith("ů"):
        return _same(s)
    return None


def feminine(surname: str) -> str | None:
    """Female form of a male surname (Vondráček -> Vondráčková)."""
    if surname.endswith("ý"):
        return surname[:-1] + "á"
    if surname.endswith(("í", "ů")):
        return surname
    if surname.endswith("a"):
        return surname[:-1] + "ová"
    if surname.endswith("ěk"):
        soft = {"n": "ň", "d": "ď", "t": "ť"}.get(surname[-3])
        return surname[:-3] + soft + "ková" if soft else None
    if surname.endswith("ek") and surname[-3] not in VOWELS:
        return surname[:-2] + "ková"
    if surname.endswith("ec") and surname[-3] not in VOWELS:
        return surname[:-2] + "cová"
    if surname[-1] in VOWELS:
        return None
    return surname + "ová"


PAN = {
    "m": dict(nom="pan", gen="pana", dat="panu", acc="pana", ins="panem", voc="pane", loc="panu"),
    "f": _same("paní"),
}


class Person:
    def __init__(self, gender: str, origin: str | None = None, nick: bool = False):
        self.gender = gender
        self.origin = origin or R.choices(["cz", "sk", "rare"], weights=[5, 3, 3])[0]
        for _ in range(500):
            first, last = self._draw()
            if nick:
                first = pick(NICK_M if gender == "m" else NICK_F)
            if gender == "m":
                df, dl = decline_male(first), decline_male(last)
            else:
                df, dl = decline_female_first(first), decline_female_last(last)
            if df and dl:
                break
        else:
            raise RuntimeError("no declinable name")
        self.first, self.last, self.df, self.dl = first, last, df, dl

    def _draw(self) -> tuple[str, str]:
        o, g = self.origin, self.gender
        if g == "m":
            firsts = {
                "cz": _CS_PERSON.first_names_male,
                "sk": _SK_PERSON.first_names_male,
                "rare": RARE_FIRST_M,
            }[o]
            lasts = {
                "cz": _CS_PERSON.last_names_male,
                "sk": _SK_PERSON.last_names_male,
                "rare": RARE_LAST_M,
            }[o]
            return pick(firsts), pick(lasts)
        firsts = {
            "cz": _CS_PERSON.first_names_female,
            "sk": _SK_PERSON.first_names_female,
            "rare": RARE_FIRST_F,
        }[o]
        if o == "rare":
            last = feminine(pick(RARE_LAST_M)) or ""
        else:
            last = pick(_CS_PERSON.last_names_female if o == "cz" else _SK_PERSON.last_names_female)
        return pick(firsts), last

    def full(self, case: str) -> str:
        return f"{self.df[case]} {self.dl[case]}"


def vietnamese_name() -> str:
    last = strip_diacritics(pick(_VI_PERSON.last_names))
    mid = strip_diacritics(pick(["Van", "Thi", "Duc", "Quang", "Minh", "Hoang"]))
    first = strip_diacritics(
        pick(list(_VI_PERSON.first_names_male) + list(_VI_PERSON.first_names_female))
    )
    return pick([f"{last} {mid} {first}", f"{last} {first}", f"{first} {last}"])


LETTER_NOTE = {
    "Á": ["dlouhé A", "A s čárkou"],
    "É": ["dlouhé E", "E s čárkou"],
    "Í": ["dlouhé I", "I s čárkou"],
    "Č": ["Č s háčkem", "C s háčkem"],
    "Š": ["Š s háčkem", "S s háčkem"],
    "Ř": ["Ř s háčkem", "R s háčkem"],
    "Ž": ["Z s háčkem"],
    "Ý": ["dlouhé Y", "tvrdé Y s čárkou"],
    "Ů": ["U s kroužkem"],
    "Y": ["tvrdé Y", "ypsilon"],
}


def spell(word: str) -> str:
    letters = [c.upper() for c in word if c.isalpha()]
    if chance(0.3):
        letters = [pick(LETTER_NOTE[c]) if c in LETTER_NOTE and chance(0.7) else c for c in letters]
    sep = R.choices([" ", "-", ", ", ". ", " "], weights=[5, 2, 3, 1, 1])[0]
    out = sep.join(letters)
    if chance(0.15):
        out = out.lower()
    return out


# ---------------------------------------------------------------------------
# checksum-valid identifiers
# ---------------------------------------------------------------------------


def gen_account() -> tuple[str, str, str]:
    """(prefix, number, bank code) from bank-generator-cz, verified with python-stdnum."""
    for _ in range(1000):
        acc = BankAccount.generate_random(include_prefix=chance(0.25))
        number = str(acc.account_number)
        prefix = str(acc.prefix) if acc.prefix else ""
        if len(number) < 6:
            continue
        full = f"{prefix}-{number}/{acc.bank_code}" if prefix else f"{number}/{acc.bank_code}"
        if std_bankaccount.is_valid(full):
            return prefix, number, acc.bank_code
    raise RuntimeError("no valid account")


def account_value() -> str:
    prefix, number, code = gen_account()
    base = f"{prefix}-{number}" if prefix else number
    style = R.choices(["slash", "spaced", "lomeno", "lomitko"], weights=[8, 2, 2, 1])[0]
    return {
        "slash": f"{base}/{code}",
        "spaced": f"{base} / {code}",
        "lomeno": f"{base} lomeno {code}",
        "lomitko": f"{base} lomítko {code}",
    }[style]


def account_spoken() -> str:
    prefix, number, code = gen_account()
    said = (
        digits_said(number)
        if chance(0.6)
        else ", ".join(group_said(number[i : i + 3]) for i in range(0, len(number), 3))
    )
    if prefix:
        said = f"{digits_said(prefix)} pomlčka {said}"
    return f"{said} lomeno {digits_said(code)}"


def iban_cz() -> str:
    prefix, number, code = gen_account()
    bban = code + prefix.rjust(6, "0") + number.rjust(10, "0")
    v = "CZ" + std_iban.calc_check_digits("CZ00" + bban) + bban
    assert std_iban.is_valid(v), v
    return v


def iban_sk() -> str:
    bban = (
        pick(["0900", "1100", "0200", "7500", "5600", "8330"])
        + f"{R.randint(0, 999999):06d}"
        + f"{R.randint(10**8, 10**10 - 1):010d}"
    )
    v = "SK" + std_iban.calc_check_digits("SK00" + bban) + bban
    assert std_iban.is_valid(v), v
    return v


def iban_form(v: str) -> str:
    style = R.choices(
        ["groups", "compact", "lower_groups", "groups_lower_cc"], weights=[6, 4, 1, 1]
    )[0]
    grouped = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    if style == "groups":
        return grouped
    if style == "lower_groups":
        return grouped.lower()
    if style == "groups_lower_cc":
        return grouped[:2].lower() + grouped[2:]
    return v


def gen_ico() -> str:
    while True:
        first = "0" if chance(0.12) else str(R.randint(1, 9))
        d = [int(first)] + [R.randint(0, 9) for _ in range(6)]
        s = sum(x * w for x, w in zip(d, range(8, 1, -1), strict=True))
        r = s % 11
        c = {0: 1, 1: 0}.get(r, 11 - r)
        v = "".join(map(str, d)) + str(c)
        if std_dic.is_valid(v):
            return v


def ico_form(v: str) -> str:
    style = R.choices(["plain", "3-2-3", "pairs"], weights=[6, 2, 1])[0]
    if style == "3-2-3":
        return f"{v[:3]} {v[3:5]} {v[5:]}"
    if style == "pairs":
        return " ".join(v[i : i + 2] for i in range(0, 8, 2))
    return v


def gen_rc(gender: str | None = None, old: bool = False) -> str:
    gender = gender or pick("mf")
    while True:
        y = R.randint(1925, 1953) if old else R.randint(1954, 2005)
        m = R.randint(1, 12) + (50 if gender == "f" else 0)
        d = R.randint(1, 28)
        if old:
            v = f"{y % 100:02d}{m:02d}{d:02d}{R.randint(0, 999):03d}"
        else:
            first9 = f"{y % 100:02d}{m:02d}{d:02d}{R.randint(0, 999):03d}"
            c = int(first9) % 11
            if c == 10:
                continue
            v = first9 + str(c)
        if std_rc.is_valid(v):
            return v


def rc_form(v: str) -> str:
    style = R.choices(["slash", "compact", "spaced", "space"], weights=[7, 3, 1, 1])[0]
    return {
        "slash": f"{v[:6]}/{v[6:]}",
        "compact": v,
        "spaced": f"{v[:6]} / {v[6:]}",
        "space": f"{v[:6]} {v[6:]}",
    }[style]


def rc_spoken(v: str) -> str:
    style = pick(["digits", "pairs", "mixed"])
    if style == "digits":
        return f"{digits_said(v[:6])} lomeno {digits_said(v[6:])}"
    if style == "pairs":
        tail = (
            " ".join(pair_said(v[i : i + 2]) for i in range(6, len(v), 2))
            if len(v) == 10
            else digits_said(v[6:])
        )
        return f"{pair_said(v[:2])} {pair_said(v[2:4])} {pair_said(v[4:6])} lomeno {tail}"
    return f"{v[:6]} lomeno {digits_said(v[6:])}"


def gen_card(kind: str | None = None) -> str:
    kind = kind or pick(["visa", "visa", "mc", "mc2"])
    if kind == "visa":
        body = "4" + rand_str(14, string.digits)
    elif kind == "mc":
        body = "5" + str(R.randint(1, 5)) + rand_str(13, string.digits)
    elif kind == "mc2":
        body = str(R.randint(2221, 2720)) + rand_str(11, string.digits)
    else:  # amex, 15 digits
        body = pick(["34", "37"]) + rand_str(12, string.digits)
    v = body + std_luhn.calc_check_digit(body)
    assert std_luhn.is_valid(v)
    return v


def card_form(v: str) -> str:
    if len(v) == 15:
        return pick([f"{v[:4]} {v[4:10]} {v[10:]}", v, f"{v[:4]}-{v[4:10]}-{v[10:]}"])
    style = R.choices(["spaced", "compact", "dash"], weights=[6, 3, 1])[0]
    groups = [v[i : i + 4] for i in range(0, 16, 4)]
    return {
        "spaced": " ".join(groups),
        "compact": v,
        "dash": "-".join(groups),
    }[style]


def card_spoken(v: str) -> str:
    groups = [v[i : i + 4] for i in range(0, 16, 4)]
    if chance(0.5):
        return ", ".join(digits_said(g) for g in groups)
    return ", ".join(group_said(g) for g in groups)


# ---------------------------------------------------------------------------
# phones, plates, postcodes
# ---------------------------------------------------------------------------


def phone_digits() -> str:
    kind = R.choices(["faker", "mobile", "landline"], weights=[5, 3, 2])[0]
    if kind == "faker":
        return re.sub(r"\D", "", FAKE.phone_number())[-9:]
    if kind == "mobile":
        return pick(
            [
                "601",
                "602",
                "603",
                "604",
                "605",
                "606",
                "607",
                "608",
                "702",
                "704",
                "720",
                "723",
                "724",
                "728",
                "731",
                "733",
                "736",
                "739",
                "774",
                "775",
                "777",
                "778",
                "792",
                "799",
            ]
        ) + rand_str(6, string.digits)
    return pick(
        [
            "2",
            "31",
            "32",
            "35",
            "37",
            "38",
            "41",
            "46",
            "47",
            "48",
            "49",
            "51",
            "53",
            "54",
            "55",
            "56",
            "57",
            "58",
            "59",
        ]
    ).ljust(3, str(R.randint(1, 9))) + rand_str(6, string.digits)


def phone_form(d: str) -> str:
    g3 = f"{d[:3]} {d[3:6]} {d[6:]}"
    style = R.choices(
        ["intl", "plain", "compact", "intl_compact", "00", "dash", "pairs", "commas", "intl_paren"],
        weights=[5, 6, 2, 1, 1, 1, 1, 2, 1],
    )[0]
    return {
        "intl": f"+420 {g3}",
        "plain": g3,
        "compact": d,
        "intl_compact": f"+420{d}",
        "00": f"00420 {g3}",
        "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}",
        "pairs": f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
        "commas": f"{d[:3]}, {d[3:6]}, {d[6:]}",
        "intl_paren": f"(+420) {g3}",
    }[style]


def phone_spoken() -> str:
    d = phone_digits()
    style = pick(["groups", "digits", "pairs", "mixed"])
    if style == "groups":
        out = ", ".join(group_said(d[i : i + 3]) for i in range(0, 9, 3))
    elif style == "digits":
        out = " ".join(digits_said(d[i : i + 3]) for i in range(0, 9, 3))
    elif style == "pairs":
        out = f"{group_said(d[:3])}, {pair_said(d[3:5])}, {pair_said(d[5:7])}, {pair_said(d[7:])}"
    else:
        out = f"{d[:3]} {group_said(d[3:6])} {group_said(d[6:])}"
    if chance(0.2):
        out = pick(["plus čtyři sta dvacet ", "plus čtyři dva nula "]) + out
    return out


def phone_sk() -> str:
    d = (
        "9"
        + pick(
            [
                "01",
                "02",
                "03",
                "04",
                "05",
                "06",
                "07",
                "08",
                "10",
                "11",
                "14",
                "15",
                "16",
                "17",
                "18",
                "19",
                "40",
                "44",
                "48",
                "49",
            ]
        )
        + rand_str(6, string.digits)
    )
    return pick(
        [f"+421 {d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]} {d[3:6]} {d[6:]}", f"00421 {d}", f"+421{d}"]
    )


PLATE_REGION = "ABCEHJKLMPSTUZ"
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"
LETTER_SAY = {
    "A": "á",
    "B": "bé",
    "C": "cé",
    "D": "dé",
    "E": "é",
    "F": "ef",
    "H": "há",
    "I": "í",
    "J": "jé",
    "K": "ká",
    "L": "el",
    "M": "em",
    "N": "en",
    "P": "pé",
    "R": "er",
    "S": "es",
    "T": "té",
    "U": "ú",
    "V": "vé",
    "X": "iks",
    "Y": "ypsilon",
    "Z": "zet",
}


def plate_value() -> str:
    num = f"{R.randint(0, 9999):04d}"
    reg = f"{R.randint(1, 9)}{pick(PLATE_REGION)}"
    third = pick(PLATE_LETTERS) if chance(0.75) else str(R.randint(0, 9))
    v = f"{reg}{third} {num}"
    style = R.choices(["plain", "compact", "lower", "dash"], weights=[7, 2, 1, 1])[0]
    if style == "compact":
        return v.replace(" ", "")
    if style == "lower":
        return v.lower()
    if style == "dash":
        return v.replace(" ", "-")
    return v


def plate_old() -> str:
    district = pick(
        [
            "BM",
            "BV",
            "PH",
            "PZ",
            "OV",
            "OP",
            "ZL",
            "HK",
            "CB",
            "KV",
            "UL",
            "JI",
            "TA",
            "PI",
            "KO",
            "MB",
            "NJ",
            "SU",
            "LB",
            "PU",
        ]
    )
    return f"{district}{pick(PLATE_LETTERS)} {R.randint(10, 99)}-{R.randint(0, 99):02d}"


def plate_sk() -> str:
    district = pick(["BA", "BL", "KE", "ZA", "NR", "TT", "TN", "PO", "BB", "MT", "PD", "SC"])
    return pick(
        [
            f"{district} {R.randint(100, 999)}{pick(PLATE_LETTERS)}{pick(PLATE_LETTERS)}",
            f"{district}-{R.randint(100, 999)}{pick(PLATE_LETTERS)}{pick(PLATE_LETTERS)}",
        ]
    )


def plate_spoken() -> str:
    d1, r1, r2 = R.randint(1, 9), pick(PLATE_REGION), pick(PLATE_LETTERS)
    num = f"{R.randint(1000, 9999)}"
    tail = digits_said(num) if chance(0.5) else f"{pair_said(num[:2])} {pair_said(num[2:])}"
    return f"{DIGIT[d1]} {LETTER_SAY[r1]} {LETTER_SAY[r2]} {tail}"


def postcode_value() -> str:
    v = FAKE.postcode()
    return v if chance(0.7) else v.replace(" ", "")


def postcode_spoken() -> str:
    v = FAKE.postcode().replace(" ", "")
    style = pick(["digits", "hundreds", "hundreds_pair", "pairs"])
    if style == "digits":
        return digits_said(v)
    if style == "hundreds":
        return f"{num_words(int(v[:3]))} {digits_said(v[3:])}"
    if style == "hundreds_pair":
        return f"{num_words(int(v[:3]))}, {pair_said(v[3:])}"
    return f"{digits_said(v[:3])}, {pair_said(v[3:])}"


# ---------------------------------------------------------------------------
# e-mails
# ---------------------------------------------------------------------------

FREE_MAIL = [
    "seznam.cz",
    "seznam.cz",
    "seznam.cz",
    "email.cz",
    "email.cz",
    "post.cz",
    "centrum.cz",
    "volny.cz",
    "atlas.cz",
    "tiscali.cz",
    "quick.cz",
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "outlook.com",
    "outlook.cz",
    "hotmail.com",
    "icloud.com",
    "yahoo.com",
    "azet.sk",
    "zoznam.sk",
    "post.sk",
    "gmx.de",
    "gmx.at",
    "proton.me",
    "wp.pl",
    "o2.pl",
    "me.com",
]
TRADE_WORDS = [
    "topenari",
    "instalaterstvi",
    "tzb",
    "vytapeni",
    "kotelny",
    "klimatizace",
    "solary",
    "tepelka",
    "plynoservis",
    "kominictvi",
    "termoservis",
    "teplospol",
    "energo",
    "stavby",
    "elektro",
    "reality",
    "spravadomu",
    "ucetnictvi",
    "autodilna",
    "strechy",
    "okna",
    "bytovedruzstvo",
    "svj",
    "projekce",
    "drevostavby",
    "zahrady",
    "pekarna",
    "truhlarstvi",
]
TLDS = ["cz"] * 9 + ["com"] * 3 + ["eu"] * 2 + ["sk"] * 2 + ["de", "org", "net", "info", "at", "pl"]
ROLE_LOCAL = [
    "info",
    "fakturace",
    "ucetni",
    "kancelar",
    "objednavky",
    "sekretariat",
    "provoz",
    "udrzba",
    "spravce",
    "predseda",
    "technik",
    "dispecink",
    "recepce",
    "obchod",
    "podatelna",
    "nakup",
    "hotline",
    "ekonom",
    "vedouci.provozu",
    "spravce.domu",
    "predseda.svj",
]


def town_slug() -> str:
    return slug(pick(_CS_ADDRESS.cities))[:12]


def company_domain(tld: str | None = None) -> str:
    last = slug(pick(list(_CS_PERSON.last_names_male) + RARE_LAST_M))
    w = pick(TRADE_WORDS)
    form = R.choices(
        ["w-l", "lw", "l-w", "w-town", "abbr", "l-a-syn", "wn", "ww"],
        weights=[4, 2, 3, 2, 2, 1, 1, 1],
    )[0]
    name = {
        "w-l": f"{w}-{last}",
        "lw": f"{last}{w}",
        "l-w": f"{last}-{w}",
        "w-town": f"{w}-{town_slug()}",
        "abbr": rand_str(R.randint(3, 4), string.ascii_lowercase),
        "l-a-syn": f"{last}-a-syn",
        "wn": f"{w}{R.randint(1, 99)}",
        "ww": f"{w}{pick([x for x in TRADE_WORDS if x != w])}",
    }[form]
    return f"{name}.{tld or pick(TLDS)}"


def email_local(person: Person | None) -> list[str]:
    """Local part as tokens; separators are '.', '-', '_' tokens."""
    p = person or Person(pick("mf"))
    first, last = slug(p.first), slug(p.last)
    yy = f"{R.randint(50, 99)}" if chance(0.6) else f"{R.randint(0, 9):02d}"
    n = str(pick([R.randint(1, 9), R.randint(10, 99), R.randint(1950, 2006)]))
    form = R.randint(0, 15)
    toks = {
        0: [first, ".", last],
        1: [last, ".", first],
        2: [first[0] + last],
        3: [first + last],
        4: [first, "_", last],
        5: [first, "-", last],
        6: [last + yy],
        7: [first, ".", last + yy],
        8: [last, ".", first[0]],
        9: [first[0], ".", last],
        10: [last, "_", first + n],
        11: [first + n],
        12: [first, ".", last, ".", n],
        13: [last + first[0]],
        14: [first, "-", last + n],
        15: [first[0], "_", last, yy],
    }[form]
    return [t for t in toks if t]


def email_tokens(person: Person | None = None, role: bool = False) -> tuple[list[str], str]:
    if role or (person is None and chance(0.12)):
        loc = pick(ROLE_LOCAL).split(".")
        local = []
        for i, part in enumerate(loc):
            local += ([] if i == 0 else ["."]) + [part]
        if chance(0.25):
            local += [
                pick(["-", "."]),
                pick(["brno", "praha", "ostrava", "jih", "2", "cz", "plzen"]),
            ]
        domain = company_domain()
        if chance(0.25):
            domain = pick(["mail", "office", "firma", "brno", "eu", "posta"]) + "." + domain
        return local, domain
    local = email_local(person)
    if chance(0.6):
        domain = pick(FREE_MAIL)
    else:
        domain = company_domain()
        if chance(0.2):
            domain = (
                pick(["mail", "post", "office", "student", "stud", "brno", "praha"]) + "." + domain
            )
    return local, domain


def email_written(
    person: Person | None = None, style: str | None = None, role: bool = False
) -> str:
    local, domain = email_tokens(person, role)
    loc = "".join(local)
    style = (
        style or R.choices(["plain", "cap", "upper", "ws", "capdom"], weights=[12, 2, 1, 2, 1])[0]
    )
    if style == "cap":
        loc = ".".join(x[:1].upper() + x[1:] for x in loc.split("."))
        return f"{loc}@{domain[:1].upper() + domain[1:] if chance(0.4) else domain}"
    if style == "upper":
        return f"{loc}@{domain}".upper()
    if style == "capdom":
        return f"{loc}@{domain[:1].upper()}{domain[1:]}"
    if style == "ws":
        return pick(
            [f"{loc} @ {domain}", f"{loc}@ {domain}", f"{loc} @{domain}", f"{loc} @ {domain}"]
        )
    return f"{loc}@{domain}"


def email_with_diacritics(person: Person | None = None) -> str:
    p = person or Person(pick("mf"))
    first, last = p.first.lower(), p.last.lower()
    local = pick(
        [
            f"{first}.{last}",
            f"{last}.{first}",
            f"{first}{last}",
            f"{first[0]}.{last}",
            f"{last}{R.randint(10, 99)}",
        ]
    )
    return f"{local}@{pick(FREE_MAIL)}"


TLD_SAY = {
    "cz": ["cz", "cz", "cé zet", "cézet"],
    "com": ["com", "kom", "com"],
    "eu": ["eu", "é ú"],
    "sk": ["sk", "es ká"],
    "de": ["de", "dé é"],
    "at": ["at", "á té"],
    "pl": ["pl", "pé el"],
    "org": ["org"],
    "net": ["net"],
    "info": ["info"],
    "me": ["me"],
}
AT_SAY = ["zavináč"] * 10 + ["zavinač", "zavináč", "at", "at", "et", "zavináček", "zavinac"]
DOT_SAY = ["tečka"] * 10 + ["tecka", "dot", "tečka"]


def say_chunk(tok: str, spelled: bool) -> str:
    out = []
    for part in re.findall(r"\d+|[^\W\d_]+", tok):
        if part.isdigit():
            if len(part) == 4 and chance(0.7):
                out.append(f"{pair_said(part[:2])} {pair_said(part[2:])}")
            elif len(part) <= 2 and part[0] != "0" and chance(0.7):
                out.append(num_words(int(part)))
            else:
                out.append(digits_said(part) if chance(0.6) else part)
        elif spelled:
            out.append(pick([" ", " ", "-"]).join(part))
        else:
            out.append(part)
    return " ".join(out)


def say_domain(domain: str, dot: str, drop_dots: bool = False) -> str:
    labels = domain.split(".")
    said = []
    for lab in labels[:-1]:
        parts = lab.split("-")
        said.append(
            f" {pick(['pomlčka', 'pomlčka', 'mínus', 'spojovník'])} ".join(
                say_chunk(x, False) for x in parts
            )
        )
    said.append(pick(TLD_SAY.get(labels[-1], [labels[-1]])))
    return (" " if drop_dots else f" {dot} ").join(said)


def email_spoken(person: Person | None = None, mode: str | None = None, role: bool = False) -> str:
    if person is None and not role and chance(0.88):
        person = Person(pick("mf"))
    local, domain = email_tokens(person, role)
    dot, at = pick(DOT_SAY), pick(AT_SAY)
    mode = (
        mode
        or R.choices(
            ["all", "drop_dots", "written_domain", "written_local", "spelled", "diacritics"],
            weights=[6, 2, 3, 2, 2, 1],
        )[0]
    )
    sep_say = {
        ".": dot,
        "-": pick(["pomlčka", "pomlčka", "spojovník", "mínus"]),
        "_": pick(["podtržítko", "podtržítko", "podtržení", "spodní podtržítko"]),
    }
    if mode == "written_local":
        return f"{''.join(local)} {at} {say_domain(domain, dot)}"
    toks = []
    for i, t in enumerate(local):
        if t in sep_say:
            toks.append(sep_say[t])
        else:
            toks.append(say_chunk(t, spelled=(mode == "spelled" and (i == 0 or chance(0.6)))))
    loc = " ".join(toks)
    if mode == "diacritics" and person is not None:
        loc = loc.replace(slug(person.last), person.last.lower()).replace(
            slug(person.first), person.first.lower()
        )
    if mode == "written_domain":
        dom = domain
    elif mode == "drop_dots":
        dom = say_domain(domain, dot, drop_dots=True)
        at = pick(["at", "zavináč", "et"])
    else:
        dom = say_domain(domain, dot)
    return f"{loc} {at} {dom}"


def email_spelled() -> str:
    """A whole e-mail spelled letter by letter (the domain said normally)."""
    local, domain = email_tokens(None)
    dot = pick(DOT_SAY)
    out = []
    for t in local:
        if t == ".":
            out.append(dot)
        elif t == "-":
            out.append("pomlčka")
        elif t == "_":
            out.append("podtržítko")
        else:
            out.append(" ".join(c.upper() if c.isalpha() else c for c in t))
    return f"{' '.join(out)} {pick(AT_SAY)} {say_domain(domain, dot)}"


# ---------------------------------------------------------------------------
# URLs
# ---------------------------------------------------------------------------

PATHS = [
    "faktury",
    "zakaznicka-zona",
    "muj-ucet",
    "servisni-zasah",
    "objednavky/detail",
    "reklamace/nova",
    "ke-stazeni/navody",
    "dotace/kotlikova",
    "cenik-2025",
    "kontakty",
    "prihlaseni",
    "platba",
    "sluzby/revize-kotlu",
    "cs/produkty/tepelna-cerpadla",
    "blog/jak-odvzdusnit-radiatory",
    "podpora/dotazy",
    "fotky",
    "sdilene",
    "rezervace",
    "mapa-pobocek",
    "portal/vyuctovani",
    "odecty/novy",
    "zakazky",
    "smlouvy/podpis",
    "kariera",
    "reference",
    "akce/sleva-na-servis",
    "cs/kontakt",
    "en/support",
]
QUERY_KEYS = [
    "id",
    "uid",
    "order",
    "token",
    "ref",
    "utm_source",
    "utm_medium",
    "lang",
    "p",
    "invoice",
    "key",
    "session",
    "zakazka",
    "v",
]
SHORTENERS = ["bit.ly", "tinyurl.com", "t.ly", "cutt.ly", "is.gd", "rb.gy", "shorturl.at", "s.id"]
SUBS = (
    ["www."] * 6
    + [""] * 4
    + [
        "portal.",
        "zakaznici.",
        "servis.",
        "moje.",
        "app.",
        "m.",
        "eshop.",
        "klient.",
        "online.",
        "cdn.",
    ]
)


def url_id() -> str:
    kind = pick(["num", "alnum", "hex", "uuidish"])
    if kind == "num":
        return str(R.randint(1000, 99999999))
    if kind == "alnum":
        return rand_str(R.randint(5, 12))
    if kind == "hex":
        return rand_str(R.randint(8, 16), "0123456789abcdef")
    return f"{rand_str(8, '0123456789abcdef')}-{rand_str(4, '0123456789abcdef')}-{rand_str(4, '0123456789abcdef')}"


def url_value(kind: str | None = None) -> str:
    kind = (
        kind
        or R.choices(
            ["site", "path", "id", "query", "short", "file", "share", "social", "fragment"],
            weights=[3, 4, 3, 3, 2, 1, 2, 1, 1],
        )[0]
    )
    scheme = R.choices(["https://", "http://", ""], weights=[5, 2, 5])[0]
    if kind == "short":
        host = pick(SHORTENERS) if chance(0.7) else pick(["go.", "q.", "s."]) + company_domain()
        return pick(["https://", "", ""]) + f"{host}/{rand_str(R.randint(5, 8))}"
    if kind == "share":
        v = pick(
            [
                f"uschovna.cz/zasilka/{rand_str(16, string.ascii_uppercase + string.digits)}-{rand_str(5, string.ascii_uppercase)}",
                f"ulozto.cz/file/{rand_str(12)}/fotky-kotel-zip",
                f"mapy.cz/s/{''.join(pick(['ha', 'me', 'lo', 'ju', 'bo', 'ke', 'pa', 'ru', 'zi', 'no', 'ge']) for _ in range(4))}",
                f"drive.google.com/file/d/{rand_str(28, string.ascii_letters + string.digits + '_-')}/view",
                f"onedrive.live.com/redir?resid={rand_str(16, '0123456789ABCDEF')}%21{R.randint(100, 999)}",
                f"www.dropbox.com/s/{rand_str(15, string.ascii_lowercase + string.digits)}/revize.pdf",
            ]
        )
        return pick(["https://", "", ""]) + v
    if kind == "social":
        p = Person(pick("mf"))
        v = pick(
            [
                f"facebook.com/{slug(p.first)}.{slug(p.last)}",
                f"www.facebook.com/{slug(p.first)}.{slug(p.last)}.{R.randint(1, 99)}",
                f"instagram.com/{slug(p.last)}_{slug(p.first)}",
                f"www.linkedin.com/in/{slug(p.first)}-{slug(p.last)}-{rand_str(6, '0123456789abcdef')}",
            ]
        )
        return pick(["https://", "", ""]) + v
    host = R.choices(SUBS)[0] + company_domain()
    if kind == "site":
        return scheme + host + pick(["", "", "/"])
    if kind == "path":
        return scheme + host + "/" + pick(PATHS) + pick(["", "", "/"])
    if kind == "id":
        return scheme + host + "/" + pick(PATHS) + "/" + url_id() + pick(["", "", "/"])
    if kind == "file":
        return (
            scheme
            + host
            + pick(
                [
                    f"/dokumenty/{R.randint(2022, 2025)}/faktura_{rand_str(2, string.ascii_uppercase)}{R.randint(1000, 99999)}.pdf",
                    f"/download/navod-{rand_str(6, string.ascii_lowercase + string.digits)}.pdf",
                    f"/files/protokol-{url_id()}.pdf",
                ]
            )
        )
    if kind == "fragment":
        return (
            scheme
            + host
            + "/"
            + pick(
                ["#/login", "#kontakt", f"app#/zakazka/{R.randint(1000, 99999)}", "cenik#servis"]
            )
        )
    keys = R.sample(QUERY_KEYS, R.randint(1, 3))
    q = "&".join(
        f"{k}={url_id() if chance(0.6) else pick(['sms', 'email', 'cz', 'qr', 'faktura', '1', '2'])}"
        for k in keys
    )
    return scheme + host + "/" + pick(PATHS + ["", "index.php", "login.aspx"]) + "?" + q


WWW_SAY = [
    "vé vé vé",
    "vé vé vé",
    "www",
    "www",
    "trojité vé",
    "tři vé",
    "dvojité vé dvojité vé dvojité vé",
]
SLASH_SAY = ["lomítko", "lomítko", "lomeno", "slash"]


def url_spoken() -> str:
    domain = company_domain(pick(["cz", "cz", "cz", "com", "eu", "sk", "info"]))
    dot = pick(DOT_SAY)
    style = R.choices(["full", "mixed", "drop"], weights=[6, 3, 1])[0]
    parts = []
    if chance(0.12):
        parts.append(
            pick(
                [
                    "há té té pé es dvojtečka lomítko lomítko",
                    "https dvojtečka dvě lomítka",
                    "http dvojtečka lomeno lomeno",
                ]
            )
        )
    if style == "mixed":
        parts.append(("www." if chance(0.6) else "") + domain)
    else:
        if chance(0.7):
            parts.append(f"{pick(WWW_SAY)} {dot}")
        parts.append(say_domain(domain, dot, drop_dots=(style == "drop")))
    if chance(0.7) or style == "mixed":
        for seg in pick(PATHS).split("/"):
            parts.append(
                pick(SLASH_SAY) + " " + seg.replace("-", pick([" pomlčka ", " mínus ", " "]))
            )
    return " ".join(parts)


# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------

ADJ_STREETS = [
    "Dlouhá",
    "Široká",
    "Krátká",
    "Úzká",
    "Nová",
    "Stará",
    "Polní",
    "Luční",
    "Lesní",
    "Horní",
    "Dolní",
    "Zahradní",
    "Nádražní",
    "Školní",
    "Sokolská",
    "Pražská",
    "Brněnská",
    "Vídeňská",
    "Jihlavská",
    "Olomoucká",
    "Hradecká",
    "Kostelní",
    "Farní",
    "Zámecká",
    "Tovární",
    "Cukrovarská",
    "Hřbitovní",
    "Rybářská",
    "Hasičská",
    "Vinařská",
    "Sadová",
    "Jasmínová",
    "Javorová",
    "Dubová",
    "Akátová",
    "Třešňová",
    "Meruňková",
    "Šeříková",
    "Kaštanová",
    "Ořechová",
    "Vřesová",
    "Slunná",
    "Tichá",
    "Strmá",
    "Příkrá",
    "Klidná",
    "Jarní",
    "Podzimní",
    "Severní",
    "Západní",
    "Průmyslová",
    "Družební",
    "Sídlištní",
]
POSSESSIVE_STREETS = [
    "Husova",
    "Žižkova",
    "Nerudova",
    "Riegrova",
    "Tyršova",
    "Fibichova",
    "Smetanova",
    "Dvořákova",
    "Janáčkova",
    "Bezručova",
    "Wolkerova",
    "Sládkova",
    "Heydukova",
    "Vančurova",
    "Čechova",
    "Hálkova",
    "Nezvalova",
    "Seifertova",
    "Purkyňova",
    "Mendelova",
    "Švermova",
    "Rooseveltova",
    "Wilsonova",
    "Hybešova",
    "Jungmannova",
    "Havlíčkova",
    "Rašínova",
    "Křižíkova",
    "Lipanská",
    "Erbenova",
    "Kollárova",
    "Mánesova",
]
GENITIVE_STREETS = [
    "Palackého",
    "Komenského",
    "Vrchlického",
    "Boženy Němcové",
    "Jana Masaryka",
    "Milady Horákové",
    "Kpt. Jaroše",
    "Dr. Edvarda Beneše",
    "Bratří Mrštíků",
    "Jana Želivského",
    "Jiřího z Poděbrad",
    "Otakara Březiny",
    "Josefa Suka",
    "28. října",
    "17. listopadu",
    "9. května",
    "1. máje",
    "Karla Čapka",
    "Jana Opletala",
    "Čs. legií",
    "Tomáše Bati",
    "Gen. Svobody",
    "Legionářů",
    "Bratří Čapků",
]
SQUARES = [  # (nominative, locative); the accusative is the nominative
    ("náměstí Míru", "náměstí Míru"),
    ("nám. Míru", "nám. Míru"),
    ("náměstí Republiky", "náměstí Republiky"),
    ("Masarykovo náměstí", "Masarykově náměstí"),
    ("Husovo náměstí", "Husově náměstí"),
    ("Jiráskovo nám.", "Jiráskově nám."),
    ("Palackého náměstí", "Palackého náměstí"),
    ("náměstí Svobody", "náměstí Svobody"),
    ("náměstí 5. května", "náměstí 5. května"),
    ("Horní náměstí", "Horním náměstí"),
    ("Dolní náměstí", "Dolním náměstí"),
    ("Mírové náměstí", "Mírovém náměstí"),
    ("Karlovo náměstí", "Karlově náměstí"),
    ("náměstí T. G. Masaryka", "náměstí T. G. Masaryka"),
    ("Tylovo náměstí", "Tylově náměstí"),
    ("nám. Přemysla Otakara II.", "nám. Přemysla Otakara II."),
]
AVENUES = [  # (nominative, locative, accusative)
    ("třída Svobody", "třídě Svobody", "třídu Svobody"),
    ("třída Míru", "třídě Míru", "třídu Míru"),
    ("tř. Tomáše Bati", "tř. Tomáše Bati", "tř. Tomáše Bati"),
    ("Vítězná třída", "Vítězné třídě", "Vítěznou třídu"),
    ("Masarykova třída", "Masarykově třídě", "Masarykovu třídu"),
    ("třída Generála Píky", "třídě Generála Píky", "třídu Generála Píky"),
    ("Národní třída", "Národní třídě", "Národní třídu"),
    ("třída 17. listopadu", "třídě 17. listopadu", "třídu 17. listopadu"),
    ("tř. Kosmonautů", "tř. Kosmonautů", "tř. Kosmonautů"),
]
EMBANKMENTS = [  # (nominative, locative); accusative = nominative
    ("nábřeží Svobody", "nábřeží Svobody"),
    ("Smetanovo nábřeží", "Smetanově nábřeží"),
    ("Masarykovo nábřeží", "Masarykově nábřeží"),
    ("nábřeží Kapitána Jaroše", "nábřeží Kapitána Jaroše"),
    ("Dvořákovo nábř.", "Dvořákově nábř."),
    ("nábřeží Závodu míru", "nábřeží Závodu míru"),
    ("Palackého nábřeží", "Palackého nábřeží"),
    ("Riegrovo nábřeží", "Riegrově nábřeží"),
]
PREP_STREETS = [
    "Na Příkopě",
    "U Nádraží",
    "U Nemocnice",
    "K Rybníku",
    "K Lomu",
    "Pod Lesem",
    "Pod Hradem",
    "Pod Skalkou",
    "Nad Stráněmi",
    "Nad Nádražím",
    "Za Školou",
    "Za Kostelem",
    "Za Mostem",
    "V Polích",
    "V Sadech",
    "Ve Vilách",
    "Na Hrázi",
    "Na Stráni",
    "Na Ohradě",
    "Na Bělidle",
    "Na Sklonku",
    "U Potoka",
    "U Hřbitova",
    "U Sokolovny",
    "U Rybníka",
    "U Kovárny",
    "U Parku",
    "Mezi Zahradami",
    "Ke Koupališti",
    "K Háji",
    "Na Hradbách",
    "Pod Vodojemem",
    "Nad Přehradou",
    "U Zastávky",
    "Na Louce",
    "Za Humny",
]
VILLAGES = [
    "Lhota",
    "Horní Lhota",
    "Nová Ves",
    "Dolní Újezd",
    "Kamenná",
    "Lhotka",
    "Bukovina",
    "Stará Ves",
    "Újezdec",
    "Podhradí",
    "Dvorce",
    "Lukavice",
    "Mokrá",
    "Vysoká",
    "Zálesí",
    "Babice",
    "Bílovice",
    "Petrovice",
    "Záhoří",
    "Kunčice",
    "Chlum",
    "Vranov",
    "Lhota u Vsetína",
    "Újezd u Brna",
    "Bystřice pod Lopeníkem",
    "Dolní Bojanovice",
    "Horní Bečva",
    "Velká Polom",
    "Malá Skalice",
    "Kostelec u Holešova",
    "Hrabová",
    "Řepiště",
    "Zbraslavice",
    "Těšetice",
]
TOWN_DISTRICTS = [
    "Brno-Líšeň",
    "Brno-Bystrc",
    "Brno-Židenice",
    "Ostrava-Poruba",
    "Ostrava-Zábřeh",
    "Plzeň-Bory",
    "Praha-Zbraslav",
    "Olomouc-Nová Ulice",
    "Liberec 1",
    "Ústí nad Labem-Střekov",
]
TOWNS_LOC = [  # (nominative, "v"-phrase) for towns said after an address, not labelled
    ("Brno", "v Brně"),
    ("Praha", "v Praze"),
    ("Ostrava", "v Ostravě"),
    ("Plzeň", "v Plzni"),
    ("Olomouc", "v Olomouci"),
    ("Liberec", "v Liberci"),
    ("Zlín", "ve Zlíně"),
    ("Jihlava", "v Jihlavě"),
    ("Kolín", "v Kolíně"),
    ("Tábor", "v Táboře"),
    ("Písek", "v Písku"),
    ("Třebíč", "v Třebíči"),
    ("Kladno", "na Kladně"),
    ("Opava", "v Opavě"),
    ("Hodonín", "v Hodoníně"),
    ("Přerov", "v Přerově"),
    ("Znojmo", "ve Znojmě"),
    ("Prostějov", "v Prostějově"),
    ("Chomutov", "v Chomutově"),
    ("Vsetín", "ve Vsetíně"),
]
_FAKER_STREETS = [s for s in _CS_ADDRESS.streets if not re.search(r"\s[IVX]+\.?$", s)]
PREPOSITIONS = (
    "Na ",
    "U ",
    "K ",
    "Ke ",
    "Pod ",
    "Nad ",
    "Za ",
    "V ",
    "Ve ",
    "Do ",
    "Před ",
    "Mezi ",
    "Při ",
    "O ",
    "Z ",
    "Ze ",
    "S ",
    "Se ",
    "Nám. ",
    "Náměstí ",
    "Nábřeží ",
)


def street_cases(s: str) -> tuple[str | None, str | None]:
    """(locative, accusative) of a one-word street, or None when it is not declined by rule."""
    if " " in s or "-" in s:
        return None, None
    if s.endswith("á"):
        return s[:-1] + "é", s[:-1] + "ou"
    if s.endswith("í") or s.endswith("ého") or s.endswith("ů"):
        return s, s
    if s.endswith(("ova", "ina")):
        return s[:-1] + "ě", s[:-1] + "u"
    return None, None


def street() -> tuple[str, str]:
    """(street, kind)."""
    kind = R.choices(
        ["faker", "adj", "poss", "gen", "square", "avenue", "emb", "prep"],
        weights=[8, 5, 4, 3, 3, 2, 1, 4],
    )[0]
    if kind == "faker":
        return pick(_FAKER_STREETS), kind
    if kind == "square":
        return pick(SQUARES)[0], kind
    if kind == "avenue":
        return pick(AVENUES)[0], kind
    if kind == "emb":
        return pick(EMBANKMENTS)[0], kind
    return pick(
        {
            "adj": ADJ_STREETS,
            "poss": POSSESSIVE_STREETS,
            "gen": GENITIVE_STREETS,
            "prep": PREP_STREETS,
        }[kind]
    ), kind


def house_no() -> str:
    kind = R.choices(
        ["small", "plain", "slash", "letter", "slash_letter", "big"], weights=[5, 4, 4, 1, 2, 1]
    )[0]
    if kind == "small":
        return str(R.randint(1, 80))
    if kind == "plain":
        return FAKE.building_number()
    if kind == "slash":
        return f"{R.randint(100, 3999)}/{R.randint(1, 90)}"
    if kind == "letter":
        return f"{R.randint(1, 150)}{pick('abc')}"
    if kind == "slash_letter":
        return f"{R.randint(100, 2999)}/{R.randint(1, 45)}{pick('abcd')}"
    return str(R.randint(1000, 4999))


def house_no_said() -> str:
    if chance(0.25):
        return f"{num_words(R.randint(100, 1999))} lomeno {num_words(R.randint(1, 40))}"
    return num_words(R.randint(1, 199))


def town() -> str:
    kind = R.choices(["faker", "praha", "district"], weights=[8, 1, 1])[0]
    if kind == "praha":
        return f"Praha {R.randint(1, 10)}"
    if kind == "district":
        return pick(TOWN_DISTRICTS)
    return pick(_CS_ADDRESS.cities)


def village() -> str:
    return pick(VILLAGES) if chance(0.6) else pick(_CS_ADDRESS.cities)


def maybe_lower(v: str) -> str:
    return v.lower() if chance(0.08) else v


# ---------------------------------------------------------------------------
# non-personal values (hard negatives and fillers)
# ---------------------------------------------------------------------------

BRANDS = [
    "Vaillant",
    "Viessmann",
    "Buderus",
    "Bosch",
    "Protherm",
    "Baxi",
    "Ariston",
    "Daikin",
    "Mitsubishi",
    "Panasonic",
    "Stiebel Eltron",
    "Thermona",
    "Dakon",
    "Junkers",
    "Immergas",
    "Nibe",
    "Regulus",
    "Atmos",
    "Geminox",
    "Hoval",
    "Wolf",
    "De Dietrich",
    "Brötje",
    "Master Therm",
    "Alpha Innotec",
]
MODELS = [
    "ecoTEC plus VU 246/5-5",
    "ecoTEC pro VUW 236/5-3",
    "Vitodens 200-W B2HF",
    "Vitocal 250-A",
    "Logamax plus GB192-25i",
    "Panther Condens 12 KTV",
    "Tiger Condens 24 KKZ",
    "Aquarea WH-SDC0509L3E5",
    "Altherma 3 H HT",
    "Ecodan PUHZ-SW75",
    "Therm 20 LXZ.A",
    "Luna Platinum+ 1.24",
    "Gepard Condens 25 MKV",
    "WPL 25 A",
    "Victrix Zeus 25",
    "Clas One 30",
    "GB172i-20 KD",
    "S1155-12",
    "aroTHERM plus VWL 75/6",
    "Condens 7000i W",
    "DUA PLUS 24",
    "DC 32 GSE",
    "BA 150/3",
    "CGB-2-20",
    "Kompakt HP 160 L",
]
ERRORS = [
    "F28",
    "F.75",
    "E 125",
    "A51",
    "E04",
    "F 22",
    "chyba 133",
    "E 9",
    "F.29",
    "L 36",
    "H 07",
    "EA 21",
    "E119",
    "F.62",
    "er 05",
    "A 12",
    "3H",
    "U4",
    "E7-1",
    "P 41",
    "F.86",
    "E 40",
]
WEEKDAYS = ["pondělí", "úterý", "středu", "čtvrtek", "pátek", "sobotu"]
V_WEEKDAYS = ["v pondělí", "v úterý", "ve středu", "ve čtvrtek", "v pátek"]


def _digits_look_personal(text: str) -> bool:
    """True when a run of digits in text is a checksum-valid personal number."""
    for m in re.finditer(r"\d[\d /-]*\d", text):
        d = re.sub(r"\D", "", m.group())
        if len(d) in (9, 10) and std_rc.is_valid(d):
            return True
        if len(d) == 8 and std_dic.is_valid(d):
            return True
        if len(d) >= 13 and std_luhn.is_valid(d):
            return True
        if len(d) == 9 and d[0] in "234567":
            return True  # reads like a phone number
    for m in re.finditer(r"(\d+(?:-\d+)?)/(\d{4})\b", text):
        if std_bankaccount.is_valid(m.group()):
            return True
    return False


def safe(fn):
    def inner():
        for _ in range(1000):
            v = fn()
            if not _digits_look_personal(v):
                return v
        raise RuntimeError(fn.__name__)

    return inner


def price() -> str:
    n = pick(
        [
            R.randint(4, 99) * 50,
            R.randint(10, 300) * 100,
            R.randint(100, 1999) * 10,
            R.randint(120, 999),
        ]
    )
    s = f"{n:,}".replace(",", " ") if chance(0.7) else str(n)
    return s + pick([" Kč", " korun", ",- Kč", " kč", " Kč bez DPH", " Kč s DPH", " CZK"])


def price_spoken() -> str:
    return num_words(R.randint(2, 99) * pick([10, 50, 100])) + pick(
        [" korun", " korun českých", " Kč"]
    )


def date() -> str:
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2020, 2026)
    return pick(
        [
            f"{d}. {m}. {y}",
            f"{d}.{m}.{y}",
            f"{d}. {m}.",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}. {m}. {y % 100}",
        ]
    )


def time_() -> str:
    h = R.randint(7, 18)
    return pick(
        [
            f"{h}:{pick(['00', '15', '30', '45'])}",
            f"{h} hodin",
            f"{h}.{pick(['00', '30'])}",
            f"{h}h",
        ]
    )


def time_range() -> str:
    h = R.randint(7, 15)
    return pick([f"{h}:00 a {h + 2}:00", f"{h}. a {h + 3}. hodinou", f"{h}.30 a {h + 2}.30"])


@safe
def vs() -> str:
    return str(R.randint(10**4, 10 ** pick([6, 7, 8, 10]) - 1))


@safe
def invoice() -> str:
    y = R.randint(2023, 2026)
    return pick(
        [
            f"FV-{y}-{R.randint(1, 99999):05d}",
            f"{y % 100}FV{R.randint(100, 99999)}",
            f"F{y}/{R.randint(1, 9999):04d}",
            f"VF{y}{R.randint(1000, 9999)}",
            f"{y}-{R.randint(1, 9999):04d}",
        ]
    )


@safe
def order() -> str:
    return pick(
        [
            f"OBJ-{R.randint(2024, 2026)}-{R.randint(100, 9999)}",
            f"ZAK-{R.randint(10000, 99999)}",
            f"{R.randint(1000, 99999)}",
            f"SO{R.randint(100000, 999999)}",
            f"Z{R.randint(24, 26)}-{R.randint(100, 999)}",
        ]
    )


@safe
def ticket() -> str:
    return pick(
        [
            f"#{R.randint(10000, 99999)}",
            f"REK-{R.randint(2024, 2026)}-{R.randint(1, 9999):04d}",
            f"T-{R.randint(10000, 99999)}",
            f"HD{R.randint(100000, 999999)}",
            f"SR {R.randint(1000, 9999)}",
        ]
    )


@safe
def serial() -> str:
    return pick(
        [
            f"SN{R.randint(10, 99)}-{R.randint(100000, 999999)}-{pick('ABCDK')}",
            f"S/N {R.randint(1000, 9999)}-{R.randint(1000, 9999)}-{R.randint(10, 99)}",
            f"{R.randint(21, 25)}{R.randint(10, 52)}{rand_str(6, string.ascii_uppercase + string.digits)}",
            f"{rand_str(3, string.ascii_uppercase)}{R.randint(1000000, 9999999)}",
        ]
    )


@safe
def contract() -> str:
    return pick(
        [
            f"SM-{R.randint(2019, 2026)}-{R.randint(1, 99999):05d}",
            f"SOD/{R.randint(2020, 2026)}/{R.randint(10, 999)}",
            f"{R.randint(10**9, 10**10 - 1)}",
        ]
    )


@safe
def partno() -> str:
    d = str(R.randint(10**9, 10**10 - 1))
    return pick(
        [
            f"{d[0]} {d[1:4]} {d[4:7]} {d[7:]}",
            f"00{d[:8]}",
            f"{d[:4]}.{d[4:7]}",
            f"{rand_str(2, string.ascii_uppercase)}-{d[:5]}",
        ]
    )


@safe
def custno() -> str:
    return pick(
        [
            f"ZC {R.randint(1000000, 9999999)}",
            f"Z-{R.randint(10000, 99999)}",
            f"{R.randint(10, 99)}-{R.randint(10000, 99999)}",
            f"K{R.randint(100000, 999999)}",
        ]
    )


def version() -> str:
    return pick(
        [
            f"{R.randint(1, 5)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
            f"v{R.randint(1, 3)}.{R.randint(0, 99):02d}",
            f"{R.randint(2023, 2026)}.{R.randint(1, 12)}",
        ]
    )


@safe
def meter() -> str:
    return pick(
        [
            f"{R.randint(1, 45)} {R.randint(0, 999):03d}",
            str(R.randint(100, 9999)),
            f"{R.randint(100, 9999)},{R.randint(0, 999):03d}",
        ]
    )


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------


class Ctx:
    def __init__(self):
        self.persons: dict[str, Person] = {}
        self.last: dict[str, list] = {}
        self.ico: str | None = None
        self.street: str | None = None

    def person(self, pid: str, nick: bool = False) -> Person:
        if pid not in self.persons:
            g = {"M": "m", "F": "f"}.get(pid[0]) or pick("mf")
            self.persons[pid] = Person(g, nick=nick)
        return self.persons[pid]


def L(text: str, typ: str | None) -> list:
    return [(text, typ)]


def s_addr(ctx) -> list:
    st, _ = street()
    ctx.street = st
    return L(maybe_lower(f"{st} {house_no()}"), "ADDRESS")


def s_addr_same(ctx) -> list:
    st = ctx.street or street()[0]
    return L(f"{st} {house_no()}", "ADDRESS")


def s_addr_town(ctx) -> list:
    st, _ = street()
    sep = R.choices([", ", " "], weights=[8, 2])[0]
    return L(maybe_lower(f"{st} {house_no()}{sep}{town()}"), "ADDRESS")


def s_addr_full(ctx) -> list:
    st, _ = street()
    core = f"{st} {house_no()}"
    psc = postcode_value()
    form = R.choices(
        ["psc_town", "town_psc", "psc_comma_town", "psc_word", "nocomma"], weights=[8, 2, 2, 1, 1]
    )[0]
    v = {
        "psc_town": f"{core}, {psc} {town()}",
        "town_psc": f"{core}, {town()} {psc}",
        "psc_comma_town": f"{core}, {psc}, {town()}",
        "psc_word": f"{core}, PSČ {psc}, {town()}",
        "nocomma": f"{core} {psc} {town()}",
    }[form]
    return L(maybe_lower(v), "ADDRESS")


def s_addr_tf(ctx) -> list:
    """Town first: "Kolín, Pražská 112"."""
    st, _ = street()
    t = town()
    v = pick(
        [
            f"{t}, {st} {house_no()}",
            f"{t}, {st} {house_no()}",
            f"{postcode_value()} {t}, {st} {house_no()}",
        ]
    )
    return L(maybe_lower(v), "ADDRESS")


def s_addr_cp(ctx) -> list:
    st, _ = street()
    cp = pick(["č. p.", "čp.", "č.p.", "číslo popisné", "č. p."])
    v = f"{st} {cp} {R.randint(1, 3999)}"
    if chance(0.4):
        v += f", {town()}"
    return L(v, "ADDRESS")


def s_addr_village(ctx) -> list:
    v = village()
    n = str(R.randint(1, 450))
    form = R.choices(
        ["plain", "cp", "cp2", "cislo", "ev", "psc", "psc_post"], weights=[5, 3, 2, 1, 1, 2, 1]
    )[0]
    out = {
        "plain": f"{v} {n}",
        "cp": f"{v} č. p. {n}",
        "cp2": f"{v} čp. {n}",
        "cislo": f"{v} číslo {n}",
        "ev": f"{v} č. ev. {n}",
        "psc": f"{v} {n}, {postcode_value()}",
        "psc_post": f"{v} {n}, {postcode_value()} {pick(_CS_ADDRESS.cities)}",
    }[form]
    return L(maybe_lower(out), "ADDRESS")


def s_addr_words(ctx) -> list:
    st, _ = street()
    v = f"{st} {house_no_said()}"
    if chance(0.35):
        v += f", {town()}"
    return L(v, "ADDRESS")


def s_addr_split(ctx) -> list:
    st, _ = street()
    num = house_no() if chance(0.6) else house_no_said()
    filler = pick(
        [
            ", ehm, ",
            " číslo, no, ",
            ", to je, ",
            " ... ",
            ", počkejte, ",
            " eee ",
            ", moment, ",
            " no ",
        ]
    )
    v = f"{st}{filler}{num}"
    if chance(0.3):
        v += f", {town()}"
    return L(v, "ADDRESS")


def s_addr_ulice(ctx) -> list:
    st = pick(
        ADJ_STREETS
        + POSSESSIVE_STREETS
        + GENITIVE_STREETS
        + [s for s in _FAKER_STREETS if " " not in s]
    )
    num = house_no() if chance(0.7) else house_no_said()
    return [
        ("ulice ", None),
        (f"{st}{pick([' číslo ', ', číslo ', ' č. ', ', '])}{num}", "ADDRESS"),
    ]


def v_(word: str) -> str:
    """The preposition "v" before a word ("ve" before v/f)."""
    return "ve " if word[:1].lower() in "vf" else "v "


def s_addr_loc(ctx) -> list:
    """Locative with its preposition outside the span: "v Dlouhé ulici 12", "na Husově 5"."""
    n = house_no()
    kind = R.choices(
        ["adj", "poss", "gen", "square", "avenue", "emb", "prep", "faker"],
        weights=[5, 5, 2, 3, 2, 1, 3, 3],
    )[0]
    if kind == "adj":
        st = pick(ADJ_STREETS)
        loc, _ = street_cases(st)
        return [
            (pick([v_(loc), v_(loc), "na "]), None),
            (maybe_lower(f"{loc} {pick(['ulici ', ''])}{n}"), "ADDRESS"),
        ]
    if kind == "poss":
        st = pick(POSSESSIVE_STREETS)
        loc, _ = street_cases(st)
        if loc is None:
            return [("v ulici ", None), (f"{st} {n}", "ADDRESS")]
        return [
            (pick(["na ", v_(loc), v_(loc)]), None),
            (maybe_lower(f"{loc} {pick(['ulici ', '', ''])}{n}"), "ADDRESS"),
        ]
    if kind == "gen":
        st = pick(GENITIVE_STREETS)
        return [(pick(["v ulici ", v_(st), "na "]), None), (f"{st} {n}", "ADDRESS")]
    if kind == "square":
        nom, loc = pick(SQUARES)
        return [("na ", None), (maybe_lower(f"{loc} {n}"), "ADDRESS")]
    if kind == "avenue":
        nom, loc, acc = pick(AVENUES)
        return [("na ", None), (f"{loc} {n}", "ADDRESS")]
    if kind == "emb":
        nom, loc = pick(EMBANKMENTS)
        return [("na ", None), (f"{loc} {n}", "ADDRESS")]
    if kind == "prep":
        return [
            (pick(["v ulici ", "v ulici ", "na adrese "]), None),
            (maybe_lower(f"{pick(PREP_STREETS)} {n}"), "ADDRESS"),
        ]
    st = pick(_FAKER_STREETS)
    loc, _ = street_cases(st)
    if loc is None or st.startswith(PREPOSITIONS):
        return [("v ulici ", None), (f"{st} {n}", "ADDRESS")]
    return [(pick([v_(loc), "na "]), None), (f"{loc} {n}", "ADDRESS")]


def s_addr_loc_town(ctx) -> list:
    """Locative address followed by a town in the locative (the town is outside the span)."""
    segs = s_addr_loc(ctx)
    return segs + [(" " + pick(TOWNS_LOC)[1], None)]


def s_addr_acc(ctx) -> list:
    """Direction, accusative: "na Husovu 12", "na Dlouhou 5", "na náměstí Míru 3"."""
    n = house_no()
    kind = R.choices(
        ["adj", "poss", "square", "avenue", "prep", "gen"], weights=[5, 5, 3, 2, 3, 2]
    )[0]
    if kind in ("adj", "poss"):
        st = pick(ADJ_STREETS if kind == "adj" else POSSESSIVE_STREETS)
        _, acc = street_cases(st)
        if acc is None:
            return [("do ulice ", None), (f"{st} {n}", "ADDRESS")]
        return [("na ", None), (maybe_lower(f"{acc} {n}"), "ADDRESS")]
    if kind == "square":
        return [("na ", None), (f"{pick(SQUARES)[0]} {n}", "ADDRESS")]
    if kind == "avenue":
        return [("na ", None), (f"{pick(AVENUES)[2]} {n}", "ADDRESS")]
    if kind == "prep":
        return [
            (pick(["do ulice ", "na adresu "]), None),
            (maybe_lower(f"{pick(PREP_STREETS)} {n}"), "ADDRESS"),
        ]
    return [
        (pick(["do ", "na ", "na adresu "]), None),
        (f"{pick(GENITIVE_STREETS)} {n}", "ADDRESS"),
    ]


def s_addr_any(ctx) -> list:
    fn = R.choices(
        [s_addr, s_addr_town, s_addr_full, s_addr_tf, s_addr_village, s_addr_cp],
        weights=[4, 3, 4, 1, 2, 1],
    )[0]
    return fn(ctx)


def s_ico(ctx) -> list:
    ctx.ico = ctx.ico or gen_ico()
    return L(ico_form(ctx.ico), "ICO")


def s_dic_ico(ctx) -> list:
    ctx.ico = ctx.ico or gen_ico()
    return L(pick(["CZ", "CZ", "CZ", "cz", "CZ "]) + ctx.ico, "DIC")


def s_dic(ctx) -> list:
    if chance(0.3):
        return L(pick(["CZ", "CZ", "cz"]) + gen_rc(), "DIC")
    return L(pick(["CZ", "CZ", "cz", "CZ "]) + gen_ico(), "DIC")


def s_ico_words(ctx) -> list:
    v = gen_ico()
    return L(
        pick([digits_said(v), f"{group_said(v[:3])}, {pair_said(v[3:5])}, {group_said(v[5:])}"]),
        "ICO",
    )


SLOTS = {
    # e-mail
    "email": lambda c: L(email_written(style="plain"), "EMAIL"),
    "email_any_w": lambda c: L(email_written(), "EMAIL"),
    "email_sp": lambda c: L(email_spoken(), "EMAIL"),
    "email_any": lambda c: L(email_spoken() if chance(0.4) else email_written(), "EMAIL"),
    "email_ws": lambda c: L(email_written(style="ws"), "EMAIL"),
    "email_cap": lambda c: L(email_written(style=pick(["cap", "capdom"])), "EMAIL"),
    "email_upper": lambda c: L(email_written(style="upper"), "EMAIL"),
    "email_role": lambda c: L(
        email_written(role=True, style=pick(["plain", "plain", "ws", "capdom"]))
        if chance(0.7)
        else email_spoken(role=True),
        "EMAIL",
    ),
    "email_co": lambda c: L(
        email_written(Person(pick("mf")), style="plain").split("@")[0] + "@" + company_domain(),
        "EMAIL",
    ),
    "email_spell": lambda c: L(
        email_spelled() if chance(0.6) else email_spoken(mode="spelled"), "EMAIL"
    ),
    "email_diac": lambda c: L(email_with_diacritics(), "EMAIL"),
    "email_drop": lambda c: L(email_spoken(mode="drop_dots"), "EMAIL"),
    # URL
    "url": lambda c: L(url_value(), "URL"),
    "url_sp": lambda c: L(url_spoken(), "URL"),
    "url_any": lambda c: L(url_spoken() if chance(0.3) else url_value(), "URL"),
    "url_short": lambda c: L(url_value("short"), "URL"),
    "url_path": lambda c: L(url_value(pick(["path", "id", "file", "share"])), "URL"),
    "url_query": lambda c: L(url_value("query"), "URL"),
    "url_bare": lambda c: L(company_domain() if chance(0.7) else "www." + company_domain(), "URL"),
    "url_www": lambda c: L(
        pick(["www.", "WWW.", "www.", "Www."])
        + company_domain()
        + pick(["", "", "/" + pick(PATHS)]),
        "URL",
    ),
    "url_social": lambda c: L(url_value("social"), "URL"),
    # address and postcode
    "addr": s_addr,
    "addr_same": s_addr_same,
    "addr_town": s_addr_town,
    "addr_full": s_addr_full,
    "addr_tf": s_addr_tf,
    "addr_cp": s_addr_cp,
    "addr_village": s_addr_village,
    "addr_words": s_addr_words,
    "addr_split": s_addr_split,
    "addr_ulice": s_addr_ulice,
    "addr_loc": s_addr_loc,
    "addr_loc_town": s_addr_loc_town,
    "addr_acc": s_addr_acc,
    "addr_any": s_addr_any,
    "psc": lambda c: L(postcode_value(), "POSTAL_CODE"),
    "psc_sp": lambda c: L(postcode_spoken(), "POSTAL_CODE"),
    "psc_any": lambda c: L(postcode_spoken() if chance(0.3) else postcode_value(), "POSTAL_CODE"),
    # numbers
    "phone": lambda c: L(phone_form(phone_digits()), "PHONE"),
    "phone_sp": lambda c: L(phone_spoken(), "PHONE"),
    "phone_sk": lambda c: L(phone_sk(), "PHONE"),
    "iban": lambda c: L(iban_form(iban_cz()), "IBAN"),
    "iban_sk": lambda c: L(iban_form(iban_sk()), "IBAN"),
    "acct": lambda c: L(account_value(), "BANK_ACCOUNT"),
    "acct_sp": lambda c: L(account_spoken() if chance(0.6) else account_value(), "BANK_ACCOUNT"),
    "rc": lambda c: L(rc_form(gen_rc()), "BIRTH_NUMBER"),
    "rc_m": lambda c: L(rc_form(gen_rc("m")), "BIRTH_NUMBER"),
    "rc_f": lambda c: L(rc_form(gen_rc("f")), "BIRTH_NUMBER"),
    "rc_sp": lambda c: L(rc_spoken(gen_rc()), "BIRTH_NUMBER"),
    "rc_old": lambda c: L(rc_form(gen_rc(old=True)), "BIRTH_NUMBER"),
    "rc_old_f": lambda c: L(rc_form(gen_rc("f", old=True)), "BIRTH_NUMBER"),
    "ico": s_ico,
    "ico_words": s_ico_words,
    "dic": s_dic,
    "dic_ico": s_dic_ico,
    "dic_rc": lambda c: L(pick(["CZ", "CZ", "cz"]) + gen_rc(), "DIC"),
    "card": lambda c: L(card_form(gen_card()), "CARD"),
    "card_sp": lambda c: L(
        card_spoken(gen_card()) if chance(0.6) else card_form(gen_card()), "CARD"
    ),
    "card_amex": lambda c: L(card_form(gen_card("amex")), "CARD"),
    "plate": lambda c: L(plate_value(), "PLATE"),
    "plate_sp": lambda c: L(plate_spoken(), "PLATE"),
    "plate_old": lambda c: L(plate_old(), "PLATE"),
    "plate_sk": lambda c: L(plate_sk(), "PLATE"),
    "vname": lambda c: L(vietnamese_name(), "NAME"),
    # not personal
    "town": lambda c: L(town(), None),
    "price": lambda c: L(price(), None),
    "price_sp": lambda c: L(price_spoken(), None),
    "date": lambda c: L(date(), None),
    "time": lambda c: L(time_(), None),
    "time_range": lambda c: L(time_range(), None),
    "weekday": lambda c: L(pick(WEEKDAYS), None),
    "v_weekday": lambda c: L(pick(V_WEEKDAYS), None),
    "inv": lambda c: L(invoice(), None),
    "order": lambda c: L(order(), None),
    "ticket": lambda c: L(ticket(), None),
    "serial": lambda c: L(serial(), None),
    "model": lambda c: L(pick(MODELS), None),
    "brand": lambda c: L(pick(BRANDS), None),
    "err": lambda c: L(pick(ERRORS), None),
    "temp": lambda c: L(str(R.randint(35, 75)), None),
    "troom": lambda c: L(str(R.randint(14, 24)), None),
    "bar": lambda c: L(
        pick(["0,8", "1,2", "1,5", "2", "2,5", "0,5", "1,8", "1,1", "2,8", "0,3"]), None
    ),
    "kw": lambda c: L(str(pick([4, 5, 7, 8, 9, 10, 12, 16, 18, 24, 28, 35])), None),
    "amp": lambda c: L(str(pick([16, 20, 25, 32, 40])), None),
    "litres": lambda c: L(str(pick([80, 100, 120, 160, 200, 300])), None),
    "kwh": lambda c: L(f"{R.randint(2, 25)} {R.randint(0, 999):03d}", None),
    "meter": lambda c: L(meter(), None),
    "pct": lambda c: L(str(R.randint(3, 60)), None),
    "ver": lambda c: L(version(), None),
    "partno": lambda c: L(partno(), None),
    "contract": lambda c: L(contract(), None),
    "custno": lambda c: L(custno(), None),
    "vs": lambda c: L(vs(), None),
    "n": lambda c: L(str(R.randint(2, 9)), None),
    "mm": lambda c: L(f"{R.randint(1, 12):02d}", None),
    "yy": lambda c: L(str(R.randint(26, 31)), None),
    "last4": lambda c: L(f"{R.randint(0, 9999):04d}", None),
    "flat": lambda c: L(str(R.randint(1, 60)), None),
    "v_town": lambda c: L(pick(TOWNS_LOC)[1], None),
}

SLOT_RE = re.compile(r"\{([^{}]+)\}")


def render_person(key: str, ctx: Ctx) -> list:
    pid, _, rest = key.partition(".")
    p = ctx.person(pid, nick=rest == "nick")
    if rest.startswith("g:"):
        male, female = rest[2:].split("|")
        return L(male if p.gender == "m" else female, None)
    what, _, case = rest.partition(".")
    if what in ("pan", "Pan"):
        v = PAN[p.gender][case]
        return L(v.capitalize() if what == "Pan" else v, None)
    if what == "first":
        return L(p.df[case], "NAME")
    if what == "last":
        return L(p.dl[case], "NAME")
    if what == "full":
        return L(p.full(case), "NAME")
    if what == "lf":  # "Nováková Jana", as on forms
        return L(f"{p.last} {p.first}", "NAME")
    if what == "nick":
        return L({**NICK_M, **NICK_F}[p.first], "NAME")
    if what == "spell":
        return L(spell(p.first if case == "first" else p.last), "NAME")
    if what == "rc":
        return L(rc_form(gen_rc(p.gender)), "BIRTH_NUMBER")
    if what == "email":
        return L(email_written(p), "EMAIL")
    if what == "email_sp":
        return L(email_spoken(p), "EMAIL")
    raise KeyError(key)


def render(template: str) -> list:
    ctx = Ctx()
    segs = []
    pos = 0
    for m in SLOT_RE.finditer(template):
        if m.start() > pos:
            segs.append((template[pos : m.start()], None))
        key = m.group(1)
        if re.match(r"[PMF]\d\.", key):
            out = render_person(key, ctx)
        elif key.endswith("="):
            out = list(ctx.last[key[:-1]])
        else:
            out = SLOTS[key](ctx)
            ctx.last[key] = out
        segs.extend(out)
        pos = m.end()
    if pos < len(template):
        segs.append((template[pos:], None))
    return segs


FILLERS = [
    "no, ",
    "takže ",
    "ehm, ",
    "jo, ",
    "no takže ",
    "hm, ",
    "no jo, ",
    "tak ",
    "dobře, ",
    "aha, ",
    "no a ",
    "eee, ",
]
FILLER_RE = re.compile(r"^(no|takže|takze|ehm|jo|hm|tak|dobře|dobre|aha|eee)\b", re.IGNORECASE)


def stylise(segs: list) -> list:
    """Whisper-like surface: all lower case, no diacritics, or lower-cased values; a filler."""
    style = R.choices(
        ["orig", "lower", "nodiac", "lower_nodiac", "pii_lower"], weights=[52, 22, 8, 10, 8]
    )[0]
    out = []
    for text, typ in segs:
        if style in ("lower", "lower_nodiac") or (
            style == "pii_lower" and typ in ("NAME", "ADDRESS", "EMAIL", "URL")
        ):
            text = text.lower()
        if style in ("nodiac", "lower_nodiac"):
            text = strip_diacritics(text)
        out.append((text, typ))
    first, first_typ = out[0]
    if chance(0.2) and not FILLER_RE.match(first):
        f = pick(FILLERS)
        if first_typ is None and first[:1].isupper() and first[1:2].islower():
            out[0] = (first[0].lower() + first[1:], None)
        if style in ("nodiac", "lower_nodiac"):
            f = strip_diacritics(f)
        if style in ("orig", "nodiac", "pii_lower"):
            f = f[:1].upper() + f[1:]
        out.insert(0, (f, None))
    return out


def norm_key(text: str) -> str:
    t = strip_diacritics(text).lower()
    return re.sub(r"^((no|takze|ehm|jo|hm|tak|dobre|aha|eee|a)[ ,]+)+", "", t)


# ---------------------------------------------------------------------------
# templates, group D -> dev3.jsonl
# ---------------------------------------------------------------------------

POS_D = {
    "EMAIL": [
        "Fakturační e-mail změňte prosím na {email}, ten starý už nepoužívám.",
        "no tak ten mail je {email_sp}, to je celé.",
        "Já vám to nadiktuju: {email_sp}. Máte to?",
        "E-mail máme společný s manželem, {email_ws}, tam to posílejte.",
        "Protokol z opravy mi nedošel, kontrolovala jsem {email_any_w} i spam.",
        "Mejl {email_cap}, s velkým písmenem na začátku, ale to je asi jedno.",
        "Pište na {email_role}, to čte celá kancelář.",
        "Můžete mi poslat kopii faktury {inv} na {email}?",
        "Jo, {P1.email_sp}, a jméno je {P1.full.nom}.",
        "Máte tam chybu v mailu, není to {email}, ale {email_any}.",
        "Kontaktní e-mail na správce domu je {email_any}, {P1.pan.nom} {P1.last.nom}.",
        "tak to hláskuju: {email_spell}.",
        "Nabídku na tepelné čerpadlo pošlete na {email}, a kopii na {email_sp}, to je syn.",
        "Ten mail, co jste mi poslali z {email_role}, mi spadl do hromadné pošty.",
        "Moje adresa je {email_ws}, píšu to i do poznámky objednávky {order}.",
        "Účtenku posílejte na {email_diac}, bez háčků samozřejmě.",
        "Zopakuju: {email}, ano? Ano, {email=}.",
        "Z práce mám mail {email_co}, ale soukromě radši {email_any_w}.",
        "adresa pro elektronickou fakturaci {email_drop}, to je všechno malými.",
        "Napsala jsem vám z {email_upper} a nikdo mi neodpověděl!",
        "Jestli máte kam psát, tak {email_sp}, a do předmětu dejte číslo zakázky.",
    ],
    "URL": [
        "Na {url}, tam je to v sekci ke stažení.",
        "Poslali jste mi odkaz {url_query} a hlásí to chybu čtyři sta čtyři.",
        "Ceník revizí jsem našel na {url_sp}.",
        "V esemesce byl krátký odkaz {url_short}, nevím, jestli je to od vás.",
        "Fotky kotle najdete tady: {url_path}.",
        "Web té firmy je {url_bare}, oni nám to instalovali.",
        "Můžete se podívat na {url_www}? Tam píšou něco jiného než vy.",
        "Technik mi nechal papírek s adresou {url_sp}, prý tam je návod.",
        "Platbu jsem dělal přes {url}, a peníze odešly dvakrát.",
        "otevřete si {url_any} a tam zadáte číslo zakázky {order}.",
        "Přesměrovalo mě to z {url} na {url}, a pak nic.",
        "Podklady k dotaci mám nahrané na {url_path}, heslo vám řeknu po telefonu.",
        "Ta stránka {url}. Ta se mi vůbec nenačte.",
        "Recenze na vás je na {url_www}, nic hezkého.",
        "Odkaz na videohovor s technikem: {url_query}.",
        "Poloha chaty je na {url_path}, cesta tam vede přes les.",
        "Na mém profilu {url_social} jsou fotky toho zatečeného stropu.",
    ],
    "ADDR": [
        "Adresa odběrného místa je {addr_full}.",
        "Bydlím {addr_loc}, ve třetím patře, zvonek je podepsaný.",
        "Technik ať přijede {addr_acc}, tam je ten kotel.",
        "Přestěhovali jsme se, nová adresa: {addr_town}.",
        "no {addr}, poznáte to podle zelené fasády.",
        "Chata je {addr_village}, tam je to tepelné čerpadlo.",
        "Fakturační adresa {addr_full}, doručovací stejná.",
        "Číslo popisné, jo: {addr_cp}.",
        "Máme to {addr_loc} a vjezd je zezadu ze dvora.",
        "Kotel je v domě mojí mámy, {addr_tf}.",
        "Posílejte to na {addr_full}, do schránky.",
        "Adresa je {addr_words}, to je řadovka.",
        "{addr_ulice}, ale ten dům je vzadu ve dvoře.",
        "Z adresy {addr} jsme se odstěhovali, teď bydlíme {addr_loc}.",
        "Kotel u rodičů je v obci {addr_village}, já sám bydlím {addr_loc_town}.",
        "Sídlo firmy je {addr_full}, provozovna je jinde.",
        "Na faktuře máte {addr}, ale správně je {addr_same}.",
        "Napište si {addr_split}, před domem je garáž.",
        "Adresa instalace: {addr_tf}, druhý vchod.",
        "Tak to je {addr_town}, byt číslo {flat}.",
        "Revizi komína potřebujeme {addr_loc}, je to starý činžák.",
        "Mám tam napsané {addr_full} a to je adresa předchozího majitele.",
        "dodací adresa {addr_any}, prosím.",
        "Přijeďte prosím {addr_acc}, parkovat můžete na ulici.",
        "Kotelna je {addr_loc_town}, klíče má domovník.",
        "Bydlíme {addr_loc} a máme tam pořád studené radiátory.",
    ],
    "PSC": [
        "PSČ je {psc}, ulici vám napíšu do mailu.",
        "poštovní směrovací číslo {psc_sp}.",
        "Je to {town}, {psc}.",
        "Pro dotazník potřebujeme jen PSČ. Jo, {psc}.",
        "Spadáme pod poštu {psc}, tam si to vyzvedávám.",
        "psč {psc_any}, a město {town}.",
        "Vaše firma tam nejezdí? My jsme {psc}, to je kousek za městem.",
        "Směrovací číslo {psc}, obec {town}.",
        "Nevím, jestli je to {psc} nebo {psc}, přestěhovali jsme se nedávno.",
        "pé es čé {psc_sp}, jo.",
        "Zadala jsem PSČ {psc_any} a e-shop mi napsal, že tam nedoručujete.",
    ],
    "NAME": [
        "Dobrý den, tady je {P1.full.nom}, potřebuju objednat servis.",
        "Mluvím s {P1.pan.ins} {P1.last.ins}? Dobře, tady dispečink.",
        "Smlouva je napsaná na {P1.g:manžela|manželku}, {P1.full.acc}.",
        "Jmenuju se {P1.first.nom}, příjmení hláskuju {P1.spell.last}.",
        "Technik {M1.first.nom} byl skvělý, vyřiďte mu to.",
        "{M1.Pan.voc} {M1.last.voc}, ten kotel vám dnes nespustím, chybí díl.",
        "Volám za {P1.g:tatínka|maminku}, {P1.full.acc}, {P1.g:on|ona} špatně slyší.",
        "Ing. {P1.full.nom} z projekce mi říkal{P1.g:|a}, že to schválíte.",
        "Od {P1.pan.gen} {P1.last.gen} z vaší firmy jsem dostal jinou cenu.",
        "{M1.nick}, teda {M1.full.nom}, to je můj syn, ten tam bude.",
        "Zákaznice {F1.lf}, číslo smlouvy {contract}.",
        "Předávám {F1.first.dat}, ona to ví líp.",
        "Kolegyně {F1.full.nom} vám zavolá zpátky.",
        "Tady {P1.first.nom}, dobrý den, jsem {P1.g:vnuk|vnučka} {P2.pan.gen} {P2.last.gen}.",
        "{P1.first.voc}, pojď sem, ptají se na ten kotel!",
        "Soused {M1.last.nom} mi doporučil vaši firmu.",
        "Prosím vás, jak se jmenoval ten technik? {M1.last.nom}? Ne, {M2.last.nom}.",
        "Pan {vname} z večerky vedle má taky váš kotel.",
        "jmenuju se {P1.full.nom}, hláskuju {P1.spell.last}, jde o tu fakturu.",
        "To vyřizovala {F1.pan.nom} {F1.last.nom}, s ní jsem to měl domluvené.",
    ],
    "PHONE": [
        "Zavolejte mi na {phone}, jsem celý den v práci, ale to vezmu.",
        "číslo je {phone_sp}.",
        "Náhradní kontakt je manžel, {phone}.",
        "Technik ať se ozve na {phone}, domovní zvonek nefunguje.",
        "To číslo {phone} už nemám, nové je {phone}.",
        "Slovenské číslo, {phone_sk}, tady jsem jen přes týden.",
        "Pevná linka do kanceláře {phone}, mobil radši ne.",
        "SMS o příjezdu technika posílejte na {phone}.",
        "{P1.first.nom} má číslo {phone_sp}, volejte {P1.g:mu|jí} až po šesté.",
    ],
    "IBAN": [
        "Vratku přeplatku chci na {iban}.",
        "Platím ze zahraničí, takže vám dám IBAN, {iban}.",
        "IBAN {iban}, majitel {P1.full.nom}.",
        "Na slovenský účet, IBAN {iban_sk}, jinak to nejde.",
        "Do formuláře jsem napsala IBAN {iban}, jestli to stačí.",
        "Pošlete to prosím na {iban}, je to účet mé dcery.",
        "Iban je {iban}, swift vám nevím.",
        "Zálohy budu platit z {iban}, trvalý příkaz už je nastavený.",
    ],
    "ACCT": [
        "Číslo účtu pro vratku je {acct}.",
        "Platil jsem z účtu {acct}, ale ta platba se nespárovala.",
        "Inkaso povolím z účtu {acct}, limit pět tisíc.",
        "účet {acct_sp}.",
        "Peníze pošlete na {acct}, to je účet manželky.",
        "Změna účtu pro zálohy: z {acct} na {acct}.",
        "Mám tam účet {acct} a variabilní symbol {vs}.",
        "Majitel účtu je {P1.full.nom}, číslo {acct}.",
    ],
    "RC": [
        "Rodné číslo {rc}, to je kvůli smlouvě na plyn.",
        "rodné číslo mám {rc_sp}.",
        "Tatínek je starší pán, rodné číslo má ještě krátké, {rc_old}.",
        "Do žádosti o dotaci jsem napsala rodné číslo {rc_f}.",
        "Ověřím si vás. Rodné číslo? {rc}. Děkuju.",
        "Na smlouvě je rodné číslo {P1.rc} a jméno {P1.full.nom}.",
        "Rodné číslo manželky {rc_f}, moje {rc_m}.",
        "Máte tam překlep, rodné číslo je {rc}, ne {rc}.",
    ],
    "ICODIC": [
        "Fakturujte na firmu, IČO {ico}, DIČ {dic_ico}.",
        "ičo {ico}, dič {dic_ico}.",
        "Jsem živnostník, IČ {ico}, DIČ {dic_rc}.",
        "DIČ {dic}, jsme plátci daně.",
        "IČO je {ico_words}, DIČ je {dic}.",
        "Na faktuře chybí naše IČO {ico} a DIČ {dic_ico}.",
        "Společenství vlastníků, IČO {ico}, DIČ {dic_ico}, předseda {P1.full.nom}.",
        "DIČ máme {dic_ico}, IČO je stejné bez cé zet, {ico}.",
        "Odběratel: IČO {ico}, sídlo {addr_full}.",
        "Firma má IČ {ico}, DIČ {dic}, a fakturu chceme elektronicky.",
    ],
    "CARD": [
        "Zaplatím kartou: {card}.",
        "Číslo karty {card_sp}, platnost {mm}/{yy}.",
        "Z karty {card} mi to strhlo dvakrát.",
        "Mám Amex, {card_amex}, berete to?",
        "Karta končící {last4}? Ne, ta je stará, nová je {card}.",
        "Zkuste kartu manžela, {card}.",
        "karta {card}, kód na zadní straně vám neřeknu.",
        "Platba kartou {card} se zasekla na ověření.",
    ],
    "PLATE": [
        "Před domem stojí vaše dodávka {plate}, blokuje výjezd.",
        "Technik přijel autem s SPZ {plate}, je to v pořádku?",
        "značka {plate_sp}, stříbrný Transit.",
        "Na parkovišti u nás v práci stálo auto {plate}, tam jsem předala ty díly.",
        "Pro vjezd do areálu potřebujeme SPZ, jo? {plate}.",
        "Staré auto s SPZ {plate_old} už nemám, nové má {plate}.",
        "Kolega má auto {plate}, pustíte ho na parkoviště?",
        "Slovenská značka {plate_sk}, to je auto od syna.",
    ],
    "MIX": [
        "Shrnu to: {P1.full.nom}, {addr_full}, telefon {phone}, mail {email}.",
        "Objednávka pro {P1.pan.acc} {P1.last.acc}, {addr_town}, kotel {brand} {model}.",
        "Fakturační údaje: {P1.full.nom}, IČO {ico}, {addr_full}.",
        "{P1.full.nom}, rodné číslo {P1.rc}, odběrné místo {addr_full}.",
        "Zákazník {P1.lf}, {email_any}, preferuje kontakt mailem.",
        "Technik {M1.full.nom}, SPZ {plate}, přijede {addr_acc} mezi devátou a jedenáctou.",
        "Vrácení na účet {acct}, majitel {P1.full.nom}, a potvrzení na {email}.",
        "Web {url_bare}, mail {email_role}, telefon {phone}, to je celý kontakt na firmu.",
        "Syn {M1.first.nom}, číslo {phone}, a klíče jsou {addr_loc} u sousedů.",
        "{P1.full.nom} a {P2.full.nom}, oba bydlíme {addr_loc}.",
        "Platba kartou {card}, IBAN pro vratku {iban}, zákazník {P1.full.nom}.",
    ],
}

NEG_D = [
    "Kotel ukazuje {err} a tlak je jen {bar} baru.",
    "Výjezd technika stojí {price}, práce se účtuje po půlhodinách.",
    "Faktura {inv} byla splatná {date}, zaplatili jsme ji o den později.",
    "Zakázka {order} je naplánovaná na {weekday} dopoledne.",
    "Sériové číslo je {serial}, štítek je na boku pod krytem.",
    "Máme {brand} {model}, je mu asi {n} let.",
    "Bojler má {litres} litrů a ohřeje jen na {temp} stupňů.",
    "Číslo tiketu je {ticket}, pořád se nic neděje.",
    "Firmware {ver} se nainstaloval a od té doby to píská.",
    "Na displeji svítí {err}, když pustím teplou vodu.",
    "Stav plynoměru je {meter} metrů krychlových.",
    "Záloha {price} měsíčně mi přijde moc.",
    "Variabilní symbol {vs}, částka {price}.",
    "Ten mráz v únoru to čerpadlo nezvládlo.",
    "Sokol na komíně, to je u nás normální, hnízdí tam každý rok.",
    "Kos nám vletěl do větrací šachty a tam uvízl.",
    "Zedník nám zazdil revizní dvířka, teď se k ventilu nikdo nedostane.",
    "Tesař říkal, že ta střecha unese i fotovoltaiku.",
    "Holub sedí na venkovní jednotce a všechno zasviní.",
    "Nevím, kde je na klávesnici zavináč, tak vám to napíšu jindy.",
    "Na webu to píšete jinak než v ceníku, tak čemu mám věřit?",
    "Odkaz z toho mailu už vypršel, můžete poslat nový?",
    "Přijedeme mezi {time_range}, předtím vám technik pípne.",
    "Revize plynu je platná do {date}, pak musí přijít nová.",
    "Objednací číslo dílu je {partno}, máme ho skladem.",
    "Spotřeba za loňský rok byla {kwh} kilowatthodin.",
    "Teplota v obýváku {troom} stupňů a v koupelně ještě míň.",
    "Smlouva {contract} se automaticky prodlužuje o rok.",
    "V ulici jsou rozkopané chodníky, tak parkujte u obchodu.",
    "Na náměstí je trh, takže tam dneska nezaparkujete.",
    "Hlavní jistič je {amp} ampér a při startu kompresoru vyhazuje.",
    "Dvanáctého března v osm ráno, to se mi hodí.",
    "Černý kohout na střeše se točí, to je jen ozdoba.",
    "Verze aplikace {ver}, telefon s Androidem.",
    "Hořák zapálí na třetí pokus a pak zhasne s chybou {err}.",
    "Cena za {kw} kW čerpadlo je {price} bez montáže.",
    "Kód {err}, to je porucha ventilátoru, jestli se nepletu.",
    "Zákaznické číslo {custno}, druhá smlouva je na elektřinu.",
    "Termín je {date} v {time}, potvrzuju.",
    "Dotace činila {pct} procent z uznatelných nákladů.",
    "Expanzka má předtlak {bar} baru, měla by mít víc.",
    "Vrabec a sýkora, to jsou jediní, kdo nám bydlí v komíně.",
    "Výkon {kw} kW, objednávka {order}, cena {price}.",
    "Tu fakturu {inv} jsem zaplatil {date}, mám výpis.",
    "Teplá voda teče jen vlažná, na kotli je nastaveno {temp} stupňů.",
]

# ---------------------------------------------------------------------------
# templates, group E -> heldout2.jsonl
# ---------------------------------------------------------------------------

POS_E = {
    "EMAIL": [
        "Přihlašovací e-mail do aplikace je {email}, heslo si obnovím sama.",
        "Takže zavináč... počkejte, celé znova: {email_sp}.",
        "Smlouvu k podpisu prosím pošlete na {email_ws}.",
        "Vaše kolegyně mi psala z adresy {email_role} a chtěla doplnit fotky.",
        "Jestli můžu poprosit, mail pro dotaci: {email}. Díky.",
        "e-mail je {P1.email_sp}, ale to {P1.last.nom} je bez háčků.",
        "Všechno elektronicky, na {email_cap}, papírově nic neposílejte.",
        "Písemně jsem to reklamovala z {email_any_w} už před měsícem.",
        "Na svj máme {email_role} a předseda má ještě {email_any}.",
        "Syn mi založil mail, {email_spell}, tak tam posílejte ty zálohy.",
        "Pro zasílání vyúčtování uveďte {email_upper}, tak mi to ukazuje v telefonu.",
        "Poslal{P1.g:|a} jsem vám to z pracovní adresy {email_co}, podepsan{P1.g:ý|á} {P1.full.nom}.",
        "Máte to tam napsané jako {email}, jenže správně je {email_sp}.",
        "Kam vám mám poslat ty fotky štítku? Na {email}?",
        "Potvrzení o platbě přišlo na {email_ws}. Já už nevím, kam jinam se dívat.",
        "Zákazník si přeje komunikaci jen mailem, {email_any}.",
        "takže e-mail {email_sp}, telefon už máte.",
        "Moje žena používá {email} a já {email_any_w}, tak to dejte na oba.",
        "Ten mail je {email_drop}, nic složitého.",
        "Zkuste to na {email_diac}, to by mělo fungovat.",
        "Vyúčtování mi chodí na ({email}), ale já to chci jinam.",
    ],
    "URL": [
        "Formulář na přepis smlouvy je na {url}, vyplníte a pošlete.",
        "Do prohlížeče napište {url_sp} a dál se to proklikne samo.",
        "přišel mi mail s odkazem {url_short}, vypadá to podezřele.",
        "Faktury si stáhnete z {url_path}, po přihlášení.",
        "Na webu {url_bare} máme i chat, kdybyste nás nezastihli.",
        "Kamera u kotle vysílá na {url_query}, tam se můžete podívat.",
        "Dokumentaci k čerpadlu najdete na {url_www}, je to v angličtině.",
        "Jo, stránka je {url_sp}, a tam vlevo dole kontakty.",
        "Objednávku dílu jsem dělal na {url}, ale potvrzení nepřišlo.",
        "Na {url_any} je tabulka s cenami výjezdu.",
        "QR kód z faktury otevře {url_query}, tak to aspoň píše telefon.",
        "Sousedka mi poslala {url} a {url_short}, který z nich je ten váš?",
        "Ten návod z {url_path}, přesně podle toho jsem postupoval.",
        "Kam to mám nahrát? Na {url}?",
        "Stránky instalatéra, co nám to zapojil, jsou {url_www}.",
        "Video, jak to kape, jsem dal na {url_path}, můžete se podívat.",
        "Napsal mi přes {url_social}, že je od vás technik, je to pravda?",
    ],
    "ADDR": [
        "Odběrné místo je {addr_full}, číslo elektroměru nevím.",
        "Teď jsme {addr_loc}, předtím jsme bydleli {addr_loc}.",
        "Kam má technik přijet? {addr_town}.",
        "Trvalé bydliště mám {addr_loc}, ale kotel je na chalupě, {addr_village}.",
        "Montáž bude {addr_loc_town}, to je novostavba.",
        "Doručovací adresa: {addr_full}. Fakturační taky.",
        "Objekt je {addr_village}, hned za hasičárnou.",
        "Dům je {addr_cp}, orientační číslo nemá.",
        "Sídlíme {addr_loc}, druhé patro vlevo.",
        "Zavezte ten díl {addr_acc}, převezme ho soused.",
        "{addr_tf}, tam je ta kotelna pro celý dům.",
        "Adresa: {addr_words}.",
        "Je to {addr_ulice}, hned vedle školy.",
        "Přepisujeme odběrné místo {addr}, nový majitel je {P1.full.nom}.",
        "Pošta mi chodí na {addr_full}, tam to posílejte.",
        "To bude {addr_split}, ten dům s tújemi.",
        "Myslím, že je to {addr}, nebo {addr_same}, nejsem si jistý.",
        "Jedna kotelna je {addr_loc} a druhá {addr_loc}, obě spravujeme my.",
        "Správně je to {addr_town}, v systému to máte špatně.",
        "Chalupa {addr_village}, tam se topí jen o víkendech.",
        "Sídlo společenství vlastníků je {addr_full}.",
        "Jestli můžete přijet {addr_acc} ještě dnes, to by bylo super.",
        "adresa {addr_any}, na zvonku je {P1.last.nom}.",
        "Pro dotaci potřebujeme adresu nemovitosti, {addr_full}, a číslo parcely.",
        "Kancelář máme {addr_loc_town}, ale kotel je jinde.",
        "Jezdíte i {addr_acc}? To je kousek od nádraží.",
    ],
    "PSC": [
        "Oblast s PSČ {psc} obsluhuje kolega z jiné pobočky.",
        "Zadejte do formuláře PSČ {psc} a ukáže vám to termíny.",
        "{town} {psc}, víc vám neřeknu, dokud neuvidím smlouvu.",
        "Směrovačka je {psc_sp}.",
        "Poštovní kód {psc}? Ten je správně.",
        "My máme PSČ {psc_any}, ale obec je jiná.",
        "Na obálce bylo jen {psc} a jméno, tak se to vrátilo.",
        "psc je {psc}, jo, s mezerou nebo bez, to je jedno.",
        "PSČ: {psc}, {town}.",
        "Dojíždíte i do oblasti {psc}?",
        "Bydlím v okolí {psc_any}, jezdí tam váš technik?",
    ],
    "NAME": [
        "Jmenuji se {P1.full.nom} a volám ohledně dotace.",
        "Dovolal{P2.g:|a} jsem se {P1.pan.dat} {P1.full.dat}?",
        "Převod smlouvy z {P1.pan.gen} {P1.full.gen} na mě, {P2.full.acc}.",
        "Na zvonku je {P1.last.nom}, ale bydlí tam {P2.g:můj bratr|moje sestra} {P2.first.nom}.",
        "Volala jsem s vaším kolegou {M1.full.ins}, slíbil mi slevu.",
        "Příjmení je {P1.spell.last}, křestní {P1.first.nom}.",
        "{P1.Pan.nom} {P1.last.nom} má dneska volno, přepojím vás na {M2.first.acc}.",
        "Majitelka bytu je {F1.lf}, já jsem jen nájemník.",
        "Za paní {F1.last.acc} to podepíše její dcera.",
        "Zdravím, {P1.pan.voc} {P1.last.voc}, tady {M2.first.nom} z {brand} servisu.",
        "Ordinace MUDr. {P1.full.gen} má u nás servis kotle.",
        "Děkuju {P1.first.dat} za trpělivost, byl{P1.g:|a} moc ochotn{P1.g:ý|á}.",
        "Dědeček, {M1.full.nom}, už zemřel a smlouva přechází na nás.",
        "Já jsem {P1.nick}, teda oficiálně {P1.first.nom}, všichni mi tak říkají.",
        "tady {P1.lf}, číslo zákazníka {custno}.",
        "Ptám se za {P1.g:švagra|švagrovou} {P1.full.acc}, {P1.g:on|ona} nemá telefon.",
        "Vedoucí techniků je {M1.full.nom}, stížnost můžete adresovat jemu.",
        "{F1.full.nom}? Ano, to jsem já.",
        "Za pana {vname} volám já, jeho dcera, on neumí moc česky.",
        "Objednávala to {F1.first.nom} {F1.spell.last}, moje kolegyně.",
    ],
    "PHONE": [
        "Kontaktní telefon {phone}, prosím.",
        "Můžete si zapsat moje číslo? {phone_sp}.",
        "Volejte spíš dceři, ta má {phone}.",
        "Na {phone} mi pořád někdo volá a tvrdí, že je od vás.",
        "mobil mám {phone}, a kdyby nic, tak {phone_sp}.",
        "Číslo na pana domácího je {phone}.",
        "Psali jste mi z čísla {phone}, to jste byli vy?",
        "telefon do práce {phone}, klapka {n}{n}.",
        "Jsem ze Slovenska, číslo {phone_sk}.",
    ],
    "IBAN": [
        "Ten dobropis pošlete na IBAN {iban}.",
        "Mám jen IBAN: {iban}.",
        "Z účtu {iban} vám nic nechodilo? Divné.",
        "Můj slovenský IBAN je {iban_sk}, tam mi vraťte peníze.",
        "iban v systému máte chybně, ten správný je {iban}.",
        "Vraťte to na mezinárodní číslo účtu {iban}, děkuju.",
        "Účet vedený na {P1.full.acc}, IBAN {iban}.",
        "Jo, IBAN {iban}, ten máte od minula.",
    ],
    "ACCT": [
        "Na jaký účet vám to mám vrátit? Na {acct}.",
        "Bankovní spojení: {acct}.",
        "Dotaci nám pošlou na {acct}, to je společný účet.",
        "číslo účtu {acct_sp}, jo.",
        "Platba z {acct} vám přišla včera, mám potvrzení.",
        "Svj má účet {acct}, tam se platí fond oprav.",
        "Strhněte to z účtu {acct}, souhlas s inkasem jsem dal{P1.g:|a}.",
        "Účet {acct}, ne ten, co končí na {last4}.",
    ],
    "RC": [
        "Potřebuju vaše rodné číslo. Jo, {rc}.",
        "rč {rc}, trvalé bydliště stejné.",
        "Rodné číslo maminky je {rc_old_f}, narodila se ještě za války.",
        "Rodné číslo, to je {rc_sp}.",
        "Smlouvu podepisuje {P1.full.nom}, rodné číslo {P1.rc}.",
        "Do kolonky rodné číslo napište {rc}, prosím.",
        "Zkuste rodné číslo {rc_f}, na to by to mělo být.",
        "Moje rodné číslo? {rc}, a datum narození z toho vyčtete.",
    ],
    "ICODIC": [
        "IČO firmy {ico}, fakturu prosím na ni.",
        "daňové identifikační číslo je {dic}.",
        "IČO {ico}, DIČ {dic_ico}, a adresa sídla se nezměnila.",
        "Jako OSVČ mám DIČ {dic_rc}, IČO {ico}.",
        "Naše ičko je {ico}, dičko {dic_ico}.",
        "Objednávám za firmu, identifikační číslo {ico}, daňové {dic_ico}.",
        "DIČ jsem vám poslal mailem, {dic}, IČO {ico}.",
        "Dotace jde přes obec, IČO {ico}, a DIČ obce je {dic_ico}.",
        "Přepište odběratele na IČ {ico}, DIČ {dic_ico}, ten starý zrušte.",
        "Ičo je {ico_words}, dič {dic}.",
    ],
    "CARD": [
        "Můžu to zaplatit po telefonu? Karta je {card}.",
        "číslo karty: {card_sp}.",
        "Na kartu {card} mi vraťte tu zálohu.",
        "Karta {card}, platí do {mm}/{yy}.",
        "Firemní karta {card_amex}, to je American Express.",
        "Stržené z karty {card}, to jsem nepovolil.",
        "Tu kartu {card} mi ukradli, zablokujte ji u sebe taky.",
        "Platila jsem kartou {card}, potvrzení mám v mobilu.",
    ],
    "PLATE": [
        "Nahlaste na vrátnici SPZ {plate}, jinak technika nepustí.",
        "Ta škodovka {plate} odjela, aniž by něco opravila.",
        "SPZ {plate_sp}, poznávací značka.",
        "Auto {plate} stálo na chodníku celý den.",
        "Na parkovací kartu napište {plate}.",
        "Starou značku {plate_old} jsem vám dával minule, teď mám {plate}.",
        "Poznávací značka servisního vozu byla {plate}.",
        "Technik jel dodávkou {plate}, někdo mu do ní naboural.",
        "Syn jezdí se slovenskou značkou {plate_sk}, tak ho nezastavujte.",
    ],
    "MIX": [
        "Nový zákazník: {P1.full.nom}, {addr_full}, {phone}.",
        "Žadatel o dotaci {P1.full.nom}, rodné číslo {P1.rc}, e-mail {email}.",
        "Kontaktní osoba {P1.full.nom}, {phone}, {email_any}.",
        "Objekt {addr_village}, majitel {P1.full.nom}, telefon na správce {phone}.",
        "Platba kartou {card}, na jméno {P1.full.nom}, účtenka na {email}.",
        "Předávací protokol: {P1.full.nom}, {addr_town}, IBAN {iban}.",
        "{P1.full.nom}, bydlím {addr_loc}, PSČ máte.",
        "Technik {M1.last.nom} jel autem {plate} {addr_acc}, ale nikdo nebyl doma.",
        "Odkaz {url} a heslo vám pošleme na {email}.",
        "IČO {ico}, DIČ {dic_ico}, kontakt {P1.full.nom}, {phone}.",
        "Účet {acct}, karta {card}, obojí na {P1.full.acc}.",
    ],
}

NEG_E = [
    "Po restartu se objevila chyba {err} a kotel nejede.",
    "Tlak v okruhu kolísá mezi {bar} a {bar} baru.",
    "Instalace stála {price} a dotace pokryla {pct} procent.",
    "Číslo zakázky {order}, technik přijede {v_weekday}.",
    "Faktura číslo {inv}, částka {price}, splatnost {date}.",
    "Na štítku je výrobní číslo {serial}.",
    "Jednotka {brand} {model} hučí hlavně v noci.",
    "Požadavek {ticket} jsem založil přes portál už minulý týden.",
    "Aktualizace {ver} přepsala nastavení topné křivky.",
    "Stav vodoměru {meter}, fotku pošlu.",
    "Platba s variabilním symbolem {vs} nám nepřišla.",
    "Vytápíme {n} místnosti a v každé je jen {troom} stupňů.",
    "Kovář nám vyrobil držák na venkovní jednotku.",
    "Pekař v přízemí má pec a ta nám vyhřívá celý dům.",
    "Vrba za domem prorůstá kořeny do kanalizace.",
    "Zajíc nám překousal kabel k čidlu venkovní teploty.",
    "Bednář tu dřív býval, dneska už sudy nikdo nedělá.",
    "Skála pod domem, proto jsme nemohli dělat vrt.",
    "Na tom portálu jsem se nemohla přihlásit, píše to neplatný token.",
    "Máte nějaký mail, kam bych to mohla poslat? Na webu jsem ho nenašla.",
    "Kliknu na tlačítko zaplatit a stránka se jen znovu načte.",
    "Objednávka na {date} od {time} je potvrzená.",
    "Nový ventil {partno}, dva kusy, cena {price}.",
    "Odečet k {date}: {meter} kubíků.",
    "Dotace na kotel je {price}, žádost se podává do {date}.",
    "Uvnitř je {troom} stupňů a venku mínus {n}.",
    "Smluvní pokuta podle smlouvy {contract} je {price}.",
    "U rohu domu je revizní šachta, tam je uzávěr.",
    "Před nádražím stojí autobus, ten jede až k nám do vesnice.",
    "Jistič {amp} A vypadává, když jede čerpadlo i bojler.",
    "Patnáctého dubna v deset hodin by technik mohl.",
    "Straka nám odnesla těsnění, co tu technik nechal na parapetu.",
    "Aplikace ve verzi {ver} hlásí, že jednotka je offline.",
    "Kotel cykluje, chyba {err} se objeví každou hodinu.",
    "Na {kw} kW je to poddimenzované, říkal technik.",
    "Číslo reklamace {ticket}, stav zamítnuto.",
    "Zákaznické číslo {custno} a heslo k portálu mám.",
    "Cena výjezdu {price_sp}, to je hodně.",
    "Servis proběhl {date}, další bude za rok.",
    "Spotřeba plynu klesla o {pct} procent po výměně.",
    "Pojistný ventil kape, tlak byl ráno {bar} baru.",
    "Beran na zahradě je jen socha, nebojte se.",
    "Model {model}, výkon {kw} kW, rok výroby kolem dvacátého.",
    "Přeplatek {price} vám vrátíme do třiceti dnů.",
    "Čidlo ukazuje {troom} stupňů, ale v bytě je ještě větší zima.",
]

GROUPS = {"D": (POS_D, NEG_D), "E": (POS_E, NEG_E)}

# snippets per template category, per split
TARGETS = {
    "EMAIL": 54,
    "URL": 55,
    "ADDR": 70,
    "PSC": 34,
    "NAME": 36,
    "PHONE": 26,
    "IBAN": 32,
    "ACCT": 30,
    "RC": 30,
    "ICODIC": 36,
    "CARD": 31,
    "PLATE": 28,
    "MIX": 18,
}
N_NEG = 60


# ---------------------------------------------------------------------------
# build and check
# ---------------------------------------------------------------------------


def build(split: str) -> list[dict]:
    group, seed = SPLITS[split]
    set_seed(seed)
    pos, neg = GROUPS[group]
    rows: list[dict] = []
    seen: set[str] = set()

    def emit(template: str, positive: bool) -> bool:
        for _ in range(60):
            segs = stylise(render(template))
            text = "".join(t for t, _ in segs)
            key = norm_key(text)
            if key in seen:
                continue
            if _digits_look_personal("".join(t if typ is None else " | " for t, typ in segs)):
                continue  # a filler number that reads like personal data
            pii = [{"type": typ, "value": t} for t, typ in segs if typ]
            assert bool(pii) == positive, template
            seen.add(key)
            rows.append({"text": text, "pii": pii})
            return True
        if SLOT_RE.search(template):
            raise RuntimeError(f"no unique snippet from {template!r}")
        return False

    for cat, target in TARGETS.items():
        templates = list(pos[cat])
        R.shuffle(templates)
        for i in range(target):
            emit(templates[i % len(templates)], True)
    negs = list(neg)
    R.shuffle(negs)
    made = i = 0
    while made < N_NEG:
        made += emit(negs[i % len(negs)], False)
        i += 1
    R.shuffle(rows)
    return [{"id": f"{split}-{k:04d}", **row} for k, row in enumerate(rows, 1)]


PLATE_RE = re.compile(
    r"^(\d[A-Z][A-Z0-9][ -]?\d{4}|[A-Z]{3} \d{2}-\d{2}|[A-Z]{2}[ -]\d{3}[A-Z]{2})$", re.IGNORECASE
)


def check(rows: list[dict]) -> Counter:
    counts: Counter = Counter()
    for row in rows:
        text = row["text"]
        pos = 0
        for p in row["pii"]:
            v, typ = p["value"], p["type"]
            assert typ in TYPES, typ
            assert v and v == v.strip() and v in text, (row["id"], v)
            idx = text.find(v, pos)
            assert idx >= 0, ("order", row["id"], v)
            pos = idx + len(v)
            counts[typ] += 1
            d = re.sub(r"\D", "", v)
            spoken = bool(
                re.search(
                    r"[a-záéíóúůýčďěňřšťž]{3,}",
                    v.lower().replace("lomeno", "").replace("lomítko", "").replace("psč", ""),
                )
            )
            if typ == "IBAN":
                assert std_iban.is_valid(v.upper()), v
            elif typ == "CARD" and not spoken:
                assert len(d) in (15, 16) and std_luhn.is_valid(d), v
            elif typ == "ICO" and not spoken:
                assert len(d) == 8 and std_dic.is_valid(d), v
            elif typ == "DIC":
                assert std_dic.is_valid(v.replace(" ", "").upper()), v
            elif typ == "BIRTH_NUMBER" and not spoken:
                assert len(d) in (9, 10) and std_rc.is_valid(d), v
            elif typ == "BANK_ACCOUNT" and not spoken:
                compact = re.sub(r"\s*(/|lomeno|lomítko)\s*", "/", v)
                assert std_bankaccount.is_valid(compact), v
            elif typ == "PHONE" and not spoken:
                assert len(d) >= 9 and d[-9] in "2345679", v
            elif typ == "POSTAL_CODE" and not spoken:
                assert len(d) == 5 and d[0] in "1234567", v
            elif typ == "PLATE" and not spoken:
                assert PLATE_RE.match(v), v
            elif typ == "EMAIL" and "@" in v:
                assert re.fullmatch(r"[^\s@]+ ?@ ?[\w-]+(\.[\w-]+)+", v), v
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = ap.parse_args()
    tpl_d = [t for ts in POS_D.values() for t in ts] + NEG_D
    tpl_e = [t for ts in POS_E.values() for t in ts] + NEG_E
    assert len(set(tpl_d)) == len(tpl_d) and len(set(tpl_e)) == len(tpl_e), "duplicate template"
    assert not set(tpl_d) & set(tpl_e), "a template is shared between the groups"
    results = {}
    keys = {}
    for split in SPLITS:
        rows = build(split)
        results[split] = (rows, check(rows))
        keys[split] = {norm_key(r["text"]) for r in rows}
    assert not keys["dev3"] & keys["heldout2"], "a snippet occurs in both splits"
    for split, (rows, counts) in results.items():
        for t in TYPES:
            assert counts[t] >= MIN_PER_TYPE, (split, t, counts[t])
        path = args.out_dir / f"{split}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        n_neg = sum(1 for r in rows if not r["pii"])
        group = SPLITS[split][0]
        pos, neg = GROUPS[group]
        print(
            f"{split}: {len(rows)} snippets ({len(rows) - n_neg} positive, {n_neg} hard negative) -> {path}"
        )
        print(
            f"  group {group}: {sum(len(v) for v in pos.values())} positive and {len(neg)} negative templates"
        )
        print("  " + ", ".join(f"{t} {counts[t]}" for t in TYPES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
