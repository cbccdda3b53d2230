"""The vault: everything personal, in an encrypted DuckDB file (vault_db.py) keyed by
SPINOCO_VAULT_KEY. This module reads and writes it in the product's own types.

Besides holding originals, it answers the privacy officer's question "in which calls did this
value come up?" through the identifier index: a keyed hash of each value's normalized form (the
detector's key: 9 phone digits as E.164, a lower-case e-mail, a name word's lemma) with the call
and recording, from the call's metadata and from what was said.

    spinoco vault restore CALL_ID | find --phone N | sql
"""

import json
from collections.abc import Callable, Iterable
from datetime import datetime

import duckdb

from spinoco_assets.privacy.anonymization import Replacement, restore
from spinoco_assets.privacy.vault_db import VaultDB, dumps, e164, insert
from spinoco_assets.spinoco.ids import is_valid_id
from spinoco_assets.transcription.transcript import Transcript

Hasher = Callable[[str, str], str]  # (kind, canonical value) -> keyed hash


def check_id(value: str, what: str) -> str:
    if not is_valid_id(value):
        raise ValueError(f"{what} is not a UUID")
    return value


def canonical(pii_type: str, key: str) -> tuple[str, str]:
    """(kind, canonical form) of a detector finding for the identifier index."""
    kind = pii_type.lower()
    return kind, e164(key) if kind == "phone" else key


