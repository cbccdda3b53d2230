"""`spinoco`: the one command for the people around the pipeline.

Privacy officers restore and erase, operators build offline models and run the demo server,
anyone anonymizes JSON lines. Settings come from the environment and `.env` (never from the
command line, so secrets stay out of shell history and process lists).
"""

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click
from dotenv import load_dotenv

from spinoco_assets.settings import SpinocoSettings

if TYPE_CHECKING:
    from spinoco_assets.stores import Stores


def _stores() -> "Stores":
    from spinoco_assets.stores import Stores  # imported late: `--help` stays fast

    return Stores.from_settings(SpinocoSettings())


class _Group(click.Group):
    """Our own errors carry log-safe messages: show them as one line, not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (ValueError, LookupError) as exc:  # SealedError is a ValueError
            raise click.ClickException(str(exc)) from None


@click.group(cls=_Group)
def main() -> None:
    """Spinoco calls -> transcripts -> anonymized DuckDB: the command-line tools."""
    load_dotenv(Path.cwd() / ".env", override=False)


# --- anonymization -------------------------------------------------------------------------------


def anonymize_jsonl(lines: TextIO, out: TextIO, err: TextIO) -> int:
    """{"id", "text"} lines in, {"id", "anonymized_text"} lines out; placeholders are numbered
    per line. A bad line is reported by its number only (never its content) and skipped."""
    from spinoco_assets.privacy.pii import PiiDetector, Placeholders, anonymize

    detector = PiiDetector()
    failed = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            if not isinstance(text, str):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            err.write(f"line {number}: expected a JSON object with a string 'text'\n")
            failed += 1
            continue
        anonymized, _findings = anonymize(text, detector, Placeholders())
        out.write(
            json.dumps({"id": record.get("id"), "anonymized_text": anonymized}, ensure_ascii=False)
        )
        out.write("\n")
    return 1 if failed else 0


@main.command()
def anonymize() -> None:
    """Anonymize JSON lines from stdin to stdout: {"id", "text"} -> {"id", "anonymized_text"}."""
    sys.stdin.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    sys.exit(anonymize_jsonl(sys.stdin, sys.stdout, sys.stderr))


@main.command()
@click.argument("number")
def pseudonym(number: str) -> None:
    """Print a phone number's pseudonym (the `caller_key` analysts see; the erasure job's input)."""
    from spinoco_assets.privacy.pseudonyms import Pseudonymizer

    click.echo(Pseudonymizer(SpinocoSettings().pseudonym_key).phone_key(number))


# --- the vault and erasure -----------------------------------------------------------------------


@main.group()
def vault() -> None:
    """The encrypted vault (needs SPINOCO_VAULT_KEY)."""


@vault.command()
@click.argument("call_id")
def restore(call_id: str) -> None:
    """Print a call's original text (authorized users only)."""
    from spinoco_assets.privacy.vault import check_id, restore_call

    stores = _stores()
    with stores.warehouse.read() as con:
        rows = con.execute(
            "SELECT s.recording_id, s.segment_no, s.role, s.text FROM transcript_segments s "
            "JOIN recordings r USING (recording_id) WHERE s.call_id = ? "
            "ORDER BY r.started_at, s.recording_id, s.segment_no",
            [check_id(call_id, "call ID")],
        ).fetchall()
    if not rows:
        raise click.ClickException(f"no anonymized transcript for call {call_id}")
    click.echo("\n".join(restore_call(stores.vault, rows)))


def _identifier(kind: str, value: str) -> list[set[str]]:
    """A value as the identifier index knows it: E.164 phone, the detector's e-mail key, or
    per name word its possible lemmas (so 'Jany Novákové' finds 'Jana Nováková')."""
    from spinoco_assets.privacy.vault_db import e164

    if kind == "phone":
        return [{e164(value)}]
    from spinoco_assets.privacy.pii import PiiDetector
    from spinoco_assets.privacy.pii.names import unknown_key

    detector = PiiDetector()
    if kind == "email":
        return [{detector.key_for("EMAIL", value)}]
    return [{detector.key_for("NAME", word), unknown_key(word).lower()} for word in value.split()]


def _one_identifier(
    phone: str | None, email: str | None, name: str | None = None
) -> tuple[str, str]:
    given = [(k, v) for k, v in (("phone", phone), ("email", email), ("name", name)) if v]
    if len(given) != 1:
        raise click.UsageError("give exactly one value to look for")
    return given[0]


@vault.command()
@click.option("--phone", help="a phone number in any written form")
@click.option("--email", help="an e-mail address")
@click.option("--name", help="a name; every word must come up in the call")
def find(phone: str | None, email: str | None, name: str | None) -> None:
    """Print the IDs of the calls where the value came up (metadata or said), one per line."""
    kind, value = _one_identifier(phone, email, name)
    for call_id in _stores().vault.calls_with(kind, _identifier(kind, value)):
        click.echo(call_id)


