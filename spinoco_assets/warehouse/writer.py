"""The analysts' warehouse: a DuckLake, so a write costs what the batch costs, not the history.

DuckLake keeps the catalog (tables, snapshots, file lists) in a SQLite file and the rows in
Parquet files beside it (`warehouse.ducklake` and `warehouse.ducklake.files/`). A pipeline write
is one transaction that adds a few small files and catalog rows; analysts ATTACH the catalog
READ_ONLY from any DuckDB (`spinoco sql`) and read the last committed snapshot, so they never
see half a batch, never block a write, and are never blocked by one. The catalog runs in SQLite's
WAL mode: in its default journal a reader's catalog read made a commit wait ~1 s
(measured; see the README). DuckLake allows one writer on a SQLite catalog, so pipeline
writers queue on a file lock of our own instead of failing.

Deleted rows stay in old snapshots and files until `purge()` (erasure) removes them physically;
`maintain()` (a schedule) compacts the small files that batches leave.

The DuckDB extensions come from the offline `duckdb-extension-*` packages: nothing is downloaded.
"""

import importlib
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
from filelock import FileLock, Timeout

from spinoco_assets.warehouse.tables import (
    ALL_TABLES,
    CLOCK,
    SEARCH_DOCS,
    SEARCH_MACRO,
    SEARCH_TERMS,
    Table,
)

EXTENSIONS = {  # extension -> the package that carries it for this duckdb version
    "parquet": "duckdb_extension_parquet",
    "sqlite_scanner": "duckdb_extension_sqlite_scanner",
    "ducklake": "duckdb_extension_ducklake",
}


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Any:
    """The one value a query returns (a count, say)."""
    row = con.execute(sql, params or []).fetchone()
    if row is None:
        raise LookupError("the query returned no row")
    return row[0]


def since(starts: Iterable[datetime | None]) -> datetime | None:
    """The window of a write: the earliest start of the calls it touches, or None (look
    everywhere) when any is unknown.

    Every table's `clustered_by` column holds its call's start (NULL while unknown), and a
    call's start is when it rang: it never changes once known (replace_calls dates the rows of
    a call whose start was unknown). So a key lookup restricted to `window(since)` finds every
    row of those calls."""
    found = list(starts)
    if not found or any(start is None for start in found):
        return None
    return min(s for s in found if s is not None)


def window(table: Table, since: datetime | None) -> str:
    """A filter (' AND ...', or '') that lets a key lookup skip the files and row groups of
    older calls. A literal, not a parameter, so DuckDB prunes with it when it plans; and no
    `OR ... IS NULL`, which made DuckDB read every row group (measured)."""
    if since is None or table.clustered_by is None:
        return ""
    return f" AND {table.clustered_by} >= TIMESTAMPTZ '{since.isoformat()}'"


def extension_paths() -> list[Path]:
    """The DuckLake extensions' files, for `LOAD` in the library or the `duckdb` program."""
    paths = []
    for name, package in EXTENSIONS.items():
        module = importlib.import_module(package)
        root = Path(str(module.__file__)).parent
        paths.append(root / "extensions" / f"v{duckdb.__version__}" / f"{name}.duckdb_extension")
    return paths


def attach_sql(catalog: Path, alias: str, read_only: bool) -> str:
    """Readers find the data folder in the catalog; the writer names it (`<catalog>.files/`)."""
    data = catalog.resolve().with_name(catalog.name + ".files")
    mode = "READ_ONLY" if read_only else f"DATA_PATH '{data}/'"
    return f"ATTACH 'ducklake:sqlite:{catalog}' AS {alias} ({mode})"


def analyst_connection(catalog: Path) -> duckdb.DuckDBPyConnection:
    """A separate read-only session, as `spinoco sql` opens it (its own DuckDB, catalog
    attached READ_ONLY as `warehouse`)."""
    con = duckdb.connect()
    for path in extension_paths():
        con.execute(f"LOAD '{path}'")
    con.execute(attach_sql(catalog, "warehouse", read_only=True))
    con.execute("USE warehouse")
    return con


@cache
def _database() -> duckdb.DuckDBPyConnection:
    """One in-memory DuckDB per process with the extensions loaded (0.3 s); sessions are
    cursors on it, each with its own transaction."""
    con = duckdb.connect()
    for path in extension_paths():
        con.execute(f"LOAD '{path}'")
    return con


_attached: dict[Path, str] = {}  # catalog -> alias in _database()
_prepared: set[str] = set()  # aliases whose tables this process has checked
_attach_lock = threading.RLock()


