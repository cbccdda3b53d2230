"""Retry recordings that failed, a bounded number of times, redoing nothing that succeeded.

A failed batch run planned a materialization for every (asset, recording) of its range; those
without a materialization in that run are what failed (this also covers a run killed mid-way,
which never got to report its failures). A failed recording is retried alone; a stretch of
adjacent unfinished recordings (a crash) is retried as one range; only missing assets are run.
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


def unfinished(instance: dg.DagsterInstance, run_id: str) -> list[tuple[str, frozenset]]:
    """Every partition key the run planned, in the run's (= the partitions') order, with the
    assets it planned for that key but did not materialize (empty when all succeeded)."""
    order: dict[str, None] = {}
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
                for key in keys:
                    if key:
                        order.setdefault(key)
                        planned.add((data.asset_key, key))
            elif data.materialization.partition:
                done.add((data.materialization.asset_key, data.materialization.partition))
        cursor = page.cursor
        if not page.has_more:
            break
    missing: dict[str, set[dg.AssetKey]] = {}
    for asset_key, key in planned - done:
        missing.setdefault(key, set()).add(asset_key)
    return [(key, frozenset(missing.get(key, ()))) for key in order]


def retry_groups(keys: list[tuple[str, frozenset]]) -> list[tuple[list[str], frozenset]]:
    """Adjacent unfinished keys that miss the same assets form one contiguous range; a key that
    succeeded splits ranges. After a crash that is one retry run; a lone failure runs alone."""
    groups: list[tuple[list[str], frozenset]] = []
    previous: frozenset = frozenset()
    for key, assets in keys:
        if assets and assets == previous:
            groups[-1][0].append(key)
        elif assets:
            groups.append(([key], assets))
        previous = assets
    return groups


@dg.sensor(
    job=call_pipeline_job,
    minimum_interval_seconds=env_int("SPINOCO_RETRY_SECONDS", 60),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description=(
        "Relaunches what a failed batch run did not finish, only the missing assets: a failed "
        "recording alone, a crashed run's unfinished stretch as one range; up to "
        f"{MAX_ATTEMPTS} attempts in all (SPINOCO_MAX_ATTEMPTS)."
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
        groups = retry_groups(unfinished(context.instance, run.run_id))
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
