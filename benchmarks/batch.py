"""Per-partition bookkeeping of one single batch run: Dagster's cost per recording.

    .venv/bin/python benchmarks/batch.py              # 1,000 keys per run
    .venv/bin/python benchmarks/batch.py --quick      # 200 keys per run

One run over all the keys, each kind with DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS=0 (the
default) and =1: a no-work stand-in asset with the ingest stage alone (standin-1) and with three
stages (standin-3), which is pure bookkeeping, and the real `call_pipeline` ingest stage against
the loopback fake Spinoco (real; run time minus download time). Each run is its own process, so
peak RSS is its own and the environment variable applies. All data is synthetic.
"""

import os
import time
from pathlib import Path

from _common import (
    TOKEN,
    emit,
    main,
    range_tags,
    resources,
    say,
    standin_job,
    storage_resource,
    synthetic_keys,
    test_instance,
)

SUBSET_ENV = "DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS"
KINDS = ("standin-1", "standin-3", "real")
FULL_KEYS, QUICK_KEYS = 1000, 200


def run_phases(instance, run_id: str, started: float, ended: float) -> dict:
    """Split a run's wall time (epoch seconds) by its event log: before, in and after the step."""
    import dagster as dg

    counts: dict[str, int] = {}
    step_start = step_end = None
    for entry in instance.all_logs(run_id):
        event = entry.dagster_event
        name = event.event_type_value if event else "LOG"
        counts[name] = counts.get(name, 0) + 1
        if event and event.event_type == dg.DagsterEventType.STEP_START:
            step_start = entry.timestamp
        if event and event.event_type in (
            dg.DagsterEventType.STEP_SUCCESS,
            dg.DagsterEventType.STEP_FAILURE,
        ):
            step_end = entry.timestamp
    return {
        "events": counts,
        "before_step_s": round(step_start - started, 2),
        "step_s": round(step_end - step_start, 2),
        "after_step_s": round(ended - step_end, 2),
    }


def part_batch(keys_n: int, kind: str, scratch: Path) -> None:
    """kind: standin-1 (ingest stage alone), standin-3 (three stages) or real (ingest stage)."""
    from spinoco_assets.pipeline.partitions import recording_partitions

    with test_instance(scratch) as instance:
        if kind.startswith("standin"):
            keys = synthetic_keys(keys_n, seed=5)
            instance.add_dynamic_partitions(recording_partitions.name, keys)
            landing = storage_resource(str(scratch / "data")).stores().landing
            job = standin_job(landing, stages=int(kind[-1]))
            started = time.time()
            result = job.execute_in_process(instance=instance, tags=range_tags(keys))
            ended = time.time()
            assert result.success
            work_s = 0.0
        else:
            started, ended, work_s, keys, result = real_ingest(instance, keys_n, scratch)
        wall = ended - started
        phases = run_phases(instance, result.run_id, started, ended)
    per_ms = 1000 * (wall - work_s) / len(keys)
    say(
        f"{kind} {len(keys)} keys, {SUBSET_ENV}={os.environ.get(SUBSET_ENV, '0')}: "
        f"run {wall:.1f} s, work {work_s:.1f} s -> {per_ms:.1f} ms bookkeeping per recording; "
        f"before/in/after step {phases['before_step_s']}/{phases['step_s']}/"
        f"{phases['after_step_s']} s; events {phases['events']}"
    )
    emit(
        {
            "kind": kind,
            "subset_env": os.environ.get(SUBSET_ENV, "0"),
            "keys": len(keys),
            "run_s": round(wall, 2),
            "work_s": round(work_s, 2),
            "bookkeeping_ms_per_recording": round(per_ms, 1),
            **phases,
        }
    )


def real_ingest(instance, calls: int, scratch: Path):
    """The real call_pipeline ingest stage over one range; work = the stage's download time."""
    import re

    import sensors.discovery as discovery
    from spinoco_assets.devtools.demo_server import FakeSpinoco
    from tests.helpers import run_batch, tick

    discovery.BATCH_SIZE = 10_000  # one run over everything the tick finds
    with FakeSpinoco(calls=calls, seed=21, token=TOKEN) as server:
        spinoco, storage = resources(server.url, str(scratch / "data"))
        [request] = tick(instance, spinoco, storage).run_requests
        started = time.time()
        result = run_batch(instance, spinoco, storage, request)
        ended = time.time()
        assert result.success
    message = next(
        e.user_message for e in instance.all_logs(result.run_id) if "ingested" in e.user_message
    )
    found = re.search(r"ingested (\d+) of (\d+) recordings in ([\d.]+) s", message)
    ingested, total, download_s = found.groups()
    assert ingested == total
    keys = [None] * int(total)
    return started, ended, float(download_s), keys, result


def parts(quick: bool) -> list:
    n = str(QUICK_KEYS if quick else FULL_KEYS)
    return [
        (f"batch {kind} {flag}", ["batch", n, kind], {SUBSET_ENV: flag})
        for kind in KINDS
        for flag in ("0", "1")
    ]


def run_one(args: list[str], scratch: Path) -> None:
    part_batch(int(args[1]), args[2], scratch)


def summary(results: dict) -> None:
    print("bookkeeping of one single run (target <= 50 ms per recording):")
    print(
        f"{'kind':>10} {'subset env':>10} {'keys':>5} {'run s':>6} {'work s':>6} "
        f"{'ms/rec':>7} {'before step s':>13} {'planned events':>14}"
    )
    for r in results.values():
        planned = r["events"].get("ASSET_MATERIALIZATION_PLANNED", 0)
        print(
            f"{r['kind']:>10} {r['subset_env']:>10} {r['keys']:>5} {r['run_s']:>6} "
            f"{r['work_s']:>6} {r['bookkeeping_ms_per_recording']:>7} "
            f"{r['before_step_s']:>13} {planned:>14}"
        )


if __name__ == "__main__":
    main(__file__, __doc__, parts, run_one, summary)
