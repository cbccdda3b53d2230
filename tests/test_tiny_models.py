"""The tiny offline models load and run through the real WhisperX functions.

Everything here is offline: the fixture points every cache into the pytest temp folder and makes
`nltk.download` fail loudly, so a missing piece shows up as an error instead of a network call.
"""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from spinoco_assets.devtools.tiny_models import (
    DEFAULT_SENTENCE,
    OFFLINE_ENV,
    build_tiny_models,
    cache_env,
)

ROOT = Path(__file__).resolve().parents[1]
DEMO_CLIP = ROOT / "spinoco_assets" / "devtools" / "demo_audio" / "call_02.ogg"
SAMPLE_RATE = 16000


@pytest.fixture(scope="session")
def models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    root = tmp_path_factory.mktemp("tiny_models")
    with pytest.MonkeyPatch.context() as mp:
        for key, value in {**OFFLINE_ENV, **cache_env(root / "cache")}.items():
            mp.setenv(key, value)
        settings = build_tiny_models(root)
        mp.setenv("NLTK_DATA", settings["NLTK_DATA"])
        import nltk  # reads NLTK_DATA at import; another test may have imported it already

        mp.setattr(nltk.data, "path", [settings["NLTK_DATA"], *nltk.data.path])
        mp.setattr(nltk, "download", _no_download)
        yield settings


def _no_download(*args: object, **kwargs: object) -> None:
    raise AssertionError("nltk.download called: the punkt_tab data is incomplete")


@pytest.fixture(scope="session")
def audio() -> np.ndarray:
    """Ten seconds of a committed synthetic call, both channels mixed to mono 16 kHz."""
    from faster_whisper import decode_audio

    left, right = decode_audio(str(DEMO_CLIP), sampling_rate=SAMPLE_RATE, split_stereo=True)
    return (left + right)[: 10 * SAMPLE_RATE]


@pytest.fixture(scope="session")
def asr(models: dict[str, str]) -> Any:
    import whisperx

    return whisperx.load_model(
        models["WHISPER_MODEL"],
        device="cpu",
        compute_type="int8",
        language="cs",
        vad_method="pyannote",
    )


@pytest.fixture(scope="session")
def transcript(asr: Any, audio: np.ndarray) -> dict[str, Any]:
    return asr.transcribe(audio, batch_size=4, language="cs")


def test_build_returns_env_and_is_idempotent(models: dict[str, str]) -> None:
    assert set(models) == {
        "WHISPER_MODEL",
        "WHISPER_ALIGN_MODEL",
        "WHISPER_DIARIZE_MODEL",
        "NLTK_DATA",
    }
    weights = Path(models["WHISPER_MODEL"]) / "model.bin"
    before = weights.stat().st_mtime_ns
    assert build_tiny_models(Path(models["WHISPER_MODEL"]).parent) == models
    assert weights.stat().st_mtime_ns == before  # reused, not rebuilt
    for key in ("WHISPER_MODEL", "WHISPER_ALIGN_MODEL", "WHISPER_DIARIZE_MODEL"):
        assert Path(models[key], "tiny_model.json").is_file()


def test_transcribe_says_the_sentence(transcript: dict[str, Any], audio: np.ndarray) -> None:
    duration = len(audio) / SAMPLE_RATE
    assert transcript["language"] == "cs"
    assert transcript["segments"], "the VAD found no speech in the demo clip"
    for segment in transcript["segments"]:
        assert segment["text"].strip() == DEFAULT_SENTENCE
        assert 0 <= segment["start"] < segment["end"] <= duration


def test_silence_gives_no_segments(asr: Any) -> None:
    silence = np.zeros(3 * SAMPLE_RATE, dtype=np.float32)
    assert asr.transcribe(silence, batch_size=4, language="cs")["segments"] == []


def test_another_sentence(tmp_path: Path, models: dict[str, str], audio: np.ndarray) -> None:
    import whisperx

    sentence = "haló, je tam někdo? topení nehřeje"
    settings = build_tiny_models(tmp_path, sentence=sentence)
    model = whisperx.load_model(
        settings["WHISPER_MODEL"], device="cpu", compute_type="int8", language="cs"
    )
    segments = model.transcribe(audio, batch_size=4, language="cs")["segments"]
    assert [s["text"].strip() for s in segments] == [sentence] * len(segments) != []


def test_align_gives_word_times(
    models: dict[str, str], transcript: dict[str, Any], audio: np.ndarray
) -> None:
    import whisperx

    model, metadata = whisperx.load_align_model(
        language_code="cs", device="cpu", model_name=models["WHISPER_ALIGN_MODEL"]
    )
    assert "ř" in metadata["dictionary"] and "7" not in metadata["dictionary"]
    aligned = whisperx.align(transcript["segments"], model, metadata, audio, "cpu")
    words = aligned["word_segments"]
    assert [w["word"] for w in words] == DEFAULT_SENTENCE.split() * len(transcript["segments"])
    alphabetic = [w for w in words if w["word"].strip(",").isalpha()]
    assert alphabetic and all("start" in w and "end" in w for w in alphabetic)
    starts = [w["start"] for w in alphabetic]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    duration = len(audio) / SAMPLE_RATE
    assert all(0 <= w["start"] < w["end"] <= duration for w in alphabetic)
    # whisperx 3.8.6 aligns characters missing from the vocabulary (digits) with a wildcard.
    assert all("start" in w for w in words if w["word"].isdigit())


@pytest.mark.filterwarnings("ignore:std\\(\\)")  # pooling over a near-empty random turn
def test_diarize_gives_turns(models: dict[str, str], audio: np.ndarray) -> None:
    import whisperx
    from whisperx.diarize import DiarizationPipeline

    pipeline = DiarizationPipeline(model_name=models["WHISPER_DIARIZE_MODEL"], device="cpu")
    turns = pipeline(audio)
    assert len(turns) >= 1
    assert {"start", "end", "speaker"} <= set(turns.columns)
    duration = len(audio) / SAMPLE_RATE
    assert ((turns["start"] >= 0) & (turns["start"] < turns["end"])).all()
    assert (turns["end"] <= duration + 0.1).all()
    segments = [{"start": 0.5, "end": 2.0, "text": "ahoj"}]
    labelled = whisperx.assign_word_speakers(turns, {"segments": segments})
    assert labelled["segments"][0]["speaker"] in set(turns["speaker"])


def test_cli_prints_env_lines(models: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    root = Path(models["WHISPER_MODEL"]).parent
    proc = subprocess.run(
        [sys.executable, "-m", "spinoco_assets.tiny_models", str(root)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    lines = proc.stdout.splitlines()
    for key, value in models.items():
        assert f"{key}={value}" in lines
    assert "PYANNOTE_METRICS_ENABLED=0" in lines
