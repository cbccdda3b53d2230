"""Czech first names and surnames in any case form ("paní Nováková", "panu Novákovi").

Each name word is its own finding, keyed by its lemma, so "Jan Novák" and later "pan Novák"
share the surname's placeholder. A name that is also an everyday word (Svoboda, Černý, Veselá)
counts only after a title (pan, paní...), an intro ("jmenuju se", "tady"), next to another
name, or capitalized mid-sentence. An unknown word after a title counts if capitalized or
shaped like a surname ("paní Zelenková").
"""

from __future__ import annotations

import re
from itertools import compress, count
from operator import itemgetter

from .address import STREET_KEYWORD
from .base import Candidate, CzechDetector, filth_class
from .names import (
    FOLD,
    INTRO,
    INTRO_SE,
    ROLE,
    ROLES,
    TITLES,
    UNKNOWN_SURNAME,
    adjective_surname,
    unknown_key,
    vocabulary,
)
from .places import fold
from .view import View

# Three or more single letters with separators ("N O V Á K", "p-o-s-p-í-š-i-l", "S, A, M"):
# somebody spelling a name. Spelled e-mails are claimed first by the e-mail detector.
# A letter's diacritic may be said after it: "e s háčkem", "á s čárkou", "u s kroužkem".
_MARK = (
    r"(?: (?:s )?(?:h[aá][cč](?:ek|kem)|[cč][aá]rk(?:a|ou)|krou[zž](?:ek|kem)|dlouh[eéý]|"
    r"m[eě]kk[eéý]|tvrd[eéý]))"
)
_SPELLED = re.compile(
    rf"(?<![\w-])(?:[^\W\d_]{_MARK}?(?:, ?|-| |\. ?)){{2,}}[^\W\d_]{_MARK}?(?![\w-])"
)
# The marks alone, for the key: "s" before an instrumental ("e s háčkem") is "with", before a
# nominative ("e s háček") it is the letter s with its háček.
_MARKS = re.compile(
    r" (?:s (?=h[aá][cč]kem|[cč][aá]rkou|krou[zž]kem))?(?:h[aá][cč](?:ek|kem)|[cč][aá]rk(?:a|ou)|"
    r"krou[zž](?:ek|kem)|dlouh[eéý]|m[eě]kk[eéý]|tvrd[eéý])"
)
_SINGLE_WORDS = frozenset("aikosuvz")  # Czech one-letter words
_NAME_KINDS = frozenset("FZTR")  # first name, surname, title, role: the hits this reads
HONORIFICS = frozenset(t for t in TITLES if t.startswith(("pan", "slečn")))
_MAX_CHAIN = 2  # unknown capitalized words that may follow a name: "Pan Dang Van Khoa"


# Endings of a surname said before a first name ("Zíková Pavlína"): UNKNOWN_SURNAME's, but
# not "-ovi" (a dative of anything) nor "-ove" (a plural).
_SURNAME_ENDS = (
    *("ová", "ové", "ovou", "ova", "ský", "ská", "ského", "ské", "skou", "sky", "ska"),
    *("cký", "cká", "ckého", "ckou", "cky", "cka"),
)
# Polite pronouns ASR capitalizes after a name: "Petr Vám zavolá".
_PRONOUNS = frozenset({"vám", "vás", "váš", "vaše", "vaši", "vašeho", "vaší", "vy", "vámi"})
# Instrumental endings after "s kolegou"/"s kolegom": "s kolegou Kubiakem", "kolegom zubákom".
_INSTRUMENTAL = ("em", "om", "ým", "ím")
_SE = ("se", "sa")
_HINT = re.compile(r" [^\W\d_][ ,.-]{1,2}[^\W\d_][ ,.-]")  # two lone letters in a row


def _may_have_name_before(view: View, n: int, accepted: bool) -> bool:
    """A cheap first test for `NameDetector._word_before` on name hit `n` (string methods and
    the hit list only): an unknown word before it that ends like a surname, if `n` is a first
    name; capitalized or after an intro or title ("tady", "pan"), if `n` is a surname."""
    hits, lower = view.hits, view.lower
    start, kind, k = hits[n][0], hits[n][3][0], hits[n][4]
    if start < 4 or lower[start - 1] != " " or (n and hits[n - 1][4] == k - 1):
        return False  # no word before, or one in the lexicon
    if kind == "F":
        return lower.endswith(_SURNAME_ENDS, 0, start - 1)
    if not accepted:
        return False
    if view.text[lower.rfind(" ", 0, start - 1) + 1].isupper():
        return True
    return n > 0 and hits[n - 1][4] == k - 2 and hits[n - 1][3][0] in "CT"


