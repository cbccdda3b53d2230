"""Where the product keeps its data, and the objects that guard each part of it.

Built once per run (or command) from the storage settings and handed to whatever needs them, so
no stage reaches back into Dagster for a path or a store.
"""

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from spinoco_assets.privacy.pseudonyms import Pseudonymizer
from spinoco_assets.privacy.vault import Vault
from spinoco_assets.privacy.vault_db import VaultDB
from spinoco_assets.recordings.landing import Landing
from spinoco_assets.settings import SpinocoSettings
from spinoco_assets.warehouse.export import Export
from spinoco_assets.warehouse.writer import Warehouse


@dataclass(frozen=True)
class Stores:
    root: Path
    vault_db: VaultDB  # everything personal, encrypted with SPINOCO_VAULT_KEY
    warehouse: Warehouse
    export: Export
    pseudonym_key: str = field(repr=False)

    @cached_property
    def pseudonyms(self) -> Pseudonymizer:
        """Built on first use: tools that never pseudonymize need no SPINOCO_PSEUDONYM_KEY."""
        return Pseudonymizer(self.pseudonym_key)

    def identifier_key(self, kind: str, canonical: str) -> str:
        """The identifier index's keyed hash (also the erasure job's input)."""
        return self.pseudonyms.identifier_key(kind, canonical)

    @cached_property
    def landing(self) -> Landing:
        return Landing(self.vault_db, self.identifier_key)

    @cached_property
    def vault(self) -> Vault:
        return Vault(self.vault_db, self.identifier_key)

    @classmethod
    def open(
        cls,
        data_dir: str,
        vault_key: str,
        pseudonym_key: str,
        warehouse_path: str = "",
        vault_path: str = "",
    ) -> "Stores":
        root = Path(data_dir)
        return cls(
            root=root,
            vault_db=VaultDB(Path(vault_path or root / "vault.duckdb"), vault_key),
            warehouse=Warehouse(Path(warehouse_path or root / "warehouse.ducklake")),
            export=Export(root / "export"),
            pseudonym_key=pseudonym_key,
        )

    @classmethod
    def from_settings(cls, settings: SpinocoSettings) -> "Stores":
        return cls.open(
            settings.data_dir,
            settings.vault_key,
            settings.pseudonym_key,
            settings.warehouse_path,
            settings.vault_path,
        )

    @property
    def sealed_folder(self) -> Path:
        """Where releases before the DuckDB vault kept sealed files (`spinoco vault migrate`)."""
        return self.root / "protected"

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
