"""Czech spoken numbers, spelled letters and dictated symbols.

ASR writes "sedm set dvacet tři", "jé a en zavináč example tečka cz" or "jedna a bé dva tři čtyři
pět". The detectors only understand digits, letters and symbols, so every run of such words is
rendered into its written form ("723", "jan@example.cz", "1ab2345") before the regexes run.

Lexicon entries are tuples whose first item is the kind:
  ("N", value, top, low)  a number word filling decimal slots top..low (3 hundreds, 2 tens, 1 units)
  ("M",)                  "sta/set/stě": multiplies the unit before it by 100
  ("K", factor)           "tisíc", "milion": multiplies the number before it
  ("D",)                  a written single digit (longer numbers need no rendering)
  ("L", ch)               a letter name ("bé") or a single letter that is no Czech word
  ("B", ch)               "té": a letter only next to another spelled letter or digit
  ("B", ch, "bare")       "ce", "ha": the same, but next to a written digit it is no letter
  ("S", sym)              a dictated symbol ("zavináč" -> "@")
  ("P", "+")              "plus": a symbol only before a number
One-letter Czech words (a, i, k, s, v, z...) are no entries: the view bridges them into a
letter only between spelled letters ("jedna a bé").
"""

from __future__ import annotations

UNITS = {
    "nula": 0, "jedna": 1, "jeden": 1, "jedno": 1, "dva": 2, "dvě": 2, "tři": 3, "čtyři": 4,
    "pět": 5, "šest": 6, "sedm": 7, "osm": 8, "devět": 9,
}  # fmt: skip
TEENS = {
    "deset": 10, "jedenáct": 11, "dvanáct": 12, "třináct": 13, "čtrnáct": 14, "patnáct": 15,
    "šestnáct": 16, "sedmnáct": 17, "osmnáct": 18, "devatenáct": 19,
}  # fmt: skip
TENS = {
    "dvacet": 20, "třicet": 30, "čtyřicet": 40, "padesát": 50, "šedesát": 60, "sedmdesát": 70,
    "osmdesát": 80, "devadesát": 90,
}  # fmt: skip
HUNDREDS = {
    "sto": 100, "dvěstě": 200, "třista": 300, "čtyřista": 400, "pětset": 500, "šestset": 600,
    "sedmset": 700, "osmset": 800, "devětset": 900,
}  # fmt: skip
# "jednadvacet" = 21: the unit stem, "a", the tens word.
_INVERTED_STEMS = {
    "jedn": 1, "dva": 2, "tři": 3, "čtyři": 4, "pět": 5, "šest": 6, "sedm": 7, "osm": 8, "devět": 9
}  # fmt: skip
MULTIPLIERS = ("sta", "set", "stě")
THOUSANDS = {
    "tisíc": 1000, "tisíce": 1000, "milion": 10**6, "milión": 10**6, "miliony": 10**6,
    "milionů": 10**6,
}  # fmt: skip

LETTER_NAMES = {
    "á": "a", "bé": "b", "cé": "c", "čé": "č", "dé": "d", "ďé": "ď", "é": "e", "ef": "f",
    "gé": "g", "há": "h", "chá": "ch", "í": "i", "jé": "j", "ká": "k", "el": "l", "em": "m",
    "en": "n", "ó": "o", "pé": "p", "kvé": "q", "er": "r", "eř": "ř", "es": "s", "eš": "š",
    "ú": "u", "vé": "v", "iks": "x", "ypsilon": "y", "zet": "z", "žet": "ž", "dáblvé": "w",
}  # fmt: skip
# One-letter Czech words (prepositions, conjunctions): letters only between spelled letters.
AMBIGUOUS_LETTERS = "aikosuvz"
SYMBOLS = {
    "zavináč": "@", "zavinač": "@", "zavinac": "@", "zavináčem": "@", "zavinačem": "@",
    "tečka": ".", "tecka": ".", "pomlčka": "-", "pomlcka": "-", "spojovník": "-",
    "podtržítko": "_", "podtrzitko": "_", "lomeno": "/", "lomítko": "/", "lomitko": "/",
    "slash": "/", "dvojtečka": ":",
    # Pet names for "@", ".", "-" and "_" callers use when dictating an address.
    "zavináček": "@", "šnek": "@", "šneček": "@", "šnekem": "@", "tečička": ".",
    "čárečka": "-", "podtržník": "_", "podtržníkem": "_",
}  # fmt: skip

_BARE_LETTER_NAMES = ("be", "ce", "de", "ge", "ha", "ka", "pe", "te")
# Folded spellings that are Czech words themselves would stay out here. "pet" (a PET
# bottle) is in: ASR drops the háček of "pět" in dictated numbers, and a lone number word
# never renders as a digit anyway (view.py), only a run of them. So is "ste" (colloquial
# "jste"): a multiplier renders only right after a unit ("dve ste" = 200, view.py).
_NO_FOLDED: frozenset[str] = frozenset()
_FOLD = str.maketrans("áčďéěíňóřšťúůýž", "acdeeinorstuuyz")


