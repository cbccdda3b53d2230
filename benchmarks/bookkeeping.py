"""Dagster's bookkeeping per recording on SQLite (`make dev`) and on PostgreSQL (deploy/k8s).

    .venv/bin/python benchmarks/bookkeeping.py            # 2,000 recordings per backend
    .venv/bin/python benchmarks/bookkeeping.py --quick    # 200

For each backend, in its own process, on a fresh instance: adding N recordings as partitions the
way the daemon applies the discovery sensor's requests (a has_dynamic_partition check per key,
then one add per request), the next tick's membership look-up of all N, reporting one
materialization per recording, reading back the latest materialization of each recording (one
query each) and the materialized set (one query), and a 200-key batch run of the three-stage
stand-in job (`_common.standin_job`: Dagster's own per-recording events, no work). PostgreSQL is
a throwaway local server (tests/pg_server.py) with its durable defaults (fsync on), configured
by deploy/dagster.k8s.yaml's storage section; SQLite is `instance_for_test` in a scratch folder.
All data is synthetic.
"""

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from _common import emit, main, range_tags, say, standin_job, storage_resource, synthetic_keys

FULL_N, QUICK_N = 2000, 200
RUN_KEYS = 200  # one batch run, as SPINOCO_BATCH_SIZE
BACKENDS = ("sqlite", "postgres")
STEPS = {  # key in the result: what the summary calls it
    "apply_add_request": "add as the daemon applies a tick",
    "has_dynamic_partition": "  of which has_dynamic_partition",
    "next_tick_lookup": "next tick's look-up of all keys",
    "report_materialization": "report a materialization",
    "read_latest_each": "read latest, one query each",
    "read_materialized_set": "read materialized set, one query",
    "batch_run_3_stages": "200-key stand-in run, 3 stages",
}


@contextmanager
def instance_on(backend: str, scratch: Path) -> Iterator[Any]:
    import dagster as dg

    home = scratch / "dagster"
    home.mkdir(parents=True, exist_ok=True)
    if backend == "sqlite":
        with dg.instance_for_test(temp_dir=str(home)) as instance:
            yield instance
        return
    from tests.pg_server import deploy_storage, running_postgres

    with running_postgres(durable=True) as server:
        storage, env = deploy_storage(server, server.create_database("bookkeeping"))
        os.environ.update(env)  # this part's own process
        with dg.instance_for_test(overrides={"storage": storage}, temp_dir=str(home)) as instance:
            yield instance


def timed(label: str, n: int, out: dict[str, float], action: Callable[[], object]) -> None:
    started = time.perf_counter()
    action()
    elapsed = time.perf_counter() - started
    out[label] = round(1000 * elapsed / n, 3)
    say(f"{label}: {elapsed:.2f} s, {out[label]} ms per recording")


def part_backend(backend: str, n: int, scratch: Path) -> None:
    import dagster as dg

    from sensors.discovery import ADD_REQUEST_KEYS
    from spinoco_assets.pipeline.partitions import RECORDINGS_KEY, recording_partitions

    name = recording_partitions.name
    keys = synthetic_keys(n, seed=17)
    ms: dict[str, float] = {}
    with instance_on(backend, scratch) as instance:
        say(f"{backend}: {type(instance.event_log_storage).__name__}, {n} recordings")
        checks: list[float] = []

        def apply_add_request() -> None:
            for i in range(0, n, ADD_REQUEST_KEYS):
                request = keys[i : i + ADD_REQUEST_KEYS]
                started = time.perf_counter()
                missing = [k for k in request if not instance.has_dynamic_partition(name, k)]
                checks.append(time.perf_counter() - started)
                instance.add_dynamic_partitions(name, missing)

        timed("apply_add_request", n, ms, apply_add_request)
        ms["has_dynamic_partition"] = round(1000 * sum(checks) / n, 3)
        assert instance.get_dynamic_partitions(name) == keys

        def lookup() -> None:
            assert instance.get_existing_dynamic_partitions(name, keys) == set(keys)

        timed("next_tick_lookup", n, ms, lookup)

        def report() -> None:
            for key in keys:
                instance.report_runless_asset_event(
                    dg.AssetMaterialization(RECORDINGS_KEY, partition=key, metadata={"bytes": 1})
                )

        timed("report_materialization", n, ms, report)

        def read_each() -> None:
            for key in keys:
                records = instance.fetch_materializations(
                    dg.AssetRecordsFilter(asset_key=RECORDINGS_KEY, asset_partitions=[key]),
                    limit=1,
                ).records
                assert records[0].partition_key == key

        timed("read_latest_each", n, ms, read_each)

        def read_set() -> None:
            assert instance.get_materialized_partitions(RECORDINGS_KEY) == set(keys)

        timed("read_materialized_set", n, ms, read_set)

        run_keys = keys[:RUN_KEYS]
        job = standin_job(storage_resource(str(scratch / "data")).stores().landing, stages=3)

        def batch_run() -> None:
            assert job.execute_in_process(instance=instance, tags=range_tags(run_keys)).success

        timed("batch_run_3_stages", len(run_keys), ms, batch_run)
    emit({"backend": backend, "recordings": n, "run_keys": len(run_keys), "ms_per_recording": ms})


def parts(quick: bool) -> list:
    n = str(QUICK_N if quick else FULL_N)
    return [(backend, ["bookkeeping", backend, n], None) for backend in BACKENDS]


def run_one(args: list[str], scratch: Path) -> None:
    part_backend(args[1], int(args[2]), scratch)


def summary(results: dict) -> None:
    n = results[BACKENDS[0]]["recordings"]
    print(f"Dagster bookkeeping, ms per recording ({n} recordings; the run: {RUN_KEYS} keys):")
    print(f"{'':<34} " + " ".join(f"{b:>9}" for b in BACKENDS) + f" {'pg/sqlite':>9}")
    for key, label in STEPS.items():
        values = [results[b]["ms_per_recording"][key] for b in BACKENDS]
        ratio = f"{values[1] / values[0]:.1f}x" if values[0] else "-"
        print(f"{label:<34} " + " ".join(f"{v:>9.2f}" for v in values) + f" {ratio:>9}")


if __name__ == "__main__":
    main(__file__, __doc__, parts, run_one, summary)
