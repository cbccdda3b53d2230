"""The stages of a batch, each a thin Dagster wrapper around the product's plain functions.

A stage works on the recordings the batch still has (`batch.active()`). As recordings finish it
publishes them in time-boxed groups (SPINOCO_PUBLISH_SECONDS): the group's warehouse rows in one
transaction, then one materialization per recording, so partitions turn green while the batch
runs. Progress lines (done/total, rate, real-time factor, ETA) go to the run log at
SPINOCO_PROGRESS_SECONDS; a failed recording is logged, with its reason, when it fails.
"""

import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import dagster as dg

from resources.spinoco import SpinocoResource
from resources.whisperx import WhisperXResource, transcript_code_version
from spinoco_assets.analytics.categories import Match, Rules
from spinoco_assets.analytics.metrics import RoleMetrics, call_metrics
from spinoco_assets.errors import safe_reason
from spinoco_assets.pipeline.batch import Batch
from spinoco_assets.pipeline.partitions import (
    ANONYMIZED_KEY,
    CALL_CATEGORIES_KEY,
    CALL_METRICS_KEY,
    RECORDINGS_KEY,
    REDACTED_AUDIO_KEY,
    RESIDUE_CHECK,
    TRANSCRIPTS_KEY,
)
from spinoco_assets.privacy.anonymization import (
    AnonymizedTranscript,
    anonymize_transcript,
    residue_of,
)
from spinoco_assets.privacy.audio_redaction import Span, placeholder_spans, redact
from spinoco_assets.privacy.pii import PiiDetector, Placeholders
from spinoco_assets.publish import describe, publish, quarantine
from spinoco_assets.recordings.download import Ingested, call_row, ingest_many, recording_row
from spinoco_assets.spinoco.client import sweep_partials
from spinoco_assets.stores import Stores
from spinoco_assets.transcription.runner import ModelLoadError
from spinoco_assets.transcription.transcript import Transcript
from spinoco_assets.warehouse.derived import agent_days, refresh_agent_daily, replace_calls
from spinoco_assets.warehouse.tables import (
    CALL_CATEGORIES,
    CALL_METRICS,
    RECORDINGS,
    REDACTED_SPANS,
    TRANSCRIPT_STATS,
)
from spinoco_assets.warehouse.writer import replace_rows, since, window


def ingest_stage(
    context: dg.AssetExecutionContext,
    batch: Batch,
    spinoco: SpinocoResource,
    stores: Stores,
) -> None:
    started = time.perf_counter()
    stores.incoming.mkdir(parents=True, exist_ok=True)
    if swept := sweep_partials(stores.incoming):
        context.log.info(f"removed {swept} partial download(s) left by a crashed run")
    pending = batch.active()
    progress, groups = batch.progress("ingest", len(pending)), batch.groups()
    done: list[Ingested] = []
    with spinoco.client() as client:
        results = ingest_many(
            pending,
            stores.landing,
            client,
            stores.audio_path,
            stores.incoming,
            spinoco.download_concurrency,
        )
        for rid, outcome in results:
            if isinstance(outcome, Exception):
                batch.fail(rid, "ingest", safe_reason(outcome))
                progress.step(failed=True)
            else:
                progress.step(audio_s=outcome.download.duration_s)
                done += _publish_ingested(context, batch, stores, groups.add(outcome))
            batch.report(progress)
    done += _publish_ingested(context, batch, stores, groups.rest())
    context.log.info(
        f"ingested {len(done)} of {len(batch.keys)} recordings in "
        f"{time.perf_counter() - started:.1f} s ({sum(i.download.bytes for i in done)} bytes)"
    )


def _publish_ingested(
    context: dg.AssetExecutionContext, batch: Batch, stores: Stores, group: list[Ingested]
) -> list[Ingested]:
    """Write a group's calls and recordings rows in one transaction, then show them green."""
    if not group:
        return []
    with stores.warehouse.writer() as con:
        group = _not_erased(batch, stores, group, lambda item: item.recording.recording_id)
        calls = {item.call.call_id: item.call for item in group}
        window = since(c.started_at for c in calls.values())
        call_rows = [call_row(c, stores.pseudonyms) for c in calls.values()]
        replace_calls(con, call_rows, window)
        rows = [recording_row(item) for item in group]
        replace_rows(con, RECORDINGS, [r["recording_id"] for r in rows], rows, window)
    for item in group:
        rid, download = item.recording.recording_id, item.download
        metadata: dict[str, Any] = {
            "bytes": download.bytes,
            "duration_s": download.duration_s,
            "download_attempts": download.attempts,
            "is_voicemail": item.recording.is_voicemail,
        }
        if download.duration_mismatched:
            metadata["duration_mismatch_s"] = download.duration_mismatch_s
            context.log.warning(
                f"recording {rid}: decodes to {download.duration_s:.1f} s, "
                f"{download.duration_mismatch_s:+.1f} s off the metadata's duration; kept, "
                "the Ogg stream is complete"
            )
        batch.materialized(RECORDINGS_KEY, rid, metadata)
    return group


