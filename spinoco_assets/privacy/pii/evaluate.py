"""Scoring a detector against the labelled set (used by benchmarks/pii.py and the tests).

Rule: a labelled value counts as caught when every non-space character of its span lies inside
some finding, of any type (so "Jan Novák" may be two NAME findings, and an e-mail dictated as
"novák zavináč..." may be one EMAIL finding). A hard negative counts as changed when the
detector finds anything in it. A finding on a positive line that touches no labelled span is
counted as spurious.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

Span = tuple[int, int]


def load_labelled(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def labelled_spans(row: dict) -> list[tuple[str, int, int]]:
    """(type, start, end) of each labelled value: its first occurrence not overlapping a value
    labelled before it ("Ondřej Kratochvíl, Kratochvíl jako...")."""
    text, out = row["text"], list[tuple[str, int, int]]()
    for item in row["pii"]:
        value, start = item["value"], text.find(item["value"])
        while any(start < b and a < start + len(value) for _, a, b in out):
            start = text.find(value, start + 1)
        if start < 0:
            raise ValueError(f"labelled value not in text: {row['id']}")
        out.append((item["type"], start, start + len(value)))
    return out


@dataclass
class Score:
    caught: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    negatives: int = 0
    negatives_changed: int = 0
    spurious: int = 0
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # (id, type, value)

    def recall(self, pii_type: str) -> float:
        return self.caught[pii_type] / self.total[pii_type] if self.total[pii_type] else 1.0

    @property
    def negative_rate(self) -> float:
        return self.negatives_changed / self.negatives if self.negatives else 0.0


def score(rows: Iterable[dict], find: Callable[[str], list[Span]]) -> Score:
    """`find(text)` returns the (start, end) spans a detector would replace."""
    result = Score()
    for row in rows:
        text, spans = row["text"], find(row["text"])
        if not row["pii"]:
            result.negatives += 1
            result.negatives_changed += bool(spans)
            continue
        covered: set[int] = set()
        for a, b in spans:
            covered.update(range(a, b))
        labels = labelled_spans(row)
        for pii_type, a, b in labels:
            result.total[pii_type] += 1
            if all(i in covered for i in range(a, b) if not text[i].isspace()):
                result.caught[pii_type] += 1
            else:
                result.missed.append((row["id"], pii_type, text[a:b]))
        for a, b in spans:
            if not any(a < lb and la < b for _, la, lb in labels):
                result.spurious += 1
    return result
