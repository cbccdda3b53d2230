"""How the product behaves at scale: the sensor tick, per-partition bookkeeping, the warehouse.

    .venv/bin/python benchmarks/scale.py                     # full sizes (about 10 min, 2 cores)
    .venv/bin/python benchmarks/scale.py --quick             # smaller sizes (about 2 min)
    .venv/bin/python benchmarks/scale.py --only sensor,batch,verify,warehouse

Parts (each in its own process, so peak RSS is its own and Dagster env vars apply at import):
- sensor: a real SQLite Dagster instance with 100k then 1M recording partitions; one tick of the
  real `spinoco_discovery` sensor against the loopback fake Spinoco (50 new calls, a cursor as
  after earlier polls), membership look-ups, and a 200-key batch run at that size.
- batch: one single run over 1,000 keys, default and with
  DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS=1; a no-work stand-in asset (pure bookkeeping)
  and the real `call_pipeline` ingest stage (run time minus download time).
- verify: with a few broken recordings, whether failed partitions still show failed and the
  retry sensor still finds them, in both modes.
- warehouse: a synthetic 100k-call DuckDB file; analyst queries (median of 5) and one pipeline
  batch write (copy-on-write + call_transcripts + FTS rebuild).
All data is synthetic.
"""

import argparse
import cProfile
import json
import os
import pstats
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SUBSET_ENV = "DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS"
VAULT_KEY = "benchmark-vault-key-0123456789abcdefghijklmnop"
PSEUDONYM_KEY = "benchmark-pseudonym-key-0123456789abcdefghijk"
TOKEN = "bench-token-not-a-secret"
RESULT = "RESULT "  # prefix of the one machine-readable line a part prints


def peak_rss_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def emit(result: dict) -> None:
    result["peak_rss_mb"] = peak_rss_mb()
    print(RESULT + json.dumps(result), flush=True)


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


def resources(server_url: str, data_dir: str):
    from resources import SpinocoResource, StorageResource

    spinoco = SpinocoResource(api_base=server_url, token=TOKEN, backoff_s=0.01)
    storage = StorageResource(data_dir=data_dir, vault_key=VAULT_KEY, pseudonym_key=PSEUDONYM_KEY)
    return spinoco, storage


# ---- a no-work stand-in for call_pipeline: same partitions, policy, Batch and events -----------


def standin_job(failing: frozenset[str] = frozenset()):
    """The real job's shape with no per-recording work: what is left is Dagster's bookkeeping."""
    import dagster as dg

    from spinoco_assets.batch import Batch
    from spinoco_assets.partitions import recording_partitions
    from spinoco_assets.stages import RECORDINGS_KEY

    @dg.multi_asset(
        name="call_pipeline",
        specs=[dg.AssetSpec(RECORDINGS_KEY, skippable=True)],
        partitions_def=recording_partitions,
        backfill_policy=dg.BackfillPolicy.single_run(),
        can_subset=True,
    )
    def standin(context: dg.AssetExecutionContext):
        batch = Batch(context, context.partition_keys)
        for key in batch.keys:
            if key in failing:
                batch.fail(key, "ingest", "synthetic failure")
            else:
                meta = {"bytes": 1, "duration_s": 1.0, "download_attempts": 1}
                batch.materialized(RECORDINGS_KEY, key, meta | {"is_voicemail": False})
        batch.finish()
        yield from ()

    job = dg.define_asset_job(
        "call_pipeline_job", selection=[standin], partitions_def=recording_partitions
    )
    return dg.Definitions(assets=[standin], jobs=[job]).resolve_job_def("call_pipeline_job")


def range_tags(keys: list[str]) -> dict[str, str]:
    from spinoco_assets.jobs import range_run_request

    return dict(range_run_request(keys).tags)


def run_phases(instance, run_id: str) -> dict:
    """Split a run's wall time by its event log: before the step, the step, after it."""
    import dagster as dg

    stamps: dict[str, float] = {}
    counts: dict[str, int] = {}
    for entry in instance.all_logs(run_id):
        event = entry.dagster_event
        name = event.event_type_value if event else "LOG"
        counts[name] = counts.get(name, 0) + 1
        stamps.setdefault(f"first_{name}", entry.timestamp)
        stamps[f"last_{name}"] = entry.timestamp
    step_start = stamps.get(f"first_{dg.DagsterEventType.STEP_START.value}")
    step_end = stamps.get(f"last_{dg.DagsterEventType.STEP_SUCCESS.value}") or stamps.get(
        f"last_{dg.DagsterEventType.STEP_FAILURE.value}"
    )
    return {"events": counts, "step_s": round(step_end - step_start, 2) if step_start else None}


