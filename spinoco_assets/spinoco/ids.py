"""Spinoco IDs are UUID strings; nothing else may become a partition key or a file name."""

import re
from typing import TypeGuard

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def is_valid_id(value: object) -> TypeGuard[str]:
    """True only for a canonical lower-case UUID string (so it is safe as a path and a key)."""
    return isinstance(value, str) and _UUID.match(value) is not None


def describe_invalid(value: object) -> str:
    """A log-safe description of a rejected ID: its type and length, never its content."""
    if isinstance(value, str):
        return f"string of {len(value)} characters"
    return type(value).__name__
