"""The full-text index over `call_transcripts`, rebuilt apart from the batches.

DuckDB's FTS index can only be rebuilt whole; at 100k calls that takes ~20 s
(benchmarks/warehouse.py), so rebuilding it in every batch would hold the warehouse lock for most
of the batch. Instead a schedule rebuilds it every few minutes, only when new anonymized
transcripts exist: search lags the warehouse by at most that interval.
"""

import time

import dagster as dg

from resources.storage import StorageResource
from spinoco_assets.pipeline.partitions import ANONYMIZED_KEY, SEARCH_INDEX_KEY
from spinoco_assets.warehouse.writer import rebuild_fts, scalar


@dg.asset(
    key=SEARCH_INDEX_KEY,
    deps=[ANONYMIZED_KEY],
    group_name="calls",
    kinds={"duckdb"},
    description=(
        "BM25 full-text index (DuckDB fts, accents stripped) over `call_transcripts.text` in the "
        "analysts' warehouse: `fts_main_call_transcripts.match_bm25(call_id, 'query')`."
    ),
)
def search_index(storage: StorageResource) -> dg.MaterializeResult:
    started = time.perf_counter()
    with storage.stores().warehouse.writer() as con:
        rebuild_fts(con)
        calls = scalar(con, "SELECT count(*) FROM call_transcripts")
    return dg.MaterializeResult(
        metadata={"calls_indexed": calls, "build_s": round(time.perf_counter() - started, 2)}
    )


search_index_job = dg.define_asset_job("search_index_job", selection=[SEARCH_INDEX_KEY])


@dg.schedule(
    job=search_index_job,
    cron_schedule="*/10 * * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Rebuilds the search index every 10 minutes when transcripts were anonymized.",
)
def search_index_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest | dg.SkipReason:
    instance = context.instance
    latest_text = instance.fetch_materializations(ANONYMIZED_KEY, limit=1).records
    latest_index = instance.fetch_materializations(SEARCH_INDEX_KEY, limit=1).records
    if not latest_text:
        return dg.SkipReason("no anonymized transcripts yet")
    if latest_index and latest_index[0].storage_id > latest_text[0].storage_id:
        return dg.SkipReason("the index is up to date")
    # the tick time in the key: a rebuild that failed is tried again at the next tick
    return dg.RunRequest(run_key=f"search-index-{latest_text[0].storage_id}-{time.time():.0f}")
