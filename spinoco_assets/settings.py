"""Every setting of the product, typed and with its default: the one source.

Dagster's definitions, the sensors, the command-line tools and the `transcripts` code version all
read them from here (`load()`, once per process). The README's configuration table and
`.env.example` list exactly these fields (tests/test_settings.py checks it). Secrets are read here
only to know whether they are set; the resources take them as `EnvVar`s at run time.
"""

from dataclasses import dataclass
from functools import cache
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_HOTWORDS = "kotel tepelné čerpadlo topení servis revize bojler radiátor termostat"


class SpinocoSettings(BaseSettings):
    """SPINOCO_*: the API, the data folder, secrets and the pipeline's pace."""

    model_config = SettingsConfigDict(env_prefix="SPINOCO_", extra="ignore", frozen=True)

    api_base: str = Field(default="https://api.spinoco.com", description="API base URL")
    token: str = Field(
        default="", description="API token (secret, never logged); empty = demo mode"
    )
    protocol_version: int = Field(
        default=2, description="`x-spinoco-protocol-version` header; `0` omits it"
    )
    sync_from: str = Field(default="0", description="first sync start: ISO date or epoch ms")
    poll_seconds: int = Field(default=30, description="discovery sensor interval")
    data_dir: str = Field(
        default="data",
        description="audio, vault, warehouse, export, Dagster home, model caches",
    )
    warehouse_path: str = Field(
        default="",
        description="the analysts' DuckLake catalog (data files beside it in `<name>.files/`); "
        "empty: `$SPINOCO_DATA_DIR/warehouse.ducklake`",
    )
    vault_path: str = Field(
        default="",
        description="the encrypted vault (DuckDB); empty: `$SPINOCO_DATA_DIR/vault.duckdb`",
    )
    vault_key: str = Field(
        default="", description="≥32 chars; encrypts the vault, everything personal (secret)"
    )
    pseudonym_key: str = Field(default="", description="≥32 chars; keys phone pseudonyms (secret)")
    batch_size: int = Field(default=200, description="recordings per run")
    max_new_per_tick: int = Field(default=2000, description="cap of new recordings per sensor tick")
    overlap_seconds: int = Field(default=3600, description="re-read window behind the watermark")
    max_attempts: int = Field(default=3, description="automatic attempts per failed recording")
    download_concurrency: int = Field(default=8, description="parallel downloads")
    retry_seconds: int = Field(default=60, description="retry sensor interval")
    keep_partition_days: int = Field(
        default=180, description="archive partitions of finished recordings older than this"
    )
    publish_seconds: float = Field(
        default=10.0,
        description="a stage publishes finished recordings (warehouse rows, green partitions) "
        "at most this often",
    )
    progress_seconds: float = Field(
        default=30.0, description="a stage logs done/total, rate and ETA at most this often"
    )
    redaction: Literal["tone", "silence"] = Field(
        default="tone",
        description="what replaces personal data in `redacted_audio`: tone | silence",
    )
    categories_file: str = Field(
        default="",
        description="call category rules (YAML); empty: the built-in heating-service set",
    )
    alert_webhook: str = Field(
        default="",
        description="Slack/Teams-compatible webhook for failure alerts (secret); empty: none",
    )


class WhisperSettings(BaseSettings):
    """WHISPER_* (and STEREO_CHANNELS, HF_TOKEN): every setting that changes a transcript."""

    model_config = SettingsConfigDict(env_prefix="WHISPER_", extra="ignore", frozen=True)

    model: str = Field(
        default="large-v3", description="faster-whisper model: hub name or local folder"
    )
    device: str = Field(default="auto", description="`auto` (CUDA if present), `cpu`, `cuda`")
    compute_type: str = Field(
        default="", description="CTranslate2 compute type; empty: float16/int8"
    )
    batch_size: int = Field(default=8, description="WhisperX batched inference")
    language: str = Field(default="cs", description="transcription language")
    beam_size: int = Field(default=5, description="decoding beam size")
    temperature: float = Field(default=0.0, description="decoding temperature")
    initial_prompt: str = Field(default="", description="domain prompt for the decoder")
    hotwords: str = Field(
        default=DEFAULT_HOTWORDS, description="domain words the decoder should prefer"
    )
    align_model: str = Field(
        default="", description="word alignment model; empty: WhisperX's Czech one"
    )
    diarize_model: str = Field(
        default="", description="pyannote pipeline for mono recordings; empty: none"
    )
    hf_token: str = Field(
        default="",
        validation_alias=AliasChoices("HF_TOKEN", "hf_token"),
        description="Hugging Face token for gated hub models (secret)",
    )
    stereo_channels: str = Field(
        default="customer,agent",
        validation_alias=AliasChoices("STEREO_CHANNELS", "stereo_channels"),
        description="roles of the left,right channels",
    )
    cache_dir: str = Field(
        default="", description="model caches; empty: `$SPINOCO_DATA_DIR/models`"
    )

    @property
    def roles(self) -> tuple[str, str]:
        left, _, right = self.stereo_channels.partition(",")
        return left.strip() or "customer", right.strip() or "agent"

    def resolved_device(self) -> str:
        if self.device != "auto":
            return self.device
        import torch

        return "cuda" if torch.cuda.is_available() else "cpu"

    def resolved_compute_type(self) -> str:
        if self.compute_type:
            return self.compute_type
        return "float16" if self.resolved_device() == "cuda" else "int8"

    def fingerprint(self) -> str:
        """What changes the transcript: a new value makes existing transcripts stale in the UI."""
        parts = [
            self.model, self.device, self.compute_type, self.language, self.beam_size,
            self.temperature, self.initial_prompt, self.hotwords, self.align_model,
            self.diarize_model, *self.roles,
        ]  # fmt: skip
        return "|".join(str(p) for p in parts)


@dataclass(frozen=True)
class Settings:
    """Both areas, read from the environment in one go."""

    spinoco: SpinocoSettings
    whisper: WhisperSettings


@cache
def load() -> Settings:
    """The process's settings, read once (Dagster loads `.env` into the environment first)."""
    return Settings(spinoco=SpinocoSettings(), whisper=WhisperSettings())


def documented() -> list[tuple[str, str, str]]:
    """(environment variable, default as written in `.env`, description) of every setting:
    what the README's table and `.env.example` must list."""
    rows = []
    for cls in (SpinocoSettings, WhisperSettings):
        prefix = cls.model_config.get("env_prefix", "")
        for name, field in cls.model_fields.items():
            alias = field.validation_alias
            env = alias.choices[0] if isinstance(alias, AliasChoices) else prefix + name
            rows.append((str(env).upper(), str(field.default), field.description or ""))
    return rows


def markdown_table() -> str:
    """The README's configuration table, generated so it cannot drift from the code."""
    lines = ["| variable | default | meaning |", "| --- | --- | --- |"]
    for env, default, description in documented():
        shown = f"`{default}`" if default else "empty"
        lines.append(f"| `{env}` | {shown} | {description} |")
    return "\n".join(lines)
