#!/usr/bin/env python3
# ruff: noqa: E501  (the sentence templates are long literal lines)
"""Generate the fifth PII development set and the fourth held-out set.

    tests/data/pii_eval/dev5.jsonl      template group H, seed 20270312  (for tuning)
    tests/data/pii_eval/heldout4.jsonl  template group I, seed 20270805  (frozen, never tuned on)

Synthetic Czech (and some Slovak) call-centre transcript snippets in the
style of Whisper output, with labelled personal data.  The emphasis is on
what the earlier sets did not stress: rarer Czech and Slovak names in every
case (trades, animals, adjectives, foreign-origin, Slovak ``-ák``/``-ík``,
``Ľ``/``Ĺ``/``ô``/``ä``), double surnames, nicknames, surnames alone after
``paní``/``pane``, titles, names inside long turns; ordinary address blocks
with no cue word, streets named after people, numbered and Roman-numeral
streets, villages with ``č.p.``/``č. ev.``; IČO in unusual groupings and in
words; plates of every kind; postal codes said alone; URLs with IDs; e-mails
dictated in new ways; multi-turn snippets with corrections, read-backs,
Slovak speakers, code-switching and noise markers.

One JSON object a line: ``{"id": ..., "text": ..., "pii": [{"type": ...,
"value": ...}, ...]}``.  Hard negatives have ``"pii": []``.  Every value is
an exact substring of its text; values are listed in the order they occur (a
value said twice is listed twice).

The two splits use two disjoint groups of sentence templates (asserted) and
different seeds.  None of the templates shares text with the earlier
generators (``make_pii_eval.py``, ``make_pii_dev2.py``, ``make_pii_dev3.py``,
``make_pii_dev4.py``); this is asserted when those scripts are present.
Written without looking at the detector, its word lists, its tests or its
labelled data.

Usage (the generator's dependencies are not project dependencies)::

    python3 -m venv /tmp/evalgen5
    /tmp/evalgen5/bin/pip install faker==40.54.0 bank-generator-cz==0.2.4 czech-number-utils==1.0.3 python-stdnum==2.2
    /tmp/evalgen5/bin/python scripts/make_pii_dev5.py --out-dir /tmp

HELDOUT4 IS FROZEN: never regenerate it in place after the detector has been
tuned, never tune on it, and never look at its misses.
"""

from __future__ import annotations

import argparse
import ast
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
SPLITS = {"dev5": ("H", 20270312), "heldout4": ("I", 20270805)}
EARLIER = ["make_pii_eval.py", "make_pii_dev2.py", "make_pii_dev3.py", "make_pii_dev4.py"]
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
MIN_PER_TYPE = 25

R = random.Random(0)
FAKE_CS = Faker("cs_CZ")
FAKE_SK = Faker("sk_SK")
CS_P = FAKE_CS.provider("faker.providers.person")
CS_A = FAKE_CS.provider("faker.providers.address")
SK_P = FAKE_SK.provider("faker.providers.person")
SK_A = FAKE_SK.provider("faker.providers.address")


def set_seed(seed: int) -> None:
    global R
    R = random.Random(seed)
    random.seed(seed)  # bank-generator-cz uses the module-level generator
    FAKE_CS.seed_instance(seed)
    FAKE_SK.seed_instance(seed + 7)


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
DIG_SK = ["nula", "jedna", "dva", "tri", "štyri", "päť", "šesť", "sedem", "osem", "deväť"]


def words(n: int) -> str:
    w = number_to_czech_word(n).replace("jedno sto", "sto")
    if w.startswith("jeden tisíc") and chance(0.7):
        w = w[len("jeden ") :]
    return w


def digits(d: str, sk: bool = False) -> str:
    return " ".join((DIG_SK if sk else DIG)[int(c)] for c in d if c.isdigit())


def group_said(g: str) -> str:
    """Digits as a person reads a group: leading zero or long -> digit by digit."""
    if g[0] == "0" or len(g) > 4:
        return digits(g)
    return words(int(g))


# ---------------------------------------------------------------------------
# people (hand-written lists for this set; none taken from a project list)
# ---------------------------------------------------------------------------

FIRST_M = [
    "Vendelín",
    "Kvido",
    "Lumír",
    "Dalibor",
    "Přemysl",
    "Bořivoj",
    "Budislav",
    "Dobromil",
    "Jaromír",
    "Kryštof",
    "Ludvík",
    "Metoděj",
    "Prokop",
    "Radim",
    "Svatopluk",
    "Štěpán",
    "Tadeáš",
    "Vojtěch",
    "Záviš",
    "Zdislav",
    "Bohumil",
    "Bronislav",
    "Drahomír",
    "Emil",
    "Hynek",
    "Jeroným",
    "Kamil",
    "Lubor",
    "Medard",
    "Otmar",
    "Pankrác",
    "Radovan",
    "Řehoř",
    "Silvestr",
    "Vratislav",
    "Želimír",
    "Ctibor",
    "Bohuslav",
    "Ladislav",
    "Miloš",
    "Vítězslav",
    "Jeremiáš",
    "Eliáš",
    "Tobiáš",
    "Benedikt",
    "Valentýn",
    "Hugo",
    "Otakar",
    "Dominik",
]
FIRST_F = [
    "Blažena",
    "Bohumila",
    "Dobroslava",
    "Drahomíra",
    "Emílie",
    "Františka",
    "Gertruda",
    "Hermína",
    "Jarmila",
    "Květa",
    "Libuše",
    "Milada",
    "Miloslava",
    "Naděžda",
    "Otilie",
    "Radmila",
    "Rozálie",
    "Svatava",
    "Zdislava",
    "Žofie",
    "Anděla",
    "Dagmar",
    "Irma",
    "Lýdie",
    "Marcela",
    "Renata",
    "Sabina",
    "Václava",
    "Xenie",
    "Vanda",
    "Jolana",
    "Božena",
    "Zlata",
    "Ivona",
    "Leona",
    "Mirka",
    "Romana",
    "Stanislava",
    "Vladimíra",
    "Jindřiška",
    "Kamila",
    "Bohdana",
    "Alena",
    "Olga",
    "Ester",
    "Judita",
    "Amálie",
    "Viola",
]
FIRST_M_SK = [
    "Ľubomír",
    "Ľuboš",
    "Ľudovít",
    "Jozef",
    "Juraj",
    "Ondrej",
    "Matúš",
    "Dušan",
    "Branislav",
    "Pavol",
    "Štefan",
    "Ján",
    "Igor",
    "Ferdinand",
    "Koloman",
    "Tibor",
    "Zoltán",
    "Marián",
    "Rastislav",
    "Vladimír",
    "Kornel",
    "Ľubor",
    "Ladislav",
    "Imrich",
    "Gejza",
    "Ernest",
]
FIRST_F_SK = [
    "Ľubica",
    "Ľudmila",
    "Zuzana",
    "Katarína",
    "Mária",
    "Dominika",
    "Slávka",
    "Viera",
    "Oľga",
    "Zdenka",
    "Timea",
    "Alžbeta",
    "Beáta",
    "Daniela",
    "Gizela",
    "Marta",
    "Adriana",
    "Jarmila",
    "Ivica",
    "Kvetoslava",
    "Ľuba",
    "Anna",
    "Silvia",
    "Lucia",
]
# surnames: trades, animals, adjectives, foreign-origin, Slovak
LAST_TRADE = [
    "Tesař",
    "Kolář",
    "Hrnčíř",
    "Sklenář",
    "Bednařík",
    "Pekárek",
    "Mlynář",
    "Řezníček",
    "Sládek",
    "Krejčík",
    "Koželuh",
    "Kožešník",
    "Provazník",
    "Kovářík",
    "Zámečník",
    "Kolářík",
    "Soukeník",
    "Voskář",
    "Perníkář",
    "Cihlář",
    "Vápeník",
    "Uhlíř",
    "Bečvář",
    "Truhlář",
    "Šafář",
    "Rychtář",
    "Purkrábek",
    "Kaplan",
    "Mnich",
    "Farář",
    "Sedlář",
    "Řemenář",
    "Lazebník",
    "Hodinář",
    "Zlatník",
    "Barvíř",
    "Valchář",
    "Pastýřík",
    "Ovčáček",
    "Forman",
    "Fořt",
    "Hajný",
    "Porybný",
    "Mlčoch",
    "Kameník",
    "Dráb",
    "Biskup",
    "Kantor",
    "Písař",
    "Sekerka",
    "Kladivo",
    "Kramář",
    "Mydlář",
    "Pernikář",
    "Jirchář",
    "Kotlář",
    "Olejník",
    "Solař",
    "Dudák",
    "Houslička",
    "Trubač",
    "Bubeník",
    "Kuchař",
    "Pekař",
    "Sládeček",
    "Kočí",
    "Krejčí",
    "Vozka",
    "Podruh",
    "Sedlák",
    "Chalupník",
    "Zahradník",
    "Vinař",
]
LAST_ANIMAL = [
    "Zajíček",
    "Kohoutek",
    "Kohout",
    "Čáp",
    "Čapek",
    "Strnad",
    "Stehlík",
    "Jeřábek",
    "Sokolík",
    "Orlík",
    "Holoubek",
    "Vrána",
    "Kavka",
    "Havránek",
    "Drozd",
    "Pěnkava",
    "Slavík",
    "Skřivánek",
    "Sova",
    "Medvídek",
    "Vlček",
    "Lišák",
    "Kočka",
    "Kocour",
    "Kozel",
    "Beránek",
    "Býček",
    "Vepřek",
    "Kuna",
    "Tchoř",
    "Veverka",
    "Myška",
    "Křeček",
    "Ježek",
    "Žabka",
    "Rak",
    "Štika",
    "Kapr",
    "Sumeček",
    "Úhoř",
    "Komár",
    "Čmelík",
    "Brouček",
    "Chrobák",
    "Motýl",
    "Šnek",
    "Slepička",
    "Husák",
    "Kachník",
    "Jelen",
    "Daněk",
    "Kamzík",
    "Bobr",
    "Vydra",
    "Sysel",
    "Hraboš",
    "Netopil",
    "Kos",
    "Sýkora",
    "Straka",
    "Holub",
    "Jestřáb",
    "Špaček",
    "Kalous",
    "Datel",
    "Rybák",
    "Candát",
    "Lín",
    "Okoun",
    "Mlok",
]
LAST_ADJ = [
    "Tvrdý",
    "Měkký",
    "Veselý",
    "Smutný",
    "Hladký",
    "Drsný",
    "Tichý",
    "Zelený",
    "Modrý",
    "Šedý",
    "Rudý",
    "Bystrý",
    "Pilný",
    "Líný",
    "Skromný",
    "Statný",
    "Šťastný",
    "Smělý",
    "Bohatý",
    "Chudý",
    "Lysý",
    "Kudrnatý",
    "Holý",
    "Hrbatý",
    "Mladý",
    "Starý",
    "Nový",
    "Dlouhý",
    "Krátký",
    "Široký",
    "Hluboký",
    "Vysoký",
    "Nízký",
    "Hořký",
    "Sladký",
    "Kyselý",
    "Čistý",
    "Nejedlý",
    "Dobrý",
    "Laskavý",
    "Poledný",
    "Hrubý",
    "Bílý",
    "Malý",
    "Veliký",
    "Zlatý",
    "Suchý",
    "Mokrý",
    "Rychlý",
    "Pomalý",
    "Tlustý",
    "Hubený",
    "Kulatý",
    "Hranatý",
    "Pěkný",
    "Hezký",
    "Divoký",
    "Krotký",
    "Moudrý",
    "Hloupý",
    "Nezbedný",
    "Zbořilý",
    "Strakatý",
    "Bradatý",
    "Vousatý",
    "Nosatý",
    "Ušatý",
]
LAST_FOREIGN = [
    "Schwarz",
    "Weiss",
    "Richter",
    "Hoffmann",
    "Zimmermann",
    "Wagner",
    "Bauer",
    "Fischer",
    "Lang",
    "Klein",
    "Braun",
    "Hartmann",
    "Neumann",
    "Engel",
    "Vogel",
    "Frank",
    "Keller",
    "Huber",
    "Koller",
    "Nowak",
    "Kowal",
    "Mazur",
    "Horváth",
    "Farkaš",
    "Molnár",
    "Balog",
    "Varga",
    "Lakatoš",
    "Gruber",
    "Steiner",
    "Pichler",
    "Brunner",
    "Eder",
    "Wimmer",
    "Mayer",
    "Schubert",
    "Winkler",
    "Lorenz",
    "Kaiser",
    "Šubert",
    "Fuchs",
    "Wolf",
    "Lehmann",
    "Baran",
    "Dudek",
    "Kubiak",
    "Sikora",
    "Walczak",
    "Pawlak",
    "Olah",
    "Kardoš",
    "Bodnár",
    "Tóth",
    "Melichar",
    "Amsel",
    "Hirsch",
    "Rosenberg",
    "Adler",
    "Morávek",
    "Bernard",
    "Duval",
    "Martin",
    "Ricard",
    "Moreau",
    "Garcia",
    "Ferrer",
    "Petrović",
    "Jovanović",
    "Horvat",
]
LAST_SK = [
    "Hudák",
    "Kováčik",
    "Baláž",
    "Ondrejka",
    "Ďurica",
    "Ľupták",
    "Mäsiar",
    "Ďurčík",
    "Krajčír",
    "Pivarník",
    "Ferenčík",
    "Kučerák",
    "Matejík",
    "Jurík",
    "Lipták",
    "Grajciar",
    "Haluška",
    "Ľalík",
    "Ďuriš",
    "Stĺpik",
    "Vĺčan",
    "Kôpka",
    "Hôrnik",
    "Chôdnik",
    "Päťoš",
    "Sliacky",
    "Kollár",
    "Trnovský",
    "Dlhý",
    "Biely",
    "Tichý",
    "Mikuláš",
    "Gašparík",
    "Zubák",
    "Lukáč",
    "Hrabovský",
    "Šimák",
    "Kmeť",
    "Ďuračka",
    "Paľovčík",
    "Hlaváčik",
    "Maťaš",
    "Jančiar",
    "Chmeliar",
    "Ťapák",
    "Dzurák",
    "Rusnák",
    "Kočiš",
    "Ondruš",
    "Repák",
    "Čunderlík",
    "Harvan",
    "Bobák",
    "Korčák",
    "Pisár",
    "Remiáš",
    "Kráľ",
    "Hrnčiar",
    "Ľach",
]
NICK = {
    "m": [
        ("Honza", "Honzo", "Honzovi", "Honzou"),
        ("Pepa", "Pepo", "Pepovi", "Pepou"),
        ("Franta", "Franto", "Frantovi", "Frantou"),
        ("Tonda", "Tondo", "Tondovi", "Tondou"),
        ("Jarda", "Jardo", "Jardovi", "Jardou"),
        ("Ruda", "Rudo", "Rudovi", "Rudou"),
        ("Standa", "Stando", "Standovi", "Standou"),
        ("Kuba", "Kubo", "Kubovi", "Kubou"),
        ("Vojta", "Vojto", "Vojtovi", "Vojtou"),
        ("Ondra", "Ondro", "Ondrovi", "Ondrou"),
        ("Mirek", "Mirku", "Mirkovi", "Mirkem"),
        ("Vašek", "Vašku", "Vaškovi", "Vaškem"),
        ("Pepík", "Pepíku", "Pepíkovi", "Pepíkem"),
        ("Zbyňa", "Zbyňo", "Zbyňovi", "Zbyňou"),
        ("Bóža", "Bóžo", "Bóžovi", "Bóžou"),
        ("Jirka", "Jirko", "Jirkovi", "Jirkou"),
    ],
    "f": [
        ("Verča", "Verčo", "Verče", "Verčou"),
        ("Katka", "Katko", "Katce", "Katkou"),
        ("Bára", "Báro", "Báře", "Bárou"),
        ("Terka", "Terko", "Terce", "Terkou"),
        ("Madla", "Madlo", "Madle", "Madlou"),
        ("Majda", "Majdo", "Majdě", "Majdou"),
        ("Kačka", "Kačko", "Kačce", "Kačkou"),
        ("Zuzka", "Zuzko", "Zuzce", "Zuzkou"),
        ("Danča", "Dančo", "Danče", "Dančou"),
        ("Jarka", "Jarko", "Jarce", "Jarkou"),
        ("Věrka", "Věrko", "Věrce", "Věrkou"),
        ("Áňa", "Áňo", "Áně", "Áňou"),
        ("Blanka", "Blanko", "Blance", "Blankou"),
        ("Pavla", "Pavlo", "Pavle", "Pavlou"),
    ],
}

