"""Where failure alerts go, as a Dagster resource (the webhook URL is a secret: an EnvVar)."""

import dagster as dg
from pydantic import Field

from spinoco_assets.alerts import post_alert


class AlertResource(dg.ConfigurableResource):
    """A Slack- or Teams-compatible incoming webhook; empty sends nothing."""

    webhook_url: str = Field(default="", description="SPINOCO_ALERT_WEBHOOK (secret)")
    timeout_s: float = Field(default=10.0, description="per-post timeout")

    def send(self, text: str) -> str | None:
        """None when sent (or nothing is configured); else why it was not, log-safe."""
        if not self.webhook_url:
            return None
        return post_alert(self.webhook_url, text, self.timeout_s)
