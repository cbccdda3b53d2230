"""`Finding`, and the scrubadub `Detector`/`Filth` base classes every Czech detector extends.

A detector reads a shared `View` (see view.py) and returns candidates (start, end, key) in the
original text; `PiiDetector` resolves overlaps. Each detector also works alone inside a
`scrubadub.Scrubber` through `iter_filth`, which builds its own view.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from scrubadub.detectors import Detector
from scrubadub.filth import Filth

from .lexicon import default_lexicon
from .view import View


@dataclass(frozen=True)
class Finding:
    start: int  # character span in the text
    end: int
    pii_type: str  # "PHONE", "EMAIL", ... (upper case, used in placeholders)
    value: str  # the original text span
    key: str  # normalized value used for placeholder identity


Candidate = tuple[int, int, str]  # original start, end, key

_SEPARATORS = str.maketrans("", "", " .-/+,")


def digits(s: str) -> str:
    """The digits of a digit run (separators dropped)."""
    return s.translate(_SEPARATORS)


# Words before a number that say it is not personal (order, invoice, serial...).
_NOT_PERSONAL = re.compile(
    r"objedn|faktur|zakázk|reklamac|variabiln|symbol|zásilk|výrobní|sériov|\bkód|model|verz|"
    r"dílu|klapk|smlouvy č"
)
# Prices: "ceny jsou dvě stě padesát, tři sta, čtyři sta padesát" renders as nine digits.
NOT_A_PHONE = re.compile(_NOT_PERSONAL.pattern + r"|\bcen|stoj[íi]|zaplat|částk|slev|\bkč\b")
PHONE_CUE = re.compile(r"telefon|mobil|\btel\b|volat|volej|zavol|\bsms|link[auy]|číslo na|kontakt")


def is_word_char(c: str) -> bool:
    """What a regex "\\w" matches: a letter, a digit or "_"."""
    return c.isalnum() or c == "_"


def find_all(regex: re.Pattern[str], starts: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`regex.finditer(text)`, for a regex that never matches empty text and whose every match
    begins where `starts` matches. Python's regex engine skips ahead quickly only to a literal
    or to a set of first letters; a leading lookbehind or optional group defeats that, and a
    scan then tries the whole pattern at each of a transcript's 2,000 positions (~70 us). A
    plain `starts` finds the few places worth trying."""
    pos = 0
    while (start := starts.search(text, pos)) is not None:
        m = regex.match(text, start.start())
        if m is None:
            pos = start.start() + 1
        else:
            yield m
            pos = m.end()


def before(view: View, start: int, width: int = 40) -> str:
    """Up to `width` characters of the normalized text before `start`."""
    return view.norm[max(0, start - width) : start]


_QUICK: dict[str, re.Pattern[str]] = {}


def quick_test(cues: re.Pattern[str]) -> re.Pattern[str]:
    """`cues` without its word-boundary checks: it finds something wherever `cues` does, and
    is 5x faster at finding nothing (a "\\b" opening a branch keeps the regex engine from
    skipping ahead to the branches' first letters). Cached by the pattern's text: hashing a
    compiled pattern hashes its whole program (0.4 us, and this runs for every number)."""
    quick = _QUICK.get(cues.pattern)
    if quick is None:
        quick = _QUICK[cues.pattern] = re.compile(cues.pattern.replace(r"\b", ""))
    return quick


def found_in(cues: re.Pattern[str], text: str) -> bool:
    """`cues.search(text)`, a quick test first."""
    return quick_test(cues).search(text) is not None and cues.search(text) is not None


def last_end(cues: re.Pattern[str], text: str) -> int:
    """End of the last match of `cues` in `text`, -1 if none (a quick test first)."""
    if quick_test(cues).search(text) is None:
        return -1
    ends = [m.end() for m in cues.finditer(text)]
    return ends[-1] if ends else -1


