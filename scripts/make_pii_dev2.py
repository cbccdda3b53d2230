# ruff: noqa: E501
"""Generate a second synthetic PII development set (``dev2.jsonl``).

Template group "C": sentence templates written fresh for this set, in the
style of Whisper transcripts of Czech calls to a heating-service call centre.
All values come from Faker ``cs_CZ`` or are generated at random here (with
checksums where the type has one). Nothing here is real personal data.

Usage (the generator's dependencies are not project dependencies)::

    python3 -m venv /tmp/evalgen2
    /tmp/evalgen2/bin/pip install faker python-stdnum
    /tmp/evalgen2/bin/python scripts/make_pii_dev2.py

The output is deterministic for a given Faker version (seed below).
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import string
import sys
import unicodedata
from pathlib import Path

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn as std_luhn
from stdnum.cz import bankaccount as std_bankaccount
from stdnum.cz import dic as std_dic
from stdnum.cz import rc as std_rc

SEED = 20250302
OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "pii_eval" / "dev2.jsonl"

R = random.Random(SEED)
FAKE = Faker("cs_CZ")
FAKE.seed_instance(SEED)
_PERSON = FAKE.provider("faker.providers.person")
_ADDRESS = FAKE.provider("faker.providers.address")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def strip_diacritics(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def ascii_lower(s: str) -> str:
    return strip_diacritics(s).lower().replace(" ", "")


ONES = ["nula", "jedna", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět"]
TEENS = [
    "deset",
    "jedenáct",
    "dvanáct",
    "třináct",
    "čtrnáct",
    "patnáct",
    "šestnáct",
    "sedmnáct",
    "osmnáct",
    "devatenáct",
]
TENS = [
    "",
    "",
    "dvacet",
    "třicet",
    "čtyřicet",
    "padesát",
    "šedesát",
    "sedmdesát",
    "osmdesát",
    "devadesát",
]
HUNDREDS = [
    "",
    "sto",
    "dvě stě",
    "tři sta",
    "čtyři sta",
    "pět set",
    "šest set",
    "sedm set",
    "osm set",
    "devět set",
]
THOUSANDS = [
    "",
    "tisíc",
    "dva tisíce",
    "tři tisíce",
    "čtyři tisíce",
    "pět tisíc",
    "šest tisíc",
    "sedm tisíc",
    "osm tisíc",
    "devět tisíc",
]


def words(n: int) -> str:
    """Czech cardinal for 0..9999 (as said in speech)."""
    if n == 0:
        return "nula"
    parts = []
    if n >= 1000:
        parts.append(THOUSANDS[n // 1000])
        n %= 1000
    if n >= 100:
        parts.append(HUNDREDS[n // 100])
        n %= 100
    if 10 <= n < 20:
        parts.append(TEENS[n - 10])
    else:
        if n >= 20:
            parts.append(TENS[n // 10])
            n %= 10
        if n:
            parts.append(ONES[n])
    return " ".join(parts)


def digit_words(digits: str) -> str:
    return " ".join(ONES[int(d)] for d in digits if d.isdigit())


def pair_words(two: str) -> str:
    """Two digits as said: '05' -> 'nula pět', '40' -> 'čtyřicet'."""
    if two[0] == "0":
        return digit_words(two)
    return words(int(two))


def rand_alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def chance(p: float) -> bool:
    return R.random() < p


# ---------------------------------------------------------------------------
# names and declension
# ---------------------------------------------------------------------------

SOFT = set("šžčřcjďťň")
VOWELS = set("aeiouyáéíóúůýě")
CASES = ("nom", "gen", "dat", "acc", "ins", "voc", "loc")
FLEETING_EL = {"Havel": "Havl", "Kozel": "Kozl", "Pavel": "Pavl", "Karel": "Karl"}
SKIP_MALE = {"Král", "Horváth", "Alexander", "Peter", "Lev", "Kraus"}


def decl_male(s: str) -> dict | None:
    if s in SKIP_MALE:
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
    if s[-1] in VOWELS or s[-1] in "sxzwq":
        return None
    if s.endswith("ec"):
        return None
    if s.endswith("ěk"):
        prev = s[-3]
        soft = {"n": "ň", "d": "ď", "t": "ť"}.get(prev)
        if soft is None:
            return None
        st = s[:-3] + soft + "k"
    elif s.endswith("ek") and len(s) > 3:
        st = s[:-2] + "k"
    elif s in FLEETING_EL:
        st = FLEETING_EL[s]
    else:
        st = s
    last = st[-1]
    soft = last in SOFT
    gen = st + ("e" if soft else "a")
    if st.endswith("ch") or last in "khg":
        voc = st + "u"
    elif soft:
        voc = st + "i"
    elif last == "r" and st[-2] not in VOWELS:
        voc = st[:-1] + "ře"
    else:
        voc = st + "e"
    return dict(nom=s, gen=gen, dat=st + "ovi", acc=gen, ins=st + "em", voc=voc, loc=st + "ovi")


def decl_female_first(s: str) -> dict | None:
    if s.endswith("e"):
        st = s[:-1]
        return dict(nom=s, gen=s, dat=st + "i", acc=st + "i", ins=st + "í", voc=s, loc=st + "i")
    if not s.endswith("a"):
        return None
    st = s[:-1]
    last = st[-1]
    if last in SOFT or last in VOWELS:
        return None
    if st.endswith("ch"):
        dat = st[:-2] + "še"
    elif last == "k":
        dat = st[:-1] + "ce"
    elif last in "hg":
        dat = st[:-1] + "ze"
    elif last == "r":
        dat = st[:-1] + "ře"
    elif last in "dtnbpvfm":
        dat = st + "ě"
    elif last in "lsz":
        dat = st + "e"
    else:
        return None
    return dict(nom=s, gen=st + "y", dat=dat, acc=st + "u", ins=st + "ou", voc=st + "o", loc=dat)


def decl_female_last(s: str) -> dict | None:
    if s.endswith("á"):
        st = s[:-1]
        return dict(
            nom=s, gen=st + "é", dat=st + "é", acc=st + "ou", ins=st + "ou", voc=s, loc=st + "é"
        )
    if s.endswith("í"):
        return {c: s for c in CASES}
    return None


PAN = {
    "m": dict(nom="pan", gen="pana", dat="panu", acc="pana", ins="panem", voc="pane", loc="panu"),
    "f": {c: "paní" for c in CASES},
}


class Person:
    def __init__(self, gender: str):
        self.gender = gender
        while True:
            if gender == "m":
                first, last = FAKE.first_name_male(), FAKE.last_name_male()
                df, dl = decl_male(first), decl_male(last)
            else:
                first, last = FAKE.first_name_female(), FAKE.last_name_female()
                df, dl = decl_female_first(first), decl_female_last(last)
            if df and dl:
                break
        self.first, self.last, self.df, self.dl = first, last, df, dl

    def full(self, case: str) -> str:
        return f"{self.df[case]} {self.dl[case]}"


def spell(word: str) -> str:
    letters = [c.upper() for c in word if c.isalpha()]
    sep = R.choices([" ", "-", ", ", ". "], weights=[6, 2, 2, 1])[0]
    return sep.join(letters)


# ---------------------------------------------------------------------------
# checksum-valid identifiers
# ---------------------------------------------------------------------------

BANK_CODES = [
    "0100",
    "0300",
    "0600",
    "0800",
    "2010",
    "2700",
    "3030",
    "5500",
    "6210",
    "2250",
    "3500",
    "6000",
    "6363",
    "7910",
    "8040",
    "3060",
]
ACC_W = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)


def _acc_part(min_len: int, max_len: int) -> str:
    while True:
        n = R.randint(min_len, max_len)
        digits = [R.randint(0, 9) for _ in range(n)]
        if digits[0] == 0:
            continue
        padded = [0] * (10 - n) + digits
        if sum(d * w for d, w in zip(padded, ACC_W, strict=True)) % 11 == 0:
            return "".join(map(str, digits))


def gen_account() -> tuple[str, str, str]:
    prefix = _acc_part(2, 6) if chance(0.25) else ""
    number = _acc_part(6, 10)
    code = pick(BANK_CODES)
    full = f"{prefix}-{number}/{code}" if prefix else f"{number}/{code}"
    assert std_bankaccount.is_valid(full), full
    return prefix, number, code


def account_str() -> str:
    prefix, number, code = gen_account()
    base = f"{prefix}-{number}" if prefix else number
    style = R.choices(["slash", "spaced", "lomeno"], weights=[7, 2, 1])[0]
    if style == "slash":
        return f"{base}/{code}"
    if style == "spaced":
        return f"{base} / {code}"
    return f"{base} lomeno {code}"


def gen_iban() -> str:
    prefix, number, code = gen_account()
    bban = code + prefix.rjust(6, "0") + number.rjust(10, "0")
    check = std_iban.calc_check_digits("CZ00" + bban)
    value = "CZ" + check + bban
    assert std_iban.is_valid(value), value
    return value


def iban_str() -> str:
    v = gen_iban()
    style = R.choices(["compact", "spaced", "lower"], weights=[4, 5, 1])[0]
    if style == "spaced":
        return " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    if style == "lower":
        return v.lower()
    return v


def gen_ico() -> str:
    while True:
        d = [R.randint(0, 9) for _ in range(7)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(8, 1, -1), strict=True))
        c = (11 - s % 11) % 10
        v = "".join(map(str, d)) + str(c)
        if std_dic.is_valid(v):
            return v


def gen_rc(gender: str | None = None) -> str:
    gender = gender or pick("mf")
    while True:
        y = R.randint(1954, 2004)
        m = R.randint(1, 12) + (50 if gender == "f" else 0)
        d = R.randint(1, 28)
        first9 = f"{y % 100:02d}{m:02d}{d:02d}{R.randint(0, 999):03d}"
        c = int(first9) % 11
        if c == 10:
            continue
        v = first9 + str(c)
        if std_rc.is_valid(v):
            return v


def rc_str(gender: str | None = None) -> str:
    v = gen_rc(gender)
    style = R.choices(["slash", "compact", "spaced"], weights=[6, 3, 1])[0]
    if style == "slash":
        return f"{v[:6]}/{v[6:]}"
    if style == "spaced":
        return f"{v[:6]} / {v[6:]}"
    return v


def rc_spoken(gender: str | None = None) -> str:
    v = gen_rc(gender)
    if chance(0.5):
        return f"{digit_words(v[:6])} lomeno {digit_words(v[6:])}"
    return f"{pair_words(v[0:2])} {pair_words(v[2:4])} {pair_words(v[4:6])} lomeno {pair_words(v[6:8])} {pair_words(v[8:10])}"


def gen_card() -> str:
    kind = pick(["visa", "visa", "mc", "mc2"])
    if kind == "visa":
        body = "4" + "".join(str(R.randint(0, 9)) for _ in range(14))
    elif kind == "mc":
        body = "5" + str(R.randint(1, 5)) + "".join(str(R.randint(0, 9)) for _ in range(13))
    else:
        body = str(R.randint(2221, 2720)) + "".join(str(R.randint(0, 9)) for _ in range(11))
    v = body + std_luhn.calc_check_digit(body)
    assert std_luhn.is_valid(v)
    return v


def card_str() -> str:
    v = gen_card()
    style = R.choices(["spaced", "compact", "dash"], weights=[6, 3, 1])[0]
    if style == "spaced":
        return " ".join(v[i : i + 4] for i in range(0, 16, 4))
    if style == "dash":
        return "-".join(v[i : i + 4] for i in range(0, 16, 4))
    return v


def card_spoken() -> str:
    v = gen_card()
    return ", ".join(digit_words(v[i : i + 4]) for i in range(0, 16, 4))


PLATE_REGION = "ABCEHJKLMPSTUZ"
PLATE_LETTERS = "ABCDEFHIJKLMNPRSTUVXYZ"


def plate_str() -> str:
    style = R.choices(["new", "new_digit", "compact", "old", "lower"], weights=[5, 2, 1, 1, 1])[0]
    region = str(R.randint(1, 9)) + pick(PLATE_REGION)
    third = pick(PLATE_LETTERS) if style != "new_digit" else str(R.randint(0, 9))
    num = f"{R.randint(0, 9999):04d}"
    if style == "old":
        return (
            pick(["BM", "PH", "OV", "ZL", "HK", "CB", "KV", "UL", "PZ", "JI"])
            + pick(PLATE_LETTERS)
            + f" {num[:2]}-{num[2:]}"
        )
    v = f"{region}{third} {num}"
    if style == "compact":
        return v.replace(" ", "")
    if style == "lower":
        return v.lower()
    return v


LETTER_SAY = {
    "A": "á",
    "B": "bé",
    "C": "cé",
    "E": "é",
    "H": "há",
    "J": "jé",
    "K": "ká",
    "L": "el",
    "M": "em",
    "P": "pé",
    "S": "es",
    "T": "té",
    "U": "ú",
    "Z": "zet",
}


def plate_spoken() -> str:
    d1 = R.randint(1, 9)
    r1 = pick(PLATE_REGION)
    r2 = pick(list(LETTER_SAY))
    num = f"{R.randint(1000, 9999)}"
    return (
        f"{ONES[d1]} {LETTER_SAY[r1]} {LETTER_SAY[r2]}, {pair_words(num[:2])} {pair_words(num[2:])}"
    )


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------


def phone_digits() -> str:
    raw = re.sub(r"\D", "", FAKE.phone_number())
    return raw[-9:]


def phone_str() -> str:
    d = phone_digits()
    g = f"{d[:3]} {d[3:6]} {d[6:]}"
    style = R.choices(
        ["intl", "plain", "compact", "intl_compact", "00", "dash"], weights=[4, 4, 2, 1, 1, 1]
    )[0]
    return {
        "intl": f"+420 {g}",
        "plain": g,
        "compact": d,
        "intl_compact": f"+420{d}",
        "00": f"00420 {g}",
        "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}",
    }[style]


def phone_spoken() -> str:
    d = phone_digits()
    style = pick(["groups", "digits", "pairs"])
    if style == "groups":
        out = ", ".join(
            words(int(d[i : i + 3])) if d[i] != "0" else digit_words(d[i : i + 3])
            for i in range(0, 9, 3)
        )
    elif style == "digits":
        out = " ".join(digit_words(d[i : i + 3]) for i in range(0, 9, 3))
    else:
        out = f"{words(int(d[:3]))}, {pair_words(d[3:5])} {pair_words(d[5:7])} {pair_words(d[7:9])}"
    if chance(0.25):
        out = "plus čtyři sta dvacet " + out
    return out


# ---------------------------------------------------------------------------
# e-mails and URLs
# ---------------------------------------------------------------------------

FREE_DOMAINS = [
    "seznam.cz",
    "seznam.cz",
    "email.cz",
    "post.cz",
    "centrum.cz",
    "volny.cz",
    "atlas.cz",
    "gmail.com",
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "yahoo.com",
    "azet.sk",
    "zoznam.sk",
    "centrum.sk",
    "gmx.de",
    "gmx.net",
    "proton.me",
    "tiscali.cz",
    "quick.cz",
]
TLDS = ["cz", "cz", "cz", "com", "eu", "org", "net", "sk", "info", "de", "at"]
HEAT_WORDS = [
    "teplo",
    "topeni",
    "kotle",
    "servis",
    "therm",
    "termo",
    "klima",
    "cerpadla",
    "plyn",
    "energie",
    "instal",
    "vytapeni",
    "komin",
    "solar",
    "kotelna",
    "teplarna",
    "heat",
    "thermo",
    "voda",
    "bytovy-dum",
]
ROLE_LOCALS = [
    "info",
    "servis",
    "faktury",
    "fakturace",
    "kancelar",
    "uctarna",
    "objednavky",
    "reklamace",
    "dispecink",
    "podpora",
    "spravce",
    "svj",
    "ucetni",
    "sekretariat",
]


def company_domain(tld: str | None = None) -> str:
    last = ascii_lower(FAKE.last_name_male())
    w = pick(HEAT_WORDS)
    form = pick(["w-l", "l-w", "wl", "ww", "w-w", "l", "w-plus", "wcz"])
    if form == "w-l":
        name = f"{w}-{last}"
    elif form == "l-w":
        name = f"{last}-{w}"
    elif form == "wl":
        name = f"{w}{last}"
    elif form == "ww":
        name = w + pick([x for x in HEAT_WORDS if x != w])
    elif form == "w-w":
        name = f"{w}-{pick([x for x in HEAT_WORDS if x != w])}"
    elif form == "l":
        name = last + pick(["", "-a-syn", "-bros", "group"])
    elif form == "w-plus":
        name = f"{w}-plus"
    else:
        name = f"{w}{R.randint(1, 99)}"
    return f"{name}.{tld or pick(TLDS)}"


def email_parts(person: Person | None = None) -> tuple[list[str], str]:
    """Return local-part tokens (words and separators) and a domain."""
    if chance(0.12):
        local = [pick(ROLE_LOCALS)]
        if chance(0.3):
            local += [pick(["-", "."]), pick(["brno", "praha", "jih", "sever", "cz", "2"])]
        domain = company_domain()
        if chance(0.25):
            domain = pick(["mail", "office", "firma", "cz", "brno", "eu"]) + "." + domain
        return local, domain
    p = person or Person(pick("mf"))
    first, last = ascii_lower(p.first), ascii_lower(p.last)
    num = str(R.choice([R.randint(1, 99), R.randint(1950, 2005), R.randint(1, 9)]))
    form = R.randint(0, 11)
    local = {
        0: [first, ".", last],
        1: [last, ".", first],
        2: [first[0] + last],
        3: [first + last + num],
        4: [first, "_", last],
        5: [first, "-", last],
        6: [last + num],
        7: [first, ".", last + num],
        8: [last, ".", first[0]],
        9: [first[0], ".", last],
        10: [last, "_", first, num],
        11: [first, ".", last[0] + num],
    }[form]
    local = [t for t in local if t]
    if chance(0.55):
        domain = pick(FREE_DOMAINS)
    else:
        domain = company_domain()
        if chance(0.2):
            domain = pick(["mail", "post", "office", "brno", "praha", "stud"]) + "." + domain
    return local, domain


def email_str(person: Person | None = None, style: str | None = None) -> str:
    local, domain = email_parts(person)
    v = "".join(local) + "@" + domain
    style = style or R.choices(["plain", "cap", "upper"], weights=[8, 1, 1])[0]
    if style == "upper":
        return v.upper()
    if style == "cap":
        loc, dom = v.split("@")
        return ".".join(x.capitalize() for x in loc.split(".")) + "@" + dom.capitalize()
    return v


TLD_SAY = {
    "cz": ["cz", "cé zet", "cz"],
    "com": ["com", "kom", "com"],
    "eu": ["eu", "é ú"],
    "org": ["org"],
    "net": ["net"],
    "sk": ["sk", "es ká"],
    "info": ["info"],
    "de": ["de", "dé é"],
    "at": ["at", "á té"],
    "me": ["me"],
}


def say_token(tok: str, spell_it: bool = False) -> str:
    out = []
    for part in re.findall(r"\d+|[a-z]+", tok):
        if part.isdigit():
            if len(part) == 4:
                out.append(pair_words(part[:2]) + " " + pair_words(part[2:]))
            elif len(part) <= 2 and chance(0.7):
                out.append(words(int(part)))
            else:
                out.append(digit_words(part))
        elif spell_it:
            out.append(" ".join(part))
        else:
            out.append(part)
    return " ".join(out)


def say_domain(domain: str, dot: str) -> str:
    labels = domain.split(".")
    said = []
    for lab in labels[:-1]:
        said.append(
            f" {pick(['pomlčka', 'pomlčka', 'mínus'])} ".join(say_token(x) for x in lab.split("-"))
        )
    said.append(pick(TLD_SAY.get(labels[-1], [labels[-1]])))
    return f" {dot} ".join(said)


def email_spoken(person: Person | None = None) -> str:
    local, domain = email_parts(person)
    dot = R.choices(["tečka", "tecka", "dot"], weights=[8, 1, 1])[0]
    at = R.choices(["zavináč", "zavinac", "at", "zavináček"], weights=[8, 2, 2, 1])[0]
    mode = R.choices(["all", "local_only", "spelled"], weights=[5, 2, 2])[0]
    sep_say = {
        ".": dot,
        "-": "pomlčka",
        "_": pick(["podtržítko", "podtržítko", "spodní podtržítko", "podtrhávátko"]),
    }
    toks = []
    for i, t in enumerate(local):
        if t in sep_say:
            toks.append(sep_say[t])
        else:
            toks.append(say_token(t, spell_it=(mode == "spelled" and (i == 0 or chance(0.4)))))
    loc = " ".join(toks)
    dom = domain if mode == "local_only" else say_domain(domain, dot)
    return f"{loc} {at} {dom}"


PATH_WORDS = [
    "servis",
    "reklamace",
    "kontakt",
    "objednavka",
    "faktury",
    "zakaznik",
    "navody",
    "dotace",
    "ke-stazeni",
    "cenik",
    "moje-smlouvy",
    "odecty",
    "prihlaseni",
    "tepelna-cerpadla",
    "kotle/revize",
    "podpora/faq",
    "sluzby/servis-kotlu",
    "portal",
    "dokumenty",
    "termin",
]
QUERY_KEYS = [
    "id",
    "ref",
    "token",
    "zakaznik",
    "faktura",
    "utm_source",
    "lang",
    "page",
    "x",
    "s",
    "cid",
]
SHORTENERS = ["bit.ly", "tinyurl.com", "t.ly", "rb.gy", "cutt.ly", "is.gd", "shorturl.at"]


def url_str() -> str:
    kind = R.choices(["site", "site", "site", "short", "port", "file"], weights=[5, 5, 5, 3, 1, 1])[
        0
    ]
    if kind == "short":
        host = pick(SHORTENERS) if chance(0.8) else "go." + company_domain()
        v = f"{host}/{rand_alnum(R.randint(5, 8))}"
        return pick(["https://", "", ""]) + v
    domain = company_domain()
    scheme = R.choices(["https://", "http://", ""], weights=[5, 2, 4])[0]
    sub = R.choices(
        ["www.", "", "portal.", "servis.", "app.", "zakaznik.", "moje.", "m.", "eshop."],
        weights=[6, 4, 1, 1, 1, 1, 1, 1, 1],
    )[0]
    host = sub + domain
    if not scheme and not sub and chance(0.5):
        host = "www." + domain
    if kind == "port":
        host += ":" + str(pick([8080, 8443, 8000, 3000, 81]))
    path = ""
    r = R.random()
    if kind == "file":
        path = f"/{pick(['dokumenty', 'navody', 'files', 'download'])}/{pick(['navod', 'cenik', 'smlouva', 'protokol'])}-{rand_alnum(5, string.ascii_lowercase + string.digits)}.pdf"
    elif r < 0.2:
        path = ""
    elif r < 0.45:
        path = "/" + pick(PATH_WORDS)
    elif r < 0.7:
        path = "/" + pick(PATH_WORDS) + "/" + rand_alnum(R.randint(4, 10))
    else:
        path = "/" + pick(PATH_WORDS)
        keys = R.sample(QUERY_KEYS, R.randint(1, 3))
        q = []
        for k in keys:
            val = (
                str(R.randint(100, 999999))
                if chance(0.6)
                else rand_alnum(R.randint(4, 12), string.ascii_lowercase + string.digits)
            )
            q.append(f"{k}={val}")
        path += "?" + "&".join(q)
    if path and "?" not in path and not path.endswith(".pdf") and chance(0.3):
        path += "/"
    if not path and chance(0.4):
        path = "/"
    return scheme + host + path


def url_spoken() -> str:
    domain = company_domain(pick(["cz", "cz", "cz", "com", "eu", "sk", "info"]))
    dot = R.choices(["tečka", "tecka", "dot"], weights=[8, 1, 1])[0]
    www = R.choices(
        ["vé vé vé", "www", "tři vé", "dvojité vé dvojité vé dvojité vé"], weights=[5, 2, 1, 1]
    )[0]
    parts = []
    if chance(0.15):
        parts.append(
            pick(["há té té pé es dvojtečka lomeno lomeno", "https dvojtečka dvě lomítka"])
        )
    if chance(0.75):
        parts.append(f"{www} {dot}")
    parts.append(say_domain(domain, dot))
    if chance(0.6):
        for seg in pick(PATH_WORDS).split("/"):
            parts.append(pick(["lomeno", "lomítko"]) + " " + seg.replace("-", " pomlčka "))
    return " ".join(parts)


# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------

PERSON_STREETS = [
    "Palackého",
    "Husova",
    "Boženy Němcové",
    "Karla Čapka",
    "Komenského",
    "Havlíčkova",
    "Smetanova",
    "Dvořákova",
    "Jiráskova",
    "Nerudova",
    "Tyršova",
    "Masarykova",
    "Dr. Horákové",
    "Jana Opletala",
    "Bratří Čapků",
    "Sadová",
    "Riegrova",
    "Žižkova",
    "Kollárova",
    "Fügnerova",
    "Purkyňova",
    "Erbenova",
    "Máchova",
    "Vrchlického",
    "Jungmannova",
    "Štefánikova",
    "Třebízského",
    "Mánesova",
    "Alšova",
    "28. října",
    "17. listopadu",
    "5. května",
    "Československé armády",
    "Legionářská",
]
SQUARES = [
    "náměstí Míru",
    "nám. Míru",
    "náměstí Svobody",
    "nám. Svobody",
    "Masarykovo náměstí",
    "nám. Republiky",
    "Náměstí Osvoboditelů",
    "náměstí T. G. Masaryka",
    "nám. 9. května",
    "Mírové náměstí",
    "Husovo nám.",
    "Komenského náměstí",
]
AVENUES = [
    "třída Kpt. Jaroše",
    "tř. Tomáše Bati",
    "třída Míru",
    "Palackého třída",
    "třída Svobody",
    "tř. Osvobození",
    "Hlavní třída",
    "třída 1. máje",
]
PREP_STREETS = [
    "Na Výsluní",
    "U Pily",
    "K Lesu",
    "Pod Hájem",
    "Za Humny",
    "V Zahradách",
    "Nad Potokem",
    "U Školy",
    "Na Kopečku",
    "Na Vyhlídce",
    "U Stadionu",
    "Ke Mlýnu",
    "Pod Kaštany",
    "Za Tratí",
    "U Hřiště",
    "Na Pískách",
    "V Aleji",
    "Nad Rybníkem",
    "K Nádraží",
    "U Kapličky",
    "Na Drahách",
    "Pod Vinicí",
]
ADJ_STREETS = [
    "Dlouhá",
    "Krátká",
    "Zahradní",
    "Polní",
    "Luční",
    "Nádražní",
    "Školní",
    "Lesní",
    "Hlavní",
    "Okružní",
    "Sportovní",
    "Družstevní",
    "Tovární",
    "Jabloňová",
    "Lipová",
    "Březová",
    "Spojovací",
    "Větrná",
    "Slunečná",
    "Zámecká",
    "Mlýnská",
    "Příčná",
    "Úzká",
    "Krajní",
    "Cihlářská",
    "Komenského",
]
LOC_STREETS = {
    "Dlouhá": "Dlouhé",
    "Krátká": "Krátké",
    "Zahradní": "Zahradní",
    "Polní": "Polní",
    "Nádražní": "Nádražní",
    "Školní": "Školní",
    "Lesní": "Lesní",
    "Husova": "Husově",
    "Smetanova": "Smetanově",
    "Nerudova": "Nerudově",
    "Jiráskova": "Jiráskově",
    "Masarykova": "Masarykově",
    "Tyršova": "Tyršově",
    "Lipová": "Lipové",
    "Březová": "Březové",
    "Slunečná": "Slunečné",
    "Zámecká": "Zámecké",
    "Mlýnská": "Mlýnské",
    "Havlíčkova": "Havlíčkově",
    "Dvořákova": "Dvořákově",
}
_FAKER_STREETS = [s for s in _ADDRESS.streets if not re.search(r"\s[IVX][ivx]*$", s)]
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


def street_name(no_prep: bool = False) -> str:
    """A street name; no_prep: none that starts with a preposition (after "na ...")."""
    while True:
        kind = R.choices(
            ["faker", "person", "square", "avenue", "prep", "adj"], weights=[9, 3, 2, 1, 3, 2]
        )[0]
        if kind == "faker":
            v = pick(_FAKER_STREETS)
        else:
            v = pick(
                {
                    "person": PERSON_STREETS,
                    "square": SQUARES,
                    "avenue": AVENUES,
                    "prep": PREP_STREETS,
                    "adj": ADJ_STREETS,
                }[kind]
            )
        if not (no_prep and (kind == "prep" or v.startswith(PREPOSITIONS))):
            return v


def house_number() -> str:
    kind = R.choices(
        ["plain", "small", "slash", "letter", "slash_letter"], weights=[5, 3, 3, 1, 1]
    )[0]
    if kind == "plain":
        return FAKE.building_number()
    if kind == "small":
        return str(R.randint(1, 60))
    if kind == "slash":
        return f"{R.randint(100, 2999)}/{R.randint(1, 80)}"
    if kind == "letter":
        return f"{R.randint(1, 120)}{pick('abc')}"
    return f"{R.randint(100, 1999)}/{R.randint(1, 40)}{pick('ab')}"


def postcode() -> str:
    v = FAKE.postcode()
    return v if chance(0.7) else v.replace(" ", "")


def town() -> str:
    return FAKE.city()


def postcode_spoken() -> str:
    v = FAKE.postcode().replace(" ", "")
    style = pick(["digits", "hundreds", "hundreds_pair", "pairs"])
    if style == "digits":
        return digit_words(v)
    if style == "hundreds":
        return f"{words(int(v[:3]))} {digit_words(v[3:])}"
    if style == "hundreds_pair":
        return f"{words(int(v[:3]))}, {pair_words(v[3:])}"
    return f"{digit_words(v[:3])}, {pair_words(v[3:])}"


# ---------------------------------------------------------------------------
# non-PII fillers for templates
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
]
MODELS = [
    "ecoTEC plus VU 246/5-5",
    "Vitodens 100-W B1HC",
    "Logamax plus GB172-24",
    "Panther Condens 25 KKO",
    "Tigon 25",
    "Aquarea WH-MDC09J3E5",
    "Altherma 3 R",
    "Ecodan PUZ-WM85",
    "Therm 28 LXZE",
    "Luna Duo-tec E 24",
    "Gepard Condens 18 MKO",
    "WPL 09 ICS",
    "Victrix Tera 24",
    "Alteas One Net 30",
    "GB122i-24K",
    "F1255-6 PC",
    "Genia Air Split 8",
    "Condens 2300i W",
]
ERRORS = [
    "E 125",
    "F28",
    "F.75",
    "A51",
    "E04",
    "F 22",
    "chyba 133",
    "E 9",
    "F.29",
    "L 36",
    "H 07",
    "EA 21",
]
WEEKDAYS = ["pondělí", "úterý", "středu", "čtvrtek", "pátek", "sobotu"]


def price() -> str:
    n = R.choice([R.randint(4, 99) * 50, R.randint(10, 250) * 100, R.randint(100, 1999) * 10])
    s = f"{n:,}".replace(",", " ")
    return s + pick([" Kč", " korun", ",- Kč", " kč", " Kč s DPH"])


def price_spoken() -> str:
    return words(R.randint(2, 99) * pick([10, 50, 100])) + " korun"


def date() -> str:
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2025)
    return pick([f"{d}. {m}. {y}", f"{d}.{m}.{y}", f"{d}. {m}.", f"{d:02d}.{m:02d}.{y}"])


def time_() -> str:
    h = R.randint(7, 18)
    return pick(
        [f"{h}:{pick(['00', '15', '30', '45'])}", f"{h} hodin", f"{h}.{pick(['00', '30'])}"]
    )


def time_range() -> str:
    h = R.randint(7, 15)
    return pick(
        [f"mezi {h}:00 a {h + 2}:00", f"mezi {h} a {h + 3} hodinou", f"od {h}.30 do {h + 2}.30"]
    )


def _not_pii_digits(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    if len(d) in (9, 10) and std_rc.is_valid(d):
        return False
    if len(d) == 8 and std_dic.is_valid(d):
        return False
    return not (len(d) >= 13 and std_luhn.is_valid(d))


def safe(fn):
    def inner():
        while True:
            v = fn()
            if _not_pii_digits(v):
                return v

    return inner


@safe
def vs() -> str:
    return str(R.randint(10**5, 10 ** R.choice([6, 8, 9, 10]) - 1))


def invoice() -> str:
    y = R.randint(2022, 2025)
    return pick(
        [
            f"FV-{y}-{R.randint(1, 99999):05d}",
            f"{y % 100}FV{R.randint(100, 99999)}",
            f"F{y}/{R.randint(1, 9999):04d}",
            f"VF{y}{R.randint(1000, 9999)}",
        ]
    )


def order() -> str:
    return pick(
        [
            f"OBJ-{R.randint(2023, 2025)}-{R.randint(100, 9999)}",
            f"ZAK-{R.randint(10000, 99999)}",
            f"č. {R.randint(1000, 99999)}",
            f"SO{R.randint(100000, 999999)}",
        ]
    )


def ticket() -> str:
    return pick(
        [
            f"#{R.randint(10000, 99999)}",
            f"REK-{R.randint(2023, 2025)}-{R.randint(1, 9999):04d}",
            f"T-{R.randint(10000, 99999)}",
            f"HD{R.randint(100000, 999999)}",
        ]
    )


def serial() -> str:
    return pick(
        [
            f"SN{R.randint(10, 99)}-{R.randint(100000, 999999)}-{pick('ABCDK')}",
            f"S/N {R.randint(1000, 9999)}-{R.randint(1000, 9999)}-{R.randint(10, 99)}",
            f"{R.randint(21, 25)}{R.randint(10, 52)}{rand_alnum(6, string.ascii_uppercase + string.digits)}",
        ]
    )


@safe
def contract() -> str:
    return pick(
        [
            f"SM-{R.randint(2019, 2025)}-{R.randint(1, 99999):05d}",
            f"{R.randint(4, 9)}{R.randint(10**8, 10**9 - 1)}",
        ]
    )


@safe
def partno() -> str:
    d = str(R.randint(10**9, 10**10 - 1))
    return pick([f"{d[0]} {d[1:4]} {d[4:7]} {d[7:]}", f"00{d[:8]}", f"{d[:4]}.{d[4:7]}"])


# ---------------------------------------------------------------------------
# slots
# ---------------------------------------------------------------------------


class Ctx:
    def __init__(self):
        self.persons: dict[str, Person] = {}
        self.last: dict[str, list] = {}
        self.ico: str | None = None
        self.street: str | None = None
        self.after_prep = False

    def person(self, pid: str) -> Person:
        if pid not in self.persons:
            g = {"M": "m", "F": "f"}.get(pid[0]) or pick("mf")
            self.persons[pid] = Person(g)
        return self.persons[pid]


def L(text: str, typ: str | None) -> list:
    return [(text, typ)]


def _addr_core(ctx: Ctx, num: str | None = None) -> str:
    ctx.street = street_name(ctx.after_prep)
    return f"{ctx.street} {num or house_number()}"


def s_addr(ctx):
    return L(_addr_core(ctx), "ADDRESS")


def s_addr_town(ctx):
    sep = R.choices([", ", " "], weights=[7, 2])[0]
    return L(f"{_addr_core(ctx)}{sep}{town()}", "ADDRESS")


def s_addr_full(ctx):
    core = _addr_core(ctx)
    sep = R.choices([", ", " ", ", PSČ "], weights=[8, 2, 1])[0]
    if chance(0.15):
        return L(f"{core}, {town()}, {postcode()}", "ADDRESS")
    return L(f"{core}{sep}{postcode()} {town()}", "ADDRESS")


def s_addr_village(ctx):
    num = str(R.randint(1, 420))
    form = R.choices(["plain", "cp", "cislo", "cp2"], weights=[5, 2, 1, 1])[0]
    v = town()
    if form == "plain":
        return L(f"{v} {num}", "ADDRESS")
    if form == "cp":
        return L(f"{v} č. p. {num}", "ADDRESS")
    if form == "cp2":
        return L(f"{v} čp. {num}", "ADDRESS")
    return L(f"{v} číslo popisné {num}", "ADDRESS")


def s_addr_words(ctx):
    ctx.street = street_name(ctx.after_prep)
    n = R.randint(1, 250)
    if chance(0.2):
        said = f"{words(R.randint(100, 1500))} lomeno {words(R.randint(1, 40))}"
    else:
        said = words(n)
    v = f"{ctx.street} {said}"
    if chance(0.35):
        v += f", {town()}"
    return L(v, "ADDRESS")


def s_addr_split(ctx):
    ctx.street = street_name(ctx.after_prep)
    num = house_number() if chance(0.6) else words(R.randint(1, 99))
    filler = pick([", ehm, ", " číslo, no, ", ", to je, ", " ... ", ", počkejte, ", " eee "])
    v = f"{ctx.street}{filler}{num}"
    if chance(0.4):
        v += f", {town()}"
    return L(v, "ADDRESS")


def s_addr_ulice(ctx):
    ctx.street = pick(PERSON_STREETS + ADJ_STREETS + [s for s in _FAKER_STREETS if " " not in s])
    return L(
        f"{ctx.street} číslo {house_number() if chance(0.7) else words(R.randint(1, 80))}",
        "ADDRESS",
    )


def s_addr_loc(ctx):
    st = pick(list(LOC_STREETS))
    ctx.street = st
    return L(f"{LOC_STREETS[st]} {house_number()}", "ADDRESS")


def s_addr_same(ctx):
    st = ctx.street or street_name(ctx.after_prep)
    return L(f"{st} {house_number()}", "ADDRESS")


def s_addr_any(ctx):
    fn = R.choices(
        [s_addr, s_addr_town, s_addr_full, s_addr_village, s_addr_words],
        weights=[4, 3, 4, 0 if ctx.after_prep else 2, 1],
    )[0]
    return fn(ctx)


def s_psc_any(ctx):
    return L(postcode_spoken(), "POSTAL_CODE") if chance(0.25) else L(postcode(), "POSTAL_CODE")


def s_email(ctx):
    return L(email_str(), "EMAIL")


def s_email_any(ctx):
    return L(email_spoken(), "EMAIL") if chance(0.35) else L(email_str(), "EMAIL")


def s_url_any(ctx):
    return L(url_spoken(), "URL") if chance(0.25) else L(url_str(), "URL")


def s_ico(ctx):
    ctx.ico = ctx.ico or gen_ico()
    v = ctx.ico
    return L(v, "ICO")


def s_ico_spaced(ctx):
    ctx.ico = ctx.ico or gen_ico()
    v = ctx.ico
    return L(pick([f"{v[:3]} {v[3:5]} {v[5:]}", f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:]}", v]), "ICO")


def s_dic_ico(ctx):
    ctx.ico = ctx.ico or gen_ico()
    return L(pick(["CZ", "CZ", "cz", "CZ "]) + ctx.ico, "DIC")


def s_dic(ctx):
    if chance(0.3):
        return s_dic_rc(ctx)
    return L(pick(["CZ", "CZ", "cz", "CZ "]) + gen_ico(), "DIC")


def s_dic_rc(ctx):
    return L(pick(["CZ", "CZ", "cz"]) + gen_rc(), "DIC")


SLOTS = {
    "email": s_email,
    "email_sp": lambda c: L(email_spoken(), "EMAIL"),
    "email_any": s_email_any,
    "email_upper": lambda c: L(email_str(style="upper"), "EMAIL"),
    "email_co": lambda c: L(pick(ROLE_LOCALS) + "@" + company_domain(), "EMAIL"),
    "url": lambda c: L(url_str(), "URL"),
    "url_sp": lambda c: L(url_spoken(), "URL"),
    "url_any": s_url_any,
    "psc": lambda c: L(postcode(), "POSTAL_CODE"),
    "psc_nospace": lambda c: L(FAKE.postcode().replace(" ", ""), "POSTAL_CODE"),
    "psc_sp": lambda c: L(postcode_spoken(), "POSTAL_CODE"),
    "psc_any": s_psc_any,
    "addr": s_addr,
    "addr_town": s_addr_town,
    "addr_full": s_addr_full,
    "addr_village": s_addr_village,
    "addr_words": s_addr_words,
    "addr_split": s_addr_split,
    "addr_ulice": s_addr_ulice,
    "addr_loc": s_addr_loc,
    "addr_same": s_addr_same,
    "addr_any": s_addr_any,
    "phone": lambda c: L(phone_str(), "PHONE"),
    "phone_sp": lambda c: L(phone_spoken(), "PHONE"),
    "iban": lambda c: L(iban_str(), "IBAN"),
    "acct": lambda c: L(account_str(), "BANK_ACCOUNT"),
    "rc": lambda c: L(rc_str(), "BIRTH_NUMBER"),
    "rc_sp": lambda c: L(rc_spoken(), "BIRTH_NUMBER"),
    "rc_m": lambda c: L(rc_str("m"), "BIRTH_NUMBER"),
    "ico": s_ico,
    "ico_spaced": s_ico_spaced,
    "dic": s_dic,
    "dic_ico": s_dic_ico,
    "dic_rc": s_dic_rc,
    "card": lambda c: L(card_str(), "CARD"),
    "card_sp": lambda c: L(card_spoken(), "CARD"),
    "plate": lambda c: L(plate_str(), "PLATE"),
    "plate_sp": lambda c: L(plate_spoken(), "PLATE"),
    # not PII
    "town": lambda c: L(town(), None),
    "price": lambda c: L(price(), None),
    "price_sp": lambda c: L(price_spoken(), None),
    "date": lambda c: L(date(), None),
    "time": lambda c: L(time_(), None),
    "weekday": lambda c: L(pick(WEEKDAYS), None),
    "v_weekday": lambda c: L(
        pick(["v pondělí", "v úterý", "ve středu", "ve čtvrtek", "v pátek"]), None
    ),
    "time_range": lambda c: L(time_range(), None),
    "inv": lambda c: L(invoice(), None),
    "order": lambda c: L(order(), None),
    "ticket": lambda c: L(ticket(), None),
    "serial": lambda c: L(serial(), None),
    "model": lambda c: L(pick(MODELS), None),
    "brand": lambda c: L(pick(BRANDS), None),
    "err": lambda c: L(pick(ERRORS), None),
    "temp": lambda c: L(str(R.randint(18, 75)), None),
    "bar": lambda c: L(pick(["0,8", "1,2", "1,5", "2", "2,5", "0,5", "1,8"]), None),
    "bar_low": lambda c: L(pick(["0,3", "0,4", "0,5", "0,6", "0,8"]), None),
    "kw": lambda c: L(str(pick([5, 7, 8, 9, 12, 16, 18, 24, 28, 35])), None),
    "year": lambda c: L(str(R.randint(2004, 2024)), None),
    "meter": lambda c: L(
        f"{R.randint(1, 45)} {R.randint(0, 999):03d}" if chance(0.5) else str(R.randint(100, 9999)),
        None,
    ),
    "pct": lambda c: L(str(R.randint(3, 25)), None),
    "ver": lambda c: L(
        pick(
            [
                f"{R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
                f"v{R.randint(1, 3)}.{R.randint(0, 99):02d}",
            ]
        ),
        None,
    ),
    "partno": lambda c: L(partno(), None),
    "contract": lambda c: L(contract(), None),
    "custno": lambda c: L(
        pick(
            [
                f"ZC {R.randint(1000000, 9999999)}",
                f"Z-{R.randint(10000, 99999)}",
                f"{R.randint(10, 99)}-{R.randint(10000, 99999)}",
            ]
        ),
        None,
    ),
    "vs": lambda c: L(vs(), None),
    "ppm": lambda c: L(str(R.randint(5, 90)), None),
    "n": lambda c: L(str(R.randint(2, 9)), None),
    "mm": lambda c: L(f"{R.randint(1, 12):02d}", None),
    "yy": lambda c: L(str(R.randint(26, 31)), None),
    "last4": lambda c: L(f"{R.randint(0, 9999):04d}", None),
    "flat": lambda c: L(str(R.randint(1, 40)), None),
}

SLOT_RE = re.compile(r"\{([^{}]+)\}")


def render_slot(key: str, ctx: Ctx) -> list:
    m = re.fullmatch(r"([PMF]\d)\.(.+)", key)
    if m:
        p = ctx.person(m.group(1))
        rest = m.group(2)
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
        if what == "spell":
            return L(spell(p.first if case == "first" else p.last), "NAME")
        if what == "rc":
            return L(rc_str(p.gender), "BIRTH_NUMBER")
        if what == "email":
            return L(email_str(p), "EMAIL")
        if what == "email_sp":
            return L(email_spoken(p), "EMAIL")
        raise KeyError(key)
    if key.endswith("="):
        return list(ctx.last[key[:-1]])
    segs = SLOTS[key](ctx)
    ctx.last[key] = segs
    return segs


def render(template: str) -> list:
    ctx = Ctx()
    segs = []
    pos = 0
    for m in SLOT_RE.finditer(template):
        if m.start() > pos:
            segs.append((template[pos : m.start()], None))
        ctx.after_prep = bool(
            re.search(r"(^|\s)(na|z|v|ve|do)\s$", template[: m.start()], re.IGNORECASE)
        )
        segs.extend(render_slot(m.group(1), ctx))
        pos = m.end()
    if pos < len(template):
        segs.append((template[pos:], None))
    return segs


# ---------------------------------------------------------------------------
# templates (group C)
# ---------------------------------------------------------------------------

POS = {
    "EMAIL": [
        "Fakturu mi prosím posílejte na {email}, na ten starý mail už nechodím.",
        "no takže mejl je {email_sp}, jo, všechno malými písmeny.",
        "Potvrzení objednávky vám přijde na e-mail {email}, zkontrolujte si prosím i spam.",
        "Můj e-mail je {email} a kdyby to nešlo, tak manželčin ({email}).",
        "Na mail „{email}“ mi nic nedošlo a reklamace {ticket} pořád visí.",
        "Jo, zapisuju si to: {email_sp}. Je to tak?",
        "Pošlete protokol z revize kotle na {email} a kopii prosím na {email}.",
        "ehm, ten mejl jsem asi nadiktovala špatně, správně je {email}, to předtím byl překlep.",
        "email je {email_sp}, a tečka na konci už tam není.",
        "Kontakt na našeho účetního je {email}, on si to s vámi vyřídí.",
        "Napište mi to radši na mail, je to {email_any}.",
        "Do zákaznického portálu se hlásím přes {email}, ale heslo mi nejde obnovit.",
        "Vyúčtování chodí na {email}, jenže ten už nepoužíváme, dejte tam prosím {email_any}.",
        "Přišel mi mail z adresy {email}, je to opravdu od vás, nebo nějaký podvod?",
        "Adresu mám na vizitce velkými písmeny, {email_upper}, ale píše se to normálně.",
        "Elektronické faktury chceme na firemní adresu {email_co}, k rukám {P1.pan.gen} {P1.last.gen}.",
        "Můžete mi poslat ten formulář k přepisu smlouvy? Na {email_sp}, děkuju.",
        "Mail je {email}; kdyby se to vrátilo, tak mi zavolejte.",
        "Zopakuju to: {email}. Ještě jednou, {email=}, sedí?",
        "takže na mail {P1.email_sp}, a jméno {P1.full.nom}.",
        "no mejl mám {email} nebo pracovní {email_co}, ten čtu častěji.",
        "Technik říkal, ať fotky pošlu na jeho adresu {email}, tak jsem to udělal.",
    ],
    "URL": [
        "Návod na odvzdušnění radiátorů najdete na {url}, je tam i video.",
        "Poslali jste mi odkaz {url}, ale mně to hlásí, že stránka neexistuje.",
        "stránka je {url_sp}, a tam kliknete nahoře na reklamace.",
        "V SMS mi přišel link {url}, můžu na to klidně kliknout?",
        "Fotky toho úniku jsem nahrál sem: {url}, je to sdílená složka.",
        "Objednat servis můžete i online přes {url_any}.",
        "Ten link {url} mi nejde otevřít v mobilu, jen v počítači.",
        "Smlouvu podepíšete elektronicky, odkaz {url} platí sedm dní.",
        "Na webu, tedy na {url_sp}, je formulář na odečet.",
        "Vzdálený dohled na čerpadlo běží na {url}, přihlašovací jméno vám pošlu zvlášť.",
        "Prosím vás, stránka {url} je vaše? Chtějí tam po mně číslo karty.",
        "Zkoušel jsem {url} i {url}, ani jedno se nenačte.",
        "Recenzi jsem vám napsala na {url}, tam jsem to popsala celé.",
        "jo, odkaz na platbu je {url}, zaplatíte kartou nebo převodem.",
        "Technik mi říkal, ať se podívám na {url_sp}, že tam jsou ty dotace na tepelné čerpadlo.",
        "Dobrý den, ten QR kód na faktuře mě hodí na {url}, je to správně?",
        "Aplikace k termostatu se stahuje z {url}, ne z obchodu.",
        "No a ceník je kde? Na {url_any}, úplně dole.",
    ],
    "PSC": [
        "A PSČ? Je to {psc}.",
        "psč {psc}, {town}.",
        "Obsluhujete i oblast s PSČ {psc}? Jsme na samotě za vesnicí.",
        "Na faktuře je {psc} {town}, ale my už bydlíme jinde.",
        "{town}, {psc}, jinak to máte všechno správně.",
        "pé es čé je {psc_sp}.",
        "Poštovní směrovací číslo {psc}, ulici vám pošlu mailem.",
        "PSČ: {psc_nospace}, to je ta pošta u nás.",
        "takže {town} a psč {psc_sp}, jo?",
        "V systému máte PSČ {psc}, ale správně má být {psc}.",
        "Doručovací PSČ je {psc}; fakturační zůstává stejné.",
        "No, my jsme {town}, psc {psc}, kdyby to technik hledal v navigaci.",
        "Zadávám do formuláře psč {psc} a hází mi to, že tam nejezdíte.",
        "Kód {psc}? Jo, to je {town}, tam technika máme ve čtvrtek.",
        "Jo jo, psč je {psc_sp}, a město {town}.",
        "Pro tu oblast, psč {psc} až {psc}, je jiná cena za dopravu.",
        "Na obálce bylo jen {town} {psc}, bez ulice, tak se to vrátilo.",
        "ehm, psč, moment, {psc_any}. Ano.",
        "Jste z okolí? Já mám psč {psc_any}, to je asi dvacet kilometrů od vás.",
        "Změnilo se nám psč na {psc}, tak ať je to na smlouvě dobře.",
    ],
    "ADDR": [
        "Kotel máme v rodinném domě na adrese {addr_full}, je to takový žlutý dům.",
        "Bydlím v ulici {addr_ulice}, to je ten činžák hned u zastávky.",
        "Od prvního se stěhujeme, nová adresa je {addr_town}, tak prosím přepište odběrné místo.",
        "Technik má přijet na adresu {addr}, zvonek je dole vlevo.",
        "Chata je na adrese {addr_village}, cesta tam je v zimě blbě sjízdná.",
        "Adresa instalace: {addr_full}.",
        "No a fakturační adresa je jiná, {addr_full}, to je sídlo firmy.",
        "Čerpadlo stojí u domu, {addr_words}, za garáží.",
        "Takže, {addr_split}, třetí patro.",
        "přepisuju na novou adresu: {addr_full}. sedí to?",
        "Stará adresa byla {addr}, nová je {addr_full}.",
        "My jsme na vesnici, takže jen číslo popisné, {addr_village}.",
        "Tchyně bydlí na adrese {addr_town} a tam to taky kape.",
        "Revize se týká domu {addr}, ten byt nad tím neřešte.",
        "Můžete tam poslat technika? Je to {addr_any}, vjezd je ze dvora.",
        "Dobrý den, mám objednaný servis na {addr} na zítra, ale nikdo nepřijel.",
        "Dodací adresa pro ten nový zásobník je {addr_full}, máte ho skladem?",
        "Máte tam {addr}, ale správně je to {addr_same}, spletli jste číslo.",
        "Plynový kotel je v bytě v domě {addr}, byt číslo {flat}.",
        "Odběrné místo {addr_any}, stav plynoměru {meter} kubíků.",
        "Kam to mám poslat? Na adresu {addr_full}, k rukám {P1.pan.gen} {P1.full.gen}.",
        "bydlime na adrese {addr_town}, cislo bytu nevim.",
        "Reklamaci jsem posílal doporučeně z adresy {addr_full}.",
        "Je to řadovka, {addr}, poslední dům v řadě.",
        "Montáž čerpadla byla {date} na adrese {addr_any} a od té doby to hučí.",
        "U souseda na {addr} to funguje, u nás na {addr_same} ne.",
        "Bydlíme v {addr_loc}, to je kousek od školy.",
        "adresa je {addr_words}, to je ten dům se zelenými okenicemi.",
        "Rodiče mají kotel v obci {addr_village}, tam by to chtělo revizi.",
        "Dobře, takže servis proběhne na adrese {addr_any} {v_weekday} dopoledne.",
        "Napište tam prosím {addr_full}, ne tu starou adresu z roku {year}.",
        "no a je to {addr_split}, a zvoňte dlouho, babička špatně slyší.",
        "Na zvonku je {P1.last.nom}, adresa {addr_full}.",
        "Pošlete tam prosím zase {M1.pan.acc} {M1.last.acc}, on ten dům zná, je to {addr_any}.",
        "Byt po {P1.pan.loc} {P1.last.loc}? To je {addr}, teď tam bydlí nájemníci.",
        "Kotel u {P1.pan.gen} {P1.last.gen} na adrese {addr_town} je už po záruce.",
        "Maminka, {F1.full.nom}, bydlí {addr_full}, tam to prosím napište.",
        "jo a ještě druhé odběrné místo, {addr_village}, to je chalupa.",
    ],
    "NAME": [
        "Dobrý den, u telefonu {P1.full.nom}, zákaznická linka, jak vám můžu pomoct?",
        "Jmenuji se {P1.last.nom}, {P1.spell.last}, a volám kvůli kotli.",
        "Chtěl bych mluvit s {P1.pan.ins} {P1.last.ins}, to je {P1.g:ten technik, co u nás byl|ta paní, co u nás byla na revizi}.",
        "Dobrý den, {P1.pan.voc} {P1.last.voc}, volám ohledně vaší reklamace.",
        "Smlouva je psaná na manžela, {M1.full.acc}, já jsem jen manželka.",
        "Předejte to prosím {P1.pan.dat} {P1.last.dat}, {P1.g:ten|ta} to má na starosti.",
        "Technik {M1.first.nom} říkal, že díl objedná, ale pořád nic.",
        "Volám za tátu, za {M1.full.acc}, on špatně slyší.",
        "Byla u nás vaše kolegyně, paní {F1.last.nom}, a nechala tu jen papír.",
        "jméno {P1.first.nom}, příjmení {P1.last.nom}, {P1.spell.last}.",
        "Mluvila jsem včera s {F1.first.ins} z vašeho dispečinku a slíbila mi termín.",
        "Bez souhlasu {P1.pan.gen} {P1.full.gen} to přepsat nemůžu, smlouva je na {P1.g:něj|ni}.",
        "Děkuju, {P1.pan.voc} {P1.last.voc}, hezký den.",
        "Tady {F1.first.nom}, dcera {P2.pan.gen} {P2.last.gen}, volám za {P2.g:něj|ni}.",
        "Syn {M1.first.nom} tam bude od rána, tak mu technik může zavolat.",
        "Pan {M1.last.nom}? Ten už u nás nepracuje, převzal to kolega {M2.full.nom}.",
        "Jsem {P1.full.nom}, křestní {P1.spell.first}, příjmení {P1.spell.last}.",
        "Psal jsem to {P1.pan.dat} {P1.full.dat} do mailu, ale neodpověděl{P1.g:|a}.",
        "Za {P1.pan.acc} {P1.last.acc} to vyřídí kolega, {P1.g:on|ona} má dovolenou.",
        "V systému vidím {P1.full.acc}, to jste vy?",
        "Majitelem domu je {M1.full.nom}, my jsme tam jenom v nájmu.",
        "A jak se jmenoval ten technik? Myslím, že {M1.last.nom}, takový vysoký.",
        "Ozve se vám kolegyně {F1.full.nom} z fakturace.",
        "Přepojím vás {P1.pan.dat} {P1.last.dat} z technického oddělení, moment.",
        "S {P1.pan.ins} {P1.full.ins} jsem se domluvil, že přijede v pondělí.",
        "A o {P1.pan.loc} {P1.last.loc} nic nevíte? Měl{P1.g:|a} nám volat zpátky.",
        "{P1.first.voc}, prosím tě, vezmi to, volají od kotlů.",
        "Moje žena, {F1.full.nom}, je na smlouvě taky.",
        "hláskuju: {P1.spell.last}, jako {P1.last.nom}.",
        "Jo, a řekněte {M1.first.dat}, ať si vezme ten manometr.",
        "U nás byl {M1.pan.nom} {M1.last.nom} a pak ještě {M2.first.nom}, nevím příjmení.",
        "Volala mi nějaká {F1.first.nom} od vás kvůli termínu, ale nepředstavila se celá.",
        "Prosím {P1.pan.acc} {P1.full.acc}, má u vás objednaný servis.",
        "Zdravím, {P1.first.voc}, tady technik {M2.first.nom}, budu u vás za hodinu.",
        "Smlouvu jsme převedli z {P1.pan.gen} {P1.last.gen} na {P2.pan.acc} {P2.full.acc}.",
        "na faktuře je napsaná {F1.full.nom}, ale to je moje tchyně.",
    ],
    "PHONE": [
        "Technik ať mi před příjezdem zavolá na {phone}.",
        "číslo mám {phone_sp}, jo.",
        "Máte tam staré číslo, nové je {phone}, to staré už je zrušené.",
        "Kdyby tam nikdo nebyl, volejte sousedce, paní {F1.last.dat}, na {phone}.",
        "Zpětné volání na {phone}, nejlépe po páté hodině.",
        "mobil {phone}, nebo pevná linka {phone}, tam je to horší.",
    ],
    "IBAN": [
        "Přeplatek prosím vraťte na IBAN {iban}, je to účet u jiné banky.",
        "iban mám {iban}, majitel účtu je {P1.full.nom}.",
        "Platím ze Slovenska, takže přes IBAN: {iban}.",
        "Na faktuře máte IBAN {iban}, ale platba se mi vrátila.",
        "Dobropis prosím poukažte na {iban}, díky.",
    ],
    "ACCT": [
        "Vratku za zrušenou objednávku pošlete na účet {acct}, prosím.",
        "Číslo účtu je {acct}, to je spořitelna.",
        "Zálohy strhávejte z účtu {acct}, inkaso mám povolené.",
        "změnila jsem banku, nový účet {acct}, ten starý zrušte.",
        "Posílal jsem to z účtu {acct}, variabilní symbol jsem dal {vs}.",
    ],
    "RC": [
        "Rodné číslo je {P1.rc}, smlouvu podepíše {P1.full.nom}.",
        "Pro ověření mi řekněte rodné číslo. Jo, {rc}.",
        "ehm, rodné číslo manžela je {rc_m}, moje nevím zpaměti, to je vtip.",
        "Do smlouvy jste mi napsali rodné číslo {rc}, ale správně je {rc}.",
        "rodné číslo {rc_sp}.",
    ],
    "ICODIC": [
        "Fakturujte to na firmu, IČO {ico}, sídlo máme jinde než provozovnu.",
        "Jsme eseró, ičo {ico}, dič {dic_ico}.",
        "IČ {ico_spaced}, to je živnost mého manžela.",
        "DIČ je {dic}, jsme plátci DPH.",
        "Na faktuře chybí DIČ {dic_rc}, já jsem OSVČ.",
        "ičo máte dobře, ale dič je {dic_ico}, ne to, co tam je.",
        "IČO {ico} a DIČ {dic_ico}, fakturační adresa beze změny.",
        "Společenství vlastníků má IČO {ico_spaced}, plátci DPH nejsme.",
    ],
    "CARD": [
        "Zaplatím kartou, číslo {card}, platnost {mm}/{yy}.",
        "Strhli jste mi to z karty {card} dvakrát.",
        "číslo karty {card_sp}, a platnost nevím.",
        "Kartu končící na {last4} už nemám, novou vám nadiktuju: {card}.",
        "Platba kartou {card} neprošla, banka mi ji zablokovala.",
    ],
    "PLATE": [
        "Technik přijel autem {plate} a zablokoval nám vjezd.",
        "Na parkovišti stojí vaše dodávka, SPZ {plate}, můžete ji přeparkovat?",
        "Zapište si, že technik bude mít služební auto {plate}, bílá dodávka.",
        "poznávací značka je {plate_sp}, to je to auto s logem.",
        "Do areálu pustíme jen auto s SPZ {plate}, ostatní musí zůstat venku.",
    ],
    "MIX": [
        "Objednávka servisu: {P1.full.nom}, {addr_full}, telefon {phone}.",
        "Takže to shrnu, {P1.pan.voc} {P1.last.voc}: přijedeme na {addr}, fakturu pošleme na {email}.",
        "Účet {acct}, majitel {P1.full.nom}, a variabilní symbol je číslo faktury.",
        "Firma má IČO {ico}, sídlo {addr_full}.",
        "Jméno {P1.full.nom}, rodné číslo {P1.rc}, adresa {addr_town}.",
        "Mejl {email}, web {url}, a telefon máte.",
        "{P1.full.nom}, psč {psc}, zbytek adresy máte.",
        "Platit bude {P1.pan.nom} {P1.last.nom} kartou {card}, mail na potvrzení {email_any}.",
        "Zákazník {P1.full.nom}, {addr_any}, kotel {brand}, hlásí chybu {err}.",
        "Technik {M1.full.nom}, auto {plate}, dorazí na {addr} kolem {time}.",
        "Pan {M1.last.nom}, adresa {addr_town}, číslo {phone}, chce nabídku na čerpadlo.",
    ],
}

NEG = [
    "Kotel hlásí chybu {err} a pak se sám restartuje.",
    "Tlak v systému spadl na {bar_low} baru, normálně tam mám jeden a půl.",
    "Servisní prohlídka stojí {price} včetně dopravy.",
    "Faktura číslo {inv} je splatná {date}.",
    "Objednávka {order} je naplánovaná na {weekday} {time_range}.",
    "Teplota vody na výstupu je jen {temp} stupňů.",
    "Máme tepelné čerpadlo {brand} {model}, výkon {kw} kilowatt.",
    "Sériové číslo na štítku je {serial}, rok výroby {year}.",
    "Na webu jsem nic nenašla, tak radši volám.",
    "V aplikaci mi to ukazuje, že je termostat offline.",
    "Přes zákaznický portál se nemůžu přihlásit, prý špatné heslo.",
    "Tiket {ticket} je pořád otevřený, nikdo se neozval.",
    "variabilní symbol {vs}, částka {price}.",
    "Technik přijede mezi osmou a desátou, předtím zavolá.",
    "Na displeji bliká {err} a hořák nezapálí.",
    "Ten mráz v noci tomu čerpadlu nedělá dobře.",
    "Kovář nám dělal zábradlí, s topením nemá nic společného.",
    "V komíně bylo hnízdo, asi sýkora nebo vrabec, a teď to netáhne.",
    "Liška nám prokousala kabel od venkovní jednotky.",
    "Kotel je v kotelně vedle pračky, přístup je z chodby.",
    "Odečet plynoměru {meter} kubíků ke dni {date}.",
    "Záloha je {price} měsíčně a od ledna ji zvedáte o {pct} procent.",
    "Model {model} už se nevyrábí, ale díly se ještě seženou.",
    "Reklamace {ticket} byla zamítnuta {date} a já se chci odvolat.",
    "Smlouva číslo {contract} končí {date}, chci ji prodloužit.",
    "Mám tam nastaveno dvacet jedna stupňů přes den a osmnáct v noci.",
    "Expanzní nádoba má osm litrů a tlak dusíku jeden bar.",
    "Voláte mi už potřetí, prosím vás, napište mi to do SMS.",
    "Hlavní uzávěr vody je u rohu za dveřmi.",
    "Na náměstí jsme nemohli zaparkovat, tak jsme auto nechali u kostela.",
    "Čerpadlo stálo {price}, dotace z programu byla {price}.",
    "Objednací kód filtru je {partno}, balení po dvou kusech.",
    "Černý kabel je fáze, modrý nula a žlutozelený zem.",
    "Král mezi kotli to teda není, ale topí spolehlivě.",
    "V ulici nám kopali plynovod, tak jsme byli dva dny bez plynu.",
    "Firmware termostatu je verze {ver}, aktualizace se stáhla v noci.",
    "Zákaznické číslo {custno}, smlouva na plyn i elektřinu.",
    "Teplota zpátečky je {temp} stupňů, rozdíl oproti výstupu jen {n} stupně.",
    "Klikám na odkaz v e-mailu a nic se neděje.",
    "Zavolejte mi prosím zpátky na to číslo, ze kterého volám.",
    "Měření spalin ukázalo {ppm} ppm CO, to je v normě.",
    "Nový hořák stojí {price} bez DPH a práce je dalších {price}.",
    "Číslo popisné nevím zpaměti, ale technik to tam zná.",
    "Poslední servis byl {date} v {time}, podepsal to technik.",
    "Myslíte ten QR kód na faktuře? Ten jsem nenaskenoval.",
    "Přišlo mi navíc {price_sp}, to je nějaký poplatek?",
    "Zásobník má dvě stě litrů a ohřev trvá asi hodinu a půl.",
    "Heslo k wifi pro termostat je na štítku pod krytem.",
    "Zkoušel jsem reset, držel jsem tlačítko deset sekund.",
    "takže chyba {err}, tlak {bar} baru a teplota {temp} stupňů, zapsáno.",
    "Na mail vám to pošlu hned, jak to kolega schválí.",
    "Jo, web máte pěkný, ale ten formulář na reklamace nejde odeslat.",
    "Po výměně čerpadla {brand} se spotřeba snížila asi o {pct} procent.",
    "Zaplaceno bylo {date} převodem, částka {price}, symbol {vs}.",
    "Zákazník čeká od {time}, technik má zpoždění kvůli nehodě na dálnici.",
    "Radiátory v patře jsou studené a dole se topí normálně.",
    "Tepelné čerpadlo jede na tarif D56d, nízký tarif dvacet hodin denně.",
    "ehm, ten kód z SMS byl {n}{n}{n}{n}, ale už vypršel.",
]


# ---------------------------------------------------------------------------
# styling
# ---------------------------------------------------------------------------

FILLERS = [
    "no, ",
    "takže ",
    "ehm, ",
    "jo, ",
    "no takže ",
    "hm, ",
    "no jo, ",
    "jo jo, ",
    "eee ",
    "tak ",
]


def stylise(segs: list) -> list:
    style = R.choices(
        ["orig", "lower", "nodiac", "lower_nodiac", "pii_lower"], weights=[50, 22, 10, 10, 8]
    )[0]
    out = []
    for text, typ in segs:
        if style in ("lower", "lower_nodiac") or (style == "pii_lower" and typ):
            text = text.lower()
        if style in ("nodiac", "lower_nodiac"):
            text = strip_diacritics(text)
        out.append((text, typ))
    first_text, first_typ = out[0]
    starts_with_filler = re.match(
        r"(no|takže|takze|ehm|jo|hm|eee|tak)\b", first_text, re.IGNORECASE
    )
    if chance(0.18) and not starts_with_filler:
        f = pick(FILLERS)
        if first_typ is None and first_text[:1].isupper() and first_text[1:2].islower():
            out[0] = (first_text[0].lower() + first_text[1:], None)
        if style in ("nodiac", "lower_nodiac"):
            f = strip_diacritics(f)
        if style in ("orig", "nodiac"):
            f = f.capitalize()
        out.insert(0, (f, None))
    return out


def norm_key(text: str) -> str:
    t = strip_diacritics(text).lower()
    for f in sorted(FILLERS, key=len, reverse=True):
        f = strip_diacritics(f.strip()).lower()
        if t.startswith(f):
            t = t[len(f) :].lstrip(" ,")
            break
    return t


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

TARGETS = {
    "EMAIL": 54,
    "URL": 57,
    "PSC": 64,
    "ADDR": 104,
    "NAME": 62,
    "PHONE": 13,
    "IBAN": 16,
    "ACCT": 14,
    "RC": 13,
    "ICODIC": 25,
    "CARD": 14,
    "PLATE": 14,
    "MIX": 22,
}
N_NEG = 54


def build() -> list[dict]:
    all_templates = [t for ts in POS.values() for t in ts] + NEG
    assert len(set(all_templates)) == len(all_templates), "duplicate template"
    rows = []
    seen = set()

    def emit(template: str, positive: bool):
        for _ in range(50):
            segs = stylise(render(template))
            text = "".join(t for t, _ in segs)
            key = norm_key(text)
            if key in seen:
                continue
            pii = [{"type": typ, "value": t} for t, typ in segs if typ]
            if positive:
                assert pii, template
            else:
                assert not pii, template
            seen.add(key)
            rows.append({"text": text, "pii": pii, "template": template})
            return True
        if SLOT_RE.search(template):
            raise RuntimeError(f"could not make a unique snippet from {template!r}")
        return False

    for group, target in TARGETS.items():
        templates = list(POS[group])
        R.shuffle(templates)
        for i in range(target):
            emit(templates[i % len(templates)], True)
    negs = list(NEG)
    R.shuffle(negs)
    made, i = 0, 0
    while made < N_NEG:
        made += emit(negs[i % len(negs)], False)
        i += 1
    R.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        out.append({"id": f"dev2-{i:04d}", "text": row["text"], "pii": row["pii"]})
    return out


def digits_of(v: str) -> str:
    return re.sub(r"\D", "", v)


def check(rows: list[dict]) -> collections.Counter:
    counts = collections.Counter()
    for row in rows:
        text = row["text"]
        pos = 0
        for p in row["pii"]:
            v, typ = p["value"], p["type"]
            assert v and v in text, (row["id"], v)
            idx = text.find(v, pos)
            assert idx >= 0, ("order", row["id"], v)
            pos = idx + len(v)
            counts[typ] += 1
            d = digits_of(v)
            if typ == "IBAN":
                assert std_iban.is_valid(v), v
            elif typ == "CARD" and len(d) == 16:
                assert std_luhn.is_valid(d), v
            elif typ == "ICO" and len(d) == 8:
                assert std_dic.is_valid(d), v
            elif typ == "DIC":
                assert std_dic.is_valid(v.replace(" ", "")), v
            elif typ == "BIRTH_NUMBER" and len(d) == 10:
                assert std_rc.is_valid(d), v
            elif typ == "BANK_ACCOUNT" and "lomeno" not in v:
                assert std_bankaccount.is_valid(v.replace(" ", "")), v
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows = build()
    counts = check(rows)
    n_templates = sum(len(v) for v in POS.values())
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_neg = sum(1 for r in rows if not r["pii"])
    print(
        f"wrote {len(rows)} snippets ({len(rows) - n_neg} positive, {n_neg} hard negative) to {args.out}"
    )
    print(f"templates: {n_templates} positive, {len(NEG)} negative")
    for typ in [
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
    ]:
        print(f"{typ:13s} {counts[typ]:4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
