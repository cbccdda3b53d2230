"""The stages of a batch, each a thin Dagster wrapper around the product's plain functions.

A stage works on the recordings the batch still has (`batch.active()`), writes its warehouse
rows in one transaction, then logs one materialization per recording that succeeded.
"""

import time
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg

from resources.spinoco import SpinocoResource
from resources.storage import StorageResource
from resources.whisperx import WhisperXResource, transcript_code_version
from spinoco_assets.batch import Batch
from spinoco_assets.calls import parse_task
from spinoco_assets.ingest import call_row, ingest_many, recording_row, safe_reason
from spinoco_assets.landing import Landing
from spinoco_assets.tables import CALLS, RECORDINGS, TRANSCRIPT_STATS
from spinoco_assets.transcriber import ModelLoadError
from spinoco_assets.transcript import Transcript
from spinoco_assets.warehouse import replace_rows

RECORDINGS_KEY = dg.AssetKey("recordings")
TRANSCRIPTS_KEY = dg.AssetKey("transcripts")


def transcript_name(recording_id: str) -> str:
    return f"transcripts/{recording_id[:2]}/{recording_id}"


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
    landing = Landing(store)
    rows = []
    started = time.perf_counter()
    inference_s = 0.0
    for rid in batch.active():
        path: Path = storage.audio_path(rid)
        if not path.exists():
            batch.fail(rid, "transcribe", "no audio file: materialize `recordings` first")
            continue
        t0 = time.perf_counter()
        try:
            transcript = transcriber.transcribe(rid, path)
        except ModelLoadError:
            raise  # a model problem is every recording's problem: fail the batch, name the setting
        except Exception as exc:  # one bad recording must not stop the batch
            batch.fail(rid, "transcribe", f"{type(exc).__name__} while decoding or transcribing")
            continue
        took = time.perf_counter() - t0
        inference_s += took
        store.put(transcript_name(rid), transcript.to_json())
        call_id = parse_task(landing.get(rid))[0].call_id
        rows.append(_stats_row(transcript, call_id, whisperx.model, version, took))
    if rows:
        with storage.warehouse().writer() as con:
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
