"""Sensors: discover new Spinoco recordings, and retry the ones that failed."""

from sensors.discovery import spinoco_discovery
from sensors.retries import retry_failed_recordings

__all__ = ["retry_failed_recordings", "spinoco_discovery"]