SOFT = set("šžčřcjďťňľ")
VOW = set("aeiouyáéíóúůýěäô")
CASES = ("nom", "gen", "dat", "acc", "ins", "voc", "loc")
FLEET = {"Kozel": "Kozl", "Pavel": "Pavl", "Karel": "Karl", "Havel": "Havl"}


def same(s):
    return dict.fromkeys(CASES, s)


def decl_m(s: str):
    """Czech declension of a male first name or surname (None = not handled)."""
    if not s or " " in s or len(s) < 3:
        return None
    if s[-1] in "ýí":
        st = s[:-1]
        if s[-1] == "ý":
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
    if s.endswith("o") and s[-2] not in VOW:
        st = s[:-1]
        return dict(
            nom=s, gen=st + "a", dat=st + "ovi", acc=st + "a", ins=st + "em", voc=s, loc=st + "ovi"
        )
    if s[-1] in VOW or s[-1] in "sxzwqgć" or s.endswith("ec"):
        return None
    if s in FLEET:
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
    if s.endswith("ie"):
        st = s[:-1]
        return dict(nom=s, gen=s, dat=st + "i", acc=st + "i", ins=st + "í", voc=s, loc=st + "i")
    if s.endswith("e"):
        st = s[:-1]
        return dict(nom=s, gen=s, dat=st + "i", acc=st + "i", ins=st + "í", voc=s, loc=st + "i")
    if s[-1] not in VOW:
        return same(s)
    if not s.endswith("a"):
        return None
    st = s[:-1]
    e = st[-1]
    if e in SOFT or e in VOW or e in "ľ":
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
        return same(s)
    return None


def fem(s: str):
    if s.endswith("ý"):
        return s[:-1] + "á"
    if s.endswith("y") and s[-2] not in VOW:  # Slovak Dlhý -> Dlhá, Sliacky -> Sliacka
        return s[:-1] + "a"
    if s.endswith("í"):
        return s
    if s.endswith("a"):
        return s[:-1] + "ová"
    if s.endswith("o"):
        return s[:-1] + "ová"
    if s.endswith("ěk"):
        soft = {"n": "ň", "d": "ď", "t": "ť"}.get(s[-3])
        return s[:-3] + soft + "ková" if soft else None
    if s.endswith("ek") and s[-3] not in VOW:
        return s[:-2] + "ková"
    if s.endswith("ec") and s[-3] not in VOW:
        return s[:-2] + "cová"
    if s[-1] in VOW or s.endswith("ić"):
        return None
    return s + "ová"


def decl_f_last_any(s: str):
    d = decl_f_last(s)
    if d is None and s.endswith("a") and not s.endswith("ová"):  # Slovak adjectival Sliacka, Dlhá
        st = s[:-1]
        return dict(
            nom=s, gen=st + "é", dat=st + "é", acc=st + "ou", ins=st + "ou", voc=s, loc=st + "é"
        )
    return d


def sk_cases(first: str, last: str, g: str):
    """Slovak forms (nom, gen, dat, acc, ins) for Slovak-speaking turns."""
    out = {}
    for w, kind in ((first, "f"), (last, "l")):
        if g == "m":
            if w.endswith(("ý", "y")):
                st = w[:-1]
                d = dict(nom=w, gen=st + "ého", dat=st + "ému", acc=st + "ého", ins=st + "ým")
            elif w.endswith("a"):
                st = w[:-1]
                d = dict(nom=w, gen=st + "u", dat=st + "ovi", acc=st + "u", ins=st + "om")
            elif w[-1] in VOW or w.endswith(("ec", "ek")):
                return None
            else:
                d = dict(nom=w, gen=w + "a", dat=w + "ovi", acc=w + "a", ins=w + "om")
        else:
            if kind == "l" and w.endswith(("á", "a")):  # -ová and adjectival -á/-a
                st = w[:-1]
                d = dict(nom=w, gen=st + "ej", dat=st + "ej", acc=st + "ú", ins=st + "ou")
            elif kind == "f" and w.endswith("a"):
                st = w[:-1]
                d = dict(nom=w, gen=w, dat=w, acc=st + "u", ins=st + "ou")
                if w.endswith("ia"):
                    d["gen"] = d["dat"] = st + "e"
                else:
                    d["gen"] = st + ("e" if st[-1] in SOFT else "y")
                    d["dat"] = st + "e"
            else:
                return None
        out[kind] = d
    return out


PAN = {
    "m": dict(nom="pan", gen="pana", dat="panu", acc="pana", ins="panem", voc="pane", loc="panu"),
    "f": same("paní"),
}
PAN_SK = {
    "m": dict(nom="pán", gen="pána", dat="pánovi", acc="pána", ins="pánom"),
    "f": dict(nom="pani", gen="pani", dat="pani", acc="paniu", ins="paňou"),
}
TITLES = ["Ing.", "MUDr.", "Mgr.", "Bc.", "JUDr.", "PhDr.", "RNDr.", "doc.", "Ing. arch.", "MVDr."]


class Person:
    """A person; origin 'sk' makes a Slovak, 'dbl' a woman with a double surname."""

    def __init__(self, g: str, origin: str | None = None):
        self.g = g
        for _ in range(500):
            o = origin or R.choices(["cz", "rare", "sk", "foreign"], weights=[3, 6, 3, 2])[0]
            first, last = self._draw(o)
            if not first or not last:
                continue
            if g == "m":
                df, dl = decl_m(first), decl_m(last)
            else:
                df, dl = decl_f_first(first), decl_f_last_any(last)
            if df and dl and (o != "sk" or sk_cases(first, last, g)):
                break
        else:
            raise RuntimeError("no declinable name")
        self.o = o
        self.first, self.last, self.df, self.dl = first, last, df, dl
        self.sk = sk_cases(first, last, g) if o == "sk" else None
        self.dbl = None
        if g == "f":
            for _ in range(50):
                other = fem(pick(LAST_TRADE + LAST_ANIMAL + LAST_ADJ + list(CS_P.last_names_male)))
                d2 = decl_f_last(other) if other else None
                if d2 and other != last:
                    self.dbl = {c: f"{dl[c]} {d2[c]}" for c in CASES}
                    break
        nk = [n for n in NICK[g] if n[0] != first]
        n = pick(nk)
        self.nick = dict(nom=n[0], voc=n[1], dat=n[2], ins=n[3])

    def _draw(self, o):
        if self.g == "m":
            if o == "cz":
                return pick(CS_P.first_names_male), pick(CS_P.last_names_male)
            if o == "sk":
                f = pick(FIRST_M_SK) if chance(0.6) else pick(SK_P.first_names_male)
                return f, pick(LAST_SK) if chance(0.65) else pick(SK_P.last_names_male)
            if o == "foreign":
                return pick(FIRST_M + list(CS_P.first_names_male)), pick(LAST_FOREIGN)
            return pick(FIRST_M), pick(LAST_TRADE + LAST_ANIMAL + LAST_ADJ)
        if o == "cz":
            return pick(CS_P.first_names_female), pick(CS_P.last_names_female)
        if o == "sk":
            f = pick(FIRST_F_SK) if chance(0.6) else pick(SK_P.first_names_female)
            return f, fem(pick(LAST_SK)) if chance(0.65) else pick(SK_P.last_names_female)
        if o == "foreign":
            return pick(FIRST_F + list(CS_P.first_names_female)), fem(pick(LAST_FOREIGN))
        return pick(FIRST_F), fem(pick(LAST_TRADE + LAST_ANIMAL + LAST_ADJ))


SPELL_NOTE = {
    "Á": ["á dlouhé", "a s čárkou"],
    "Č": ["č s háčkem", "čé"],
    "Ď": ["ď s háčkem"],
    "É": ["é dlouhé"],
    "Ě": ["ě s háčkem"],
    "Í": ["í dlouhé", "měkké í s čárkou"],
    "Ľ": ["ľ s mäkčeňom", "el s háčkem"],
    "Ň": ["ň s háčkem"],
    "Ř": ["ř s háčkem", "eř"],
    "Š": ["š s háčkem", "eš"],
    "Ť": ["ť s háčkem"],
    "Ú": ["ú s čárkou"],
    "Ů": ["ů kroužek", "u s kroužkem"],
    "Ý": ["tvrdé ý s čárkou", "ypsilon dlouhé"],
    "Ž": ["ž s háčkem", "žet"],
    "Ô": ["ô s vokáňom", "o se stříškou"],
    "Ä": ["a s dvěma tečkama", "široké e"],
    "Ĺ": ["ĺ s dĺžňom", "dlouhé el"],
    "Y": ["tvrdé y", "ypsilon"],
    "I": ["měkké i", "I"],
}


def spell(w: str) -> str:
    letters = [c.upper() for c in w if c.isalpha()]
    if chance(0.45):
        letters = [pick(SPELL_NOTE[c]) if c in SPELL_NOTE and chance(0.75) else c for c in letters]
    sep = R.choices([" ", ", ", " - ", "... "], weights=[4, 3, 1, 1])[0]
    out = sep.join(letters)
    return out.lower() if chance(0.25) else out


# ---------------------------------------------------------------------------
# checksum identifiers
# ---------------------------------------------------------------------------


def gen_account():
    for _ in range(200):
        a = BankAccount.generate_random(include_prefix=chance(0.35))
        s = str(a)
        if std_bankaccount.is_valid(s):
            pre = str(a.prefix) if a.prefix else ""
            return pre, str(a.account_number), a.bank_code
    raise RuntimeError


def acct_written():
    pre, num, bank = gen_account()
    core = f"{pre}-{num}" if pre else num
    sep = R.choices(["/", " / ", " lomeno ", "/ ", " lomítko "], weights=[7, 2, 2, 1, 1])[0]
    v = f"{core}{sep}{bank}"
    assert std_bankaccount.is_valid(re.sub(r"\s*(/|lomeno|lomítko)\s*", "/", v)), v
    return v


def acct_spoken():
    pre, num, bank = gen_account()
    out = ""
    if pre:
        out = digits(pre) + pick([" pomlčka ", " čárka ", " mínus "])
    if chance(0.4):
        out += digits(num)
    elif chance(0.5):
        out += " ".join(group_said(num[i : i + 3]) for i in range(0, len(num), 3))
    else:
        out += " ".join(group_said(num[i : i + 2]) for i in range(0, len(num), 2))
    b = digits(bank) if chance(0.5) else " ".join(group_said(bank[i : i + 2]) for i in (0, 2))
    return out + pick([" lomeno ", " lomítko ", " a kód banky ", ", banka "]) + b


