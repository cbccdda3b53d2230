#!/usr/bin/env python3
# ruff: noqa: E501  (the sentence templates are long literal lines)
"""Generate the fourth PII development set and the third held-out set.

    tests/data/pii_eval/dev4.jsonl      template group F, seed 20260514  (for tuning)
    tests/data/pii_eval/heldout3.jsonl  template group G, seed 20261029  (frozen, never tuned on)

Synthetic Czech call-centre transcript snippets from situations the earlier
sets did not emphasise (telecom and internet support, insurance claims, car
service and towing, e-shop deliveries, returns and parcel lockers, medical
appointments, debt collection and payment plans, card blocking, landlords
and tenants, schools and kindergartens, a caller dictating a colleague's
contact, callback requests, voicemail-like monologues), in the style of
Whisper output, with labelled personal data.  One JSON object a line:
``{"id": ..., "text": ..., "pii": [{"type": ..., "value": ...}, ...]}``.
Hard negatives have ``"pii": []``.  Every value is an exact substring of its
text; values are listed in the order they occur (a value said twice is
listed twice).

The two splits use two disjoint groups of sentence templates (asserted) and
different seeds.  Written without looking at the detector, its word lists,
its tests or its labelled data.  Values come from Faker (``cs_CZ`` and
``sk_SK``), ``bank-generator-cz``, ``czech-number-utils``, hand-written
lists in this script and random generation with checksums, every written
checksum value verified with ``python-stdnum``.

Usage (the generator's dependencies are not project dependencies)::

    python3 -m venv /tmp/evalgen4
    /tmp/evalgen4/bin/pip install faker==40.54.0 bank-generator-cz==0.2.4 czech-number-utils==1.0.3 python-stdnum==2.2
    /tmp/evalgen4/bin/python scripts/make_pii_dev4.py --out-dir /tmp

HELDOUT3 IS FROZEN: never regenerate it in place after the detector has been
tuned, and never tune on it.
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
SPLITS = {"dev4": ("F", 20260514), "heldout3": ("G", 20261029)}
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

R = random.Random(0)
FAKE_CS = Faker("cs_CZ")
FAKE_SK = Faker("sk_SK")
CS_P = FAKE_CS.provider("faker.providers.person")
CS_A = FAKE_CS.provider("faker.providers.address")
SK_P = FAKE_SK.provider("faker.providers.person")


def set_seed(seed: int) -> None:
    global R
    R = random.Random(seed)
    random.seed(seed)  # bank-generator-cz draws from the module-level generator
    FAKE_CS.seed_instance(seed)
    FAKE_SK.seed_instance(seed + 1)


def pick(seq):
    return R.choice(list(seq))


def chance(p: float) -> bool:
    return R.random() < p


def deaccent(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", deaccent(s).lower())


# ---------------------------------------------------------------------------
# numbers said aloud
# ---------------------------------------------------------------------------

DIG = ["nula", "jedna", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět"]


def words(n: int) -> str:
    w = number_to_czech_word(n).replace("jedno sto", "sto")
    if w.startswith("jeden tisíc") and chance(0.75):
        w = w[len("jeden ") :]
    return w


def digits(d: str) -> str:
    return " ".join(DIG[int(c)] for c in d if c.isdigit())


def chunk_said(g: str) -> str:
    """A group of digits as a caller reads it: leading zero -> digit by digit."""
    if g[0] == "0" or len(g) > 4:
        return digits(g)
    if len(g) == 4 and chance(0.5):
        return f"{chunk_said(g[:2])} {chunk_said(g[2:])}"
    return words(int(g))


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

# Hand-written for this set (not taken from any project list).
FIRST_M_RARE = [
    "Bedřich",
    "Dobroslav",
    "Erik",
    "Evžen",
    "Florián",
    "Gustav",
    "Hubert",
    "Ignác",
    "Jindřich",
    "Kornel",
    "Leoš",
    "Mojmír",
    "Norbert",
    "Oldřich",
    "Radoslav",
    "Sebastián",
    "Servác",
    "Slavomír",
    "Teodor",
    "Vavřinec",
    "Viktor",
    "Zikmund",
    "Blahoslav",
    "Cyril",
    "Ervín",
    "Arnošt",
    "Bohdan",
    "Ctirad",
    "Drahoslav",
    "Herbert",
    "Izidor",
    "Lubomír",
    "Matouš",
    "Mikuláš",
    "Rostislav",
    "Oskar",
]
FIRST_F_RARE = [
    "Alžběta",
    "Bohdana",
    "Dobromila",
    "Eliška",
    "Edita",
    "Gabriela",
    "Hedvika",
    "Ilona",
    "Johana",
    "Kristýna",
    "Ludmila",
    "Magdalena",
    "Nela",
    "Otýlie",
    "Pavlína",
    "Rút",
    "Soňa",
    "Taťána",
    "Věnceslava",
    "Vlasta",
    "Zdenka",
    "Žaneta",
    "Anežka",
    "Berta",
    "Cecílie",
    "Dorota",
    "Emílie",
    "Klára",
    "Marcela",
    "Ottilie",
    "Sylva",
    "Vilma",
    "Zuzana",
    "Tamara",
    "Hana",
    "Amálie",
]
LAST_M_RARE = [
    "Vondráček",
    "Žďárský",
    "Kratochvíl",
    "Šindelář",
    "Pospíšil",
    "Chalupa",
    "Holoubek",
    "Nedbal",
    "Štěpánek",
    "Zelenka",
    "Jedlička",
    "Klímek",
    "Mikulášek",
    "Doležal",
    "Tvrdý",
    "Černý",
    "Veselý",
    "Bílý",
    "Krejčí",
    "Hrubeš",
    "Vlček",
    "Zlámal",
    "Koutný",
    "Hrdlička",
    "Podhajský",
    "Sedláček",
    "Škvor",
    "Trnka",
    "Vávra",
    "Řezníček",
    "Kubíček",
    "Ondráček",
    "Hloušek",
    "Bednařík",
    "Kotrba",
    "Machala",
    "Strnad",
    "Rybář",
    "Mlejnek",
    "Čermák",
    "Dvořák",
    "Fiala",
    "Hanzlík",
    "Jelínek",
    "Kolář",
    "Lukáš",
    "Nečas",
    "Oujezdský",
    "Pešek",
    "Šťastný",
    "Tichý",
    "Urban",
    "Vacek",
    "Zíka",
]
LAST_M_FOREIGN = [
    "Schneider",
    "Wagner",
    "Horváth",
    "Kovács",
    "Nowak",
    "Hoffmann",
    "Weber",
    "Richter",
    "Lang",
    "Zimmermann",
    "Bauer",
    "Klein",
    "Wolf",
    "Fischer",
    "Szabó",
    "Tóth",
    "Petrov",
    "Ivanov",
    "Kowalczyk",
    "Rosenberg",
    "Grünwald",
    "Eisner",
    "Baxter",
    "Harrison",
    "Morgan",
]

SOFT = set("šžčřcjďťň")
VOW = set("aeiouyáéíóúůýě")
CASES = ("nom", "gen", "dat", "acc", "ins", "voc", "loc")
FLEET = {
    "Pavel": "Pavl",
    "Karel": "Karl",
    "Havel": "Havl",
    "Kozel": "Kozl",
    "Orel": "Orl",
    "Marcel": None,
}


def d_same(s):
    return dict.fromkeys(CASES, s)


def decl_m(s: str):
    if not s or " " in s or "-" in s or len(s) < 3:
        return None
    if s[-1] in "ýí":
        st, e = s[:-1], s[-1]
        if e == "ý":
            return dict(
                nom=s,
                gen=st + "ého",
                dat=st + "ému",
                acc=st + "ého",
                ins=st + "ým",
                voc=s,
                loc=st + "ém",
            )
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
        if st[-1] in SOFT or st[-1] in VOW:
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
    if s[-1] in VOW or s[-1] in "sxzwqgóe":
        return None
    if s.endswith("ec"):
        return None  # vocative varies (Němče / Kadleci), left out
    if s in FLEET:
        if FLEET[s] is None:
            return None
        st = FLEET[s]
    elif s.endswith("ěk"):
        soft = {"n": "ň", "d": "ď", "t": "ť"}.get(s[-3])
        if not soft:
            return None
        st = s[:-3] + soft + "k"
    elif s.endswith("ek") and s[-3] not in VOW:
        st = s[:-2] + "k"
    else:
        st = s
    last = st[-1]
    if last in SOFT:
        gen, voc = st + "e", st + "i"
    else:
        gen = st + "a"
        if last in "kh" or st.endswith("ch"):
            voc = st + "u"
        elif last == "r" and st[-2] not in VOW:
            voc = st[:-1] + "ře"
        else:
            voc = st + "e"
    return dict(nom=s, gen=gen, dat=st + "ovi", acc=gen, ins=st + "em", voc=voc, loc=st + "ovi")


def decl_f_first(s: str):
    if s.endswith("e"):
        st = s[:-1]
        return dict(nom=s, gen=s, dat=st + "i", acc=st + "i", ins=st + "í", voc=s, loc=st + "i")
    if s[-1] not in VOW:
        return d_same(s)
    if not s.endswith("a"):
        return None
    st = s[:-1]
    e = st[-1]
    if e in SOFT or e in VOW:
        return None
    if st.endswith("ch"):
        dat = st[:-2] + "še"
    elif e == "k":
        dat = st[:-1] + "ce"
    elif e in "hg":
        dat = st[:-1] + "ze"
    elif e == "r":
        dat = st[:-1] + "ře"
    elif e in "dtnbpvfm":
        dat = st + "ě"
    elif e in "lsz":
        dat = st + "e"
    else:
        return None
    return dict(nom=s, gen=st + "y", dat=dat, acc=st + "u", ins=st + "ou", voc=st + "o", loc=dat)


def decl_f_last(s: str):
    if s.endswith("á"):
        st = s[:-1]
        return dict(
            nom=s, gen=st + "é", dat=st + "é", acc=st + "ou", ins=st + "ou", voc=s, loc=st + "é"
        )
    if s.endswith("í"):
        return d_same(s)
    return None


def fem(s: str):
    if s.endswith("ý"):
        return s[:-1] + "á"
    if s.endswith("í"):
        return s
    if s.endswith("a"):
        return s[:-1] + "ová"
    if s.endswith("ěk"):
        soft = {"n": "ň", "d": "ď", "t": "ť"}.get(s[-3])
        return s[:-3] + soft + "ková" if soft else None
    if s.endswith("ek") and s[-3] not in VOW:
        return s[:-2] + "ková"
    if s.endswith("ó") or s[-1] in VOW:
        return None
    return s + "ová"


PAN = {
    "m": dict(nom="pan", gen="pana", dat="panu", acc="pana", ins="panem", voc="pane", loc="panu"),
    "f": d_same("paní"),
}


class Person:
    def __init__(self, g: str):
        self.g = g
        for _ in range(400):
            origin = R.choices(["cz", "sk", "rare", "foreign"], weights=[5, 3, 4, 1])[0]
            first, last = self._draw(origin)
            if not first or not last:
                continue
            if g == "m":
                df, dl = decl_m(first), decl_m(last)
            else:
                df, dl = decl_f_first(first), decl_f_last(last)
            if df and dl:
                break
        else:
            raise RuntimeError("no declinable name")
        self.first, self.last, self.df, self.dl = first, last, df, dl

    def _draw(self, o):
        if self.g == "m":
            f = pick(
                {
                    "cz": CS_P.first_names_male,
                    "sk": SK_P.first_names_male,
                    "rare": FIRST_M_RARE,
                    "foreign": CS_P.first_names_male,
                }[o]
            )
            last = pick(
                {
                    "cz": CS_P.last_names_male,
                    "sk": SK_P.last_names_male,
                    "rare": LAST_M_RARE,
                    "foreign": LAST_M_FOREIGN,
                }[o]
            )
            return f, last
        f = pick(
            {
                "cz": CS_P.first_names_female,
                "sk": SK_P.first_names_female,
                "rare": FIRST_F_RARE,
                "foreign": CS_P.first_names_female,
            }[o]
        )
        if o == "cz":
            return f, pick(CS_P.last_names_female)
        if o == "sk":
            return f, pick(SK_P.last_names_female)
        return f, fem(pick(LAST_M_RARE if o == "rare" else LAST_M_FOREIGN))


SPELL_NOTE = {
    "Á": ["dlouhý A", "á s čárkou"],
    "É": ["é s čárkou", "dlouhé E"],
    "Í": ["dlouhé í", "I s čárkou"],
    "Č": ["č s háčkem", "C háček"],
    "Š": ["š s háčkem", "S háček"],
    "Ř": ["ř s háčkem", "R s háčkem"],
    "Ž": ["ž s háčkem"],
    "Ě": ["e s háčkem", "ě s háčkem"],
    "Ý": ["ypsilon s čárkou", "dlouhé tvrdé Y"],
    "Ů": ["u s kroužkem", "ů kroužek"],
    "Ú": ["ú s čárkou"],
    "Y": ["ypsilon", "tvrdé y"],
    "W": ["dvojité vé", "W"],
    "Ť": ["ť s háčkem"],
    "Ď": ["ď s háčkem"],
    "Ň": ["ň s háčkem"],
}


def spell(w: str) -> str:
    letters = [c.upper() for c in w if c.isalpha()]
    if chance(0.35):
        letters = [pick(SPELL_NOTE[c]) if c in SPELL_NOTE and chance(0.8) else c for c in letters]
    sep = R.choices([" ", "-", ", ", " "], weights=[5, 2, 2, 1])[0]
    out = sep.join(letters)
    return out.lower() if chance(0.2) else out


# ---------------------------------------------------------------------------
# checksum identifiers
# ---------------------------------------------------------------------------


def gen_account():
    for _ in range(100):
        a = BankAccount.generate_random(include_prefix=chance(0.3))
        s = str(a)
        if std_bankaccount.is_valid(s):
            pre = str(a.prefix) if a.prefix else ""
            return pre, str(a.account_number), a.bank_code
    raise RuntimeError


def acct_written():
    pre, num, bank = gen_account()
    core = f"{pre}-{num}" if pre else num
    sep = R.choices(["/", " / ", " lomeno ", " lomítko "], weights=[7, 2, 2, 1])[0]
    return f"{core}{sep}{bank}"


def acct_spoken():
    pre, num, bank = gen_account()
    parts = []
    if pre:
        parts.append(digits(pre) + pick([" pomlčka ", " spojovník ", ", "]))
    if chance(0.5):
        parts.append(digits(num))
    else:
        parts.append(" ".join(chunk_said(num[i : i + 2]) for i in range(0, len(num), 2)))
    b = digits(bank) if chance(0.6) else chunk_said(bank)
    parts.append(pick([" lomeno ", " lomítko ", ", kód banky ", " lomeno "]) + b)
    return "".join(parts)


def iban_make(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    v = f"{cc}{chk:02d}{bban}"
    assert std_iban.is_valid(v), v
    return v


def iban_value(sk: bool = False) -> str:
    pre, num, bank = gen_account()
    if sk:
        bank = pick(["0900", "0200", "1100", "7500", "5600", "8330"])
    v = iban_make("SK" if sk else "CZ", bank + pre.zfill(6) + num.zfill(10))
    f = R.choices(["g4", "compact", "g4lower", "g4dash"], weights=[6, 3, 1, 1])[0]
    if f == "compact":
        return v
    g = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    if f == "g4lower":
        return g.lower()
    if f == "g4dash":
        return g.replace(" ", "-")
    return g


def gen_ico() -> str:
    for _ in range(100):
        body = ("0" if chance(0.1) else str(R.randint(1, 9))) + "".join(
            R.choice(string.digits) for _ in range(6)
        )
        s = sum(int(d) * w for d, w in zip(body, range(8, 1, -1), strict=True))
        c = (11 - s % 11) % 10
        v = body + str(c)
        if std_dic.is_valid(v):
            return v
    raise RuntimeError


def ico_written(v=None):
    v = v or gen_ico()
    return R.choices(
        [v, f"{v[:3]} {v[3:5]} {v[5:]}", f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:]}", f"{v[:4]} {v[4:]}"],
        weights=[6, 2, 1, 1],
    )[0]


def ico_spoken():
    v = gen_ico()
    if chance(0.5):
        return digits(v)
    return " ".join(chunk_said(v[i : i + 2]) for i in range(0, 8, 2))


def gen_rc(g: str | None = None, old: bool = False) -> str:
    g = g or pick("mf")
    for _ in range(1000):
        y = R.randint(1920, 1953) if old else R.randint(1954, 2006)
        m = R.randint(1, 12) + (50 if g == "f" else 0)
        d = R.randint(1, 28)
        base = f"{y % 100:02d}{m:02d}{d:02d}"
        if old:
            v = base + f"{R.randint(0, 999):03d}"
        else:
            nine = base + f"{R.randint(0, 999):03d}"
            c = int(nine) % 11
            if c == 10:
                continue
            v = nine + str(c)
        if std_rc.is_valid(v):
            return v
    raise RuntimeError


def rc_written(v=None):
    v = v or gen_rc(old=chance(0.08))
    return R.choices(
        [f"{v[:6]}/{v[6:]}", v, f"{v[:6]} / {v[6:]}", f"{v[:6]} {v[6:]}"], weights=[6, 3, 1, 1]
    )[0]


def rc_spoken(v=None):
    v = v or gen_rc()
    a = " ".join(chunk_said(v[i : i + 2]) for i in range(0, 6, 2))
    tail = v[6:]
    b = (
        digits(tail)
        if chance(0.5)
        else " ".join(chunk_said(tail[i : i + 2]) for i in range(0, len(tail), 2))
    )
    return f"{a} {pick(['lomeno', 'lomítko', 'lomeno'])} {b}"


def gen_card() -> str:
    kind = R.choices(["visa", "mc", "mc2"], weights=[5, 4, 1])[0]
    head = {"visa": "4", "mc": "5" + str(R.randint(1, 5)), "mc2": str(R.randint(2221, 2720))}[kind]
    body = head + "".join(R.choice(string.digits) for _ in range(15 - len(head)))
    v = body + std_luhn.calc_check_digit(body)
    assert std_luhn.is_valid(v)
    return v


def card_written():
    v = gen_card()
    g = [v[i : i + 4] for i in range(0, 16, 4)]
    return R.choices(
        [" ".join(g), v, "-".join(g), f"{g[0]} {g[1]} {g[2]}{g[3]}"], weights=[6, 3, 1, 1]
    )[0]


def card_spoken():
    v = gen_card()
    g = [v[i : i + 4] for i in range(0, 16, 4)]
    if chance(0.5):
        return ", ".join(digits(x) for x in g)
    return " ".join(chunk_said(x[:2]) + " " + chunk_said(x[2:]) for x in g)


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------

MOB = [
    "601",
    "602",
    "603",
    "604",
    "605",
    "606",
    "607",
    "608",
    "702",
    "703",
    "704",
    "705",
    "720",
    "721",
    "722",
    "723",
    "724",
    "725",
    "728",
    "730",
    "731",
    "732",
    "734",
    "736",
    "737",
    "739",
    "770",
    "773",
    "774",
    "775",
    "776",
    "777",
    "778",
    "790",
    "791",
    "792",
    "797",
    "799",
]
LAND = [
    "220",
    "222",
    "224",
    "235",
    "241",
    "251",
    "266",
    "271",
    "283",
    "312",
    "317",
    "321",
    "326",
    "352",
    "377",
    "386",
    "412",
    "466",
    "483",
    "491",
    "515",
    "533",
    "541",
    "545",
    "553",
    "566",
    "571",
    "585",
    "596",
]


def phone_nine(land: bool = False) -> str:
    return pick(LAND if land else MOB) + "".join(R.choice(string.digits) for _ in range(6))


def phone_written(d=None, land=False) -> str:
    d = d or phone_nine(land)
    a, b, c = d[:3], d[3:6], d[6:]
    f = R.choices(
        ["333", "compact", "+333", "+compact", "3222", "00", "dash", "+420(", "dot"],
        weights=[6, 3, 5, 1, 3, 1, 1, 1, 1],
    )[0]
    return {
        "333": f"{a} {b} {c}",
        "compact": d,
        "+333": f"+420 {a} {b} {c}",
        "+compact": f"+420{d}",
        "3222": f"{a} {d[3:5]} {d[5:7]} {d[7:]}",
        "00": f"00420 {a} {b} {c}",
        "dash": f"{a}-{b}-{c}",
        "+420(": f"+420 ({a}) {b} {c}",
        "dot": f"{a}.{b}.{c}",
    }[f]


def phone_spoken(d=None) -> str:
    d = d or phone_nine(chance(0.15))
    st = R.choices(["333", "digits", "3222", "mixed"], weights=[4, 3, 2, 2])[0]
    if st == "digits":
        body = digits(d)
    elif st == "333":
        body = (
            ", ".join(chunk_said(d[i : i + 3]) for i in (0, 3, 6))
            if chance(0.5)
            else " ".join(chunk_said(d[i : i + 3]) for i in (0, 3, 6))
        )
    elif st == "3222":
        body = " ".join([chunk_said(d[:3])] + [chunk_said(d[i : i + 2]) for i in (3, 5, 7)])
    else:  # some groups in digits, some in words, as Whisper mixes them
        gs = [d[:3], d[3:6], d[6:]]
        k = R.randrange(3)
        body = " ".join(g if i != k else chunk_said(g) for i, g in enumerate(gs))
        if k != 0 and chance(0.5):
            body = " ".join(chunk_said(g) if i == 0 else g for i, g in enumerate(gs))
            if body.split(" ")[-1].isdigit() and all(x.isdigit() for x in body.split(" ")[-2:]):
                pass
    if chance(0.25):
        body = pick(["plus čtyři sta dvacet ", "plus čtyřista dvacet ", "+420 "]) + body
    return body


def phone_sk() -> str:
    d = pick(
        ["903", "905", "907", "910", "911", "915", "917", "940", "944", "948", "949"]
    ) + "".join(R.choice(string.digits) for _ in range(6))
    return pick(
        [f"+421 {d[:3]} {d[3:6]} {d[6:]}", f"00421 {d}", f"+421{d}", f"0{d[:3]} {d[3:6]} {d[6:]}"]
    )


# ---------------------------------------------------------------------------
# plates
# ---------------------------------------------------------------------------

REGION = "ABCEHJKLMPSTUZ"
PL_LET = "ABCDEFHJKLMNPRSTUVXYZ"
SAY_L = {
    "A": "á",
    "B": "bé",
    "C": "cé",
    "D": "dé",
    "E": "é",
    "F": "ef",
    "H": "há",
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
VANITY = [
    "TURBO",
    "DRAK",
    "MODRAK",
    "KOCOUR",
    "RALLY",
    "SUPERB",
    "TRAKTOR",
    "BOURAK",
    "JEZEK",
    "BLESK",
    "HASIC",
    "RYBAR",
    "MOTO",
    "SOKOL",
]


def plate_core() -> str:
    third = R.choice(PL_LET) if chance(0.7) else R.choice("123456789")
    return f"{R.randint(1, 9)}{R.choice(REGION)}{third}", f"{R.randint(0, 9999):04d}"


def plate_written() -> str:
    a, b = plate_core()
    f = R.choices([" ", "", "-", " "], weights=[6, 3, 2, 1])[0]
    v = f"{a}{f}{b}"
    return v.lower() if chance(0.12) else v


def plate_vanity() -> str:
    w = pick(VANITY)
    n = str(R.randint(1, 99))
    v = (w + n) if len(w + n) <= 8 else w
    return pick([v, f"{w} {n}" if len(w + n) <= 8 else w])


def plate_spoken() -> str:
    a, b = plate_core()
    out = [words(int(a[0]))] + [SAY_L[c] if c.isalpha() else words(int(c)) for c in a[1:]]
    tail = digits(b) if chance(0.5) else f"{chunk_said(b[:2])} {chunk_said(b[2:])}"
    if chance(0.3):  # half said, digits written
        return " ".join(out) + " " + b
    return " ".join(out) + " " + tail


# ---------------------------------------------------------------------------
# e-mails and URLs
# ---------------------------------------------------------------------------

FREE = [
    "seznam.cz",
    "email.cz",
    "gmail.com",
    "centrum.cz",
    "post.cz",
    "volny.cz",
    "outlook.com",
    "icloud.com",
    "atlas.cz",
    "azet.sk",
    "tiscali.cz",
    "quick.cz",
    "hotmail.com",
    "yahoo.com",
    "protonmail.com",
    "o2active.cz",
]
DOM_W1 = [
    "rychlo",
    "net",
    "optik",
    "kabel",
    "pojist",
    "jistota",
    "auto",
    "odtah",
    "pneu",
    "karoserie",
    "zasilky",
    "balik",
    "obchod",
    "nakup",
    "ordinace",
    "zubni",
    "poliklinika",
    "skolka",
    "zakladka",
    "inkaso",
    "splatky",
    "vymahani",
    "byty",
    "najem",
    "sprava",
    "domov",
    "servis",
    "lekarna",
    "veterina",
    "fyzio",
    "stavebni",
]
DOM_W2 = [
    "",
    "",
    "plus",
    "24",
    "centrum",
    "online",
    "express",
    "-praha",
    "-morava",
    "-sever",
    "pro",
    "shop",
    "net",
    "servis",
    "-jih",
    "link",
    "point",
    "max",
    "help",
]
TLD = ["cz"] * 10 + ["sk", "eu", "eu", "com", "com", "net", "info", "org"]
ROLES = [
    "reklamace",
    "vraceni",
    "podpora",
    "technik",
    "objednavky",
    "recepce",
    "skolni.jidelna",
    "pojistne.udalosti",
    "likvidace",
    "dispecink",
    "inkaso",
    "fakturace",
    "sprava.bytu",
    "info",
    "kancelar",
    "hotline",
    "servis",
    "ucetni",
    "ordinace",
    "reditelka",
    "odtahy",
    "zakaznicka.linka",
]


def company_domain() -> str:
    for _ in range(20):
        a, b = pick(DOM_W1), pick(DOM_W2)
        if a != b.strip("-"):
            break
    if chance(0.25):
        b = "-" + slug(pick(CS_A.cities))[:10]
    return f"{a}{b}.{pick(TLD)}"


def local_from(p: Person | None) -> str:
    if p is None:
        p = Person(pick("mf"))
    f, last = slug(p.first), slug(p.last)
    yr = str(R.randint(60, 99) if chance(0.5) else R.randint(1, 2006) % 100).zfill(2)
    return pick(
        [
            f"{f}.{last}",
            f"{last}.{f}",
            f"{f[0]}.{last}",
            f"{f}{last}",
            f"{last}{yr}",
            f"{f}.{last}{yr}",
            f"{f}_{last}",
            f"{last}-{f}",
            f"{f[0]}{last}",
            f"{f}{yr}",
            f"{last}.{f[0]}",
            f"{f}.{last}.{yr}",
        ]
    )


def email_written(p=None, role=False, co=False) -> str:
    loc = pick(ROLES) if role else local_from(p)
    dom = company_domain() if (role or co or chance(0.15)) else pick(FREE)
    v = f"{loc}@{dom}"
    st = R.choices(["plain", "cap", "ws", "upper"], weights=[12, 2, 2, 1])[0]
    if st == "cap":
        v = v[0].upper() + v[1:]
    elif st == "ws":
        v = v.replace("@", pick([" @ ", " @", "@ "]))
    elif st == "upper":
        v = v.upper()
    return v


TLD_SAY = {
    "cz": ["cz", "cé zet", "cz", "cézet"],
    "com": ["com", "kom", "com"],
    "sk": ["sk", "es ká"],
    "eu": ["eu", "é ú"],
    "net": ["net"],
    "info": ["info"],
    "org": ["org"],
}
AT = ["zavináč"] * 8 + ["zavinač", "zavináčem", "at", "zavináč"]


def say_tok(t: str) -> str:
    out = []
    for part in re.findall(r"[a-z]+|\d+|[._-]", t):
        if part == ".":
            out.append(pick(["tečka", "tečka", "tečka", "tecka"]))
        elif part == "-":
            out.append(pick(["pomlčka", "pomlčka", "mínus", "spojovník"]))
        elif part == "_":
            out.append(pick(["podtržítko", "podtržítko", "dolní čárka"]))
        elif part.isdigit():
            out.append(digits(part) if (len(part) > 2 or chance(0.4)) else words(int(part)))
        else:
            out.append(part)
    return " ".join(out)


def say_domain(dom: str) -> str:
    parts = dom.split(".")
    tld = parts[-1]
    body = " tečka ".join(say_tok(x) for x in parts[:-1])
    return f"{body} {pick(['tečka', 'tečka', 'dot'])} {pick(TLD_SAY.get(tld, [tld]))}"


def email_spoken(p=None, role=False) -> str:
    loc = pick(ROLES) if role else local_from(p)
    dom = company_domain() if (role or chance(0.2)) else pick(FREE)
    mode = R.choices(["all", "local_said", "dom_said", "spelled"], weights=[6, 2, 2, 2])[0]
    at = pick(AT)
    if mode == "all":
        return f"{say_tok(loc)} {at} {say_domain(dom)}"
    if mode == "local_said":
        return f"{say_tok(loc)} {at} {dom}"
    if mode == "dom_said":
        return f"{loc} {at} {say_domain(dom)}"
    letters = []
    for c in loc:
        if c in ".-_":
            letters.append({".": "tečka", "-": "pomlčka", "_": "podtržítko"}[c])
        else:
            letters.append(c.upper() if c.isalpha() else DIG[int(c)])
    return f"{' '.join(letters)} {at} {say_domain(dom) if chance(0.5) else dom}"


PATHS = [
    "reklamace",
    "vraceni-zbozi",
    "podpora/poruchy",
    "muj-ucet",
    "objednavky/stav",
    "pojistna-udalost",
    "hlaseni-skody",
    "objednani",
    "rezervace-terminu",
    "platebni-kalendar",
    "splatkovy-kalendar",
    "dokumenty",
    "skolne",
    "prihlaska",
    "jidelnicek",
    "servis/objednat",
    "odtah",
    "faktury",
    "formulare/plna-moc",
    "vydejni-mista",
    "pokryti",
    "tarify",
    "zmena-tarifu",
    "najemni-smlouva",
    "predavaci-protokol",
]


def url_id(n=None) -> str:
    return "".join(
        R.choice(string.ascii_letters + string.digits) for _ in range(n or R.randint(5, 9))
    )


def url_written(kind=None) -> str:
    kind = (
        kind
        or R.choices(
            ["full", "www", "path", "query", "short", "track", "bare", "map", "doc"],
            weights=[4, 3, 3, 2, 2, 2, 2, 1, 1],
        )[0]
    )
    d = company_domain()
    if kind == "full":
        return f"{pick(['https://', 'https://', 'http://'])}{pick(['www.', '', 'moje.', 'portal.'])}{d}/{pick(PATHS)}"
    if kind == "www":
        return f"{pick(['www.', 'www.', 'WWW.'])}{d}" + pick(["", "", f"/{pick(PATHS)}"])
    if kind == "path":
        return f"{d}/{pick(PATHS)}"
    if kind == "query":
        return f"https://{pick(['www.', 'online.', 'klient.'])}{d}/{pick(PATHS)}?{pick(['id', 'token', 'ref', 'c'])}={url_id()}"
    if kind == "short":
        return f"{pick(['https://', ''])}{pick(['bit.ly', 'tinyurl.com', 'is.gd', 'cutt.ly'])}/{url_id(7)}"
    if kind == "track":
        return f"https://{pick(['sledovani', 'tracking', 'zasilka'])}.{d}/{url_id(10).upper()}"
    if kind == "map":
        return f"https://mapy.cz/s/{url_id(8).lower()}"
    if kind == "doc":
        return f"https://{d}/{pick(['dokumenty', 'soubory', 'ke-stazeni'])}/{pick(['vop', 'cenik', 'formular', 'reklamacni-list'])}.pdf"
    return d


def url_spoken() -> str:
    d = company_domain()
    m = R.choices(["www", "https", "mixed", "plain"], weights=[4, 2, 3, 2])[0]
    path = pick(PATHS)
    sl = pick(["lomítko", "lomítko", "lomeno", "slash"])
    pth = (
        f" {sl} " + say_tok(path).replace(" / ", f" {sl} ").replace("/", f" {sl} ")
        if chance(0.6)
        else ""
    )
    if m == "www":
        return f"{pick(['vé vé vé', 'vévévé', 'www', 'tři vé'])} {pick(['tečka', 'tečka'])} {say_domain(d)}{pth}"
    if m == "https":
        return f"{pick(['há té té pé es', 'https'])} dvojtečka {pick(['dvě lomítka', 'lomítko lomítko'])} {say_domain(d)}{pth}"
    if m == "mixed":
        return f"{pick(['www.', ''])}{d} {sl} {path.replace('/', ' ' + sl + ' ')}"
    return f"{say_domain(d)}{pth}"


# ---------------------------------------------------------------------------
# addresses
# ---------------------------------------------------------------------------

GEN_STREETS = [
    "Boženy Němcové",
    "Karla Čapka",
    "Aloise Jiráska",
    "Karoliny Světlé",
    "Jana Opletala",
    "Marie Majerové",
    "Emy Destinnové",
    "Františka Křižíka",
    "Prokopa Holého",
    "Josefa Suka",
    "Vítězslava Nezvala",
    "Petra Bezruče",
    "Jiřího z Poděbrad",
    "Elišky Krásnohorské",
    "Jana Žižky",
    "Antonína Dvořáka",
    "Otakara Březiny",
    "Svatopluka Čecha",
    "Milady Horákové",
    "Václava Havla",
    "Terezy Novákové",
    "Gustava Mahlera",
    "Kpt. Jaroše",
    "Dr. E. Beneše",
]
PREP_STREETS = [
    "Na Výsluní",
    "U Potoka",
    "Pod Lesem",
    "Za Humny",
    "K Rybníku",
    "Nad Mlýnem",
    "V Zahradách",
    "Na Sádkách",
    "U Hřbitova",
    "Pod Kaplí",
    "Na Stráni",
    "K Nádraží",
    "Za Školou",
    "U Splavu",
    "Nad Tratí",
    "Ke Křížku",
    "Na Ohradě",
    "V Úvoze",
    "Pod Vinicí",
    "U Lípy",
    "Na Kopečku",
    "Za Mostem",
    "K Lesu",
    "Na Pískách",
    "U Cihelny",
    "Pod Hrází",
]
SQUARES = [
    "náměstí Míru",
    "náměstí Republiky",
    "Palackého náměstí",
    "Mírové náměstí",
    "náměstí Svobody",
    "Komenského náměstí",
    "Horní náměstí",
    "Dolní náměstí",
    "Masarykovo náměstí",
    "náměstí T. G. Masaryka",
    "Husovo náměstí",
    "náměstí 5. května",
]
# (nominative, locative) for "v ... ulici" / "na ..." phrasing; the preposition stays outside the span
LOC_STREETS = [
    ("Lipová", "Lipové"),
    ("Dlouhá", "Dlouhé"),
    ("Zahradní", "Zahradní"),
    ("Školní", "Školní"),
    ("Polní", "Polní"),
    ("Krátká", "Krátké"),
    ("Luční", "Luční"),
    ("Jabloňová", "Jabloňové"),
    ("Husova", "Husově"),
    ("Nerudova", "Nerudově"),
    ("Smetanova", "Smetanově"),
    ("Sadová", "Sadové"),
    ("Kopretinová", "Kopretinové"),
    ("Topolová", "Topolové"),
    ("Jiráskova", "Jiráskově"),
    ("Tyršova", "Tyršově"),
    ("Lesní", "Lesní"),
    ("Hřbitovní", "Hřbitovní"),
    ("Vrchlického", "Vrchlického"),
]
VILLAGES = [
    "Horní Lhota",
    "Dolní Bukovsko",
    "Lhotka",
    "Újezd",
    "Nová Ves",
    "Dubenec",
    "Těšetice",
    "Vlkoš",
    "Radslavice",
    "Bohuslavice",
    "Záhoří",
    "Kamenná Lhota",
    "Vysoká Pec",
    "Malá Skála",
    "Staré Hutě",
    "Bukovina",
    "Chrastavec",
    "Ostrov u Macochy",
    "Velké Janovice",
    "Hrušky",
    "Louka",
    "Vranov",
    "Březová",
    "Stará Voda",
]
_FK_STREETS = [s for s in CS_A.streets if not re.search(r"\s[IVX]+\.?$", s)]


def street_name() -> str:
    k = R.choices(["fk", "gen", "prep", "sq", "loc"], weights=[6, 3, 3, 2, 2])[0]
    return {
        "fk": lambda: pick(_FK_STREETS),
        "gen": lambda: pick(GEN_STREETS),
        "prep": lambda: pick(PREP_STREETS),
        "sq": lambda: pick(SQUARES),
        "loc": lambda: pick(LOC_STREETS)[0],
    }[k]()


def house_no() -> str:
    f = R.choices(["s", "m", "l", "sl", "sla", "a"], weights=[4, 3, 3, 3, 1, 1])[0]
    if f == "s":
        return str(R.randint(1, 99))
    if f == "m":
        return str(R.randint(100, 999))
    if f == "l":
        return str(R.randint(1000, 3999))
    if f == "sl":
        return f"{R.randint(100, 3999)}/{R.randint(1, 60)}"
    if f == "sla":
        return f"{R.randint(100, 3999)}/{R.randint(1, 30)}{pick('abc')}"
    return f"{R.randint(1, 80)}{pick('abcd')}"


def house_no_said() -> str:
    if chance(0.3):
        return f"{words(R.randint(100, 2999))} lomeno {words(R.randint(1, 40))}"
    return words(R.randint(1, 250))


def postcode() -> str:
    return f"{R.randint(1, 7)}{R.randint(0, 9)}{R.randint(0, 9)} {R.randint(0, 9)}{R.randint(0, 9)}"


def postcode_said(p: str) -> str:
    return f"{chunk_said(p[:3])} {chunk_said(p[4:])}" if chance(0.6) else digits(p)


def town() -> str:
    return pick(CS_A.cities)


def addr_basic() -> str:
    return f"{street_name()} {house_no()}"


def addr_town() -> str:
    return f"{street_name()} {house_no()}{pick([', ', ', ', ' '])}{town()}"


def addr_full() -> str:
    core, p, t = f"{street_name()} {house_no()}", postcode(), town()
    if chance(0.2):
        p = p.replace(" ", "")
    return R.choices(
        [
            f"{core}, {p} {t}",
            f"{core}, {t}, {p}",
            f"{core}, {t} {p}",
            f"{t}, {core}, {p}",
            f"{core} {p} {t}",
        ],
        weights=[5, 2, 2, 1, 1],
    )[0]


def addr_village() -> str:
    v, n = pick(VILLAGES), str(R.randint(1, 320))
    return R.choices(
        [
            f"{v} {n}",
            f"{v} číslo popisné {n}",
            f"{v} čp. {n}",
            f"{v} č. p. {n}",
            f"{v} {n}, {postcode()}",
        ],
        weights=[4, 2, 2, 1, 1],
    )[0]


def addr_words() -> str:
    return f"{street_name()} {house_no_said()}"


def addr_loc() -> list:
    nom, loc = pick(LOC_STREETS)
    n = house_no()
    f = pick(["ulici", "nom", "bare"])
    if f == "ulici":
        return [("v ", None), (f"{loc} ulici {n}", "ADDRESS")]
    if f == "nom":
        return [("v ulici ", None), (f"{nom} {n}", "ADDRESS")]
    return [(pick(["na ", "v "]), None), (f"{loc} {n}", "ADDRESS")]


def maybe_low(v: str) -> str:
    return v.lower() if chance(0.15) else (deaccent(v) if chance(0.06) else v)


# ---------------------------------------------------------------------------
# non-personal fillers (used in hard negatives and around values)
# ---------------------------------------------------------------------------


def looks_personal(text: str) -> bool:
    """True if a number in an unlabelled part reads like a phone, birth number, IČO, card or account."""
    for m in re.finditer(r"\d[\d /.-]*\d|\d", text):
        raw = m.group(0)
        for cand in {
            re.sub(r"\D", "", raw),
            *[re.sub(r"\D", "", x) for x in re.split(r"[ .-]{1}", raw)],
        }:
            n = len(cand)
            if n == 9 and cand[0] in "2345679":
                return True
            if n == 8 and std_dic.is_valid(cand):
                return True
            if n in (9, 10) and std_rc.is_valid(cand):
                return True
            if n in (13, 14, 15, 16, 19) and std_luhn.is_valid(cand):
                return True
            if n == 12 and cand.startswith("420"):
                return True
        if "/" in raw and std_bankaccount.is_valid(raw.replace(" ", "")):
            return True
        if re.fullmatch(r"\d{3} ?\d{2}", raw) and raw[0] in "1234567" and " " in raw:
            return True  # would read as a postcode
    return False


def price() -> str:
    n = R.choice([R.randint(49, 990), R.randint(1000, 49000)])
    s = f"{n:,}".replace(",", " ")
    return pick([f"{s} Kč", f"{s} korun", f"{s},- Kč", f"{n} Kč", f"{s} kaček"])


def price_sp() -> str:
    return f"{words(R.choice([R.randint(90, 990), R.randint(1000, 30000) // 10 * 10]))} {pick(['korun', 'kaček', 'korun českých'])}"


def date_() -> str:
    d, m = R.randint(1, 28), R.randint(1, 12)
    return pick(
        [
            f"{d}. {m}.",
            f"{d}.{m}.2025",
            f"{d}. {m}. 2026",
            f"{words(d)}. {m}.".replace(".", "", 1),
            f"{d}. {pick(['ledna', 'února', 'března', 'dubna', 'května', 'června', 'září', 'října', 'listopadu'])}",
        ]
    )


def time_() -> str:
    h, m = R.randint(7, 19), pick([0, 15, 30, 45, 10, 40])
    return pick(
        [f"{h}:{m:02d}", f"{h}.{m:02d}", f"{words(h)} {words(m) if m else 'hodin'}", f"{h} hodin"]
    )


def order_no() -> str:
    return pick(
        [
            f"{R.randint(2024, 2026)}{R.randint(100000, 999999)}",
            f"OBJ-{R.randint(10000, 99999)}",
            f"{R.randint(10, 99)}-{R.randint(100000, 999999)}",
            f"E{R.randint(1000000, 9999999)}",
        ]
    )


def ticket() -> str:
    return pick(
        [
            f"#{R.randint(10000, 999999)}",
            f"T-{R.randint(1000, 99999)}",
            f"INC{R.randint(100000, 999999)}",
            f"REQ-{R.randint(2025, 2026)}-{R.randint(1000, 9999)}",
        ]
    )


def invoice() -> str:
    return pick(
        [
            f"FV{R.randint(2024, 2026)}/{R.randint(100, 9999)}",
            f"{R.randint(2025, 2026)}0{R.randint(1000, 9999)}",
            f"VF-{R.randint(10000, 99999)}",
        ]
    )


def contract() -> str:
    return pick(
        [
            f"SML-{R.randint(1000, 99999)}",
            f"NS/{R.randint(2019, 2026)}/{R.randint(10, 999)}",
            f"{pick('ABKPZ')}{R.randint(100000, 999999)}",
        ]
    )


def serial() -> str:
    return pick(
        [
            f"SN {R.choice(string.ascii_uppercase)}{R.randint(1000, 9999)}{R.choice(string.ascii_uppercase)}{R.randint(100, 999)}",
            f"{R.randint(10, 99)}{R.choice(string.ascii_uppercase)}{R.randint(1000000, 9999999)}",
            f"IMEI končící {R.randint(1000, 9999)}",
        ]
    )


def track() -> str:
    return pick(
        [
            f"Z {R.randint(100, 999)} {R.randint(1000, 9999)} {R.randint(100, 999)}",
            f"DR{R.randint(1000000, 9999999)}CZ",
            f"{R.randint(10, 99)}{R.choice(string.ascii_uppercase)}{R.randint(10000000, 99999999)}",
        ]
    )


def vs() -> str:
    while True:
        n = str(R.randint(10**5, 10**10 - 1))
        if len(n) in (9, 10) and std_rc.is_valid(n):
            continue
        if len(n) == 8 and std_dic.is_valid(n):
            continue
        if len(n) == 9 and n[0] in "2345679":
            continue
        return n


def meter() -> str:
    return pick(
        [
            f"{R.randint(1000, 99999)},{R.randint(0, 9)}",
            f"{R.randint(100, 9999)} kubíků",
            f"{R.randint(1000, 40000)} kilowatthodin",
        ]
    )


def version() -> str:
    return pick(
        [
            f"{R.randint(1, 15)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
            f"v{R.randint(2, 9)}.{R.randint(0, 9)}",
            f"{R.randint(1, 4)}.{R.randint(0, 9)}.{R.randint(10, 99)} beta",
        ]
    )


def lockcode() -> str:
    return pick(
        [
            f"{R.randint(100, 999)} {R.randint(100, 999)}",
            f"{R.randint(1000, 9999)}",
            words(R.randint(100, 999)) + " " + words(R.randint(10, 99)),
        ]
    )


ERRORS = [
    "E 4 1",
    "F28",
    "E05",
    "chyba 651",
    "kód 0x80070005",
    "LOS",
    "červená PON",
    "chyba 720",
    "E-13",
    "H 2 0",
    "P0420",
    "kód 19",
    "chyba 403",
    "E 1 7",
    "DNS_PROBE",
    "F 0 7",
]
MODELS = [
    "Archer C6",
    "ZTE MF286R",
    "Fritz!Box 7530",
    "Huawei B535",
    "Škoda Octavia III",
    "Ford Transit",
    "iPhone 13",
    "Galaxy A54",
    "Vivo Y21",
    "router H 267",
    "Octavia Combi 2.0 TDI",
    "Fabia 1.2 HTP",
    "set-top box EKT DCR",
    "ONT HG8245",
    "Mazda CX-5",
    "Peugeot 308 SW",
]
TELCOS = ["Vodafone", "T-Mobile", "O2", "Nordic Telecom", "Kaktus", "Mobil.cz"]
CARRIERS = ["Zásilkovna", "PPL", "DPD", "GLS", "Balíkovna", "Alza", "Geis", "WeDo"]
BANKS = ["ČSOB", "Moneta", "Air Bank", "Fio", "Raiffeisen", "UniCredit", "mBank", "Creditas"]
# common nouns and adjectives that are also Czech surnames (used as nouns, never as names)
NOUN_TRADE = [
    "kovář",
    "mlynář",
    "švec",
    "bednář",
    "tesař",
    "sedlák",
    "rybář",
    "kolář",
    "pekař",
    "zedník",
    "truhlář",
    "klempíř",
    "sklenář",
    "pokrývač",
    "řezník",
    "kočí",
]
NOUN_BIRD = [
    "holub",
    "vrabec",
    "kos",
    "sokol",
    "straka",
    "sýkora",
    "drozd",
    "čáp",
    "havran",
    "skřivan",
    "datel",
]
NOUN_BEAST = [
    "zajíc",
    "jelen",
    "liška",
    "vlk",
    "beran",
    "jezevec",
    "kocour",
    "ježek",
    "bobr",
    "srnec",
]
ADJ_SURNAMES = [
    "černý",
    "malý",
    "dlouhý",
    "nový",
    "starý",
    "tenký",
    "hrubý",
    "bílý",
    "tichý",
    "veselý",
]


def km() -> str:
    return pick(
        [
            f"{R.randint(20, 290)} tisíc kilometrů",
            f"{R.randint(12000, 289000)} km",
            f"najeto {words(R.randint(30, 250))} tisíc",
        ]
    )


def speed() -> str:
    return pick(
        [
            f"{pick([5, 8, 10, 20, 50, 100, 250, 500, 1000])} mega",
            f"{pick([3, 6, 12, 30, 60, 120])} megabitů",
            f"{words(pick([10, 20, 30, 50]))} megabitech",
        ]
    )


def temp() -> str:
    return pick(
        [
            f"{R.randint(37, 39)},{R.randint(0, 9)}",
            f"třicet osm a {words(R.randint(2, 9))}",
            f"{R.randint(37, 40)} stupňů",
        ]
    )


def bp() -> str:
    return pick(
        [
            f"{R.randint(120, 165)} na {R.randint(70, 99)}",
            f"{words(R.randint(120, 160))} na {words(R.randint(70, 95))}",
        ]
    )


def pressure() -> str:
    return pick(
        [
            f"{R.randint(1, 3)},{R.randint(0, 9)} baru",
            f"dva celé {words(R.randint(1, 9))} baru",
            f"{R.randint(180, 260)} kPa",
        ]
    )


def claim() -> str:
    return pick(
        [
            f"PU-{R.randint(2025, 2026)}-{R.randint(100000, 999999)}",
            f"škoda číslo {R.randint(4000000, 4999999)}/{R.randint(10, 99)}",
            f"{R.randint(2025, 2026)}/{R.randint(10000, 99999)}",
        ]
    )


def small() -> str:
    return str(R.randint(2, 60))


NEG_SLOTS = {
    "price": price,
    "price_sp": price_sp,
    "date": date_,
    "time": time_,
    "order": order_no,
    "ticket": ticket,
    "invoice": invoice,
    "contract": contract,
    "serial": serial,
    "track": track,
    "vs": vs,
    "meter": meter,
    "version": version,
    "lockcode": lockcode,
    "err": lambda: pick(ERRORS),
    "model": lambda: pick(MODELS),
    "telco": lambda: pick(TELCOS),
    "carrier": lambda: pick(CARRIERS),
    "bank": lambda: pick(BANKS),
    "noun_t": lambda: pick(NOUN_TRADE),
    "noun_b": lambda: pick(NOUN_BIRD),
    "noun_m": lambda: pick(NOUN_BEAST),
    "adj": lambda: pick(ADJ_SURNAMES),
    "bp": bp,
    "km": km,
    "speed": speed,
    "temp": temp,
    "pressure": pressure,
    "claim": claim,
    "n": small,
    "weekday": lambda: pick(
        ["v pondělí", "v úterý", "ve středu", "ve čtvrtek", "v pátek", "v sobotu"]
    ),
}


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------


class Ctx:
    def __init__(self):
        self.persons: dict[str, Person] = {}
        self.last: dict[str, list] = {}

    def person(self, pid: str) -> Person:
        if pid not in self.persons:
            g = {"M": "m", "F": "f"}.get(pid[0]) or pick("mf")
            self.persons[pid] = Person(g)
        return self.persons[pid]


def L(v, t):
    return [(v, t)]


POS_SLOTS = {
    "tel": lambda: L(phone_written(), "PHONE"),
    "tel_land": lambda: L(phone_written(land=True), "PHONE"),
    "tel_sp": lambda: L(phone_spoken(), "PHONE"),
    "tel_any": lambda: L(phone_spoken() if chance(0.4) else phone_written(), "PHONE"),
    "tel_sk": lambda: L(phone_sk(), "PHONE"),
    "mail": lambda: L(email_written(), "EMAIL"),
    "mail_sp": lambda: L(email_spoken(), "EMAIL"),
    "mail_any": lambda: L(email_spoken() if chance(0.45) else email_written(), "EMAIL"),
    "mail_role": lambda: L(
        email_written(role=True) if chance(0.6) else email_spoken(role=True), "EMAIL"
    ),
    "mail_co": lambda: L(email_written(co=True), "EMAIL"),
    "url": lambda: L(url_written(), "URL"),
    "url_sp": lambda: L(url_spoken(), "URL"),
    "url_any": lambda: L(url_spoken() if chance(0.35) else url_written(), "URL"),
    "url_track": lambda: L(url_written("track"), "URL"),
    "url_short": lambda: L(url_written("short"), "URL"),
    "url_www": lambda: L(url_written("www"), "URL"),
    "url_doc": lambda: L(url_written(pick(["doc", "query", "map"])), "URL"),
    "adr": lambda: L(maybe_low(addr_basic()), "ADDRESS"),
    "adr_t": lambda: L(maybe_low(addr_town()), "ADDRESS"),
    "adr_full": lambda: L(maybe_low(addr_full()), "ADDRESS"),
    "adr_v": lambda: L(maybe_low(addr_village()), "ADDRESS"),
    "adr_w": lambda: L(maybe_low(addr_words()), "ADDRESS"),
    "adr_loc": addr_loc,
    "adr_any": lambda: L(
        maybe_low(
            R.choices(
                [addr_basic, addr_town, addr_full, addr_village, addr_words],
                weights=[4, 3, 3, 1, 1],
            )[0]()
        ),
        "ADDRESS",
    ),
    "psc": lambda: L(postcode() if chance(0.75) else postcode().replace(" ", ""), "POSTAL_CODE"),
    "psc_sp": lambda: L(postcode_said(postcode()), "POSTAL_CODE"),
    "psc_any": lambda: L(
        (lambda p: pick([p, p, p.replace(" ", ""), postcode_said(p)]))(postcode()), "POSTAL_CODE"
    ),
    "town": lambda: L(town(), None),
    "acct": lambda: L(acct_written(), "BANK_ACCOUNT"),
    "acct_sp": lambda: L(acct_spoken(), "BANK_ACCOUNT"),
    "acct_any": lambda: L(acct_spoken() if chance(0.35) else acct_written(), "BANK_ACCOUNT"),
    "iban": lambda: L(iban_value(), "IBAN"),
    "iban_sk": lambda: L(iban_value(sk=True), "IBAN"),
    "iban_any": lambda: L(iban_value(sk=chance(0.15)), "IBAN"),
    "rc": lambda: L(rc_written(), "BIRTH_NUMBER"),
    "rc_sp": lambda: L(rc_spoken(), "BIRTH_NUMBER"),
    "rc_any": lambda: L(rc_spoken() if chance(0.35) else rc_written(), "BIRTH_NUMBER"),
    "ico": lambda: L(ico_written(), "ICO"),
    "ico_sp": lambda: L(ico_spoken(), "ICO"),
    "dic": lambda: L(pick(["CZ", "CZ", "CZ ", "cz"]) + gen_ico(), "DIC"),
    "dic_rc": lambda: L("CZ" + gen_rc(), "DIC"),
    "card": lambda: L(card_written(), "CARD"),
    "card_sp": lambda: L(card_spoken(), "CARD"),
    "card_any": lambda: L(card_spoken() if chance(0.3) else card_written(), "CARD"),
    "spz": lambda: L(plate_written(), "PLATE"),
    "spz_sp": lambda: L(plate_spoken(), "PLATE"),
    "spz_van": lambda: L(plate_vanity(), "PLATE"),
    "spz_any": lambda: L(
        R.choices([plate_written, plate_spoken, plate_vanity], weights=[6, 2, 1])[0](), "PLATE"
    ),
}


def slot_ico_dic(ctx):
    """IČO followed later by the DIČ made from it ({icod} then {dicx})."""
    v = gen_ico()
    ctx.last["_ico"] = v
    return L(ico_written(v), "ICO")


def slot_dic_same(ctx):
    return L(pick(["CZ", "CZ", "CZ "]) + ctx.last.get("_ico", gen_ico()), "DIC")


SLOT_RE = re.compile(r"\{([^{}]+)\}")


def render_person(key, ctx):
    pid, _, rest = key.partition(".")
    p = ctx.person(pid)
    if rest.startswith("g:"):
        m, f = rest[2:].split("|")
        return L(m if p.g == "m" else f, None)
    what, _, case = rest.partition(".")
    if what in ("pan", "Pan"):
        v = PAN[p.g][case]
        return L(v.capitalize() if what == "Pan" else v, None)
    if what == "f":
        return L(p.df[case], "NAME")
    if what == "l":
        return L(p.dl[case], "NAME")
    if what == "n":
        return L(f"{p.df[case]} {p.dl[case]}", "NAME")
    if what == "lf":
        return L(f"{p.last} {p.first}", "NAME")
    if what == "sp":
        return L(spell(p.last), "NAME")
    if what == "spf":
        return L(spell(p.first), "NAME")
    if what == "mail":
        return L(email_written(p), "EMAIL")
    if what == "mailsp":
        return L(email_spoken(p), "EMAIL")
    if what == "rc":
        return L(rc_written(gen_rc(p.g)), "BIRTH_NUMBER")
    raise KeyError(key)


def render(tpl: str) -> list:
    ctx = Ctx()
    segs, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos : m.start()], None))
        key = m.group(1)
        if re.match(r"[PMF]\d\.", key):
            out = render_person(key, ctx)
        elif key.endswith("="):
            out = list(ctx.last[key[:-1]])
        elif key == "icod":
            out = slot_ico_dic(ctx)
        elif key == "dicx":
            out = slot_dic_same(ctx)
        elif key in NEG_SLOTS:
            out = L(NEG_SLOTS[key](), None)
        else:
            out = POS_SLOTS[key]()
            ctx.last[key] = out
        segs.extend(out)
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None))
    return segs


FILLERS = [
    "no, ",
    "takže ",
    "ehm, ",
    "jo, ",
    "no tak ",
    "hm, ",
    "jo jo, ",
    "dobrý den, ",
    "haló, ",
    "no dobře, ",
    "ano, ",
    "eee ",
    "tak jo, ",
    "počkejte, ",
]
FILLER_RE = re.compile(
    r"^(no|takže|takze|ehm|jo|hm|tak|dobře|dobre|aha|eee|ano|haló|halo|dobrý den|dobry den|počkejte|pockejte)\b",
    re.I,
)


def stylise(segs: list) -> list:
    style = R.choices(
        ["orig", "lower", "nodiac", "lower_nodiac", "vals_lower"], weights=[50, 24, 7, 11, 8]
    )[0]
    out = []
    for text, typ in segs:
        if style in ("lower", "lower_nodiac") or (
            style == "vals_lower" and typ in ("NAME", "ADDRESS", "EMAIL", "URL", "PLATE")
        ):
            text = text.lower()
        if style in ("nodiac", "lower_nodiac"):
            text = deaccent(text)
        out.append((text, typ))
    first, ft = out[0]
    if chance(0.22) and not FILLER_RE.match(first):
        f = pick(FILLERS)
        if style in ("nodiac", "lower_nodiac"):
            f = deaccent(f)
        if ft is None and first[:1].isupper() and first[1:2].islower():
            out[0] = (first[0].lower() + first[1:], None)
        if style in ("orig", "nodiac", "vals_lower"):
            f = f[0].upper() + f[1:]
        out.insert(0, (f, None))
    return out


def norm_key(text: str) -> str:
    t = deaccent(text).lower()
    return re.sub(
        r"^((no|takze|ehm|jo|hm|tak|dobre|dobry den|aha|eee|ano|halo|pockejte|a)[ ,]+)+", "", t
    )


# ---------------------------------------------------------------------------
# templates, group F -> dev4.jsonl
# ---------------------------------------------------------------------------

POS_F = {
    "EMAIL": [
        "Potvrzení o vrácení zboží mi chodí na {mail}, ale já chci, aby chodilo na {mail_any}.",
        "{mail}, tam mi pošlete to vyúčtování za internet.",
        "Tak ten e-mail vám nadiktuju pomalu: {mail_sp}.",
        "Paní učitelka říkala, ať omluvenky posíláme na {mail_role}, je to tak?",
        "jo, mailová adresa {mail_any}, ne, pardon, {mail}, ta první už nefunguje.",
        "Zpátky mi prosím zavolejte, nebo napište na {mail_sp}, to čtu i v práci.",
        "Ověřovací kód z banky mi přišel na {mail}, ale já žádnou platbu nedělal.",
        "Technik z optiky prý pošle předávací protokol na {mail_co} do konce týdne.",
        "Takže to zopakuju, {mail}, a kopie faktury {invoice} půjde tam taky?",
        "Napište mi na {P1.mailsp}, jméno {P1.n.nom}.",
        "Reklamační protokol z e-shopu? Ten mám v mailu {mail_any}, počkejte, najdu ho.",
    ],
    "URL": [
        "Formulář pro vrácení je na {url}, vyplníte to tam a vytisknete štítek.",
        "Stav opravy auta uvidíte na {url_track}, stačí kliknout.",
        "Na {url_sp} je mapa pokrytí, podívejte se, jestli tam máte pětku.",
        "V esemesce od dopravce byl odkaz {url_short}, je to podvod, nebo ne?",
        "Splátkový kalendář si můžete stáhnout tady: {url_doc}",
        "Já jsem byl na {url_www}, ale tam to přihlášení nejde.",
        "Web školky je {url_any}, tam visí jídelníček i školné.",
        "Po kliknutí na {url} mi to napsalo chybu {err}.",
        "Bankovní aplikace mě přesměrovala na {url}, tak jsem tam zadal údaje karty, asi blbě, že?",
        "odkaz na platební bránu vám pošlu esemeskou, ale pro jistotu je to {url_any}.",
    ],
    "ADDR": [
        "Kurýr má zboží doručit na {adr_full}, ne na fakturační adresu.",
        "Odtahovka ať přijede na {adr_t}, stojím před domem s trojúhelníkem.",
        "Instalace optiky je objednaná na adresu {adr_any}, technik přijde {weekday}.",
        "Bydlíme {adr_loc}, to je hned za školou.",
        "{adr_t}, tam máte poslat upomínku, já jsem se odstěhoval.",
        "Auto je v servisu na {adr}, tam si ho vyzvedněte.",
        "Zásilka se vrátila, protože na {adr_w} prý nikdo nebyl, ale my tam bydlíme!",
        "Adresa trvalého bydliště {adr_full}, korespondenční stejná.",
        "My jsme přímo ve vesnici, {adr_v}, navigace to občas hodí jinam.",
        "Reklamovaný kus vyzvedne kurýr na adrese {adr}, a zpátky to pošlete na {adr_t}.",
        "Paní ředitelka říkala, že se můžu zastavit na {adr_any} kvůli přihlášce.",
        "Přehlásila jsem se na {adr_any}, tak prosím opravte i smlouvu {contract}.",
        "Jo, {adr}, druhé patro, zvonek nefunguje, tak volejte.",
        "Tak doručovací adresa je {adr_full}. Je to tak? Ano, {adr_full=}.",
    ],
    "PSC": [
        "Město {town}, PSČ {psc}, tam to pošlete.",
        "Poštovní směrovací číslo je {psc_any}, ulici tam ještě nemám.",
        "Pokrytí si ověřím podle směrovacího čísla, takže {psc_any}, jo, tam optika vede.",
        "Zadával jsem psč {psc} a e-shop mi napsal, že tam nedoručují.",
        "Obec {town}, psč {psc_sp}, číslo domu vám pošlu esemeskou.",
        "{psc}, to je naše směrovací číslo, dopravce ho má na štítku špatně.",
        "Jsou nějaká výdejní místa v okolí PSČ {psc_any}?",
        "Směrovací číslo {psc_sp}, město {town}.",
        "Jde o pobočku s PSČ {psc}, ne {psc}.",
        "Do kolonky PSČ napište {psc_any} a ono to pak vyhledá samo.",
    ],
    "NAME": [
        "Dobrý den, tady {P1.n.nom}, volám kvůli výpadku internetu.",
        "{P1.Pan.voc} {P1.l.voc}, máte doma ještě ten modem od nás?",
        "Objednávku převzala sousedka, paní {F2.l.nom}, podepsala to za mě.",
        "Syn se jmenuje {M1.f.nom} a je ve třídě u paní učitelky {F2.l.gen}.",
        "Můžu mluvit s {P1.pan.ins} {P1.n.ins}? {P1.g:Ten|Ta} si u nás objednával{P1.g:|a} odtah.",
        "Příjmení {P1.sp}, jméno {P1.f.nom}.",
        "Vyřiďte prosím {P1.pan.dat} {P1.l.dat}, že auto je hotové.",
        "Já volám za {P1.n.acc}, {P1.g:svého tchána|svou tchyni}, {P1.g:on|ona} špatně slyší.",
        "Na smlouvě je jako majitel uvedený {P1.lf}, ale já jsem jenom ten, kdo platí.",
        "Děkuju, {P1.f.voc}, a pozdravujte {P2.f.acc}.",
        "Vymáhání má na starosti kolegyně {F1.n.nom}, ale ta je dneska pryč, zavolá vám {M2.n.nom}.",
        "tak jméno {P1.spf} a příjmení {P1.sp}, ano.",
        "Karta byla vydaná na {P1.n.acc}, ne na mě, já jsem {P2.n.nom}.",
        "S {P1.pan.ins} {P1.l.ins} jsme se domluvili na splátkách, ale nikdo mi nic neposlal.",
    ],
    "PHONE": [
        "Zavolejte mi zpátky na {tel}, jsem k zastižení do pěti.",
        "číslo, na kterém nejde internet, je {tel_sp}, tarif na to mám u {telco}.",
        "{tel_land}, to je pevná linka do kanceláře, tu berte přednostně.",
        "Mobil manželky je {tel_any}, kdyby mě řidič odtahovky nezastihl.",
        "Kurýr má volat na {tel}, ne na to staré číslo {tel}.",
        "Moje číslo: {tel_sp}. Opakuju, {tel_sp=}.",
        "Telefon na třídní učitelku, paní {F1.l.acc}, je {tel}.",
        "ze slovenského čísla {tel_sk} mi pořád někdo volá, že dlužím.",
        "Nechte mi vzkaz na {tel_any}, ozvu se hned, jak budu po směně.",
        "počkejte, mám to v druhém mobilu... jo, {tel_sp}.",
        "Na čísle {tel} máte zablokovanou SIM, dokud nezaplatíte.",
        "Pro odtah volejte dispečink {tel_land}, nonstop.",
    ],
    "IBAN": [
        "Platbu ze zahraničí pošlete na IBAN {iban}, jinak to banka odmítne.",
        "Vrácení peněz za zboží poprosím na {iban_any}.",
        "IBAN mám {iban}, swift vám nevím.",
        "{iban}, to je účet, ze kterého platím splátky.",
        "Ve splátkovém kalendáři máte špatný IBAN, správně je {iban_any}.",
        "slovenský účet, IBAN {iban_sk}, na ten pošlete přeplatek.",
        "Kauci za router vraťte na {iban}, už ho mám vrácený.",
        "Do poznámky jsem napsal IBAN {iban}, ale platba se vrátila.",
        "Účet ve formátu IBAN: {iban}. Ano, {iban=}.",
        "Exekutor chce platbu na {iban_any}, je to vůbec pravé?",
    ],
    "ACCT": [
        "Splátky posílám z účtu {acct}, a variabilní symbol dávám {vs}.",
        "číslo účtu pro vrácení peněz je {acct_sp}.",
        "Přeplatek za internet mi vraťte na {acct}, prosím.",
        "{acct}, to je účet, kam jsem poslal tu dlužnou částku.",
        "Dobře, takže účet {acct_any}, a částka {price}.",
        "Inkaso máme nastavené z {acct}, stáhnete si to sami.",
        "Peníze za vrácené boty pošlete na {acct_any}, děkuju.",
        "Účet školky je {acct}, a do zprávy jméno dítěte, {P1.n.nom}.",
        "Mám to zaplatit na {acct}? Nebo na {acct}? Tady mám dva.",
        "Kam to mám poslat... jo, na {acct_sp}, variabilní je číslo smlouvy.",
    ],
    "RC": [
        "Rodné číslo majitele linky: {rc}.",
        "Pro ověření potřebuju rodné číslo. Jo, {rc_sp}.",
        "{rc}, to je rodné číslo syna, do přihlášky do školky.",
        "rodné číslo dlužníka máme {rc}, souhlasí to?",
        "Aplikace po mně chce rodné číslo, zadal jsem {rc_any} a píše to chybu.",
        "Karta je na manželku, její rodné číslo je {F1.rc}.",
        "RČ {rc}, a datum narození si z toho vezmete, ne?",
        "rodné číslo, jo, {rc_sp}, bez lomítka to nejde zadat?",
        "ověřím si vás: {rc}? Přesně tak.",
        "Zapsala jsem do formuláře rodné číslo {rc_any}, ale vy tam máte jiné.",
    ],
    "ICODIC": [
        "Internet je na firmu, IČO {ico}.",
        "IČ {icod}, DIČ {dicx}, fakturujte to prosím na firmu.",
        "Fakturu za opravu auta chci na IČO {ico_sp}.",
        "{ico}, to je naše IČO, najdete nás v rejstříku.",
        "DIČ máme {dic}, jsme plátci.",
        "Já jsem OSVČ, DIČ {dic_rc}, a IČO {ico}.",
        "Provozovatel toho e-shopu má na webu IČO {ico}, ale v rejstříku nic.",
        "Dlužník je firma s identifikačním číslem {ico_sp}, už rok nezaplatila.",
        "Zřizovatel školky, IČO {icod}, daňové číslo {dicx}.",
        "Na fakturu přidejte DIČ {dic}, minule tam chybělo.",
        "Daňové identifikační číslo {dic}, to vám na fakturu stačí?",
        "{dic}, to je DIČ odtahovky, co mě vezla.",
        "Jsem živnostník, moje DIČ je {dic_rc}.",
        "Fakturační údaje: IČO {icod}, DIČ {dicx}, adresa sídla vám přijde mailem.",
    ],
    "DIC": [
        "Opravte si DIČ, správně je {dic}.",
        "DIČ {dic}. Opakuji, {dic=}.",
        "Odběratel: DIČ {dic_rc}, fyzická osoba podnikající.",
        "Internet na firmu, daňové číslo {dic}, prosím na fakturu.",
        "Jo, DIČ {dic} a IČ {ico}.",
        "cé zet a pak osm čísel, takže {dic}, tak to máme v rejstříku.",
    ],
    "CARD": [
        "Chci zablokovat kartu {card}, ukradli mi peněženku.",
        "Číslo karty je {card_sp}, platnost mi končí příští rok.",
        "Zaplatil jsem kartou {card} a peníze se strhly dvakrát.",
        "{card}, to je karta, kterou jsem ztratil, prosím blokaci.",
        "V e-shopu jsem zadala {card_any} a pak mi nepřišla esemeska.",
        "Opakuju číslo karty: {card}. Ano? Ano, {card=}.",
        "Splátky chci strhávat z karty {card_any}.",
        "Karta {card} mi zůstala v bankomatu, co teď?",
        "Ty čtyři poslední čísla nestačí? Tak celé číslo: {card}.",
        "číslo platební karty {card_sp}, a je to debetní.",
    ],
    "PLATE": [
        "Auto s poznávací značkou {spz} stojí u nás v servisu.",
        "Odtah pro vozidlo {spz_any}, stojí na odstavném pruhu.",
        "SPZ {spz}, Octavia, modrá.",
        "{spz}, to je moje auto, někdo mi do něj nacouval.",
        "Značka je {spz_sp}.",
        "Na parkovišti před školou stojí {spz} a blokuje vjezd.",
        "Mám vlastní značku {spz_van}, to v systému asi nenajdete.",
        "Technik přijede autem {spz}, bílá dodávka.",
        "Poznávací značka {spz_any}, druhé auto máme {spz}.",
        "U vás v servisu jsem byl s {spz}, teď je na tom autě nová značka {spz}.",
    ],
    "MIX": [
        "Kontakt na kolegu: {M1.n.nom}, telefon {tel}, e-mail {M1.mail}.",
        "Nový zákazník, {P1.n.nom}, bytem {adr_full}, telefon {tel_any}.",
        "Za {P1.n.acc} jsem poslal platbu z účtu {acct}, variabilní symbol {vs}.",
        "Zavolejte prosím {P1.pan.dat} {P1.l.dat} na {tel}, jde o odtah auta {spz}.",
        "{P1.n.nom}, rodné číslo {P1.rc}, trvale {adr_t}.",
        "Objednávku {order} doručte na {adr} pro {P1.n.acc}, mobil {tel}.",
        "Faktura na {P1.lf}, IČO {ico}, mail {mail}.",
        "Pane {M1.l.voc}, karta {card} je zablokovaná a novou pošleme na {adr_full}.",
        "Paní {F1.l.voc}, IBAN {iban} máme, a splátkový kalendář najdete na {url}.",
    ],
}

NEG_F = [
    "Modem {model} mi bliká {err}, restartoval jsem ho dvakrát.",
    "Internet jede jen na {speed}, platím přitom za víc.",
    "Tarif stojí {price}, ale na faktuře {invoice} mám víc.",
    "Objednávka {order} ještě není odeslaná, má to přijít {weekday}.",
    "Zásilku {track} jsem měla mít dneska do {time}.",
    "Kód pro vyzvednutí z boxu je {lockcode}, ale schránka se neotevřela.",
    "Platím to pod variabilním symbolem {vs}, poslal jsem {price}.",
    "Dlužná částka je {price_sp} i s penále.",
    "Splátkový kalendář na {n} měsíců, první splátka do {date}.",
    "Na tachometru mám {km} a svítí mi kontrolka motoru, kód {err}.",
    "V pneumatikách má být {pressure}, já tam měl skoro nic.",
    "Reklamace číslo {ticket} je pořád v řešení?",
    "Smlouva {contract} končí {date}, chci ji prodloužit.",
    "Sériové číslo routeru je {serial}.",
    "Aplikace ve verzi {version} padá při přihlášení.",
    "Karta mi v obchodě nešla, terminál hlásil {err}, a je to karta od {bank}.",
    "Zablokujte mi prosím kartu, ztratil jsem ji dneska kolem {time}.",
    "Odtahová služba říkala, že přijede za {n} minut, a čekám už hodinu.",
    "Servis chce za výměnu brzd {price}, je to normální?",
    "Dcera má ve škole teplotu {temp}, můžu si pro ni přijet v {time}?",
    "Školné je {price} a platí se do {date}.",
    "Na zahradě školky se zase objevil {noun_m}, děti z toho byly nadšené.",
    "Ten {noun_t}, co k nám chodí opravovat plot, říkal, že to není nic vážného.",
    "Stav elektroměru {meter}, odečet jsem dělal {weekday}.",
    "Dopravce {carrier} mi poslal esemesku, že zásilka je v depu.",
    "Limit na kartě mám {price}, potřebuju ho zvýšit na dvojnásobek.",
    "Ticket {ticket}, porucha {err}, technik přijde {weekday} mezi {time} a {time}.",
    "Faktura {invoice} je po splatnosti {n} dní.",
    "Router {model}, firmware {version}, pořád to padá.",
    "Na displeji pračky svítí {err}, je to ještě v záruce?",
    "Objednávka {order}, vracím dva kusy z {n}.",
    "Restartujte si to tlačítkem na zadní straně, držte ho {n} sekund.",
    "Zkuste zadat PIN znovu, máte ještě pár pokusů, pak se karta zablokuje.",
    "Paní učitelka říkala, že třída jede na výlet {weekday} v {time}.",
    "Splátka {price_sp} vám přijde {weekday}, slibuju.",
    "V servisu jsem byl {date}, zakázkový list {order}.",
    "Ve smlouvě {contract} je pokuta {price} za předčasné ukončení.",
    "Stojím na dálnici, kilometr {n}, mám píchlé kolo.",
    "Heslo k wifi je na spodní straně routeru, začíná velkým písmenem.",
    "Zavolám vám zpátky za {n} minut, teď řídím.",
    "Potřebuju číslo jednací {claim} přepsat do formuláře.",
    "Je to ten {adj} kabel, nebo ten druhý?",
    "Na balkoně nám hnízdí {noun_b} a ucpává to odtok.",
    "Kolik stojí přenesení čísla k {telco}? Prý {price}.",
    "Hovor k odtahu zabral {n} minut a pak to spadlo.",
    "Vracím zboží v zákonné lhůtě, objednávka {order}, doručeno {date}.",
]

# ---------------------------------------------------------------------------
# templates, group G -> heldout3.jsonl (different wording and, where possible, situations)
# ---------------------------------------------------------------------------

POS_G = {
    "EMAIL": [
        "Dobrý den, tady ordinace, potvrzení termínu vám přijde z {mail_role}.",
        "Pojišťovna chtěla fotky škody na {mail_any}, tak jsem je tam poslala včera.",
        "Pronajímatel komunikuje jen přes mail, {mail}, telefon nebere.",
        "Nechávám vzkaz: ozvěte se mi prosím na {mail_sp}, díky, na shledanou.",
        "Kolegyně má adresu {F1.mail}, je to {F1.n.nom}, ona to vyřizuje.",
        "{mail_any}, na tohle mi pošlete výzvu k úhradě, jinam ne.",
        "Kód k výdejnímu boxu chodí na {mail}, jenže ten mail už nepoužívám.",
        "Ještě jednou a pomalu: {mail_sp}. Máte?",
        "Adresa pro komunikaci s nájemníky je {mail_co}.",
        "Lékařskou zprávu pošlete na {mail_any} nebo datovkou.",
        "Mám tam dvě adresy, {mail} a {mail}, pište na obě.",
    ],
    "URL": [
        "Hlášení pojistné události jde udělat online na {url}.",
        "Termín k doktorovi si rezervujete přes {url_any}.",
        "Sledování balíku mi ukazuje {url_track}, ale tam nic není.",
        "Podepsanou nájemní smlouvu máte nahranou na {url_doc}",
        "{url_www}, tam najdete seznam výdejních boxů.",
        "Tady to máte na webu, {url_sp}.",
        "Přišla mi esemeska s odkazem {url_short}, prý mám doplatit clo.",
        "Fotky z nehody jsem nahrál na {url}, heslo pošlu zvlášť.",
        "Dokumenty k odtahu jsou na {url_any}, tak si je stáhněte.",
        "na stránce {url} je chyba, nejde odeslat formulář.",
    ],
    "ADDR": [
        "Byt, o který jde, je na {adr_full}, třetí patro.",
        "Nehoda se stala před domem {adr_t}, couval tam náklaďák.",
        "Výdejní box je u obchodu na {adr}, ale ten byl plný.",
        "Vyzvedněte auto na adrese {adr_any}, klíčky jsou u sousedů.",
        "Ordinace se přestěhovala na {adr_any}, vchod ze dvora.",
        "Nájemník {adr_loc} neplatí už tři měsíce.",
        "{adr_full}, tak to je adresa pojištěné nemovitosti.",
        "Balík máte poslat na chalupu, {adr_v}.",
        "Bydlím na {adr_w}, zvonek se jménem tam je.",
        "Předávací protokol od bytu {adr}, podepsaný oběma stranami, máte v příloze.",
        "Pojistka je na dům {adr_t} a na chatu {adr_v}.",
        "Trvalý pobyt: {adr_full}, přechodný u přítelkyně.",
        "Tak, adresa je {adr}... Ano, {adr=}, přesně.",
        "Ten kontejner stojí přímo {adr_loc}, přes celý chodník.",
    ],
    "PSC": [
        "Balíkovna s PSČ {psc} neexistuje, píše mi systém.",
        "Směrovací číslo máme {psc_any}, pojišťovna tam má jiné.",
        "{psc} {town}, ulici nevím, je to nová zástavba.",
        "Do kolonky psč jsem dala {psc_sp}.",
        "Jsou nějaké ordinace v okolí PSČ {psc}?",
        "Výdejní místo hledám podle poštovního směrovacího čísla {psc_any}.",
        "Chata je v obci {town} a má PSČ {psc}.",
        "psč je {psc_sp}, ale pošta ho má ve štítku jinak.",
        "Hledám nájemní byt, ideálně PSČ {psc} nebo {psc}.",
        "Jen psč, {psc_any}, stačí to pro výpočet pojistky?",
    ],
    "NAME": [
        "Tady je vzkaz pro {P1.f.acc}, volá {P2.n.nom}, ozvi se mi prosím.",
        "Pojištěný je můj otec, {M1.n.nom}, on už nemluví moc dobře.",
        "Doktorka {F1.l.nom} mě objednala na kontrolu.",
        "Nájemník, {P1.pan.nom} {P1.l.nom}, se odstěhoval a nechal tam všechno.",
        "Klíče od bytu jsem předala {P1.pan.dat} {P1.n.dat}.",
        "Můžete mě přepojit na {P1.pan.acc} {P1.l.acc} z likvidace?",
        "Balík převzal {M1.n.nom}, ale já ho vůbec neznám!",
        "Díky, {P1.pan.voc} {P1.l.voc}, ozvu se zítra.",
        "Pacientka se jmenuje, hláskuju, křestní {F1.spf}, příjmení {F1.sp}.",
        "Vrácení peněz schválil kolega {M1.n.nom}, jeho jméno máte i na dopise.",
        "Mluvil jsem s {P1.n.ins} ohledně splátek a {P1.g:slíbil|slíbila}, že to pozastaví.",
        "Do formuláře napište {P1.lf}, tak to mám v občance.",
        "U {P1.pan.gen} {P1.l.gen} je ten byt pronajatý od září.",
        "Ahoj {P1.f.voc}, to jsem já, zavolej mi, až to dostaneš.",
    ],
    "PHONE": [
        "Dobrý den, tady {P1.n.nom}, volejte mi na {tel}, díky.",
        "Na recepci ordinace se dovoláte na {tel_land}.",
        "Pronajímatel má číslo {tel_any}, ale nebere to.",
        "Kolega má mobil {tel_sp}, zkuste jeho.",
        "{tel}, a kdybych to nebrala, tak pošlete esemesku.",
        "Řidič odtahu měl volat z {tel}, nikdo se neozval.",
        "Zpětné volání chci na {tel_sp}, ne na to, ze kterého volám.",
        "Slovenské číslo, {tel_sk}, tam mě seženete.",
        "Nechávám číslo, {tel_any}, ještě jednou {tel_any=}, děkuji.",
        "Kurýr zvonil, nikdo nebyl doma, ať zavolá na {tel}.",
        "Likvidátor mi dal číslo {tel}, ale to je prý špatně.",
        "Mobil na sestru: {tel}, pevná do ordinace {tel_land}.",
    ],
    "IBAN": [
        "Pojistné plnění mi prosím pošlete na {iban}.",
        "Kauci vám vrátím převodem, napište mi IBAN. Jo, {iban_any}.",
        "Nájem chodí z účtu {iban}, ale správa ho nemá v evidenci.",
        "{iban_any}, a jako zprávu pro příjemce číslo bytu.",
        "Můj IBAN je {iban}, ten starý už je zrušený.",
        "Dlužnou částku převeďte na IBAN {iban}, variabilní symbol {vs}.",
        "Ze Slovenska platím z {iban_sk}, je to v pořádku?",
        "Platbu za nadstandardní vyšetření vraťte na {iban}.",
        "Máte u mě špatně IBAN, má být {iban_any}, ne to, co tam je.",
        "IBAN, opakuju: {iban}, zkontrolováno, {iban=}.",
    ],
    "ACCT": [
        "Náhradu škody pošlete na účet {acct}.",
        "Nájem platím na {acct_any}, každý měsíc do patnáctého.",
        "Číslo účtu je {acct_sp}, mám to z internetového bankovnictví.",
        "{acct}, to je účet vymáhací agentury, ne náš.",
        "Přeposlal jsem peníze z účtu {acct} na {acct}.",
        "Vraťte mi doplatek za balík na {acct}.",
        "Účet pro splátky je {acct_any}, variabilním symbolem je číslo pohledávky.",
        "Na dopise máte účet {acct}, ale na webu jiný.",
        "Jo, ten účet, {acct_sp}, opsal jsem si to z dopisu.",
        "Stravné ze školy se strhává z {acct}, zrušte mi to.",
    ],
    "RC": [
        "Rodné číslo pojištěného: {rc}.",
        "Pacient, rodné číslo {rc_sp}, přijde ve čtvrtek.",
        "{rc}, to mám na kartičce pojištěnce.",
        "Pro dohledání smlouvy stačí rodné číslo, {rc_any}.",
        "Nájemní smlouva se uzavírá na rodné číslo, tak {rc}, ne?",
        "Moje rodné je {rc}, ale lékař tam má chybu.",
        "Dítě má rodné číslo {rc_sp}, objednávám ho na očkování.",
        "Rodné číslo nájemnice {F1.rc}, paní {F1.l.nom}.",
        "Ověřím si: {rc}, souhlasí. Děkuji.",
        "rodné číslo dlužníka je {rc_any}, tak jsem to dostal od soudu.",
    ],
    "ICODIC": [
        "Pronajímatel je firma, IČO {ico}.",
        "Odtahová služba má IČ {icod} a DIČ {dicx}.",
        "{dic}, to je DIČ naší ordinace.",
        "Věřitel s IČO {ico_sp} vám to postoupil?",
        "Pojištění podnikatele, IČO {ico}, DIČ {dic_rc}.",
        "Mám tady IČ {ico}, to je ten e-shop, kde jsem objednala.",
        "Fakturu vystavte na DIČ {dic}.",
        "Správce domu má identifikační číslo {ico_sp}.",
        "{ico}, tak to je IČO té firmy, co tu dělala revizi.",
        "Naše DIČ je {dic}, a IČO dceřiné firmy {ico}.",
        "Ordinace je plátce DPH, DIČ {dic}.",
        "DIČ pronajímatele {dic} a IČO {ico}, tak to stojí ve smlouvě.",
        "{icod}, DIČ {dicx}, to jsou údaje naší účetní firmy.",
        "Na účtence je DIČ {dic_rc}, to je rodné číslo, ne?",
    ],
    "DIC": [
        "Zadejte DIČ {dic}, bez mezer.",
        "Plátce DPH, {dic}, fakturu chceme elektronicky.",
        "Daňové číslo pojistníka {dic_rc}.",
        "Doplňte k objednávce DIČ {dic}, jinak nám to účetní vrátí.",
        "{dic}, to je DIČ, a IČO je stejné bez té předpony.",
        "Pronajímatel uvádí DIČ {dic}, ale na faktuře je jiné.",
    ],
    "CARD": [
        "Ztratila jsem peněženku, karta číslo {card}.",
        "Platil jsem kartou {card_any} za doplatek u kurýra.",
        "Karta {card_sp} mi byla odcizena v tramvaji.",
        "{card}, to je ta karta, co chci zrušit.",
        "U doktora jsem platil kartou {card} a strhli mi to dvakrát.",
        "Nájem mi strhávají z karty {card}, ale já to nepovolil.",
        "Máte tam kartu {card_any}, tu už nemám.",
        "Pojistné si strhávejte z karty {card}.",
        "číslo karty diktuju: {card_sp}.",
        "Tu kartu {card} blokujte hned, prosím, někdo s ní platí v zahraničí.",
    ],
    "PLATE": [
        "Nehodu způsobilo auto {spz}, ujelo.",
        "Odtáhli mi auto {spz_any}, kde ho najdu?",
        "Pojištěné vozidlo má registrační značku {spz}.",
        "{spz_sp}, to je značka toho druhého auta.",
        "Před ordinací stojí {spz} na místě pro invalidy.",
        "Nájemník parkuje auto {spz} na místě pro návštěvy.",
        "Kurýr s dodávkou {spz_any} mi nechal balík v dešti.",
        "Moje SPZ je {spz_van}, vlastní.",
        "Značka vozu {spz}, ne, pardon, {spz}.",
        "Registrační značka {spz_sp}, je to stříbrná fabie.",
    ],
    "MIX": [
        "Vzkaz pro kolegu: volal {M1.n.nom}, číslo {tel}, mail {mail}, ozvi se mu.",
        "Pojistná událost, pojištěný {P1.n.nom}, vozidlo {spz}, škoda u domu {adr_t}.",
        "{P1.n.nom}, {adr_full}, rodné číslo {rc}.",
        "Nájemník {P1.n.nom} dluží, jeho účet je {acct} a telefon {tel}.",
        "Pacientka {F1.n.nom}, rodné číslo {F1.rc}, telefon {tel_any}.",
        "Platbu od {P1.n.gen} z IBAN {iban} jsme přijali.",
        "Balík pro {P1.n.acc}, {adr}, telefon {tel}.",
        "Kontaktní osoba za nás je {P1.n.nom}, IČO {ico}, mail {mail_co}.",
        "Paní {F1.l.voc}? Tady {M2.n.nom} z pojišťovny, volejte zpátky na {tel_land}.",
    ],
}

NEG_G = [
    "Číslo pojistné události {claim}, prosím uveďte ho do předmětu.",
    "Pojistka je na {n} let a stojí {price} ročně.",
    "Naměřili mi {bp}, mám přijít na kontrolu?",
    "Termín u lékaře mám {date} v {time}.",
    "Výdejní box hlásí chybu {err}, kód {lockcode} nefunguje.",
    "Nájem je {price} plus zálohy na energie.",
    "Stav vodoměru při předání byl {meter}.",
    "Zásilka {track} leží na depu už {n} dní.",
    "Variabilní symbol {vs}, splátka {price_sp}.",
    "Splátky mám rozložené na {n} měsíců po {price}.",
    "Odtah stojí {price} plus kilometry, to je hrozné.",
    "Výše škody je odhadnutá na {price_sp}.",
    "Auto má najeto {km}, je to {model}.",
    "Pojistná smlouva {contract} je platná od {date}.",
    "Recept jsem dostala, ale kód receptu vám diktovat nebudu, je dlouhý.",
    "Mám objednávku {order}, chci vrátit zboží do {n} dnů.",
    "Faktura {invoice} za opravu střechy není zaplacená.",
    "Škoda na autě je vpředu, nárazník a světlo, nic víc.",
    "Aplikace pojišťovny ve verzi {version} neumí nahrát fotky.",
    "Tlak v pneumatikách {pressure}, a pak se to rozsvítilo.",
    "Nájemníci si stěžují, že {noun_b} dělá nepořádek na balkoně.",
    "Přijde {noun_t} a udělá to, říkal pan domácí.",
    "Kód na vyzvednutí {lockcode}, platí do {date}.",
    "Vzkaz: volám kvůli té faktuře {invoice}, zavolám znovu {weekday}.",
    "Očkování je v {time}? Ne, pardon, v {time}.",
    "Pojišťovna uznala {n} procent, zbytek ne.",
    "Hlášení {ticket} bylo uzavřeno bez vyřízení.",
    "Exekuce, číslo jednací {claim}? To jsem vůbec nevěděl.",
    "Číslo zakázky {order}, auto je připravené k vyzvednutí v {time}.",
    "Teplota mi vyskočila na {temp}, mám jít na pohotovost?",
    "Brzdy v servisu: přední kotouče {price}, destičky {price}.",
    "Sériové číslo telefonu {serial}, pojištění displeje.",
    "Vrátila jsem {n} kusů, peníze přišly jen za jeden.",
    "Dejte mi vědět do {time}, pak už jsem na cestě.",
    "Kontrolka {err} svítí od rána, odtah nechci, stačí mechanik.",
    "Ve smlouvě je výpovědní lhůta {n} měsíců.",
    "Já volám kvůli nájmu za březen, ne kvůli hypotéce.",
    "Kartu mi spolkl bankomat {bank} u obchodního centra.",
    "Banka {bank} mi strhla poplatek {price}, proč?",
    "Číslo objednávky {order}, do poznámky jsem psala, ať zvoní dvakrát.",
    "Odečet plynu je {meter}, fotku pošlu.",
    "Přihlášky do školky se podávají od {date} do {date}.",
    "Doktor říkal, že je to jen {adj} šelest, nic vážného.",
    "Na střeše se usadil {noun_m} a nikdo s tím nic nedělá.",
    "Lékárna mi vydala balení po {n} tabletách, ale mělo jich být víc.",
    "Vzkaz pro pojišťovnu: volám potřetí kvůli škodě {claim}.",
]

GROUPS = {"F": (POS_F, NEG_F), "G": (POS_G, NEG_G)}
TARGETS = {
    "EMAIL": 36,
    "URL": 34,
    "ADDR": 54,
    "PSC": 30,
    "NAME": 36,
    "PHONE": 36,
    "IBAN": 30,
    "ACCT": 30,
    "RC": 30,
    "ICODIC": 44,
    "DIC": 10,
    "CARD": 30,
    "PLATE": 32,
    "MIX": 18,
}
N_NEG = 90


def build(split: str) -> list[dict]:
    group, seed = SPLITS[split]
    set_seed(seed)
    pos, neg = GROUPS[group]
    rows, seen = [], set()

    def emit(tpl: str, positive: bool) -> bool:
        for _ in range(80):
            segs = stylise(render(tpl))
            text = "".join(t for t, _ in segs)
            if "  " in text:
                continue
            key = norm_key(text)
            if key in seen:
                continue
            if looks_personal(" | ".join(t for t, typ in segs if typ is None)):
                continue
            pii = [{"type": typ, "value": t} for t, typ in segs if typ]
            assert bool(pii) == positive, tpl
            seen.add(key)
            rows.append({"text": text, "pii": pii})
            return True
        if SLOT_RE.search(tpl):
            raise RuntimeError(f"no unique snippet from {tpl!r}")
        return False

    for cat, target in TARGETS.items():
        ts = list(pos[cat])
        R.shuffle(ts)
        for i in range(target):
            emit(ts[i % len(ts)], True)
    ns = list(neg)
    R.shuffle(ns)
    made = i = 0
    while made < N_NEG:
        made += emit(ns[i % len(ns)], False)
        i += 1
        assert i < 20 * N_NEG, "too few negative templates"
    R.shuffle(rows)
    return [{"id": f"{split}-{k:04d}", **row} for k, row in enumerate(rows, 1)]


PLATE_RE = re.compile(r"^(\d[A-Z][A-Z0-9][ -]?\d{4}|[A-Z]{2,7} ?\d{0,2})$", re.I)


def check(rows: list[dict]) -> Counter:
    counts: Counter = Counter()
    for row in rows:
        text, pos = row["text"], 0
        assert not row["pii"] or True
        for p in row["pii"]:
            v, typ = p["value"], p["type"]
            assert typ in TYPES and v and v == v.strip(), (row["id"], v)
            idx = text.find(v, pos)
            assert idx >= 0, ("order/substring", row["id"], v)
            pos = idx + len(v)
            counts[typ] += 1
            d = re.sub(r"\D", "", v)
            low = v.lower()
            spoken = bool(
                re.search(
                    r"[a-záéíóúůýčďěňřšťž]{3,}",
                    re.sub(r"lomeno|lomítko|lomitko|kód banky|kod banky", "", low),
                )
            )
            if typ == "IBAN":
                assert std_iban.is_valid(v.upper().replace("-", "")), v
            elif typ == "CARD" and not spoken:
                assert len(d) == 16 and std_luhn.is_valid(d), v
            elif typ == "ICO" and not spoken:
                assert len(d) == 8 and std_dic.is_valid(d), v
            elif typ == "DIC":
                assert std_dic.is_valid(v.replace(" ", "").upper()), v
            elif typ == "BIRTH_NUMBER" and not spoken:
                assert len(d) in (9, 10) and std_rc.is_valid(d), v
            elif typ == "BANK_ACCOUNT" and not spoken:
                assert std_bankaccount.is_valid(
                    re.sub(r"\s*(/|lomeno|lomítko|lomitko)\s*", "/", v)
                ), v
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
    tf = [t for ts in POS_F.values() for t in ts] + NEG_F
    tg = [t for ts in POS_G.values() for t in ts] + NEG_G
    assert len(set(tf)) == len(tf) and len(set(tg)) == len(tg), "duplicate template"
    assert not set(tf) & set(tg), "a template is shared between the groups"
    assert set(POS_F) == set(POS_G) == set(TARGETS)
    results, keys = {}, {}
    for split in SPLITS:
        rows = build(split)
        results[split] = (rows, check(rows))
        keys[split] = {norm_key(r["text"]) for r in rows}
    assert not keys["dev4"] & keys["heldout3"], "a snippet occurs in both splits"
    for split, (rows, counts) in results.items():
        for t in TYPES:
            assert counts[t] >= MIN_PER_TYPE, (split, t, counts[t])
        path = args.out_dir / f"{split}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        n_neg = sum(1 for r in rows if not r["pii"])
        g = SPLITS[split][0]
        pos, neg = GROUPS[g]
        print(
            f"{split}: {len(rows)} snippets ({len(rows) - n_neg} positive, {n_neg} hard negative) -> {path}"
        )
        print(
            f"  group {g}: {sum(len(v) for v in pos.values())} positive and {len(neg)} negative templates"
        )
        print("  " + ", ".join(f"{t} {counts[t]}" for t in TYPES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