@vault.command()
@click.option("--phone", help="a phone number in any written form")
@click.option("--email", help="an e-mail address")
def key(phone: str | None, email: str | None) -> None:
    """Print a value's keyed hash: the erasure job's `phone_hash` / `email_hash`."""
    kind, value = _one_identifier(phone, email)
    [forms] = _identifier(kind, value)
    click.echo(_stores().identifier_key(kind, forms.pop()))


def _duckdb_program() -> str:
    """The DuckDB program of the `duckdb-cli` package (the same storage version as the
    library), run directly: its `duckdb` wrapper script would not pass our file descriptor."""
    import importlib.util

    spec = importlib.util.find_spec("duckdb_cli")
    program = Path(spec.origin).with_name("duckdb") if spec and spec.origin else None
    if program is None or not program.exists():
        raise click.ClickException("no DuckDB program: install the project (make install)")
    return str(program)


def _duckdb_shell(init_sql: str, args: list[str]) -> int:
    """Run the DuckDB program with `init_sql` run first, handed over in memory (a memfd): it
    may hold a key, so it never goes to a file on disk or onto the command line."""
    import os
    import subprocess

    init = os.memfd_create("duckdb-init")
    os.write(init, init_sql.encode())
    try:
        command = [_duckdb_program(), "-init", f"/dev/fd/{init}", *args]
        return subprocess.run(command, pass_fds=(init,)).returncode
    finally:
        os.close(init)