class WarehouseBusy(TimeoutError):
    pass


class Warehouse:
    def __init__(self, path: Path, lock_timeout_s: float = 600.0) -> None:
        self.path = path  # the catalog
        self.data_path = path.with_name(path.name + ".files")  # DuckLake's default
        self._lock = FileLock(path.with_name(path.name + ".lock"), timeout=lock_timeout_s)
        self._lock_timeout_s = lock_timeout_s

    @contextmanager
    def locked(self) -> Iterator[None]:
        """The pipeline writers' lock (re-entrant: erasure holds it while it writes)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with self._lock:
                yield
        except Timeout:
            raise WarehouseBusy(
                f"another pipeline writer held {Path(self._lock.lock_file).name} "
                f"for over {self._lock_timeout_s:.0f} s"
            ) from None

    @property
    def alias(self) -> str:
        """This warehouse's catalog name in the process's DuckDB."""
        with _attach_lock:
            key = self.path.resolve()
            if key not in _attached:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with sqlite3.connect(self.path) as catalog:  # creates it: WAL from the start
                    catalog.execute("PRAGMA journal_mode=WAL")
                alias = f"warehouse_{len(_attached)}"
                _database().execute(attach_sql(self.path, alias, read_only=False))
                _attached[key] = alias
            return _attached[key]

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        alias = self.alias
        cursor = _database().cursor()
        cursor.execute(f"USE {alias}")
        return cursor

    @contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction under the writers' lock: analysts see all of it or none."""
        with self.locked():
            alias, con = self.alias, self._cursor()
            try:
                if alias not in _prepared:  # once per process: creates or migrates the tables
                    _create_tables(con)
                    _prepared.add(alias)
                con.execute("BEGIN TRANSACTION")
                try:
                    yield con
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
                con.execute("COMMIT")
            finally:
                con.close()

    def read(self) -> duckdb.DuckDBPyConnection:
        """A connection that reads the last committed snapshot, as an analyst's would."""
        return self._cursor()

    def purge(self) -> None:
        """Make deleted rows physically gone: no data file, old snapshot or free catalog page
        keeps them (erasure). Rewrites only the files with deletes in them."""
        with self.locked():
            con = self._cursor()
            try:
                for call in (
                    "ducklake_flush_inlined_data('{a}')",  # small writes live in the catalog
                    "ducklake_rewrite_data_files('{a}', delete_threshold => 0)",
                    "ducklake_expire_snapshots('{a}', older_than => now())",
                    "ducklake_cleanup_old_files('{a}', cleanup_all => true)",
                ):
                    con.execute("CALL " + call.format(a=self.alias)).fetchall()
            finally:
                con.close()
            with sqlite3.connect(self.path, timeout=60) as catalog:
                _restate_table_stats(catalog)
            # deleted catalog rows (inlined rows, statistics) stay in free pages until VACUUM,
            # and old page images in the -wal file until a TRUNCATE checkpoint
            catalog = sqlite3.connect(self.path, timeout=60)
            try:
                catalog.execute("VACUUM")
                catalog.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                catalog.close()

    def maintain(self, keep_snapshots_s: int = 3600) -> dict[str, int]:
        """Merge the small files batches leave, rewrite files that are mostly deletes, and drop
        snapshots older than `keep_snapshots_s` with the files only they used (an analyst's
        long query may still read them meanwhile). Returns data file counts before and after."""
        with self.locked():
            before = self._files()
            con = self._cursor()
            try:
                for call in (
                    "ducklake_flush_inlined_data('{a}')",
                    "ducklake_merge_adjacent_files('{a}')",
                    "ducklake_rewrite_data_files('{a}')",
                    "ducklake_expire_snapshots('{a}', older_than => now() - INTERVAL {s} SECOND)",
                    "ducklake_cleanup_old_files('{a}', older_than => now() - INTERVAL {s} SECOND)",
                ):
                    con.execute("CALL " + call.format(a=self.alias, s=keep_snapshots_s)).fetchall()
            finally:
                con.close()
            return {"files_before": before, "files_after": self._files()}

    def _files(self) -> int:
        return sum(1 for _ in self.data_path.rglob("*.parquet"))


