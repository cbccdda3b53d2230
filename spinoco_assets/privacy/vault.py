"""The vault: everything personal, encrypted at rest with SPINOCO_VAULT_KEY (AES-GCM).

It holds the raw transcripts, each recording's replacements (placeholder span -> original), each
call's placeholder map, and (through the landing area, same store) the raw call metadata with
phone numbers. Without the key none of it can be read. Authorized users restore a call's text:

    spinoco vault restore CALL_ID
"""

from dataclasses import asdict

from spinoco_assets.privacy.anonymization import Replacement, restore
from spinoco_assets.privacy.sealed import SealedStore
from spinoco_assets.spinoco.ids import is_valid_id
from spinoco_assets.transcription.transcript import Transcript


def check_id(value: str, what: str) -> str:
    if not is_valid_id(value):
        raise ValueError(f"{what} is not a UUID")
    return value


class Vault:
    def __init__(self, store: SealedStore) -> None:
        self.store = store

    # names: only validated UUIDs become file names
    @staticmethod
    def transcript_name(recording_id: str) -> str:
        return f"transcripts/{recording_id[:2]}/{check_id(recording_id, 'recording ID')}"

    @staticmethod
    def replacements_name(recording_id: str) -> str:
        return f"replacements/{recording_id[:2]}/{check_id(recording_id, 'recording ID')}"

    @staticmethod
    def placeholders_name(call_id: str) -> str:
        return f"placeholders/{call_id[:2]}/{check_id(call_id, 'call ID')}"

    def put_transcript(self, transcript: Transcript) -> None:
        self.store.put(self.transcript_name(transcript.recording_id), transcript.to_json())

    def transcript(self, recording_id: str) -> Transcript:
        name = self.transcript_name(recording_id)
        if not self.store.exists(name):
            raise LookupError(f"no transcript of {recording_id}: materialize `transcripts` first")
        return Transcript.from_json(self.store.get(name))

    def put_replacements(self, recording_id: str, replacements: list[Replacement]) -> None:
        self.store.put(self.replacements_name(recording_id), [asdict(r) for r in replacements])

    def replacements(self, recording_id: str) -> list[Replacement]:
        return [Replacement(**r) for r in self.store.get(self.replacements_name(recording_id))]

    def put_placeholders(self, call_id: str, mapping: dict[str, str]) -> None:
        self.store.put(self.placeholders_name(call_id), mapping)

    def placeholders(self, call_id: str) -> dict[str, str]:
        name = self.placeholders_name(call_id)
        return self.store.get(name) if self.store.exists(name) else {}

    # quarantine: anonymized transcripts held back by the residue scan, with their originals
    @staticmethod
    def quarantine_name(recording_id: str) -> str:
        return f"quarantine/{recording_id[:2]}/{check_id(recording_id, 'recording ID')}"

    @staticmethod
    def decision_name(recording_id: str) -> str:
        return f"decisions/{recording_id[:2]}/{check_id(recording_id, 'recording ID')}"

    def put_quarantine(self, recording_id: str, entry: dict) -> None:
        self.store.put(self.quarantine_name(recording_id), entry)

    def quarantined(self, recording_id: str) -> dict:
        name = self.quarantine_name(recording_id)
        if not self.store.exists(name):
            raise LookupError(f"recording {recording_id} is not in quarantine")
        return self.store.get(name)

    def quarantine_ids(self) -> list[str]:
        paths = self.store.root.glob("quarantine/*/*.sealed")
        return sorted(ids for p in paths if is_valid_id(ids := p.name.removesuffix(".sealed")))

    def release_quarantine(self, recording_id: str, decision: dict) -> None:
        """Record the reviewer's decision, then drop the quarantine entry."""
        self.store.put(self.decision_name(recording_id), decision)
        self.store.delete(self.quarantine_name(recording_id))

    def decision(self, recording_id: str) -> dict | None:
        name = self.decision_name(recording_id)
        return self.store.get(name) if self.store.exists(name) else None

    def erase_recording(self, recording_id: str) -> int:
        names = [
            self.transcript_name(recording_id),
            self.replacements_name(recording_id),
            self.quarantine_name(recording_id),
            self.decision_name(recording_id),
        ]
        return sum(self.store.delete(n) for n in names)

    def erase_call(self, call_id: str) -> int:
        return int(self.store.delete(self.placeholders_name(call_id)))


def restore_call(vault: Vault, segments: list[tuple[str, int, str, str]]) -> list[str]:
    """Original text lines of a call from its anonymized segments
    (recording_id, segment_no, role, text) in time order."""
    lines = []
    by_recording: dict[str, list[tuple[int, str, str]]] = {}
    for rid, no, role, text in segments:
        by_recording.setdefault(rid, []).append((no, role, text))
    for rid, rows in by_recording.items():
        texts = {no: text for no, _, text in rows}
        ordered = [texts.get(i, "") for i in range(max(texts) + 1)]
        restored = restore(ordered, vault.replacements(rid))
        lines += [f"{role}: {restored[no]}" for no, role, _ in sorted(rows)]
    return lines
