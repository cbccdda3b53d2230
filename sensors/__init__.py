"""Sensors: discover new Spinoco recordings, retry the ones that failed, alert on failures."""

from sensors.alerts import alert_on_failure
from sensors.discovery import spinoco_discovery
from sensors.retries import retry_failed_recordings

__all__ = ["alert_on_failure", "retry_failed_recordings", "spinoco_discovery"]