def _restate_table_stats(catalog: sqlite3.Connection) -> None:
    """A table's min/max statistics outlive the rows that set them (an erased call ID stayed
    the table's minimum), and DuckLake prunes whole scans with them, so they cannot simply be
    cleared: restate them from the live files' own statistics."""
    rows = catalog.execute(
        """
        SELECT s.table_id, s.column_id, c.column_type, f.min_value, f.max_value
        FROM ducklake_table_column_stats s
        JOIN ducklake_column c
          ON c.table_id = s.table_id AND c.column_id = s.column_id AND c.end_snapshot IS NULL
        LEFT JOIN ducklake_file_column_stats f
          ON f.table_id = s.table_id AND f.column_id = s.column_id AND f.data_file_id IN
             (SELECT data_file_id FROM ducklake_data_file WHERE end_snapshot IS NULL)
        """
    ).fetchall()
    values: dict[tuple[int, int], list[str]] = {}
    numeric: set[tuple[int, int]] = set()
    for table_id, column_id, column_type, low, high in rows:
        column = values.setdefault((table_id, column_id), [])
        column += [v for v in (low, high) if v is not None]
        if column_type.startswith(("int", "uint", "float", "decimal")):
            numeric.add((table_id, column_id))
    bounds: dict[tuple[int, int], tuple[str | None, str | None]] = {}
    for ids, found in values.items():
        # numbers compare as numbers; ISO dates, times, booleans and text as text
        key = float if ids in numeric else str
        bounds[ids] = (min(found, key=key), max(found, key=key)) if found else (None, None)
    catalog.executemany(
        "UPDATE ducklake_table_column_stats SET min_value = ?, max_value = ? "
        "WHERE table_id = ? AND column_id = ?",
        [(low, high, table_id, column_id) for (table_id, column_id), (low, high) in bounds.items()],
    )


def _create_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables and the search macro, and add columns a newer release defines."""
    present: dict[str, set[str]] = {}
    columns = (
        "SELECT table_name, column_name FROM duckdb_columns() "
        "WHERE database_name = current_database() AND schema_name = 'main'"
    )
    for table_name, column in con.execute(columns).fetchall():
        present.setdefault(table_name, set()).add(column)
    for table in ALL_TABLES:
        if table.name not in present:
            con.execute(table.ddl())
            if table is SEARCH_TERMS:  # row groups and files prune by term
                con.execute(f"ALTER TABLE {table.name} SET SORTED BY (term)")
            if table is SEARCH_DOCS:  # a search's 20 docs -> call IDs skip the other groups
                lake = scalar(con, "SELECT current_database()")
                con.execute(
                    f"CALL {lake}.set_option('parquet_row_group_size', 2048, "
                    f"table_name => '{table.name}')"
                )
        else:
            for statement in table.added_columns(present[table.name]):
                con.execute(statement)
            if table.clustered_by == CLOCK and CLOCK not in present[table.name]:
                # rows written before the column existed get their call's start, so windowed
                # lookups skip them too
                con.execute(
                    f"UPDATE {table.name} t SET {CLOCK} = c.started_at FROM calls c "
                    "WHERE c.call_id = t.call_id"
                )
    macros = "SELECT 1 FROM duckdb_functions() WHERE database_name = current_database() "
    if not con.execute(macros + "AND function_name = 'search'").fetchall():
        con.execute(SEARCH_MACRO)


def replace_rows(
    con: duckdb.DuckDBPyConnection,
    table: Table,
    keys: Sequence[str],
    rows: Sequence[dict[str, Any]],
    since: datetime | None = None,
) -> None:
    """Delete every row of these keys, then insert `rows`: re-running never duplicates. The rows
    stay in `temp.new_<table>` for the rest of the transaction, so what is derived from them
    need not read them back from the Parquet files. `since`: see `since()`."""
    clock = table.clustered_by
    if clock is not None and any(clock not in row for row in rows):  # None: not known yet
        raise ValueError(f"{table.name} rows need {clock}: lookups find rows by it")
    if keys:
        con.execute(
            f"DELETE FROM {table.name} WHERE {table.key} IN (SELECT unnest(?))"
            + window(table, since),
            [list(keys)],
        )
    values = {c.name: [row.get(c.name) for row in rows] for c in table.columns}
    # one statement for the whole group: the columns as typed lists, unnested side by side
    select = ", ".join(f"unnest(${c.name}::{c.type}[]) AS {c.name}" for c in table.columns)
    con.execute(f"CREATE OR REPLACE TEMP TABLE new_{table.name} AS SELECT {select}", values)
    if rows:
        con.execute(f"INSERT INTO {table.name} FROM temp.new_{table.name}")