def iban_make(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    v = f"{cc}{98 - int(num) % 97:02d}{bban}"
    assert std_iban.is_valid(v), v
    return v


def iban_value(sk: bool = False) -> str:
    pre, num, bank = gen_account()
    if sk:
        bank = pick(["0900", "0200", "1100", "7500", "5600", "3100", "6500"])
    v = iban_make("SK" if sk else "CZ", bank + pre.zfill(6) + num.zfill(10))
    f = R.choices(["g4", "compact", "low", "cc", "g4dot"], weights=[6, 3, 1, 2, 1])[0]
    g = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    if f == "compact":
        return v
    if f == "low":
        return g.lower()
    if f == "cc":  # country code and check digits apart, rest in fours
        rest = v[4:]
        return f"{v[:2]} {v[2:4]} " + " ".join(rest[i : i + 4] for i in range(0, len(rest), 4))
    if f == "g4dot":
        return g.replace(" ", ".")
    return g


def gen_ico(lead0: bool | None = None) -> str:
    lead0 = chance(0.12) if lead0 is None else lead0
    for _ in range(200):
        body = ("0" if lead0 else str(R.randint(1, 9))) + "".join(
            R.choice(string.digits) for _ in range(6)
        )
        s = sum(int(d) * w for d, w in zip(body, range(8, 1, -1), strict=True))
        v = body + str((11 - s % 11) % 10)
        if std_dic.is_valid(v):
            return v
    raise RuntimeError


def ico_written(v=None):
    v = v or gen_ico()
    return R.choices(
        [
            v,
            f"{v[:2]} {v[2:5]} {v[5:]}",
            f"{v[:3]} {v[3:6]} {v[6:]}",
            f"{v[:4]} {v[4:6]} {v[6:]}",
            f"{v[:3]}-{v[3:5]}-{v[5:]}",
            f"{v[:2]}.{v[2:5]}.{v[5:]}",
            " ".join(v),
        ],
        weights=[5, 3, 2, 2, 1, 1, 1],
    )[0]


def ico_spoken(v=None):
    v = v or gen_ico()
    m = R.choices(["dig", "3-3-2", "2-3-3", "4-4", "mixed"], weights=[2, 2, 2, 1, 2])[0]
    if m == "dig":
        return digits(v)
    if m == "3-3-2":
        return ", ".join(group_said(g) for g in (v[:3], v[3:6], v[6:]))
    if m == "2-3-3":
        return " ".join(group_said(g) for g in (v[:2], v[2:5], v[5:]))
    if m == "4-4":
        return " ".join(group_said(v[i : i + 2]) for i in range(0, 8, 2))
    return f"{v[:4]} {digits(v[4:])}"


def gen_rc(g: str | None = None, old: bool = False) -> str:
    g = g or pick("mf")
    for _ in range(2000):
        y = R.randint(1921, 1953) if old else R.randint(1954, 2007)
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
    v = v or gen_rc(old=chance(0.07))
    return R.choices(
        [
            f"{v[:6]}/{v[6:]}",
            v,
            f"{v[:2]} {v[2:4]} {v[4:6]} / {v[6:]}",
            f"{v[:6]} lomeno {v[6:]}",
            f"{v[:6]}-{v[6:]}",
        ],
        weights=[6, 3, 1, 2, 1],
    )[0]


def rc_spoken(v=None):
    v = v or gen_rc()
    head = " ".join(group_said(v[i : i + 2]) for i in range(0, 6, 2))
    tail = v[6:]
    t = (
        digits(tail)
        if chance(0.5)
        else " ".join(group_said(tail[i : i + 2]) for i in range(0, len(tail), 2))
    )
    return f"{head} {pick(['lomeno', 'lomítko', 'a za lomítkem'])} {t}"


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
        [
            " ".join(g),
            v,
            "-".join(g),
            f"{g[0]}{g[1]} {g[2]}{g[3]}",
            "  ".join(g).replace("  ", " / "),
        ],
        weights=[6, 2, 1, 1, 1],
    )[0]


def card_spoken():
    v = gen_card()
    g = [v[i : i + 4] for i in range(0, 16, 4)]
    if chance(0.4):
        return ", ".join(digits(x) for x in g)
    if chance(0.5):
        return " ".join(group_said(x[:2]) + " " + group_said(x[2:]) for x in g)
    return " ".join(x if i % 2 else digits(x) for i, x in enumerate(g))


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
    "608",
    "702",
    "704",
    "720",
    "721",
    "723",
    "724",
    "725",
    "728",
    "730",
    "731",
    "732",
    "733",
    "736",
    "737",
    "739",
    "770",
    "771",
    "773",
    "774",
    "775",
    "776",
    "777",
    "778",
    "790",
    "792",
    "793",
    "799",
]
LAND = [
    "222",
    "225",
    "233",
    "257",
    "261",
    "272",
    "284",
    "311",
    "313",
    "326",
    "347",
    "354",
    "381",
    "383",
    "416",
    "461",
    "465",
    "474",
    "481",
    "494",
    "516",
    "518",
    "531",
    "543",
    "548",
    "556",
    "567",
    "572",
    "581",
    "583",
    "591",
    "596",
]


def phone_nine(land: bool = False) -> str:
    return pick(LAND if land else MOB) + "".join(R.choice(string.digits) for _ in range(6))


def phone_written(land: bool = False) -> str:
    d = phone_nine(land)
    a, b, c = d[:3], d[3:6], d[6:]
    f = R.choices(
        ["333", "compact", "+333", "3222", "00", "/", "+420-", "2223"],
        weights=[6, 3, 4, 2, 1, 1, 1, 1],
    )[0]
    return {
        "333": f"{a} {b} {c}",
        "compact": d,
        "+333": f"+420 {a} {b} {c}",
        "3222": f"{a} {d[3:5]} {d[5:7]} {d[7:]}",
        "00": f"00420 {d}",
        "/": f"{a}/{b} {c}",
        "+420-": f"+420-{a}-{b}-{c}",
        "2223": f"(+420) {a} {b} {c}",
    }[f]


def phone_spoken() -> str:
    d = phone_nine(chance(0.12))
    st = R.choices(["333", "digits", "3222", "mixed", "pairs"], weights=[4, 3, 2, 2, 1])[0]
    if st == "digits":
        body = digits(d)
    elif st == "333":
        body = pick([", ", " "]).join(group_said(d[i : i + 3]) for i in (0, 3, 6))
    elif st == "3222":
        body = " ".join([group_said(d[:3])] + [group_said(d[i : i + 2]) for i in (3, 5, 7)])
    elif st == "pairs":
        body = f"{group_said(d[:3])}, {d[3:5]}, {d[5:7]}, {d[7:]}"
    else:
        gs = [d[:3], d[3:6], d[6:]]
        k = R.randrange(3)
        body = " ".join(g if i != k else group_said(g) for i, g in enumerate(gs))
    if chance(0.2):
        body = (
            pick(["plus čtyři sta dvacet ", "plus čtyřista dvacet ", "nula nula čtyři dva nula "])
            + body
        )
    return body


def phone_sk() -> str:
    d = pick(
        [
            "901",
            "902",
            "903",
            "904",
            "905",
            "908",
            "910",
            "911",
            "914",
            "915",
            "918",
            "940",
            "944",
            "948",
            "949",
            "950",
        ]
    ) + "".join(R.choice(string.digits) for _ in range(6))
    return R.choices(
        [
            f"+421 {d[:3]} {d[3:6]} {d[6:]}",
            f"0{d[:3]} {d[3:6]} {d[6:]}",
            f"0{d}",
            f"00421 {d[:3]} {d[3:]}",
            digits("0" + d, sk=True),
        ],
        weights=[3, 3, 1, 1, 2],
    )[0]


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
SAY_AS = {
    "A": "Adam",
    "B": "Božena",
    "C": "Cyril",
    "D": "David",
    "E": "Emil",
    "F": "František",
    "H": "Helena",
    "J": "Josef",
    "K": "Karel",
    "L": "Ludvík",
    "M": "Marie",
    "N": "Norbert",
    "P": "Petr",
    "R": "Rudolf",
    "S": "Svatopluk",
    "T": "Tomáš",
    "U": "Urban",
    "V": "Václav",
    "X": "Xaver",
    "Y": "Ypsilon",
    "Z": "Zuzana",
}
OLD_DISTRICT = [
    "BMA",
    "BRA",
    "CBA",
    "HKA",
    "JIA",
    "KVA",
    "LIA",
    "OVA",
    "PHA",
    "PZA",
    "ZLA",
    "TPA",
    "UOA",
    "PIB",
    "SMA",
    "KOA",
    "NAA",
    "PSA",
    "BNA",
    "TAA",
    "CVA",
    "DCA",
]
VANITY = [
    "KAPR",
    "BOBR",
    "DEDA",
    "BABI",
    "FENIX",
    "VLCICE",
    "ZELVA",
    "MAMKA",
    "LESNIK",
    "HOUBAR",
    "PEKAR",
    "KOVAR",
    "DOKTOR",
    "VCELAR",
    "TATKA",
    "STRYC",
    "LOVEC",
    "SKAUT",
]
SK_PLATE_DIST = ["BA", "KE", "ZA", "NR", "TT", "TN", "BB", "PO", "LM", "MT", "PP", "RK", "SC", "KN"]


def plate_core():
    third = R.choice(PL_LET) if chance(0.72) else R.choice("123456789")
    return f"{R.randint(1, 9)}{R.choice(REGION)}{third}", f"{R.randint(0, 9999):04d}"


def plate_written() -> str:
    a, b = plate_core()
    v = f"{a}{pick([' ', ' ', '', '-'])}{b}"
    return v.lower() if chance(0.12) else v


def plate_old() -> str:
    return f"{pick(OLD_DISTRICT)} {R.randint(10, 99)}-{R.randint(10, 99)}"


def plate_vanity() -> str:
    w = pick(VANITY)
    n = str(R.randint(1, 99))
    return pick([w + n, f"{w} {n}", w]) if len(w + n) <= 8 else w


def plate_sk() -> str:
    d, n = pick(SK_PLATE_DIST), f"{R.randint(100, 999)}"
    let = R.choice(PL_LET) + R.choice(PL_LET)
    return pick([f"{d}-{n}{let}", f"{d} {n}{let}", f"{d}{n}{let}", f"{d}{n}-{let}"])


def plate_spoken() -> str:
    a, b = plate_core()
    m = R.choices(["letters", "alphabet", "sep"], weights=[4, 2, 2])[0]
    if m == "alphabet":
        head = [words(int(a[0]))] + [
            f"{c} jako {SAY_AS[c]}" if c.isalpha() else words(int(c)) for c in a[1:]
        ]
        return ", ".join(head) + ", " + (b if chance(0.5) else digits(b))
    if m == "sep":
        toks = [a[0]] + [SAY_L[c] if c.isalpha() else c for c in a[1:]] + list(b)
        return pick([" - ", ", ", "... "]).join(toks)
    head = [words(int(a[0]))] + [SAY_L[c] if c.isalpha() else words(int(c)) for c in a[1:]]
    tail = digits(b) if chance(0.5) else f"{group_said(b[:2])} {group_said(b[2:])}"
    return " ".join(head) + " " + tail


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
    "outlook.cz",
    "icloud.com",
    "atlas.cz",
    "azet.sk",
    "zoznam.sk",
    "pobox.sk",
    "post.sk",
    "tiscali.cz",
    "gmx.de",
    "proton.me",
    "live.com",
    "hotmail.cz",
    "yahoo.co.uk",
    "wp.pl",
]
DOM_A = [
    "teplo",
    "kotle",
    "revize",
    "komin",
    "voda",
    "plyn",
    "solar",
    "stavby",
    "okna",
    "strechy",
    "drevo",
    "hajenka",
    "pila",
    "farma",
    "vcelarstvi",
    "zahradnictvi",
    "autodily",
    "pneumatiky",
    "kovarna",
    "truhlarstvi",
    "sklenarstvi",
    "uctarna",
    "dane",
    "advokat",
    "notar",
    "zubar",
    "ordinace",
    "lekarna",
    "veterina",
    "skolka",
    "druzstvo",
    "bytovka",
    "svj",
    "obec",
    "hospoda",
    "penzion",
    "chata",
    "kemp",
    "myslivci",
    "hasici",
    "sokol",
    "kino",
]
DOM_B = [
    "",
    "",
    "",
    "-ok",
    "plus",
    "24",
    "-servis",
    "-jih",
    "-vychod",
    "tech",
    "-brno",
    "-ostrava",
    "pro",
    "hned",
    "-group",
    "-rodina",
    "centrum",
    "-vysocina",
    "-morava",
    "-beskydy",
]
TLD = ["cz"] * 10 + ["sk"] * 3 + ["eu", "com", "com", "net", "info", "org", "de", "at"]
ROLES = [
    "objednavky",
    "dispecer",
    "fakturace",
    "ucetni",
    "kancelar",
    "predseda.svj",
    "sekretariat",
    "reklamace",
    "podatelna",
    "starosta",
    "mistostarosta",
    "info",
    "provoz",
    "servis.kotle",
    "hlaseni.poruch",
    "spravce",
    "recepce",
    "vedouci.provozu",
    "zakaznicka.podpora",
    "kontakt",
]


def company_domain() -> str:
    a, b = pick(DOM_A), pick(DOM_B)
    if chance(0.2):
        b = "-" + slug(pick(CS_A.cities))[:9]
    return f"{a}{b}.{pick(TLD)}"


def local_from(p: Person | None) -> str:
    p = p or Person(pick("mf"))
    f, last = slug(p.first), slug(p.last)
    yr = f"{R.randint(0, 99):02d}"
    return pick(
        [
            f"{f}.{last}",
            f"{last}.{f}",
            f"{f[0]}{last}",
            f"{f}{last}{yr}",
            f"{last}_{f}",
            f"{last}.{yr}",
            f"{f}-{last}",
            f"{f[:3]}.{last[:4]}",
            f"{last}{f[0]}",
            f"{f}.{last}.{yr}",
            f"{f}{yr}.{last}",
            f"{last}{R.randint(100, 999)}",
        ]
    )


def email_written(p=None, role=False, co=False) -> str:
    loc = pick(ROLES) if role else local_from(p)
    dom = company_domain() if (role or co or chance(0.2)) else pick(FREE)
    f = R.choices(
        ["plain", "cap", "ws", "upper", "paren", "brack", "ws1"], weights=[12, 2, 2, 1, 1, 1, 1]
    )[0]
    v = f"{loc}@{dom}"
    if f == "cap":
        v = v[0].upper() + v[1:]
    elif f == "ws":
        v = f"{loc} @ {dom}"
    elif f == "upper":
        v = v.upper()
    elif f == "paren":  # obfuscated as written on a web page
        v = f"{loc}(at){dom}"
    elif f == "brack":
        v = f"{loc} [at] {dom.replace('.', ' [dot] ')}"
    elif f == "ws1":
        v = f"{loc}@ {dom}"
    return v


