"""The partitioned assets, keyed by recording ID, computed in batches.

One multi-asset step produces every stage for a batch of recordings: each stage logs a
materialization per recording that succeeded, and a recording that fails a stage is skipped by the
later ones. Separate steps would not work here: Dagster skips a downstream step whenever its
upstream step fails, so one bad recording would hold back the later stages of the whole batch.
Backfills from the UI may select any subset of the assets (`can_subset`).
"""

import time

import dagster as dg

from resources.spinoco import SpinocoResource
from resources.storage import StorageResource
from spinoco_assets.batch import Batch
from spinoco_assets.ids import is_valid_id
from spinoco_assets.ingest import call_row, ingest_many, recording_row, safe_reason
from spinoco_assets.landing import Landing
from spinoco_assets.partitions import recording_partitions
from spinoco_assets.tables import CALLS, RECORDINGS
from spinoco_assets.warehouse import replace_rows

RECORDINGS_KEY = dg.AssetKey("recordings")

recordings_spec = dg.AssetSpec(
    RECORDINGS_KEY,
    description=(
        "Spinoco call recordings: stereo Ogg (left customer, right agent) downloaded and verified "
        "into SPINOCO_DATA_DIR/audio, with call and recording metadata in the analysts' warehouse "
        "(tables `calls` and `recordings`; phone numbers only as keyed pseudonyms)."
    ),
    kinds={"spinoco", "duckdb"},
    group_name="calls",
    metadata={
        "dagster/column_schema": RECORDINGS.dagster_schema(),
        "warehouse_tables": "calls, recordings",
    },
)


def ingest_stage(
    context: dg.AssetExecutionContext,
    batch: Batch,
    spinoco: SpinocoResource,
    storage: StorageResource,
) -> None:
    landing = Landing(storage.protected())
    pseudonyms = storage.pseudonymizer()
    done = []
    started = time.perf_counter()
    with spinoco.client() as client:
        results = ingest_many(
            batch.active(), landing, client, storage.audio_path, spinoco.download_concurrency
        )
        for rid, outcome in results:
            if isinstance(outcome, Exception):
                batch.fail(rid, "ingest", safe_reason(outcome))
            else:
                done.append(outcome)
    download_s = time.perf_counter() - started
    if done:
        with storage.warehouse().writer() as con:
            calls = {item.call.call_id: item.call for item in done}
            replace_rows(con, CALLS, list(calls), [call_row(c, pseudonyms) for c in calls.values()])
            rows = [recording_row(item) for item in done]
            replace_rows(con, RECORDINGS, [r["recording_id"] for r in rows], rows)
    for item in done:
        batch.materialized(
            RECORDINGS_KEY,
            item.recording.recording_id,
            {
                "call_id": item.call.call_id,
                "bytes": item.download.bytes,
                "duration_s": item.download.duration_s,
                "download_attempts": item.download.attempts,
                "is_voicemail": item.recording.is_voicemail,
            },
        )
    context.log.info(
        f"ingested {len(done)} of {len(batch.keys)} recordings in {download_s:.1f} s "
        f"({sum(i.download.bytes for i in done)} bytes)"
    )


@dg.multi_asset(
    specs=[recordings_spec],
    partitions_def=recording_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    can_subset=True,
)
def call_pipeline(
    context: dg.AssetExecutionContext, spinoco: SpinocoResource, storage: StorageResource
) -> None:
    """Every stage for a batch of recordings; returns nothing (per-partition events instead)."""
    batch = Batch(context, context.partition_keys)
    for key in batch.keys:
        if not is_valid_id(key):  # a partition added by hand in the UI, say
            batch.fail(key, "input", "partition key is not a Spinoco recording UUID")
    if RECORDINGS_KEY in context.selected_asset_keys:
        ingest_stage(context, batch, spinoco, storage)
    batch.finish()
