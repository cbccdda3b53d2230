"""Moving a vault of sealed files (releases before the DuckDB vault) into the DuckDB vault, once.

    spinoco vault migrate

Every sealed document is read (with the same SPINOCO_VAULT_KEY), written into the vault in one
transaction, then read back: only when every kind's count matches are the old files removed.
Replacements of that era did not record what each value was, so the identifier index is rebuilt
by running the detector over each original value (and the call's own numbers from its task).
"""

import contextlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from spinoco_assets.privacy.anonymization import Replacement
from spinoco_assets.privacy.pii import PiiDetector
from spinoco_assets.privacy.sealed import SealedStore
from spinoco_assets.privacy.vault import Vault
from spinoco_assets.recordings.landing import Landing
from spinoco_assets.spinoco.ids import is_valid_id
from spinoco_assets.spinoco.tasks import InvalidTask, parse_task
from spinoco_assets.transcription.transcript import Transcript

KINDS = ("landing", "transcripts", "replacements", "placeholders", "quarantine", "decisions")
ERASED = {"erased": True}  # how the sealed landing area marked an erased recording


@dataclass
class MigrationReport:
    found: Counter = field(default_factory=Counter)  # kind -> sealed files read
    migrated: Counter = field(default_factory=Counter)  # kind -> documents found in the vault
    removed_files: int = 0

    @property
    def complete(self) -> bool:
        return self.found == self.migrated


def _documents(store: SealedStore, kind: str) -> list[tuple[str, Any]]:
    out = []
    for path in sorted(store.root.glob(f"{kind}/*/*.sealed")):
        ident = path.name.removesuffix(".sealed")
        if is_valid_id(ident):
            out.append((ident, store.get(f"{kind}/{ident[:2]}/{ident}")))
    return out


def migrate(
    sealed_root: Path, secret: str, landing: Landing, vault: Vault, detector: PiiDetector
) -> MigrationReport:
    report = MigrationReport()
    if not sealed_root.exists():
        return report
    store = SealedStore(sealed_root, secret)
    docs = {kind: _documents(store, kind) for kind in KINDS}
    report.found.update({kind: len(items) for kind, items in docs.items() if items})
    tasks = {rid: t for rid, t in docs["landing"] if t != ERASED and isinstance(t, dict)}
    tombstones = [rid for rid, t in docs["landing"] if t == ERASED]
    call_of = {}
    for rid, task in tasks.items():
        with contextlib.suppress(InvalidTask):  # an unusable task: its recording is skipped
            call_of[rid] = parse_task(task)[0].call_id
    with vault.db.session() as con:
        landing.put_many({rid: t for rid, t in tasks.items() if rid in call_of})
        landing.erase(tombstones)
        for _, data in docs["transcripts"]:
            vault.put_transcript(Transcript.from_json(data))
        for rid, items in docs["replacements"]:
            reps = []
            for item in items:
                found = detector.find(item["original"])
                first = found[0] if found else None
                reps.append(
                    Replacement(
                        item["segment_no"],
                        item["start"],
                        item["end"],
                        item["original"],
                        pii_type=first.pii_type if first else "",
                        key=first.key if first else "",
                    )
                )
            vault.put_replacements(call_of.get(rid, ""), rid, reps)
        for call_id, mapping in docs["placeholders"]:
            vault.put_placeholders(call_id, mapping)
        for rid, entry in docs["quarantine"]:
            vault.put_quarantine(rid, entry)
        for rid, decision in docs["decisions"]:
            vault.release_quarantine(rid, decision)
        report.migrated.update(_present(con, docs))
    if report.complete:
        for kind in KINDS:
            for path in sealed_root.glob(f"{kind}/*/*.sealed"):
                path.unlink()
                report.removed_files += 1
    return report


def _present(con: duckdb.DuckDBPyConnection, docs: dict[str, list[tuple[str, Any]]]) -> Counter:
    """How many of the sealed documents are now in the vault, kind by kind."""
    counts: Counter = Counter()
    checks = {
        "landing": "SELECT count(*) FROM (SELECT recording_id FROM call_tasks UNION "
        "SELECT recording_id FROM erased_recordings) WHERE recording_id IN (SELECT unnest(?))",
        "transcripts": "SELECT count(*) FROM raw_transcripts WHERE recording_id IN "
        "(SELECT unnest(?))",
        "quarantine": "SELECT count(*) FROM quarantine WHERE recording_id IN (SELECT unnest(?))",
        "decisions": "SELECT count(DISTINCT recording_id) FROM decisions "
        "WHERE recording_id IN (SELECT unnest(?))",
    }
    for kind, sql in checks.items():
        ids = [ident for ident, _ in docs[kind]]
        if ids:
            row = con.execute(sql, [ids]).fetchone()
            counts[kind] = row[0] if row else 0
    # lists and maps: every row of every document
    for kind, table, column in (
        ("replacements", "replacements", "recording_id"),
        ("placeholders", "placeholder_maps", "call_id"),
    ):
        if not docs[kind]:
            continue
        rows = dict(
            con.execute(
                f"SELECT {column}, count(*) FROM {table} WHERE {column} IN (SELECT unnest(?)) "
                f"GROUP BY 1",
                [[ident for ident, _ in docs[kind]]],
            ).fetchall()
        )
        counts[kind] = sum(rows.get(ident, 0) == len(doc) for ident, doc in docs[kind])
    return counts