def _stats_row(t: Transcript, call_id: str, model: str, version: str, took_s: float) -> dict:
    return {
        "recording_id": t.recording_id,
        "call_id": call_id,
        "language": t.language,
        "language_probability": t.language_probability,
        "audio_s": t.audio_s,
        "speech_s_customer": t.speech_s("customer"),
        "speech_s_agent": t.speech_s("agent"),
        "words": len(t.words),
        "segments": len(t.segments),
        "interpolated_words": sum(w.interpolated for w in t.words),
        "dropped_segments": sum(t.dropped.values()),
        "model": model,
        "settings_version": version,
        "processing_s": round(took_s, 3),
        "transcribed_at": datetime.now(UTC),
    }


def transcribe_stage(
    context: dg.AssetExecutionContext,
    batch: Batch,
    stores: Stores,
    whisperx: WhisperXResource,
) -> None:
    transcriber = whisperx.transcriber()
    version = transcript_code_version(whisperx.settings())
    started = time.perf_counter()
    inference_s = 0.0
    pending = batch.active()
    progress, groups = batch.progress("transcribe", len(pending)), batch.groups()
    published = 0

    def publish(rows: list[dict]) -> None:
        nonlocal published
        published += _publish_stats(batch, stores, whisperx.model, version, rows)

    for n, rid in enumerate(pending):
        path: Path = stores.audio_path(rid)
        if not path.exists():
            batch.fail(rid, "transcribe", "no audio file: materialize `recordings` first")
            call_id = None
        else:
            call_id = batch.call_id(rid, "transcribe")  # fails the recording when it cannot
        if call_id is None:
            progress.step(failed=True)
            batch.report(progress)
            continue
        t0 = time.perf_counter()  # inference time only: overhead is measured as the rest
        try:
            transcript = transcriber.transcribe(rid, path)
        except ModelLoadError as exc:  # every later recording would fail the same way
            for left in pending[n:]:
                batch.fail(left, "transcribe", str(exc))
                progress.step(failed=True)
            break
        except Exception as exc:  # one bad recording must not stop the batch
            batch.fail(rid, "transcribe", safe_reason(exc))
            progress.step(failed=True)
            batch.report(progress)
            continue
        took = time.perf_counter() - t0
        inference_s += took
        stores.vault.put_transcript(transcript)
        progress.step(audio_s=transcript.audio_s, work_s=took)
        row = _stats_row(transcript, call_id, whisperx.model, version, took)
        row["call_started_at"] = batch.call_started_at(rid)
        publish(groups.add(row))
        batch.report(progress)
    publish(groups.rest())
    batch.report(progress)
    total = time.perf_counter() - started
    if published:
        overhead_ms = 1000 * (total - inference_s) / published
        context.log.info(
            f"transcribed {published} recordings in {total:.1f} s; model loads so far "
            f"{dict(transcriber.loads)}; overhead outside inference {overhead_ms:.0f} ms each"
        )


def _publish_stats(batch: Batch, stores: Stores, model: str, version: str, rows: list[dict]) -> int:
    """Write a group's `transcript_stats` rows, then show the transcripts green."""
    if not rows:
        return 0
    with stores.warehouse.writer() as con:
        rows = _not_erased(batch, stores, rows, lambda row: row["recording_id"])
        keys = [r["recording_id"] for r in rows]
        replace_rows(con, TRANSCRIPT_STATS, keys, rows, batch.since(keys))
    for row in rows:
        batch.materialized(
            TRANSCRIPTS_KEY,
            row["recording_id"],
            {
                "audio_s": row["audio_s"],
                "speech_s_customer": row["speech_s_customer"],
                "speech_s_agent": row["speech_s_agent"],
                "words": row["words"],
                "dropped_segments": row["dropped_segments"],
                "real_time_factor": round(row["processing_s"] / max(row["audio_s"], 1e-6), 4),
                "model": model,
                "settings_version": version,
            },
        )
    return len(rows)


