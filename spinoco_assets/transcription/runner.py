"""WhisperX, stereo-aware: each Spinoco channel is one party, so the channel IS the speaker.

Models load lazily, once per process (see `get_transcriber`), and are reused for every recording
of every batch the process runs. A stereo recording is transcribed channel by channel (VAD skips
each channel's silence) and merged by time; a mono one goes through pyannote diarization when a
model is configured, else it is marked single-speaker.
"""

import collections
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import av
import numpy as np

from spinoco_assets.settings import WhisperSettings
from spinoco_assets.transcription.transcript import (
    Segment,
    Transcript,
    merge_by_time,
    rms_dbfs,
    segments_from_aligned,
)

# pyannote turns telemetry on at import unless this is already set; whisperx imports it lazily.
os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")

log = logging.getLogger(__name__)
SAMPLE_RATE = 16_000


class ModelLoadError(RuntimeError):
    """A model could not be loaded; the message names the setting to change."""


def _channels(path: Path) -> int:
    with av.open(str(path)) as container:
        return container.streams.audio[0].codec_context.channels


def decode(path: Path) -> list[np.ndarray]:
    """One float32 16 kHz array per channel (PyAV: no system ffmpeg needed)."""
    from faster_whisper import decode_audio

    if _channels(path) >= 2:
        left, right = decode_audio(str(path), sampling_rate=SAMPLE_RATE, split_stereo=True)
        return [left, right]
    return [decode_audio(str(path), sampling_rate=SAMPLE_RATE)]


class Transcriber:
    def __init__(self, settings: WhisperSettings) -> None:
        self.settings = settings
        self.device = settings.resolved_device()
        self.loads: collections.Counter[str] = collections.Counter()
        self._asr: Any = None
        self._align: tuple[Any, dict] | None = None
        self._diarize: Any = None
        self._lock = threading.Lock()

    # --- models, loaded on first use ------------------------------------------------------------

    def _load(self, what: str, setting: str, value: str, loader: Any) -> Any:
        try:
            model = loader()
        except Exception as exc:
            raise ModelLoadError(
                f"cannot load the {what} model {value!r} ({type(exc).__name__}: {exc}). "
                f"Set {setting} to a local folder when there is no network "
                "(`python -m spinoco_assets.devtools.tiny_models DIR` builds tiny test models)."
            ) from exc
        self.loads[what] += 1
        return model

    def asr(self) -> Any:
        if self._asr is None:
            import whisperx

            _quiet_whisperx()
            s = self.settings
            options = {
                "beam_size": s.beam_size,
                "temperatures": [s.temperature],
                "initial_prompt": s.initial_prompt.strip() or None,
                "hotwords": s.hotwords.strip() or None,
            }
            self._asr = self._load(
                "ASR",
                "WHISPER_MODEL",
                s.model,
                lambda: whisperx.load_model(
                    s.model,
                    self.device,
                    compute_type=s.resolved_compute_type(),
                    language=s.language or None,
                    asr_options=options,
                    vad_method="pyannote",  # bundled; silero would fetch from GitHub
                    download_root=s.cache_dir or None,
                ),
            )
        return self._asr

    def aligner(self) -> tuple[Any, dict]:
        if self._align is None:
            import whisperx

            s = self.settings
            _ensure_punkt(s.language, s.cache_dir)
            self._align = self._load(
                "alignment",
                "WHISPER_ALIGN_MODEL",
                s.align_model or f"default for {s.language}",
                lambda: whisperx.load_align_model(
                    language_code=s.language,
                    device=self.device,
                    model_name=s.align_model or None,
                    model_dir=s.cache_dir or None,
                ),
            )
        return self._align

    def diarizer(self) -> Any:
        if self._diarize is None:
            from whisperx.diarize import DiarizationPipeline

            s = self.settings
            self._diarize = self._load(
                "diarization",
                "WHISPER_DIARIZE_MODEL",
                s.diarize_model,
                lambda: DiarizationPipeline(
                    model_name=s.diarize_model, token=s.hf_token or None, device=self.device
                ),
            )
        return self._diarize

    # --- one recording -------------------------------------------------------------------------

    def _language_probability(self, audio: np.ndarray) -> float | None:
        """Probability of the configured language on the first 30 s (one encoder pass)."""
        try:
            _, _, all_probs = self.asr().model.detect_language(audio[: 30 * SAMPLE_RATE])
        except Exception:  # language detection is informative only
            return None
        return next((round(p, 4) for lang, p in all_probs if lang == self.settings.language), 0.0)

    def _channel(self, audio: np.ndarray, role: str) -> tuple[list[Segment], dict[str, int]]:
        import whisperx

        result = self.asr().transcribe(audio, batch_size=self.settings.batch_size)
        if not result["segments"]:
            return [], {}
        model, metadata = self.aligner()
        aligned = whisperx.align(result["segments"], model, metadata, audio, self.device)
        return segments_from_aligned(aligned, role, _loudness(audio))

    def _mono(self, audio: np.ndarray) -> tuple[list[Segment], dict[str, int]]:
        import whisperx

        if not self.settings.diarize_model:
            log.warning("mono recording and no WHISPER_DIARIZE_MODEL: marked single-speaker")
            return self._channel(audio, "speaker")
        result = self.asr().transcribe(audio, batch_size=self.settings.batch_size)
        if not result["segments"]:
            return [], {}
        model, metadata = self.aligner()
        aligned = whisperx.align(result["segments"], model, metadata, audio, self.device)
        turns = self.diarizer()(audio)
        aligned = whisperx.assign_word_speakers(turns, aligned)
        segments: list[Segment] = []
        dropped: dict[str, int] = {}
        loudness = _loudness(audio)
        for speaker in sorted({s.get("speaker") or "unknown" for s in aligned["segments"]}):
            mine = {
                "segments": [
                    s for s in aligned["segments"] if (s.get("speaker") or "unknown") == speaker
                ]
            }
            kept, lost = segments_from_aligned(mine, speaker.lower(), loudness)
            segments += kept
            for k, v in lost.items():
                dropped[k] = dropped.get(k, 0) + v
        return merge_by_time(segments), dropped

    def transcribe(self, recording_id: str, path: Path) -> Transcript:
        channels = decode(path)
        with self._lock:  # one recording at a time per model; batching is inside WhisperX
            if len(channels) >= 2:
                roles = self.settings.roles
                parts = [self._channel(a, r) for a, r in zip(channels[:2], roles, strict=True)]
                segments = merge_by_time(*(p[0] for p in parts))
                dropped: dict[str, int] = {}
                for _, lost in parts:
                    for k, v in lost.items():
                        dropped[k] = dropped.get(k, 0) + v
                mix = (channels[0] + channels[1]) / 2
            else:
                segments, dropped = self._mono(channels[0])
                mix = channels[0]
            probability = self._language_probability(mix) if segments else None
        return Transcript(
            recording_id=recording_id,
            language=self.settings.language,
            language_probability=probability,
            audio_s=round(len(channels[0]) / SAMPLE_RATE, 3),
            segments=segments,
            dropped=dropped,
        )


