"""A reviewer's decisions on quarantined recordings: release as is, or anonymize again.

A quarantined recording is one the residue scan flagged after anonymization (publish.py). Its
anonymized transcript and originals wait, sealed, in the vault. A reviewer reads it
(`spinoco quarantine show`), then either releases it (the flag was a false alarm) or has it
anonymized again with the current detector (after a fix, or with extra values they marked).
Every decision is recorded in the vault: who, when, what, and the residue it concerned.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from spinoco_assets.privacy.anonymization import (
    AnonymizedTranscript,
    anonymize_transcript,
    residue_of,
)
from spinoco_assets.privacy.pii import PiiDetector, Placeholders
from spinoco_assets.publish import publish, quarantine
from spinoco_assets.spinoco.tasks import parse_task
from spinoco_assets.stores import Stores


@dataclass(frozen=True)
class Held:
    recording_id: str
    call_id: str
    residue: dict[str, int]
    at: str


def held(stores: Stores) -> list[Held]:
    out = []
    for rid in stores.vault.quarantine_ids():
        entry = stores.vault.quarantined(rid)
        out.append(Held(rid, entry["call_id"], entry["residue"], entry["at"]))
    return out


def anonymized_text(stores: Stores, recording_id: str) -> list[str]:
    """The held transcript's lines, for the reviewer's eyes only (it may hold personal data)."""
    anon = AnonymizedTranscript.from_sealed_json(
        stores.vault.quarantined(recording_id)["anonymized"]
    )
    return [f"{s.start:7.1f}s {s.role}: {s.text}" for s in anon.segments]


def _check_reviewer(reviewer: str) -> None:
    if not reviewer.strip():
        raise ValueError("a decision needs the reviewer's ID (--reviewer)")


def _decide(stores: Stores, recording_id: str, decision: str, reviewer: str, entry: dict) -> None:
    stores.vault.release_quarantine(
        recording_id,
        {
            "decision": decision,
            "reviewer": reviewer,
            "at": datetime.now(UTC).isoformat(),
            "residue": entry["residue"],
        },
    )


def release(stores: Stores, recording_id: str, reviewer: str) -> None:
    """Publish the held transcript as it is: the reviewer judged the residue harmless."""
    _check_reviewer(reviewer)  # before anything is published
    entry = stores.vault.quarantined(recording_id)
    anon = AnonymizedTranscript.from_sealed_json(entry["anonymized"])
    with stores.warehouse.writer() as con:
        if stores.landing.is_erased(recording_id):
            raise LookupError(f"recording {recording_id} was erased on request")
        publish(stores, con, [(entry["call_id"], anon)])
        _decide(stores, recording_id, "released", reviewer, entry)


def reanonymize(
    stores: Stores,
    recording_id: str,
    reviewer: str,
    detector: PiiDetector,
    extra: list[tuple[str, str]] | None = None,
) -> Counter:
    """Anonymize the raw transcript again with `detector`, also replacing `extra` (type,
    exact text) values the reviewer marked. Published when the residue scan is then clean;
    else it stays held with the new residue, which is returned."""
    _check_reviewer(reviewer)
    entry = stores.vault.quarantined(recording_id)
    call_id = entry["call_id"]
    with stores.warehouse.writer() as con:
        placeholders = Placeholders.from_mapping(stores.vault.placeholders(call_id), detector)
        transcript = stores.vault.transcript(recording_id)
        call, _ = parse_task(stores.landing.get(recording_id))
        phones = tuple(n for n in (call.caller_number, call.callee_number) if n)
        anon = anonymize_transcript(
            transcript, detector, placeholders, extra=extra, known_phones=phones
        )
        stores.vault.put_placeholders(call_id, placeholders.mapping())
        found = residue_of(anon)
        if found:
            quarantine(stores, call_id, anon, found)
            return found
        publish(stores, con, [(call_id, anon)])
        _decide(stores, recording_id, "reanonymized", reviewer, entry)
    return found
