"""The layout's rules, checked on the source: the core never imports Dagster or the layers above
it, and data flows one way (spinoco -> recordings -> transcription -> privacy -> warehouse)."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "spinoco_assets"
# The Dagster layer and the entry points; everything else in the package is the pure core.
LAYER = {"pipeline", "definitions", "cli", "anonymize", "tiny_models"}
FORBIDDEN_IN_CORE = ("dagster", "dagster_", "resources", "sensors", "spinoco_assets.pipeline",
                     "spinoco_assets.definitions", "spinoco_assets.cli")  # fmt: skip
# The ingest side (API client and recordings) first, then each stage; a room may import only
# rooms at its own rank or before. The vault store and the pseudonyms are privacy's tools
# that every stage uses to keep personal data sealed, so they sit below all of them.
FLOW = {
    "spinoco": 0,
    "recordings": 0,
    "transcription": 1,
    "privacy": 2,
    "analytics": 3,
    "warehouse": 3,
}
FOUNDATION = (
    "spinoco_assets.privacy.sealed",
    "spinoco_assets.privacy.pseudonyms",
    "spinoco_assets.privacy.vault_db",
)


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def room(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def core_modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if room(p) not in LAYER]


def test_the_core_never_imports_dagster_or_the_layers_above() -> None:
    assert len(core_modules()) > 30
    bad = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in core_modules()
        for name in imports(path)
        if name.startswith(FORBIDDEN_IN_CORE)
    ]
    assert not bad, bad


def test_the_product_never_imports_devtools() -> None:
    bad = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in core_modules()
        if room(path) != "devtools"
        for name in imports(path)
        if name.startswith("spinoco_assets.devtools")
    ]
    assert not bad, bad


def test_data_flows_one_way() -> None:
    bad = []
    for path in core_modules():
        if room(path) not in FLOW:
            continue
        for name in imports(path):
            parts = name.split(".")
            inside = parts[0] == "spinoco_assets" and len(parts) > 1 and parts[1] in FLOW
            if inside and not name.startswith(FOUNDATION) and FLOW[parts[1]] > FLOW[room(path)]:
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not bad, bad


def test_the_rules_can_fail(tmp_path: Path) -> None:
    """The checker sees a forbidden import (so a passing run means something)."""
    sample = tmp_path / "x.py"
    sample.write_text("import dagster as dg\nfrom spinoco_assets.pipeline import stages\n")
    assert {"dagster", "spinoco_assets.pipeline"} <= imports(sample)
