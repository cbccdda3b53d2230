"""The second line of defence: what still looks personal in ANONYMIZED text.

Deliberately built on different logic from the detector (`pii/`): no name lists, no checksums,
no grammar of addresses, just coarse shapes that personal data has and analysts' text rarely
needs. Whatever the detector missed in a way these shapes see, this catches; a recording with
any residue is quarantined (never published) until a reviewer releases or re-anonymizes it.

Kinds (counts only ever leave this module, never the text):
- DIGITS: five or more digits in one run ("777 123 456", "12345/0800"), unless the words
  right before or after say what it is (order, invoice, serial, model; a price, a unit, a date).
- SPOKEN_DIGITS: six or more number words in a row ("sedm sedm sedm jedna dva tři").
- AT: an "@" that is not a placeholder, or the word "zavináč".
- WEB: "www", "http", or a dotted name ending in a country or common web domain.
- ADDRESS: an address word (ulice, náměstí, číslo popisné, PSČ, bydlím) right before a number.
- NAME: a capitalized word with a Czech surname ending (-ová, -ský, -cká...) that is not an
  ordinary word, or a capitalized word right after pan/paní.
"""

from __future__ import annotations

import re
from collections import Counter

from spinoco_assets.privacy.pii.names import FOLD, vocabulary

_PLACEHOLDER = re.compile(r"@[A-Z_]+_\d{3}")
_DIGIT_RUN = re.compile(r"(?<![\w@§])\d(?:[ ./-]?\d){4,}(?!\w)")
# What an analyst's number is: the nearest cue before it says so ...
_ANALYST_CUE = re.compile(
    r"objedn|zak[aá]zk|faktur|reklamac|variabiln|symbol|s[eé]riov|v[yý]robn|model|typ\b|"
    r"k[oó]d|chyb|tiket|ticket|po[zž]adav|smlouv|z[aá]silk|[cč]erpadl|kotl|kotel|verz|stav|"
    r"ode[cč]et|ukazuje|po[cč]et|provoz|start|m[eě][rř]i[cč]|elektrom[eě]r|plynom[eě]r|"
    r"vodom[eě]r|vaillant|protherm|buderus|viessmann|baxi|thermona|junkers|bosch|ariston"
)
_PERSONAL_CUE = re.compile(
    r"telefon|mobil|volej|zavolej|[cč][ií]slo na|[uú][cč]et|[uú][cč]tu|rodn|i[cč]o|di[cč]|"
    r"kart|ps[cč]|bydl|adres|narozen|ob[cč]ansk"
)
# ... or after it (a price, a unit), or its shape (a date, a time).
_ALLOWED_AFTER = re.compile(
    r"^(?:,-)? ?(?:k[cč]|korun|eur|kwh|kilowat|m3|kub[ií]k|metr|bar|%|procent|stup[nň]|°|litr|let|"
    r"minut|hodin|dn[ií]|dn[uů]|kus|ks)"
)
_CODE_BEFORE = re.compile(r"[a-z]-?$|[a-z]-\d+-$")  # "FV-2025-63872", "OBJ-2024-01587"
_DATE = re.compile(r"^\d{1,2}\. ?\d{1,2}\. ?\d{2,4}$|^\d{1,2}:\d{2}")
_NUMBER_WORDS = frozenset(
    [
        "nula",
        "jedna",
        "jeden",
        "jedno",
        "dva",
        "dvě",
        "dve",
        "tři",
        "tri",
        "čtyři",
        "ctyri",
        "pět",
        "pet",
        "šest",
        "sest",
        "sedm",
        "osm",
        "devět",
        "devet",
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
        "dvacet",
        "třicet",
        "čtyřicet",
        "padesát",
        "šedesát",
        "sedmdesát",
        "osmdesát",
        "devadesát",
        "sto",
        "set",
        "sta",
    ]
)
_AT = re.compile(r"@|zavin[aá][cč]")
_WEB = re.compile(r"www|https?:|\w\.(?:cz|sk|com|eu|net|org)\b|t[eé][cč]ka (?:cz|com|c[eé] ?zet)")
_ADDRESS = re.compile(
    r"(?:ulic[ei]|n[aá]m[eě]st[ií]|[cč][ií]slo popisn[eé]|[cč]\. ?p\.|ps[cč]|bydl[ií]m (?:na|v))"
    r"[^\d@]{0,25}\d"
)
_SURNAME = re.compile(
    r"(?<![\w@])[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+"
    r"(?:ová|ové|ovou|ský|ská|ského|cký|cká|ckého)(?!\w)"
)
_TITLE_NAME = re.compile(r"\b(?:pan|pane|panu|paní|pani|slečno|slečna)\s+([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w+)")


def residue(text: str) -> Counter[str]:
    """Counts by kind of what still looks personal in an anonymized text."""
    found: Counter[str] = Counter()
    text = _PLACEHOLDER.sub("§", text)  # what was replaced is not residue
    lower = text.lower()
    for m in _DIGIT_RUN.finditer(text):
        if _DATE.match(m.group()) or _CODE_BEFORE.search(lower, max(0, m.start() - 6), m.start()):
            continue
        before, after = lower[max(0, m.start() - 40) : m.start()], lower[m.end() : m.end() + 12]
        if _ALLOWED_AFTER.match(after):
            continue
        analyst = [c.end() for c in _ANALYST_CUE.finditer(before)]
        personal = [c.end() for c in _PERSONAL_CUE.finditer(before)]
        if analyst and (not personal or analyst[-1] > personal[-1]):
            continue
        found["DIGITS"] += 1
    run = 0
    for word in re.findall(r"\w+", lower):
        run = run + 1 if word in _NUMBER_WORDS else 0
        if run == 6:
            found["SPOKEN_DIGITS"] += 1
    found["AT"] += len(_AT.findall(lower))
    found["WEB"] += len(_WEB.findall(lower))
    found["ADDRESS"] += len(_ADDRESS.findall(lower))
    ordinary = vocabulary()  # folded
    for m in _SURNAME.finditer(text):
        sentence_start = not text[: m.start()].rstrip() or text[: m.start()].rstrip()[-1] in ".!?"
        if not sentence_start and m.group().lower().translate(FOLD) not in ordinary:
            found["NAME"] += 1
    found["NAME"] += len(_TITLE_NAME.findall(text))  # after a title: a name, whatever it is
    return +found  # drop zero counts