TLD_SAY = {
    "cz": ["cz", "cé zet", "cézet", "cz"],
    "sk": ["sk", "es ká", "eska"],
    "com": ["com", "kom", "kám"],
    "eu": ["eu", "é ú"],
    "net": ["net"],
    "info": ["info"],
    "org": ["org"],
    "de": ["de", "dé é"],
    "at": ["at", "á té"],
    "me": ["me", "em é"],
    "pl": ["pl", "pé el"],
    "uk": ["uk", "jú kej"],
}


def say_part(t: str, comma: bool) -> str:
    toks = []
    for part in re.findall(r"[a-z]+|\d+|[._-]", t):
        if part == ".":
            toks.append(pick(["tečka", "tečka", "tečka", "bodka" if chance(0.2) else "tečka"]))
        elif part == "-":
            toks.append(pick(["pomlčka", "spojovník", "čárečka", "minus"]))
        elif part == "_":
            toks.append(pick(["podtržítko", "podčárník", "podtržník"]))
        elif part.isdigit():
            toks.append(digits(part) if (len(part) > 2 or chance(0.5)) else words(int(part)))
        else:
            toks.append(part)
    return (", " if comma else " ").join(toks)


def say_domain(dom: str, comma: bool = False) -> str:
    parts = dom.split(".")
    sep = ", " if comma else " "
    dot = pick(["tečka", "tečka", "dot"])
    body = f"{sep}{dot}{sep}".join(say_part(x, comma) for x in parts[:-1])
    return f"{body}{sep}{dot}{sep}{pick(TLD_SAY.get(parts[-1], [parts[-1]]))}"


def email_spoken(p=None, role=False) -> str:
    loc = pick(ROLES) if role else local_from(p)
    dom = company_domain() if (role or chance(0.25)) else pick(FREE)
    at = pick(["zavináč"] * 6 + ["zavináčem", "at", "zavinač", "šnek", "zavináček"])
    m = R.choices(["all", "comma", "loc", "spell", "bez"], weights=[5, 3, 2, 2, 1])[0]
    if m == "all":
        return f"{say_part(loc, False)} {at} {say_domain(dom)}"
    if m == "comma":  # dictated piece by piece with pauses
        return f"{say_part(loc, True)}, {at}, {say_domain(dom, True)}"
    if m == "loc":
        return f"{say_part(loc, False)} {at} {dom}"
    if m == "bez":  # local part said as written, the rest spoken
        return f"{loc} {at} {say_domain(dom)}"
    out = []
    for c in loc:
        if c in "._-":
            out.append({".": "tečka", "-": "pomlčka", "_": "podtržítko"}[c])
        elif c.isdigit():
            out.append(DIG[int(c)])
        else:
            out.append(c.upper() if chance(0.7) else c)
    return f"{' '.join(out)} {at} {say_domain(dom) if chance(0.5) else dom}"


URL_PATHS = [
    "zakazka",
    "servisni-list",
    "objednavka",
    "revize/protokol",
    "faktura",
    "dokument",
    "termin",
    "kalendar/rezervace",
    "klient/profil",
    "smlouva",
    "souhlas",
    "dotaznik",
    "hodnoceni",
    "fotky",
    "zasilka",
    "nabidka",
    "cenova-nabidka",
    "predavaci-list",
    "prihlaseni",
    "reset-hesla",
    "platba",
    "qr",
    "pozvanka",
    "sdileni",
]


def url_id(n=None, alphabet=string.ascii_letters + string.digits) -> str:
    return "".join(R.choice(alphabet) for _ in range(n or R.randint(5, 10)))


def url_written() -> str:
    d = company_domain()
    k = R.choices(
        ["id", "query", "www", "share", "hash", "bare", "num", "sub"],
        weights=[4, 3, 2, 2, 1, 1, 2, 2],
    )[0]
    if k == "id":
        return f"{pick(['https://', 'https://', 'http://', ''])}{d}/{pick(URL_PATHS)}/{url_id()}"
    if k == "query":
        return f"https://{pick(['', 'www.', 'app.'])}{d}/{pick(URL_PATHS)}?{pick(['id', 'cislo', 'token', 'z', 'u'])}={url_id()}&{pick(['lang=cs', 'src=sms', 'v=2', 'utm_source=email'])}"
    if k == "www":
        return f"{pick(['www.', 'WWW.', 'Www.'])}{d}/{pick(URL_PATHS)}"
    if k == "share":
        return pick(
            [
                f"https://uschovna.cz/zasilka/{url_id(12)}",
                f"https://drive.google.com/file/d/{url_id(18)}/view",
                f"https://mapy.cz/s/{url_id(9, string.ascii_lowercase)}",
                f"https://1drv.ms/u/s!{url_id(14)}",
                f"https://we.tl/t-{url_id(10)}",
                f"https://forms.gle/{url_id(12)}",
            ]
        )
    if k == "hash":
        return f"https://portal.{d}/#/{pick(URL_PATHS)}/{R.randint(1000, 99999)}"
    if k == "num":
        return f"{d}/{pick(URL_PATHS)}/{R.randint(10000, 9999999)}"
    if k == "sub":
        return f"https://{pick(['klient', 'objednavky', 'moje', 'zona', 'e'])}.{d}/{url_id(6, string.ascii_uppercase + string.digits)}"
    return d


def url_spoken() -> str:
    d = company_domain()
    sl = pick(["lomítko", "lomeno", "slash", "lomítko"])
    ident = url_id(R.randint(4, 6), string.ascii_lowercase + string.digits)
    said_id = " ".join(DIG[int(c)] if c.isdigit() else c for c in ident) if chance(0.5) else ident
    path = f" {sl} {pick(URL_PATHS).replace('/', f' {sl} ')}" + (
        f" {sl} {said_id}" if chance(0.6) else ""
    )
    m = R.choices(["www", "https", "mixed", "plain"], weights=[3, 2, 3, 2])[0]
    if m == "www":
        return f"{pick(['vé vé vé', 'dvojité vé dvojité vé dvojité vé', 'www', 'tři dvojitá vé'])} tečka {say_domain(d)}{path}"
    if m == "https":
        return f"{pick(['há té té pé es', 'https', 'há té té pé'])} {pick(['dvojtečka', 'dvojtečka'])} {pick(['dvě lomítka', 'lomítko lomítko', 'dvakrát lomítko'])} {say_domain(d)}{path}"
    if m == "mixed":
        return f"{d} {sl} {pick(URL_PATHS).replace('/', f' {sl} ')} {sl} {said_id}"
    return f"{say_domain(d)}{path}"


# ---------------------------------------------------------------------------
# addresses
# ---------------------------------------------------------------------------

# streets named after people, in the genitive (as on street signs)
GEN_STREETS = [
    "Jana Palacha",
    "Karla Havlíčka Borovského",
    "Bedřicha Smetany",
    "Zdeňka Fibicha",
    "Leoše Janáčka",
    "Josefa Mánesa",
    "Mikoláše Alše",
    "Pavla Křížkovského",
    "Bratří Čapků",
    "Generála Píky",
    "Plk. Švece",
    "Dr. Milady Horákové",
    "M. R. Štefánika",
    "Ľudovíta Štúra",
    "Janka Kráľa",
    "Jana Nerudy",
    "Viktora Huga",
    "Vojtěcha Kristiána",
    "Josefa Kajetána Tyla",
    "Karla IV.",
    "Přemysla Otakara II.",
    "Kněžny Libuše",
    "Sv. Anežky České",
    "Jana Zrzavého",
    "Prof. Vejdovského",
    "Bohuslava Martinů",
    "Jiřího Wolkera",
    "Tomáše Bati",
    "Václava Talicha",
    "Ludmily Podjavorinské",
    "Alexandra Dubčeka",
    "Jozefa Miloslava Hurbana",
    "Emila Zátopka",
    "Josefa Lady",
    "Gen. Klapálka",
    "Ruské armády",
    "Boženy Benešové",
    "Marie Pujmanové",
    "Vladislava Vančury",
    "Oldřicha Nového",
]
# numbered, Roman-numeral and avenue-type streets
NUM_STREETS = [
    "Třída Míru",
    "třída Tomáše Bati",
    "28. října",
    "17. listopadu",
    "9. května",
    "1. máje",
    "Severní IV",
    "Jižní II",
    "Sídliště III",
    "Polní I",
    "Nové Sady II",
    "Do Zahrádek I",
    "Okružní II",
    "Lesní III",
    "5. května",
    "Třída Svobody",
    "třída Kosmonautů",
    "Sídliště Vajgar",
    "U Nádraží II",
    "Na Výsluní IV",
    "Vinohrady V",
    "Třída Osvobození",
    "8. pluku",
    "Sokolská třída",
    "Havlíčkova II",
    "náměstí 28. října",
    "Nábřeží Závodu míru",
]
PREP_STREETS = [
    "Ke Splávku",
    "Nad Ovčírnou",
    "Pod Kostelem",
    "Za Pivovarem",
    "U Staré Pošty",
    "Na Bělidle",
    "V Kopcích",
    "Mezi Zahrádkami",
    "Před Nádražím",
    "K Vodojemu",
    "Na Hrázi",
    "U Tří Lip",
    "Nad Kapličkou",
    "Ve Žlebu",
    "Pod Hájem",
    "U Zvoničky",
    "Na Drahách",
    "Za Humny",
    "Pod Vyhlídkou",
    "Na Skalce",
    "U Koupaliště",
    "K Hájovně",
    "Nad Sokolovnou",
    "V Zátiší",
    "Na Rybníčku",
    "U Kapličky",
    "Pod Rozhlednou",
    "Za Kovárnou",
    "Na Sídlišti",
    "K Mlýnu",
]
ORD_STREETS = [
    "Lipová",
    "Kaštanová",
    "Jeřabinová",
    "Šeříková",
    "Družstevní",
    "Tovární",
    "Cihelní",
    "Pekařská",
    "Kovářská",
    "Hrnčířská",
    "Chmelná",
    "Vinařská",
    "Myslivecká",
    "Rybářská",
    "Luční",
    "Sadová",
    "Krátká",
    "Úzká",
    "Příčná",
    "Spojovací",
    "Slunečná",
    "Větrná",
    "Mánesova",
    "Rooseveltova",
    "Wilsonova",
    "Husitská",
    "Táborská",
    "Nerudova",
    "Dvořákova",
    "Sokolovská",
    "Hybešova",
    "Žižkova",
    "Nádražní",
    "Zámecká",
    "Hradební",
    "Mlýnská",
]
SK_STREETS = [
    "Hlavná",
    "Mierová",
    "Štúrova",
    "Hviezdoslavova",
    "Námestie SNP",
    "Partizánska",
    "Kpt. Nálepku",
    "Družstevná",
    "Športová",
    "Jarná",
    "Záhradnícka",
    "Nová",
    "Radlinského",
    "Kuzmányho",
    "Ľ. Podjavorinskej",
]
SK_TOWNS = [
    ("Žilina", "010 01"),
    ("Trenčín", "911 01"),
    ("Prešov", "080 01"),
    ("Poprad", "058 01"),
    ("Martin", "036 01"),
    ("Levoča", "054 01"),
    ("Ružomberok", "034 01"),
    ("Nitra", "949 01"),
    ("Liptovský Mikuláš", "031 01"),
    ("Banská Bystrica", "974 01"),
    ("Košice", "040 01"),
    ("Senica", "905 01"),
    ("Bardejov", "085 01"),
    ("Skalica", "909 01"),
]
VILLAGES = [
    "Lhota pod Hostýnem",
    "Bystřice",
    "Rybníček",
    "Horní Bříza",
    "Dolní Újezd",
    "Kunčina Ves",
    "Vlčnov",
    "Ostrov",
    "Jestřabí Lhota",
    "Bukovec",
    "Nová Ves u Bakova",
    "Žďárec",
    "Loučka",
    "Habry",
    "Kamenice",
    "Lukov",
    "Pasohlávky",
    "Chvalkovice",
    "Hradiště",
    "Vysoké Pole",
    "Rudná pod Pradědem",
    "Lipník",
    "Pěnčín",
    "Zálesí",
    "Hvozdná",
    "Malý Beranov",
    "Strání",
    "Brodek u Konice",
    "Ořechov",
    "Slavkov",
]
# (nominative, locative) for "v ... ulici" / "na ..." phrasing; the preposition stays outside the span
LOC_STREETS = [
    ("Kaštanová", "Kaštanové"),
    ("Jeřabinová", "Jeřabinové"),
    ("Tovární", "Tovární"),
    ("Chmelná", "Chmelné"),
    ("Mánesova", "Mánesově"),
    ("Rooseveltova", "Rooseveltově"),
    ("Táborská", "Táborské"),
    ("Mlýnská", "Mlýnské"),
    ("Hybešova", "Hybešově"),
    ("Větrná", "Větrné"),
    ("Pekařská", "Pekařské"),
    ("Slunečná", "Slunečné"),
]
_FK = [
    s for s in CS_A.streets if not re.search(r"\s[IVX][ivx]*\.?$", s) and not s.startswith("Nám")
]


STREET_KINDS = {
    "gen": GEN_STREETS,
    "num": NUM_STREETS,
    "prep": PREP_STREETS,
    "ord": ORD_STREETS,
    "fk": _FK,
}


def street_name(kind: str | None = None) -> str:
    kind = kind or R.choices(list(STREET_KINDS), weights=[4, 3, 3, 3, 3])[0]
    return pick(STREET_KINDS[kind])


def house_no() -> str:
    f = R.choices(["s", "m", "l", "sl", "sla", "a"], weights=[4, 3, 2, 3, 1, 1])[0]
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


