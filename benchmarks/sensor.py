"""The discovery sensor at scale: a real SQLite Dagster instance with 100k then 1M partitions.

    .venv/bin/python benchmarks/sensor.py             # 100k and 1M partitions
    .venv/bin/python benchmarks/sensor.py --quick     # 10k and 100k partitions

At each size: one tick of the real `spinoco_discovery` sensor against the loopback fake Spinoco
(50 new calls, a cursor as after earlier polls; median of 3, one profiled, one busier tick),
membership look-ups and listing calls, and a 200-key stand-in batch run (does planning list
every partition?). Runs in its own process, so peak RSS is its own. All data is synthetic.
"""

import cProfile
import pstats
import random
import statistics
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
    synthetic_keys,
    test_instance,
)

FULL_SIZES, QUICK_SIZES = "100000,1000000", "10000,100000"
NEW_CALLS = 50


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


def part_sensor(sizes: list[int], new_calls: int, scratch: Path) -> None:
    import dagster as dg

    from sensors.discovery import spinoco_discovery
    from spinoco_assets.devtools.demo_server import FakeSpinoco
    from spinoco_assets.pipeline.partitions import recording_partitions

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
                    "http+parse (discover)": "spinoco_assets/spinoco/discovery.py:discover",
                    "has_dynamic_partition": "instance.py:has_dynamic_partition",
                    "landing.put_many (vault)": "spinoco_assets/recordings/landing.py:put_many",
                    "landing.erased (vault)": "spinoco_assets/recordings/landing.py:erased",
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
            server.add_calls(10 * new_calls)  # a busier poll: the per-key costs add up
            result, busy = tick(result.cursor)
            cursor = result.cursor
            say(
                f"  a tick with {busy['new_keys']} new keys: evaluate {busy['evaluate_s']:.3f} s "
                f"+ apply add {busy['apply_add_s']:.3f} s"
            )
            out["sizes"][size] = {
                "partitions": total,
                "fill_s": round(add_s, 1),
                "tick_evaluate_s": evaluate,
                "tick_apply_add_s": apply_add,
                "busy_tick": busy,
                "ticks": ticks,
                "profile": where,
                **lookups(instance, name, filler[:size]),
                **batch_at_size(instance, storage, filler[size - 200 : size]),
            }
    emit(out)


def lookups(instance, name: str, existing: list[str]) -> dict:
    """Per-key membership checks the sensor makes, and the calls that list every key."""
    import dagster as dg

    from spinoco_assets.pipeline.partitions import recording_partitions

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


def batch_at_size(instance, storage, keys: list[str]) -> dict:
    """A 200-key stand-in batch run when this many partitions exist: does planning list them?"""
    job = standin_job(storage.stores().landing)
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


def parts(quick: bool) -> list:
    return [("sensor", ["sensor", QUICK_SIZES if quick else FULL_SIZES], None)]


def run_one(args: list[str], scratch: Path) -> None:
    part_sensor([int(n) for n in args[1].split(",")], NEW_CALLS, scratch)


def summary(results: dict) -> None:
    print(f"sensor tick, {NEW_CALLS} new calls, cursor after earlier polls (target <= 0.2 s):")
    print(
        f"{'partitions':>11} {'tick s':>7} {'+apply':>7} {'has_dp ms':>10} "
        f"{'list all s':>11} {'range s':>8} {'200-key run s':>14} {'busy tick s':>16}"
    )
    for row in results["sensor"]["sizes"].values():
        print(
            f"{row['partitions']:>11} {row['tick_evaluate_s']:>7} {row['tick_apply_add_s']:>7} "
            f"{row['has_dynamic_partition_ms']:>10} {row['list_all_s']:>11} "
            f"{row['range_200_s']:>8} {row['run_200_s']:>14} "
            f"{row['busy_tick']['evaluate_s']:>7} ({row['busy_tick']['new_keys']} keys)"
        )


if __name__ == "__main__":
    main(__file__, __doc__, parts, run_one, summary)
