"""Audio with the personal data bleeped: every span the anonymizer replaced is overwritten, on
the channel that said it, by a tone (or silence), padded by a margin.

For quality listeners who must hear the call but not the numbers. Spinoco records one party per
channel, so the other party's audio at that moment stays as it was. Output is Ogg Opus (speech
at low bit rates), same channels and sample rate as the source.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from spinoco_assets.files import atomic_write
from spinoco_assets.transcription.transcript import Segment

PLACEHOLDER = re.compile(r"@([A-Z_]+?)_\d{3}")
TONE_HZ = 1000.0
TONE_LEVEL = 0.1  # -20 dBFS
OPUS_RATES = (8000, 12000, 16000, 24000, 48000)


@dataclass(frozen=True)
class Span:
    role: str
    start_s: float
    end_s: float
    pii_type: str


def placeholder_spans(segments: list[Segment], margin_s: float = 0.15) -> list[Span]:
    """Where each placeholder sits in time (its word's times), padded by `margin_s`."""
    spans: list[Span] = []
    for seg in segments:
        for word in seg.words:
            for m in PLACEHOLDER.finditer(word.text):
                start, end = max(0.0, word.start - margin_s), word.end + margin_s
                spans.append(Span(word.role, round(start, 3), round(end, 3), m.group(1)))
    return spans


def decode(path: Path, rate: int | None = None) -> tuple[np.ndarray, int]:
    """(channels × samples float32, sample rate), resampled to `rate` when given."""
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        rate = rate or stream.codec_context.sample_rate
        layout = stream.codec_context.layout.name
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=rate)
        frames = [r.to_ndarray() for f in container.decode(stream) for r in resampler.resample(f)]
        frames += [r.to_ndarray() for r in resampler.resample(None)]
    if not frames:
        raise ValueError(f"{path.name}: no audio to redact")
    return np.concatenate(frames, axis=1).astype(np.float32), rate


def redact(
    source: Path,
    dest: Path,
    spans: list[Span],
    roles: tuple[str, ...] = ("customer", "agent"),
    mode: str = "tone",
) -> int:
    """Write the redacted copy to `dest` (atomically); returns the number of spans applied."""
    if mode not in ("tone", "silence"):
        raise ValueError("redaction mode must be `tone` or `silence`")
    audio, rate = decode(source)
    applied = 0
    n_channels = audio.shape[0]
    for span in spans:
        channel = roles.index(span.role) if span.role in roles else n_channels
        targets = [channel] if channel < n_channels else range(n_channels)  # mono: all
        a, b = int(span.start_s * rate), min(audio.shape[1], int(span.end_s * rate))
        if a >= b:
            continue
        fill = np.zeros(b - a, dtype=np.float32)
        if mode == "tone":
            fill = TONE_LEVEL * np.sin(2 * np.pi * TONE_HZ * np.arange(a, b) / rate).astype(
                np.float32
            )
        for ch in targets:
            audio[ch, a:b] = fill
        applied += 1
    atomic_write(dest, _encode(audio, rate))
    return applied


def _encode(audio: np.ndarray, rate: int) -> bytes:
    out_rate = rate if rate in OPUS_RATES else 48000
    buffer = io.BytesIO()
    layout = "stereo" if audio.shape[0] == 2 else "mono"
    with av.open(buffer, mode="w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=out_rate, layout=layout)
        resampler = av.AudioResampler(format="s16", layout=layout, rate=out_rate)
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(audio), format="fltp", layout=layout
        )
        frame.sample_rate = rate
        frame.time_base = Fraction(1, rate)
        frame.pts = 0
        for resampled in resampler.resample(frame) + resampler.resample(None):
            for packet in stream.encode(resampled):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return buffer.getvalue()
