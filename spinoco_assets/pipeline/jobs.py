"""The one job sensors launch: every stage of the pipeline over a range of recordings."""

import dagster as dg

from spinoco_assets.pipeline.assets import call_pipeline
from spinoco_assets.pipeline.partitions import recording_partitions

PARTITION_RANGE_START = "dagster/asset_partition_range_start"
PARTITION_RANGE_END = "dagster/asset_partition_range_end"
ATTEMPT_TAG = "spinoco/attempt"

call_pipeline_job = dg.define_asset_job(
    "call_pipeline_job",
    selection=dg.AssetSelection.assets(call_pipeline),
    partitions_def=recording_partitions,
    executor_def=dg.in_process_executor,  # one step per run: no extra process (and model copy)
    description="Ingest, transcribe and anonymize a contiguous range of recordings.",
)


def range_run_request(
    keys: list[str],
    attempt: int = 1,
    reason: str = "new",
    assets: list[dg.AssetKey] | None = None,
) -> dg.RunRequest:
    """One run over keys that are contiguous in the partitions' insertion order (all assets of
    the job unless `assets` narrows it)."""
    return dg.RunRequest(
        run_key=f"{reason}:{attempt}:{keys[0]}:{keys[-1]}",
        job_name=call_pipeline_job.name,
        asset_selection=assets,
        tags={
            PARTITION_RANGE_START: keys[0],
            PARTITION_RANGE_END: keys[-1],
            ATTEMPT_TAG: str(attempt),
        },
    )
