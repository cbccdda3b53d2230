"""The encrypted DuckDB vault on its own: find by any identifier, locks, crashes, key rotation,
the SQL shell and the migration from sealed files. All values are synthetic."""

import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from spinoco_assets import cli
from spinoco_assets.devtools.demo_server import FakeSpinoco
from spinoco_assets.privacy.anonymization import anonymize_transcript, restore
from spinoco_assets.privacy.pii import PiiDetector, Placeholders
from spinoco_assets.privacy.sealed import SealedStore
from spinoco_assets.privacy.vault_db import VaultKeyError, e164
from spinoco_assets.spinoco.tasks import parse_task
from spinoco_assets.stores import Stores
from spinoco_assets.transcription.transcript import Segment, Transcript, Word
from tests.conftest import PSEUDONYM_KEY, VAULT_KEY, files_under

NEW_KEY = "rotated-vault-key-0123456789abcdefghijklmnopqrstuvwxyz"
# What each synthetic call says: one shared number, and values only one call says.
SAID = [
    "dobrý den, tady Jana Nováková, volejte mi na 605 111 222 nebo jana.novakova@example.cz",
    "haló, u telefonu Petr Svoboda, moje číslo je +420 605 111 222",
    "dobrý den, kotel nefunguje, zavolejte na 731 999 888",
]


def transcript(recording_id: str, text: str) -> Transcript:
    words = [Word(float(i), i + 0.5, w, "customer") for i, w in enumerate(text.split())]
    segment = Segment(0.0, float(len(words)), text, "customer", words)
    return Transcript(recording_id, "cs", 1.0, len(words) + 1.0, [segment])


def env_for(stores: Stores, **extra: str) -> dict[str, str]:
    return {
        "SPINOCO_DATA_DIR": str(stores.root),
        "SPINOCO_VAULT_KEY": VAULT_KEY,
        "SPINOCO_PSEUDONYM_KEY": PSEUDONYM_KEY,
        **extra,
    }


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Stores, list[tuple[str, str]]]:
    """Three landed calls with raw transcripts, anonymized into the vault as the stage does."""
    stores = Stores.open(str(tmp_path / "data"), VAULT_KEY, PSEUDONYM_KEY)
    tasks = FakeSpinoco(calls=3, seed=11).tasks
    detector = PiiDetector()
    ids = []
    for task, text in zip(tasks, SAID, strict=True):
        call = parse_task(task)[0]
        rid = call.recordings[0].recording_id
        stores.landing.put(rid, task)
        stores.vault.put_transcript(transcript(rid, text))
        placeholders = Placeholders()
        anon = anonymize_transcript(stores.vault.transcript(rid), detector, placeholders)
        stores.vault.put_replacements(call.call_id, rid, anon.replacements)
        stores.vault.put_placeholders(call.call_id, placeholders.mapping())
        ids.append((call.call_id, rid))
    return stores, ids


def find(stores: Stores, *args: str) -> list[str]:
    out = CliRunner().invoke(cli.main, ["vault", "find", *args], env=env_for(stores))
    assert out.exit_code == 0, out.output
    return out.output.split()


def test_find_by_a_value_said_in_any_written_form_or_in_the_metadata(filled) -> None:
    stores, ids = filled
    (call_a, _), (call_b, _), (call_c, _) = ids
    assert find(stores, "--phone", "00420605111222") == sorted([call_a, call_b])
    assert find(stores, "--phone", "731 999 888") == [call_c]
    assert find(stores, "--email", "Jana.Novakova@Example.cz") == [call_a]
    assert find(stores, "--name", "Jany Novákové") == [call_a]  # declined: same lemmas
    assert find(stores, "--name", "Petr Nováková") == []  # every word must come up
    assert find(stores, "--phone", "777 000 111") == []
    caller = parse_task(FakeSpinoco(calls=3, seed=11).tasks[2])[0].caller_number
    assert call_c in find(stores, "--phone", caller)  # the caller's number, from the metadata
    # The index holds keyed hashes only: no value, in any form, in its rows.
    with stores.vault_db.session() as con:
        rows = json.dumps(con.execute("SELECT * FROM identifiers").fetchall())
    assert "605" not in rows and "novak" not in rows.lower() and caller not in rows


def test_no_value_is_readable_without_the_key(filled) -> None:
    stores, _ = filled
    blobs = b"".join(p.read_bytes() for p in files_under(stores.root))
    for value in (
        "605 111 222",
        "Nováková",
        "jana.novakova",
        e164(SAID[2][-11:]),
    ):
        assert value.encode() not in blobs
    with pytest.raises(duckdb.Error, match="without a key"):
        duckdb.connect(str(stores.vault_db.path), read_only=True)
    missing = CliRunner().invoke(
        cli.main,
        ["vault", "find", "--phone", "605111222"],
        env=env_for(stores, SPINOCO_VAULT_KEY=""),
    )
    assert missing.exit_code == 1 and "SPINOCO_VAULT_KEY" in missing.output
    wrong = Stores.open(str(stores.root), NEW_KEY, PSEUDONYM_KEY)
    with pytest.raises(VaultKeyError, match="wrong SPINOCO_VAULT_KEY"):
        wrong.vault.placeholders("x")