def profile_top(profile: cProfile.Profile, names: dict[str, str]) -> dict[str, dict]:
    """Cumulative seconds and calls of the functions whose (file, name) contain the given parts."""
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    found: dict[str, dict] = {}
    for label, needle in names.items():
        file_part, func = needle.split(":")
        best = (0, 0.0)
        for (file, _, name), (_, calls, _, cumulative, _) in stats.items():
            if name == func and file_part in file and cumulative > best[1]:
                best = (calls, cumulative)
        found[label] = {"calls": best[0], "s": round(best[1], 3)}
    return found


# ---- part: sensor -------------------------------------------------------------------------------


def part_sensor(sizes: list[int], new_calls: int, scratch: Path) -> None:
    import dagster as dg

    import sensors.discovery as discovery
    from sensors.discovery import spinoco_discovery
    from spinoco_assets.demo_server import FakeSpinoco
    from spinoco_assets.partitions import recording_partitions

    name = recording_partitions.name
    out: dict = {"sizes": {}}
    with (
        test_instance(scratch) as instance,
        FakeSpinoco(calls=200, seed=11, token=TOKEN) as server,
    ):
        spinoco, storage = resources(server.url, str(scratch / "data"))

        def tick(cursor, profile=None):
            context = dg.build_sensor_context(
                instance=instance, cursor=cursor, resources={"spinoco": spinoco, "storage": storage}
            )
            queries = server.stats["query"]
            started = time.perf_counter()
            if profile:
                profile.enable()
            result = spinoco_discovery(context)
            evaluated = time.perf_counter()
            for request in result.dynamic_partitions_requests:
                instance.add_dynamic_partitions(request.partitions_def_name, request.partition_keys)
            if profile:
                profile.disable()
            timing = {
                "evaluate_s": round(evaluated - started, 3),
                "apply_add_s": round(time.perf_counter() - evaluated, 3),
                "new_keys": sum(len(r.partition_keys) for r in result.dynamic_partitions_requests),
                "runs": len(result.run_requests),
                "http_queries": server.stats["query"] - queries,
            }
            return result, timing

        filler = synthetic_keys(max(sizes), seed=1)
        added = 0
        # a first poll (earlier history) gives the cursor every later tick starts from
        cursor = tick(None)[0].cursor
        for size in sizes:
            started = time.perf_counter()
            for i in range(added, size, 10_000):
                instance.add_dynamic_partitions(name, filler[i : min(i + 10_000, size)])
            add_s = time.perf_counter() - started
            added = size
            total = len(instance.get_dynamic_partitions(name))
            say(f"{total} partitions exist (adding {size} filler keys took {add_s:.1f} s)")

            ticks = []
            for _ in range(3):
                server.add_calls(new_calls)
                result, timing = tick(cursor)
                cursor = result.cursor
                ticks.append(timing)
            server.add_calls(new_calls)
            profile = cProfile.Profile()
            result, profiled = tick(cursor, profile)
            cursor = result.cursor
            where = profile_top(
                profile,
                {
                    "http+parse (discover)": "spinoco_assets/discovery.py:discover",
                    "has_dynamic_partition": "instance.py:has_dynamic_partition",
                    "landing.put (seal+write)": "spinoco_assets/landing.py:put",
                    "landing.is_erased": "spinoco_assets/landing.py:is_erased",
                    "add_dynamic_partitions": "instance.py:add_dynamic_partitions",
                    "get_dynamic_partitions (lists all)": "instance.py:get_dynamic_partitions",
                },
            )
            evaluate = statistics.median(t["evaluate_s"] for t in ticks)
            apply_add = statistics.median(t["apply_add_s"] for t in ticks)
            say(
                f"tick at {total}: evaluate {evaluate:.3f} s + apply add {apply_add:.3f} s "
                f"(median of 3; each {ticks[0]['new_keys']} new keys, "
                f"{ticks[0]['http_queries']} HTTP queries)"
            )
            say(f"  profiled tick ({profiled['evaluate_s']:.3f} s under cProfile): {where}")
            out["sizes"][size] = {
                "partitions": total,
                "fill_s": round(add_s, 1),
                "tick_evaluate_s": evaluate,
                "tick_apply_add_s": apply_add,
                "ticks": ticks,
                "profile": where,
                **lookups(instance, name, filler[:size]),
                **batch_at_size(instance, filler[size - 200 : size]),
            }
    emit(out)


