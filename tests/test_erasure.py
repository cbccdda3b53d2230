"""Erasure on request leaves no trace of the call in any store, Dagster's included."""

from pathlib import Path

import dagster as dg

from resources.storage import StorageResource
from spinoco_assets.pipeline.erasure import erase_personal_data_job
from spinoco_assets.pipeline.partitions import recording_partitions
from spinoco_assets.recordings.landing import Landing
from tests.conftest import files_under
from tests.helpers import ANONYMIZED, RECORDINGS, TRANSCRIPTS, run_batch, tick

SPOKEN_PHONE = "777 123 456"


def erase(instance, storage: StorageResource, **config) -> dg.ExecuteInProcessResult:
    return erase_personal_data_job.execute_in_process(
        instance=instance,
        resources={"storage": storage},
        run_config={"ops": {"erase_personal_data": {"config": config}}},
    )


def everything_under(*roots: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for root in roots for p in files_under(root)]


def test_erasing_a_caller_removes_every_trace(instance, storage, fake, spinoco, whisperx):
    [request] = tick(instance, spinoco, storage).run_requests
    assert run_batch(
        instance, spinoco, storage, request, whisperx, (RECORDINGS, TRANSCRIPTS, ANONYMIZED)
    ).success
    # the call with two recordings, and its caller's number
    task = next(t for t in fake.tasks if len(t["detail"]["recordings"]) == 2)
    call_id, recordings = task["id"], list(task["detail"]["recordings"])
    direction = task["tpe"]["direction"]
    caller = direction.get("fromPhoneNumber") or direction["from"]["number"]["e164"]
    others = {rid for _, rid in fake.available_recordings()} - set(recordings)
    key = storage.stores().pseudonyms.phone_key(caller)
    with storage.stores().warehouse.read() as con:
        same_caller = {
            c
            for (c,) in con.execute(
                "SELECT call_id FROM calls WHERE caller_key = ?", [key]
            ).fetchall()
        }

    result = erase(instance, storage, phone_key=key)
    assert result.success
    [materialization] = [e for e in result.all_events if e.event_type_value == "STEP_OUTPUT"]
    report = materialization.event_specific_data.metadata["removed"].value
    assert report["audio files"] >= 2 and report["dagster partitions"] >= 2
    assert report["warehouse rows (transcript_segments)"] > 0

    # Nothing of the call is left in the product's stores (files, vault, warehouse, export) ...
    needles = [call_id, *recordings, *same_caller, caller]
    for path, data in everything_under(storage.stores().root):
        if "landing" in path.parts:
            continue  # tombstones: sealed, recording ID only (so the sensor skips it)
        assert not any(n.encode() in data for n in needles), path
        assert not any(n in str(path) for n in needles), path
    # ... nor in Dagster's: no call ID, number or text. Dagster OSS cannot wipe per-partition
    # history, so the opaque recording IDs stay in its run history (README: Erasure).
    for path, data in everything_under(Path(instance.root_directory)):
        assert not any(n.encode() in data for n in [call_id, caller, SPOKEN_PHONE]), path
    keys = set(instance.get_dynamic_partitions(recording_partitions.name))
    assert not keys & set(recordings) and others <= keys
    manifest = (storage.stores().root / "export" / "manifest.csv").read_text()
    assert call_id not in manifest

    # The sensor never brings it back, even re-reading everything from the start.
    tick(instance, spinoco, storage)
    assert not set(instance.get_dynamic_partitions(recording_partitions.name)) & set(recordings)
    # ... and the other calls are untouched.
    with storage.stores().warehouse.read() as con:
        left = {r for (r,) in con.execute("SELECT recording_id FROM recordings").fetchall()}
    assert left == others
    assert all(isinstance(n, int) for n in report.values())  # counts only, never values


def test_erasing_by_call_id_reaches_recordings_never_ingested(instance, storage, fake, spinoco):
    tick(instance, spinoco, storage)  # discovered and landed, never downloaded
    task = next(t for t in fake.tasks if len(t["detail"]["recordings"]) == 2)
    recordings = list(task["detail"]["recordings"])
    others = set(instance.get_dynamic_partitions(recording_partitions.name)) - set(recordings)
    assert erase(instance, storage, call_id=task["id"]).success
    assert set(instance.get_dynamic_partitions(recording_partitions.name)) == others
    landing = Landing(storage.stores().sealed)
    assert all(landing.is_erased(r) for r in recordings)  # tombstones replace the raw tasks
    assert not any(landing.is_erased(r) for r in others)
