"""Poll Spinoco, land new tasks durably, add their recordings as partitions, launch batches."""

import time
from collections.abc import Iterator
from typing import Any

import dagster as dg

from resources.spinoco import SpinocoResource
from resources.storage import StorageResource
from spinoco_assets.pipeline.jobs import call_pipeline_job, range_run_request
from spinoco_assets.pipeline.partitions import PARTITIONS_NAME, recording_partitions
from spinoco_assets.settings import load
from spinoco_assets.spinoco.discovery import DiscoveryCursor, discover, parse_sync_from

SETTINGS = load().spinoco
BATCH_SIZE = SETTINGS.batch_size
OVERLAP_MS = SETTINGS.overlap_seconds * 1000
TICK_BUDGET_S = 40.0  # sensor evaluations time out after 60 s
# Keys per add request: adding binds every key in one statement, and SQLite's default limit is
# 32,766 variables (dagster#16260). The daemon applies the requests in order: still contiguous.
ADD_REQUEST_KEYS = 10_000


def _until(deadline: float, tasks: Iterator[Any]) -> Iterator[Any]:
    for task in tasks:
        yield task
        if time.monotonic() > deadline:
            return


@dg.sensor(
    job=call_pipeline_job,
    minimum_interval_seconds=SETTINGS.poll_seconds,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description=(
        "Polls Spinoco's /task/query from a watermark (with overlap), lands each new recording's "
        "task in the encrypted vault before anything needs it, adds the recording IDs as "
        f"partitions in one request and launches them in batched runs of up to {BATCH_SIZE}."
    ),
)
def spinoco_discovery(
    context: dg.SensorEvaluationContext, spinoco: SpinocoResource, storage: StorageResource
) -> dg.SensorResult:
    if context.cursor:
        cursor = DiscoveryCursor.from_json(context.cursor)
    else:
        cursor = DiscoveryCursor(watermark_ms=parse_sync_from(SETTINGS.sync_from))
    deadline = time.monotonic() + TICK_BUDGET_S
    with spinoco.client(quick=True) as client:
        tasks = _until(deadline, client.iter_tasks(max(0, cursor.watermark_ms - OVERLAP_MS)))
        found = discover(tasks, cursor, overlap_ms=OVERLAP_MS, max_new=SETTINGS.max_new_per_tick)

    for reason in found.reasons[:20]:
        context.log.warning(f"skipped input from Spinoco: {reason}")
    instance = context.instance
    landing = storage.stores().landing
    ids = [item.recording.recording_id for item in found.new]
    known = instance.get_existing_dynamic_partitions(PARTITIONS_NAME, ids) if ids else set()
    skip = known | (landing.erased(ids) if ids else set())  # erased on request: never again
    fresh = [item for item in found.new if item.recording.recording_id not in skip]
    landing.put_many({item.recording.recording_id: item.task for item in fresh})  # durable first
    keys = [item.recording.recording_id for item in fresh]
    context.log.info(
        f"read {found.tasks_read} tasks: {len(keys)} new recordings, "
        f"{found.not_yet_available} not yet available, {found.invalid_tasks} invalid tasks, "
        f"{found.invalid_recordings} invalid recording IDs"
    )
    return dg.SensorResult(
        dynamic_partitions_requests=[
            recording_partitions.build_add_request(keys[i : i + ADD_REQUEST_KEYS])
            for i in range(0, len(keys), ADD_REQUEST_KEYS)
        ],
        run_requests=[
            range_run_request(keys[i : i + BATCH_SIZE]) for i in range(0, len(keys), BATCH_SIZE)
        ],
        cursor=found.cursor.to_json(),
    )