def test_rotating_the_key_keeps_every_call_restorable(filled) -> None:
    stores, ids = filled
    detector = PiiDetector()
    anonymized = {}
    for call_id, rid in ids:
        raw = stores.vault.transcript(rid)
        ph = Placeholders.from_mapping(stores.vault.placeholders(call_id), detector)
        anonymized[rid] = [s.text for s in anonymize_transcript(raw, detector, ph).segments]
    out = CliRunner().invoke(
        cli.main, ["vault", "rotate-key"], env=env_for(stores, SPINOCO_VAULT_NEW_KEY=NEW_KEY)
    )
    assert out.exit_code == 0, out.output
    assert "raw_transcripts: 3" in out.output and "SPINOCO_VAULT_KEY" in out.output
    with pytest.raises(VaultKeyError):
        Stores.open(str(stores.root), VAULT_KEY, PSEUDONYM_KEY).vault.transcript(ids[0][1])
    rotated = Stores.open(str(stores.root), NEW_KEY, PSEUDONYM_KEY)
    for (_call_id, rid), said in zip(ids, SAID, strict=True):
        assert restore(anonymized[rid], rotated.vault.replacements(rid)) == [said]
        assert rotated.vault.transcript(rid).segments[0].text == said
    assert len(rotated.vault.calls_with("phone", [{"+420605111222"}])) == 2


def _write_many(path: str, worker: int) -> None:
    stores = Stores.open(path, VAULT_KEY, PSEUDONYM_KEY)
    for n in range(15):
        stores.vault.put_placeholders(f"call-{worker}-{n}", {"@PHONE_001": f"60{worker}{n:06d}"})


def test_concurrent_writers_wait_for_each_other_and_never_fail(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_write_many, args=(data, w)) for w in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    assert [w.exitcode for w in workers] == [0, 0, 0]
    with Stores.open(data, VAULT_KEY, PSEUDONYM_KEY).vault_db.session() as con:
        assert con.execute("SELECT count(DISTINCT call_id) FROM placeholder_maps").fetchone() == (
            45,
        )


CRASH = """
import os, sys
from spinoco_assets.stores import Stores
stores = Stores.open(sys.argv[1], sys.argv[2], sys.argv[3])
with stores.vault_db.session() as con:
    con.execute("INSERT INTO placeholder_maps VALUES ('crashed', '@PHONE_001', '605000000')")
    con.execute("INSERT INTO placeholder_maps VALUES ('crashed', '@PHONE_002', '605000001')")
    os._exit(9)  # killed mid-entry: no commit
"""


def test_a_crash_mid_entry_leaves_nothing_half_written(filled) -> None:
    stores, ids = filled
    args = [str(stores.root), VAULT_KEY, PSEUDONYM_KEY]
    assert subprocess.run([sys.executable, "-c", CRASH, *args]).returncode == 9
    with pytest.raises(RuntimeError):  # and an error inside a session rolls it back
        with stores.vault_db.session() as con:
            con.execute("INSERT INTO placeholder_maps VALUES ('failed', '@PHONE_001', '605')")
            raise RuntimeError("boom")
    assert stores.vault.placeholders("crashed") == {} == stores.vault.placeholders("failed")
    assert stores.vault.placeholders(ids[0][0])  # what was there before is intact


def test_the_sql_shell_reads_a_snapshot_with_the_key_from_the_environment(filled) -> None:
    stores, _ = filled
    shell = subprocess.run(
        [sys.executable, "-m", "spinoco_assets.cli", "vault", "sql"],
        input="SELECT count(*) AS calls FROM call_tasks;\n",
        env={**os.environ, **env_for(stores)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shell.returncode == 0, shell.stderr
    assert "calls" in shell.stdout and "3" in shell.stdout
    assert VAULT_KEY not in shell.stdout + shell.stderr
    assert not list((stores.root / ".vault-sessions").iterdir())  # the snapshot is gone
    with stores.vault_db.session():  # and the pipeline was never locked out
        pass


def test_sealed_files_of_older_releases_move_into_the_vault_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    sealed = SealedStore(data / "protected", VAULT_KEY)
    tasks = FakeSpinoco(calls=3, seed=5).tasks
    calls = [parse_task(t)[0] for t in tasks]
    rids = [c.recordings[0].recording_id for c in calls]
    for rid, task in zip(rids[:2], tasks, strict=False):
        sealed.put(f"landing/{rid[:2]}/{rid}", task)
    sealed.put(f"landing/{rids[2][:2]}/{rids[2]}", {"erased": True})
    raw = transcript(rids[0], SAID[0])
    sealed.put(f"transcripts/{rids[0][:2]}/{rids[0]}", raw.to_json())
    anon = anonymize_transcript(raw, PiiDetector(), Placeholders())
    old = [{"segment_no": r.segment_no, "start": r.start, "end": r.end, "original": r.original}
           for r in anon.replacements]  # fmt: skip
    sealed.put(f"replacements/{rids[0][:2]}/{rids[0]}", old)
    sealed.put(f"placeholders/{calls[0].call_id[:2]}/{calls[0].call_id}", {"@NAME_001": "Jana"})
    stores = Stores.open(str(data), VAULT_KEY, PSEUDONYM_KEY)

    out = CliRunner().invoke(cli.main, ["vault", "migrate"], env=env_for(stores))
    assert out.exit_code == 0, out.output
    assert "landing: 3 sealed, 3 in the vault" in out.output
    assert "replacements: 1 sealed, 1 in the vault" in out.output
    assert not list((data / "protected").rglob("*.sealed"))
    assert stores.vault.transcript(rids[0]).segments[0].text == SAID[0]
    texts = [s.text for s in anon.segments]
    assert restore(texts, stores.vault.replacements(rids[0])) == [SAID[0]]
    assert stores.landing.erased(rids) == {rids[2]}
    assert find(stores, "--phone", "605 111 222") == [calls[0].call_id]  # said, re-indexed
    assert calls[1].call_id in find(stores, "--phone", calls[1].caller_number)
    again = CliRunner().invoke(cli.main, ["vault", "migrate"], env=env_for(stores))
    assert again.exit_code == 0 and "removed 0 sealed files" in again.output
