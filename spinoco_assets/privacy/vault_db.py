"""The vault's storage: one DuckDB file encrypted with DuckDB's own database encryption.

Everything personal lives here, in tables a privacy officer can query (`spinoco vault sql`):
raw call tasks (with phone numbers), raw transcripts, replacements, placeholder maps, the
quarantine and its decisions, and an index of identifiers (a keyed hash of each normalized phone,
e-mail or name -> call and recording) that answers "in which calls did this value come up?"
without decrypting anything else.

The key DuckDB sees is derived from SPINOCO_VAULT_KEY, never the secret itself. DuckDB writes
encrypted files only with the httpfs extension's crypto loaded; the `duckdb-extension-httpfs`
package carries it, so nothing is downloaded.

DuckDB lets one process hold a database file; pipeline runs, the sensor and the commands are
separate processes, so every access is a short session under a file lock of our own (waiting,
never failing on DuckDB's lock), and a session is one transaction: a crash leaves no half entry.
Tables have no PRIMARY KEY: DuckDB rewrites a key's whole index at every checkpoint (0.3 s per
session at 100k rows, measured), so writers delete then insert, and one ID is one row by that.
"""

import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
from filelock import FileLock, Timeout

from spinoco_assets.privacy.pseudonyms import normalize_phone
from spinoco_assets.privacy.sealed import SealedError, derive_key

KEY_ENV = "SPINOCO_VAULT_KEY"

SCHEMA = """
CREATE TABLE IF NOT EXISTS call_tasks (
    recording_id VARCHAR NOT NULL, call_id VARCHAR NOT NULL, task JSON NOT NULL,
    landed_at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS erased_recordings (
    recording_id VARCHAR NOT NULL, erased_at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS raw_transcripts (
    recording_id VARCHAR NOT NULL, transcript JSON NOT NULL);
CREATE TABLE IF NOT EXISTS replacements (
    recording_id VARCHAR NOT NULL, segment_no INTEGER NOT NULL, start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL, placeholder VARCHAR, pii_type VARCHAR, original VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS placeholder_maps (
    call_id VARCHAR NOT NULL, placeholder VARCHAR NOT NULL, original VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS identifiers (
    kind VARCHAR NOT NULL, id_hash VARCHAR NOT NULL, call_id VARCHAR NOT NULL,
    recording_id VARCHAR, source VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS quarantine (
    recording_id VARCHAR NOT NULL, call_id VARCHAR NOT NULL, anonymized JSON NOT NULL,
    residue JSON NOT NULL, held_at TIMESTAMPTZ NOT NULL);
CREATE TABLE IF NOT EXISTS decisions (
    recording_id VARCHAR NOT NULL, decision VARCHAR NOT NULL, reviewer VARCHAR NOT NULL,
    decided_at TIMESTAMPTZ NOT NULL, residue JSON NOT NULL);
"""
TABLES = (
    "call_tasks",
    "erased_recordings",
    "raw_transcripts",
    "replacements",
    "placeholder_maps",
    "identifiers",
    "quarantine",
    "decisions",
)


class VaultKeyError(SealedError):
    """The vault cannot be opened with the key given; names the setting, never the key."""


class VaultBusy(TimeoutError):
    pass


def e164(number: str) -> str:
    """One written form per phone number: '777 123 456', '+420777123456', '00420 777...'."""
    national = normalize_phone(number)
    digits = national.removeprefix("00")
    return f"+420{national}" if len(national) == 9 else f"+{digits}"


def _httpfs_path() -> Path:
    import duckdb_extension_httpfs

    root = Path(duckdb_extension_httpfs.__file__).parent
    return next(root.glob(f"extensions/v{duckdb.__version__}/httpfs.duckdb_extension"))


def attach_sql(path: Path, db_key: str, alias: str, read_only: bool = False) -> str:
    """The ATTACH statement for an encrypted file (the statement holds the derived key: never
    log it, never put it on a command line)."""
    mode = ", READ_ONLY" if read_only else ""
    quoted = str(path).replace("'", "''")
    return f"ATTACH '{quoted}' AS {alias} (ENCRYPTION_KEY '{db_key}'{mode})"


def db_key(secret: str) -> str:
    try:
        return derive_key(secret, "vault-duckdb").hex()
    except SealedError:
        raise VaultKeyError(
            f"{KEY_ENV} is missing or shorter than 32 characters (generate one with: "
            "python -c 'import secrets; print(secrets.token_urlsafe(32))')"
        ) from None


def _attach(con: duckdb.DuckDBPyConnection, path: Path, key: str, alias: str, ro: bool) -> None:
    try:
        con.execute(attach_sql(path, key, alias, ro))
    except duckdb.Error as exc:
        text = str(exc).lower()
        if "encrypt" in text:  # "... encrypted database ... without a key", "Wrong encryption key"
            raise VaultKeyError(
                f"cannot open the vault {path.name}: wrong {KEY_ENV} (or not a vault file)"
            ) from None
        raise


