"""Erasure on request leaves no trace of the call in any store, Dagster's included."""

from pathlib import Path

import dagster as dg
from click.testing import CliRunner

from resources.storage import StorageResource
from spinoco_assets import cli
from spinoco_assets.devtools.tiny_models import DEFAULT_SENTENCE
from spinoco_assets.pipeline.erasure import erase_personal_data_job
from spinoco_assets.pipeline.partitions import recording_partitions
from tests.conftest import PSEUDONYM_KEY, VAULT_KEY, files_under
from tests.helpers import ANONYMIZED, RECORDINGS, TRANSCRIPTS, run_batch, tick

# What the tiny model says in every recording; every written form of the number in it.
SPOKEN_FORMS = ["777 123 456", "777123456", "+420777123456", "+420 777 123 456", "777-123-456"]


def erase(instance, storage: StorageResource, **config) -> dg.ExecuteInProcessResult:
    return erase_personal_data_job.execute_in_process(
        instance=instance,
        resources={"storage": storage},
        run_config={"ops": {"erase_personal_data": {"config": config}}},
    )


def everything_under(*roots: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for root in roots for p in files_under(root)]


def spinoco_cli(storage: StorageResource, *args: str) -> str:
    env = {
        "SPINOCO_DATA_DIR": storage.data_dir,
        "SPINOCO_VAULT_KEY": VAULT_KEY,
        "SPINOCO_PSEUDONYM_KEY": PSEUDONYM_KEY,
    }
    out = CliRunner().invoke(cli.main, list(args), env=env)
    assert out.exit_code == 0, out.output
    return out.output


def test_erasing_a_number_said_in_calls_removes_every_trace(
    instance, storage, fake, spinoco, whisperx
):
    """The number is said in every call (not only its caller's): `spinoco erase --phone` finds
    them all through the vault's index and leaves the number in no form, anywhere."""
    [request] = tick(instance, spinoco, storage).run_requests
    assert run_batch(
        instance, spinoco, storage, request, whisperx, (RECORDINGS, TRANSCRIPTS, ANONYMIZED)
    ).success
    calls = {t["id"] for t in fake.tasks if t["detail"]["recordings"]}
    with storage.stores().warehouse.read() as con:
        published = {c for (c,) in con.execute("SELECT call_id FROM call_transcripts").fetchall()}
        text = con.execute("SELECT any_value(text) FROM transcript_segments").fetchone()[0]
    assert published and published <= calls and "@PHONE_001" in text
    assert set(spinoco_cli(storage, "vault", "find", "--phone", "+420 777 123 456").split()) >= (
        published
    )

    report = spinoco_cli(storage, "erase", "--phone", "777123456")
    assert "vault rows:" in report and "dagster partitions:" in report

    assert spinoco_cli(storage, "vault", "find", "--phone", "777 123 456") == ""
    needles = [*SPOKEN_FORMS, DEFAULT_SENTENCE, text, *published]
    roots = (storage.stores().root, Path(instance.root_directory))
    for path, data in everything_under(*roots):
        assert not any(n.encode() in data for n in needles), path
    assert not set(instance.get_dynamic_partitions(recording_partitions.name)) & {
        r for t in fake.tasks if t["id"] in published for r in t["detail"]["recordings"]
    }
    with storage.stores().vault_db.session() as con:
        left = con.execute(
            "SELECT count(*) FROM raw_transcripts UNION ALL SELECT count(*) FROM replacements "
            "UNION ALL SELECT count(*) FROM identifiers WHERE call_id IN (SELECT unnest(?))",
            [sorted(published)],
        ).fetchall()
    assert left == [(0,), (0,), (0,)]


def test_erasing_a_caller_by_its_hash_spares_every_other_call(instance, storage, fake, spinoco):
    """The Dagster job form: run config holds only the keyed hash, never the number."""
    [request] = tick(instance, spinoco, storage).run_requests
    assert run_batch(instance, spinoco, storage, request).success
    # the call with two recordings, and its caller's number
    task = next(t for t in fake.tasks if len(t["detail"]["recordings"]) == 2)
    call_id, direction = task["id"], task["tpe"]["direction"]
    caller = direction.get("fromPhoneNumber") or direction["from"]["number"]["e164"]
    same_caller = set(spinoco_cli(storage, "vault", "find", "--phone", caller).split())
    assert call_id in same_caller
    doomed = {r for t in fake.tasks if t["id"] in same_caller for r in t["detail"]["recordings"]}
    others = {rid for _, rid in fake.available_recordings()} - doomed
    assert others
    phone_hash = spinoco_cli(storage, "vault", "key", "--phone", caller).strip()

    result = erase(instance, storage, phone_hash=phone_hash)
    assert result.success
    [materialization] = [e for e in result.all_events if e.event_type_value == "STEP_OUTPUT"]
    report = materialization.event_specific_data.metadata["removed"].value
    assert report["audio files"] >= 2 and report["dagster partitions"] >= 2
    assert report["warehouse rows (recordings)"] >= 2
    assert all(isinstance(n, int) for n in report.values())  # counts only, never values

    # Nothing of the calls is left in the product's stores (files, vault, warehouse, export) ...
    needles = [*same_caller, *doomed, caller]
    for path, data in everything_under(storage.stores().root):
        assert not any(n.encode() in data for n in needles), path
        assert not any(n in str(path) for n in needles), path
    # ... nor in Dagster's: no call ID or number. Dagster OSS cannot wipe per-partition
    # history, so the opaque recording IDs stay in its run history (README: Erasure).
    for path, data in everything_under(Path(instance.root_directory)):
        assert not any(n.encode() in data for n in [*same_caller, caller]), path
    keys = set(instance.get_dynamic_partitions(recording_partitions.name))
    assert not keys & doomed and others <= keys

    # The sensor never brings them back, even re-reading everything from the start.
    tick(instance, spinoco, storage)
    assert not set(instance.get_dynamic_partitions(recording_partitions.name)) & doomed
    # ... and the other calls are untouched.
    with storage.stores().warehouse.read() as con:
        left = {r for (r,) in con.execute("SELECT recording_id FROM recordings").fetchall()}
    assert left == others
    assert spinoco_cli(storage, "vault", "find", "--phone", caller) == ""


def test_erasing_by_call_id_reaches_recordings_never_ingested(instance, storage, fake, spinoco):
    tick(instance, spinoco, storage)  # discovered and landed, never downloaded
    task = next(t for t in fake.tasks if len(t["detail"]["recordings"]) == 2)
    recordings = list(task["detail"]["recordings"])
    others = set(instance.get_dynamic_partitions(recording_partitions.name)) - set(recordings)
    assert erase(instance, storage, call_id=task["id"]).success
    assert set(instance.get_dynamic_partitions(recording_partitions.name)) == others
    landing = storage.stores().landing
    assert all(landing.is_erased(r) for r in recordings)  # tombstones replace the raw tasks
    assert not any(landing.is_erased(r) for r in others)