class Vault:
    def __init__(self, db: VaultDB, hasher: Hasher) -> None:
        self.db = db
        self._hash = hasher

    # raw transcripts ---------------------------------------------------------------------
    def put_transcript(self, transcript: Transcript) -> None:
        with self.db.session() as con:
            rid = check_id(transcript.recording_id, "recording ID")
            con.execute("DELETE FROM raw_transcripts WHERE recording_id = ?", [rid])
            con.execute(
                "INSERT INTO raw_transcripts VALUES (?, ?)", [rid, dumps(transcript.to_json())]
            )

    def transcript(self, recording_id: str) -> Transcript:
        with self.db.session() as con:
            row = con.execute(
                "SELECT transcript FROM raw_transcripts WHERE recording_id = ?", [recording_id]
            ).fetchone()
        if row is None:
            raise LookupError(f"no transcript of {recording_id}: materialize `transcripts` first")
        return Transcript.from_json(json.loads(row[0]))

    # replacements and the identifiers said in a recording ---------------------------------
    def put_replacements(
        self, call_id: str, recording_id: str, replacements: list[Replacement]
    ) -> None:
        """A recording's replacements, and the identifiers they carry, replacing older ones."""
        with self.db.session() as con:
            con.execute("DELETE FROM replacements WHERE recording_id = ?", [recording_id])
            con.execute(
                "DELETE FROM identifiers WHERE recording_id = ? AND source = 'said'",
                [recording_id],
            )
            insert(
                con,
                "replacements",
                "recording_id, segment_no, start_pos, end_pos, placeholder, pii_type, original",
                [
                    [
                        recording_id,
                        r.segment_no,
                        r.start,
                        r.end,
                        r.placeholder,
                        r.pii_type,
                        r.original,
                    ]
                    for r in replacements
                ],
            )
            said = {canonical(r.pii_type, r.key) for r in replacements if r.pii_type and r.key}
            self._index(con, call_id, recording_id, "said", said)

    def replacements(self, recording_id: str) -> list[Replacement]:
        with self.db.session() as con:
            rows = con.execute(
                "SELECT segment_no, start_pos, end_pos, original, placeholder, pii_type "
                "FROM replacements WHERE recording_id = ?",
                [recording_id],
            ).fetchall()
        return [Replacement(*row) for row in rows]

    def _index(
        self,
        con: duckdb.DuckDBPyConnection,
        call_id: str,
        recording_id: str | None,
        source: str,
        values: Iterable[tuple[str, str]],
    ) -> None:
        rows = [[k, self._hash(k, v), call_id, recording_id, source] for k, v in sorted(values)]
        insert(con, "identifiers", "kind, id_hash, call_id, recording_id, source", rows)

    # placeholder maps (per call) ------------------------------------------------------------
    def put_placeholders(self, call_id: str, mapping: dict[str, str]) -> None:
        with self.db.session() as con:
            con.execute("DELETE FROM placeholder_maps WHERE call_id = ?", [call_id])
            rows = [[call_id, name, value] for name, value in mapping.items()]
            insert(con, "placeholder_maps", "call_id, placeholder, original", rows)

    def placeholders(self, call_id: str) -> dict[str, str]:
        with self.db.session() as con:
            rows = con.execute(
                "SELECT placeholder, original FROM placeholder_maps WHERE call_id = ?", [call_id]
            ).fetchall()
        return dict(rows)

    # quarantine: anonymized transcripts held back by the residue scan, with their originals
    def put_quarantine(self, recording_id: str, entry: dict) -> None:
        with self.db.session() as con:
            con.execute("DELETE FROM quarantine WHERE recording_id = ?", [recording_id])
            con.execute(
                "INSERT INTO quarantine VALUES (?, ?, ?, ?, ?)",
                [
                    recording_id,
                    entry["call_id"],
                    dumps(entry["anonymized"]),
                    dumps(entry["residue"]),
                    entry["at"],
                ],
            )

    def quarantined(self, recording_id: str) -> dict:
        with self.db.session() as con:
            row = con.execute(
                "SELECT call_id, anonymized, residue, held_at FROM quarantine "
                "WHERE recording_id = ?",
                [recording_id],
            ).fetchone()
        if row is None:
            raise LookupError(f"recording {recording_id} is not in quarantine")
        call_id, anonymized, residue, at = row
        return {
            "call_id": call_id,
            "anonymized": json.loads(anonymized),
            "residue": json.loads(residue),
            "at": at.isoformat() if isinstance(at, datetime) else str(at),
        }

    def quarantine_ids(self) -> list[str]:
        with self.db.session() as con:
            rows = con.execute("SELECT recording_id FROM quarantine ORDER BY 1").fetchall()
        return [r for (r,) in rows]

    def release_quarantine(self, recording_id: str, decision: dict) -> None:
        """Record the reviewer's decision, then drop the quarantine entry (one transaction)."""
        with self.db.session() as con:
            con.execute(
                "INSERT INTO decisions VALUES (?, ?, ?, ?, ?)",
                [
                    recording_id,
                    decision["decision"],
                    decision["reviewer"],
                    decision["at"],
                    dumps(decision["residue"]),
                ],
            )
            con.execute("DELETE FROM quarantine WHERE recording_id = ?", [recording_id])

    def decision(self, recording_id: str) -> dict | None:
        """The latest decision on a recording."""
        with self.db.session() as con:
            row = con.execute(
                "SELECT decision, reviewer, decided_at, residue FROM decisions "
                "WHERE recording_id = ? ORDER BY decided_at DESC LIMIT 1",
                [recording_id],
            ).fetchone()
        if row is None:
            return None
        decision, reviewer, at, residue = row
        return {
            "decision": decision,
            "reviewer": reviewer,
            "at": str(at),
            "residue": json.loads(residue),
        }

    # the identifier index ------------------------------------------------------------------
    def calls_with(self, kind: str, words: list[set[str]]) -> list[str]:
        """Calls where every word came up (in metadata or said), each word given as the set of
        canonical forms it may have been indexed under (a name word's possible lemmas)."""
        found: set[str] | None = None
        for forms in words:
            calls = {
                c for form in forms for c in self.calls_with_hash(kind, self._hash(kind, form))
            }
            found = calls if found is None else found & calls
        return sorted(found or ())

    def calls_with_hash(self, kind: str, id_hash: str) -> list[str]:
        """The same for a hash computed elsewhere (the erasure job's input)."""
        with self.db.session() as con:
            rows = con.execute(
                "SELECT DISTINCT call_id FROM identifiers WHERE kind = ? AND id_hash = ? "
                "ORDER BY call_id",
                [kind, id_hash],
            ).fetchall()
        return [c for (c,) in rows]

    def recordings_of(self, call_ids: list[str]) -> list[str]:
        with self.db.session() as con:
            rows = con.execute(
                "SELECT recording_id FROM call_tasks WHERE call_id IN (SELECT unnest(?)) "
                "UNION SELECT recording_id FROM identifiers "
                "WHERE call_id IN (SELECT unnest(?)) AND recording_id IS NOT NULL "
                "UNION SELECT recording_id FROM quarantine WHERE call_id IN (SELECT unnest(?))",
                [call_ids, call_ids, call_ids],
            ).fetchall()
        return sorted(r for (r,) in rows)

    # erasure ----------------------------------------------------------------------------------
    def erase(self, calls: list[str], recordings: list[str]) -> int:
        """Delete every row of these calls and recordings (the caller then rewrites the file,
        so nothing stays in free blocks). Returns the number of rows deleted."""
        deleted = 0
        with self.db.session() as con:
            for table in ("raw_transcripts", "replacements", "quarantine", "decisions"):
                deleted += _delete(con, table, "recording_id", recordings)
            for table in ("placeholder_maps", "identifiers"):
                deleted += _delete(con, table, "call_id", calls)
            deleted += _delete(con, "identifiers", "recording_id", recordings)
        return deleted


def _delete(con: duckdb.DuckDBPyConnection, table: str, column: str, keys: list[str]) -> int:
    row = con.execute(
        f"DELETE FROM {table} WHERE {column} IN (SELECT unnest(?))", [sorted(keys)]
    ).fetchone()
    return int(row[0]) if row else 0


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
