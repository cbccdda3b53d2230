"""Transcript data and the clean-up of Whisper's known failures. Pure: no models, no I/O.

- Whisper invents text on silence, and in Czech a known artefact is a fake subtitle credit
  ("titulky vytvořil ..."): such segments are dropped and counted.
- Alignment gives no timestamps to digits and symbols (whisperX #443, #559, #1104), exactly the
  tokens of phone and account numbers that the anonymizer must place: they get times
  interpolated from their neighbours and are flagged `interpolated`.
"""

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

SILENCE_DBFS = -50.0  # a segment quieter than this on its own channel is not speech

_ARTEFACTS = re.compile(
    r"titulky\s+(vytvořil|vytvořila|připravil|připravila|pro\s)|"
    r"www\.|\.cz/|amara\.org|subtitles\s+by|odebírejte|děkuji\s+za\s+pozornost|"
    r"přeložil|korektur",
    re.IGNORECASE,
)


@dataclass
class Word:
    start: float
    end: float
    text: str
    role: str
    score: float | None = None
    interpolated: bool = False


@dataclass
class Segment:
    start: float
    end: float
    text: str
    role: str
    words: list[Word] = field(default_factory=list)


@dataclass
class Transcript:
    recording_id: str
    language: str
    language_probability: float | None
    audio_s: float
    segments: list[Segment]
    dropped: dict[str, int] = field(default_factory=dict)  # reason -> segments dropped

    @property
    def words(self) -> list[Word]:
        return [w for s in self.segments for w in s.words]

    def speech_s(self, role: str) -> float:
        """Seconds of speech by one role (segments, so overlap is counted for both roles)."""
        return round(sum(s.end - s.start for s in self.segments if s.role == role), 3)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Transcript":
        segments = [
            Segment(**{**s, "words": [Word(**w) for w in s["words"]]}) for s in data["segments"]
        ]
        return cls(**{**data, "segments": segments})


def rms_dbfs(samples: np.ndarray) -> float:
    if samples.size == 0:
        return -120.0
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    return 20 * np.log10(max(rms, 1e-6))


def artefact_reason(text: str, loudness_dbfs: float) -> str | None:
    """Why a segment is not real speech, or None if it is."""
    if not text.strip():
        return "empty"
    if _ARTEFACTS.search(text):
        return "subtitle_artefact"
    if loudness_dbfs < SILENCE_DBFS:
        return "silence"
    return None


def _aligned(word: dict[str, Any]) -> bool:
    """Did alignment really time this word? WhisperX copies a neighbour's time onto words it
    could not align (no score) and matches digits and symbols only to a wildcard."""
    return (
        word.get("start") is not None
        and word.get("end") is not None
        and word.get("score") is not None
        and any(c.isalpha() for c in word["word"])
    )


def interpolate_times(words: list[dict[str, Any]], seg_start: float, seg_end: float) -> list[Word]:
    """Give untimed words times between their timed neighbours, in proportion to their length."""
    out: list[Word] = []
    i = 0
    while i < len(words):
        w = words[i]
        if _aligned(w):
            out.append(Word(float(w["start"]), float(w["end"]), w["word"], "", w["score"], False))
            i += 1
            continue
        j = i
        while j < len(words) and not _aligned(words[j]):
            j += 1
        gap_start = out[-1].end if out else seg_start
        gap_end = float(words[j]["start"]) if j < len(words) else seg_end
        gap_end = max(gap_end, gap_start)
        run = words[i:j]
        total = sum(max(1, len(r["word"])) for r in run)
        t = gap_start
        for r in run:
            step = (gap_end - gap_start) * max(1, len(r["word"])) / total
            out.append(Word(round(t, 3), round(t + step, 3), r["word"], "", None, True))
            t += step
        i = j
    return out


def segments_from_aligned(
    aligned: dict[str, Any], role: str, loudness: Callable[[float, float], float]
) -> tuple[list[Segment], dict[str, int]]:
    """whisperX's aligned output for one speaker -> clean segments, and what was dropped."""
    kept: list[Segment] = []
    dropped: dict[str, int] = {}
    for seg in aligned.get("segments", []):
        start, end, text = float(seg["start"]), float(seg["end"]), str(seg.get("text", "")).strip()
        reason = artefact_reason(text, loudness(start, end))
        if reason:
            dropped[reason] = dropped.get(reason, 0) + 1
            continue
        words = interpolate_times(seg.get("words") or [], start, end)
        for w in words:
            w.role = role
        kept.append(Segment(start, end, text, role, words))
    return kept, dropped


def merge_by_time(*channels: list[Segment]) -> list[Segment]:
    """Both parties' segments in time order; overlapping speech stays, one segment per party."""
    return sorted((s for ch in channels for s in ch), key=lambda s: (s.start, s.end, s.role))
