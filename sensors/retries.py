"""Retry recordings that failed, a bounded number of times, redoing nothing that succeeded.

A failed batch run planned a materialization for every (asset, recording) of its range; those
without a materialization in that run are what failed (this also covers a run killed mid-way,
which never got to report its failures). A failed recording is retried alone; a stretch of
adjacent unfinished recordings (a crash) is retried as one range; only missing assets are run.
"""

from datetime import datetime, timedelta
from typing import Any

import dagster as dg

from spinoco_assets.pipeline.jobs import ATTEMPT_TAG, call_pipeline_job, range_run_request
from spinoco_assets.pipeline.partitions import PARTITIONS_NAME
from spinoco_assets.settings import load

MAX_ATTEMPTS = load().spinoco.max_attempts
RUNS_PER_TICK = 50
CURSOR_OVERLAP = timedelta(minutes=10)

_EVENTS = {
    dg.DagsterEventType.ASSET_MATERIALIZATION_PLANNED,
    dg.DagsterEventType.ASSET_MATERIALIZATION,
}


def unfinished(instance: dg.DagsterInstance, run_id: str) -> dict[str, frozenset]:
    """Per partition key the run planned, the assets it did not materialize for that key."""
    planned: set[tuple[dg.AssetKey, str]] = set()
    done: set[tuple[dg.AssetKey, str]] = set()
    cursor = None
    while True:
        page = instance.get_records_for_run(run_id, cursor=cursor, of_type=_EVENTS, limit=5000)
        for record in page.records:
            event = record.event_log_entry.dagster_event
            if event is None:
                continue
            data: Any = event.event_specific_data  # planned or materialized, by event_type
            if event.event_type == dg.DagsterEventType.ASSET_MATERIALIZATION_PLANNED:
                keys = (
                    data.partitions_subset.get_partition_keys()
                    if data.partitions_subset is not None
                    else [data.partition]
                )
                planned.update((data.asset_key, key) for key in keys if key)
            elif data.materialization.partition:
                done.add((data.materialization.asset_key, data.materialization.partition))
        cursor = page.cursor
        if not page.has_more:
            break
    missing: dict[str, set[dg.AssetKey]] = {}
    for asset_key, key in planned - done:
        missing.setdefault(key, set()).add(asset_key)
    return {key: frozenset(assets) for key, assets in missing.items()}


def retry_groups(
    missing: dict[str, frozenset], position: dict[str, int]
) -> list[tuple[list[str], frozenset]]:
    """Unfinished keys that are neighbours in the partitions' order and miss the same assets
    form one range (a crash's unfinished stretch); anything else is retried alone."""
    groups: list[tuple[list[str], frozenset]] = []
    last = None
    for key in sorted((k for k in missing if k in position), key=position.__getitem__):
        assets = missing[key]
        if last is not None and position[key] == position[last] + 1 and missing[last] == assets:
            groups[-1][0].append(key)
        else:
            groups.append(([key], assets))
        last = key
    return groups


@dg.sensor(
    job=call_pipeline_job,
    minimum_interval_seconds=load().spinoco.retry_seconds,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description=(
        "Relaunches what a failed batch run did not finish, only the missing assets: a failed "
        "recording alone, a crashed run's unfinished stretch as one range; up to "
        f"{MAX_ATTEMPTS} attempts in all (SPINOCO_MAX_ATTEMPTS)."
    ),
)
def retry_failed_recordings(context: dg.SensorEvaluationContext) -> dg.SensorResult:
    # Re-read a window behind the cursor: a run's failure may be committed after a later one's
    # (concurrent runs, clock skew); run keys make the repeated requests no-ops.
    since = datetime.fromisoformat(context.cursor) - CURSOR_OVERLAP if context.cursor else None
    records = context.instance.get_run_records(
        filters=dg.RunsFilter(
            job_name=call_pipeline_job.name,
            statuses=[dg.DagsterRunStatus.FAILURE],
            updated_after=since,
        ),
        order_by="update_timestamp",
        ascending=True,
        limit=RUNS_PER_TICK,
    )
    requests = []
    position: dict[str, int] = {}
    if records:  # only on ticks with failed runs: listing keys costs ~0.3 s per 100k partitions
        keys = context.instance.get_dynamic_partitions(PARTITIONS_NAME)
        position = {key: i for i, key in enumerate(keys)}
    for record in records:
        run = record.dagster_run
        attempt = int(run.tags.get(ATTEMPT_TAG, "1"))
        groups = retry_groups(unfinished(context.instance, run.run_id), position)
        if attempt >= MAX_ATTEMPTS:
            failed = sum(len(keys) for keys, _ in groups)
            context.log.warning(
                f"run {run.run_id}: {failed} recording(s) failed on attempt {attempt}, "
                "no retries left (materialize them from the UI after fixing the cause)"
            )
            continue
        for keys, assets in groups:
            retry = range_run_request(keys, attempt + 1, f"retry-{run.run_id}", sorted(assets))
            requests.append(retry)
    cursor = records[-1].update_timestamp.isoformat() if records else context.cursor
    return dg.SensorResult(run_requests=requests, cursor=cursor)
