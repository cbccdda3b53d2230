"""Keep the partition count bounded: archive the partitions of old, finished recordings.

Dagster recommends at most ~100k partitions per asset, and every batch run lists all partition
keys (twice) while it plans: +0.6 s per run at 100k, +5 s at 1M (benchmarks/sensor.py). A busy
call centre passes 100k recordings within a year, so recordings whose three assets are done and
that were ingested more than SPINOCO_KEEP_PARTITION_DAYS ago leave the partition set. Their data
stays (warehouse, vault, audio, landing file); re-adding the key in the UI and backfilling it
re-processes one if ever needed.
"""

from datetime import UTC, datetime, timedelta

import dagster as dg
from pydantic import Field

from resources.storage import StorageResource
from spinoco_assets.pipeline.partitions import ANONYMIZED_KEY, PARTITIONS_NAME
from spinoco_assets.settings import load


class RetentionConfig(dg.Config):
    keep_days: int = Field(
        default=load().spinoco.keep_partition_days,
        description="archive partitions of recordings ingested longer ago than this",
    )


@dg.op(description="Delete the partition keys of finished recordings older than keep_days.")
def archive_old_partitions(
    context: dg.OpExecutionContext, config: RetentionConfig, storage: StorageResource
) -> dg.Output[None]:
    cutoff = datetime.now(UTC) - timedelta(days=config.keep_days)
    with storage.stores().warehouse.read() as con:
        old = [
            rid
            for (rid,) in con.execute(
                "SELECT recording_id FROM recordings WHERE ingested_at < ?", [cutoff]
            ).fetchall()
        ]
    finished = context.instance.get_materialized_partitions(ANONYMIZED_KEY)
    existing = context.instance.get_existing_dynamic_partitions(PARTITIONS_NAME, old)
    archived = [rid for rid in old if rid in finished and rid in existing]
    for rid in archived:
        context.instance.delete_dynamic_partition(PARTITIONS_NAME, rid)
    context.log.info(f"archived {len(archived)} partitions older than {config.keep_days} days")
    return dg.Output(None, metadata={"archived": len(archived), "keep_days": config.keep_days})


@dg.job(description="Archive partitions of finished recordings (data is kept).")
def archive_partitions_job() -> None:
    archive_old_partitions()


archive_partitions_schedule = dg.ScheduleDefinition(
    job=archive_partitions_job,
    cron_schedule="30 3 * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Nightly: keep the partition count bounded (SPINOCO_KEEP_PARTITION_DAYS).",
)