def postcode() -> str:
    if chance(0.45):
        return f"{R.randint(1, 7)}{R.randint(0, 9)}{R.randint(0, 9)} 00"
    return f"{R.randint(1, 7)}{R.randint(0, 9)}{R.randint(0, 9)} {R.randint(0, 9)}{R.randint(0, 9)}"


def town() -> str:
    return pick(CS_A.cities)


def addr_block() -> str:
    """A plain address block, the way it is read off an envelope."""
    core, p, t = f"{street_name()} {house_no()}", postcode(), town()
    if chance(0.15):
        p = p.replace(" ", "")
    return R.choices(
        [
            f"{core}, {p} {t}",
            f"{core}, {t} {p}",
            f"{core} {t}",
            f"{core}, {t}",
            f"{p} {t}, {core}",
            f"{t}, {core}",
            f"{core}, {p}, {t}",
            f"{t} {p}, {core}",
        ],
        weights=[5, 2, 1, 3, 1, 2, 1, 1],
    )[0]


def addr_short() -> str:
    return f"{street_name()} {house_no()}"


def addr_village() -> str:
    v, n = pick(VILLAGES), str(R.randint(1, 420))
    return R.choices(
        [
            f"{v} {n}",
            f"{v} č.p. {n}",
            f"{v} č. ev. {n}",
            f"{v} čp. {n}",
            f"{v} {n}, {postcode()}",
            f"{postcode()} {v} {n}",
            f"{v}, číslo popisné {n}",
            f"{v} ev. č. {n}",
        ],
        weights=[4, 3, 2, 1, 1, 1, 1, 1],
    )[0]


def addr_words() -> str:
    n = R.randint(1, 240)
    if chance(0.3):
        return f"{street_name()} {words(R.randint(100, 2999))} lomeno {words(R.randint(1, 40))}"
    return f"{street_name()} {words(n)}"


def addr_sk() -> str:
    t, p = pick(SK_TOWNS)
    core = f"{pick(SK_STREETS)} {R.randint(1, 140)}"
    return pick([f"{core}, {p} {t}", f"{core}, {t}", f"{core} {t}", f"{t}, {core}"])


def addr_loc() -> list:
    nom, loc = pick(LOC_STREETS)
    n = house_no()
    v = "ve " if loc[0].lower() in "vfw" else "v "
    f = pick(["ulici", "bare", "v_ulici"])
    if f == "ulici":
        return [(v, None), (f"{loc} ulici {n}", "ADDRESS")]
    if f == "v_ulici":
        return [("v ulici ", None), (f"{nom} {n}", "ADDRESS")]
    return [(pick(["na ", v]), None), (f"{loc} {n}", "ADDRESS")]


def addr_any() -> str:
    return R.choices([addr_block, addr_short, addr_village, addr_words], weights=[5, 4, 2, 1])[0]()


def postcode_val() -> str:
    p = postcode()
    m = R.choices(["w", "c", "dig", "grp", "dvenuly", "digits_sp"], weights=[5, 3, 2, 2, 1, 1])[0]
    if m == "w":
        return p
    if m == "c":
        return p.replace(" ", "")
    if m == "dig":
        return digits(p)
    if m == "grp":
        return f"{group_said(p[:3])}, {group_said(p[4:])}"
    if m == "dvenuly" and p.endswith("00"):
        return f"{group_said(p[:3])} {pick(['dvě nuly', 'nula nula'])}"
    return " ".join(p.replace(" ", ""))


def addr_slot(kind: str | None = None, town_p: float = 0.4) -> str:
    core = f"{street_name(kind)} {house_no()}"
    if chance(town_p):
        core += pick([", ", " "]) + town() if chance(0.6) else f", {postcode()} {town()}"
    return core


def addr_split() -> str:
    return f"{street_name(pick(['ord', 'gen', 'prep', 'fk']))}{pick([', ehm, ', '... ', ', no, ', ' eee '])}{house_no()}"


# ---------------------------------------------------------------------------
# non-personal material (hard negatives and the text around values)
# ---------------------------------------------------------------------------


def looks_personal(text: str) -> bool:
    """True if a number in unlabelled text reads like a phone, birth number, IČO, card, account or postcode."""
    for m in re.finditer(r"\d[\d /.-]*\d|\d", text):
        raw = m.group(0)
        cands = {re.sub(r"\D", "", raw), *(re.sub(r"\D", "", x) for x in re.split(r"[ ./-]", raw))}
        for c in cands:
            n = len(c)
            if n == 9 and c[0] in "2345679":
                return True
            if n == 8 and std_dic.is_valid(c):
                return True
            if n in (9, 10) and std_rc.is_valid(c):
                return True
            if n in (13, 15, 16, 19) and std_luhn.is_valid(c):
                return True
            if n == 12 and c.startswith(("420", "421")):
                return True
        if "/" in raw and std_bankaccount.is_valid(raw.replace(" ", "")):
            return True
        if re.fullmatch(r"\d{3} \d{2}", raw) and raw[0] in "1234567":
            return True
    return False


def price() -> str:
    n = pick([R.randint(59, 980), R.randint(1000, 65000)])
    s = f"{n:,}".replace(",", " ")
    return pick([f"{s} Kč", f"{s} korun", f"{n},- Kč", f"{s} Kč s DPH", f"{n} euro"])


def price_sp() -> str:
    return f"{words(R.randint(3, 60) * 100)} {pick(['korun', 'korun českých', 'kaček'])}"


MONTHS = [
    "ledna",
    "února",
    "března",
    "dubna",
    "května",
    "června",
    "července",
    "srpna",
    "září",
    "října",
    "listopadu",
    "prosince",
]


def date_() -> str:
    d, m = R.randint(1, 28), R.randint(1, 12)
    return pick(
        [
            f"{d}. {m}.",
            f"{d}. {MONTHS[m - 1]}",
            f"{d}.{m}.{R.randint(2024, 2027)}",
            f"{d}. {m}. {R.randint(2024, 2027)}",
        ]
    )


def time_() -> str:
    h = R.randint(7, 18)
    return pick(
        [
            f"{h}:{pick(['00', '15', '30', '45'])}",
            f"{h} hodin",
            f"půl {pick(['deváté', 'jedenácté', 'třetí', 'páté'])}",
        ]
    )


def _code(prefix_opts, n_lo, n_hi) -> str:
    return f"{pick(prefix_opts)}{R.randint(n_lo, n_hi)}"


def order_no() -> str:
    return pick(
        [
            _code(["OBJ-", "O", "OB/"], 10000, 999999),
            f"{R.randint(2024, 2027)}/{R.randint(100, 9999)}",
            _code(["E"], 1000000, 9999999),
        ]
    )


def ticket() -> str:
    return pick([_code(["T-", "TK", "HD-", "#"], 1000, 99999), f"INC{R.randint(100000, 999999)}"])


def invoice() -> str:
    return pick(
        [
            _code(["FV", "F", "FA-"], 2024000, 2027999),
            f"{R.randint(2024, 2027)}{R.randint(1000, 9999):04d}",
        ]
    )


def contract() -> str:
    return pick(
        [
            _code(["SML-", "S/", "K"], 1000, 99999),
            f"{R.randint(10, 99)}/{R.randint(2020, 2027)}/{R.randint(1, 999)}",
        ]
    )


def serial() -> str:
    return pick(
        [
            f"{R.choice('ABCDEFGHKLMNPRSTVXZ')}{R.choice('ABCDEFGHKLMNPRSTVXZ')}{R.randint(10000, 99999)}",
            f"SN {R.randint(100, 999)}-{R.randint(1000, 9999)}-{R.choice('ABCDEF')}",
        ]
    )


def track() -> str:
    return pick(
        [
            f"{R.choice('ZBCDR')}{R.choice('ABKR')}{R.randint(1000000, 9999999)}{pick(['CZ', 'U'])}",
            f"{R.randint(10, 99)}{R.choice('ABCDEFGH')}{R.randint(10000, 99999)}",
        ]
    )


def vs() -> str:
    return str(R.randint(1000, 9999999))


def meter() -> str:
    return pick(
        [
            f"{R.randint(100, 99999)},{R.randint(0, 9)}",
            f"{R.randint(1000, 99999)}",
            f"{R.randint(10, 999)}.{R.randint(100, 999)}",
        ]
    )


def version() -> str:
    return f"{R.randint(1, 12)}.{R.randint(0, 20)}.{R.randint(0, 40)}"


def parcel() -> str:
    return pick(
        [
            f"{R.randint(100, 999)}{R.choice('ABCDEFH')}{R.randint(10, 99)}",
            f"{R.randint(1000, 9999)}",
        ]
    )


def part() -> str:
    return pick(
        [
            f"{R.randint(10, 99)}-{R.randint(100, 999)}{R.choice('ABC')}",
            f"ND{R.randint(1000, 9999)}",
            f"{R.choice('ABCDEFGH')}{R.randint(100, 999)}/{R.randint(10, 99)}",
        ]
    )


def claim() -> str:
    return f"{pick(['RK', 'PU', 'REK'])}-{R.randint(2024, 2027)}-{R.randint(100, 9999)}"


ERRORS = [
    "E 125",
    "F.28",
    "F75",
    "Err 03",
    "A1",
    "L-04",
    "chyba 501",
    "H 22",
    "P0171",
    "E9",
    "C 6",
    "E-113",
    "F 61",
    "kód 9 1",
]
MODELS = [
    "Vaillant ecoTEC plus VC 206/5-5",
    "Baxi Luna Duo-tec 24",
    "Thermona THERM 24 KDZ",
    "Buderus GB172i",
    "Protherm Gepard 25 MKV",
    "Viessmann Vitodens 100-W",
    "Daikin Altherma 3",
    "Junkers Cerapur",
    "Geberit Sigma 01",
    "Regulus TSE 160",
    "Siemens RDH100",
    "TP-Link Archer C6",
    "Fritz!Box 7530",
    "Huawei B535",
    "Atmos DC 25 GS",
    "Dakon DOR 32",
    "Mitsubishi Zubadan PUHZ-SHW80",
]
ROMAN = ["II", "III", "IV", "V", "VI", "VIII", "XII"]
NOUN_TRADE = [
    "tesař",
    "sklenář",
    "kominík",
    "pokrývač",
    "instalatér",
    "truhlář",
    "zámečník",
    "klempíř",
    "kovář",
    "zedník",
    "podlahář",
    "malíř",
    "topenář",
    "štukatér",
]
NOUN_ANIMAL = [
    "kos",
    "holub",
    "čáp",
    "kavka",
    "straka",
    "sýkora",
    "datel",
    "špaček",
    "vrána",
    "kuna",
    "veverka",
    "ježek",
    "netopýr",
    "sova",
]
ADJ_HARD = [
    "tvrdý",
    "měkký",
    "suchý",
    "mokrý",
    "hladký",
    "hrubý",
    "tichý",
    "veselý",
    "krátký",
    "dlouhý",
]


def neg_meter():
    return (
        f"{R.randint(1000, 99999)}"
        if chance(0.5)
        else f"{R.randint(100, 9999)},{R.randint(100, 999)}"
    )


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
    "meter": neg_meter,
    "version": version,
    "parcel": parcel,
    "part": part,
    "claim": claim,
    "err": lambda: pick(ERRORS),
    "model": lambda: pick(MODELS),
    "roman": lambda: pick(ROMAN),
    "noun_t": lambda: pick(NOUN_TRADE),
    "noun_a": lambda: pick(NOUN_ANIMAL),
    "adj": lambda: pick(ADJ_HARD),
    "pressure": lambda: pick(
        [
            f"{R.randint(5, 25) / 10:.1f} baru".replace(".", ","),
            f"{R.randint(1, 3)} bary",
            f"{R.randint(5, 25) / 10:.1f} bar",
        ]
    ),
    "temp": lambda: pick(
        [
            f"{R.randint(18, 75)} °C",
            f"{R.randint(18, 75)} stupňů",
            f"{words(R.randint(18, 75))} stupňů",
        ]
    ),
    "kw": lambda: pick([f"{R.randint(3, 35)} kW", f"{R.randint(3, 35)} kilowattů"]),
    "pct": lambda: f"{R.randint(5, 99)} %" if chance(0.6) else f"{words(R.randint(5, 99))} procent",
    "room": lambda: str(R.randint(101, 640)),
    "floor": lambda: str(R.randint(1, 12)),
    "year": lambda: str(R.randint(2015, 2027)),
    "km": lambda: f"{R.randint(12, 290)} {R.randint(100, 999)} km",
    "liters": lambda: f"{R.randint(20, 900)} litrů",
    "energy": lambda: pick("ABCDEFG"),
    "n": lambda: str(R.randint(2, 48)),
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
            k = pid[0]
            g = {"M": "m", "F": "f", "K": "m", "L": "f"}.get(k) or pick("mf")
            origin = "sk" if k in "SKL" else None
            self.persons[pid] = Person(g, origin)
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
        email_written(role=True) if chance(0.55) else email_spoken(role=True), "EMAIL"
    ),
    "mail_co": lambda: L(email_written(co=True), "EMAIL"),
    "url": lambda: L(url_written(), "URL"),
    "url_sp": lambda: L(url_spoken(), "URL"),
    "url_share": lambda: L(_share(), "URL"),
    "adr_block": lambda: L(addr_block(), "ADDRESS"),
    "adr_short": lambda: L(addr_short(), "ADDRESS"),
    "adr_v": lambda: L(addr_village(), "ADDRESS"),
    "adr_num": lambda: L(addr_slot("num"), "ADDRESS"),
    "adr_gen": lambda: L(addr_slot("gen"), "ADDRESS"),
    "adr_prep": lambda: L(addr_slot("prep"), "ADDRESS"),
    "adr_split": lambda: L(addr_split(), "ADDRESS"),
    "adr_words": lambda: L(addr_words(), "ADDRESS"),
    "adr_sk": lambda: L(addr_sk(), "ADDRESS"),
    "adr_loc": addr_loc,
    "adr_any": lambda: L(addr_any(), "ADDRESS"),
    "psc": lambda: L(postcode_val(), "POSTAL_CODE"),
    "town": lambda: L(town(), None),
    "acct": lambda: L(acct_written(), "BANK_ACCOUNT"),
    "acct_sp": lambda: L(acct_spoken(), "BANK_ACCOUNT"),
    "iban": lambda: L(iban_value(), "IBAN"),
    "iban_sk": lambda: L(iban_value(sk=True), "IBAN"),
    "rc": lambda: L(rc_written(), "BIRTH_NUMBER"),
    "rc_sp": lambda: L(rc_spoken(), "BIRTH_NUMBER"),
    "ico": lambda: L(ico_written(), "ICO"),
    "ico_sp": lambda: L(ico_spoken(), "ICO"),
    "dic": lambda: L(pick(["CZ", "CZ", "CZ ", "cz", "CZ-"]) + gen_ico(), "DIC"),
    "dic_rc": lambda: L(pick(["CZ", "CZ "]) + gen_rc(), "DIC"),
    "card": lambda: L(card_written(), "CARD"),
    "card_sp": lambda: L(card_spoken(), "CARD"),
    "spz": lambda: L(plate_written(), "PLATE"),
    "spz_sp": lambda: L(plate_spoken(), "PLATE"),
    "spz_old": lambda: L(plate_old(), "PLATE"),
    "spz_van": lambda: L(plate_vanity(), "PLATE"),
    "spz_sk": lambda: L(plate_sk(), "PLATE"),
    "spz_any": lambda: L(
        R.choices([plate_written, plate_spoken, plate_old, plate_vanity], weights=[5, 2, 1, 1])[
            0
        ](),
        "PLATE",
    ),
}


