"""Where the product keeps files, and the secrets that protect what is personal in them."""

import os
from pathlib import Path

import dagster as dg
from pydantic import Field

from spinoco_assets.pseudonyms import Pseudonymizer
from spinoco_assets.sealed import SealedStore
from spinoco_assets.warehouse import Warehouse


class StorageResource(dg.ConfigurableResource):
    """Data folder layout: audio/, protected/ (sealed landing files and vault), warehouse."""

    data_dir: str = Field(default="data", description="SPINOCO_DATA_DIR")
    warehouse_path: str = Field(
        default="", description="SPINOCO_WAREHOUSE_PATH; default <data_dir>/warehouse.duckdb"
    )
    vault_key: str = Field(description="SPINOCO_VAULT_KEY: encrypts everything personal at rest")
    pseudonym_key: str = Field(description="SPINOCO_PSEUDONYM_KEY: keys the phone pseudonyms")

    @property
    def root(self) -> Path:
        return Path(self.data_dir)

    def audio_path(self, recording_id: str) -> Path:
        """Only for validated recording IDs (UUIDs): sharded so no folder grows huge."""
        return self.root / "audio" / recording_id[:2] / f"{recording_id}.ogg"

    def anonymized_path(self, recording_id: str) -> Path:
        """The anonymized transcript with its timed words (no personal data), for AI work."""
        return self.root / "anonymized" / recording_id[:2] / f"{recording_id}.json"

    @property
    def incoming(self) -> Path:
        """Where downloads are written before they are checked and renamed into audio/."""
        return self.root / "audio" / ".incoming"

    def protected(self) -> SealedStore:
        return SealedStore(self.root / "protected", self.vault_key)

    def pseudonymizer(self) -> Pseudonymizer:
        return Pseudonymizer(self.pseudonym_key)

    def warehouse(self) -> Warehouse:
        return Warehouse(Path(self.warehouse_path or self.root / "warehouse.duckdb"))


def storage_from_env() -> StorageResource:
    """For the command-line tools (vault restore, erasure): the same settings as Dagster's."""
    return StorageResource(
        data_dir=os.environ.get("SPINOCO_DATA_DIR", "data"),
        warehouse_path=os.environ.get("SPINOCO_WAREHOUSE_PATH", ""),
        vault_key=os.environ.get("SPINOCO_VAULT_KEY", ""),
        pseudonym_key=os.environ.get("SPINOCO_PSEUDONYM_KEY", ""),
    )