def _not_erased(batch: Batch, stores: Stores, items: list, key: Callable) -> list:
    """Drop recordings erased while the batch ran; called under the warehouse lock, which
    erasure holds for its whole run, so nothing erased is written back."""
    kept = []
    erased = stores.landing.erased(key(item) for item in items)
    for item in items:
        if key(item) in erased:
            batch.fail(key(item), "erasure", "erased on request while the batch ran")
        else:
            kept.append(item)
    return kept


@cache
def detector() -> PiiDetector:
    """One detector per process (it loads name lists); it is safe across threads."""
    return PiiDetector()


def anonymize_stage(
    context: dg.AssetExecutionContext, batch: Batch, stores: Stores
) -> dg.AssetCheckResult:
    """Anonymize call by call (placeholders are per call), scan the result with the residue
    scan, publish what is clean and quarantine the rest. Returns the residue check's result."""
    vault, pii = stores.vault, detector()
    done: list[tuple[str, AnonymizedTranscript]] = []
    held: dict[str, dict[str, int]] = {}
    # Under the warehouse lock from the first read of a call's placeholder map to the last
    # write: two batches with recordings of one call must not number its values twice. The
    # vault (locked after the warehouse, always in that order) is one session for the stage.
    with stores.warehouse.writer() as con, stores.vault_db.session():
        calls: dict[str, list[str]] = {}
        for rid in batch.active():
            call_id = batch.call_id(rid, "anonymize")
            if call_id is not None:
                calls.setdefault(call_id, []).append(rid)
        progress = batch.progress("anonymize", sum(map(len, calls.values())))
        for call_id, rids in calls.items():
            placeholders = Placeholders.from_mapping(vault.placeholders(call_id), pii)
            for rid in rids:
                try:
                    anon = anonymize_transcript(
                        vault.transcript(rid), pii, placeholders, known_phones=batch.phones(rid)
                    )
                except Exception as exc:
                    batch.fail(rid, "anonymize", safe_reason(exc))
                    progress.step(failed=True)
                    continue
                found = residue_of(anon)
                if found:  # held for review: never published, the partition fails
                    quarantine(stores, call_id, anon, found)
                    held[rid] = dict(found)
                    batch.fail(rid, "quarantine", f"held for review, residue: {describe(found)}")
                    progress.step(failed=True)
                    continue
                done.append((call_id, anon))
                progress.step()
                batch.report(progress)
            vault.put_placeholders(call_id, placeholders.mapping())
        starts = {anon.recording_id: batch.call_started_at(anon.recording_id) for _, anon in done}
        publish(stores, con, done, starts)
    for _, anon in done:
        batch.materialized(
            ANONYMIZED_KEY,
            anon.recording_id,
            {
                "segments": len(anon.segments),
                "values_replaced": sum(anon.counts.values()),
                "by_type": dg.MetadataValue.json(dict(anon.counts)),
            },
        )
    context.log.info(
        f"anonymized {len(done)} recordings of {len(calls)} calls; {len(held)} quarantined"
    )
    return dg.AssetCheckResult(
        asset_key=ANONYMIZED_KEY,
        check_name=RESIDUE_CHECK,
        passed=not held,
        metadata={
            "recordings_checked": len(done) + len(held),
            "recordings_quarantined": len(held),
            "quarantined": dg.MetadataValue.json(held),  # IDs, kinds and counts, no values
        },
    )


