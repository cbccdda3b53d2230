"""Keep the warehouse's file count small: every pipeline write adds a few small Parquet files
(or rows inlined in the catalog), and reading thousands of them would slow analysts down."""

import dagster as dg

from resources.storage import StorageResource


@dg.op(
    description=(
        "Compact the analysts' warehouse: merge small files, rewrite files that are mostly "
        "deletes, drop snapshots older than an hour and the files only they used."
    )
)
def compact_warehouse(context: dg.OpExecutionContext, storage: StorageResource) -> dg.Output[None]:
    counts = storage.stores().warehouse.maintain()
    context.log.info(f"warehouse data files: {counts['files_before']} -> {counts['files_after']}")
    return dg.Output(None, metadata=dict(counts))


@dg.job(description="Compact the analysts' warehouse (no data changes).")
def warehouse_maintenance_job() -> None:
    compact_warehouse()


warehouse_maintenance_schedule = dg.ScheduleDefinition(
    name="warehouse_maintenance_schedule",
    job=warehouse_maintenance_job,
    cron_schedule="15 * * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Hourly: merge the small files that batches leave in the warehouse.",
)
