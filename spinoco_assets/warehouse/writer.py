"""The analysts' DuckDB file, written so that analysts never block the pipeline (or vice versa).

DuckDB lets one process open a file read-write OR many read-only, never both. So the pipeline
never opens the analysts' file for writing: each write copies the current file, changes the copy,
and renames it over the original. An analyst's open read-only session keeps reading the old
snapshot (POSIX keeps the old inode alive) and sees the new one on the next connect. Pipeline
writers queue on a file lock of our own instead of failing on DuckDB's.
"""

import os
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
from filelock import FileLock, Timeout

from spinoco_assets.warehouse.tables import ALL_TABLES, VIEWS, Table


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Any:
    """The one value a query returns (a count, say)."""
    row = con.execute(sql, params or []).fetchone()
    if row is None:
        raise LookupError("the query returned no row")
    return row[0]


class WarehouseBusy(TimeoutError):
    pass


class Warehouse:
    def __init__(self, path: Path, lock_timeout_s: float = 600.0) -> None:
        self.path = path
        self._lock_path = path.with_name(path.name + ".lock")
        self._lock_timeout_s = lock_timeout_s

    @contextmanager
    def _lock(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with FileLock(self._lock_path, timeout=self._lock_timeout_s):
                yield
        except Timeout:
            raise WarehouseBusy(
                f"another pipeline writer held {self._lock_path.name} "
                f"for over {self._lock_timeout_s:.0f} s"
            ) from None

    @contextmanager
    def writer(self, fresh: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to a private copy; on success the copy replaces the analysts' file.

        `fresh` rewrites every table into a new file, so deleted rows leave no bytes behind.
        """
        with self._lock():
            for stale in self.path.parent.glob(f".{self.path.name}.*.tmp*"):
                stale.unlink()  # left by a writer that died: we hold the lock, nobody else writes
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            if self.path.exists():
                shutil.copyfile(self.path, tmp)
            con = duckdb.connect(str(tmp))
            try:
                _create_tables(con)
                con.execute("BEGIN TRANSACTION")
                yield con
                con.execute("COMMIT")
                con.execute("CHECKPOINT")
                con.close()
                if fresh:
                    _rewrite(tmp)
                os.replace(tmp, self.path)
            finally:
                con.close()
                tmp.unlink(missing_ok=True)
                tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)

    def read(self) -> duckdb.DuckDBPyConnection:
        """A read-only connection, as an analyst would open it."""
        return duckdb.connect(str(self.path), read_only=True)


def _create_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables, and add columns that a newer release defines."""
    present: dict[str, set[str]] = {}
    columns = "SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main'"
    for table_name, column in con.execute(columns).fetchall():
        present.setdefault(table_name, set()).add(column)
    for table in ALL_TABLES:
        if table.name not in present:
            con.execute(table.ddl())
        else:
            for statement in table.added_columns(present[table.name]):
                con.execute(statement)
    create_views(con)


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    for name, sql in VIEWS.items():
        con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")


def _rewrite(path: Path) -> None:
    """Copy the tables of `path` into a brand-new file (free blocks stay behind) and swap it in."""
    new = path.with_name(path.name + ".fresh")
    new.unlink(missing_ok=True)
    with duckdb.connect() as con:
        con.execute(f"ATTACH '{path}' AS old (READ_ONLY)")
        con.execute(f"ATTACH '{new}' AS fresh")
        for table in ALL_TABLES:
            con.execute(f"CREATE TABLE fresh.{table.name} AS SELECT * FROM old.{table.name}")
    with duckdb.connect(str(new)) as con:
        create_views(con)
        rebuild_fts(con)
    os.replace(new, path)


def replace_rows(
    con: duckdb.DuckDBPyConnection,
    table: Table,
    keys: Sequence[str],
    rows: Sequence[dict[str, Any]],
) -> None:
    """Delete every row of these keys, then insert `rows`: re-running never duplicates."""
    if keys:
        con.execute(
            f"DELETE FROM {table.name} WHERE {table.key} IN (SELECT unnest(?))", [list(keys)]
        )
    if rows:
        names = [c.name for c in table.columns]
        placeholders = ", ".join("?" for _ in names)
        con.executemany(
            f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({placeholders})",
            [[row.get(n) for n in names] for row in rows],
        )


def fts_extension_path() -> Path:
    """DuckDB's full-text search extension from the `duckdb-extension-fts` package."""
    import duckdb_extension_fts

    root = Path(duckdb_extension_fts.__file__).parent
    return next(root.glob(f"extensions/v{duckdb.__version__}/fts.duckdb_extension"))


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load full-text search with no network."""
    con.execute(f"LOAD '{fts_extension_path()}'")


def rebuild_call_transcripts(con: duckdb.DuckDBPyConnection, call_ids: Sequence[str]) -> None:
    """One anonymized text per call: its recordings in time order, '[mm:ss] role: text' lines."""
    con.execute("DELETE FROM call_transcripts WHERE call_id IN (SELECT unnest(?))", [call_ids])
    con.execute(
        """
        INSERT INTO call_transcripts
        WITH segs AS (
            SELECT s.call_id, s.recording_id, s.segment_no, s.role, s.text,
                   coalesce(epoch(r.started_at) - min(epoch(r.started_at))
                            OVER (PARTITION BY s.call_id), 0) + s.start_s AS offset_s,
                   r.started_at
            FROM transcript_segments s LEFT JOIN recordings r USING (recording_id)
            WHERE s.call_id IN (SELECT unnest(?))
        )
        SELECT call_id, count(DISTINCT recording_id), min(started_at),
               string_agg(printf('[%02d:%02d] %s: %s', CAST(offset_s // 60 AS INTEGER),
                                 CAST(offset_s % 60 AS INTEGER), role, text),
                          chr(10) ORDER BY offset_s, recording_id, segment_no)
        FROM segs GROUP BY call_id
        """,
        [call_ids],
    )


def rebuild_fts(con: duckdb.DuckDBPyConnection) -> None:
    """BM25 index over call_transcripts.text (accents stripped: 'cerpadlo' finds 'čerpadlo')."""
    load_fts(con)
    con.execute(
        "PRAGMA create_fts_index('call_transcripts', 'call_id', 'text', "
        "stemmer='none', stopwords='none', strip_accents=1, overwrite=1)"
    )
