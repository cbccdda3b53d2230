"""WhisperX settings as a Dagster resource; the models themselves live in `transcription/`."""

import hashlib
import os
from typing import Any

import dagster as dg
from pydantic import Field

from spinoco_assets.settings import SpinocoSettings, WhisperSettings
from spinoco_assets.transcription.runner import Transcriber, get_transcriber

_W = WhisperSettings.model_fields


def _setting(name: str) -> Any:
    """The resource's field for one setting: default and description from `WhisperSettings`."""
    return Field(default=_W[name].default, description=_W[name].description)


class WhisperXResource(dg.ConfigurableResource):
    """Model and decoding settings (`WhisperSettings`). Models load once per process."""

    model: str = _setting("model")
    device: str = _setting("device")
    compute_type: str = _setting("compute_type")
    batch_size: int = _setting("batch_size")
    language: str = _setting("language")
    beam_size: int = _setting("beam_size")
    temperature: float = _setting("temperature")
    initial_prompt: str = _setting("initial_prompt")
    hotwords: str = _setting("hotwords")
    align_model: str = _setting("align_model")
    diarize_model: str = _setting("diarize_model")
    hf_token: str = _setting("hf_token")
    stereo_channels: str = _setting("stereo_channels")
    cache_dir: str = _setting("cache_dir")

    def settings(self) -> WhisperSettings:
        return WhisperSettings(**{name: getattr(self, name) for name in _W})

    def transcriber(self) -> Transcriber:
        return get_transcriber(self.settings())


def whisperx_resource(whisper: WhisperSettings, spinoco: SpinocoSettings) -> WhisperXResource:
    """The resource Dagster binds, from the settings; the hub token stays an EnvVar (secret)."""
    values = whisper.model_dump(exclude={"hf_token"})
    values["cache_dir"] = values["cache_dir"] or os.path.join(
        os.path.abspath(spinoco.data_dir), "models"
    )
    if whisper.hf_token:
        values["hf_token"] = dg.EnvVar("HF_TOKEN")
    return WhisperXResource(**values)


def transcript_code_version(settings: WhisperSettings) -> str:
    """Changes whenever a setting that changes transcripts changes: old ones turn stale."""
    digest = hashlib.sha256(settings.fingerprint().encode()).hexdigest()[:12]
    return f"whisperx-{digest}"