def lookups(instance, name: str, existing: list[str]) -> dict:
    """Per-key membership checks the sensor makes, and the calls that list every key."""
    import dagster as dg

    from spinoco_assets.partitions import recording_partitions

    rng = random.Random(3)
    present = rng.sample(existing, 200)
    absent = synthetic_keys(200, seed=99)
    started = time.perf_counter()
    assert all(instance.has_dynamic_partition(name, k) for k in present)
    assert not any(instance.has_dynamic_partition(name, k) for k in absent)
    per_key_ms = 1000 * (time.perf_counter() - started) / 400
    started = time.perf_counter()
    assert instance.get_existing_dynamic_partitions(name, present[:50] + absent[:50]) == set(
        present[:50]
    )
    batched_ms = 1000 * (time.perf_counter() - started)
    started = time.perf_counter()
    n = len(instance.get_dynamic_partitions(name))
    list_s = time.perf_counter() - started
    started = time.perf_counter()
    with dg.partition_loading_context(dynamic_partitions_store=instance):
        keys = recording_partitions.get_partition_keys_in_range(
            dg.PartitionKeyRange(existing[-200], existing[-1])
        )
    range_s = time.perf_counter() - started
    assert len(keys) == 200
    say(
        f"  has_dynamic_partition {per_key_ms:.2f} ms/key; get_existing_dynamic_partitions "
        f"(100 keys, one query) {batched_ms:.1f} ms; listing all {n} keys {list_s:.2f} s; "
        f"resolving a 200-key range {range_s:.2f} s"
    )
    return {
        "has_dynamic_partition_ms": round(per_key_ms, 2),
        "existing_100_keys_ms": round(batched_ms, 1),
        "list_all_s": round(list_s, 2),
        "range_200_s": round(range_s, 2),
    }


def batch_at_size(instance, keys: list[str]) -> dict:
    """A 200-key stand-in batch run when this many partitions exist: does planning list them?"""
    job = standin_job()
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    result = job.execute_in_process(instance=instance, tags=range_tags(keys))
    profile.disable()
    wall = time.perf_counter() - started
    assert result.success
    where = profile_top(
        profile,
        {
            "get_dynamic_partitions (lists all)": "sql_event_log.py:get_dynamic_partitions",
            "get_partition_keys (dynamic def)": "dynamic.py:get_partition_keys",
            "get_partition_keys_in_range": "partitions_definition.py:get_partition_keys_in_range",
        },
    )
    say(f"  200-key batch run {wall:.1f} s (under cProfile); listing calls: {where}")
    return {"run_200_s": round(wall, 2), "run_200_profile": where}


# ---- part: batch --------------------------------------------------------------------------------


def part_batch(keys_n: int, kind: str, scratch: Path) -> None:
    import dagster as dg

    from spinoco_assets.partitions import recording_partitions

    with test_instance(scratch) as instance:
        if kind == "standin":
            keys = synthetic_keys(keys_n, seed=5)
            instance.add_dynamic_partitions(recording_partitions.name, keys)
            job = standin_job()
            started = time.perf_counter()
            result = job.execute_in_process(instance=instance, tags=range_tags(keys))
            wall = time.perf_counter() - started
            assert result.success
            work_s = 0.0
        else:
            wall, work_s, keys, result = real_ingest(instance, keys_n, scratch)
        phases = run_phases(instance, result.run_id)
    per_ms = 1000 * (wall - work_s) / len(keys)
    say(
        f"{kind} {len(keys)} keys, {SUBSET_ENV}={os.environ.get(SUBSET_ENV, '0')}: "
        f"run {wall:.1f} s, work {work_s:.1f} s -> {per_ms:.1f} ms bookkeeping per recording; "
        f"step {phases['step_s']} s; events {phases['events']}"
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
    from spinoco_assets.demo_server import FakeSpinoco
    from tests.helpers import run_batch, tick

    discovery.BATCH_SIZE = 10_000  # one run over everything the tick finds
    with FakeSpinoco(calls=calls, seed=21, token=TOKEN) as server:
        spinoco, storage = resources(server.url, str(scratch / "data"))
        [request] = tick(instance, spinoco, storage).run_requests
        started = time.perf_counter()
        result = run_batch(instance, spinoco, storage, request)
        wall = time.perf_counter() - started
        assert result.success
    message = next(
        e.user_message for e in instance.all_logs(result.run_id) if "ingested" in e.user_message
    )
    found = re.search(r"ingested (\d+) of (\d+) recordings in ([\d.]+) s", message)
    ingested, total, download_s = found.groups()
    assert ingested == total
    keys = [None] * int(total)
    return wall, float(download_s), keys, result


if __name__ == "__main__":
    part, arg, kind = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    scratch = Path(tempfile.mkdtemp(prefix="spinoco-scale-", dir="/tmp"))
    if part == "sensor":
        part_sensor([arg, arg * 10], 50, scratch)
    else:
        part_batch(arg, kind, scratch)
