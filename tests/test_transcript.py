"""Clean-up of Whisper's known failures, on hand-built inputs (no models)."""

import numpy as np

from spinoco_assets.transcription.transcript import (
    Segment,
    Transcript,
    artefact_reason,
    interpolate_times,
    merge_by_time,
    rms_dbfs,
    segments_from_aligned,
)


def test_subtitle_credits_and_silence_are_artefacts():
    assert artefact_reason("Titulky vytvořil JohnyX", -20) == "subtitle_artefact"
    assert artefact_reason("www.example.cz", -20) == "subtitle_artefact"
    assert artefact_reason("dobrý den", -70) == "silence"
    assert artefact_reason("dobrý den, kotel nejede", -20) is None


def test_digits_without_times_are_interpolated_between_neighbours():
    words = [
        {"word": "volejte", "start": 1.0, "end": 1.5, "score": 0.9},
        {"word": "777", "start": 1.5, "end": 1.6, "score": 0.5},  # a wildcard match
        {"word": "123"},  # not aligned at all
        {"word": "díky", "start": 3.5, "end": 4.0, "score": 0.8},
    ]
    out = interpolate_times(words, 0.5, 4.5)
    assert [w.interpolated for w in out] == [False, True, True, False]
    assert out[1].start == 1.5 and out[2].end == 3.5
    assert all(a.end <= b.start + 1e-9 for a, b in zip(out, out[1:], strict=False))


def test_untimed_words_at_the_edges_use_the_segment_bounds():
    out = interpolate_times([{"word": "42"}], 2.0, 3.0)
    assert (out[0].start, out[0].end, out[0].interpolated) == (2.0, 3.0, True)


def test_segments_are_cleaned_and_counted():
    aligned = {
        "segments": [
            {
                "start": 0.0,
                "end": 1.0,
                "text": "dobrý den",
                "words": [
                    {"word": "dobrý", "start": 0.0, "end": 0.4},
                    {"word": "den", "start": 0.5, "end": 1.0},
                ],
            },
            {"start": 5.0, "end": 6.0, "text": "Titulky vytvořil někdo", "words": []},
            {"start": 8.0, "end": 9.0, "text": "haló", "words": [{"word": "haló"}]},
        ]
    }
    loudness = {0.0: -20.0, 5.0: -20.0, 8.0: -80.0}
    kept, dropped = segments_from_aligned(aligned, "agent", lambda s, e: loudness[s])
    assert [s.text for s in kept] == ["dobrý den"]
    assert dropped == {"subtitle_artefact": 1, "silence": 1}
    assert {w.role for w in kept[0].words} == {"agent"}


def test_overlapping_speech_is_kept_for_both_parties():
    a = [Segment(0.0, 2.0, "ano", "customer")]
    b = [Segment(1.0, 3.0, "no právě", "agent")]
    merged = merge_by_time(a, b)
    assert [s.role for s in merged] == ["customer", "agent"]
    t = Transcript("r", "cs", None, 3.0, merged)
    assert t.speech_s("customer") == 2.0 and t.speech_s("agent") == 2.0
    assert Transcript.from_json(t.to_json()) == t


def test_loudness_of_silence_and_signal():
    assert rms_dbfs(np.zeros(1600, dtype=np.float32)) < -100
    tone = 0.5 * np.sin(np.linspace(0, 200 * np.pi, 16000)).astype(np.float32)
    assert -12 < rms_dbfs(tone) < -8
