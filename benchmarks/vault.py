"""The encrypted DuckDB vault at scale: what each pipeline access costs as the vault grows.

    .venv/bin/python benchmarks/vault.py          # 10,000 and 100,000 recordings
    .venv/bin/python benchmarks/vault.py --quick  # 1,000 and 10,000

Builds a vault of N recordings (landed tasks with two numbers each, a ~2 KB raw transcript,
three replacements and their identifiers), then times what the product does: an empty session
(lock, attach, commit), a sensor tick landing 200 tasks, a batch reading its 200 tasks, one
transcript written, `vault find --phone`, and the erasure's physical rewrite and a key rotation
of the whole file. Runs in its own process, so peak RSS is its own. All data is synthetic.
"""

import statistics
import time
from pathlib import Path

from _common import PSEUDONYM_KEY, VAULT_KEY, emit, main, say, synthetic_keys

SIZES, QUICK_SIZES = (10_000, 100_000), (1_000, 10_000)
NEW_KEY = "benchmark-rotated-key-0123456789abcdefghijklmnop"


def median_ms(fn, n: int = 20) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return round(1000 * statistics.median(times), 2)


def build(stores, n: int, seed: int) -> list[tuple[str, str]]:
    from spinoco_assets.devtools.demo_server import FakeSpinoco
    from spinoco_assets.privacy.anonymization import Replacement
    from spinoco_assets.transcription.transcript import Segment, Transcript

    template = FakeSpinoco(calls=1, seed=seed).tasks[0]
    text = ("dobrý den volám ohledně faktury číslo dvě stě a kotel nefunguje " * 30)[:2000]
    ids = list(zip(synthetic_keys(n, seed), synthetic_keys(n, seed + 1), strict=True))
    with stores.vault_db.session():
        for start in range(0, n, 2000):
            tasks = {}
            for call_id, rid in ids[start : start + 2000]:
                task = {**template, "id": call_id}
                task["detail"] = {"recordings": {rid: {**next(iter(
                    template["detail"]["recordings"].values())), "id": rid}}}  # fmt: skip
                tasks[rid] = task
            stores.landing.put_many(tasks)
        for i, (call_id, rid) in enumerate(ids):
            stores.vault.put_transcript(
                Transcript(rid, "cs", 1.0, 60.0, [Segment(0.0, 60.0, text, "customer")])
            )
            reps = [
                Replacement(
                    0, 10 * k, 10 * k + 10, f"60{i:07d}", f"@PHONE_00{k}", "PHONE", f"60{i:07d}"
                )  # fmt: skip
                for k in range(1, 4)
            ]
            stores.vault.put_replacements(call_id, rid, reps)
    return ids


def run_one(args: list[str], scratch: Path) -> None:
    from spinoco_assets.stores import Stores

    n = int(args[0])
    stores = Stores.open(str(scratch / f"data-{n}"), VAULT_KEY, PSEUDONYM_KEY)
    t0 = time.perf_counter()
    ids = build(stores, n, seed=n)
    build_s = time.perf_counter() - t0
    size_mb = stores.vault_db.path.stat().st_size / 1e6
    say(f"{n} recordings built in {build_s:.0f} s: {size_mb:.0f} MB")

    def empty() -> None:
        with stores.vault_db.session():
            pass

    from spinoco_assets.devtools.demo_server import FakeSpinoco

    fresh = FakeSpinoco(calls=200, seed=n + 7).tasks
    tick = {next(iter(t["detail"]["recordings"])): t for t in fresh if t["detail"]["recordings"]}
    t0 = time.perf_counter()
    stores.landing.put_many(tick)
    land_s = time.perf_counter() - t0
    batch = [rid for _, rid in ids[:: max(1, n // 200)]][:200]
    read_ms = median_ms(lambda: stores.landing.get_many(batch), 5)
    transcript = stores.vault.transcript(ids[0][1])
    put_ms = median_ms(lambda: stores.vault.put_transcript(transcript))
    find_ms = median_ms(lambda: stores.vault.calls_with("phone", [{"+420600000042"}]), 5)
    t0 = time.perf_counter()
    stores.vault_db.rewrite()
    rewrite_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    stores.vault_db.rotate(NEW_KEY)
    rotate_s = time.perf_counter() - t0
    result = {
        "recordings": n,
        "vault_mb": round(size_mb),
        "empty_session_ms": median_ms(empty),
        "land_200_tasks_s": round(land_s, 3),
        "read_200_tasks_ms": read_ms,
        "put_transcript_ms": put_ms,
        "find_phone_ms": find_ms,
        "rewrite_s": round(rewrite_s, 2),
        "rotate_s": round(rotate_s, 2),
    }
    say(", ".join(f"{k} {v}" for k, v in result.items()))
    emit(result)


def parts(quick: bool) -> list:
    return [(str(n), [str(n)], None) for n in (QUICK_SIZES if quick else SIZES)]


def summary(results: dict) -> None:
    for label, r in results.items():
        print(f"{label} recordings: {r}")


if __name__ == "__main__":
    main(__file__, __doc__ or "", parts, run_one, summary)
