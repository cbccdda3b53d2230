"""One normalized view of a transcript, shared by all detectors of one call to `find`.

The view lowercases the text (same length, so offsets stay valid), looks every word up once in
the lexicon and renders runs of spoken digits, letters and symbols into written form. Detectors
run their regexes on `norm` and map matches back to the original text with `span`.

Speed matters (thousands of transcripts a second): the word pass is done with C-level helpers
(split, map, compress) and Python only touches the words found in the lexicon.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress, count
from operator import itemgetter
from typing import cast

from .czech_numbers import AMBIGUOUS_LETTERS, join_chunks, render_run
from .names import fold_accents

Hit = tuple[int, int, str, tuple, int]  # start, end, word, lexicon entry, word index

_SPLIT = re.compile(r"(\W+)")
_SPOKEN = frozenset("NMKDLBSP")
_GAP_CHARS = " ,\t\n\r"
_SPACE_CHARS = " \t"
_DIGIT_RUN = re.compile(r"[0-9]+(?:(?: ?[/-] ?|[ .])[0-9]+)*")
_NEXT_WORD = re.compile(r"(\W+)(\w+)")
_PREV_WORDS = re.compile(r"(\W+)(\w+)(?:(\W+)(\w+))?")  # matched on the reversed text


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters lowercase into two ("İ"); keep one char per char so offsets hold.
    return "".join(
        c if len(c) == 1 else ch for c, ch in zip(map(str.lower, text), text, strict=True)
    )


def _gap_ok(sep: str) -> bool:
    """Spaces, optionally with commas, between two spoken tokens of one run."""
    return sep == " " or sep == ", " or (not sep.strip(_GAP_CHARS) and bool(sep.strip(",")))


def _alone_matters(hit: Hit) -> bool:
    """A lone digit, "set" or "plus" renders as itself; a number word or symbol does not."""
    kind = hit[3][0]
    return kind in "NSK" or (kind == "L" and len(hit[2]) > 1)


class View:
    """Lowercased text, lexicon hits, and the normalized text with a map back to offsets."""

    __slots__ = (
        "text",
        "lower",
        "hits",
        "norm",
        "_seg_n",
        "_seg_o",
        "_digit_runs",
        "_rev",
        "_folded",
    )

    def __init__(self, text: str, lexicon: dict[str, tuple]) -> None:
        self.text = text
        self.lower = lower = _lower(text)
        parts = _SPLIT.split(lower)  # word, separator, word, ...
        words = parts[::2]
        entries = list(map(lexicon.get, words))  # None for words not in the lexicon
        self.hits: list[Hit] = []
        found = any(entries)
        if found:
            # Word k spans offsets[2k]..offsets[2k + 1]; zip and compress build the hit
            # tuples in C (a transcript has hundreds of words, a third of them hits).
            offsets = [0, *accumulate(map(len, parts))]
            hits = compress(zip(offsets[::2], offsets[1::2], words, entries, count()), entries)
            self.hits = cast(list[Hit], list(hits))  # compress dropped the None entries
        self._seg_n: list[int] = []
        self._seg_o: list[tuple[int, int, bool]] = []
        self._digit_runs: tuple[list, list, list[int]] | None = None
        self._rev: str | None = None
        self._folded: str | None = None
        self.norm = self._normalize(parts) if found else lower

    # ---- normalization -------------------------------------------------------------------
    def _runs(self, parts: list[str]) -> list[list[Hit]]:
        """Runs of spoken tokens in consecutive words separated only by spaces/commas; a
        one-letter word between spelled letters joins as a letter ("jedna a bé")."""
        runs: list[list[Hit]] = []
        run: list[Hit] = []
        prev_k, prev_kind = -9, ""
        for hit in self.hits:
            kind = hit[3][0]
            if kind not in _SPOKEN:
                continue
            k = hit[4]
            if kind == "L" and parts[2 * k + 1 : 2 * k + 2] == ["-"] and len(parts[2 * k + 2]) > 1:
                continue  # "e-shop", "e-mail": a prefix, not a spelled letter
            if k == prev_k + 1 and (parts[2 * k - 1] == " " or _gap_ok(parts[2 * k - 1])):
                run.append(hit)
            elif (
                k == prev_k + 2
                and ("L" in (prev_kind, kind) or "B" in (prev_kind, kind))
                and parts[2 * k - 2] in AMBIGUOUS_LETTERS
                and _gap_ok(parts[2 * k - 1])
                and _gap_ok(parts[2 * k - 3])
            ):
                a = hit[0] - len(parts[2 * k - 1]) - 1
                letter = parts[2 * k - 2]
                run.append((a, a + 1, letter, ("L", letter), k - 1))
                run.append(hit)
            else:
                if run and (len(run) > 1 or _alone_matters(run[0])):
                    runs.append(run)
                run = [hit]
                # "a, bé, cé": a one-letter word right before a spelled letter starts the run
                starts_spelled = kind == "L" and k and parts[2 * k - 2] in AMBIGUOUS_LETTERS
                if starts_spelled and _gap_ok(parts[2 * k - 1]):
                    a = hit[0] - len(parts[2 * k - 1]) - 1
                    letter = parts[2 * k - 2]
                    run.insert(0, (a, a + 1, letter, ("L", letter), k - 1))
            prev_k, prev_kind = k, kind
        if run and (len(run) > 1 or _alone_matters(run[0])):
            runs.append(run)
        return runs

    @staticmethod
    def _kept(run: list[Hit]) -> list[list[Hit]]:
        """Split a run where a token is not really spelled: "té" alone, "plus" before no
        number, "set" after no unit. Lone tokens that render as themselves are dropped."""
        if not any(hit[3][0] in "BPM" for hit in run):
            return [run]  # nothing to check: `_runs` kept only runs that render
        out: list[list[Hit]] = []
        sub: list[Hit] = []
        last = len(run) - 1
        for k, hit in enumerate(run):
            kind = hit[3][0]
            ok = True
            if kind == "B":
                near = (run[k - 1][3][0] if k else "", run[k + 1][3][0] if k < last else "")
                # A bare "ce" needs a spoken neighbour: "6 CE 9770" is written, not spelled.
                ok = any(n in ("L", "N") or (n == "D" and len(hit[3]) == 2) for n in near)
            elif kind == "P":
                ok = k < last and run[k + 1][3][0] in ("N", "D")
            elif kind == "M":
                ok = k > 0 and run[k - 1][3][0] == "N" and run[k - 1][3][2] == 1
            if ok:
                sub.append(hit)
            elif sub:
                out.append(sub)
                sub = []
        if sub:
            out.append(sub)
        return [s for s in out if len(s) > 1 or _alone_matters(s[0])]

    def _normalize(self, parts: list[str]) -> str:
        lower = self.lower
        pieces: list[tuple[int, int, list[tuple[int, int, str]]]] = []
        for run in self._runs(parts):
            for sub in self._kept(run):
                chunks = render_run(sub)
                start, end = chunks[0][0], chunks[-1][1]
                if chunks[0][3] == "S":  # a dictated symbol eats the spaces around it
                    while start and lower[start - 1] in _SPACE_CHARS:
                        start -= 1
                if chunks[-1][3] == "S":
                    while end < len(lower) and lower[end] in _SPACE_CHARS:
                        end += 1
                joined = join_chunks(chunks, lower)
                if "".join([c[2] for c in joined]) != lower[start:end]:
                    pieces.append((start, end, joined))
        if not pieces:
            return lower
        out: list[str] = []
        seg_n, seg_o = self._seg_n, self._seg_o
        pos = npos = 0
        for start, end, joined in pieces:
            start = max(start, pos)
            if start > pos:
                seg_n.append(npos)
                seg_o.append((pos, start, True))
                out.append(lower[pos:start])
                npos += start - pos
            for o_start, o_end, txt in joined:
                if txt:
                    seg_n.append(npos)
                    seg_o.append((o_start, o_end, False))
                    out.append(txt)
                    npos += len(txt)
            pos = end
        seg_n.append(npos)
        seg_o.append((pos, len(lower), True))
        out.append(lower[pos:])
        return "".join(out)

    # ---- helpers for detectors -------------------------------------------------------------
    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original-text span of the normalized span [start, end)."""
        if not self._seg_n:
            return start, end
        k = bisect_right(self._seg_n, start) - 1
        o_start, _, literal = self._seg_o[k]
        a = o_start + (start - self._seg_n[k]) if literal else o_start
        k = bisect_right(self._seg_n, end - 1) - 1
        o_start, o_end, literal = self._seg_o[k]
        b = o_start + (end - self._seg_n[k]) if literal else o_end
        return a, b

    @property
    def folded(self) -> str:
        """`norm` without diacritics (same length, so offsets hold), computed once per view."""
        if self._folded is None:
            self._folded = fold_accents(self.norm)
        return self._folded

    def digit_runs(
        self, min_digits: int = 1, max_digits: int | None = None
    ) -> list[tuple[int, int, int]]:
        """(start, end, digit count) of digit sequences in `norm`, single separators allowed;
        only those with `min_digits` to `max_digits` digits, in text order (found once per
        view; ten detectors ask, each for its own counts: a slice of the runs sorted by count
        is quicker than filtering them all)."""
        if self._digit_runs is None:
            runs = []
            for m in _DIGIT_RUN.finditer(self.norm):
                g = m.group()
                n = len(g) if g.isdigit() else sum(map(str.isdigit, g))
                runs.append((m.start(), m.end(), n))
            by_count = sorted(runs, key=itemgetter(2))
            self._digit_runs = (runs, by_count, [r[2] for r in by_count])
        runs, by_count, counts = self._digit_runs
        if min_digits <= 1 and max_digits is None:
            return runs
        lo = bisect_left(counts, min_digits)
        hi = len(counts) if max_digits is None else bisect_right(counts, max_digits, lo)
        return sorted(by_count[lo:hi])  # starts differ: text order

    def words_before(self, start: int) -> tuple[str, str, str, str]:
        """(separator, word, separator, word) going back from original offset `start`,
        lowercased; empty strings where the text begins."""
        if self._rev is None:
            self._rev = self.lower[::-1]
        m = _PREV_WORDS.match(self._rev, len(self.lower) - start)
        if not m:
            return "", "", "", ""
        sep, word, sep2, word2 = m.groups("")
        return sep[::-1], word[::-1], sep2[::-1], word2[::-1]

    def word_after(self, end: int) -> tuple[str, str, int]:
        """(separator, word, word start) right after original offset `end`."""
        m = _NEXT_WORD.match(self.lower, end)
        return (m.group(1), m.group(2), m.start(2)) if m else ("", "", end)
