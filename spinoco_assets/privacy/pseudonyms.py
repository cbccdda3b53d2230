"""Keyed pseudonyms for phone numbers (analysts count repeat callers without seeing numbers),
and the keyed hashes of the vault's identifier index."""

import hashlib
import hmac
import re

from spinoco_assets.privacy.sealed import derive_key


def normalize_phone(number: str) -> str:
    """Digits only, Czech national form: '+420 777 123 456' and '777123456' are the same caller."""
    digits = re.sub(r"\D", "", number)
    for prefix in ("00420", "420"):
        if digits.startswith(prefix) and len(digits) == len(prefix) + 9:
            return digits[len(prefix) :]
    return digits


class Pseudonymizer:
    def __init__(self, secret: str) -> None:
        self._key = derive_key(secret, "pseudonym")
        self._id_key = derive_key(secret, "identifier")

    def phone_key(self, number: str | None) -> str | None:
        if not number:
            return None
        digest = hmac.new(self._key, normalize_phone(number).encode(), hashlib.sha256)
        return digest.hexdigest()[:20]

    def identifier_key(self, kind: str, canonical: str) -> str:
        """The vault's identifier index hash of a normalized value ("phone", "+420777123456").
        Keyed, so a hash in run config cannot be reversed by trying every phone number."""
        text = f"{kind}:{canonical}".encode()
        return hmac.new(self._id_key, text, hashlib.sha256).hexdigest()[:32]
