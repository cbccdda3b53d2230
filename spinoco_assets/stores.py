"""Where the product keeps its data, and the objects that guard each part of it.

Built once per run (or command) from the storage settings and handed to whatever needs them, so
no stage reaches back into Dagster for a path or a store.
"""

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from spinoco_assets.privacy.pseudonyms import Pseudonymizer
from spinoco_assets.privacy.sealed import SealedStore
from spinoco_assets.privacy.vault import Vault
from spinoco_assets.recordings.landing import Landing
from spinoco_assets.settings import SpinocoSettings
from spinoco_assets.warehouse.export import Export
from spinoco_assets.warehouse.writer import Warehouse


@dataclass(frozen=True)
class Stores:
    root: Path
    sealed: SealedStore  # landing files and vault entries, encrypted with SPINOCO_VAULT_KEY
    landing: Landing
    vault: Vault
    warehouse: Warehouse
    export: Export
    pseudonym_key: str = field(repr=False)

    @cached_property
    def pseudonyms(self) -> Pseudonymizer:
        """Built on first use: tools that never pseudonymize need no SPINOCO_PSEUDONYM_KEY."""
        return Pseudonymizer(self.pseudonym_key)

    @classmethod
    def open(
        cls, data_dir: str, vault_key: str, pseudonym_key: str, warehouse_path: str = ""
    ) -> "Stores":
        root = Path(data_dir)
        sealed = SealedStore(root / "protected", vault_key)
        return cls(
            root=root,
            sealed=sealed,
            landing=Landing(sealed),
            vault=Vault(sealed),
            warehouse=Warehouse(Path(warehouse_path or root / "warehouse.duckdb")),
            export=Export(root / "export"),
            pseudonym_key=pseudonym_key,
        )

    @classmethod
    def from_settings(cls, settings: SpinocoSettings) -> "Stores":
        return cls.open(
            settings.data_dir, settings.vault_key, settings.pseudonym_key, settings.warehouse_path
        )

    def audio_path(self, recording_id: str) -> Path:
        """Only for validated recording IDs (UUIDs): sharded so no folder grows huge."""
        return self.root / "audio" / recording_id[:2] / f"{recording_id}.ogg"

    def redacted_path(self, recording_id: str) -> Path:
        """The recording with personal data bleeped (for quality listeners)."""
        return self.root / "redacted" / recording_id[:2] / f"{recording_id}.ogg"

    def anonymized_path(self, recording_id: str) -> Path:
        """The anonymized transcript with its timed words (no personal data), for AI work."""
        return self.root / "anonymized" / recording_id[:2] / f"{recording_id}.json"

    @property
    def incoming(self) -> Path:
        """Where downloads are written before they are checked and renamed into audio/."""
        return self.root / "audio" / ".incoming"