def _share() -> str:
    for _ in range(50):
        u = url_written()
        if any(
            h in u for h in ("uschovna", "drive.google", "mapy.cz", "1drv", "we.tl", "forms.gle")
        ):
            return u
    return f"https://mapy.cz/s/{url_id(9, string.ascii_lowercase)}"


SLOT_RE = re.compile(r"\{([^{}]+)\}")
PERSON_RE = re.compile(r"[PMFSKL]\d\.")


def render_person(key: str, ctx: Ctx) -> list:
    pid, _, rest = key.partition(".")
    p = ctx.person(pid)
    if rest.startswith("g:"):
        m, f = rest[2:].split("|")
        return L(m if p.g == "m" else f, None)
    what, _, case = rest.partition(".")
    case = case or "nom"
    if what in ("pan", "Pan"):
        v = PAN[p.g][case]
        return L(v.capitalize() if what == "Pan" else v, None)
    if what == "pansk":
        return L(PAN_SK[p.g][case], None)
    if what == "t":
        return L(pick(TITLES), None)
    if what == "f":
        return L(p.df[case], "NAME")
    if what == "l":
        return L(p.dl[case], "NAME")
    if what == "n":
        return L(f"{p.df[case]} {p.dl[case]}", "NAME")
    if what == "d":  # double surname (women), or the surname
        return L((p.dbl or p.dl)[case], "NAME")
    if what == "fd":
        return L(f"{p.df[case]} {(p.dbl or p.dl)[case]}", "NAME")
    if what == "lf":
        return L(f"{p.last} {p.first}", "NAME")
    if what == "k":
        return L(p.nick[case], "NAME")
    if what == "sp":
        return L(spell(p.last), "NAME")
    if what == "spf":
        return L(spell(p.first), "NAME")
    if what in ("skn", "skl", "skf"):
        sk = p.sk or {"f": {c: p.first for c in CASES}, "l": {c: p.last for c in CASES}}
        if what == "skf":
            return L(sk["f"][case], "NAME")
        if what == "skl":
            return L(sk["l"][case], "NAME")
        return L(f"{sk['f'][case]} {sk['l'][case]}", "NAME")
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
        key, _, mod = m.group(1).partition("|")
        if PERSON_RE.match(key):
            out = render_person(key, ctx)
        elif key.endswith("="):
            out = list(ctx.last[key[:-1]])
        elif key == "icod":
            v = gen_ico()
            ctx.last["_ico"] = v
            out = L(ico_written(v), "ICO")
        elif key == "dicx":
            out = L(pick(["CZ", "CZ", "CZ "]) + ctx.last["_ico"], "DIC")
        elif key in NEG_SLOTS:
            out = L(NEG_SLOTS[key](), None)
        else:
            out = POS_SLOTS[key]()
            ctx.last[key] = out
        if mod == "low":
            out = [(t.lower(), ty) for t, ty in out]
        elif mod == "up":
            out = [(deaccent(t).upper() if ty else t, ty) for t, ty in out]
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
    "no jo, ",
    "hm, ",
    "tak, ",
    "no a ",
    "ano, ",
    "eee, ",
    "moment, ",
    "počkejte, ",
    "jasně, ",
    "dobře, ",
    "no prosím, ",
]
FILLER_RE = re.compile(
    r"^(no|takže|takze|ehm|jo|hm|tak|ano|eee|moment|počkejte|pockejte|jasně|jasne|dobře|dobre|dobrý den|dobry den)\b",
    re.I,
)


