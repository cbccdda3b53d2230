"""The Spinoco API as a Dagster resource (config from SPINOCO_* environment variables)."""

import dagster as dg
from pydantic import Field

from spinoco_assets.settings import SpinocoSettings
from spinoco_assets.spinoco.client import SpinocoClient

_S = SpinocoSettings.model_fields


class SpinocoResource(dg.ConfigurableResource):
    """Connection settings for the Spinoco API. The token is a secret: pass it as EnvVar."""

    api_base: str = Field(default=_S["api_base"].default, description="SPINOCO_API_BASE")
    token: str = Field(description="SPINOCO_TOKEN: API token, never logged")
    protocol_version: int = Field(
        default=_S["protocol_version"].default, description="SPINOCO_PROTOCOL_VERSION; 0 = omit"
    )
    timeout_s: float = Field(default=30.0, description="per-request timeout")
    max_attempts: int = Field(default=6, description="tries per request before giving up")
    backoff_s: float = Field(default=0.5, description="first backoff step; doubles, with jitter")
    download_concurrency: int = Field(
        default=_S["download_concurrency"].default, description="SPINOCO_DOWNLOAD_CONCURRENCY"
    )
    page_size: int = Field(default=50, description="tasks per /task/query page")

    def client(self, quick: bool = False) -> SpinocoClient:
        """`quick`: few, short attempts, for a sensor tick that must end within 60 s."""
        return SpinocoClient(
            self.api_base,
            self.token,
            protocol_version=self.protocol_version or None,
            timeout_s=min(self.timeout_s, 10.0) if quick else self.timeout_s,
            max_attempts=min(self.max_attempts, 3) if quick else self.max_attempts,
            backoff_s=self.backoff_s,
            max_connections=self.download_concurrency,
        )
