"""The analysts' DuckDB file, written so that analysts never block the pipeline (or vice versa).

DuckDB lets one process open a file read-write OR many read-only, never both. So the pipeline
never opens the analysts' file for writing: each write copies the current file, changes the copy,
and renames it over the original. An analyst's open read-only session keeps reading the old
snapshot (POSIX keeps the old inode alive) and sees the new one on the next connect. Pipeline
writers queue on a file lock of our own instead of failing on DuckDB's.
"""

import fcntl
import os
import shutil
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from spinoco_assets.tables import ALL_TABLES, Table


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
        with self._lock_path.open("a") as handle:
            deadline = time.monotonic() + self._lock_timeout_s
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise WarehouseBusy(
                            f"another pipeline writer held {self._lock_path.name} "
                            f"for over {self._lock_timeout_s:.0f} s"
                        ) from None
                    time.sleep(0.05)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    @contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to a private copy; on success the copy replaces the analysts' file."""
        with self._lock():
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            for stale in (tmp, tmp.with_name(tmp.name + ".wal")):
                stale.unlink(missing_ok=True)
            if self.path.exists():
                shutil.copyfile(self.path, tmp)
            con = duckdb.connect(str(tmp))
            try:
                for table in ALL_TABLES:
                    con.execute(table.ddl())
                con.execute("BEGIN TRANSACTION")
                yield con
                con.execute("COMMIT")
                con.execute("CHECKPOINT")
                con.close()
                os.replace(tmp, self.path)
            finally:
                con.close()
                tmp.unlink(missing_ok=True)
                tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)

    def read(self) -> duckdb.DuckDBPyConnection:
        """A read-only connection, as an analyst would open it."""
        return duckdb.connect(str(self.path), read_only=True)


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
