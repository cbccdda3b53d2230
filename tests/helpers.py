"""Helpers for tests that drive the pipeline like the Dagster daemon would."""

import contextlib
import subprocess
import sys
from collections.abc import Iterator

import dagster as dg

from resources.whisperx import WhisperXResource
from sensors.discovery import spinoco_discovery
from spinoco_assets.pipeline.assets import call_pipeline
from spinoco_assets.pipeline.batch import FAILED_METADATA_KEY
from spinoco_assets.pipeline.jobs import call_pipeline_job
from spinoco_assets.warehouse.writer import Warehouse

RECORDINGS = dg.AssetKey("recordings")
TRANSCRIPTS = dg.AssetKey("transcripts")
ANONYMIZED = dg.AssetKey("anonymized_transcripts")


def tick(instance, spinoco, storage, cursor=None) -> dg.SensorResult:
    """One sensor evaluation, applying its partition requests as the daemon would."""
    context = dg.build_sensor_context(
        instance=instance, cursor=cursor, resources={"spinoco": spinoco, "storage": storage}
    )
    result = spinoco_discovery(context)
    for request in result.dynamic_partitions_requests:
        instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))
    return result


def run_batch(
    instance, spinoco, storage, request: dg.RunRequest, whisperx=None, stages=(RECORDINGS,)
) -> dg.ExecuteInProcessResult:
    """Execute a sensor's run request in process, as the job the daemon would launch."""
    defs = dg.Definitions(
        assets=[call_pipeline],
        jobs=[call_pipeline_job],
        resources={
            "spinoco": spinoco,
            "storage": storage,
            "whisperx": whisperx or WhisperXResource(),
        },
    )
    job = defs.resolve_job_def(request.job_name)
    return job.execute_in_process(
        instance=instance, tags=request.tags, asset_selection=list(stages), raise_on_error=False
    )


def materialization_count(instance, key: str, asset=RECORDINGS) -> int:
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=asset, asset_partitions=[key]), limit=100
    ).records
    return len(records)


def materialized(instance, asset=RECORDINGS) -> set[str]:
    return set(instance.get_materialized_partitions(asset))


def failure_metadata(result: dg.ExecuteInProcessResult) -> dict[str, str]:
    [failure] = [e for e in result.all_events if e.is_step_failure]
    return failure.step_failure_data.user_failure_data.metadata[FAILED_METADATA_KEY].value


@contextlib.contextmanager
def analyst_session(warehouse: Warehouse) -> Iterator[None]:
    """An analyst's read-only session in another process (as `spinoco sql` opens it), in the
    middle of a transaction for the duration of the block."""
    if not warehouse.path.exists():
        with warehouse.writer():  # create the catalog so the analyst can open it
            pass
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from spinoco_assets.warehouse.writer import analyst_connection\n"
        "c = analyst_connection(Path(sys.argv[1]))\n"
        "c.execute('BEGIN'); c.execute('SELECT count(*) FROM calls').fetchall()\n"
        "print('open', flush=True); time.sleep(3600)"
    )
    analyst = subprocess.Popen(
        [sys.executable, "-c", code, str(warehouse.path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert analyst.stdout is not None and analyst.stdout.readline().strip() == "open"
        yield
        assert analyst.poll() is None  # the analyst was never kicked out
    finally:
        analyst.kill()
        analyst.wait()
