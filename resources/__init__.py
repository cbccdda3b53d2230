"""Dagster resources: thin, configurable wrappers around the product's plain Python parts."""

from resources.alerts import AlertResource
from resources.spinoco import SpinocoResource
from resources.storage import StorageResource

__all__ = ["AlertResource", "SpinocoResource", "StorageResource"]
