"""The ingest stage: download and verify each recording, then write call metadata for analysts."""

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from spinoco_assets.privacy.pseudonyms import Pseudonymizer
from spinoco_assets.recordings.landing import Landing
from spinoco_assets.spinoco.client import Downloaded, SpinocoClient
from spinoco_assets.spinoco.tasks import Call, InvalidTask, Recording, parse_task


@dataclass(frozen=True)
class Ingested:
    call: Call
    recording: Recording
    download: Downloaded


def _find_recording(call: Call, recording_id: str) -> Recording:
    for recording in call.recordings:
        if recording.recording_id == recording_id:
            return recording
    raise InvalidTask(f"task {call.call_id} no longer lists recording {recording_id}")


def ingest_one(
    recording_id: str,
    task: dict[str, Any] | None,
    landing: Landing,
    client: SpinocoClient,
    audio_path: Path,
    incoming: Path,
) -> Ingested:
    """`task`: the landed task, read for the whole batch at once; None when it was not there
    (then the landing area says why: never discovered, or erased)."""
    call, _ = parse_task(task if task is not None else landing.get(recording_id))
    recording = _find_recording(call, recording_id)
    download = client.download_recording(
        call.call_id, recording_id, audio_path, recording.duration_ms, incoming
    )
    return Ingested(call, recording, download)


def ingest_many(
    recording_ids: list[str],
    landing: Landing,
    client: SpinocoClient,
    audio_path: Callable[[str], Path],
    incoming: Path,
    concurrency: int,
) -> Iterator[tuple[str, Ingested | Exception]]:
    """Yield (recording_id, result or error) as each finishes; one failure never stops the rest."""
    tasks = landing.get_many(recording_ids)  # one vault session for the batch
    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        futures = {
            pool.submit(
                ingest_one, rid, tasks.get(rid), landing, client, audio_path(rid), incoming
            ): rid
            for rid in recording_ids
        }
        for future in as_completed(futures):
            try:
                yield futures[future], future.result()
            except Exception as exc:  # one broken recording must not stop the batch
                yield futures[future], exc


def call_row(call: Call, pseudonyms: Pseudonymizer) -> dict[str, Any]:
    return {
        "call_id": call.call_id,
        "direction": call.direction,
        "started_at": call.started_at,
        "answered_at": call.answered_at,
        "ended_at": call.ended_at,
        "agent_id": call.agent_id,
        "caller_key": pseudonyms.phone_key(call.caller_number),
        "callee_key": pseudonyms.phone_key(call.callee_number),
        "last_update_ms": call.last_update_ms,
    }


def recording_row(item: Ingested) -> dict[str, Any]:
    d = item.download
    return {
        "recording_id": item.recording.recording_id,
        "call_id": item.call.call_id,
        "started_at": item.recording.started_at,
        "duration_ms": item.recording.duration_ms,
        "decoded_s": d.duration_s,
        "duration_mismatch_s": d.duration_mismatch_s,
        "channels": d.channels,
        "sample_rate": d.sample_rate,
        "bytes": d.bytes,
        "sha256": d.sha256,
        "is_voicemail": item.recording.is_voicemail,
        "ingested_at": datetime.now(UTC),
        "call_started_at": item.call.started_at,
    }
