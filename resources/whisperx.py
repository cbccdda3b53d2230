"""WhisperX settings as a Dagster resource; the models themselves live in `transcriber.py`."""

import hashlib
import os

import dagster as dg
from pydantic import Field

from spinoco_assets.transcriber import Transcriber, WhisperSettings, get_transcriber

DEFAULT_HOTWORDS = "kotel tepelné čerpadlo topení servis revize bojler radiátor termostat"


class WhisperXResource(dg.ConfigurableResource):
    """Model and decoding settings (WHISPER_* variables). Models load once per process."""

    model: str = Field(default="large-v3", description="WHISPER_MODEL: hub name or local folder")
    device: str = Field(default="auto", description="WHISPER_DEVICE: auto | cpu | cuda")
    compute_type: str = Field(default="", description="WHISPER_COMPUTE_TYPE; empty: fp16/int8")
    batch_size: int = Field(default=8, description="WHISPER_BATCH_SIZE")
    language: str = Field(default="cs", description="WHISPER_LANGUAGE")
    beam_size: int = Field(default=5, description="WHISPER_BEAM_SIZE")
    temperature: float = Field(default=0.0, description="WHISPER_TEMPERATURE")
    initial_prompt: str = Field(default="", description="WHISPER_INITIAL_PROMPT")
    hotwords: str = Field(default=DEFAULT_HOTWORDS, description="WHISPER_HOTWORDS")
    align_model: str = Field(default="", description="WHISPER_ALIGN_MODEL; empty: WhisperX's")
    diarize_model: str = Field(default="", description="WHISPER_DIARIZE_MODEL; empty: none")
    hf_token: str = Field(default="", description="HF_TOKEN for gated hub models (secret)")
    stereo_channels: str = Field(
        default="customer,agent", description="STEREO_CHANNELS: roles of left,right"
    )
    cache_dir: str = Field(default="", description="model caches; default <data>/models")

    def settings(self) -> WhisperSettings:
        left, _, right = self.stereo_channels.partition(",")
        return WhisperSettings(
            model=self.model,
            device=self.device,
            compute_type=self.compute_type,
            batch_size=self.batch_size,
            language=self.language,
            beam_size=self.beam_size,
            temperature=self.temperature,
            initial_prompt=self.initial_prompt,
            hotwords=self.hotwords,
            align_model=self.align_model,
            diarize_model=self.diarize_model,
            hf_token=self.hf_token,
            left_role=left.strip() or "customer",
            right_role=right.strip() or "agent",
            cache_dir=self.cache_dir,
        )

    def transcriber(self) -> Transcriber:
        return get_transcriber(self.settings())


_ENV = {
    "model": "WHISPER_MODEL",
    "device": "WHISPER_DEVICE",
    "compute_type": "WHISPER_COMPUTE_TYPE",
    "batch_size": "WHISPER_BATCH_SIZE",
    "language": "WHISPER_LANGUAGE",
    "beam_size": "WHISPER_BEAM_SIZE",
    "temperature": "WHISPER_TEMPERATURE",
    "initial_prompt": "WHISPER_INITIAL_PROMPT",
    "hotwords": "WHISPER_HOTWORDS",
    "align_model": "WHISPER_ALIGN_MODEL",
    "diarize_model": "WHISPER_DIARIZE_MODEL",
    "stereo_channels": "STEREO_CHANNELS",
}


def whisperx_from_env() -> WhisperXResource:
    """Settings are read when definitions load, so the UI shows them and code versions follow
    them; only the hub token stays an EnvVar (a secret)."""
    values = {field: os.environ[var] for field, var in _ENV.items() if os.environ.get(var)}
    data_dir = os.environ.get("SPINOCO_DATA_DIR", "data")
    values.setdefault("cache_dir", os.path.join(os.path.abspath(data_dir), "models"))
    if os.environ.get("HF_TOKEN"):
        values["hf_token"] = dg.EnvVar("HF_TOKEN")
    return WhisperXResource(**values)


def transcript_code_version(resource: WhisperXResource) -> str:
    """Changes whenever a setting that changes transcripts changes: old ones turn stale."""
    digest = hashlib.sha256(resource.settings().fingerprint().encode()).hexdigest()[:12]
    return f"whisperx-{digest}"
