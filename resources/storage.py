"""The data folder and the secrets that protect what is personal in it, as a Dagster resource."""

import dagster as dg
from pydantic import Field

from spinoco_assets.settings import SpinocoSettings
from spinoco_assets.stores import Stores

_S = SpinocoSettings.model_fields


class StorageResource(dg.ConfigurableResource):
    """Data folder layout: audio/, the encrypted vault, the warehouse, export/."""

    data_dir: str = Field(default=_S["data_dir"].default, description="SPINOCO_DATA_DIR")
    warehouse_path: str = Field(default="", description="SPINOCO_WAREHOUSE_PATH")
    vault_path: str = Field(default="", description="SPINOCO_VAULT_PATH")
    vault_key: str = Field(description="SPINOCO_VAULT_KEY: encrypts everything personal at rest")
    pseudonym_key: str = Field(description="SPINOCO_PSEUDONYM_KEY: keys the phone pseudonyms")

    def stores(self) -> Stores:
        """The stores for one run: build once, hand them to the stages."""
        return Stores.open(
            self.data_dir, self.vault_key, self.pseudonym_key, self.warehouse_path, self.vault_path
        )
