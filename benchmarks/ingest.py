"""Ingest throughput and peak memory: sensor tick + batched runs on a real Dagster instance.

    .venv/bin/python benchmarks/ingest.py                 # 100, 200 and 400 recordings
    .venv/bin/python benchmarks/ingest.py --one 200       # a single size

The loopback fake Spinoco adds `--latency` seconds to every request (default 50 ms). Each size
runs in its own process so peak RSS is that size's own.
"""

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

VAULT_KEY = "benchmark-vault-key-0123456789abcdefghijklmnop"
PSEUDONYM_KEY = "benchmark-pseudonym-key-0123456789abcdefghijk"


def one(recordings: int, latency_s: float) -> dict:
    import dagster as dg

    from resources import SpinocoResource, StorageResource
    from spinoco_assets.devtools.demo_server import FakeSpinoco
    from tests.helpers import run_batch, tick

    calls = int(recordings / 0.9) + 1  # ~10% of calls have no recording, ~10% have two
    with tempfile.TemporaryDirectory() as tmp, dg.instance_for_test(temp_dir=tmp) as instance:
        with FakeSpinoco(calls=calls, seed=1, token="bench", latency_s=latency_s) as server:
            spinoco = SpinocoResource(api_base=server.url, token="bench")
            storage = StorageResource(
                data_dir=f"{tmp}/data", vault_key=VAULT_KEY, pseudonym_key=PSEUDONYM_KEY
            )
            started = time.perf_counter()
            result = tick(instance, spinoco, storage)  # the sensor, as the daemon runs it
            tick_s = time.perf_counter() - started
            for request in result.run_requests:  # the ingest stage of each batched run
                assert run_batch(instance, spinoco, storage, request).success
            total_s = time.perf_counter() - started
            n = len(server.available_recordings())
    return {
        "recordings": n,
        "runs": len(result.run_requests),
        "sensor_tick_s": round(tick_s, 2),
        "total_s": round(total_s, 2),
        "recordings_per_s": round(n / total_s, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--one", type=int, help="run one size in this process")
    parser.add_argument("--sizes", default="100,200,400")
    parser.add_argument("--latency", type=float, default=0.05)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.latency)))
        return
    print(f"ingest from the loopback fake Spinoco, {args.latency * 1000:.0f} ms added per request")
    print(
        f"{'recordings':>10} {'runs':>5} {'tick s':>7} {'total s':>8} {'rec/s':>7} {'peak MB':>8}"
    )
    for size in args.sizes.split(","):
        out = (
            subprocess.run(
                [sys.executable, __file__, "--one", size, "--latency", str(args.latency)],
                capture_output=True,
                text=True,
                check=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        r = json.loads(out)
        print(
            f"{r['recordings']:>10} {r['runs']:>5} {r['sensor_tick_s']:>7} {r['total_s']:>8} "
            f"{r['recordings_per_s']:>7} {r['peak_rss_mb']:>8}"
        )


if __name__ == "__main__":
    main()