def analytics_stage(
    context: dg.AssetExecutionContext,
    batch: Batch,
    stores: Stores,
    rules: Rules | None,
    metrics: bool,
) -> None:
    """Conversation metrics and/or rule categories from each anonymized transcript."""
    pending = batch.active()
    progress = batch.progress("analytics", len(pending))
    done: list[tuple[str, list[RoleMetrics], list[Match]]] = []
    with stores.warehouse.writer() as con:
        call_ids = {rid: batch.call_id(rid, "analytics") for rid in pending}  # and their starts
        known = [rid for rid, call_id in call_ids.items() if call_id is not None]
        audio_s = dict(
            con.execute(
                "SELECT recording_id, audio_s FROM transcript_stats "
                "WHERE recording_id IN (SELECT unnest(?))"
                + window(TRANSCRIPT_STATS, batch.since(known)),
                [known],
            ).fetchall()
        )
        metric_rows, category_rows = [], []
        for rid in pending:
            call_id = call_ids[rid]
            path = stores.anonymized_path(rid)
            if call_id is None or not path.exists():
                if call_id is not None:
                    batch.fail(rid, "analytics", "no anonymized transcript: materialize it first")
                progress.step(failed=True)
                continue
            segments = AnonymizedTranscript.from_json(json.loads(path.read_bytes())).segments
            duration = float(audio_s.get(rid) or (segments[-1].end if segments else 0.0))
            found_metrics = call_metrics(segments, duration) if metrics else []
            found_categories = rules.evaluate(segments, duration) if rules else []
            started = batch.call_started_at(rid)
            metric_rows += [
                {"call_id": call_id, "recording_id": rid, **asdict(m), "call_started_at": started}
                for m in found_metrics
            ]
            category_rows += [
                {
                    "call_id": call_id,
                    "recording_id": rid,
                    "category": m.category,
                    "role": m.role,
                    "start_s": m.start_s,
                    "segment_no": m.segment_no,
                    "matched": m.matched,
                    "rules_version": rules.digest if rules else None,
                    "call_started_at": started,
                }
                for m in found_categories
            ]
            done.append((rid, found_metrics, found_categories))
            progress.step()
            batch.report(progress)
        keys = [rid for rid, _, _ in done]
        window_start = batch.since(keys)
        if metrics:
            replace_rows(con, CALL_METRICS, keys, metric_rows, window_start)
            calls = {row["call_id"] for row in metric_rows}
            refresh_agent_daily(con, agent_days(con, calls, window_start))
        if rules:
            replace_rows(con, CALL_CATEGORIES, keys, category_rows, window_start)
    for rid, found_metrics, found_categories in done:
        if metrics:
            by_role = {m.role: m for m in found_metrics}
            batch.materialized(
                CALL_METRICS_KEY,
                rid,
                {
                    "agent_talk_s": by_role["agent"].talk_s,
                    "customer_talk_s": by_role["customer"].talk_s,
                    "agent_talk_ratio": by_role["agent"].talk_ratio or 0.0,
                    "interruptions": by_role["call"].interruptions,
                    "overlap_s": by_role["call"].overlap_s,
                    "longest_silence_s": by_role["call"].longest_silence_s or 0.0,
                },
            )
        if rules:
            batch.materialized(
                CALL_CATEGORIES_KEY,
                rid,
                {
                    "categories": ", ".join(m.category for m in found_categories) or "(none)",
                    "category_count": len(found_categories),
                    "rules_version": rules.digest,
                },
            )
    batch.report(progress)


def redact_stage(
    context: dg.AssetExecutionContext,
    batch: Batch,
    stores: Stores,
    roles: tuple[str, ...],
    mode: str,
) -> None:
    """A copy of each recording with every replaced span bleeped on the channel that said it."""
    pending = batch.active()
    progress, groups = batch.progress("redact", len(pending)), batch.groups()

    def publish(group: list[tuple[str, str, list[Span]]]) -> None:
        if not group:
            return
        with stores.warehouse.writer() as con:
            group = _not_erased(batch, stores, group, lambda item: item[0])
            rows = [
                {
                    "call_id": call_id,
                    "recording_id": rid,
                    **asdict(span),
                    "call_started_at": batch.call_started_at(rid),
                }
                for rid, call_id, spans in group
                for span in spans
            ]
            keys = [rid for rid, _, _ in group]
            replace_rows(con, REDACTED_SPANS, keys, rows, batch.since(keys))
        for rid, _, spans in group:
            by_type = Counter(span.pii_type for span in spans)
            batch.materialized(
                REDACTED_AUDIO_KEY,
                rid,
                {
                    "spans": len(spans),
                    "by_type": dg.MetadataValue.json(dict(by_type)),
                    "mode": mode,
                },
            )

    for rid in pending:
        anonymized, audio = stores.anonymized_path(rid), stores.audio_path(rid)
        if not (anonymized.exists() and audio.exists()):
            batch.fail(rid, "redact", "needs the audio and the anonymized transcript first")
            call_id = None
        else:
            call_id = batch.call_id(rid, "redact")  # fails the recording when it cannot
        if call_id is None:
            progress.step(failed=True)
            continue
        try:
            segments = AnonymizedTranscript.from_json(json.loads(anonymized.read_bytes())).segments
            spans = placeholder_spans(segments)
            redact(audio, stores.redacted_path(rid), spans, roles, mode)
        except Exception as exc:  # one bad recording must not stop the batch
            batch.fail(rid, "redact", safe_reason(exc))
            progress.step(failed=True)
            continue
        progress.step()
        publish(groups.add((rid, call_id, spans)))
        batch.report(progress)
    publish(groups.rest())
    batch.report(progress)