@main.command(context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def sql(args: tuple[str, ...]) -> None:
    """The analysts' warehouse in the DuckDB shell: attached read-only as `warehouse`, with the
    DuckLake extensions loaded from the bundled packages (no download). Extra arguments go to
    duckdb (e.g. -csv, -c 'SELECT 1')."""
    from spinoco_assets.warehouse.writer import attach_sql, extension_paths

    path = _stores().warehouse.path
    if not path.exists():
        raise click.ClickException(f"no warehouse at {path} yet: run the pipeline first")
    loads = "".join(f"LOAD '{extension}';\n" for extension in extension_paths())
    init = f"{loads}{attach_sql(path, 'warehouse', read_only=True)};\nUSE warehouse;\n"
    sys.exit(_duckdb_shell(init, [*args]))


@vault.command("sql")
def vault_sql() -> None:
    """A read-only DuckDB shell on a private snapshot of the vault (the pipeline never waits
    for it). The key comes from the environment, in memory: never in a file or an argument."""
    from spinoco_assets.privacy.vault_db import attach_sql

    stores = _stores()
    with stores.vault_db.snapshot(stores.root / ".vault-sessions") as (path, db_key):
        statement = attach_sql(path, db_key, "vault", read_only=True)
        code = _duckdb_shell(f"{statement};\nUSE vault;\n", [])
    sys.exit(code)


@vault.command("rotate-key")
def rotate_key() -> None:
    """Re-encrypt the vault under a new key, from SPINOCO_VAULT_NEW_KEY or typed (hidden).
    Stop the pipeline first; then put the new key in SPINOCO_VAULT_KEY."""
    import os

    new = os.environ.get("SPINOCO_VAULT_NEW_KEY") or click.prompt(
        "new vault key", hide_input=True, confirmation_prompt=True
    )
    counts = _stores().vault_db.rotate(new)
    click.echo(f"vault re-encrypted: {sum(counts.values())} rows in {len(counts)} tables")
    for table, n in counts.items():
        click.echo(f"  {table}: {n}")
    click.echo("now set SPINOCO_VAULT_KEY to the new key (in .env) before anything else runs")


@vault.command()
def migrate() -> None:
    """Move a vault of sealed files (data/protected/, older releases) into the DuckDB vault;
    the files are removed only when every count matches."""
    from spinoco_assets.privacy.migration import migrate as run
    from spinoco_assets.privacy.pii import PiiDetector

    stores = _stores()
    report = run(
        stores.sealed_folder,
        SpinocoSettings().vault_key,
        stores.landing,
        stores.vault,
        PiiDetector(),
    )
    for kind in sorted(report.found):
        click.echo(f"  {kind}: {report.found[kind]} sealed, {report.migrated[kind]} in the vault")
    if not report.complete:
        raise click.ClickException("counts differ: the sealed files were kept")
    click.echo(f"migrated; removed {report.removed_files} sealed files")


@main.command()
@click.option("--call-id", help="erase this call (Spinoco task ID)")
@click.option("--phone", help="a phone number: erases every call where it came up")
@click.option("--email", help="an e-mail address: erases every call where it came up")
def erase(call_id: str | None, phone: str | None, email: str | None) -> None:
    """Erase a call, or every call where a phone number or e-mail came up (in its metadata or
    said), everywhere: audio, vault, warehouse, export, Dagster partitions. The value becomes
    its keyed hash here; only that is used."""
    import dagster as dg

    from spinoco_assets.erasure import find_targets
    from spinoco_assets.pipeline.erasure import erase_everywhere

    if sum(map(bool, (call_id, phone, email))) != 1:
        raise click.UsageError("give exactly one of --call-id, --phone or --email")
    stores = _stores()
    kind, value = ("phone", phone) if phone else ("email", email) if email else ("", "")
    id_hash = stores.identifier_key(kind, _identifier(kind, value)[0].pop()) if kind else ""
    with dg.DagsterInstance.get() as instance:
        calls, recordings = find_targets(stores, call_id, kind, id_hash)
        report = erase_everywhere(instance, stores, calls, recordings)
    click.echo(f"erased {len(report.calls)} call(s), {len(report.recordings)} recording(s):")
    for what, n in sorted(report.removed.items()):
        click.echo(f"  {what}: {n}")


# --- quarantine: recordings the residue scan held back ----------------------------------------


@main.group("quarantine")
def quarantine_group() -> None:
    """Recordings held back by the residue scan: list, read, release or anonymize again."""


@quarantine_group.command("list")
def quarantine_list() -> None:
    """One line per held recording: ID, call, when, what the scan saw (kinds and counts)."""
    from spinoco_assets.publish import describe
    from spinoco_assets.review import held

    for item in held(_stores()):
        click.echo(f"{item.recording_id}  call {item.call_id}  {item.at}  {describe(item.residue)}")


@quarantine_group.command("show")
@click.argument("recording_id")
def quarantine_show(recording_id: str) -> None:
    """Print the held anonymized transcript (reviewers only: it may hold personal data)."""
    from spinoco_assets.review import anonymized_text

    click.echo("\n".join(anonymized_text(_stores(), recording_id)))


def _report(recording_id: str, decision: str) -> None:
    """Tell Dagster the partition is now materialized, so the UI shows it green."""
    import dagster as dg

    from spinoco_assets.pipeline.partitions import ANONYMIZED_KEY

    with dg.DagsterInstance.get() as instance:
        instance.report_runless_asset_event(
            dg.AssetMaterialization(
                asset_key=ANONYMIZED_KEY, partition=recording_id, metadata={"review": decision}
            )
        )


@quarantine_group.command("release")
@click.argument("recording_id")
@click.option("--reviewer", required=True, help="your ID, recorded with the decision")
def quarantine_release(recording_id: str, reviewer: str) -> None:
    """Publish a held recording as it is (the residue was a false alarm)."""
    from spinoco_assets.review import release

    release(_stores(), recording_id, reviewer)
    _report(recording_id, "released")
    click.echo(f"released {recording_id}")


@quarantine_group.command("reanonymize")
@click.argument("recording_id")
@click.option("--reviewer", required=True, help="your ID, recorded with the decision")
@click.option(
    "--marked-from-stdin",
    is_flag=True,
    help="also replace values you list on stdin, one per line: TYPE<TAB>text",
)
def quarantine_reanonymize(recording_id: str, reviewer: str, marked_from_stdin: bool) -> None:
    """Anonymize a held recording again with the current detector (and your marked values);
    publish it if the residue scan is then clean. Values come on stdin, never as options."""
    from spinoco_assets.privacy.pii import PiiDetector
    from spinoco_assets.publish import describe
    from spinoco_assets.review import reanonymize

    extra = []
    if marked_from_stdin:
        for line in sys.stdin.read().splitlines():
            kind, _, value = line.partition("\t")
            if value.strip():
                extra.append((kind.strip().upper(), value.strip()))
    found = reanonymize(_stores(), recording_id, reviewer, PiiDetector(), extra)
    if found:
        raise click.ClickException(f"still held, residue: {describe(found)}")
    _report(recording_id, "reanonymized")
    click.echo(f"re-anonymized and published {recording_id}")


# --- developer tools -----------------------------------------------------------------------------


@main.command("tiny-models")
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--sentence", default=None, help="what the tiny ASR model says")
@click.option("--large-v3-shaped", is_flag=True, help="also a random large-v3-shaped model")
def tiny_models(directory: Path, sentence: str | None, large_v3_shaped: bool) -> None:
    """Build tiny offline models for WhisperX and print the .env lines that point at them."""
    from spinoco_assets.devtools.tiny_models import DEFAULT_SENTENCE, build_and_print

    sys.exit(build_and_print(directory, sentence or DEFAULT_SENTENCE, large_v3_shaped))


@main.command("demo-server")
@click.option("--host", default="127.0.0.1")
@click.option("--port", type=int, default=8765)
@click.option("--token", default="demo", help="the token the fake accepts (not a secret)")
@click.option("--calls", type=int, default=5)
@click.option("--seed", type=int, default=0)
@click.option("--new-call-every", type=float, default=0.0, help="seconds; 0 = never")
def demo_server(
    host: str, port: int, token: str, calls: int, seed: int, new_call_every: float
) -> None:
    """A FAKE Spinoco API on loopback serving synthetic calls (demo mode)."""
    from spinoco_assets.devtools.demo_server import serve

    serve(host, port, token, calls, seed, new_call_every)


@main.command()
def dev() -> None:
    """What `make dev` runs: .env with fresh secrets, a persistent Dagster home, `dagster dev`."""
    from spinoco_assets.devtools.dev import main as dev_main

    dev_main()


if __name__ == "__main__":
    main()
