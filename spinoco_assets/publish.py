"""Publishing anonymized transcripts, and holding back the ones the residue scan flags.

One place for both, used by the pipeline's anonymize stage and by the reviewer's commands
(`spinoco quarantine ...`), so a released recording lands exactly as a clean one would.
Callers hold the warehouse writer (`con`), which also serializes export writes; the vault
has its own lock, always taken after the warehouse's.
"""

import json
from collections import Counter
from collections.abc import Mapping
from datetime import UTC, datetime

import duckdb

from spinoco_assets.files import atomic_write
from spinoco_assets.privacy.anonymization import AnonymizedTranscript
from spinoco_assets.spinoco.tasks import parse_task
from spinoco_assets.stores import Stores
from spinoco_assets.warehouse.derived import publish_transcripts
from spinoco_assets.warehouse.writer import since


def _segment_rows(anon: AnonymizedTranscript, call_id: str, started: datetime | None) -> list[dict]:
    return [
        {
            "recording_id": anon.recording_id,
            "call_id": call_id,
            "segment_no": no,
            "start_s": seg.start,
            "end_s": seg.end,
            "role": seg.role,
            "text": seg.text,
            "call_started_at": started,
        }
        for no, seg in enumerate(anon.segments)
    ]


def publish(
    stores: Stores,
    con: duckdb.DuckDBPyConnection,
    items: list[tuple[str, AnonymizedTranscript]],
    starts: Mapping[str, datetime | None] | None = None,
) -> None:
    """(call ID, anonymized transcript) pairs: vault replacements, the anonymized file, the
    analysts' tables and the export. `starts`: recording ID -> its call's start, read from the
    landed tasks when the caller has not."""
    if not items:
        return
    if starts is None:
        tasks = stores.landing.get_many(anon.recording_id for _, anon in items)
        starts = {rid: parse_task(task)[0].started_at for rid, task in tasks.items()}
    for call_id, anon in items:
        stores.vault.put_replacements(call_id, anon.recording_id, anon.replacements)
        atomic_write(stores.anonymized_path(anon.recording_id), json.dumps(anon.to_json()).encode())
    segments = [
        row
        for call_id, anon in items
        for row in _segment_rows(anon, call_id, starts.get(anon.recording_id))
    ]
    counts = [
        {
            "call_id": c,
            "recording_id": a.recording_id,
            "pii_type": t,
            "n": n,
            "call_started_at": starts.get(a.recording_id),
        }
        for c, a in items
        for t, n in sorted(a.counts.items())
    ]
    recordings = {anon.recording_id: call_id for call_id, anon in items}
    window = since(starts.get(rid) for rid in recordings)
    texts = publish_transcripts(con, recordings, segments, counts, window)
    stores.export.write(dict(texts))


def quarantine(stores: Stores, call_id: str, anon: AnonymizedTranscript, residue: Counter) -> None:
    """Hold a recording back: kept in the vault with what the scan saw (kinds and counts), and
    its values indexed, so erasure by a number said in it finds it too."""
    stores.vault.put_replacements(call_id, anon.recording_id, anon.replacements)
    stores.vault.put_quarantine(
        anon.recording_id,
        {
            "call_id": call_id,
            "anonymized": anon.sealed_json(),
            "residue": dict(residue),
            "at": datetime.now(UTC).isoformat(),
        },
    )


def describe(residue: Counter | dict) -> str:
    """A log-safe summary: kinds and counts, never the text."""
    return ", ".join(f"{n} {kind}" for kind, n in sorted(residue.items()))
