"""Configuration from the environment (and `.env`), with the documented defaults."""

import os

import dagster as dg


def env_or(name: str, default: str) -> str:
    """`EnvVar(name)` when the variable is set (resolved at run time), else the default."""
    return dg.EnvVar(name) if os.environ.get(name) else default  # type: ignore[return-value]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ValueError(f"{name} must be a whole number, got {value!r}") from exc