def spelled(view: View) -> list[Candidate]:
    out: list[Candidate] = []
    hint = _HINT.search(view.lower)
    if hint is None:  # a fast scan for a lone letter: most texts spell nothing
        return out
    for m in _SPELLED.finditer(view.lower, max(0, hint.start() - 2)):
        letters = m.group()
        chars = [c for c in _MARKS.sub("", letters) if c.isalpha()]
        if len(chars) < 4 and ("." in letters or ("-" not in letters and "," not in letters)):
            continue  # "a v k" could be words, "s. r. o." is a company
        if all(c in _SINGLE_WORDS for c in chars):
            continue
        key = unknown_key("".join(chars))
        out.append((m.start(), m.end(), key))
        # The spelled name said again as a word: "z, l, a, t, ý, jo, zlatý".
        end = m.end()
        for _ in range(3):
            sep, word, at = view.word_after(end)
            if not word or any(c in sep for c in ".!?"):
                break
            if len(word) == len(chars) and unknown_key(word) == key:
                out.append((at, at + len(word), key))
                break
            end = at + len(word)
    return out


class NameDetector(CzechDetector):
    name = "cz_name"
    pii_type = "NAME"
    filth_cls = filth_class("NAME")

    def candidates(self, view: View) -> list[Candidate]:
        hits, text, lower = view.hits, view.text, view.lower
        accepted: dict[int, str] = {}  # hit index -> key
        extra: list[Candidate] = []  # unknown words after a title
        pending: list[int] = []
        kinds = map(itemgetter(0), map(itemgetter(3), hits))  # each hit's lexicon entry kind
        for n in compress(count(), map(_NAME_KINDS.__contains__, kinds)):  # names and titles
            start, end, _word, entry, _k = hits[n]
            kind = entry[0]
            if kind == "F" or kind == "Z":
                if not entry[2] or self._introduced(view, start) or self._capital(view, start):
                    accepted[n] = entry[1]
                else:
                    pending.append(n)
            else:  # a title or a role: an unknown word after it ("pan Dang", "paní Kotrbová")
                sep, word, at = view.word_after(end)
                if sep.strip() or len(word) < 3 or word in self._lexicon or word.isdigit():
                    continue
                if ROLE.match(word):
                    continue
                # After "pan"/"paní" a word no dictionary knows is a name even in lower case
                # ("pana vítka"); after a role ("technik", "soused") or "kolega" ("kolega
                # schválí") it must look like one.
                rare = hits[n][2] in HONORIFICS and word.translate(FOLD) not in vocabulary()
                # "s kolegou grajciarem": an unknown word in the instrumental after one is his
                # surname (a dictionary word is not: "s kolegou telefonem").
                with_colleague = (
                    hits[n][2] in ("kolegou", "kolegom")
                    and word.endswith(_INSTRUMENTAL)
                    and word.translate(FOLD) not in vocabulary()
                )
                if rare or with_colleague or text[at].isupper() or UNKNOWN_SURNAME.search(word):
                    extra.append((at, at + len(word), unknown_key(word)))
        for n in pending:  # "Jan Černý": a common-word surname right next to a name
            for m in (n - 1, n + 1):
                if m in accepted:
                    a, b = sorted((n, m))
                    if not lower[hits[a][1] : hits[b][0]].strip():
                        accepted[n] = hits[n][3][1]
        common = vocabulary()
        for n in pending:  # "marian sedlák": a first name then a surname, both common words
            m = n + 1
            if n in accepted or m not in pending or hits[m][4] != hits[n][4] + 1:
                continue
            kinds = hits[n][3][0] + hits[m][3][0]
            if kinds == "FZ" and lower[hits[n][1] : hits[m][0]] == " ":
                accepted[n], accepted[m] = hits[n][3][1], hits[m][3][1]
        out = [(hits[n][0], hits[n][1], key) for n, key in accepted.items()]
        taken = {hits[n][0] for n in accepted}
        # "Zíková Pavlína", "mikúšová nora" (surname first, as on forms); "Oskár Kozák": an
        # unknown word right before a name, shaped like a surname before a first name, or
        # capitalized (or introduced) before a surname.
        for n in [*pending, *accepted]:
            if not _may_have_name_before(view, n, n in accepted):
                continue
            found = self._word_before(view, hits[n][0], hits[n][3][0] == "F", common)
            if found is None:
                continue
            extra.append(found)
            if n not in accepted:
                out.append((hits[n][0], hits[n][1], hits[n][3][1]))
                taken.add(hits[n][0])
        for n in accepted:  # "Antonín Horváth", "filip paulovic": the word after a first name
            if hits[n][3][0] != "F":
                continue
            sep, word, at = view.word_after(hits[n][1])
            if sep != " " or at in taken or len(word) < 3 or word in self._lexicon:
                continue
            if ROLE.match(word):
                continue
            # After an accepted first name a word no dictionary knows is its surname; so is
            # an adjective ("radovan laskavý", "Bohumila Modrá"), or a capitalized word in
            # mixed-case text ("Kvido Medvídek").
            if word.translate(FOLD) in common and not (
                adjective_surname(word, common)
                or (
                    text[at].isupper()
                    and text[hits[n][0]].isupper()
                    and word not in _PRONOUNS
                    and not text.isupper()
                )
            ):
                continue
            extra.append((at, at + len(word), unknown_key(word)))
        # Capitalized words right after a name, the last one no dictionary word: "Dang Van
        # Khoa", "Minh Nguyen" (but not "Novák Vám volal").
        taken.update(e[0] for e in extra)
        for _a, b, _key in list(extra) + out:
            if not text[b + 1 : b + 2].isupper():
                continue  # cheap: most names are followed by a lower-case word
            chain: list[Candidate] = []
            for _ in range(_MAX_CHAIN):
                sep, word, at = view.word_after(b)
                if sep != " " or at in taken or len(word) < 2 or not text[at].isupper():
                    break
                if word in self._lexicon or word.isdigit():
                    break
                b = at + len(word)
                chain.append((at, b, unknown_key(word)))
                if word.translate(FOLD) not in common or adjective_surname(word, common):
                    extra += chain
                    taken.update(c[0] for c in chain)
                    chain = []
        extra += self._introduced_unknown(view, taken, common)
        extra += self._second_surnames(view, out + extra, taken, common)
        extra += spelled(view)
        return sorted(out + extra)

    def _introduced_unknown(
        self, view: View, taken: set[int], common: frozenset[str]
    ) -> list[Candidate]:
        """Up to two words no list or dictionary knows after "jmenuju se" / "volám sa": the
        name ("volám sa ľuba paľovčíková"); the lists miss many Slovak and foreign names."""
        out: list[Candidate] = []
        for hit in view.hits:
            if hit[3][0] != "C" or hit[2] not in INTRO_SE:
                continue
            sep, word, at = view.word_after(hit[1])
            if sep == " " and word in _SE:  # "jmenuju se X"
                pass
            elif view.words_before(hit[0])[1] in _SE:  # "že se jmenoval X"
                word, at = "", hit[1]
            else:
                continue
            for _ in range(2):
                sep, word, at = view.word_after(at + len(word))
                if sep != " " or at in taken or len(word) < 3 or not word.isalpha():
                    break
                entry = self._lexicon.get(word)
                if entry is not None or word.translate(FOLD) in common or ROLE.match(word):
                    break  # a listed name is found anyway; a common word ends the name
                out.append((at, at + len(word), unknown_key(word)))
                taken.add(at)
        return out

    def _second_surnames(
        self, view: View, found: list[Candidate], taken: set[int], common: frozenset[str]
    ) -> list[Candidate]:
        """A woman's double surname: after a found "-ová"/"-á" name, a second one shaped so
        ("rychtářová sklenářová", "Ferenčíková Hajná", "bubenikova stastna")."""
        out: list[Candidate] = []
        for a, b, _key in found:
            if not view.lower.endswith(("ová", "ova", "á"), a, b):
                continue
            sep, word, at = view.word_after(b)
            if sep != " " or at in taken or len(word) < 3 or ROLE.match(word):
                continue
            entry = self._lexicon.get(word)
            if entry is not None and entry[0] not in "FZ":
                continue
            if word.endswith(("ová", "ova")) or (
                word.endswith(("á", "a")) and adjective_surname(word, common)
            ):
                out.append((at, at + len(word), unknown_key(word)))
                taken.add(at)
        return out

    def _word_before(
        self, view: View, start: int, first_name: bool, common: frozenset[str]
    ) -> Candidate | None:
        """The unknown word right before the name at `start` if it is the rest of the name:
        before a first name one shaped like a surname ("Zíková Pavlína"), before a surname
        a capitalized one or one introduced ("tady Oskár Kozák", "tady oskár kozák")."""
        sep, word, _sep2, prev = view.words_before(start)
        if sep != " " or len(word) < 3 or not word.isalpha() or word in self._lexicon:
            return None
        if word.translate(FOLD) in common or ROLE.match(word):
            return None
        at = start - 1 - len(word)
        if first_name:
            if not word.endswith(_SURNAME_ENDS):
                return None
        elif not (self._capital(view, at) or prev in INTRO or prev in TITLES):
            return None
        return at, start - 1, unknown_key(word)

    def key(self, norm_text):
        keys = []
        for word in norm_text.lower().split():
            entry = self._lexicon.get(word)
            keys.append(entry[1] if entry and entry[0] in "FZ" else unknown_key(word))
        return " ".join(keys)

    @staticmethod
    def _introduced(view: View, start: int) -> bool:
        """After a title, a role or an intro: "pan X", "soused X", "jmenuju se X", "tady je X",
        "u telefonu X"."""
        _sep, prev, _sep2, before = view.words_before(start)
        if prev in TITLES or prev in INTRO or prev in ROLES:
            return True
        if prev in _SE and before in INTRO_SE or prev in INTRO_SE and before in _SE:
            return True  # "jmenuju se X", "že se jmenoval X", "volám sa X"
        return prev == "je" and before in INTRO

    @staticmethod
    def _capital(view: View, start: int) -> bool:
        """Capitalized mid-sentence (ASR capitalizes names); a sentence start says nothing,
        nor does a street ("Nová ulice")."""
        if not view.text[start].isupper():
            return False
        sep, prev, _sep2, _before = view.words_before(start)
        if not prev or any(c in sep for c in ".!?…"):
            return False
        end = view.lower.find(" ", start)
        return end < 0 or fold(view.word_after(end)[1]) not in STREET_KEYWORD
