"""Transcription through the real WhisperX code on tiny offline models (see tiny_models.py)."""

import os
from pathlib import Path

import numpy as np
import pytest

from spinoco_assets.settings import WhisperSettings
from spinoco_assets.transcription.runner import ModelLoadError, Transcriber, decode
from tests.helpers import TRANSCRIPTS, failure_metadata, materialized, run_batch, tick

DEMO_AUDIO = Path(__file__).resolve().parents[1] / "spinoco_assets" / "devtools" / "demo_audio"


def channel_loudness(path: Path, t: float) -> tuple[float, float]:
    left, right = decode(path)
    i, j = int(t * 16000), int((t + 0.2) * 16000)
    return float(np.abs(left[i:j]).mean()), float(np.abs(right[i:j]).mean())


def test_stereo_words_are_timed_inside_the_audio_and_attributed_by_channel(whisperx):
    path = DEMO_AUDIO / "call_01.ogg"
    transcript = whisperx.transcriber().transcribe("rec", path)
    words = transcript.words
    assert words and {w.role for w in words} == {"customer", "agent"}
    for segment in transcript.segments:
        starts = [w.start for w in segment.words]
        assert starts == sorted(starts)
        assert all(0 <= w.start <= w.end <= transcript.audio_s for w in segment.words)
        left, right = channel_loudness(path, segment.start)
        # the party that speaks at the segment's start is on that role's channel
        assert (left > right) == (segment.role == "customer"), segment.role
    assert transcript.speech_s("customer") > 0 and transcript.speech_s("agent") > 0
    assert any(w.interpolated for w in words)  # digits: times interpolated and flagged


def test_mono_goes_through_diarization(whisperx, tmp_path):
    import av

    left, _ = decode(DEMO_AUDIO / "call_03.ogg")
    mono = tmp_path / "mono.wav"
    with av.open(str(mono), "w") as out:
        stream = out.add_stream("pcm_s16le", rate=16000, layout="mono")
        frame = av.AudioFrame.from_ndarray(
            (left * 32767).astype(np.int16)[None, :], format="s16", layout="mono"
        )
        frame.sample_rate = 16000
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    transcriber = Transcriber(whisperx.settings())
    transcript = transcriber.transcribe("mono", mono)
    assert transcriber.loads["diarization"] == 1
    assert transcript.words
    assert all(w.role.startswith("speaker") or w.role == "unknown" for w in transcript.words)


def test_a_model_that_cannot_load_names_the_setting(tmp_path):
    transcriber = Transcriber(WhisperSettings(model=str(tmp_path / "missing"), device="cpu"))
    with pytest.raises(ModelLoadError, match="WHISPER_MODEL"):
        transcriber.transcribe("x", DEMO_AUDIO / "call_05.ogg")


def test_a_batch_loads_each_model_once_and_bad_audio_fails_alone(
    whisperx, instance, storage, fake, spinoco
):
    sensor = tick(instance, spinoco, storage)
    [request] = sensor.run_requests
    assert run_batch(instance, spinoco, storage, request).success  # ingest only
    keys = [rid for _, rid in fake.available_recordings()]
    silent, corrupt, empty = keys[0], keys[1], keys[2]
    audio = storage.stores().audio_path
    write_silence(audio(silent))
    audio(corrupt).write_bytes(b"OggS" + os.urandom(2000))
    audio(empty).write_bytes(b"")

    transcriber = whisperx.transcriber()
    before = dict(transcriber.loads)
    result = run_batch(instance, spinoco, storage, request, whisperx, stages=[TRANSCRIPTS])
    assert not result.success
    failed = failure_metadata(result)
    assert set(failed) == {corrupt, empty}
    assert all("transcribe" in reason for reason in failed.values())
    assert materialized(instance, TRANSCRIPTS) == set(keys) - {corrupt, empty}
    loads = {k: v - before.get(k, 0) for k, v in transcriber.loads.items()}
    assert all(n <= 1 for n in loads.values()) and sum(transcriber.loads.values()) >= 2
    assert transcriber.loads["ASR"] == 1 and transcriber.loads["alignment"] == 1

    silent_t = storage.stores().vault.transcript(silent)
    assert silent_t.words == []  # silence yields no invented words

    # re-materializing replaces rows, never duplicates them
    run_batch(instance, spinoco, storage, request, whisperx, stages=[TRANSCRIPTS])
    with storage.stores().warehouse.read() as con:
        n, distinct = con.execute(
            "SELECT count(*), count(DISTINCT recording_id) FROM transcript_stats"
        ).fetchone()
        words = con.execute("SELECT sum(words) FROM transcript_stats").fetchone()[0]
    assert n == distinct == len(keys) - 2 and words > 0
    # no transcript text in the analysts' files (the catalog and its data files)
    warehouse = storage.stores().warehouse
    files = [warehouse.path, *warehouse.data_path.rglob("*.parquet")]
    assert len(files) > 1 and not any(b"kotel nefunguje" in f.read_bytes() for f in files)


def write_silence(path: Path) -> None:
    """Ten seconds of stereo digital silence (WAV bytes: the transcriber decodes any format)."""
    import av

    with av.open(str(path), "w", format="wav") as out:
        stream = out.add_stream("pcm_s16le", rate=8000, layout="stereo")
        frame = av.AudioFrame.from_ndarray(
            np.zeros((1, 8000 * 10 * 2), dtype=np.int16), format="s16", layout="stereo"
        )
        frame.sample_rate = 8000
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)


def test_transcripts_code_version_follows_the_settings(monkeypatch):
    from resources.whisperx import transcript_code_version

    base = transcript_code_version(WhisperSettings())
    monkeypatch.setenv("WHISPER_BEAM_SIZE", "1")
    assert WhisperSettings().beam_size == 1  # read from the environment
    assert transcript_code_version(WhisperSettings()) != base
    monkeypatch.setenv("STEREO_CHANNELS", "agent,customer")
    assert WhisperSettings().roles == ("agent", "customer")
