"""Redacted audio: the replaced spans overwritten on the right channel, the rest unchanged."""

from pathlib import Path

import numpy as np
import pytest

from spinoco_assets.devtools.demo_server import AUDIO_DIR
from spinoco_assets.privacy.audio_redaction import Span, decode, placeholder_spans, redact
from spinoco_assets.transcription.transcript import Segment, Word

CLIP = sorted(AUDIO_DIR.glob("call_*.ogg"))[0]
RATE = 8000


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x))))


def window(start_s: float, end_s: float) -> slice:
    return slice(int(start_s * RATE), int(end_s * RATE))


@pytest.mark.parametrize("mode", ["silence", "tone"])
def test_spans_are_replaced_on_their_channel_and_the_rest_is_unchanged(tmp_path: Path, mode):
    original, _ = decode(CLIP)
    agent_span, customer_span = (2.0, 3.0), (5.0, 5.5)
    spans = [Span("agent", *agent_span, "PHONE"), Span("customer", *customer_span, "NAME")]
    dest = tmp_path / "redacted.ogg"
    assert redact(CLIP, dest, spans, ("customer", "agent"), mode) == 2
    assert dest.read_bytes()[:4] == b"OggS"
    redacted, _ = decode(dest, RATE)  # Opus decodes at 48 kHz: compare at the source rate
    assert redacted.shape == original.shape

    inner = window(agent_span[0] + 0.05, agent_span[1] - 0.05)
    assert rms(original[1, inner]) > 0.05  # there was speech to hide
    if mode == "silence":
        assert rms(redacted[1, inner]) < 0.005
    else:  # a 1 kHz tone at -20 dBFS
        spectrum = np.abs(np.fft.rfft(redacted[1, inner]))
        peak_hz = np.argmax(spectrum) * RATE / len(redacted[1, inner])
        assert abs(peak_hz - 1000) < 20 and abs(rms(redacted[1, inner]) - 0.0707) < 0.01
    # The other channel at the same moment, and everything outside the spans, as before.
    x, y = original[0, inner], redacted[0, inner]
    assert rms(x - y) < 0.1 * rms(x) + 0.001  # (here the customer is nearly silent)
    outside = np.ones(original.shape[1], dtype=bool)
    for a, b in (agent_span, customer_span):
        outside[window(a - 0.05, b + 0.05)] = False
    for ch in (0, 1):
        x, y = original[ch, outside], redacted[ch, outside]
        assert rms(x - y) < 0.1 * rms(x)  # within codec tolerance
    c_inner = window(customer_span[0] + 0.05, customer_span[1] - 0.05)
    assert np.corrcoef(original[0, c_inner], redacted[0, c_inner])[0, 1] < 0.5


def test_spans_come_from_the_placeholders_word_times():
    words = [
        Word(1.0, 1.4, "číslo", "customer"),
        Word(1.5, 3.0, "@PHONE_001,", "customer", interpolated=True),
        Word(3.1, 3.5, "@BIRTH_NUMBER_002", "customer"),
    ]
    segments = [Segment(1.0, 3.5, "číslo @PHONE_001, @BIRTH_NUMBER_002", "customer", words)]
    spans = placeholder_spans(segments, margin_s=0.1)
    assert spans == [
        Span("customer", 1.4, 3.1, "PHONE"),
        Span("customer", 3.0, 3.6, "BIRTH_NUMBER"),
    ]


def test_a_bad_mode_is_refused(tmp_path: Path):
    with pytest.raises(ValueError, match="tone"):
        redact(CLIP, tmp_path / "x.ogg", [], mode="beep")
