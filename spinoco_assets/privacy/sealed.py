"""Sealed files: how releases before the DuckDB vault kept everything personal. Read now only
by `spinoco vault migrate` (privacy/migration.py); `derive_key` serves every key the product
derives from a secret.

AES-256-GCM with a key derived from SPINOCO_VAULT_KEY. The file's logical name is bound as
associated data, so a sealed file moved or renamed onto another record does not decrypt.
Writes are atomic (temporary file + rename): a crash never leaves half a record.
"""

import json
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from spinoco_assets.files import atomic_write

MAGIC = b"SPV1"
MIN_SECRET_CHARS = 32


class SealedError(ValueError):
    """Wrong key, tampered file or bad secret; never says anything about the content."""


def derive_key(secret: str, purpose: str) -> bytes:
    """A 32-byte key for one purpose, so one secret never serves two uses directly."""
    if not secret or len(secret) < MIN_SECRET_CHARS:
        raise SealedError(
            f"the secret for {purpose} must be at least {MIN_SECRET_CHARS} characters "
            "(generate one with: python -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"spinoco-calls", info=purpose.encode())
    return hkdf.derive(secret.encode())


class SealedStore:
    """A folder of encrypted JSON documents named like 'landing/<uuid>' (validated names)."""

    def __init__(self, root: Path, secret: str) -> None:
        self.root = root
        self._aead = AESGCM(derive_key(secret, "vault"))

    def path(self, name: str) -> Path:
        return self.root / f"{name}.sealed"

    def put(self, name: str, document: Any) -> None:
        nonce = os.urandom(12)
        plain = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
        atomic_write(
            self.path(name), MAGIC + nonce + self._aead.encrypt(nonce, plain, name.encode())
        )

    def get(self, name: str) -> Any:
        blob = self.path(name).read_bytes()
        if blob[:4] != MAGIC:
            raise SealedError(f"{name}: not a sealed file")
        try:
            plain = self._aead.decrypt(blob[4:16], blob[16:], name.encode())
        except InvalidTag as exc:
            raise SealedError(
                f"{name}: cannot decrypt (wrong SPINOCO_VAULT_KEY or tampered)"
            ) from exc
        return json.loads(plain)

    def exists(self, name: str) -> bool:
        return self.path(name).exists()

    def delete(self, name: str) -> bool:
        path = self.path(name)
        existed = path.exists()
        path.unlink(missing_ok=True)
        return existed