def _number_words() -> dict[str, tuple]:
    out: dict[str, tuple] = {}
    for word, v in UNITS.items():
        out[word] = ("N", v, 1, 1)
    for word, v in TEENS.items():
        out[word] = ("N", v, 2, 1)
    for word, v in TENS.items():
        out[word] = ("N", v, 2, 2)
        for uword, u in UNITS.items():
            if u:
                out[word + uword] = ("N", v + u, 2, 1)  # "dvacetjedna"
        for stem, u in _INVERTED_STEMS.items():
            out[stem + "a" + word] = ("N", v + u, 2, 1)  # "jednadvacet"
    tails = {w: e for w, e in out.items() if e[3] < 3}
    for word, v in HUNDREDS.items():
        out[word] = ("N", v, 3, 3)
        if word != "sto":
            for tail, e in tails.items():
                out[word + tail] = ("N", v + e[1], 3, e[3])  # "šestsetčtyři"
    for word in MULTIPLIERS:
        out[word] = ("M",)
    for word, factor in THOUSANDS.items():
        out[word] = ("K", factor)
    return out


def spoken_lexicon() -> dict[str, tuple]:
    """All words that stand for digits, letters or symbols, lowercase, with folded variants."""
    out = _number_words()
    for word, ch in LETTER_NAMES.items():
        out[word] = ("L", ch)
    for ch in "bcdefghjlmnpqrtwxy":
        out[ch] = ("L", ch)
    out["té"] = ("B", "t")
    # Letter names without their accent ("osm u ha", "dva e de"): two letters, so the folding
    # below skips them; they count only next to a spelled letter or digit, as "té" does.
    # "je" and "ve" are everyday words that stand before numbers, so they stay out.
    out.update({name: ("B", name[0], "bare") for name in _BARE_LETTER_NAMES})
    for digit in "0123456789":  # lone written digits join spelled runs: "1 A B 2 3 4 5"
        out[digit] = ("D",)
    out.update({w: ("S", s) for w, s in SYMBOLS.items()})
    out["plus"] = ("P", "+")
    for word, entry in list(out.items()):
        folded = word.translate(_FOLD)
        if len(word) > 2 and folded not in out and folded not in _NO_FOLDED:
            out[folded] = entry
    return out


def _number_chunk(num: list) -> tuple[int, int, str, str]:
    value, top, _low, big, start, end = num
    return start, end, str(value) if big else str(value).zfill(top), "D"


def render_run(tokens: list[tuple]) -> list[tuple[int, int, str, str]]:
    """Render one run of spoken tokens (start, end, word, entry, ...) into written chunks.

    Returns chunks (start, end, text, kind): kind "D" spoken digits, "W" written digits,
    "L" letter, "S" symbol, "P" plus.
    Number words combine by decimal slots: a word joins the current number only if it fills
    slots below the lowest one already filled, so "sedm set dvacet tři sto dvacet" is 723 120
    while "sedm sedm sedm" is three digits. Digit counts are kept ("nula devět" is "09").
    """
    chunks: list[tuple[int, int, str, str]] = []
    num: list | None = None  # open number: value, top slot, lowest slot, scaled, start, end
    i, count = 0, len(tokens)
    while i < count:
        tok = tokens[i]
        entry = tok[3]
        kind = entry[0]
        if kind == "N":
            _, v, t, lo = entry
            end = tok[1]
            if t == 1 and i + 1 < count and tokens[i + 1][3][0] == "M":  # "pět set"
                v, t, lo, end = v * 100, 3, 3, tokens[i + 1][1]
                i += 1
            zero = v == 0 and t == 1  # "nula" always stands alone
            if num is not None and t < num[2] and not zero:
                num[0] += v
                num[2] = lo
                num[5] = end
            else:
                if num is not None:
                    chunks.append(_number_chunk(num))
                num = [v, t, lo, False, tok[0], end]
                if zero:
                    chunks.append(_number_chunk(num))
                    num = None
        elif kind == "K":  # "dva tisíce pět set"
            factor = entry[1]
            if num is not None and not num[3]:
                num[0] *= factor
            else:
                if num is not None:
                    chunks.append(_number_chunk(num))
                num = [factor, 0, 0, True, tok[0], tok[1]]
            num[2], num[3], num[5] = (4 if factor == 1000 else 7), True, tok[1]
        else:
            if num is not None:
                chunks.append(_number_chunk(num))
                num = None
            if kind == "D":
                chunks.append((tok[0], tok[1], tok[2], "W"))
            elif kind == "L" or kind == "B":
                chunks.append((tok[0], tok[1], entry[1], "L"))
            else:  # "S" and "P"; the view drops a "plus" before no number
                chunks.append((tok[0], tok[1], entry[1], kind))
        i += 1
    if num is not None:
        chunks.append(_number_chunk(num))
    return chunks


def join_chunks(chunks: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str]]:
    """Interleave rendered chunks with glue: none around symbols, after "+" or between single
    characters (spelled digits and letters); the original gap next to written digits ("45, 602");
    else one space."""
    out: list[tuple[int, int, str]] = []
    prev = None
    for chunk in chunks:
        if prev is not None:
            if (
                prev[3] in "SP"
                or chunk[3] == "S"
                or (  # two single digits or letters, spelled
                    prev[3] in "LDW" and chunk[3] in "LDW" and len(prev[2]) == len(chunk[2]) == 1
                )
            ):
                glue = ""
            elif "W" in (prev[3], chunk[3]):
                glue = text[prev[1] : chunk[0]]
            else:
                glue = " "
            out.append((prev[1], chunk[0], glue))
        out.append((chunk[0], chunk[1], chunk[2]))
        prev = chunk
    return out
