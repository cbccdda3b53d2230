"""Anonymize a transcript: placeholders in the text AND in the timed words, and an exact way back.

Pure functions over `Transcript` objects. Each segment's text is scanned; every finding becomes
its call-wide placeholder, and the words it covered become one placeholder word spanning the
start of the first to the end of the last. What was replaced is kept as `Replacement`s (the
vault's part), so `restore` rebuilds the original text exactly.
"""

from collections import Counter
from dataclasses import asdict, dataclass, field

from spinoco_assets.privacy.pii import Finding, PiiDetector, Placeholders
from spinoco_assets.privacy.pii.placeholders import PLACEHOLDER
from spinoco_assets.transcription.transcript import Segment, Transcript, Word


@dataclass(frozen=True)
class Replacement:
    segment_no: int
    start: int  # span of the placeholder in the anonymized segment text
    end: int
    original: str


@dataclass
class AnonymizedTranscript:
    recording_id: str
    segments: list[Segment]
    replacements: list[Replacement]
    counts: Counter = field(default_factory=Counter)  # pii_type -> values replaced

    def to_json(self) -> dict:
        """The shareable part, timed words included: no originals (those go to the vault)."""
        return {"recording_id": self.recording_id, "segments": [asdict(s) for s in self.segments]}


def _word_spans(text: str, words: list[Word]) -> list[tuple[int, int] | None]:
    spans: list[tuple[int, int] | None] = []
    pos = 0
    for word in words:
        i = text.find(word.text, pos)
        if i < 0:
            spans.append(None)
            continue
        spans.append((i, i + len(word.text)))
        pos = i + len(word.text)
    return spans


def _anonymize_words(
    segment: Segment, findings: list[Finding], names: list[str], detector: PiiDetector,
    placeholders: Placeholders,
) -> list[Word]:  # fmt: skip
    spans = _word_spans(segment.text, segment.words)
    out: list[Word] = []
    placed: dict[int, Word] = {}  # finding index -> its placeholder word
    for word, span in zip(segment.words, spans, strict=True):
        if span is None:  # not found in the text: check the word on its own
            found = detector.find(word.text)
            text = word.text
            for f in reversed(found):
                text = text[: f.start] + placeholders.placeholder(f) + text[f.end :]
            out.append(Word(word.start, word.end, text, word.role, word.score, word.interpolated))
            continue
        hit = next(
            (n for n, f in enumerate(findings) if f.start < span[1] and span[0] < f.end), None
        )
        if hit is None:
            out.append(word)
        elif hit in placed:  # extend the placeholder word over this word too
            placed[hit].end = max(placed[hit].end, word.end)
            placed[hit].interpolated = placed[hit].interpolated or word.interpolated
        else:
            placed[hit] = Word(word.start, word.end, names[hit], word.role, None, word.interpolated)
            out.append(placed[hit])
    return out


def anonymize_transcript(
    transcript: Transcript, detector: PiiDetector, placeholders: Placeholders
) -> AnonymizedTranscript:
    segments: list[Segment] = []
    replacements: list[Replacement] = []
    counts: Counter = Counter()
    for no, segment in enumerate(transcript.segments):
        findings = detector.find(segment.text)
        names = [placeholders.placeholder(f) for f in findings]
        parts: list[str] = []
        length = pos = 0
        for f, name in zip(findings, names, strict=True):
            parts.append(segment.text[pos : f.start])
            length += f.start - pos
            replacements.append(Replacement(no, length, length + len(name), f.value))
            parts.append(name)
            length += len(name)
            pos = f.end
            counts[f.pii_type] += 1
        parts.append(segment.text[pos:])
        words = _anonymize_words(segment, findings, names, detector, placeholders)
        segments.append(Segment(segment.start, segment.end, "".join(parts), segment.role, words))
    return AnonymizedTranscript(transcript.recording_id, segments, replacements, counts)


def find_leaks(anonymized: AnonymizedTranscript, detector: PiiDetector) -> Counter:
    """Scan the anonymized text again: what the detector still finds (placeholders aside)."""
    leaks: Counter = Counter()
    texts = [s.text for s in anonymized.segments]
    texts += [w.text for s in anonymized.segments for w in s.words]
    for text in texts:
        masked = PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), text)
        for finding in detector.find(masked):
            leaks[finding.pii_type] += 1
    return leaks


def restore(texts: list[str], replacements: list[Replacement]) -> list[str]:
    """Original segment texts from anonymized ones and the vault's replacements (exact)."""
    restored = list(texts)
    for r in sorted(replacements, key=lambda r: (r.segment_no, r.start), reverse=True):
        text = restored[r.segment_no]
        restored[r.segment_no] = text[: r.start] + r.original + text[r.end :]
    return restored
