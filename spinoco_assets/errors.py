"""Failure reasons that are safe to show: in logs, Dagster metadata and alerts."""

from spinoco_assets.spinoco.client import SpinocoError
from spinoco_assets.spinoco.tasks import InvalidTask


def safe_reason(exc: Exception) -> str:
    """Our own errors carry log-safe messages; anything else is reported by type only."""
    if isinstance(exc, (SpinocoError, InvalidTask)) or type(exc) is LookupError:
        return f"{type(exc).__name__}: {exc}"  # raised by our code, with log-safe messages
    return type(exc).__name__  # e.g. str(KeyError(k)) would be the key itself
