"""Czech first names and surnames with their case forms, and the context rules that use them.

Czech declines names ("pan Novák", "panu Novákovi", "paní Nováková", "s paní Novákovou"), so
each lemma from the data files is expanded into its forms once, when the detector is built.
The forms over-generate a little (both hard and soft endings); that costs nothing because a
lookup only happens for words that are in the text. Placeholder identity uses the folded lemma,
so "Novákovi" and "Novák" share a placeholder; the feminine "Nováková" is its own lemma.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

FOLD = str.maketrans("áčďéěíňóřšťúůýž", "acdeeinorstuuyz")
_FOLD_PAIRS = tuple(zip("áčďéěíňóřšťúůýž", "acdeeinorstuuyz", strict=True))


def fold_accents(text: str) -> str:
    """`text.translate(FOLD)`, but fast on long text: `translate` looks every non-ASCII
    character up in a dict (60 ns each, 120 us for a 2 KB transcript), 15 `replace` calls run
    in C (~0.7 us whatever the length); a short word is quicker translated."""
    if text.isascii():
        return text
    if len(text) < 12:
        return text.translate(FOLD)
    for accented, plain in _FOLD_PAIRS:
        text = text.replace(accented, plain)
    return text


TITLES = frozenset(
    [
        "pan",
        "pana",
        "panu",
        "pane",
        "panem",
        "paní",
        "pani",
        "slečna",
        "slečny",
        "slečně",
        "slečnu",
        "slečno",
        "slečnou",
        "inženýr",
        "inženýra",
        "inženýre",
        "inženýrovi",
        "inženýrem",
        "inženýrka",
        "ing",
        "doktor",
        "doktora",
        "doktore",
        "doktorovi",
        "doktorem",
        "doktorka",
        "mudr",
        "judr",
        "mgr",
        "bc",
        "kolega",
        "kolegu",
        "kolegovi",
        "kolegou",
        "kolegyně",
        "kolegyni",
        "kolegyní",
    ]
    # Academic titles as ASR writes them ("MVDr.", "phdr."), and Slovak forms of address
    # ("volám za pána X", "s kolegom X").
    + ["mvdr", "rndr", "phdr", "paeddr", "doc", "prof"]
    + ["pán", "pána", "pánovi", "pánom", "kolegom", "kolegyňou"]
)
# Words after which the next word is introduced as a name: "jmenuju se X", "tady X".
INTRO_SE = frozenset({"jmenuji", "jmenuju", "jmenuje", "jmenujete", "jmenoval", "jmenovala"})
INTRO_SE |= {"volám", "volam", "menujem"}  # Slovak: "volám sa X"
INTRO = frozenset({"jméno", "jménem", "příjmení", "tady", "telefonu", "volá", "pozdravem"})
# Where a name is read out: "na zvonku je Černá", "na schránce Holub".
INTRO |= {"zvonku", "zvonek", "schránce", "schránku", "dveřích"}
# People named by their role ("soused Kříž", "zákaznice Dvorská Agáta"): a name after one of
# these needs no other context, an unknown word after one counts if capitalized or shaped
# like a surname. Only roles people are called by, in their case forms.
_ROLE_STEMS = {
    "soused": ("", "a", "ovi", "em", "e", "ka", "ky", "ce", "ku", "kou"),
    "zákazník": ("", "a", "ovi", "em", "u"),
    "zákaznic": ("e", "i", "í"),
    "majitel": ("", "e", "i", "em", "ka", "ky", "ce", "ku", "kou"),
    "manžel": ("", "a", "ovi", "em", "e", "ka", "ky", "ce", "ku", "kou"),
    "technik": ("", "a", "ovi", "em", "u"),
    "opravář": ("", "e", "i", "em"),
    "jednatel": ("", "e", "i", "em", "ka", "ky", "ce", "ku", "kou"),
    "předsed": ("a", "y", "ovi", "ou", "u", "kyně", "kyni", "kyní"),
    "správc": ("e", "i", "em", "ová"),
    "nájemník": ("", "a", "ovi", "em"),
    "nájemnic": ("e", "i", "í"),
}
ROLES = frozenset(stem + end for stem, ends in _ROLE_STEMS.items() for end in ends)
# Generated forms that are everyday words ("Víte" is the vocative of Vít; "kratochvíli" is
# "pastime"), found by checking the forms against a Czech spelling dictionary.
NOT_NAMES = frozenset(
    {"víte", "daně", "danou", "danila", "danili", "radce", "emu", "věru", "kosa", "kose"}
    | {"kratochvíle", "kratochvíli", "martini", "přemysli"}
)
ROLE = re.compile(
    r"^(?:technik|ředitel|majitel|doktor|inženýr|koleg|soused|opravář|instalatér|vedouc|mistr|"
    r"správc|dispečer|operátor|obchodník|zákazn|prodav|předsed|jednatel|servis|účetn|manžel|"
    r"syn|dcer|tchán|tchyn|otec|otc|matk|bratr|sestr)"
)
UNKNOWN_SURNAME = re.compile(
    r"(?:ová|ové|ovou|ovi|ský|ská|ského|ské|skou|cký|cká|ckého|ckou|ova|ove|sky|ska|cky|cka)$"
)

# Adjectives said right after a first name that are no surname ("Jana ráda", "Petr sám").
_PREDICATIVE = frozenset(
    {"rad", "rada", "sam", "sama", "samo", "cely", "cela", "hotovy", "hotova", "nemocny"}
    | {"nemocna", "spokojeny", "spokojena", "jiny", "jina", "dalsi", "stejny", "stejna"}
)
_ADJ_ENDS = ("ého", "ému", "ým", "ý", "á")
_ADJ_ENDS_FOLDED = ("eho", "emu", "ym", "y", "a")


def adjective_surname(word: str, common: frozenset[str]) -> bool:
    """Whether `word` is shaped as an adjective surname in a case form ("Smutný", "Modrá",
    "mladého"): a known adjective's ending. Without diacritics "-la"/"-ly"/"-li" read as past
    tense ("mela" = "měla"), so those stay out."""
    folded = word.translate(FOLD)
    if folded in _PREDICATIVE:
        return False
    if folded == word:
        if folded.endswith(("la", "ly", "li")):
            return False
        ends = _ADJ_ENDS_FOLDED
    else:
        ends = _ADJ_ENDS
    for end in ends:
        if word.endswith(end):
            return folded[: -len(end)] + "y" in common
    return False


_PALATAL = {"k": "c", "g": "z", "h": "z", "r": "ř"}


def _drop_e(lemma: str) -> str:
    """Stem with the mobile e dropped: Hájek -> Hájk, Vaněk -> Vaňk, Karel -> Karl."""
    stem = lemma[:-2] + lemma[-1]
    if lemma[-2] == "ě" and lemma[-3] in "ndt":
        stem = lemma[:-3] + {"n": "ň", "d": "ď", "t": "ť"}[lemma[-3]] + lemma[-1]
    return stem


def _consonant_stems(lemma: str) -> set[str]:
    stems = {lemma}
    if lemma.endswith(("ek", "ěk", "el", "ec")):
        stems.add(_drop_e(lemma))
    return stems


def _masculine_forms(lemma: str) -> set[str]:
    """Case forms of a masculine first name or noun-like surname (hard and soft endings)."""
    if lemma.endswith(("í", "ý")):  # Jiří, Krejčí; Novotný
        stem = lemma[:-1]
        if lemma.endswith("ý"):
            return {lemma, stem + "ého", stem + "ému", stem + "ém", stem + "ým", stem + "í"}
        return {lemma, lemma + "ho", lemma + "mu", lemma + "m"}
    if lemma.endswith("a"):  # Procházka, Honza
        stem = lemma[:-1]
        return {lemma, stem + "y", stem + "ovi", stem + "o", stem + "u", stem + "ou"}
    if lemma.endswith("o"):  # Ivo
        stem = lemma[:-1]
        return {lemma, stem + "a", stem + "ovi", stem + "em", stem + "u"}
    if lemma.endswith("é"):  # René
        return {lemma}
    forms = {lemma}
    for stem in _consonant_stems(lemma):
        forms.update(stem + end for end in ("a", "ovi", "e", "u", "em", "ové", "i"))
        if stem.endswith("r") and stem[-2] not in "aeiouyáéíóúůý":
            forms.add(stem[:-1] + "ře")  # Petr -> Petře
    return forms


def _feminine_surname(lemma: str) -> tuple[str, set[str]]:
    """Feminine lemma and its forms: Novák -> Nováková, Novotný -> Novotná, Krejčí -> Krejčí."""
    if lemma.endswith("ý"):
        fem = lemma[:-1] + "á"
        return fem, {fem, fem[:-1] + "é", fem[:-1] + "ou"}
    if lemma.endswith("í"):
        return lemma, {lemma}
    stems = {lemma[:-1]} if lemma.endswith("a") else _consonant_stems(lemma)
    fem = sorted(stems, key=len)[0] + "ová"
    forms: set[str] = set()
    for stem in stems:
        forms.update({stem + "ová", stem + "ové", stem + "ovou"})
    return fem, forms


def _feminine_first(lemma: str) -> set[str]:
    if lemma.endswith("ie") or lemma.endswith("e"):  # Marie, Libuše
        return {lemma, lemma[:-1] + "i", lemma[:-1] + "í"}
    if not lemma.endswith("a"):  # Dagmar, Nikol
        return {lemma}
    stem = lemma[:-1]
    forms = {lemma, stem + "y", stem + "u", stem + "o", stem + "ou"}
    if stem.endswith("ch"):
        forms.add(stem[:-2] + "še")
    elif stem[-1] in _PALATAL:
        forms.add(stem[:-1] + _PALATAL[stem[-1]] + "e")
    elif stem[-1] in "bpvmfdtn":
        forms.add(stem + "ě")
    elif stem[-1] in "ňšžčřcjťď":
        forms.update({stem + "i", stem + "e"})
    else:
        forms.add(stem + "e")
    return forms


def _read(name: str) -> list[tuple[str, bool]]:
    """Lemmas of a data file, with the "common word" flag."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append((line.lstrip("*"), line.startswith("*")))
    return out


