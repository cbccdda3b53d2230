"""Shared by the scale benchmarks (sensor.py, batch.py, warehouse.py): the driver that runs each
part in its own process, the RESULT line, synthetic keys, a test instance and resources, and a
no-work stand-in for the pipeline job."""

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

VAULT_KEY = "benchmark-vault-key-0123456789abcdefghijklmnop"
PSEUDONYM_KEY = "benchmark-pseudonym-key-0123456789abcdefghijk"
TOKEN = "bench-token-not-a-secret"
RESULT = "RESULT "  # prefix of the one machine-readable line a part prints

Part = tuple[str, list[str], dict[str, str] | None]  # label, arguments, extra environment


def peak_rss_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def emit(result: dict) -> None:
    result["peak_rss_mb"] = peak_rss_mb()
    print(RESULT + json.dumps(result), flush=True)


def median_of(runs: int, query) -> tuple[float, float, object]:
    """(first run s, median of the next `runs` s, last result)."""
    times = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        result = query()
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times[1:]), result


def say(text: str) -> None:
    print(f"  {text}", flush=True)


def synthetic_keys(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(n)]


def test_instance(scratch: Path):
    """A real instance on SQLite storage (run, event log, schedules) in its own folder."""
    import dagster as dg

    home = scratch / "dagster"
    home.mkdir(parents=True, exist_ok=True)
    return dg.instance_for_test(temp_dir=str(home))


def storage_resource(data_dir: str):
    from resources import StorageResource

    return StorageResource(data_dir=data_dir, vault_key=VAULT_KEY, pseudonym_key=PSEUDONYM_KEY)


def resources(server_url: str, data_dir: str):
    from resources import SpinocoResource

    spinoco = SpinocoResource(api_base=server_url, token=TOKEN, backoff_s=0.01)
    return spinoco, storage_resource(data_dir)


def standin_job(landing, stages: int = 1):
    """call_pipeline's shape (partitions, policy, Batch and events) with no per-recording work:
    what is left is Dagster's bookkeeping. `stages` 1 is the ingest stage alone; 3 adds stand-ins
    for transcripts and anonymized. `landing` is never read (no stage asks for call IDs)."""
    import dagster as dg

    from spinoco_assets.pipeline.batch import Batch
    from spinoco_assets.pipeline.partitions import (
        ANONYMIZED_KEY,
        RECORDINGS_KEY,
        TRANSCRIPTS_KEY,
        recording_partitions,
    )

    asset_keys = [RECORDINGS_KEY, TRANSCRIPTS_KEY, ANONYMIZED_KEY][:stages]
    specs = [
        dg.AssetSpec(key, deps=asset_keys[:i][-1:], skippable=True)
        for i, key in enumerate(asset_keys)
    ]

    @dg.multi_asset(
        name="call_pipeline",
        specs=specs,
        partitions_def=recording_partitions,
        backfill_policy=dg.BackfillPolicy.single_run(),
        can_subset=True,
    )
    def standin(context: dg.AssetExecutionContext):
        batch = Batch(context, context.partition_keys, landing)
        for asset_key in asset_keys:
            for key in batch.active():
                meta = {"bytes": 1, "duration_s": 1.0, "download_attempts": 1}
                batch.materialized(asset_key, key, meta | {"is_voicemail": False})
        batch.finish()
        yield from ()

    job = dg.define_asset_job(
        "call_pipeline_job", selection=[standin], partitions_def=recording_partitions
    )
    return dg.Definitions(assets=[standin], jobs=[job]).resolve_job_def("call_pipeline_job")


def range_tags(keys: list[str]) -> dict[str, str]:
    from spinoco_assets.pipeline.jobs import range_run_request

    return dict(range_run_request(keys).tags)


def run_part(script: str, scratch: Path, args: list[str], env: dict[str, str] | None) -> dict:
    """One part in a fresh process; its lines (RESULT too) stream through, its result comes back."""
    folder = Path(tempfile.mkdtemp(prefix=args[0] + "-", dir=scratch))
    command = [sys.executable, script, "--part", *args, "--scratch", str(folder)]
    print(f"$ {' '.join(f'{k}={v}' for k, v in (env or {}).items())} {' '.join(command[1:])}")
    log = folder / "stderr.log"
    with log.open("w") as stderr:
        proc = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=stderr, text=True, env=os.environ | (env or {})
        )
        result = None
        for line in proc.stdout:  # type: ignore[union-attr]
            if line.startswith(RESULT):
                result = json.loads(line[len(RESULT) :])
            print(line, end="", flush=True)
        proc.wait()
    if proc.returncode or result is None:
        print(log.read_text()[-3000:])
        raise SystemExit(f"part {args} failed (exit {proc.returncode})")
    return result


def main(
    script: str,
    doc: str,
    parts: Callable[[bool], list[Part]],
    run_one: Callable[[list[str], Path], None],
    summary: Callable[[dict], None],
) -> None:
    """The command line: `parts(quick)` each in its own process, then `summary(results)`.
    The child processes are this same script with `--part ARGS --scratch FOLDER`."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    parser.add_argument("--part", nargs="*", help=argparse.SUPPRESS)  # internal: one part
    parser.add_argument("--scratch", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part:
        run_one(args.part, Path(args.scratch))
        return
    scratch = Path(tempfile.mkdtemp(prefix=f"spinoco-{Path(script).stem}-", dir="/tmp"))
    results: dict = {}
    started = time.perf_counter()
    try:
        for label, part_args, env in parts(args.quick):
            results[label] = run_part(script, scratch, part_args, env)
    finally:
        if args.keep:
            print(f"scratch kept in {scratch}")
        else:
            subprocess.run(["rm", "-rf", str(scratch)], check=False)
    print("\n== summary ==")
    summary(results)
    peaks = ", ".join(f"{k} {r['peak_rss_mb']}" for k, r in results.items())
    print(f"peak RSS MB per part: {peaks}")
    print(f"(all parts: {time.perf_counter() - started:.0f} s)")
