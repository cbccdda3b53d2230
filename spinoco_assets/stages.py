"""The stages of a batch, each a thin Dagster wrapper around the product's plain functions.

A stage works on the recordings the batch still has (`batch.active()`), writes its warehouse
rows in one transaction, then logs one materialization per recording that succeeded.
"""

import json
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg

from resources.spinoco import SpinocoResource
from resources.storage import StorageResource
from resources.whisperx import WhisperXResource, transcript_code_version
from spinoco_assets.anonymization import AnonymizedTranscript, anonymize_transcript, find_leaks
from spinoco_assets.batch import Batch
from spinoco_assets.calls import parse_task
from spinoco_assets.client import sweep_partials
from spinoco_assets.export import Export
from spinoco_assets.ingest import call_row, ingest_many, recording_row, safe_reason
from spinoco_assets.landing import Landing
from spinoco_assets.pii import PiiDetector, Placeholders
from spinoco_assets.sealed import atomic_write
from spinoco_assets.tables import (
    CALLS,
    PII_COUNTS,
    RECORDINGS,
    TRANSCRIPT_SEGMENTS,
    TRANSCRIPT_STATS,
)
from spinoco_assets.transcriber import ModelLoadError
from spinoco_assets.transcript import Transcript
from spinoco_assets.vault import Vault
from spinoco_assets.warehouse import rebuild_call_transcripts, replace_rows

RECORDINGS_KEY = dg.AssetKey("recordings")
TRANSCRIPTS_KEY = dg.AssetKey("transcripts")
ANONYMIZED_KEY = dg.AssetKey("anonymized_transcripts")
LEAK_CHECK = "no_personal_data_left"


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
    storage.incoming.mkdir(parents=True, exist_ok=True)
    if swept := sweep_partials(storage.incoming):
        context.log.info(f"removed {swept} partial download(s) left by a crashed run")
    with spinoco.client() as client:
        results = ingest_many(
            batch.active(),
            landing,
            client,
            storage.audio_path,
            storage.incoming,
            spinoco.download_concurrency,
        )
        for rid, outcome in results:
            if isinstance(outcome, Exception):
                batch.fail(rid, "ingest", safe_reason(outcome))
            else:
                done.append(outcome)
    download_s = time.perf_counter() - started
    if done:
        with storage.warehouse().writer() as con:
            done = _not_erased(batch, landing, done, lambda item: item.recording.recording_id)
            calls = {item.call.call_id: item.call for item in done}
            replace_rows(con, CALLS, list(calls), [call_row(c, pseudonyms) for c in calls.values()])
            rows = [recording_row(item) for item in done]
            replace_rows(con, RECORDINGS, [r["recording_id"] for r in rows], rows)
    for item in done:
        batch.materialized(
            RECORDINGS_KEY,
            item.recording.recording_id,
            {
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
    storage: StorageResource,
    whisperx: WhisperXResource,
) -> None:
    transcriber = whisperx.transcriber()
    version = transcript_code_version(whisperx)
    store = storage.protected()
    landing, vault = Landing(store), Vault(store)
    rows = []
    started = time.perf_counter()
    inference_s = 0.0
    pending = batch.active()
    for n, rid in enumerate(pending):
        path: Path = storage.audio_path(rid)
        if not path.exists():
            batch.fail(rid, "transcribe", "no audio file: materialize `recordings` first")
            continue
        try:
            call_id = parse_task(landing.get(rid))[0].call_id
        except Exception as exc:  # erased meanwhile, or no landing file
            batch.fail(rid, "transcribe", safe_reason(exc))
            continue
        t0 = time.perf_counter()  # inference time only: overhead is measured as the rest
        try:
            transcript = transcriber.transcribe(rid, path)
        except ModelLoadError as exc:  # every later recording would fail the same way
            for left in pending[n:]:
                batch.fail(left, "transcribe", str(exc))
            break
        except Exception as exc:  # one bad recording must not stop the batch
            batch.fail(rid, "transcribe", safe_reason(exc))
            continue
        took = time.perf_counter() - t0
        inference_s += took
        vault.put_transcript(transcript)
        rows.append(_stats_row(transcript, call_id, whisperx.model, version, took))
    if rows:
        with storage.warehouse().writer() as con:
            rows = _not_erased(batch, landing, rows, lambda row: row["recording_id"])
            replace_rows(con, TRANSCRIPT_STATS, [r["recording_id"] for r in rows], rows)
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
                "model": whisperx.model,
                "settings_version": version,
            },
        )
    total = time.perf_counter() - started
    if rows:
        overhead_ms = 1000 * (total - inference_s) / len(rows)
        context.log.info(
            f"transcribed {len(rows)} recordings in {total:.1f} s; model loads so far "
            f"{dict(transcriber.loads)}; overhead outside inference {overhead_ms:.0f} ms each"
        )