def read_words(name: str) -> frozenset[str]:
    return frozenset(word for word, _ in _read(name))


@cache
def vocabulary() -> frozenset[str]:
    """Frequent Czech words, folded (vocabulary.txt): a name that is one needs context."""
    return frozenset(w.translate(FOLD) for w in read_words("vocabulary.txt"))


def name_lexicon() -> dict[str, tuple]:
    """form -> ("F" first name | "Z" surname, folded lemma, needs-context flag);
    titles -> ("T",); roles -> ("R",); intro words -> ("C",)."""
    forms: dict[str, tuple] = {}
    ranks: dict[str, tuple[bool, bool]] = {}

    def add(kind: str, lemma: str, ambiguous: bool, words: set[str]) -> None:
        key = lemma.translate(FOLD)
        for form in words:
            # A form that is itself a lemma keeps it (Jana, not genitive of Jan); then an
            # unambiguous reading beats a common-word one; then the first one stays.
            rank = (form == lemma, not ambiguous)
            if form not in NOT_NAMES and (form not in ranks or rank > ranks[form]):
                forms[form] = (kind, key, ambiguous)
                ranks[form] = rank

    for lemma, amb in _read("male_first_names.txt"):
        add("F", lemma, amb, _masculine_forms(lemma))
    for lemma, amb in _read("female_first_names.txt"):
        add("F", lemma, amb, _feminine_first(lemma))
    for lemma, amb in _read("surnames.txt"):
        add("Z", lemma, amb, _masculine_forms(lemma))
        fem, fem_forms = _feminine_surname(lemma)
        add("Z", fem, amb, fem_forms)
    # ASR often drops diacritics ("Stepankova", "Konecny"): every form also folded, needing
    # context when the folded form is an everyday word ("dana" = given).
    common = vocabulary()
    for form, entry in list(forms.items()):
        folded = form.translate(FOLD)
        if folded != form and folded not in forms:
            forms[folded] = (entry[0], entry[1], entry[2] or folded in common)
    for word in ROLES:
        forms[word] = forms[word.translate(FOLD)] = ("R",)
    for word in TITLES:
        forms[word] = ("T",)
    for word in INTRO | INTRO_SE:
        forms[word] = ("C",)
    return forms


def unknown_key(word: str) -> str:
    """Lemma guess for a name not in the lists: feminine case endings back to -ová."""
    folded = word.translate(FOLD)
    for end in ("ove", "ovou"):
        if folded.endswith(end):
            return folded[: -len(end)] + "ova"
    return folded
