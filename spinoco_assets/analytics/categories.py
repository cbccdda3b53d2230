"""Rule-based call categories (complaint, visit booked, cancellation...) from a YAML file.

Rules are matched on the anonymized text, folded (lower case, no diacritics): ASR writes
"přijede", "prijede" or "Přijede" for the same word, and Czech declension is covered by writing
stems. See categories.yaml for the format; `load_rules` says which rule is wrong when one is.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from spinoco_assets.privacy.pii.places import fold  # lower case, no Czech diacritics
from spinoco_assets.transcription.transcript import Segment

DEFAULT_RULES = Path(__file__).with_name("categories.yaml")


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    phrases: list[str] = Field(default_factory=list)
    regex: str | None = None
    role: Literal["customer", "agent", "any"] = "any"
    first_s: float | None = None
    last_s: float | None = None

    @model_validator(mode="after")
    def _something_to_match(self) -> Rule:
        if not self.phrases and not self.regex:
            raise ValueError("a rule needs `phrases` or `regex`")
        return self

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        parts = [
            r"\W+".join(rf"{re.escape(stem)}\w*" for stem in fold(phrase).split())
            for phrase in self.phrases
        ]
        if self.regex:
            parts.append(f"(?:{self.regex})")
        return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})")

    def find(self, seg: Segment, duration_s: float) -> re.Match[str] | None:
        if self.role != "any" and seg.role != self.role:
            return None
        if self.first_s is not None and seg.start > self.first_s:
            return None
        if self.last_s is not None and seg.end < duration_s - self.last_s:
            return None
        return self.pattern.search(fold(seg.text))


class Category(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str
    any: list[Rule] = Field(min_length=1)
    none: list[Rule] = Field(default_factory=list)


@dataclass(frozen=True)
class Match:
    category: str
    segment_no: int
    role: str
    start_s: float
    end_s: float
    matched: str  # the folded words that matched (anonymized text: no personal data)


class Rules:
    def __init__(self, categories: dict[str, Category], digest: str) -> None:
        self.categories = categories
        self.digest = digest  # changes whenever the file does: the asset's code version

    def evaluate(self, segments: list[Segment], duration_s: float) -> list[Match]:
        """The first place each category matched, for categories no `none` rule vetoes."""
        out: list[Match] = []
        for name, category in self.categories.items():
            if any(r.find(s, duration_s) for r in category.none for s in segments):
                continue
            for no, seg in enumerate(segments):
                m = next((m for r in category.any if (m := r.find(seg, duration_s))), None)
                if m is not None:
                    out.append(Match(name, no, seg.role, seg.start, seg.end, m.group()))
                    break
        return out


def load_rules(path: Path | None = None) -> Rules:
    """Read and check a rules file; a clear error names the file and the rule that is wrong."""
    path = path or DEFAULT_RULES
    raw = path.read_bytes()
    try:
        data = yaml.safe_load(raw) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"category rules {path}: not YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise ValueError(f"category rules {path}: must map category names to categories")
    categories = {}
    for name, body in data.items():
        try:
            categories[str(name)] = category = Category.model_validate(body)
            for rule in (*category.any, *category.none):
                _ = rule.pattern  # compile now: a bad regex fails here, not mid-batch
        except (ValidationError, re.error) as exc:
            raise ValueError(f"category rules {path}, category {name!r}: {exc}") from exc
    return Rules(categories, hashlib.sha256(raw).hexdigest()[:12])