def stylise(segs: list) -> list:
    style = R.choices(
        ["orig", "lower", "nodiac", "lower_nodiac", "vals_lower"], weights=[48, 26, 6, 12, 8]
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
    if chance(0.2) and not FILLER_RE.match(first):
        f = pick(FILLERS)
        if style in ("nodiac", "lower_nodiac"):
            f = deaccent(f)
        if (
            ft is None
            and first[:1].isupper()
            and (first[1:2].islower() or first[1:2] in (" ", "-"))
        ):
            out[0] = (first[0].lower() + first[1:], None)
        if style in ("orig", "nodiac", "vals_lower"):
            f = f[0].upper() + f[1:]
        out.insert(0, (f, None))
    return out


def norm_key(text: str) -> str:
    t = deaccent(text).lower()
    return re.sub(
        r"^((no|takze|ehm|jo|hm|tak|ano|eee|moment|pockejte|jasne|dobre|dobry den|a|prosim)[ ,]+)+",
        "",
        t,
    ).strip()


# ---------------------------------------------------------------------------
# templates, group H -> dev5.jsonl
# ---------------------------------------------------------------------------

POS_H = {
    "NAME": [
        "Dobrý den, u telefonu {F1.n.nom}, volám za maminku, protože paní {F2.l.acc} jste minulý týden objednali na technika, ale nikdo nepřišel.",
        "Tak jsem mluvila s vaším kolegou, myslím, že se jmenoval {M1.l.nom}, a on říkal, že to vyřídí do pátku, jenže se mi už neozval a já vůbec nevím, na koho se mám obrátit.",
        "Technik, takový mladý kluk, {M1.n.nom}, nám tam nechal papír s razítkem, ale chybí na něm podpis, tak nevím, jestli to vůbec platí.",
        "Smlouvu podepisoval ještě tchán, {M1.n.nom}, jenže ten loni zemřel, a teď to celé přebírá švagrová {F1.fd.nom}.",
        "Pane {M1.l.voc}, to, co mi tady říkáte, vůbec nesedí s tím, co mi do telefonu slíbila vaše kolegyně {F1.f.nom}.",
        "Děkuju, paní {F1.l.nom}, a vyřiďte prosím pozdrav panu {M1.l.dat}, minule mi s tím hodně pomohl.",
        "S kolegou {M1.l.ins} jsme tam byli oba, on fotil a já psal protokol, takže to vám můžu potvrdit.",
        "Jo, ta zakázka je psaná na {M1.t} {M1.n.acc}, ale faktura má jít na jeho firmu, to je jiná věc.",
        "Je to {F1.t} {F1.n.nom}, ta doktorka z ordinace v přízemí, a volala mi, že jí v čekárně netopí.",
        "Příjmení je {P1.sp}, jo, {P1.l.nom}, a křestní {P1.f.nom}, to je normální.",
        "To vám vysvětlí můj syn, {M1.k.nom}, on tomu rozumí líp, já jsem na ty počítače levá.",
        "{F2.k.voc}, podej mi tu obálku ze stolu... pardon, to jsem mluvila na dceru. Takže na smlouvě je jméno {F1.n.nom}.",
        "Já tady mám napsáno, že objednávku zadávala nějaká {F1.n.nom}, ale u nás žádná taková nebydlí, to bude omyl.",
        "jo jo, {M1.n.nom|low} se to píše, bez titulu, ten tam nechte být.",
        "Vyúčtování je pořád vystavené na {M1.n.acc}, to je můj bratr, ale ten tam tři roky nebydlí, od té doby platím já, {F1.n.nom}.",
        "Měla jsem domluvenou schůzku s paní {F1.d.ins}, ona má ta dvě příjmení, a dneska mi nikdo nezvedá telefon.",
        "Za firmu jednal {M1.t} {M1.n.nom}, jednatel, a za nás předseda výboru pan {M2.l.nom}, ten to podepsal taky.",
        "[šum] ... ano, slyšíte mě? Takže jak říkám, vedoucí party byl pan {M1.l.nom} a s ním ještě jeden brigádník, jméno si nepamatuju.",
    ],
    "ADDR": [
        "{adr_block}, tam to prosím pošlete.",
        "Montáž bude na chatě, to je {adr_v}, ale fakturu chci domů.",
        "Takže ještě jednou, {adr_short}, a obec? {town}, jo, tak to mám.",
        "Bydlíme {adr_loc} v prvním patře, zvonek nefunguje, tak klepejte.",
        "Ta nemovitost, o které mluvím, je {adr_block} a já tam mám jenom garáž.",
        "Adresa pro doručování se změnila, nově je to {adr_num}, a to od prvního.",
        "Jsme na samotě, {adr_v}, navigace vás většinou zavede o kus dál k lesu.",
        "Odběrné místo, hm, {adr_gen}, vchod je ze dvora.",
        "Je to {adr_split} a pak druhé patro vlevo.",
        "Mám tady {adr_block}, je to tak? Ano, {adr_block=}, přesně.",
        "Stará adresa {adr_short}, nová {adr_block}, prosím změňte to všude.",
        "Kotel je v rodinném domě, {adr_any}, ale já sama bydlím jinde.",
        "Ten paneláček na {adr_num}, tam všude měníte vodoměry?",
        "Korespondenci zasílejte na {adr_prep}, do schránky se to vejde.",
        "{adr_words}, ne, nemáme tam žádný vchod z druhé strany.",
    ],
    "NAMEADDR": [
        "Zakázku vedeme na {P1.n.acc}, {adr_block}, souhlasí to?",
        "{M1.n.nom}, {adr_block}. Tak, a teď ještě telefon, že?",
        "Balík převzala sousedka, paní {F1.l.nom}, bydlí {adr_loc}.",
        "Pošlete to k rukám {M1.t} {M1.n.gen}, {adr_gen}.",
        "Dobrý den, {F1.fd.nom}, {adr_v}, volám kvůli tomu odečtu.",
        "Nájemník {M1.n.nom} z bytu na adrese {adr_short} se odstěhoval, klíče má teď správcová {F1.l.nom}.",
        "Jmenuje se {P1.n.nom}, bydlí {adr_loc} a má úplně stejný problém jako já.",
        "Tady {M1.n.nom}, {adr_num}, dneska ráno mi zase vypadl proud.",
        "Vlastníkem je {F1.n.nom}, trvalý pobyt {adr_block}, já jsem jen zplnomocněný.",
    ],
    "PSC": [
        "Jaké máte PSČ? {psc}.",
        "Směrovačka je {psc}, obec si dohledáte.",
        "{town}, PSČ {psc}, jinak celou adresu máte v systému.",
        "Doručovací pošta má {psc}, ne to staré číslo.",
        "Jenom PSČ, {psc}, víc vám po telefonu neřeknu.",
        "Formulář mi pořád hází chybu u {psc}, tak jsem to zkusila s {psc} a prošlo to.",
    ],
    "PHONE": [
        "Zavolejte mi na {tel}, to je služební, nebo domů na {tel_sp}.",
        "Technik ať před příjezdem zavolá panu {M1.l.dat} na číslo {tel_any}.",
        "Číslo je {tel_sp}, opakuju, {tel_sp=}.",
        "Pevná linka do kanceláře je {tel_land}, po čtvrté už tam nikdo není.",
        "[nesrozumitelné] ... {tel_any}, jo, to je mobil manželky.",
        "Ten {tel} už nemám, nový mobil je {tel}.",
    ],
    "EMAIL": [
        "Mail je {mail_sp}, všechno malými.",
        "Pošlete to přímo {F1.n.dat} na {F1.mail}.",
        "Na webu máme {mail}, ale to nikdo nečte, lepší je {mail_sp}.",
        "Pište rovnou na {mail_role}, do hlavičky zprávy stačí zakázka {order}.",
        "E-mail? {P1.mailsp}, a jméno {P1.n.nom}.",
        "Ten mail jsem vám posílal z {mail}, přišlo to?",
        "Hlavní adresa je {mail_co} a do kopie dejte {mail}.",
    ],
    "URL": [
        "Fotky jsem nahrála sem: {url}, heslo vám pošlu zvlášť.",
        "Na tu stránku {url_sp} jsem se dostal, ale pak to spadlo.",
        "Odkaz v SMS byl {url}, je to od vás, nebo podvod?",
        "Rezervace termínu běží přes {url}.",
        "Mapu k chatě máte tady: {url_share}.",
        "Ten formulář je na {url_sp}, to jsem vám říkal minule.",
    ],
    "IBAN": [
        "IBAN pro vrácení přeplatku: {iban}.",
        "Platba půjde na {iban_sk}, to je účet tchyně na Slovensku.",
        "Čtu to z aplikace, {iban}, a BIC vám nevím.",
        "Majitel účtu je {P1.n.nom}, IBAN {iban}.",
        "Ne, {iban} je starý, nový IBAN je {iban}.",
    ],
    "ACCT": [
        "Číslo účtu je {acct}, peníze tam posílejte.",
        "Inkaso mám nastavené z {acct_sp}, ale ten účet už neexistuje.",
        "Zálohy platím z účtu {acct}, vedeného na {M1.n.acc}.",
        "Nadiktuju: {acct_sp}.",
        "Tenhle účet {acct} prosím smažte, zůstane jenom {acct}.",
    ],
    "RC": [
        "Rodné číslo {rc}, to je moje.",
        "Pro ověření řeknu rodné číslo: {rc_sp}.",
        "{F1.n.nom}, rodné číslo {F1.rc}.",
        "Rodné číslo syna je {rc}, je to napsané na něj.",
        "Ne, to rodné číslo je špatně, má být {rc}, vy tam máte přehozené číslice.",
        "Pojištěnec {M1.n.nom}, RČ {M1.rc}, datum narození z toho vyplývá.",
    ],
    "ICO": [
        "IČO firmy {ico}, jsme plátci DPH.",
        "Fakturujte na IČO {icod}, DIČ {dicx}.",
        "Identifikační číslo je {ico_sp}.",
        "Naše IČ: {ico}, a jméno jednatele {M1.n.nom}.",
        "Odběratel s IČ {ico_sp} má u vás nějaký dluh?",
        "{ico}, to je IČO spolku, takového sdružení rodičů.",
        "IČ jsem vám řekl špatně, správně {ico}.",
    ],
    "DIC": [
        "DIČ: {dic}.",
        "Jako fyzická osoba mám to daňové číslo {dic_rc}, odvozené od rodného.",
        "Pro přenesenou daňovou povinnost potřebujete {dic}, že jo?",
    ],
    "CARD": [
        "Kartou, číslo {card}, platnost do konce roku.",
        "Přečtu vám čísla z karty: {card_sp}.",
        "Stržené to bylo z karty {card}, já o tom vůbec nevěděla.",
        "Číslo karty manžela je {card}, platil on.",
        "Ne, tahle karta {card} je zablokovaná, použijte {card}.",
    ],
    "PLATE": [
        "SPZ {spz}, stojí to před domem.",
        "Auto technika mělo {spz}, viděl jsem ho u sousedů.",
        "Značka je {spz_sp}, je to bílá dodávka.",
        "Ještě mám starou škodovku na značce {spz_old}, ta se taky pojišťuje?",
        "Na parkoviště pustím jen {spz} a {spz_van}.",
        "Registrační značka: {spz_sk}, slovenská.",
        "{spz}, opakuju, {spz=}.",
        "Poznávací značka je {spz_sp}? Ne, {spz}.",
    ],
    "SK": [
        "Dobrý deň, volám sa {S1.skn.nom}, bývam na adrese {adr_sk} a mám problém s faktúrou.",
        "Moje číslo je {tel_sk}, volajte mi radšej poobede.",
        "Tak to píšte: {S1.skn.nom}, e-mail {S1.mail}.",
        "Prosím vás, ja hovorím po slovensky, dúfam, že to nevadí, volám za pána {K1.skn.acc}.",
        "Faktúru pošlite na pani {L1.skl.acc}, ona je naša účtovníčka.",
        "Rodné číslo mám {rc} a trvalý pobyt {adr_sk}.",
        "No, já jsem původně ze Slovenska, takže mluvím napůl, ale IBAN mám český, {iban}.",
        "Hovoril som s kolegom {K1.skl.ins}, ten mi povedal, že sa ozve.",
    ],
    "MIX": [
        "Takže shrnu to: {P1.n.nom}, {adr_block}, telefon {tel}, a mail {P1.mail}. Sedí to?",
        "Dobře, paní {F1.l.nom}, přečtu vám to zpátky. Adresa {adr_short}, číslo účtu {acct}, a záloha bude stejná. [šum] Haló? Slyšíme se?",
        "Kolega {M1.l.nom} to zapsal špatně, [nesrozumitelné], místo {tel} tam má {tel}, a ulici taky, má být {adr_short}.",
        "Tak, {M1.t} {M1.n.nom}, rodné číslo {M1.rc}, pojistka na auto {spz}, to je všechno, co potřebujete?",
        "Faktura na firmu: IČO {icod}, DIČ {dicx}, sídlo {adr_block}, kontaktní osoba {F1.n.nom}.",
        "Já vám to radši řeknu celé ještě jednou, protože minule se to popletlo. Jmenuju se {F1.fd.nom}, bydlím {adr_loc} a mobil mám {tel_sp}.",
        "Počkejte, já si to píšu... {P1.n.nom}, ano, a e-mail {P1.mailsp}, a pak ještě číslo karty, ne, to ne, to vám nedám.",
        "Je to bratranec, říkáme mu {M1.k.nom}, oficiálně {M1.n.nom}, bydlí {adr_v} a auto má {spz}.",
    ],
}

NEG_H = [
    "Kotel hlásí chybu {err} a tlak je jen {pressure}.",
    "Objednávka {order} měla dorazit {weekday}, ale nic nepřišlo.",
    "Zaplatila jsem {price} a na faktuře {invoice} je o stovku víc.",
    "Ze štítku na boku opisuju {serial}, typ {model}.",
    "Stav elektroměru k dnešku: {meter}, fotku přikládám.",
    "Technik přijede {date} mezi {time} a {time}.",
    "Do poznámky napište variabilní symbol {vs}, jinak se platba nespáruje.",
    "Verze aplikace {version}, pořád to padá při přihlášení.",
    "Zásilka {track} leží na depu už třetí den.",
    "Smlouva {contract} se automaticky prodlužuje, to jsem vůbec nevěděl.",
    "Je to {roman}. etapa výstavby, přípojky tam ještě nejsou.",
    "Na zahradě nám hnízdí {noun_a} a technik se bojí jít k venkovní jednotce.",
    "Beton je pořád moc {adj}, dlažbu tam zatím nepokládejte.",
    "Tiket {ticket} je pořád ve stavu řeší se.",
    "Teplota vody jen {temp}, a nastavené je to na maximum.",
    "Výkon čerpadla {kw}, spotřeba asi o {pct} nad normálem.",
    "Kancelář je v {floor}. patře, dveře číslo {room}.",
    "Vyzvednutí v boxu s kódem {parcel}, platnost do {date}.",
    "Cena za revizi {price_sp}, včetně dopravy.",
    "Jde o díl {part}, ten se objednává zvlášť.",
    "Záloha se zvedla z {price} na {price}, to je fakt moc.",
    "Roční vyúčtování za rok {year} mi ještě nepřišlo.",
    "Kategorie {roman}, to je ta nejvyšší úroveň ochrany.",
    "Ujeto {km}, servisní prohlídka za {n} dní.",
    "Dole v pravém rohu faktury je číslo {invoice}, to je to, co hledáte?",
    "Na displeji bliká {err}, a pak se to samo restartuje.",
    "V nádrži zbývá {liters}, doplní se {weekday}.",
    "Zavolám vám zpátky v {time}, teď řídím.",
    "Nejdřív musí přijít {noun_t}, až potom elektrikář.",
    "Vodoměr {meter}, plynoměr {meter}.",
    "Pracovní doba je od {time} do {time}, v pátek kratší.",
    "Heslo k wifi je na štítku routeru, jmenuje se to {model}.",
    "Reklamace číslo {claim} byla zamítnutá, tak se odvolávám.",
    "Objednací číslo {order}, množství {n} kusů.",
    "Podle průkazu je dům ve třídě {energy}, to snad není tak zlé.",
    "Kapr i štika jsou v rybníce, čerpadlo máme u hráze a to teď nejede.",
    "Na střeše sedí {noun_a} a klove do izolace.",
    "Řádek {n}, sloupec {n}, tam je ta chyba ve výpisu.",
    "Tlak v expanzní nádobě {pressure}, v systému {pressure}.",
    "Třída {roman} znamená vyšší odolnost, tak to aspoň stojí v katalogu.",
    "Platil jsem {date} částku {price}, variabilní symbol {vs}.",
    "Mráz nám roztrhl potrubí a zámečník přijde až {weekday}.",
]

# ---------------------------------------------------------------------------
# templates, group I -> heldout4.jsonl
# ---------------------------------------------------------------------------

POS_I = {
    "NAME": [
        "Volala mi nějaká vaše paní {F1.l.nom}, že mi končí fixace, ale mně nikdo nic neposlal, tak se radši ptám.",
        "Objednávalo se to přes sestřenici, {F1.n.acc} tam asi najdete, ona má u vás účet už dlouho.",
        "Pane {M1.f.voc}, vy jste mi minule říkal, že se ozvete, ale nestalo se, tak volám sama.",
        "Ten pán, co u nás dělal revizi, {M1.n.nom}, tam zapomněl klíč od rozvaděče, můžete mu to vyřídit?",
        "Ráda bych mluvila s panem {M1.l.ins}, on má naši oblast na starosti, nebo aspoň s někým, kdo ho zastupuje.",
        "Podepsaná je tam {F1.t} {F1.fd.nom}, jenže ta u vás prý už nepracuje, tak kdo za to teda ručí?",
        "V zastoupení, no, jako zmocněnec, {M1.n.nom} [nesrozumitelné] plnou moc máte u sebe od března.",
        "Já nejsem majitel, já jsem jenom zeť, majitelka je {F1.n.nom}, ale ta leží v nemocnici, proto volám já.",
        "{F1.k.nom} z vedlejšího bytu mi říkala, že jim to teklo taky, tak jsem si řekla, že zavolám za oba byty.",
        "Čekali jsme na {M1.f.acc} od vás, měl přijet mezi osmou a desátou, a je skoro poledne.",
        "Na dodacím listu je podpis {M1.l.gen}? To není nikdo od nás, my žádného {M1.l.acc} neznáme.",
        "dobrý den, tady {M1.n.nom|low}, volám ohledně kotle, co mi montoval váš technik, myslím pan {M2.l.nom|low}.",
        "Přepište to prosím na manžela, na {M1.n.acc}, já se z toho bytu odstěhovala a nechci na sebe mít ty zálohy.",
        "Příjmení hláskuju: {P1.sp}. Jméno stačí normálně, {P1.f.nom}.",
        "Ještě mi tady kolegyně {F1.f.nom} připomíná, že to u vás má na starosti paní {F2.l.nom}, a ne pan {M1.l.nom}.",
        "Nechte to prosím na jméno {F1.d.nom}, obě příjmení, jinak mi to na poště nevydají.",
        "Syn {M1.k.nom} má klíče, bude tam od dvou, a kdyby něco, volejte mně, {F1.n.nom}.",
        "Celé je to na ing. {M1.l.acc}, ne na mě, já jsem jen podnájemník, takže to musíte řešit s ním.",
    ],
    "ADDR": [
        "Pošlete technika na {adr_block}, budu doma celý den.",
        "{adr_short}, to je ten dům s modrými okenicemi hned vedle školy.",
        "Naše adresa? {adr_block}.",
        "Hlásím poruchu na adrese {adr_gen}, teče to ze stropu.",
        "Chalupa je {adr_v} a přístup je jen po polní cestě.",
        "Ještě si to zopakuju: {adr_num}? Ano, {adr_num=}.",
        "Je to {adr_loc}, hned u zastávky.",
        "Vyzvednutí bude ze skladu, ale doručit to chci sem: {adr_block}.",
        "Fakturační je {adr_block}, korespondenční {adr_short}, to se prosím nepleťte.",
        "Přehlásila jsem se na {adr_split}.",
        "Kdyby se technik ztratil, je to {adr_words}, za benzínkou doprava.",
        "Sídlo spolku je {adr_prep} a tam chodí i pošta.",
        "Řidič se ptal na číslo domu, tak mu řekněte {adr_short}, on to má v navigaci blbě.",
        "Byt máme v podnájmu, ta adresa je {adr_any}, ale majitel bydlí jinde.",
        "Doručit na {adr_num}, ten vchod z boku, ne z hlavní.",
    ],
    "NAMEADDR": [
        "Adresát: {P1.n.nom}, {adr_block}. Tak, to je všechno.",
        "Je to na jméno {M1.n.nom}, {adr_gen}, a do poznámky dejte, ať zazvoní na {M1.l.acc}.",
        "Pan {M1.l.nom} bydlí {adr_loc}, ale dokumenty posílejte paní {F1.l.dat}, ona to spravuje.",
        "{F1.n.nom}, {adr_v}, ano, je to vesnice, ulice tam nejsou.",
        "Odesílatel byl nějaký {M1.n.nom} z adresy {adr_block}, ale toho vůbec neznám.",
        "Paní doktorka {F1.l.nom} ordinuje {adr_loc}, tam mi to prosím pošlete.",
        "Bydlí tam teď dcera, {F1.n.nom}, adresa {adr_num}, já už jsem v domově pro seniory.",
        "{M1.lf}, {adr_block}, rodné číslo vám řeknu, až ho budete potřebovat.",
        "Převzal to {M1.t} {M1.n.nom}, {adr_prep}, a podepsal to i za souseda.",
    ],
    "PSC": [
        "PSČ je {psc}, ne, počkejte, {psc}, to první je od práce.",
        "{psc} {town}, to je ta správná pošta.",
        "Poštovní směrovací číslo máme {psc}.",
        "Vyplňte mi tam aspoň {psc}, zbytek adresy pošlu e-mailem.",
        "Pobočka s PSČ {psc} je zavřená, tak to prosím pošlete jinam.",
        "Já myslím, že tam je {psc}, ale ručit za to nebudu.",
    ],
    "PHONE": [
        "Číslo na mě: {tel}. Když to nezvednu, pošlete SMS.",
        "Moje číslo máte špatně, správně je {tel_sp}.",
        "Kontakt na správce je {tel_any} a na paní {F1.l.acc} {tel}.",
        "{tel}, tam jsem k zastižení do tří.",
        "Tak si to zopakujeme: {tel}, ano, a náhradní {tel_sp}.",
        "Když bude zavřeno, volejte vrátnici na {tel_land}.",
    ],
    "EMAIL": [
        "Píšu to: {mail_sp}. Máte to?",
        "Kontaktní mail účetní je {mail_role}, ta vám to potvrdí.",
        "Na {mail} mi nic neposílejte, ten už nepoužívám, jedině {mail_any}.",
        "{mail}, tam mi prosím přepošlete ten protokol z revize.",
        "Manželka má {F1.mailsp}, ona si to pak vytiskne.",
        "E-mailová adresa, moment, {mail_sp}, ne, {mail_sp}, teď je to dobře.",
        "Pan {M1.l.nom} chce všechno posílat na {M1.mail}.",
    ],
    "URL": [
        "Klikla jsem na {url} a chce to po mně číslo karty, je to v pořádku?",
        "Dokument je ke stažení na {url}.",
        "Adresa stránky je {url_sp}, tam se přihlásíte.",
        "Sdílená složka: {url_share}, je tam všechno naskenované.",
        "Někdo mi poslal {url}, prý je to váš nový portál.",
        "Jo, {url_sp}, a pak kliknete na objednat.",
    ],
    "IBAN": [
        "Mezinárodní číslo účtu mám {iban}.",
        "Na ten {iban} to prosím nevracejte, ten je zrušený.",
        "Přeplatek pošlete na {iban}, účet je vedený na {F1.n.acc}.",
        "Slovenský účet, {iban_sk}, jestli to půjde.",
        "IBAN, píšete? {iban}, a variabilní symbol nechte prázdný.",
    ],
    "ACCT": [
        "Vraťte to na {acct}, děkuju.",
        "Účet je na manžela, {acct_sp}.",
        "{acct}, to je můj běžný účet u spořitelny.",
        "Souhlas s inkasem jsem dávala pro účet {acct}, tak proč se to nestrhlo?",
        "Peníze od pojišťovny přišly z {acct}, ale já čekala víc.",
    ],
    "RC": [
        "Moje rodné číslo: {rc_sp}.",
        "Do smlouvy mi napište rodné číslo {rc}, ne datum narození.",
        "Za maminku: {F1.n.nom}, rodné číslo {F1.rc}.",
        "{rc}, to je rodné číslo manžela, já jsem jen spoludlužník.",
        "Rodné číslo mám {rc}, ale ve starém občanském je to jinak, tak pozor.",
        "Evidujete mě pod rodným číslem {rc_sp}?",
    ],
    "ICO": [
        "IČ {ico}, sídlo máme jinde, ale provozovna je tady.",
        "Identifikátor firmy, IČO, {ico_sp}.",
        "Jsem OSVČ, IČO {icod}, DIČ {dicx}, a účtujte to prosím na firmu.",
        "Jo, {ico}, to je naše IČO, ověřte si to v rejstříku.",
        "Na faktuře chybí IČO odběratele, doplňte {ico}.",
        "Dodavatel uvádí IČ {ico}, ale to patří někomu úplně jinému.",
        "Družstvo má IČO {ico_sp} a předseda je {M1.n.nom}.",
    ],
    "DIC": [
        "DIČ je {dic}, to máte na hlavičce.",
        "Jsem plátce, DIČ {dic_rc}.",
        "{dic} prosím uveďte na všech dokladech.",
    ],
    "CARD": [
        "Platební karta {card}, CVV vám neřeknu.",
        "{card_sp}, to je číslo karty.",
        "Na kartě {card} mám podezřelou platbu.",
        "Zaplatila jsem kartou {card} a peníze odešly dvakrát.",
        "Číslo karty: {card}, jméno na kartě {P1.n.nom|up}.",
    ],
    "PLATE": [
        "Naše auto má {spz}, tak ať tam technik neparkuje.",
        "Vidím tu {spz_old}, stará značka, ještě okresní.",
        "Číslo auta je {spz_sp}.",
        "Na vjezd napište {spz_van}, to je manželovo.",
        "Slovenská SPZ {spz_sk}, auto je firemní.",
        "Odtáhli mi {spz} a vůbec nevím proč.",
        "SPZ diktuju po písmenech: {spz_sp}.",
        "Služební vůz má {spz} a soukromý {spz}.",
    ],
    "SK": [
        "Dobrý deň, tu je {S1.skn.nom}, volám kvôli montáži kotla.",
        "Adresa je {adr_sk}, ale poštu mi nosia k susedom.",
        "Číslo na mňa: {tel_sk}, a keď nezdvihnem, napíšte SMS.",
        "Zmluvu podpisovala moja mama, {L1.skn.nom}, teraz je to prepísané na mňa.",
        "Môžem hovoriť s pánom {K1.skl.ins}? On mi to sľúbil.",
        "Účet mám slovenský, {iban_sk}, a IČO firmy {ico}.",
        "Prosím, {L1.skf.nom}... nie, celé meno, {L1.skn.nom}, aby sa to nepomýlilo.",
        "Balík je pre pána {K1.skn.acc}, mobil {tel_sk}.",
    ],
    "MIX": [
        "Pro kontrolu: {F1.n.nom}, narozená... ne, rodné číslo {F1.rc}, bydliště {adr_block}.",
        "[šum] ... ano, pan {M1.l.nom}, {adr_short}, mobil {tel}, a platit bude převodem z {acct}.",
        "Takže to zopakuju po vás: {adr_block}, {tel}, {mail}. Ano, přesně tak.",
        "Objednávala to paní {F1.l.nom} z účtárny, ale fakturu chce na IČO {ico} a kontakt dala {mail_role}.",
        "Ne, to jméno je {F1.n.nom}, ne {F2.n.nom}, a telefon {tel_any}, ten se nemění.",
        "Za dodavatele podepisoval {M1.t} {M1.n.nom}, za odběratele {F1.t} {F1.fd.nom}, smlouva platí od podpisu a sídlo odběratele je {adr_gen}.",
        "Auto {spz}, řidič {M1.n.nom}, nehoda se stala {adr_loc}.",
        "Kluk, {M1.k.nom}, nám půjčil auto, {spz_any}, a pokuta přišla na {M1.n.acc}, ale na starou adresu, {adr_short}.",
    ],
}

NEG_I = [
    "Ukazuje to kód {err}, co s tím mám dělat?",
    "Číslo zakázky {order}, prosím o stav.",
    "Platba {price} odešla {date}, ale u vás to není vidět.",
    "Výrobní číslo {serial}, typ {model}, rok výroby {year}.",
    "Odečet vody {meter} kubíků.",
    "Servis je naplánovaný na {date}, dopoledne.",
    "Variabilní symbol {vs}, ten jsem opsala z dopisu.",
    "Mám tam firmware {version}, je potřeba aktualizace?",
    "Sledovací číslo {track}, podle webu je to v přepravě.",
    "Číslo smlouvy je {contract}, prosím o výpověď ke konci měsíce.",
    "Projekt je teprve ve fázi {roman}, stavba začne {date}.",
    "Na komíně se usadil {noun_a} a ucpal ho.",
    "Dobrou práci udělal ten {noun_t}, můžu ho doporučit.",
    "Požadavek {ticket} mi zavřeli bez vyřešení.",
    "Radiátory mají jen {temp}, přestože kotel jede naplno.",
    "Jmenovitý výkon {kw}, účinnost {pct}.",
    "Pokoj číslo {room}, {floor}. patro, výtah nefunguje.",
    "Kód pro vyzvednutí {parcel}, balík tam bude do pátku.",
    "Dali mi nabídku na {price_sp}, to se mi zdá hodně.",
    "Potřebuju náhradní díl {part}, máte ho skladem?",
    "Měsíční záloha {price}, předtím to bylo {price}.",
    "Za rok {year} mi vyšel nedoplatek {price}.",
    "Zóna {roman} je ta nejdražší, tam se platí příplatek.",
    "Najeto {km}, olej se měnil před {n} měsíci.",
    "Faktura {invoice} je po splatnosti? Já ji platila {date}.",
    "Po resetu zase {err}, už potřetí dneska.",
    "Nádrž má {liters}, víc se tam nevejde.",
    "Dovolám se vám v {time}? Jinak až zítra.",
    "Nejdřív {noun_t}, potom podlahář, tak je to v harmonogramu.",
    "Hodnota na plynoměru {meter}, na elektroměru {meter}.",
    "Dispečink funguje od {time} do {time}.",
    "Router je {model} a svítí mu červeně kontrolka.",
    "Vaše číslo reklamace {claim}, to mi přišlo v SMS.",
    "Počet kusů {n}, objednávka {order}.",
    "Baterie v termostatu ukazuje {pct}.",
    "Energetický štítek {energy}, to je dobré, ne?",
    "Sýkora, liška nebo kuna, něco nám prokouslo kabel od čerpadla.",
    "Na anténě sedí {noun_a} a celý den tam klove.",
    "Strana {n}, odstavec {n} té smlouvy, tam to stojí.",
    "Pojistný ventil je nastavený na {pressure}.",
    "Svazek {roman} té dokumentace chybí, pošlete ho prosím znovu.",
    "Podklad je ještě {adj}, malíř říkal, ať počkáme do {date}.",
]

GROUPS = {"H": (POS_H, NEG_H), "I": (POS_I, NEG_I)}
TARGETS = {
    "NAME": 52,
    "ADDR": 64,
    "NAMEADDR": 32,
    "PSC": 22,
    "PHONE": 20,
    "EMAIL": 24,
    "URL": 30,
    "IBAN": 22,
    "ACCT": 24,
    "RC": 24,
    "ICO": 26,
    "DIC": 22,
    "CARD": 26,
    "PLATE": 24,
    "SK": 22,
    "MIX": 22,
}
N_NEG = 90


def build(split: str) -> list[dict]:
    group, seed = SPLITS[split]
    set_seed(seed)
    pos, neg = GROUPS[group]
    rows, seen = [], set()

    def emit(tpl: str, positive: bool) -> bool:
        for _ in range(100):
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


PLATE_RE = re.compile(
    r"^(\d[A-Z][A-Z0-9][ -]?\d{4}|[A-Z]{3} \d{2}-\d{2}|[A-Z]{2}[ -]?\d{3}-?[A-Z]{2}|[A-Z]{3,7} ?\d{0,2})$",
    re.I,
)
SPOKEN_RE = re.compile(r"[a-záéíóúůýčďěňřšťžäôľĺ]{3,}")


def check(rows: list[dict]) -> Counter:
    counts: Counter = Counter()
    for row in rows:
        text, pos = row["text"], 0
        for p in row["pii"]:
            v, typ = p["value"], p["type"]
            assert typ in TYPES and v and v == v.strip(), (row["id"], v)
            idx = text.find(v, pos)
            assert idx >= 0, ("order/substring", row["id"], v)
            pos = idx + len(v)
            counts[typ] += 1
            d = re.sub(r"\D", "", v)
            low = v.lower()
            spoken = bool(SPOKEN_RE.search(re.sub(r"lomeno|lomítko|lomitko", "", low)))
            if typ == "IBAN":
                assert std_iban.is_valid(re.sub(r"[ .-]", "", v.upper())), v
            elif typ == "CARD" and not spoken:
                assert len(d) == 16 and std_luhn.is_valid(d), v
            elif typ == "ICO" and not spoken:
                assert len(d) == 8 and std_dic.is_valid(d), v
            elif typ == "DIC":
                assert std_dic.is_valid(re.sub(r"[ -]", "", v.upper())), v
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
            elif typ == "PLATE" and not spoken and not re.search(r", | - |\.\.\. ", v):
                assert PLATE_RE.match(v), v
            elif typ == "EMAIL" and "@" in v:
                assert re.fullmatch(r"[^\s@]+ ?@ ?[\w-]+(\.[\w-]+)+", v), v
    return counts


# ---------------------------------------------------------------------------
# no template text shared with the earlier generators
# ---------------------------------------------------------------------------


def earlier_strings() -> list[str]:
    out = []
    for name in EARLIER:
        path = ROOT / "scripts" / name
        if not path.exists():
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and len(node.value) >= 12
            ):
                out.append(node.value)
    return out


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", deaccent(s).lower()).strip()