# What joins a number to a word naming it after it: "48056, to je naše PSČ", "..., je to moje IČO".
_NAMED_AFTER = re.compile(
    r"[,:]? ?(?:(?:to je|je to|to jsou|jsou|je|to),? )?"
    r"(?:(?:naše|naš|moje|můj|vaše|váš|jeho|její|nase|nas|vase|vas|muj)\b ?)?"
)


def named_after(view: View, end: int, cues: re.Pattern[str]) -> bool:
    """Whether the words right after a number name it ("48056, to je naše směrovací číslo")."""
    m = _NAMED_AFTER.match(view.norm, end)
    return m is not None and cues.match(view.norm, m.end()) is not None


def not_personal(view: View, start: int, cues: re.Pattern[str] = _NOT_PERSONAL) -> bool:
    """True when the nearest cue before a number marks it as an order/invoice/serial number."""
    text = before(view, start)
    neg = last_end(cues, text)
    if neg < 0:
        return False
    pos = last_end(PHONE_CUE, text)
    return pos < 0 or neg > pos


class CzechFilth(Filth):
    type = "cz_pii"


def filth_class(pii_type: str) -> type[Filth]:
    """A scrubadub Filth subclass per type, so a Scrubber shows {{PHONE}}, {{BIRTH_NUMBER}}."""
    name = f"Cz{pii_type.title().replace('_', '')}Filth"
    return type(name, (CzechFilth,), {"type": pii_type.lower()})


class CzechDetector(Detector):
    pii_type: ClassVar[str] = ""
    filth_cls: ClassVar[type[Filth]] = CzechFilth

    def __init__(
        self, lexicon: dict[str, tuple] | None = None, name: str | None = None, locale="cs_CZ"
    ) -> None:
        super().__init__(name=name or self.name, locale=locale)
        self._lexicon = lexicon if lexicon is not None else default_lexicon()

    @classmethod
    def supported_locale(cls, locale: str) -> bool:
        return cls.locale_split(locale)[0] == "cs"

    def candidates(self, view: View) -> list[Candidate]:
        raise NotImplementedError

    def key(self, norm_text: str) -> str:
        """Placeholder identity of a value, from its normalized text (spoken forms rendered)."""
        return norm_text.strip()

    def iter_filth(self, text: str, document_name: str | None = None) -> Iterator[Filth]:
        view = View(text, self._lexicon)
        for start, end, _key in self.candidates(view):
            yield self.filth_cls(
                beg=start,
                end=end,
                text=text[start:end],
                detector_name=self.name,
                document_name=document_name,
                locale=self.locale,
            )


class RegexDetector(CzechDetector):
    """A regex over the normalized text; `check` validates a match and returns its span.

    Scanning 2 KB with a regex that starts with a lookbehind costs ~100 us, so numeric
    detectors only search small windows around the digit runs that could hold their format
    (`min_digits` to `max_digits` digits; `back` characters before the run for prefixes like
    "+", "CZ", "DIČ").
    """

    regex: ClassVar[re.Pattern[str]]
    min_digits: ClassVar[int | None] = None  # None: search the whole text
    max_digits: ClassVar[int] = 99
    back: ClassVar[int] = 0

    def windows(self, view: View) -> list[tuple[int, int]]:
        if self.min_digits is None:
            return [(0, len(view.norm))]
        out: list[tuple[int, int]] = []
        limit, back = len(view.norm) - 3, self.back
        for start, end, _count in view.digit_runs(self.min_digits, self.max_digits):
            lo = start - back if start > back else 0
            hi = end + 3 if end < limit else limit + 3
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
        return out

    def candidates(self, view: View) -> list[Candidate]:
        out = []
        norm = view.norm
        for lo, hi in self.windows(view):
            for m in self.regex.finditer(norm, lo, hi):
                span = self.check(view, m)
                if span is not None:
                    out.append((*view.span(*span), self.key(norm[span[0] : span[1]])))
        return out

    def check(self, view: View, m: re.Match[str]) -> tuple[int, int] | None:
        raise NotImplementedError
