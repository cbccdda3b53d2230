"""Shared fixtures: a loopback fake Spinoco, a data folder, resources, a Dagster instance and a
throwaway PostgreSQL server."""

import os
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest

from resources.spinoco import SpinocoResource
from resources.storage import StorageResource
from resources.whisperx import WhisperXResource
from spinoco_assets.devtools.demo_server import FakeSpinoco
from tests.pg_server import PgServer, running_postgres

TOKEN = "test-token-not-a-secret"
VAULT_KEY = "test-vault-key-0123456789abcdefghijklmnopqrstuvwxyz"
PSEUDONYM_KEY = "test-pseudonym-key-0123456789abcdefghijklmnopqrstuv"

os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")


@pytest.fixture
def fake() -> Iterator[FakeSpinoco]:
    with FakeSpinoco(calls=12, seed=7, token=TOKEN) as server:
        yield server


@pytest.fixture
def storage(tmp_path: Path) -> StorageResource:
    return StorageResource(
        data_dir=str(tmp_path / "data"), vault_key=VAULT_KEY, pseudonym_key=PSEUDONYM_KEY
    )


def spinoco_for(server: FakeSpinoco, **overrides: object) -> SpinocoResource:
    settings = {"api_base": server.url, "token": TOKEN, "backoff_s": 0.01, "timeout_s": 5.0}
    return SpinocoResource(**{**settings, **overrides})


@pytest.fixture
def spinoco(fake: FakeSpinoco) -> SpinocoResource:
    return spinoco_for(fake)


@pytest.fixture
def instance() -> Iterator[dg.DagsterInstance]:
    with dg.instance_for_test() as inst:
        yield inst


def files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


@pytest.fixture(scope="session")
def tiny(tmp_path_factory) -> dict[str, str]:
    from spinoco_assets.devtools.tiny_models import build_tiny_models

    root = tmp_path_factory.mktemp("tiny_models")
    env = build_tiny_models(root)
    os.environ.update(env)  # NLTK_DATA must be set for whisperx.align to stay offline
    import nltk

    nltk.data.path.insert(0, env["NLTK_DATA"])
    return {**env, "CACHE": str(root / "cache")}


@pytest.fixture(scope="session")
def whisperx(tiny) -> WhisperXResource:
    return WhisperXResource(
        model=tiny["WHISPER_MODEL"],
        align_model=tiny["WHISPER_ALIGN_MODEL"],
        diarize_model=tiny["WHISPER_DIARIZE_MODEL"],
        device="cpu",
        compute_type="int8",
        batch_size=4,
        hotwords="",  # the tiny model's script is positional: a prompt would shift it
        cache_dir=tiny["CACHE"],
    )


@pytest.fixture(scope="session")
def postgres() -> Iterator[PgServer]:
    """One throwaway PostgreSQL server for the session (tests/pg_server.py); each test that
    uses it makes its own database."""
    with running_postgres() as server:
        yield server