def assert_new_wording(templates: list[str]) -> int:
    """No template equals an earlier one, even with slot names ignored, and no
    literal stretch of 24+ characters between slots occurs in an earlier string."""
    old = earlier_strings()
    if not old:
        return 0
    old_folded = [_fold(s) for s in old]
    old_shapes = {SLOT_RE.sub("{}", s) for s in old_folded}
    blob = "\n".join(old_folded)
    for t in templates:
        ft = _fold(t)
        assert SLOT_RE.sub("{}", ft) not in old_shapes, (
            f"template shape shared with an earlier set: {t!r}"
        )
        for frag in SLOT_RE.split(ft):
            frag = frag.strip(" ,.?!:;")
            if len(frag) >= 24:
                assert frag not in blob, (
                    f"template text shared with an earlier set: {frag!r} in {t!r}"
                )
    return len(old)


def all_templates(group: str) -> list[str]:
    pos, neg = GROUPS[group]
    return [t for ts in pos.values() for t in ts] + list(neg)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = ap.parse_args()
    th, ti = all_templates("H"), all_templates("I")
    assert len(set(th)) == len(th) and len(set(ti)) == len(ti), "duplicate template"
    assert not {_fold(t) for t in th} & {_fold(t) for t in ti}, (
        "a template is shared between the groups"
    )
    assert set(POS_H) == set(POS_I) == set(TARGETS)
    n_old = assert_new_wording(th + ti)
    print(f"checked against {n_old} strings of the earlier generators")
    results, keys = {}, {}
    for split in SPLITS:
        rows = build(split)
        results[split] = (rows, check(rows))
        keys[split] = {norm_key(r["text"]) for r in rows}
    assert not keys["dev5"] & keys["heldout4"], "a snippet occurs in both splits"
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
        print(
            "  " + ", ".join(f"{t} {counts[t]}" for t in TYPES) + f"; total {sum(counts.values())}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
