"""The partitioned assets, keyed by recording ID, computed in batches.

One multi-asset step produces every stage for a batch of recordings: each stage logs a
materialization per recording that succeeded, and a recording that fails a stage is skipped by
the later ones. Separate steps would not work here: Dagster skips a downstream step whenever its
upstream step fails, so one bad recording would hold back the later stages of the whole batch.
Backfills from the UI may select any subset of the assets (`can_subset`).
"""

from collections.abc import Iterator
from pathlib import Path

import dagster as dg

from resources.spinoco import SpinocoResource
from resources.storage import StorageResource
from resources.whisperx import WhisperXResource, transcript_code_version
from spinoco_assets.analytics.categories import Rules, load_rules
from spinoco_assets.pipeline.batch import Batch
from spinoco_assets.pipeline.partitions import (
    ANONYMIZED_KEY,
    CALL_CATEGORIES_KEY,
    CALL_METRICS_KEY,
    HEALTH_CHECK,
    RECORDINGS_KEY,
    REDACTED_AUDIO_KEY,
    RESIDUE_CHECK,
    TRANSCRIPTS_KEY,
    recording_partitions,
)
from spinoco_assets.pipeline.stages import (
    analytics_stage,
    anonymize_stage,
    ingest_stage,
    redact_stage,
    transcribe_stage,
)
from spinoco_assets.settings import load
from spinoco_assets.spinoco.ids import is_valid_id
from spinoco_assets.warehouse.tables import (
    CALL_CATEGORIES,
    CALL_METRICS,
    CALL_TRANSCRIPTS,
    PII_COUNTS,
    RECORDINGS,
    REDACTED_SPANS,
    TRANSCRIPT_SEGMENTS,
    TRANSCRIPT_STATS,
    Table,
)


def column_schema(table: Table) -> dg.TableSchema:
    """The UI's column schema of a warehouse table, from its one definition."""
    return dg.TableSchema(
        columns=[dg.TableColumn(c.name, c.type, description=c.description) for c in table.columns]
    )


recordings_spec = dg.AssetSpec(
    RECORDINGS_KEY,
    description=(
        "Spinoco call recordings: stereo Ogg (left customer, right agent) downloaded and verified "
        "into SPINOCO_DATA_DIR/audio, with call and recording metadata in the analysts' warehouse "
        "(tables `calls` and `recordings`; phone numbers only as keyed pseudonyms)."
    ),
    kinds={"spinoco", "duckdb"},
    group_name="calls",
    skippable=True,  # materializations are logged per recording, never for the whole range
    metadata={
        "dagster/column_schema": column_schema(RECORDINGS),
        "warehouse_tables": "calls, recordings",
    },
)

transcripts_spec = dg.AssetSpec(
    TRANSCRIPTS_KEY,
    deps=[RECORDINGS_KEY],
    description=(
        "WhisperX transcripts: each stereo channel transcribed on its own (left customer, right "
        "agent), word-level aligned, merged by time; hallucinations on silence and subtitle "
        "credits dropped; digits given interpolated times. The text is personal data and is "
        "sealed in the vault; the warehouse gets only `transcript_stats`."
    ),
    kinds={"whisperx", "pytorch", "duckdb"},
    group_name="calls",
    skippable=True,
    code_version=transcript_code_version(load().whisper),
    metadata={
        "dagster/column_schema": column_schema(TRANSCRIPT_STATS),
        "warehouse_tables": "transcript_stats",
    },
)


anonymized_spec = dg.AssetSpec(
    ANONYMIZED_KEY,
    deps=[TRANSCRIPTS_KEY],
    description=(
        "Anonymized transcripts: Czech personal data (phones, e-mails, IBANs, bank accounts, birth "
        "numbers, IČO/DIČ, cards, postal codes, addresses, names, plates; written or spoken) "
        "replaced by call-wide numbered placeholders such as @PHONE_001, word timestamps kept. "
        "Originals go to the encrypted vault. Warehouse: `transcript_segments`, "
        "`call_transcripts` (full-text indexed), `pii_counts`; export: data/export/*.txt."
    ),
    kinds={"scrubadub", "duckdb"},
    group_name="calls",
    skippable=True,
    metadata={
        "dagster/column_schema": column_schema(TRANSCRIPT_SEGMENTS),
        "warehouse_tables": "transcript_segments, call_transcripts, pii_counts",
        "call_transcripts_schema": column_schema(CALL_TRANSCRIPTS),
        "pii_counts_schema": column_schema(PII_COUNTS),
    },
)

redacted_audio_spec = dg.AssetSpec(
    REDACTED_AUDIO_KEY,
    deps=[ANONYMIZED_KEY],
    description=(
        "The recording with personal data bleeped, for quality listeners: every span the "
        "anonymizer replaced (its word's times, padded by 0.15 s) overwritten by a 1 kHz tone or "
        "silence (SPINOCO_REDACTION) on the channel that said it; stereo Ogg Opus in "
        "data/redacted/. The table `redacted_spans` lists the spans (times and types only). "
        "Erasure removes it too."
    ),
    kinds={"ogg", "duckdb"},
    group_name="calls",
    skippable=True,
    code_version="redact-v1",
    metadata={
        "dagster/column_schema": column_schema(REDACTED_SPANS),
        "warehouse_tables": "redacted_spans",
    },
)