def _loudness(audio: np.ndarray) -> Callable[[float, float], float]:
    def loudness(start: float, end: float) -> float:
        return rms_dbfs(audio[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)])

    return loudness


def _quiet_whisperx() -> None:
    """WhisperX logs segment TEXT in its alignment warnings: transcripts are personal data."""
    logging.getLogger("whisperx").setLevel(logging.ERROR)
    for name in list(logging.root.manager.loggerDict):
        if name.startswith("whisperx."):
            logging.getLogger(name).setLevel(logging.ERROR)


def _ensure_punkt(language: str, cache_dir: str) -> None:
    """whisperx.align needs NLTK's punkt_tab and would call nltk.download without it (no
    network here): fall back to a minimal, valid one under the model cache."""
    import nltk

    from spinoco_assets.transcription.punkt import write_punkt_tab

    names = {"cs": "czech", "en": "english"}
    try:
        for lang in {names.get(language, "english"), "english"}:
            nltk.data.find(f"tokenizers/punkt_tab/{lang}/")
    except LookupError:
        folder = Path(cache_dir or ".") / "nltk_data"
        write_punkt_tab(folder)
        if str(folder) not in nltk.data.path:
            nltk.data.path.insert(0, str(folder))


_CACHE: dict[WhisperSettings, Transcriber] = {}
_CACHE_LOCK = threading.Lock()


def get_transcriber(settings: WhisperSettings) -> Transcriber:
    """The process-wide transcriber for these settings: models load once per process."""
    with _CACHE_LOCK:
        if settings not in _CACHE:
            os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")
            if settings.cache_dir:
                for var, sub in (("TORCH_HOME", "torch"), ("XDG_CACHE_HOME", "xdg"),
                                 ("MPLCONFIGDIR", "matplotlib"), ("HF_HOME", "hf")):  # fmt: skip
                    os.environ.setdefault(var, str(Path(settings.cache_dir) / sub))
            _CACHE[settings] = Transcriber(settings)
        return _CACHE[settings]