_DETECTOR: PiiDetector | None = None


def _not_erased(batch: Batch, landing: Landing, items: list, key: Callable) -> list:
    """Drop recordings erased while the batch ran; called under the warehouse lock, which
    erasure holds for its whole run, so nothing erased is written back."""
    kept = []
    for item in items:
        if landing.is_erased(key(item)):
            batch.fail(key(item), "erasure", "erased on request while the batch ran")
        else:
            kept.append(item)
    return kept


def detector() -> PiiDetector:
    """One detector per process (it loads name lists); it is safe across threads."""
    global _DETECTOR
    if _DETECTOR is None:
        _DETECTOR = PiiDetector()
    return _DETECTOR


def _segment_rows(anon: AnonymizedTranscript, call_id: str) -> list[dict]:
    return [
        {
            "recording_id": anon.recording_id,
            "call_id": call_id,
            "segment_no": no,
            "start_s": seg.start,
            "end_s": seg.end,
            "role": seg.role,
            "text": seg.text,
        }
        for no, seg in enumerate(anon.segments)
    ]


def anonymize_stage(
    context: dg.AssetExecutionContext, batch: Batch, storage: StorageResource
) -> dg.AssetCheckResult:
    """Anonymize call by call (placeholders are per call), scan the result again, and publish
    only what passed. Returns the blocking leak check's result for the batch."""
    store = storage.protected()
    landing, vault, pii = Landing(store), Vault(store), detector()
    done: list[tuple[str, AnonymizedTranscript]] = []
    leaking: dict[str, dict[str, int]] = {}
    # Under the warehouse lock from the first read of a call's placeholder map to the last
    # write: two batches with recordings of one call must not number its values twice.
    with storage.warehouse().writer() as con:
        calls: dict[str, list[str]] = {}
        for rid in batch.active():
            try:
                calls.setdefault(parse_task(landing.get(rid))[0].call_id, []).append(rid)
            except Exception as exc:  # erased meanwhile, or no landing file
                batch.fail(rid, "anonymize", safe_reason(exc))
        for call_id, rids in calls.items():
            placeholders = Placeholders.from_mapping(vault.placeholders(call_id), pii)
            for rid in rids:
                try:
                    anon = anonymize_transcript(vault.transcript(rid), pii, placeholders)
                except Exception as exc:
                    batch.fail(rid, "anonymize", safe_reason(exc))
                    continue
                leaks = find_leaks(anon, pii)
                if leaks:  # never published: the partition fails, nothing downstream sees it
                    leaking[rid] = dict(leaks)
                    kinds = ", ".join(sorted(leaks))
                    reason = f"{sum(leaks.values())} value(s) still look personal ({kinds})"
                    batch.fail(rid, "pii_check", reason)
                    continue
                vault.put_replacements(rid, anon.replacements)
                atomic_write(storage.anonymized_path(rid), json.dumps(anon.to_json()).encode())
                done.append((call_id, anon))
            vault.put_placeholders(call_id, placeholders.mapping())

        if done:
            call_ids = sorted({call_id for call_id, _ in done})
            rids = [anon.recording_id for _, anon in done]
            segments = [row for call_id, anon in done for row in _segment_rows(anon, call_id)]
            replace_rows(con, TRANSCRIPT_SEGMENTS, rids, segments)
            counts = [
                {"call_id": c, "recording_id": a.recording_id, "pii_type": t, "n": n}
                for c, a in done
                for t, n in sorted(a.counts.items())
            ]
            replace_rows(con, PII_COUNTS, rids, counts)
            rebuild_call_transcripts(con, call_ids)
            texts = con.execute(
                "SELECT call_id, text FROM call_transcripts WHERE call_id IN (SELECT unnest(?))",
                [call_ids],
            ).fetchall()
            Export(storage.root / "export").write(dict(texts))
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
    context.log.info(f"anonymized {len(done)} recordings of {len(calls)} calls")
    return dg.AssetCheckResult(
        asset_key=ANONYMIZED_KEY,
        check_name=LEAK_CHECK,
        passed=not leaking,
        metadata={
            "recordings_checked": len(done) + len(leaking),
            "recordings_leaking": dg.MetadataValue.json(leaking),  # IDs and types, no values
        },
    )