def category_rules() -> Rules:
    """The rules file the settings name (SPINOCO_CATEGORIES_FILE), else the built-in one."""
    path = load().spinoco.categories_file
    return load_rules(Path(path) if path else None)


call_metrics_spec = dg.AssetSpec(
    CALL_METRICS_KEY,
    deps=[ANONYMIZED_KEY],
    description=(
        "Conversation metrics per recording from the timed words: talk time, silences, overlap, "
        "interruptions (who cut in on whom), longest monologue, the agent's first response, "
        "talk ratio, words per minute; a row per role and a `call` row. Exact for stereo "
        "recordings. The view `agent_daily_metrics` rolls them up per agent and day."
    ),
    kinds={"python", "duckdb"},
    group_name="analytics",
    skippable=True,
    code_version="metrics-v1",
    metadata={
        "dagster/column_schema": column_schema(CALL_METRICS),
        "warehouse_tables": "call_metrics",
    },
)

call_categories_spec = dg.AssetSpec(
    CALL_CATEGORIES_KEY,
    deps=[ANONYMIZED_KEY],
    description=(
        "Call categories (complaint, technician visit booked, invoice and payment, cancellation, "
        "escalation request, repeat fault, thank-you) from the YAML rules in "
        "analytics/categories.yaml (or SPINOCO_CATEGORIES_FILE), on the anonymized text. A "
        "changed rule file changes the code version: existing categories show stale."
    ),
    kinds={"python", "duckdb"},
    group_name="analytics",
    skippable=True,
    code_version=f"rules-{category_rules().digest}",
    metadata={
        "dagster/column_schema": column_schema(CALL_CATEGORIES),
        "warehouse_tables": "call_categories",
    },
)

residue_check = dg.AssetCheckSpec(
    RESIDUE_CHECK,
    asset=ANONYMIZED_KEY,
    blocking=True,
    description=(
        "Scans the anonymized text with a second, independent scan (residue.py: long digit "
        "runs, spoken digits, @, web addresses, address words, surname shapes), not the "
        "detector. A recording with residue is quarantined: not published, its partition fails "
        "with the kinds and counts, and a reviewer releases or re-anonymizes it with "
        "`spinoco quarantine`."
    ),
)

health_check = dg.AssetCheckSpec(
    HEALTH_CHECK,
    asset=ANONYMIZED_KEY,
    description=(
        "One result per batch run, for the operator: how many of the batch's recordings failed "
        "and in which stage, how many were quarantined, and the transcription's real-time "
        "factor. Warns when more than 10% failed; its history shows a regression at a glance."
    ),
)


@dg.multi_asset(
    specs=[
        recordings_spec,
        transcripts_spec,
        anonymized_spec,
        redacted_audio_spec,
        call_metrics_spec,
        call_categories_spec,
    ],
    check_specs=[residue_check, health_check],
    partitions_def=recording_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    can_subset=True,
    pool="transcription",  # at most N batches transcribe at once (N GPUs); see deploy/
)
def call_pipeline(
    context: dg.AssetExecutionContext,
    spinoco: SpinocoResource,
    storage: StorageResource,
    whisperx: WhisperXResource,
) -> Iterator[dg.AssetCheckResult]:
    """Every selected stage for a batch of recordings."""
    stores = storage.stores()
    pace = load().spinoco
    batch = Batch(
        context, context.partition_keys, stores.landing, pace.publish_seconds, pace.progress_seconds
    )
    for key in batch.keys:
        if not is_valid_id(key):  # a partition added by hand in the UI, say
            batch.fail(key, "input", "partition key is not a Spinoco recording UUID")
    selected = context.selected_asset_keys
    if RECORDINGS_KEY in selected:
        ingest_stage(context, batch, spinoco, stores)
    if TRANSCRIPTS_KEY in selected:
        transcribe_stage(context, batch, stores, whisperx)
    if ANONYMIZED_KEY in selected:
        yield anonymize_stage(context, batch, stores)
    if REDACTED_AUDIO_KEY in selected:
        redact_stage(context, batch, stores, whisperx.settings().roles, load().spinoco.redaction)
    metrics, categories = CALL_METRICS_KEY in selected, CALL_CATEGORIES_KEY in selected
    if metrics or categories:
        analytics_stage(context, batch, stores, category_rules() if categories else None, metrics)
    if dg.AssetCheckKey(ANONYMIZED_KEY, HEALTH_CHECK) in context.selected_asset_check_keys:
        yield batch.health(HEALTH_CHECK, ANONYMIZED_KEY)
    batch.finish()
    # Outputs are skippable and none is yielded: an output for the range would mark every
    # planned recording materialized, failed ones too (see batch.py).
    yield from ()
