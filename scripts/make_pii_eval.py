#!/usr/bin/env python3
# ruff: noqa: E501  (the sentence templates are long literal lines)
"""Generate the frozen, independent PII evaluation set (tests/data/pii_eval/).

What it is
    A deterministic generator of synthetic Czech call-centre transcript
    snippets (heating-service call centre: boilers, heat pumps, technicians,
    invoices, contracts), written in the style of Whisper ASR output, with
    labelled personal data.  It writes

        tests/data/pii_eval/dev.jsonl       (template group A, seed 20240611)
        tests/data/pii_eval/heldout.jsonl   (template group B, seed 20240917)

    one JSON object per line:
        {"id": "...", "text": "...", "pii": [{"type": "...", "value": "..."}]}
    Every value is an exact substring of text (asserted below).  Types:
    PHONE EMAIL URL IBAN BANK_ACCOUNT BIRTH_NUMBER ICO DIC CARD POSTAL_CODE
    PLATE NAME ADDRESS.  Hard negatives have "pii": [].

    Split rule: the two splits use two disjoint groups of sentence templates
    (different wording and, where possible, different situations) and
    different random seeds for the values.  No template text is shared.

    It was written without looking at the project's detector, its rules or
    its test data, so that it measures generalisation.

Labelling conventions
    * Every mention is labelled, also repeats (listed twice) and spelled
      forms ("N, O, V, Á, K" is a NAME; a spelled e-mail is an EMAIL).
    * NAME covers first, last or full names in any case form, without
      "pan"/"paní".  Names inside e-mail addresses or street names are not
      labelled separately.
    * ADDRESS covers street + house number (+ postal code) (+ town) when
      said together, or village + house number.  Its postal code is not
      labelled separately.  POSTAL_CODE is labelled alone only when said
      without a street; a town said next to it is not labelled.  Town names
      on their own are never labelled (and the negatives contain none).
    * BANK_ACCOUNT includes the "/bank code" part ("lomeno 0800" too).
    * A DIČ is "CZ" + IČO or "CZ" + birth number, so an ICO value can also
      occur inside a DIC value of the same snippet (both are labelled).
    * Order, ticket, invoice, contract and serial numbers, variable symbols,
      model numbers, error codes, prices, dates, meter readings are never
      personal data here.

Requirements (NOT project dependencies) -- run it in a throwaway venv:
    python3 -m venv /tmp/evalgen
    /tmp/evalgen/bin/pip install faker bank-generator-cz czech-number-utils python-stdnum
    /tmp/evalgen/bin/python scripts/make_pii_eval.py
Frozen output was made with Python 3.11.7, Faker 40.63.0, bank-generator-cz
0.2.4, czech-number-utils 1.0.3, python-stdnum 2.2.

THE OUTPUT IS FROZEN.  Never regenerate it after the detector has been tuned
against it (library versions would also change the values).  If the set
must change, make a new set under a new name instead.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from bank_generator_cz.account import BankAccount
from czech_number_utils import number_to_czech_word
from faker import Faker
from faker.providers.address.cs_CZ import Provider as _AddressProvider
from stdnum import iban as std_iban
from stdnum import luhn as std_luhn
from stdnum.cz import bankaccount as std_bankaccount
from stdnum.cz import dic as std_dic
from stdnum.cz import rc as std_rc

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "data" / "pii_eval"

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
N_POSITIVE = 500
N_NEGATIVE = 90
TARGETS = {t: 35 for t in TYPES}
TARGETS.update({"NAME": 135, "ADDRESS": 135, "POSTAL_CODE": 45})


class Retry(Exception):
    """A slot cannot be rendered for this context (e.g. undeclinable name)."""


# ---------------------------------------------------------------------------
# Czech number words
# ---------------------------------------------------------------------------
DIGITS = ["nula", "jedna", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět"]


def nw(n: int) -> str:
    s = number_to_czech_word(n)
    s = s.replace("jedno sto", "sto").replace("jeden tisíc", "tisíc")
    return s


def group_words(g: str) -> str:
    """Digit group as spoken: '602' -> 'šest set dva', '045' -> 'nula čtyřicet pět'."""
    if set(g) == {"0"}:
        return " ".join(["nula"] * len(g))
    z = len(g) - len(g.lstrip("0"))
    return " ".join(["nula"] * z + [nw(int(g[z:]))])


def digit_words(g: str) -> str:
    return " ".join(DIGITS[int(c)] for c in g)


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# Czech declension (simple rules + curated first names)
# forms order: gen, dat, acc, voc, ins
# ---------------------------------------------------------------------------
CASES = ["gen", "dat", "acc", "voc", "ins"]

FIRST_MALE = {
    "Jan": "Jana Janovi Jana Jane Janem",
    "Petr": "Petra Petrovi Petra Petře Petrem",
    "Pavel": "Pavla Pavlovi Pavla Pavle Pavlem",
    "Tomáš": "Tomáše Tomášovi Tomáše Tomáši Tomášem",
    "Martin": "Martina Martinovi Martina Martine Martinem",
    "Jiří": "Jiřího Jiřímu Jiřího Jiří Jiřím",
    "Josef": "Josefa Josefovi Josefa Josefe Josefem",
    "Jaroslav": "Jaroslava Jaroslavovi Jaroslava Jaroslave Jaroslavem",
    "Miroslav": "Miroslava Miroslavovi Miroslava Miroslave Miroslavem",
    "Stanislav": "Stanislava Stanislavovi Stanislava Stanislave Stanislavem",
    "Ladislav": "Ladislava Ladislavovi Ladislava Ladislave Ladislavem",
    "Václav": "Václava Václavovi Václava Václave Václavem",
    "Vladimír": "Vladimíra Vladimírovi Vladimíra Vladimíre Vladimírem",
    "Zdeněk": "Zdeňka Zdeňkovi Zdeňka Zdeňku Zdeňkem",
    "Karel": "Karla Karlovi Karla Karle Karlem",
    "Milan": "Milana Milanovi Milana Milane Milanem",
    "Lukáš": "Lukáše Lukášovi Lukáše Lukáši Lukášem",
    "Jakub": "Jakuba Jakubovi Jakuba Jakube Jakubem",
    "David": "Davida Davidovi Davida Davide Davidem",
    "Michal": "Michala Michalovi Michala Michale Michalem",
    "Ondřej": "Ondřeje Ondřejovi Ondřeje Ondřeji Ondřejem",
    "Marek": "Marka Markovi Marka Marku Markem",
    "Radek": "Radka Radkovi Radka Radku Radkem",
    "Roman": "Romana Romanovi Romana Romane Romanem",
    "Filip": "Filipa Filipovi Filipa Filipe Filipem",
    "Adam": "Adama Adamovi Adama Adame Adamem",
    "Vojtěch": "Vojtěcha Vojtěchovi Vojtěcha Vojtěchu Vojtěchem",
    "Libor": "Libora Liborovi Libora Libore Liborem",
    "Aleš": "Aleše Alešovi Aleše Aleši Alešem",
    "Antonín": "Antonína Antonínovi Antonína Antoníne Antonínem",
    "František": "Františka Františkovi Františka Františku Františkem",
    "Matěj": "Matěje Matějovi Matěje Matěji Matějem",
    "Luboš": "Luboše Lubošovi Luboše Luboši Lubošem",
    "Miloš": "Miloše Milošovi Miloše Miloši Milošem",
    "Dušan": "Dušana Dušanovi Dušana Dušane Dušanem",
    "Oldřich": "Oldřicha Oldřichovi Oldřicha Oldřichu Oldřichem",
    "Bohumil": "Bohumila Bohumilovi Bohumila Bohumile Bohumilem",
    "Vít": "Víta Vítovi Víta Víte Vítem",
    "Štěpán": "Štěpána Štěpánovi Štěpána Štěpáne Štěpánem",
    "Radim": "Radima Radimovi Radima Radime Radimem",
    "Luděk": "Luďka Luďkovi Luďka Luďku Luďkem",
    "Kamil": "Kamila Kamilovi Kamila Kamile Kamilem",
    "Šimon": "Šimona Šimonovi Šimona Šimone Šimonem",
    "Patrik": "Patrika Patrikovi Patrika Patriku Patrikem",
    "Robert": "Roberta Robertovi Roberta Roberte Robertem",
    "Přemysl": "Přemysla Přemyslovi Přemysla Přemysle Přemyslem",
    "Bořivoj": "Bořivoje Bořivojovi Bořivoje Bořivoji Bořivojem",
    "Vlastimil": "Vlastimila Vlastimilovi Vlastimila Vlastimile Vlastimilem",
}
FIRST_FEMALE = {
    "Jana": "Jany Janě Janu Jano Janou",
    "Petra": "Petry Petře Petru Petro Petrou",
    "Lucie": "Lucie Lucii Lucii Lucie Lucií",
    "Marie": "Marie Marii Marii Marie Marií",
    "Eva": "Evy Evě Evu Evo Evou",
    "Hana": "Hany Haně Hanu Hano Hanou",
    "Lenka": "Lenky Lence Lenku Lenko Lenkou",
    "Monika": "Moniky Monice Moniku Moniko Monikou",
    "Tereza": "Terezy Tereze Terezu Terezo Terezou",
    "Kateřina": "Kateřiny Kateřině Kateřinu Kateřino Kateřinou",
    "Veronika": "Veroniky Veronice Veroniku Veroniko Veronikou",
    "Martina": "Martiny Martině Martinu Martino Martinou",
    "Markéta": "Markéty Markétě Markétu Markéto Markétou",
    "Michaela": "Michaely Michaele Michaelu Michaelo Michaelou",
    "Alena": "Aleny Aleně Alenu Aleno Alenou",
    "Ivana": "Ivany Ivaně Ivanu Ivano Ivanou",
    "Zuzana": "Zuzany Zuzaně Zuzanu Zuzano Zuzanou",
    "Barbora": "Barbory Barboře Barboru Barboro Barborou",
    "Klára": "Kláry Kláře Kláru Kláro Klárou",
    "Simona": "Simony Simoně Simonu Simono Simonou",
    "Renata": "Renaty Renatě Renatu Renato Renatou",
    "Pavla": "Pavly Pavle Pavlu Pavlo Pavlou",
    "Dana": "Dany Daně Danu Dano Danou",
    "Jitka": "Jitky Jitce Jitku Jitko Jitkou",
    "Věra": "Věry Věře Věru Věro Věrou",
    "Helena": "Heleny Heleně Helenu Heleno Helenou",
    "Gabriela": "Gabriely Gabriele Gabrielu Gabrielo Gabrielou",
    "Andrea": "Andrey Andree Andreu Andreo Andreou",
    "Nikola": "Nikoly Nikole Nikolu Nikolo Nikolou",
    "Šárka": "Šárky Šárce Šárku Šárko Šárkou",
    "Kristýna": "Kristýny Kristýně Kristýnu Kristýno Kristýnou",
    "Eliška": "Elišky Elišce Elišku Eliško Eliškou",
    "Anna": "Anny Anně Annu Anno Annou",
    "Jarmila": "Jarmily Jarmile Jarmilu Jarmilo Jarmilou",
    "Ludmila": "Ludmily Ludmile Ludmilu Ludmilo Ludmilou",
    "Zdeňka": "Zdeňky Zdeňce Zdeňku Zdeňko Zdeňkou",
    "Radka": "Radky Radce Radku Radko Radkou",
    "Dagmar": "Dagmar Dagmar Dagmar Dagmar Dagmar",
    "Soňa": "Soni Soně Soňu Soňo Soňou",
    "Romana": "Romany Romaně Romanu Romano Romanou",
    "Blanka": "Blanky Blance Blanku Blanko Blankou",
    "Jiřina": "Jiřiny Jiřině Jiřinu Jiřino Jiřinou",
    "Olga": "Olgy Olze Olgu Olgo Olgou",
    "Marcela": "Marcely Marcele Marcelu Marcelo Marcelou",
    "Iveta": "Ivety Ivetě Ivetu Iveto Ivetou",
    "Denisa": "Denisy Denise Denisu Deniso Denisou",
    "Natálie": "Natálie Natálii Natálii Natálie Natálií",
    "Milena": "Mileny Mileně Milenu Mileno Milenou",
    "Drahomíra": "Drahomíry Drahomíře Drahomíru Drahomíro Drahomírou",
    "Vendula": "Venduly Vendule Vendulu Vendulo Vendulou",
}
FIRST_FORMS = {
    k: dict(zip(CASES, v.split(), strict=True))
    for d in (FIRST_MALE, FIRST_FEMALE)
    for k, v in d.items()
}

SURNAME_EXCEPTIONS = {
    "Švec": "Ševce Ševcovi Ševce Ševče Ševcem",
    "Němec": "Němce Němcovi Němce Němče Němcem",
    "Moravec": "Moravce Moravcovi Moravce Moravče Moravcem",
    "Kadlec": None,
    "Kraus": None,
    "Horváth": None,
    "Müller": None,
    "Havel": None,
}
SOFT = set("žščřcjďťň")


def decline_male_surname(s: str) -> dict | None:
    if s in SURNAME_EXCEPTIONS:
        v = SURNAME_EXCEPTIONS[s]
        return dict(zip(CASES, v.split(), strict=True)) if v else None
    if s.endswith("ý"):
        st = s[:-1]
        return dict(gen=st + "ého", dat=st + "ému", acc=st + "ého", voc=s, ins=st + "ým")
    if s.endswith("í"):
        return dict(gen=s + "ho", dat=s + "mu", acc=s + "ho", voc=s, ins=s + "m")
    if s.endswith("a"):
        st = s[:-1]
        if st[-1] in SOFT:
            return None
        return dict(gen=st + "y", dat=st + "ovi", acc=st + "u", voc=st + "o", ins=st + "ou")
    if s.endswith("ěk"):
        pre = {"n": "ň", "t": "ť", "d": "ď"}.get(s[-3])
        if not pre:
            return None
        st = s[:-3] + pre + "k"
        return dict(gen=st + "a", dat=st + "ovi", acc=st + "a", voc=st + "u", ins=st + "em")
    if s.endswith("ek"):
        st = s[:-2] + "k"
        return dict(gen=st + "a", dat=st + "ovi", acc=st + "a", voc=st + "u", ins=st + "em")
    if s[-1] in "aeiouyáéíóúůě" or s.endswith(("el", "ec")):
        return None
    last = s[-1]
    if last in "kgh" or s.endswith("ch"):
        voc = s + "u"
    elif last in SOFT:
        voc = s + "i"
    elif last == "r":
        voc = s[:-1] + "ře" if s[-2] not in "aeiouyáéíóúů" else s + "e"
    elif last in "szx":
        return None
    else:
        voc = s + "e"
    ga = s + ("e" if last in SOFT else "a")  # Kovář -> Kováře, Novák -> Nováka
    return dict(gen=ga, dat=s + "ovi", acc=ga, voc=voc, ins=s + "em")


def decline_female_surname(s: str) -> dict | None:
    if not s.endswith("á"):
        return None
    st = s[:-1]
    return dict(gen=st + "é", dat=st + "é", acc=st + "ou", voc=s, ins=st + "ou")


# ---------------------------------------------------------------------------
# Street / address helpers
# ---------------------------------------------------------------------------
EXTRA_STREETS = [
    "Palackého",
    "Masarykova",
    "Husova",
    "Nádražní",
    "Školní",
    "Na Příkopě",
    "U Lesa",
    "náměstí Míru",
    "třída Svobody",
    "Na Výsluní",
    "Pod Kaštany",
    "K Nádraží",
    "Za Školou",
    "U Potoka",
    "Lidická",
    "Jiráskova",
    "Tyršova",
    "Smetanova",
    "Havlíčkova",
    "Komenského",
    "Dukelská",
    "Zahradní",
    "Polní",
    "Krátká",
    "Dlouhá",
    "Luční",
    "Sokolská",
    "Větrná",
    "Okružní",
    "Revoluční",
    "Sadová",
    "třída Tomáše Bati",
    "Rooseveltova",
    "28. října",
    "17. listopadu",
    "9. května",
    "Václavské náměstí",
    "Karlovo náměstí",
    "Na Hradbách",
    "V Zahradách",
    "Pod Vinicí",
    "náměstí Republiky",
    "Žižkova",
    "Riegrova",
    "Wolkerova",
    "Fügnerova",
    "náměstí Svobody",
    "Pražská",
    "Brněnská",
    "Hřbitovní",
    "Za Mlýnem",
]


def norm_street(s: str) -> str:
    s = re.sub(r"^(Nám\.|Náměstí)\s", "náměstí ", s)
    s = re.sub(r"\s(Nám\.|Náměstí)$", " náměstí", s)
    s = re.sub(r"^Nábřeží\s", "nábřeží ", s)
    return s


FAKER_STREETS = [norm_street(s) for s in _AddressProvider.streets]


def clean_city(c: str) -> str:
    return re.sub(r"\s*\(.*\)$", "", c)


def is_na_street(s: str) -> bool:
    """Streets that sound natural after 'na': genitive names and 'náměstí X'."""
    return s.split()[0].endswith(("ého", "ů")) or s.startswith("náměstí ")


# ---------------------------------------------------------------------------
# Value generators (one instance per split)
# ---------------------------------------------------------------------------
MONTH_GEN = [
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
MONTH_V = [
    "v lednu",
    "v únoru",
    "v březnu",
    "v dubnu",
    "v květnu",
    "v červnu",
    "v červenci",
    "v srpnu",
    "v září",
    "v říjnu",
    "v listopadu",
    "v prosinci",
]
ORD_GEN = [
    "prvního",
    "druhého",
    "třetího",
    "čtvrtého",
    "pátého",
    "šestého",
    "sedmého",
    "osmého",
    "devátého",
    "desátého",
    "jedenáctého",
    "dvanáctého",
    "třináctého",
    "čtrnáctého",
    "patnáctého",
    "šestnáctého",
    "sedmnáctého",
    "osmnáctého",
    "devatenáctého",
    "dvacátého",
]
ORD_GEN += ["dvacátého " + x for x in ORD_GEN[:9]] + ["třicátého", "třicátého prvního"]
DAYS_V = ["v pondělí", "v úterý", "ve středu", "ve čtvrtek", "v pátek"]
DAYS_N = ["pondělí", "úterý", "středa", "čtvrtek", "pátek"]
HOURS_INS = [
    "sedmou",
    "osmou",
    "devátou",
    "desátou",
    "jedenáctou",
    "dvanáctou",
    "jednou",
    "druhou",
    "třetí",
    "čtvrtou",
    "pátou",
]

BOILERS = [
    "Vaillant ecoTEC plus VU 246/5-5",
    "Vaillant ecoTEC pro VUW 236/5-3",
    "Protherm Panther 25 KTV",
    "Protherm Tiger 24 KTZ",
    "Thermona THERM 24 KDZ",
    "Thermona THERM 28 LXZ.A",
    "Buderus Logamax plus GB172-24i",
    "Viessmann Vitodens 100-W",
    "Junkers Cerapur ZWB 28-1",
    "Baxi Luna Duo-tec 24",
    "Immergas Victrix Tera 24",
    "Geminox THRs 10-25",
    "Bosch Condens 2300i W",
    "Ariston Clas One 24",
    "Atag iC Economiser 27",
    "Hoval UltraGas 15",
    "Dakon DOR 32",
    "Wolf CGB-2-20",
    "Brötje WGB 15 H",
]
HEAT_PUMPS = [
    "Vaillant aroTHERM plus VWL 75/6",
    "Buderus Logatherm WLW196i-8 AR",
    "Viessmann Vitocal 250-A",
    "NIBE F2040-12",
    "NIBE S2125-8",
    "Daikin Altherma 3 EHBH08",
    "Stiebel Eltron WPL 15 ACS",
    "Mitsubishi Ecodan PUZ-WM85VAA",
    "Panasonic Aquarea WH-MDC09J3E5",
    "LG Therma V HM091MR",
    "Samsung EHS Mono AE080RXYDEG",
]
MODELS = BOILERS + HEAT_PUMPS
ERRORS = [
    "chybu F28",
    "F.28",
    "chybu F29",
    "E 133",
    "kód 5E",
    "poruchu A02",
    "F75",
    "E9",
    "chybu 133",
    "EA",
    "F.22",
    "chybu S.34",
    "E119",
    "chybu 6A",
    "L2",
    "chybový kód 0040",
    "F.86",
    "E 03",
    "chybu 224",
    "F4",
    "poruchu P1",
]
ERRORS_BARE = [
    "F28",
    "F.28",
    "E133",
    "5E",
    "A02",
    "F75",
    "E9",
    "133",
    "F.22",
    "S.34",
    "E119",
    "6A",
    "0040",
    "F.86",
    "E03",
    "224",
    "F4",
    "P1",
    "EA",
    "L2",
]


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        random.seed(seed + 1)  # bank_generator_cz uses the global random module
        self.fk = Faker("cs_CZ")
        self.fk.seed_instance(seed + 2)

    # --- people -----------------------------------------------------------
    def person(self, gender: str | None = None) -> Person:
        g = gender or self.r.choice("mf")
        if g == "m":
            first = self.fk.first_name_male()
            sur = self.fk.last_name_male()
        else:
            first = self.fk.first_name_female()
            sur = self.fk.last_name_female()
        # a share of common first names so that declined forms exist
        if self.r.random() < 0.55:
            first = self.r.choice(list(FIRST_MALE if g == "m" else FIRST_FEMALE))
        return Person(self, g, first, sur)

    # --- phones -----------------------------------------------------------
    def phone_digits(self) -> str:
        if self.r.random() < 0.15:
            pre = self.r.choice(
                [
                    "2",
                    "37",
                    "38",
                    "41",
                    "46",
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
            )
            return pre + "".join(str(self.r.randint(0, 9)) for _ in range(9 - len(pre)))
        return re.sub(r"\D", "", self.fk.phone_number())[-9:]

    def phone_written(self, d: str) -> str:
        f = self.r.choice(
            ["333", "333", "333", "3222", "plain", "dash", "intl", "intl", "intl_plain", "00420"]
        )
        s333 = f"{d[:3]} {d[3:6]} {d[6:]}"
        s3222 = f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"
        return {
            "333": s333,
            "3222": s3222,
            "plain": d,
            "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}",
            "intl": "+420 " + self.r.choice([s333, s333, s3222]),
            "intl_plain": "+420" + d,
            "00420": "00420 " + s333,
        }[f]

    def phone_intl(self, d: str) -> str:
        return self.r.choice(
            [
                "+420 " + f"{d[:3]} {d[3:6]} {d[6:]}",
                "+420" + d,
                "00420 " + f"{d[:3]} {d[3:6]} {d[6:]}",
                "+420 " + f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                "plus 420 " + f"{d[:3]} {d[3:6]} {d[6:]}",
            ]
        )

    def phone_words(self, d: str) -> str:
        sep = self.r.choice([", ", ", ", " "])
        long_groups = self.r.random() < 0.6
        groups = [d[:3], d[3:6], d[6:]] if long_groups else [d[:3], d[3:5], d[5:7], d[7:]]
        s = sep.join(group_words(g) for g in groups)
        if self.r.random() < 0.15:
            s = "plus čtyři sta dvacet" + sep + s
        return s

    def phone_digit_words(self, d: str) -> str:
        sep = self.r.choice([", ", " ", ", "])
        if self.r.random() < 0.3:
            return " ".join(DIGITS[int(c)] for c in d)
        return sep.join(digit_words(g) for g in (d[:3], d[3:6], d[6:]))

    # --- e-mail -----------------------------------------------------------
    DOMAINS = [
        "seznam.cz",
        "seznam.cz",
        "seznam.cz",
        "email.cz",
        "gmail.com",
        "gmail.com",
        "centrum.cz",
        "post.cz",
        "volny.cz",
        "atlas.cz",
        "outlook.com",
        "icloud.com",
        "tiscali.cz",
        "quick.cz",
    ]

    def email_for(self, first: str, sur: str) -> str:
        f, s = ascii_fold(first).lower(), ascii_fold(sur).lower()
        n = self.r.randint(1, 99)
        local = self.r.choice(
            [
                f"{f}.{s}",
                f"{f}.{s}",
                f"{s}.{f}",
                f"{f}{s}",
                f"{f[0]}{s}",
                f"{s}{n}",
                f"{f}.{s}{n}",
                f"{f}_{s}",
                f"{f[0]}.{s}",
                f"{s}.{f}{self.r.randint(50, 99)}",
            ]
        )
        return local + "@" + self.r.choice(self.DOMAINS)

    def email_any(self) -> str:
        if self.r.random() < 0.2:
            firm = self.r.choice(
                [
                    "instalace-topeni",
                    "stavby-morava",
                    "byty-jih",
                    "svj-lipova",
                    "domy-sever",
                    "realitni-sprava",
                    "elektro-servis",
                    "uctarna-plus",
                ]
            )
            return (
                self.r.choice(["info", "fakturace", "kancelar", "sprava", "ucetni"])
                + "@"
                + firm
                + ".cz"
            )
        return self.fk.free_email()

    def email_spoken(self, e: str) -> str:
        local, dom = e.split("@")
        parts = re.findall(r"[a-z]+|\d+|[._-]", local)
        sym = {".": "tečka", "_": "podtržítko", "-": "pomlčka"}
        out = []
        for p in parts:
            if p in sym:
                out.append(sym[p])
            elif p.isdigit():
                out.append(nw(int(p)) if not p.startswith("0") else digit_words(p))
            else:
                out.append(p)
        dparts = dom.split(".")
        tld = dparts[-1]
        if tld == "cz" and self.r.random() < 0.25:
            tld = "cézet"
        dom_s = " tečka ".join(x.replace("-", " pomlčka ") for x in dparts[:-1] + [tld])
        return " ".join(out) + " zavináč " + dom_s

    def email_spelled(self, e: str) -> str:
        local, dom = e.split("@")
        sep = self.r.choice([", ", " ", "-"])
        sym = {".": "tečka", "_": "podtržítko", "-": "pomlčka"}
        toks = [sym.get(c, c.upper() if sep != "-" else c) for c in local]
        dom_s = " tečka ".join(dom.split("."))
        return sep.join(toks) + (", " if sep == ", " else " ") + "zavináč " + dom_s

    # --- URLs ---------------------------------------------------------------
    def _rid(self, n: int) -> str:
        return "".join(self.r.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(n))

    def url(self) -> str:
        r = self.r
        host = r.choice(
            [
                "portal.teplo-servis.cz",
                "mujucet.kotleservis.cz",
                "zakaznik.example-energie.cz",
                "www.servis-tc.cz",
                "www.vytapime-online.cz",
                "app.topime-chytre.cz",
                "klient.thermo-sluzby.cz",
                "www.nejakyweb.cz",
            ]
        )
        path = r.choice(
            [
                f"/faktura/{self._rid(6)}",
                f"/reklamace?id={r.randint(10000, 99999)}",
                f"/zakazka/{r.randint(100000, 999999)}",
                f"/platba/{self._rid(10)}",
                f"/smlouva/{self._rid(8)}/podpis",
                f"/r/{self._rid(7)}",
                f"/termin?token={self._rid(12)}",
                f"/obnova-hesla?kod={self._rid(8)}",
                f"/doklady/{r.randint(2022, 2025)}/{self._rid(6)}.pdf",
            ]
        )
        if r.random() < 0.2:
            return r.choice(
                [
                    f"https://ulozto.cz/file/{self._rid(8)}/kotel-jpg",
                    f"https://www.uschovna.cz/zasilka/{self._rid(12)}",
                    f"https://photos.app.goo.gl/{self._rid(10)}",
                    f"https://drive.google.com/file/d/{self._rid(16)}/view",
                ]
            )
        scheme = r.choice(["https://", "https://", "", "http://"])
        if scheme == "" and not host.startswith("www."):
            scheme = "https://"
        return scheme + host + path

    def url_spoken(self) -> str:
        r = self.r
        host = r.choice(
            [
                ["teplo", "pomlčka", "servis"],
                ["kotleservis"],
                ["vytapime", "pomlčka", "online"],
                ["servis", "pomlčka", "tc"],
                ["topime", "pomlčka", "chytre"],
                ["nejakyweb"],
            ]
        )
        www = r.choice(["vé vé vé tečka", "www tečka", "www.", ""])
        tld = r.choice(["cz", "cz", "cézet"])
        path = r.choice(
            [
                ["lomítko", "reklamace"],
                ["lomítko", "formular"],
                ["lomítko", "kontakt"],
                [
                    "lomítko",
                    "reklamace",
                    "otazník",
                    "id",
                    "rovná",
                    "se",
                    str(r.randint(10000, 99999)),
                ],
                ["lomítko", "zakaznik", "lomítko", "prihlaseni"],
                [],
            ]
        )
        s = " ".join(([www] if www and www != "www." else []) + host + ["tečka", tld] + path)
        if www == "www.":
            s = "www." + s
        return s

    # --- bank ---------------------------------------------------------------
    def account(self) -> BankAccount:
        while True:
            a = BankAccount.generate_random(include_prefix=self.r.random() < 0.3)
            if std_bankaccount.is_valid(str(a)):
                return a

    def account_str(self, a: BankAccount) -> str:
        num = str(a.account_number)
        pre = f"{a.prefix}-" if a.prefix else ""
        f = self.r.random()
        if f < 0.55:
            return f"{pre}{num}/{a.bank_code}"
        if f < 0.7:
            return f"{pre}{num} / {a.bank_code}"
        if f < 0.85:
            return f"{pre}{num} lomeno {a.bank_code}"
        return f"{pre}{num} lomítko {a.bank_code}"

    def account_spoken(self, a: BankAccount) -> str:
        num = str(a.account_number)
        pre = ""
        if a.prefix:
            pre = str(a.prefix) + self.r.choice([" pomlčka ", "-"])
        code = self.r.choice([digit_words(a.bank_code), a.bank_code])
        return f"{pre}{num} {self.r.choice(['lomeno', 'lomítko'])} {code}"

    def iban(self, a: BankAccount) -> str:
        bban = a.bank_code + str(a.prefix or 0).zfill(6) + str(a.account_number).zfill(10)
        num = int("".join(str(int(c, 36)) for c in bban + "CZ00"))
        check = 98 - num % 97
        ib = f"CZ{check:02d}{bban}"
        assert std_iban.is_valid(ib), ib
        f = self.r.random()
        if f < 0.55:
            return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
        if f < 0.9:
            return ib
        return "CZ " + f"{check:02d} " + " ".join(bban[i : i + 4] for i in range(0, len(bban), 4))

    # --- ids ------------------------------------------------------------------
    def rc_digits(self) -> str:
        while True:
            v = self.fk.birth_number()
            if std_rc.is_valid(v) and len(v) == 11:  # 10-digit modern numbers
                return v.replace("/", "")

    def rc_str(self, d: str) -> str:
        return self.r.choice(
            [
                f"{d[:6]}/{d[6:]}",
                f"{d[:6]}/{d[6:]}",
                f"{d[:6]}/{d[6:]}",
                d,
                f"{d[:6]} {d[6:]}",
                f"{d[:6]} lomeno {d[6:]}",
            ]
        )

    def rc_spoken(self, d: str) -> str:
        a = " ".join(group_words(d[i : i + 2]) for i in (0, 2, 4))
        if self.r.random() < 0.5:
            b = " ".join(group_words(d[i : i + 2]) for i in (6, 8))
        else:
            b = digit_words(d[6:])
        return a + self.r.choice([" lomeno ", " lomítko ", ", "]) + b

    def ico(self) -> str:
        while True:
            d = [self.r.randint(0, 9) for _ in range(7)]
            if self.r.random() < 0.15:
                d[0] = 0
            s = sum(x * (8 - i) for i, x in enumerate(d))
            r = s % 11
            c = {0: 1, 1: 0}.get(r, 11 - r)
            v = "".join(map(str, d)) + str(c)
            if std_dic.is_valid("CZ" + v) and v != "00000000":
                return v

    def ico_str(self, v: str) -> str:
        return self.r.choice(
            [v, v, v, f"{v[:3]} {v[3:5]} {v[5:]}", f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:]}"]
        )

    def dic_str(self, digits: str) -> str:
        return self.r.choice(["CZ" + digits, "CZ" + digits, "CZ " + digits, "cz" + digits])

    def card(self) -> str:
        if self.r.random() < 0.55:
            body = "4" + "".join(str(self.r.randint(0, 9)) for _ in range(14))
        else:
            body = (
                "5"
                + str(self.r.randint(1, 5))
                + "".join(str(self.r.randint(0, 9)) for _ in range(13))
            )
        v = body + std_luhn.calc_check_digit(body)
        assert std_luhn.is_valid(v)
        f = self.r.random()
        if f < 0.6:
            return " ".join(v[i : i + 4] for i in range(0, 16, 4))
        if f < 0.85:
            return v
        return "-".join(v[i : i + 4] for i in range(0, 16, 4))

    def psc(self) -> str:
        p = self.fk.postcode()
        return p if self.r.random() < 0.7 else p.replace(" ", "")

    def city(self) -> str:
        return clean_city(self.fk.city())

    PLATE_REGIONS = "ABCEHJKLMPSTUZ"
    PLATE_LETTERS = "ABCDEFHIJKLMNPRSTUVXYZ"

    def plate(self) -> str:
        r = self.r
        if r.random() < 0.1:
            word = r.choice(["TEPLO", "SERVIS", "KOTLE", "KOMIN", "TOPENI", "VODA", "PLYN"])
            v = word + str(r.randint(1, 99))
            return v[:8]
        third = r.choice(self.PLATE_LETTERS) if r.random() < 0.6 else str(r.randint(0, 9))
        head = f"{r.randint(1, 9)}{r.choice(self.PLATE_REGIONS)}{third}"
        tail = f"{r.randint(0, 9999):04d}"
        return r.choice(
            [
                f"{head} {tail}",
                f"{head} {tail}",
                f"{head}{tail}",
                f"{head} {tail[:2]} {tail[2:]}",
                f"{head[0]} {head[1:]} {tail}",
            ]
        )

    # --- addresses --------------------------------------------------------
    def street(self, na: bool = False) -> str:
        for _ in range(500):
            s = (
                self.r.choice(FAKER_STREETS)
                if self.r.random() < 0.7
                else self.r.choice(EXTRA_STREETS)
            )
            if not na or is_na_street(s):
                return s
        raise RuntimeError("no street")

    def house_no(self) -> str:
        r = self.r
        f = r.random()
        if f < 0.3:
            return f"{r.randint(100, 3999)}/{r.randint(1, 60)}"
        if f < 0.36:
            return f"{r.randint(1, 80)}{r.choice('abc')}"
        if f < 0.44:
            return nw(r.randint(1, 99))  # spoken
        return self.fk.building_number()

    def street_addr(self, na: bool = False) -> str:
        s = self.street(na)
        no = self.house_no()
        if self.r.random() < 0.1:
            return f"{s} číslo {no}"
        return f"{s} {no}"

    def addr(self, kind: str = "any") -> str:
        r = self.r
        if kind == "any":
            kind = r.choice(
                ["st", "st_town", "full", "full", "full_rev", "town_first", "vill", "st_town"]
            )
        if kind == "na":
            s = self.street_addr(na=True)
            tail = r.choice(["", "", f", {self.city()}", f", {self.psc()} {self.city()}"])
            return s + tail
        if kind == "st":
            return self.street_addr()
        if kind == "st_town":
            return self.street_addr() + r.choice([", ", ", ", ", ", " "]) + self.city()
        if kind == "full":
            return (
                self.street_addr()
                + r.choice([", ", ", ", ", ", ", ", " "])
                + f"{self.psc()} {self.city()}"
            )
        if kind == "full_rev":
            return self.street_addr() + f", {self.city()}" + r.choice([" ", ", "]) + self.psc()
        if kind == "town_first":
            return self.city() + r.choice([", ", ", ", ", ", " "]) + self.street_addr()
        if kind == "vill":
            c = self.city()
            no = str(r.randint(1, 420))
            return r.choice(
                [
                    f"{c} {no}",
                    f"{c} číslo popisné {no}",
                    f"{c} č. p. {no}",
                    f"{c} {no}, {self.psc()}",
                    f"{self.psc()} {c} {no}",
                ]
            )
        raise ValueError(kind)

    # --- non-PII distractors ----------------------------------------------
    def date(self) -> str:
        r = self.r
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2023, 2024, 2025])
        return r.choice(
            [
                f"{d}. {m}. {y}",
                f"{d}. {m}.",
                f"{d}.{m}.{y}",
                f"{ORD_GEN[d - 1]} {MONTH_GEN[m - 1]}",
                f"{d}. {MONTH_GEN[m - 1]}",
                f"{ORD_GEN[d - 1]}",
                f"{d}. {m}.",
            ]
        )

    def time(self) -> str:
        r = self.r
        h = r.randint(7, 16)
        return r.choice(
            [
                f"v {h}:{r.choice(['00', '30', '15', '45'])}",
                f"mezi {HOURS_INS[r.randint(0, 3)]} a {HOURS_INS[r.randint(4, 6)]}",
                f"kolem půl {r.choice(['deváté', 'desáté', 'jedenácté', 'druhé', 'třetí'])}",
                f"od {h} do {h + 2}",
                f"v {h} hodin",
                "dopoledne",
                "odpoledne",
                f"v {h}.{r.choice(['00', '30'])}",
                "ráno mezi sedmou a devátou",
            ]
        )

    def price(self) -> str:
        r = self.r
        v = r.choice(
            [
                r.randint(15, 99) * 10,
                r.randint(5, 40) * 100 - 10,
                r.randint(10, 180) * 50,
                r.randint(8, 250) * 100,
            ]
        )
        s = f"{v:,}".replace(",", " ")
        return r.choice(
            [f"{s} korun", f"{s} Kč", f"{s},- Kč", f"{nw(v)} korun", f"{s} korun", f"{s} Kč s DPH"]
        )

    def pressure(self) -> str:
        return self.r.choice(
            [
                "0,5 baru",
                "0,8 baru",
                "1 bar",
                "1,2 baru",
                "1,5 baru",
                "1,8 baru",
                "2 bary",
                "2,5 baru",
                "3 bary",
                "jedna celá pět baru",
                "necelý bar",
                "dva bary",
                "jeden a půl baru",
                "1,3 baru",
            ]
        )

    def temp(self) -> str:
        r = self.r
        v = r.choice([18, 19, 20, 21, 22, 35, 40, 45, 50, 55, 60, 65, 70])
        return r.choice([f"{v} stupňů", f"{v} °C", f"{nw(v)} stupňů", f"{v} stupňů"])

    def temp_out(self) -> str:
        r = self.r
        v = r.randint(5, 18)
        return r.choice([f"minus {v} stupňů", f"-{v} °C", f"minus {nw(v)}", f"{v} pod nulou"])

    def kw(self) -> str:
        r = self.r
        v = r.choice([5, 7, 8, 10, 12, 14, 16, 20, 24, 28, 35])
        return r.choice([f"{v} kW", f"{v} kilowattů", f"{nw(v)} kilowattů"])

    def meter_gas(self) -> str:
        r = self.r
        v = r.randint(1200, 48000)
        s = f"{v:,}".replace(",", " ")
        return r.choice(
            [
                f"{s} metrů krychlových",
                f"{s},{r.randint(0, 9)} kubíků",
                f"{v:05d}",
                f"{v} celých {r.randint(0, 9)}",
                f"{s} kubíků",
            ]
        )

    def meter_el(self) -> str:
        r = self.r
        v = r.randint(1200, 48000)
        s = f"{v:,}".replace(",", " ")
        return r.choice([f"{s} kWh", f"{s} kilowatthodin", f"{v:05d}", f"{s} kilowatthodin"])

    def pct(self) -> str:
        v = self.r.choice([5, 10, 15, 20, 25, 30, 40, 50])
        return self.r.choice([f"{v} %", f"{v} procent", f"{nw(v)} procent"])

    def dur(self) -> str:
        return self.r.choice(
            [
                "do dvou hodin",
                "do hodiny",
                "do 14 dnů",
                "do třiceti dnů",
                "během týdne",
                "do pěti pracovních dnů",
                "zítra dopoledne",
                "do konce týdne",
                "do 48 hodin",
            ]
        )

    def wait(self) -> str:
        return self.r.choice(
            [
                "dva týdny",
                "tři týdny",
                "deset dní",
                "skoro měsíc",
                "pět pracovních dnů",
                "čtrnáct dní",
                "týden",
            ]
        )

    def minutes(self) -> str:
        return self.r.choice(
            ["pár minutách", "deseti minutách", "půl hodině", "hodině", "dvaceti minutách"]
        )

    def yearnum(self) -> str:
        return str(self.r.randint(2004, 2022))

    def ticket(self) -> str:
        r = self.r
        return r.choice(
            [
                f"{r.choice([2023, 2024, 2025])}-{r.randint(1, 9999):05d}",
                f"R-{r.randint(10000, 99999)}",
                f"SR-{r.randint(10000, 99999)}",
                f"Z-{r.choice([2024, 2025])}-{r.randint(100, 9999)}",
                f"OBJ-{r.choice([2024, 2025])}-{r.randint(100, 9999)}",
                f"{r.randint(1000, 9999)}",
                f"RK{r.randint(100000, 999999)}",
                f"T-{r.randint(100, 999)}-{r.randint(10, 99)}",
            ]
        )

    def invoice(self) -> str:
        r = self.r
        while True:
            n = f"{r.choice(['22', '23', '24'])}{r.randint(10, 99)}{r.randint(100000, 999999)}"
            if int(n) % 11:
                break
        return r.choice(
            [
                f"FV-{r.choice([2023, 2024, 2025])}-{r.randint(1, 99999):05d}",
                n,
                f"{r.choice(['24', '25'])}FV{r.randint(10000, 99999)}",
                f"ZF-{r.randint(1000, 9999)}",
            ]
        )

    def contract(self) -> str:
        r = self.r
        return r.choice(
            [
                f"SM-{r.choice([2021, 2022, 2023, 2024])}-{r.randint(1, 9999):04d}",
                f"SS{r.randint(10000, 99999)}",
                f"SERV-{r.randint(1000, 9999)}",
            ]
        )

    def vs(self) -> str:
        r = self.r
        while True:
            n = r.choice(
                [
                    f"{r.choice(['20', '24', '25'])}{r.randint(100000, 999999)}",
                    f"{r.choice(['1', '20'])}{r.randint(10000, 99999)}",
                ]
            )
            # not a checksum-valid birth number or IČO: a variable symbol is a hard negative
            if int(n) % 11 and not (len(n) == 8 and std_dic.is_valid("CZ" + n)):
                return n

    def serial(self) -> str:
        r = self.r
        while True:
            n = "".join(str(r.randint(0, 9)) for _ in range(10))
            if int(n) % 11 and not std_luhn.is_valid(n):
                break
        return r.choice(
            [
                f"21{r.randint(10, 99)}{r.randint(100000, 999999)}{r.randint(1000000000, 9999999999)}N{r.randint(1, 9)}",
                n,
                f"SN {n[:4]} {n[4:8]} {n[8:]}",
                f"{r.randint(100, 999)}-{r.randint(10000, 99999)}",
                f"7736{r.randint(100000, 999999)}",
                f"{r.choice(['A', 'B', 'K'])}{r.randint(1000000, 9999999)}",
            ]
        )

    def misc(self, kind: str) -> str:
        r = self.r
        return {
            "day_v": lambda: r.choice(DAYS_V),
            "day_n": lambda: r.choice(DAYS_N),
            "month_v": lambda: r.choice(MONTH_V),
            "month_gen": lambda: r.choice(MONTH_GEN),
            "area": lambda: str(r.choice([80, 95, 110, 120, 140, 150, 180, 220])),
            "liters": lambda: str(r.choice([120, 160, 200, 250, 300])),
            "cop": lambda: r.choice(["3,8", "4,2", "4,5", "3,5", "5,1"]),
            "km": lambda: str(r.choice([20, 25, 30, 40, 50])),
            "count": lambda: r.choice(["dva", "tři", "čtyři", "pět", "šest", "osm"]),
        }[kind]()


class Person:
    def __init__(self, gen: Gen, g: str, first: str, sur: str):
        self.gen, self.g, self.first, self.sur = gen, g, first, sur
        self.sur_forms = decline_male_surname(sur) if g == "m" else decline_female_surname(sur)
        self.first_forms = FIRST_FORMS.get(first)
        self._email = None

    @property
    def email(self) -> str:
        if self._email is None:
            self._email = self.gen.email_for(self.first, self.sur)
        return self._email

    def form(self, name: str) -> str:
        r = self.gen.r
        if name == "full":
            return f"{self.first} {self.sur}"
        if name == "first":
            return self.first
        if name == "sur":
            return self.sur
        if name == "rev":
            return f"{self.sur} {self.first}"
        if name in ("spell", "spell_first"):
            w = self.sur if name == "spell" else self.first
            sep = r.choice([", ", ", ", " ", "-"])
            return sep.join(w.upper())
        if name == "email":
            return self.email
        if name == "email_s":
            return self.gen.email_spoken(self.email)
        if name == "email_sp":
            return self.gen.email_spelled(self.email)
        part, case = name.split("_")
        if part in ("sur", "full") and not self.sur_forms:
            raise Retry
        if part in ("first", "full") and not self.first_forms:
            raise Retry
        if part == "sur":
            return self.sur_forms[case]
        if part == "first":
            return self.first_forms[case]
        return f"{self.first_forms[case]} {self.sur_forms[case]}"


# ---------------------------------------------------------------------------
# Slots
# ---------------------------------------------------------------------------
# slot name -> (base kind for caching with @tag, type or None, renderer(gen, base_value))
def _slots():
    S = {}

    def add(name, base, typ, fn):
        S[name] = (base, typ, fn)

    add("phone", "phone", "PHONE", lambda g, v: g.phone_written(v))
    add("phone_w", "phone", "PHONE", lambda g, v: g.phone_words(v))
    add("phone_d", "phone", "PHONE", lambda g, v: g.phone_digit_words(v))
    add("phone_intl", "phone", "PHONE", lambda g, v: g.phone_intl(v))
    add("email", "email", "EMAIL", lambda g, v: v)
    add("email_s", "email", "EMAIL", lambda g, v: g.email_spoken(v))
    add("url", "url", "URL", lambda g, v: v)
    add("url_s", "url_s", "URL", lambda g, v: v)
    add("iban", "acct", "IBAN", lambda g, v: g.iban(v))
    add("acct", "acct", "BANK_ACCOUNT", lambda g, v: g.account_str(v))
    add("acct_s", "acct", "BANK_ACCOUNT", lambda g, v: g.account_spoken(v))
    add("rc", "rc", "BIRTH_NUMBER", lambda g, v: g.rc_str(v))
    add("rc_s", "rc", "BIRTH_NUMBER", lambda g, v: g.rc_spoken(v))
    add("ico", "ico", "ICO", lambda g, v: g.ico_str(v))
    add("ico_s", "ico", "ICO", lambda g, v: digit_words(v))
    add("dic", "ico", "DIC", lambda g, v: g.dic_str(v))
    add("dic_rc", "rc", "DIC", lambda g, v: g.dic_str(v))
    add("card", "card", "CARD", lambda g, v: v)
    add("psc", "psc", "POSTAL_CODE", lambda g, v: v)
    add("plate", "plate", "PLATE", lambda g, v: v)
    add("addr", "addr", "ADDRESS", lambda g, v: v)
    for k in ("st", "full", "na", "vill", "town_first"):
        add("addr_" + k, "addr_" + k, "ADDRESS", lambda g, v: v)
    for k in (
        "date",
        "time",
        "price",
        "pressure",
        "temp",
        "temp_out",
        "kw",
        "meter_gas",
        "meter_el",
        "pct",
        "dur",
        "wait",
        "minutes",
        "yearnum",
        "ticket",
        "invoice",
        "contract",
        "vs",
        "serial",
    ):
        add(k, k, None, lambda g, v: v)
    for k in ("day_v", "day_n", "month_v", "month_gen", "area", "liters", "cop", "km", "count"):
        add(k, k, None, lambda g, v: v)
    add("model", "model", None, lambda g, v: v)
    add("boiler", "boiler", None, lambda g, v: v)
    add("hp", "hp", None, lambda g, v: v)
    add("err", "err", None, lambda g, v: v)
    add("errb", "errb", None, lambda g, v: v)
    return S


SLOTS = _slots()


def base_value(g: Gen, base: str):
    if base == "phone":
        return g.phone_digits()
    if base == "email":
        return g.email_any()
    if base == "url":
        return g.url()
    if base == "url_s":
        return g.url_spoken()
    if base == "acct":
        return g.account()
    if base == "rc":
        return g.rc_digits()
    if base == "ico":
        return g.ico()
    if base == "card":
        return g.card()
    if base == "psc":
        return g.psc()
    if base == "plate":
        return g.plate()
    if base == "addr":
        return g.addr()
    if base.startswith("addr_"):
        return g.addr(base[5:])
    if base == "boiler":
        return g.r.choice(BOILERS)
    if base == "hp":
        return g.r.choice(HEAT_PUMPS)
    if base == "model":
        return g.r.choice(MODELS)
    if base == "err":
        return g.r.choice(ERRORS)
    if base == "errb":
        return g.r.choice(ERRORS_BARE)
    if base in ("day_v", "day_n", "month_v", "month_gen", "area", "liters", "cop", "km", "count"):
        return g.misc(base)
    return getattr(g, base)()


SLOT_RE = re.compile(r"\{([a-z_]+)(?:\.([a-z_]+))?(?:@(\d+))?\}")
GENDER_RE = re.compile(r"<([pqat]):([^|<>]*)\|([^<>]*)>")
ALT_RE = re.compile(r"\{\?([^{}]*)\}")
PERSON_KEYS = ("p", "q", "a", "t")
CODE_TYPES = {"IBAN", "DIC", "PLATE", "CARD", "URL"}


def template_types(tpl: str) -> set:
    out = set()
    for m in SLOT_RE.finditer(tpl):
        name, form = m.group(1), m.group(2)
        if name in PERSON_KEYS:
            out.add("EMAIL" if form.startswith("email") else "NAME")
        else:
            typ = SLOTS[name][1] if name in SLOTS else None
            if name == "psc_town":
                typ = "POSTAL_CODE"
            if typ:
                out.add(typ)
    return out


FILLER_WORDS = {"no", "takže", "jo", "ehm", "dobře", "aha", "hm", "tak"}
FILLERS = ["no, ", "takže ", "jo, ", "ehm, ", "no takže ", "dobře, ", "aha, ", "hm, ", "no jo, "]


def render(g: Gen, tpl: str):
    """Return (segments) where a segment is (text, type|None)."""
    people = {}

    def person(k):
        if k not in people:
            people[k] = g.person("m" if k == "t" else None)
        return people[k]

    # resolve gender alternations (needs the people)
    def gsub(m):
        return m.group(2) if person(m.group(1)).g == "m" else m.group(3)

    s = GENDER_RE.sub(gsub, tpl)
    s = ALT_RE.sub(lambda m: g.r.choice(m.group(1).split("|")), s)
    cache = {}
    segs = []
    pos = 0
    for m in SLOT_RE.finditer(s):
        if m.start() > pos:
            segs.append((s[pos : m.start()], None))
        name, form, tag = m.group(1), m.group(2), m.group(3)
        if name in PERSON_KEYS:
            p = person(name)
            typ = "EMAIL" if form.startswith("email") else "NAME"
            key = (name, form, tag)
            if tag and key in cache:
                val = cache[key]
            else:
                val = p.form(form)
                if tag:
                    cache[key] = val
            segs.append((val, typ))
        elif name == "psc_town":
            segs.append((g.psc(), "POSTAL_CODE"))
            segs.append((" " + g.city(), None))
        else:
            base, typ, fn = SLOTS[name]
            if tag:
                bkey = (base, tag)
                if bkey not in cache:
                    cache[bkey] = base_value(g, base)
                rkey = ("surface", name, tag)
                if rkey not in cache:  # same slot + same tag -> identical surface
                    cache[rkey] = fn(g, cache[bkey])
                val = cache[rkey]
            else:
                val = fn(g, base_value(g, base))
            segs.append((val, typ))
        pos = m.end()
    if pos < len(s):
        segs.append((s[pos:], None))
    return segs


def finish(g: Gen, segs):
    """Apply ASR-like surface variation consistently to all segments, build the record."""
    r = g.r
    mode = r.random()
    first_word = re.split(r"[\s,.?]", segs[0][0].strip().lower())[0] if segs[0][1] is None else ""
    if r.random() < 0.22 and segs[0][1] is None and first_word not in FILLER_WORDS:
        t = segs[0][0]
        if not t[1:2].isupper():  # keep acronyms such as "DIČ", "PSČ" intact
            t = t[:1].lower() + t[1:]
        segs[0] = (r.choice(FILLERS) + t, None)
    out = []
    for text, typ in segs:
        if mode < 0.25 and typ not in CODE_TYPES:
            text = text.lower()
        elif mode > 0.88:
            text = ascii_fold(text)
        out.append((text, typ))
    # an upper-case start is Whisper-like, unless lower-cased mode
    if mode >= 0.25 and out and out[0][1] is None and out[0][0][:1].islower() and r.random() < 0.5:
        out[0] = (out[0][0][:1].upper() + out[0][0][1:], None)
    text = "".join(t for t, _ in out)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)  # "byl 4. 11.." -> "byl 4. 11."
    pii = [{"type": typ, "value": re.sub(r"\s+", " ", t).strip()} for t, typ in out if typ]
    for item in pii:
        assert item["value"] and item["value"] in text, (item, text)
    # every labelled value occurrence count must be covered by the list
    for v in {i["value"] for i in pii}:
        n_listed = sum(1 for i in pii if i["value"] == v)
        assert text.count(v) >= n_listed, (v, text)
    return text, pii


def build_split(name: str, seed: int, pos_templates: list[str], neg_templates: list[str]):
    g = Gen(seed)
    ttypes = [template_types(t) for t in pos_templates]
    for t, ty in zip(pos_templates, ttypes, strict=True):
        assert ty, f"positive template without PII slot: {t}"
    for t in neg_templates:
        assert not template_types(t), f"negative template with PII slot: {t}"
    used = [0] * len(pos_templates)
    counts = Counter()
    records = []
    seen = set()
    for _ in range(N_POSITIVE):
        deficits = {
            t: (TARGETS[t] - counts[t]) / TARGETS[t] for t in TYPES if counts[t] < TARGETS[t]
        }
        if deficits:
            want = max(sorted(deficits), key=lambda t: deficits[t])
            cand = [i for i, ty in enumerate(ttypes) if want in ty]
        else:
            cand = list(range(len(pos_templates)))
        lo = min(used[i] for i in cand)
        i = g.r.choice([i for i in cand if used[i] == lo])
        used[i] += 1
        for _attempt in range(200):
            try:
                text, pii = finish(g, render(g, pos_templates[i]))
            except Retry:
                continue
            if dedup_key(text) not in seen:
                break
        else:
            raise RuntimeError(pos_templates[i])
        seen.add(dedup_key(text))
        counts.update(x["type"] for x in pii)
        records.append({"text": text, "pii": pii})
    nused = [0] * len(neg_templates)
    for _ in range(N_NEGATIVE):
        lo = min(nused)
        i = g.r.choice([i for i, u in enumerate(nused) if u == lo])
        nused[i] += 1
        for _attempt in range(50):
            text, pii = finish(g, render(g, neg_templates[i]))
            if dedup_key(text) not in seen:
                break
        seen.add(dedup_key(text))
        assert not pii
        records.append({"text": text, "pii": []})
    g.r.shuffle(records)
    out = []
    for k, rec in enumerate(records, 1):
        out.append({"id": f"{name}-{k:04d}", "text": rec["text"], "pii": rec["pii"]})
    return out, counts


def dedup_key(text: str) -> str:
    """Near-duplicate key: case, diacritics and a leading filler do not count."""
    k = ascii_fold(text.lower())
    return re.sub(r"^((no|takze|jo|ehm|dobre|aha|hm),?\s+)+", "", k)


# ---------------------------------------------------------------------------
# Templates
#   {p.full} {p.sur_voc} ...   person p/q/a/t, forms: full first sur rev spell spell_first email email_s
#                               email_sp, sur_/first_/full_ + gen dat acc voc ins
#   {phone} {acct@1}           value slots; @k reuses the same underlying value in the snippet
#   <p:masc|fem>               agreement with the gender of person p (q, a, t likewise)
#   {?a|b|c}                   random alternative
# ---------------------------------------------------------------------------
# Group A -> dev.jsonl
POS_A = [
    "Dobrý den, tady {p.full}, <p:volal|volala> jsem {?minulý týden|včera|v pondělí} kvůli kotli a {?pořád|furt} mi to hlásí {err}.",
    "Takže adresa je {addr_full} a technik by mohl přijet {date} {time}, vyhovuje vám to?",
    "Jo, to číslo je {phone}, kdybych to <p:nebral|nebrala>, tak to zkuste {?odpoledne|po páté|později}.",
    "Moje číslo je {phone_w} a volejte prosím až {?po čtvrté|po páté|odpoledne}, dopoledne jsem v práci.",
    "<p:Pane|Paní> {p.sur_voc}, já si vás jenom ověřím, můžete mi říct rodné číslo? Jo, {rc}.",
    "Kvůli ověření budu potřebovat rodné číslo majitele smlouvy. Ehm, {rc_s}.",
    "Fakturu vám pošleme e-mailem, máme tu {p.email}, sedí to? Ano, přesně tak.",
    "Ten e-mail je {p.email_s}, všechno malým a bez háčků.",
    "Jmenuji se {p.sur}, {p.spell}, a smlouvu mám napsanou na sebe.",
    "Přeplatek {price} vám vrátíme na účet, jaké číslo účtu mám zadat? {acct}.",
    "Tak číslo účtu je {acct_s}, to je můj osobní účet, ne firemní.",
    "<p:Zaplatil|Zaplatila> jsem to z IBANu {iban} a pořád to u vás svítí jako nezaplacené, faktura {invoice}.",
    "Fakturujte to prosím na firmu, IČO {ico@1}, DIČ {dic@1}, jsme plátci DPH.",
    "Technik přijede služebním autem, {?SPZ|značka} {plate}, tak ho prosím pusťte do podzemních garáží.",
    "<p:Platil|Platila> jsem kartou {card} a strhlo se mi to dvakrát, pokaždé {price}.",
    "Ten odkaz na fakturu, co mi přišel, je {url}, ale vůbec se mi neotevře.",
    "My se stěhujeme, od {date} bude nová adresa {addr} a tam chceme převést i servisní smlouvu.",
    "Ozve se vám kolega {t.full}, ten má na starosti tepelná čerpadla, {?dneska|zítra} {time}.",
    "Včera jsem <p:mluvil|mluvila> s vaším technikem, panem {t.sur_ins}, a slíbil mi, že se ozve, ale nic.",
    "Zákaznická linka, u telefonu {a.full}, s kým mluvím? {p.rev}, dobrý den.",
    "A poštovní směrovací číslo? {psc}.",
    "PSČ máme {psc}, spadá to ještě pod vaši oblast?",
    "Reklamaci jsem <p:zadával|zadávala> přes web, {url_s}, a nic mi nepřišlo zpátky.",
    "Posílám odečet, plynoměr ukazuje {meter_gas}, odběrné místo {addr_st}.",
    "Máme kotel {boiler}, adresa {addr}, a {?nejde teplá voda|vůbec netopí|kape z něj voda}.",
    "Takže si to zopakuju, <p:pan|paní> {p.full}, telefon {phone}, e-mail {p.email}, je to tak?",
    "Zakázku zapíšu na <p:pana|paní> {p.full_acc}, je to tak v pořádku?",
    "Potvrzení pošlu <p:panu|paní> {p.sur_dat} na {p.email} ještě dneska.",
    "<p:Pane|Paní> {p.sur_voc}, dobrý den, volám ze servisu ohledně vaší reklamace {ticket}.",
    "{q.first_voc}, nevíš, kde je ta smlouva na kotel? Promiňte, hned vám to řeknu.",
    "Pošlete to prosím <q:manželovi|manželce>, {q.full_dat}, <q:on|ona> to u nás má na starosti.",
    "Napíšu vám to po písmenech, {p.email_sp}.",
    "Bydlíme na vesnici, {addr_vill}, je to za obecním úřadem doprava.",
    "Nejde topení v celém domě, je to {addr}, volám jako <p:předseda|předsedkyně> výboru, {p.full}.",
    "Záruční list je na jméno {p.full}, kotel {boiler} jsme kupovali v roce {yearnum}.",
    "Můžete mi zavolat zpátky na {phone_intl}? Teď jsem v zahraničí a jinak se mi nedovoláte.",
    "Vratku {price} prosím pošlete na {iban}, na ten účet nám chodí všechno.",
    "Chci přepsat smlouvu na <q:syna|dceru>, jmenuje se {q.full}, rodné číslo {rc}.",
    "A na koho bude ta faktura? Na {p.full_acc}, to jsem já.",
    "Můžu mluvit s <p:panem|paní> {p.sur_ins}? U telefonu, co potřebujete?",
    "U telefonu {p.sur}, dobrý den, volám kvůli faktuře {invoice}, je tam špatná částka.",
    "Tady {p.sur}, {addr_st}, dneska u nás byl technik a kotel zase nejde.",
    "Váš technik mi při couvání ťukl do auta, {plate}, stálo před domem, tak to chci nějak řešit.",
    "Chci zaplatit novou kartou, číslo je {card}, tu starou jsem <p:zrušil|zrušila>.",
    "IČ je {ico_s}, jsme společenství vlastníků a fakturu potřebujeme na něj.",
    "Jsem <p:živnostník|živnostnice> a na faktuře potřebuju DIČ, {dic_rc}.",
    "Jezdíte i k nám? My jsme {psc_town}.",
    "Tak číslo je {phone_d}, ne pardon, {phone_d}.",
    "Zopakuju to, {phone@1}, ano? Ano, {phone@1}, to je můj mobil.",
    "Křestní jméno {p.first}, {p.spell_first}, a příjmení {p.sur}.",
    "Posílám stav elektroměru, {meter_el}, odběrné místo {addr}, čerpadlo jede na nízký tarif.",
    "Dobrý den, {a.first}, zákaznické centrum, jak vám můžu pomoct? Dobrý den, tady {p.full}.",
    "Předám to {t.first_dat}, to je náš technik, ozve se vám {dur}.",
    "Pošlete to radši na {email}, to je e-mail <p:manželky|manžela>, já ten svůj skoro nečtu.",
    "Chci změnit telefon ve smlouvě, starý byl {phone}, nový je {phone}.",
    "Zálohy {price} měsíčně budou chodit z účtu {acct}, inkaso mám v bance povolené.",
    "Tak pošlete technika na {addr_na}, na zvonku je {p.sur}.",
    "Reklamace je v systému pod číslem {ticket} a řeší ji kolega {t.full}.",
    "Smlouva je ještě na <q:tátu|mámu>, {q.full}, rodné číslo {rc}, ale <q:on|ona> už tam nebydlí.",
    "Poslali jsme vám platební odkaz {url}, tam zadáte kartu a je hotovo.",
    "Číslo karty bylo {card}, ale ta je už zablokovaná, takže z ní prosím nic nestrhávejte.",
    "Mám tady od <p:pana|paní> {p.full_gen} poznámku, že chce přeložit termín na {date}.",
    "Jo, e-mail {email_s}, tam to posílejte.",
    "Nová adresa pro fakturaci je {addr_full}, ta stará už neplatí.",
    "Můžete mi ještě říct PSČ? Jo, psč je {psc}.",
    "Přijedete na {addr_na}? Je to ten dům s novým plotem.",
    "Kartou {card} jsem <p:zaplatil|zaplatila> zálohu, ale objednávka {ticket} pořád visí jako nezaplacená.",
    "Kdyby něco, technik má číslo {phone}, jmenuje se {t.full}.",
    "Tepelné čerpadlo máme na chatě, {addr_vill}, a venkovní jednotka {?hrozně hučí|pořád namrzá}.",
    "IBAN je {iban}, napište si to prosím, ať se to zase nevrátí.",
    "Takže rodné číslo {rc@1}, opakuju, {rc@1}, sedí to?",
    "Na vjezd do areálu potřebuju SPZ vozu, co přijede. {plate}, bílá dodávka.",
    "Dobrý den, jmenuji se {p.first} a volám za <q:tátu|mámu>, {q.full_acc}, <q:on|ona> už špatně slyší.",
    "Doklad o platbě vám pošlu z {p.email}, <p:platil|platila> jsem z účtu {acct}.",
    "Jo, PSČ {psc}, a to město jsem vám už <p:říkal|říkala>.",
    "Objednávka je na firmu, IČO {ico}, a fakturu chceme na {email}.",
    "DIČ máme {dic@1}, IČO je stejné, jen bez toho CZ, {ico@1}.",
    "Byl tu technik {t.full} a nechal mi tu jen lísteček s číslem {phone}, to je jeho?",
    "Pošlete prosím technika s tou menší dodávkou, ta {plate} se nám do dvora nevejde.",
    "Za auto {plate} nám přišla pokuta za parkování, to byl určitě váš technik.",
    "Technik {t.full} jezdí se stříbrným autem {plate}, kdybyste ho <p:hledal|hledala>.",
    "Máte u nás uloženou kartu {card}, tak si to strhněte z ní.",
    "Do formuláře na vratku jsem <p:napsal|napsala> IBAN {iban}, snad je to dobře.",
    "Jsme malá firma, IČ {ico}, a potřebovali bychom servis dvou kotlů.",
    "Na faktuře chybí DIČ, správně je {dic}.",
    "Fakturační údaje, IČO {ico@1}, DIČ {dic@1}, adresa {addr_full}.",
    "Ten odkaz na zaplacení, {url}, mi píše, že vypršel.",
    "Fotky jsem <p:dal|dala> na {url}, tam to uvidíte.",
    "Vraťte to na stejný účet, ze kterého jsem <p:platil|platila>, {acct}.",
    "Smlouva je na rodné číslo {rc}, jméno {p.full}.",
    "Servis tady v okolí, psč {psc}, děláte?",
    "Na obálce je PSČ {psc}, to je správně?",
]

NEG_A = [
    "Kotel {boiler} hlásí {err}, tlak je {pressure}, tak nevím, jestli mám dopustit vodu.",
    "Technik může přijet {date} {time}, bude vám to vyhovovat?",
    "Výměna výměníku vás vyjde na {price} včetně DPH a práce.",
    "Reklamace {ticket} je uzavřená a peníze vám přijdou {dur}.",
    "Na displeji to ukazuje {temp} a v radiátorech je sotva vlažno.",
    "Zakázka číslo {ticket} je naplánovaná {day_v} {time}.",
    "Servisní prohlídka stojí {price} a dělá se jednou ročně.",
    "Výrobní číslo {serial}, je to ještě v záruce?",
    "Venku je mráz a čerpadlo {hp} jede na {pct} výkonu, je to normální?",
    "Tepelné čerpadlo má výkon {kw} a topí na {temp}.",
    "Ten kovář, co nám {?dělal zábradlí|předělával vrata|svařoval plot}, {?navrtal|ohnul|poškodil} trubku od topení.",
    "Faktura {invoice} byla splatná {date}, částka {price}.",
    "Tlak spadl na {pressure}, dopustili jsme to a zase to padá.",
    "Záruka na kotel je {?pět let|dva roky|sedm let} od instalace, pokud děláte pravidelný servis.",
    "Kotel je z roku {yearnum}, takže díly na něj už skoro nejsou.",
    "{?Přes zimu|Celou zimu} to topilo v pohodě, jen teď {?na jaře|v dubnu|poslední týden} to {?zlobí|vypadává|hlásí poruchy}.",
    "Čekací doba na technika je teď {wait}, je hlavní sezóna.",
    "Technik přijede {time}, vezměte si prosím na ten den volno.",
    "Objednávka {ticket} za {price} je zaplacená, děkujeme.",
    "Nastavte si prosím na termostatu {temp} a dejte tomu hodinu.",
    "Kód {errb} znamená {?zablokovaný plamen|nízký tlak vody|problém s čidlem}, zkuste kotel resetovat.",
    "Stav plynoměru je {meter_gas}, odečet jsem dělala {date}.",
    "Nějaká sýkora si {?udělala|postavila} hnízdo v {?komíně|odtahu spalin}, proto to asi {?špatně táhne|hlásí poruchu}.",
    "Hodina práce je za {price}, doprava je paušál {price}.",
    "Filtr se čistí jednou za půl roku, naposledy to bylo {date}.",
    "Expanzní nádoba má {?8|12|18} litrů a předtlak {pressure}.",
    "Zálohy jsou {price} měsíčně a vyúčtování bude {month_v}.",
    "Reklamaci vyřídíme {dur}, ze zákona na to máme třicet dní.",
    "Smlouva {contract} končí {date} a automaticky se prodlužuje o rok.",
    "Čerpadlo {hp} vás vyjde na {price}, s dotací zhruba o {pct} míň.",
    "Termostat ukazuje {temp}, venku je {temp_out}.",
    "Holubi nám {?zanesli|ucpali} {?odvod spalin|komínek} na střeše, {?dá se to vyčistit|kdo to má řešit}?",
    "{day_n} nám nevyhovuje, šlo by to {day_v}?",
    "Hlásí to {errb} a pak ještě {errb}, dvakrát za den.",
    "Kolik stojí výjezd? {price}, a každá započatá hodina {price}.",
    "Servis máte objednaný na {date}, den předem vám přijde SMS.",
    "Tlak je {pressure} a teplota na výstupu {temp}, to vypadá dobře.",
    "Ten starý kotel {boiler} bychom chtěli vyměnit za tepelné čerpadlo.",
    "Variabilní symbol je {vs} a platba odešla {date}.",
    "Ještě poprosím číslo reklamace. {ticket}.",
    "{?Včera|Minulý týden} nám zedník vysekal díru na kouřovod, {?nebude to vadit|musí to někdo zkontrolovat}?",
    "Elektroměr ukazuje {meter_el} ve vysokém tarifu.",
    "Kotel naskočí, ale po {minutes} vypadne a hlásí {errb}.",
    "V patře jsou studené {?dva|tři|čtyři} radiátory, dole to topí normálně.",
    "Smlouva se prodlužuje automaticky, výpovědní lhůta jsou {?tři měsíce|dva měsíce}.",
    "Cena se od {month_gen} zvedá o {pct}, dopis vám přijde poštou.",
    "Přes noc byl mráz {temp_out} a venkovní jednotka úplně zamrzla.",
    "Pojistný ventil pořád odkapává, i když tlak je jen {pressure}, je to vada?",
    "Technik tu byl {date} a vyměnil čidlo za {price}.",
    "Revize plynu se dělá jednou za {?tři roky|rok} a poslední byla {month_v} {yearnum}.",
    "Teplá voda má jen {temp}, i když je zásobník nastavený na víc.",
    "Objednávka {ticket} čeká na náhradní díl, dodání je {month_v}.",
    "Oběhové čerpadlo {?Grundfos Alpha2 25-60|Wilo Yonos PICO 25/1-6|Grundfos UPS 25-40} {?hučí|drnčí|cvaká}, hlavně v noci, když je ticho.",
    "Kolik to bude stát? Servis {price}, plus cesta {price}.",
    "Spotřeba plynu nám vzrostla o {pct} oproti loňsku a nikdo neví proč.",
    "Na termostatu svítí vybitá baterie a čas ukazuje {?00:00|12:00}, asi se to resetovalo.",
    "Reklamace {ticket} byla zamítnutá, protože chyběl servisní záznam za rok {yearnum}.",
]

# Group B -> heldout.jsonl
POS_B = [
    "Haló, dobrý den, {p.rev}, mám problém s tepelným čerpadlem, {?ukazuje|hází} {errb}.",
    "Pošlete někoho na {addr}, prosím vás, je tam hrozná zima a {model} vůbec nenaskočí.",
    "Kontakt na mě je {phone}, nejlíp přes den, večer to nezvedám.",
    "Tak si pište, {phone_d}.",
    "Pro ověření totožnosti prosím vaše rodné číslo. {rc_s}, myslím.",
    "To rodné číslo je {rc}, smlouva by měla být na mě.",
    "<p:Pan|Paní> {p.sur}? Tady servisní oddělení, technik bude u vás {date} {time}.",
    "Zapisuju, {p.full}, {addr_full}, mobil {phone}.",
    "Jde o dotaci, žádost je podaná na <p:pana|paní> {p.full_acc} a potřebujeme k ní doložit fakturu.",
    "Peníze prosím vraťte na {acct}, z toho jsme platili i zálohu.",
    "Vy máte náš účet jako {iban}? To je špatně, ten jsme už zrušili.",
    "<p:Posílal|Posílala> jsem to na váš účet ze svého, {acct_s}, a to {date}.",
    "Pro fakturu, IČO {ico}, sídlo {addr_full}.",
    "DIČ {dic@1}, IČ {ico@1}, název firmy vám pošlu mailem.",
    "Parkovat můžete u nás ve dvoře, jen mi řekněte SPZ, ať vás pustí závora. {plate}.",
    "Platbu kartou {card} mi banka zamítla, můžu to zkusit znova?",
    "Fotky toho kotle jsem <p:nahrál|nahrála> sem, {url}.",
    "Na podpis smlouvy vám přijde odkaz {url}, platí sedm dní.",
    "Budeme se stěhovat na {addr_na} a chtěli bychom tam přepsat i servisní smlouvu.",
    "Dobrý den, pane {t.sur_voc}, to jste byl u nás minulý týden, že? Kotel zase hlásí {err}.",
    "Už jsem to <p:říkal|říkala> <a:vašemu kolegovi, panu|vaší kolegyni, paní> {a.sur_dat}, a nikdo se neozval.",
    "Jméno {p.sur}, {p.spell}, křestní {p.first}.",
    "Jo, tady {p.first}, <p:syn|dcera>, <q:tatínek|maminka> {q.full} je teď v nemocnici, tak to řeším já.",
    "Máte tam na mě mail {p.email}? Jestli ne, tak si ho zapište.",
    "<p:Psal|Psala> jsem vám z adresy {email}, ale nic se nevrátilo.",
    "PSČ {psc} je na faktuře špatně, má tam být {psc}.",
    "Vyjíždíme jen do {?padesáti|třiceti} kilometrů, jaké máte PSČ? {psc}.",
    "Jo, {psc_town}, to není daleko.",
    "Technická podpora, {a.full}, dobrý den. Dobrý den, já volám ohledně čerpadla {hp}.",
    "Přepojím vás na kolegu {t.sur_acc}, on vám to vysvětlí líp.",
    "Na faktuře mám uvedenou adresu {addr}, ale ta není správná, bydlím jinde.",
    "Bydlíme v rodinném domě, {addr_town_first}.",
    "K chatě se dostanete z hlavní silnice, {addr_vill}, modrá vrata.",
    "<p:Pane|Paní> {p.sur_voc}, <a:mohl|mohla> bych poprosit ještě jednou vaše číslo účtu? {acct}.",
    "Na čerpadlo mám doklad, <q:kupoval|kupovala> to ještě <q:manžel|manželka>, {q.full}, v roce {yearnum}.",
    "Mohl by mi někdo zavolat na pevnou linku? {phone}.",
    "Ještě se zeptám, jaké máte telefonní číslo? {phone_w}.",
    "Takže {phone_intl}, dobře, mám zapsáno.",
    "Číslo karty {card}, platnost mi ještě neskončila, tak nevím, proč to neprošlo.",
    "Předáte to prosím <p:panu|paní> {p.full_dat}? <p:On|Ona> to bude podepisovat.",
    "Bez ověření vám to nemůžu říct, <a:potřeboval|potřebovala> bych rodné číslo. {rc_s}.",
    "Servisní smlouvu převádíme na nového majitele, {q.full}, DIČ {dic_rc}.",
    "Technik {t.full} dorazí {date}, a kdyby se zdržel, volejte mu na {phone}.",
    "Vedoucí servisu je <q:pan|paní> {q.sur}, ale dneska tu není, ozve se vám zítra.",
    "Sepište si ten e-mail, {p.email_sp}, jo, to je ono.",
    "Faktura přišla na jméno {q.rev}, ale ten byt jsme už prodali.",
    "Kdybyste se mi nedovolali, volejte <q:manželovi|manželce> na {phone}.",
    "Pro vrácení přeplatku potřebuji IBAN, nadiktujete mi ho? {iban}.",
    "Mám vás tady jako <p:pana|paní> {p.full}, {addr}, souhlasí to?",
    "Jo, jsem <p:ten|ta> {p.sur}, co vám <p:volal|volala> ráno kvůli tomu kapajícímu ventilu.",
    "Dobře, <p:pane|paní> {p.sur_voc}, tak já vám to pošlu na {p.email} a ozveme se.",
    "<p:Domlouval|Domlouvala> jsem to s technikem {t.full_ins}, on tady byl {date}.",
    "Tady {p.sur}, volám z firmy, potřebujeme servis kotle v provozovně {addr}, IČO {ico}.",
    "Kotelna je v suterénu, {addr_na}, klíče má <q:správce|správkyně> domu, {q.full}.",
    "Ten váš montér parkoval na mém místě, auto {plate}, tak ať si to příště pohlídá.",
    "Termín jsem si <p:rezervoval|rezervovala> přes {url}, ale teď nevím, jestli to prošlo.",
    "Na webu {url_s} jsem <p:vyplnil|vyplnila> formulář a nikdo se neozval.",
    "Počkejte, řeknu vám to písmenko po písmenku, {p.spell}, {p.sur}.",
    "A jak se jmenujete? {p.first}. A příjmení? {p.sur}.",
    "Faktury chodí na {email}, ale já už mám jiný, {email}.",
    "Děkuju, <p:pane|paní> {p.sur_voc}, a přeju hezký den.",
    "<q:Volal mi nějaký pan|Volala mi nějaká paní> {q.sur}, že prý od vás, je to pravda?",
    "Ještě účet pro inkaso, {acct}, od příštího měsíce to strhávejte odtamtud.",
    "Cestou k nám je uzavírka, adresa je {addr_st}, tak jeďte objížďkou přes most.",
    "Sídlo firmy je {addr_full}, ale kotel je v provozovně {addr}.",
    "V PSČ {psc} máte technika, nebo musím volat jinam?",
    "Odkaz na obnovu hesla mi přišel jako {url}, ale je neplatný.",
    "Dobrý den, u telefonu {a.full}, volám z technické podpory, mluvím s <p:panem|paní> {p.sur_ins}?",
    "Počkejte, zeptám se. {q.first_voc}, jaký máme ten kotel? Je to {boiler}.",
    "Účet {acct@1}, ano, {acct@1}, to si zapíšu.",
    "Číslo karty opakuju, {card@1}, jo? Jo, {card@1}.",
    "Firma je vedená na IČ {ico_s} a fakturu chceme i s DIČ.",
    "Pro kontrolu, rodné číslo {rc} a trvalé bydliště {addr}, souhlasí?",
    "Reklamujeme čerpadlo {hp}, kupující je {p.full}, telefon {phone_w}.",
    "Jo, já jsem <p:majitel|majitelka>, {p.full}, ale bydlí tam nájemník, tak volejte spíš jemu, {phone}.",
    "IBAN máte na faktuře špatně, správně je {iban}.",
    "Potřebuju fakturu přepsat na <q:bratra|sestru>, {q.full_acc}, rodné číslo vám <q:pošle|pošle> sám<q:|a>.",
    "Vozidlo technika, {plate}, stálo celé dopoledne na vjezdu, <p:nemohl|nemohla> jsem vyjet.",
    "Technik vám bude volat z čísla {phone}, přijede s autem {plate}.",
    "Jste <p:pan|paní> {p.sur}? Ano. Tak vám potvrzuju termín {date}, adresa {addr_st}.",
    "Posílejte to na {p.email_s}, to je můj soukromý.",
    "Nový e-mail do smlouvy, {email_s}.",
    "Z karty {card} mi to strhlo dvakrát, prosím o vrácení.",
    "Bydlím na sídlišti, {addr_st}, {?šesté|třetí|deváté} patro.",
    "Napište si adresu, {addr_full}.",
    "Adresa odběrného místa je {addr_town_first}, číslo měřidla máte na faktuře.",
    "Kam to máme poslat? Na {addr_na}, do schránky.",
    "Kotel je v bytě <q:po tchánovi|po tchyni>, {q.full}, tak nevím, jestli smlouva ještě platí.",
    "Tu dodávku {plate} jsme viděli u sousedů, to jste byli vy?",
    "Na recepci nahlaste SPZ {plate} a pustí vás až ke kotelně.",
    "Potřebuju potvrzení pro pojišťovnu, že auto {plate} je vaše služební.",
    "Platební karta {card}, ale kód ze zadní strany vám neřeknu.",
    "Zahraniční platba půjde přes IBAN, {iban}, BIC vám pošlu mailem.",
    "V aplikaci jsem <p:zadal|zadala> IBAN {iban} a píše to chybu.",
    "Jsme bytové družstvo, IČO {ico}, a potřebujeme revizi kotelny.",
    "DIČ {dic} prosím uveďte i na dobropisu.",
    "Kupující je firma, DIČ {dic}, a faktura má jít k rukám účetní.",
    "Na zálohové faktuře je DIČ {dic}, ale to už je staré.",
    "Smlouvu jsem <p:uzavíral|uzavírala> na rodné číslo {rc}, zkuste to podle něj.",
    "Doplňte si tam PSČ, {psc}, to chybí.",
    "Na štítku zásilky je PSČ {psc}, ale to je vedlejší obec.",
]

NEG_B = [
    "Čerpadlo {hp} má v menu chybu {errb}, co s tím mám dělat?",
    "Můžeme vám nabídnout termín {date}, technik dorazí {time}.",
    "Oprava by stála zhruba {price}, plus náhradní díl za {price}.",
    "Váš požadavek {ticket} jsme přijali a ozveme se {dur}.",
    "Radiátory jsou studené, i když kotel ukazuje {temp}.",
    "Topná sezóna začíná {month_v}, tak prohlídky děláme radši teď.",
    "Prohlídka plynového kotle se podle vyhlášky dělá jednou za rok a stojí {price}.",
    "Sériové číslo je na štítku vpravo dole, {serial}.",
    "Když je venku {temp_out}, čerpadlo {hp} už moc nestíhá.",
    "Kotel má {kw}, na dům o {area} metrech čtverečních by to mělo stačit.",
    "Už měsíc je zima a kotel jede naplno, spotřeba vzrostla asi o {pct}.",
    "Faktura {invoice} má splatnost čtrnáct dní, tedy do {date}.",
    "Manometr ukazuje {pressure}, je to moc nebo málo?",
    "Prodloužená záruka {?na sedm let|na deset let} platí jen při servisu každý rok.",
    "Výměník je původní z roku {yearnum}, to už chce vyměnit.",
    "Asi nám liška {?prokousala|překousla} kabel od venkovní jednotky, {?jde to vůbec opravit|platí na to záruka}?",
    "V sezóně se na technika čeká i {wait}, mimo sezónu je to rychlejší.",
    "Buďte prosím doma {time}, technik před příjezdem zavolá.",
    "Ne, zaplaceno to máme, {price} převodem, odešlo to {date}.",
    "Ekvitermní křivku nastavte na {?1,2|1,4|0,8} a posun na plus dva.",
    "Kód {errb} je porucha ventilátoru, bez technika to nespravíte.",
    "Odečítali jsme {date}, plynoměr ukazoval {meter_gas}.",
    "{?Černý|Hnědý} kabel jde do svorky L, modrý do N a žlutozelený je zem, {?jinak to nepojede|tak to zapojte}.",
    "Montáž je za {price}, doprava zdarma do {km} kilometrů.",
    "Dneska je {day_n}, takže to stihneme nejdřív {day_v}.",
    "Doporučený tlak v systému je {pressure} za studena.",
    "Zálohová faktura {invoice} je na {pct} z celkové ceny.",
    "Zásobník na teplou vodu má {liters} litrů a ohřev trvá asi hodinu.",
    "Vadu musíte reklamovat bez zbytečného odkladu, {?nejpozději do dvou let|nejpozději do dvaceti čtyř měsíců} od převzetí.",
    "Číslo objednávky je {ticket}, prosím uvádějte ho ve všech e-mailech.",
    "Teplota vratky je {temp} a výstup {temp}, rozdíl je malý.",
    "Z komína vyletěla vrána, když tam kominík čistil, tak se lekl a {?upustil kartáč|málem spadl}.",
    "Pondělí až pátek máme otevřeno od {?sedmi|osmi} do {?půl čtvrté|čtyř|pěti}, v sobotu jen pohotovost.",
    "Hlásí {errb}, po resetu naběhne a za {?hodinu|chvíli|den} zase spadne.",
    "Náhradní díl bude skladem až {month_v}, dřív to nepůjde.",
    "Kominík tu byl {date} a zprávu o revizi mám.",
    "Poslední servis byl {month_v} {yearnum}, od té doby nic.",
    "Smlouvu {contract} vypovídáme k {date}, výpovědní lhůta jsou tři měsíce.",
    "Topný faktor je kolem {cop} a výkon {kw}, to odpovídá.",
    "Stará cena byla {price}, od {month_gen} to bude {price}.",
    "Doplatek {price} uhraďte s variabilním symbolem {vs}.",
    "Kuchař z té restaurace {?dole|v přízemí} říkal, že v kuchyni netopí ani jeden radiátor.",
    "Kotel {?cvaká|bouchá} a hučí, hlavně ráno kolem {?šesté|páté}, jinak jede normálně.",
    "Objednali jsme {?dva|tři} termostaty a přišel jen jeden, objednávka {ticket}.",
    "Kolik stojí revize komína? Kolem {price}, záleží na počtu spotřebičů.",
    "Vytápíme asi {area} metrů čtverečních a izolace je nová.",
    "To čerpadlo je prý král úspornosti, ale za {price} je to na nás moc drahé.",
    "Technik dorazí {day_v} {time}, oprava potrvá asi {?dvě hodiny|hodinu|půl dne}.",
    "Venkovní jednotka {hp} se odmrazuje každých {?čtyřicet minut|půl hodiny}, je to normální?",
    "Vyúčtování za rok {yearnum} vyšlo na doplatek {price}.",
    "Objednávka {ticket} obsahuje {?dvě|tři|čtyři} termostatické hlavice a jeden ventil.",
    "Na displeji kotle {boiler} bliká {errb} a tlak ukazuje {pressure}.",
    "Po výměně čidla za {price} to jede, ale teplota kolísá mezi {temp} a {temp}.",
    "Druhý technik přijede {date}, protože díl dorazí až {day_v}.",
    "Garance ceny platí do konce roku, pak se to zvedá o {pct}.",
    "Ve stejném domě jsme už měli tři opravy, poslední byla {month_v}.",
    "Ten starý zásobník má {liters} litrů a je z roku {yearnum}.",
]


def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    # disjointness of template groups
    assert not set(POS_A) & set(POS_B) and not set(NEG_A) & set(NEG_B)
    splits = [("dev", 20240611, POS_A, NEG_A), ("heldout", 20240917, POS_B, NEG_B)]
    for name, seed, pos, neg in splits:
        recs, counts = build_split(name, seed, pos, neg)
        path = OUT_DIR / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n_neg = sum(1 for r in recs if not r["pii"])
        print(
            f"{name}: {len(recs)} snippets ({len(recs) - n_neg} positive, {n_neg} negative), "
            f"{len(pos)} positive + {len(neg)} negative templates -> {path.relative_to(ROOT)}"
        )
        for t in TYPES:
            print(f"  {t:13s} {counts[t]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