class VaultDB:
    """Short, locked, transactional sessions on the encrypted vault file."""

    def __init__(self, path: Path, secret: str, lock_timeout_s: float = 600.0) -> None:
        self.path = path
        self._secret = secret  # the DuckDB key is derived on first use: a tool that never
        self._derived: str | None = None  # opens the vault (analysts' `spinoco sql`) needs none
        self._lock = FileLock(path.with_name(path.name + ".lock"), timeout=lock_timeout_s)
        self._lock_timeout_s = lock_timeout_s
        self._local = threading.local()  # the open session of this thread, if any
        self._engine: duckdb.DuckDBPyConnection | None = None

    @property
    def _key(self) -> str:
        if self._derived is None:
            self._derived = db_key(self._secret)
        return self._derived

    def _db(self) -> duckdb.DuckDBPyConnection:
        """One in-memory DuckDB per process with the crypto loaded (loading costs ~65 ms, an
        ATTACH ~1 ms); used only under the lock, a cursor per session."""
        if self._engine is None:
            engine = duckdb.connect()
            engine.execute(f"LOAD '{_httpfs_path()}'")
            self._engine = engine
        return self._engine

    @contextmanager
    def _locked(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire()
        except Timeout:
            raise VaultBusy(
                f"another process held {self.path.name} for over {self._lock_timeout_s:.0f} s"
            ) from None
        try:
            con = self._db().cursor()
            try:
                yield con
            finally:
                con.close()
        finally:
            self._lock.release()

    @contextmanager
    def session(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection whose default schema is the vault, in one transaction; nested calls
        share the outer session (so a stage can batch many reads and writes in one)."""
        outer = getattr(self._local, "con", None)
        if outer is not None:
            yield outer
            return
        with self._locked() as con:
            _attach(con, self.path, self._key, "vault", ro=False)
            try:
                con.execute("USE vault")
                con.execute(SCHEMA)
                con.execute("BEGIN TRANSACTION")
                self._local.con = con
                try:
                    yield con
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
                con.execute("COMMIT")
            finally:
                self._local.con = None
                con.execute("USE memory")
                con.execute("DETACH vault")  # checkpoints and releases DuckDB's own file lock

    # --- maintenance: physical purge, key rotation, a private snapshot ---------------------

    def _copy_to(self, con: duckdb.DuckDBPyConnection, target: Path, key: str) -> dict[str, int]:
        """Copy every table into a new encrypted file; returns row counts (checked equal)."""
        target.unlink(missing_ok=True)
        _attach(con, self.path, self._key, "old", ro=True)
        try:
            con.execute(attach_sql(target, key, "new"))
            try:
                con.execute("USE new")
                con.execute(SCHEMA)
                counts: dict[str, int] = {}
                for table in TABLES:
                    con.execute(f"INSERT INTO new.{table} SELECT * FROM old.{table}")
                    old = _count(con, f"old.{table}")
                    if _count(con, f"new.{table}") != old:
                        raise RuntimeError(f"copy of vault table {table} lost rows")
                    counts[table] = old
            finally:
                con.execute("USE memory")
                con.execute("DETACH new")
        finally:
            con.execute("DETACH old")
        return counts

    def _replace_with_copy(self, key: str, suffix: str) -> dict[str, int]:
        with self._locked() as con:
            if not self.path.exists():
                return {}
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{suffix}")
            try:
                counts = self._copy_to(con, tmp, key)
                os.replace(tmp, self.path)
            finally:
                tmp.unlink(missing_ok=True)
                tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
        return counts

    def rewrite(self) -> dict[str, int]:
        """Rewrite the file so deleted rows leave no bytes behind (DuckDB reuses free blocks
        lazily); the new file replaces the old one atomically. Returns row counts."""
        return self._replace_with_copy(self._key, "rewrite")

    def rotate(self, new_secret: str) -> dict[str, int]:
        """Re-encrypt everything under a key derived from `new_secret`; returns row counts.
        The old file is replaced only once every table's count matches."""
        new_key = db_key(new_secret)
        counts = self._replace_with_copy(new_key, "rotate")
        self._derived, self._secret = new_key, new_secret
        return counts

    @contextmanager
    def snapshot(self, folder: Path) -> Iterator[tuple[Path, str]]:
        """A private copy of the vault file (still encrypted) and its DuckDB key, for a long
        interactive session that must never block the pipeline. Removed afterwards."""
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        copy = folder / f"vault-snapshot-{os.getpid()}.duckdb"
        with self.session():  # creates the file and its tables if new
            pass
        with self._locked():
            copy.write_bytes(self.path.read_bytes())
        try:
            yield copy, self._key
        finally:
            copy.unlink(missing_ok=True)
            copy.with_name(copy.name + ".wal").unlink(missing_ok=True)


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def insert(con: duckdb.DuckDBPyConnection, table: str, columns: str, rows: list[list[Any]]) -> None:
    """Insert many rows in one statement (column lists unnested side by side): `executemany`
    costs ~0.6 ms a row."""
    if not rows:
        return
    names = [c.strip() for c in columns.split(",")]
    unnests = ", ".join("unnest(?)" for _ in names)
    values = [list(column) for column in zip(*rows, strict=True)]
    con.execute(f"INSERT INTO {table} ({columns}) SELECT {unnests}", values)


def dumps(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))
