"""Anonymize a transcript: placeholders in the text AND in the timed words, and an exact way back.

Pure functions over `Transcript` objects. Each segment's text is scanned; every finding becomes
its call-wide placeholder, and the words it covered become one placeholder word spanning the
start of the first to the end of the last. What was replaced is kept as `Replacement`s (the
vault's part), so `restore` rebuilds the original text exactly.
"""

from collections import Counter
from dataclasses import asdict, dataclass, field

from spinoco_assets.privacy.pii import Finding, PiiDetector, Placeholders
from spinoco_assets.privacy.residue import residue
from spinoco_assets.transcription.transcript import Segment, Transcript, Word


@dataclass(frozen=True)
class Replacement:
    segment_no: int
    start: int  # span of the placeholder in the anonymized segment text
    end: int
    original: str
    placeholder: str = ""
    pii_type: str = ""
    key: str = ""  # the detector's normalized form (9 phone digits, lower-case e-mail, lemma)


@dataclass
class AnonymizedTranscript:
    recording_id: str
    segments: list[Segment]
    replacements: list[Replacement]
    counts: Counter = field(default_factory=Counter)  # pii_type -> values replaced

    def to_json(self) -> dict:
        """The shareable part, timed words included: no originals (those go to the vault)."""
        return {"recording_id": self.recording_id, "segments": [asdict(s) for s in self.segments]}

    def sealed_json(self) -> dict:
        """Everything, originals included: only ever written to the vault (quarantine)."""
        return {
            **self.to_json(),
            "replacements": [asdict(r) for r in self.replacements],
            "counts": dict(self.counts),
        }

    @classmethod
    def from_json(cls, data: dict) -> "AnonymizedTranscript":
        """What `to_json` wrote (the anonymized file): segments and timed words, no originals."""
        segments = [
            Segment(**{**s, "words": [Word(**w) for w in s["words"]]}) for s in data["segments"]
        ]
        return cls(recording_id=data["recording_id"], segments=segments, replacements=[])

    @classmethod
    def from_sealed_json(cls, data: dict) -> "AnonymizedTranscript":
        anon = cls.from_json(data)
        anon.replacements = [Replacement(**r) for r in data["replacements"]]
        anon.counts = Counter(data["counts"])
        return anon


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


def _with_extra(text: str, findings: list[Finding], extra: list[tuple[str, str]]) -> list[Finding]:
    """Add a reviewer's marked values (type, exact text; any case) where the detector found
    nothing overlapping."""
    out = list(findings)
    lower = text.lower()
    for pii_type, value in extra:
        start = lower.find(value.lower())
        while value and start >= 0:
            end = start + len(value)
            if not any(f.start < end and start < f.end for f in out):
                out.append(Finding(start, end, pii_type, text[start:end], value.lower()))
            start = lower.find(value.lower(), end)
    return sorted(out, key=lambda f: f.start)


def anonymize_transcript(
    transcript: Transcript,
    detector: PiiDetector,
    placeholders: Placeholders,
    extra: list[tuple[str, str]] | None = None,
    known_phones: tuple[str, ...] = (),
) -> AnonymizedTranscript:
    """`extra`: values a reviewer marked by hand (type, text), replaced like findings;
    `known_phones`: the call's own numbers from its metadata, always replaced."""
    segments: list[Segment] = []
    replacements: list[Replacement] = []
    counts: Counter = Counter()
    for no, segment in enumerate(transcript.segments):
        found = detector.find(segment.text, known_phones)
        findings = _with_extra(segment.text, found, extra or [])
        names = [placeholders.placeholder(f) for f in findings]
        parts: list[str] = []
        length = pos = 0
        for f, name in zip(findings, names, strict=True):
            parts.append(segment.text[pos : f.start])
            length += f.start - pos
            replacements.append(
                Replacement(no, length, length + len(name), f.value, name, f.pii_type, f.key)
            )
            parts.append(name)
            length += len(name)
            pos = f.end
            counts[f.pii_type] += 1
        parts.append(segment.text[pos:])
        words = _anonymize_words(segment, findings, names, detector, placeholders)
        segments.append(Segment(segment.start, segment.end, "".join(parts), segment.role, words))
    return AnonymizedTranscript(transcript.recording_id, segments, replacements, counts)


def residue_of(anonymized: AnonymizedTranscript) -> Counter:
    """What still looks personal after anonymization, by kind, from the independent residue
    scan (residue.py): segment texts and their timed words."""
    found: Counter = Counter()
    for segment in anonymized.segments:
        # the timed words are the text's own tokens: count each thing once, from either
        found.update(residue(segment.text) | residue(" ".join(w.text for w in segment.words)))
    return found


def restore(texts: list[str], replacements: list[Replacement]) -> list[str]:
    """Original segment texts from anonymized ones and the vault's replacements (exact)."""
    restored = list(texts)
    for r in sorted(replacements, key=lambda r: (r.segment_no, r.start), reverse=True):
        text = restored[r.segment_no]
        restored[r.segment_no] = text[: r.start] + r.original + text[r.end :]
    return restored
