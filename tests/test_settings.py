"""One source for each setting: the README and `.env.example` list exactly what the code reads."""

import re
from pathlib import Path

import pytest

from spinoco_assets.settings import SpinocoSettings, WhisperSettings, documented, markdown_table

ROOT = Path(__file__).resolve().parents[1]


def env_example() -> dict[str, str]:
    """Every `NAME=value` line, also commented ones (`# NAME=default`: the default applies)."""
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    return {m[1]: m[2].strip() for m in re.finditer(r"^#? ?([A-Z][A-Z0-9_]+)=(.*)$", text, re.M)}


def test_readme_shows_the_generated_table() -> None:
    assert markdown_table() in (ROOT / "README.md").read_text(encoding="utf-8")


def test_env_example_lists_every_setting_with_its_default() -> None:
    example = env_example()
    expected = {env: default for env, default, _ in documented()}
    assert set(example) == set(expected)
    secrets = {"SPINOCO_TOKEN", "SPINOCO_VAULT_KEY", "SPINOCO_PSEUDONYM_KEY", "HF_TOKEN"}
    for env, default in expected.items():
        assert example[env] == ("" if env in secrets else default), env


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPINOCO_BATCH_SIZE", "17")
    monkeypatch.setenv("WHISPER_MODEL", "/models/x")
    monkeypatch.setenv("HF_TOKEN", "hf-secret")
    assert SpinocoSettings().batch_size == 17
    whisper = WhisperSettings()
    assert (whisper.model, whisper.hf_token) == ("/models/x", "hf-secret")
    monkeypatch.setenv("SPINOCO_BATCH_SIZE", "many")
    with pytest.raises(ValueError, match="batch_size"):
        SpinocoSettings()
