"""Retry recordings that failed, each alone, a bounded number of times.

A failed batch run planned a materialization for every (asset, recording) of its range; those
without a materialization in that run are what failed (this also covers a run killed mid-way,
which never got to report its failures). Each recording is retried in a run of its own, for
only the assets it is missing, so nothing that succeeded is redone.
"""

from datetime import datetime

import dagster as dg

from spinoco_assets.jobs import ATTEMPT_TAG, call_pipeline_job, range_run_request
from spinoco_assets.settings import env_int

MAX_ATTEMPTS = env_int("SPINOCO_MAX_ATTEMPTS", 3)
RUNS_PER_TICK = 50

_EVENTS = {
    dg.DagsterEventType.ASSET_MATERIALIZATION_PLANNED,
    dg.DagsterEventType.ASSET_MATERIALIZATION,
}


def unfinished(instance: dg.DagsterInstance, run_id: str) -> dict[str, set[dg.AssetKey]]:
    """Per partition key, the assets the run planned for it but did not materialize."""
    planned: set[tuple[dg.AssetKey, str]] = set()
    done: set[tuple[dg.AssetKey, str]] = set()
    cursor = None
    while True:
        page = instance.get_records_for_run(run_id, cursor=cursor, of_type=_EVENTS, limit=5000)
        for record in page.records:
            event = record.event_log_entry.dagster_event
            if event is None:
                continue
            data = event.event_specific_data
            if event.event_type == dg.DagsterEventType.ASSET_MATERIALIZATION_PLANNED:
                keys = (
                    data.partitions_subset.get_partition_keys()
                    if data.partitions_subset is not None
                    else [data.partition]
                )
                planned.update((data.asset_key, k) for k in keys if k)
            elif data.materialization.partition:
                done.add((data.materialization.asset_key, data.materialization.partition))
        cursor = page.cursor
        if not page.has_more:
            break
    missing: dict[str, set[dg.AssetKey]] = {}
    for asset_key, key in planned - done:
        missing.setdefault(key, set()).add(asset_key)
    return missing


@dg.sensor(
    job=call_pipeline_job,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description=(
        f"Relaunches each recording that failed in a batch run, alone, up to {MAX_ATTEMPTS} "
        "attempts in all (SPINOCO_MAX_ATTEMPTS)."
    ),
)
def retry_failed_recordings(context: dg.SensorEvaluationContext) -> dg.SensorResult:
    since = datetime.fromisoformat(context.cursor) if context.cursor else None
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
    for record in records:
        run = record.dagster_run
        attempt = int(run.tags.get(ATTEMPT_TAG, "1"))
        failed = unfinished(context.instance, run.run_id)
        if attempt >= MAX_ATTEMPTS:
            context.log.warning(
                f"run {run.run_id}: {len(failed)} recording(s) failed on attempt {attempt}, "
                "no retries left (materialize them from the UI after fixing the cause)"
            )
            continue
        for key, assets in sorted(failed.items()):
            retry = range_run_request([key], attempt + 1, f"retry-{run.run_id}", sorted(assets))
            requests.append(retry)
    cursor = records[-1].update_timestamp.isoformat() if records else context.cursor
    return dg.SensorResult(run_requests=requests, cursor=cursor)
