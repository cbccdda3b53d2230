"""How the product behaves at scale: the sensor tick, per-partition bookkeeping, the warehouse.

    .venv/bin/python benchmarks/scale.py                     # full sizes (5-7 min on 2 cores)
    .venv/bin/python benchmarks/scale.py --quick             # smaller sizes (about 1.5 min)
    .venv/bin/python benchmarks/scale.py --only sensor,batch,verify,warehouse

Parts (each in its own process, so peak RSS is its own and Dagster env vars apply at import):
- sensor: a real SQLite Dagster instance with 100k then 1M recording partitions; one tick of the
  real `spinoco_discovery` sensor against the loopback fake Spinoco (50 new calls, a cursor as
  after earlier polls), membership look-ups, and a 200-key batch run at that size.
- batch: one single run over 1,000 keys, default and with
  DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS=1; a no-work stand-in asset (pure bookkeeping)
  and the real `call_pipeline` ingest stage (run time minus download time).
- verify: with six broken recordings of 40, whether failed partitions still show failed and
  whether the retry sensor's runs cover exactly them, in both modes.
- warehouse: a synthetic 100k-call DuckDB file; analyst queries (median of 5) and pipeline
  batch writes (copy-on-write; call_transcripts + FTS rebuild); then, not in the product, an
  incremental BM25 term table as a candidate fix for the per-batch FTS rebuild.
All data is synthetic; peak memory about 4 GB (the warehouse part).
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


def standin_job(stages: int = 1, failing: frozenset[str] = frozenset()):
    """The real job's shape with no per-recording work: what is left is Dagster's bookkeeping.

    `stages` 1 is the ingest stage alone; 3 adds stand-ins for transcripts and anonymized.
    """
    import dagster as dg

    from spinoco_assets.batch import Batch
    from spinoco_assets.partitions import recording_partitions
    from spinoco_assets.stages import ANONYMIZED_KEY, RECORDINGS_KEY, TRANSCRIPTS_KEY

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
        batch = Batch(context, context.partition_keys)
        for asset_key in asset_keys:
            for key in batch.active():
                if key in failing:
                    batch.fail(key, "ingest", "synthetic failure")
                else:
                    meta = {"bytes": 1, "duration_s": 1.0, "download_attempts": 1}
                    batch.materialized(asset_key, key, meta | {"is_voicemail": False})
        batch.finish()
        yield from ()

    job = dg.define_asset_job(
        "call_pipeline_job", selection=[standin], partitions_def=recording_partitions
    )
    return dg.Definitions(assets=[standin], jobs=[job]).resolve_job_def("call_pipeline_job")


def range_tags(keys: list[str]) -> dict[str, str]:
    from spinoco_assets.jobs import range_run_request

    return dict(range_run_request(keys).tags)


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
    """kind: standin-1 (ingest stage alone), standin-3 (three stages) or real (ingest stage)."""
    from spinoco_assets.partitions import recording_partitions

    with test_instance(scratch) as instance:
        if kind.startswith("standin"):
            keys = synthetic_keys(keys_n, seed=5)
            instance.add_dynamic_partitions(recording_partitions.name, keys)
            job = standin_job(stages=int(kind[-1]))
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
    from spinoco_assets.demo_server import FakeSpinoco
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


# ---- part: verify -------------------------------------------------------------------------------


def unfinished_keys(found) -> set[str]:
    """Keys with missing assets, from `unfinished` (a dict or a list of (key, assets))."""
    pairs = found.items() if isinstance(found, dict) else found
    return {key for key, assets in pairs if assets}


def part_verify(scratch: Path) -> None:
    """Broken recordings in a real batch: do they show failed; does the retry sensor see them?"""
    import dagster as dg

    from sensors.retries import retry_failed_recordings, unfinished
    from spinoco_assets.demo_server import FakeSpinoco
    from spinoco_assets.jobs import PARTITION_RANGE_END, PARTITION_RANGE_START
    from spinoco_assets.partitions import recording_partitions
    from tests.helpers import RECORDINGS, failure_metadata, materialized, run_batch, tick

    with FakeSpinoco(calls=40, seed=4, token=TOKEN) as probe:
        recs = [rec for _, rec in probe.available_recordings()]
    # two adjacent pairs and two lone ones: a retry range must never cover a good recording
    kinds = ["cut", "not_ogg", "empty", "404"]
    broken = {recs[i]: kinds[n % 4] for n, i in enumerate((2, 3, 9, 17, 18, 30))}
    with (
        test_instance(scratch) as instance,
        FakeSpinoco(calls=40, seed=4, token=TOKEN, broken=broken) as server,
    ):
        spinoco, storage = resources(server.url, str(scratch / "data"))
        [request] = tick(instance, spinoco, storage).run_requests
        result = run_batch(instance, spinoco, storage, request)
        with dg.partition_loading_context(dynamic_partitions_store=instance):
            status = instance.get_status_by_partition(RECORDINGS, recs, recording_partitions)
        shown_failed = {k for k, v in (status or {}).items() if v == dg.AssetPartitionStatus.FAILED}
        retry = retry_failed_recordings(dg.build_sensor_context(instance=instance))
        order = instance.get_dynamic_partitions(recording_partitions.name)
        ranges = [
            (order.index(r.tags[PARTITION_RANGE_START]), order.index(r.tags[PARTITION_RANGE_END]))
            for r in retry.run_requests
        ]
        covered = [key for first, last in ranges for key in order[first : last + 1]]
        found = unfinished(instance, result.run_id)
        checks = {
            "run_failed": not result.success,
            "failure_names_them": set(failure_metadata(result)) == set(broken),
            "good_materialized": materialized(instance) == set(recs) - set(broken),
            "bad_show_failed": shown_failed == set(broken),
            "bad_status": sorted({str(status.get(k)) for k in broken}) if status else None,
            "unfinished_finds_them": unfinished_keys(found) == set(broken),
            # retry_groups joins neighbours of this list into ranges: it must be partition order
            "unfinished_in_partition_order": None
            if isinstance(found, dict)
            else [k for k, _ in found] == sorted((k for k, _ in found), key=order.index),
            "broken_positions": sorted(order.index(k) for k in broken),
            "retry_ranges": ranges,  # positions in the partitions' order, start..end
            "retry_covers_exactly_them": sorted(covered) == sorted(broken),
            "retry_covers_good_ones": len(set(covered) - set(broken)),
        }
    say(f"{SUBSET_ENV}={os.environ.get(SUBSET_ENV, '0')}: {checks}")
    emit({"subset_env": os.environ.get(SUBSET_ENV, "0"), **checks})


# ---- part: warehouse ----------------------------------------------------------------------------

# Invented, anonymized-looking call-centre Czech, most frequent first (drawn Zipf-like).
COMMON_TEXT = (
    "ano dobrý den prosím děkuji a je to na že se v jsem mám ne tak už ještě jak co bych by "
    "potřeboval potřebovala chtěl chtěla vám vás já my zavolat poslat hned teď zítra dnes den "
    "týden měsíc číslo objednávka objednávky objednávku faktura faktury fakturu platba platbu "
    "zaplatit zaplaceno účet účtu smlouva smlouvu smlouvy zákazník zákaznické zákaznický "
    "podpora podpoře technik technika servis servisu oprava opravu reklamace reklamaci "
    "doprava dopravu zásilka zásilku balík balíku kurýr doručení doručit adresa adresu "
    "telefon telefonu email emailu jméno příjmení rozumím samozřejmě moment chvilku počkejte "
    "podívám ověřím zkontroluji systém systému záznam záznamu hovor hovoru kolega kolegyně "
    "vedoucí přepojím přepojit nefunguje funguje porucha poruchu výpadek internet internetu "
    "router modem signál tarif tarifu cena ceny sleva slevu nabídka nabídku změna změnu "
    "termín termínu pondělí úterý středa čtvrtek pátek ráno odpoledne večer hodin minut "
    "kotel kotle čerpadlo čerpadla pračka pračku lednice lednici myčka myčku baterie "
    "nabíječka displej záruka záruku záruční list doklad dokladu účtenka vrácení peněz "
    "dobropis storno zrušit zrušení prodloužit prodloužení aktivovat aktivace heslo přihlášení"
)
COMMON = COMMON_TEXT.split()
PLACEHOLDERS = [
    f"@{kind}_{n:03d}" for kind in ("PHONE", "NAME", "EMAIL", "ADDRESS") for n in (1, 2)
]
SYLLABLE_TEXT = "ko la ník ra vo ně ma pe tr sa li du ba zo če ví ho ká mi sto"
SYLLABLES = SYLLABLE_TEXT.split()
# typed without accents, as analysts do; a rare word (df near 20) is picked from the index
SEARCH_WORDS = {"frequent": "dobry", "mid": "cerpadlo"}


def macros(con) -> None:
    """pick(list, hash): a list element chosen by a hash; u(hash): a hash as a uniform 0..1."""
    con.execute("CREATE OR REPLACE TEMP MACRO pick(xs, h) AS xs[1 + (h % len(xs))::BIGINT]")
    con.execute("CREATE OR REPLACE TEMP MACRO u(h) AS (h % 1000003)::DOUBLE / 1000003")


def fill_warehouse(con, calls: int) -> None:
    """Synthetic calls, recordings, stats and segments, generated inside DuckDB (fast)."""
    macros(con)
    con.execute(
        f"""
        INSERT INTO calls
        SELECT uuid()::VARCHAR, CASE WHEN i % 10 < 7 THEN 'inbound' ELSE 'outbound' END,
               TIMESTAMPTZ '2025-01-01 07:00:00+00' + to_seconds(i * (31536000 // {calls})),
               NULL, NULL, 'agent-' || lpad((hash(i, 'a') % 40)::VARCHAR, 2, '0'),
               'ck-' || md5(i::VARCHAR || 'caller'), 'ck-' || md5('company'), 0
        FROM range({calls}) t(i)
        """
    )
    con.execute(
        """
        UPDATE calls SET answered_at = started_at + to_seconds(5 + hash(call_id) % 20),
                         ended_at = started_at + to_seconds(60 + hash(call_id, 'e') % 600)
        """
    )
    con.execute(
        """
        INSERT INTO recordings
        SELECT uuid()::VARCHAR, call_id, answered_at + to_seconds(n * 200),
               1000 * (epoch(ended_at) - epoch(answered_at)) // 1, NULL, 2, 8000,
               (epoch(ended_at) - epoch(answered_at))::BIGINT * 2000, md5(call_id || n),
               false, ended_at
        FROM calls, range(CASE WHEN hash(call_id, 'two') % 10 = 0 THEN 2 ELSE 1 END) r(n)
        """
    )
    con.execute("UPDATE recordings SET decoded_s = duration_ms / 1000.0")
    con.execute(
        """
        INSERT INTO transcript_stats
        SELECT recording_id, call_id, 'cs', 0.97, duration_ms / 1000.0,
               duration_ms / 1000.0 * 0.35, duration_ms / 1000.0 * 0.45, 200, 20, 3, 0,
               'large-v3', 'v1', duration_ms / 1000.0 / 4, ingested_at
        FROM recordings
        """
    )
    segments_sql(con, "SELECT recording_id, call_id FROM recordings", "transcript_segments")
    con.execute(
        """
        INSERT INTO pii_counts
        SELECT call_id, recording_id, pick(['PHONE', 'NAME', 'EMAIL'], hash(recording_id)), 1
        FROM recordings
        """
    )


def segments_sql(con, recordings_query: str, into: str) -> None:
    """~20 segments of 4-16 words per recording: common words Zipf-like, one word in seven from
    a long tail of made-up words (a realistic term dictionary), a few placeholders."""
    macros(con)
    con.execute(
        f"""
        INSERT INTO {into}
        WITH segs AS (
            SELECT recording_id, call_id, s AS segment_no, hash(recording_id, s) AS h
            FROM ({recordings_query}), range(10 + (hash(recording_id) % 21)::BIGINT) t(s)
        )
        SELECT recording_id, call_id, segment_no, segment_no * 6.0, segment_no * 6.0 + 5.0,
               CASE WHEN segment_no % 2 = 0 THEN 'agent' ELSE 'customer' END,
               array_to_string(list_transform(
                   range(4 + (h % 13)::BIGINT),
                   i -> CASE
                       WHEN hash(h, i, 'p') % 60 = 0 THEN pick($placeholders, hash(h, i))
                       WHEN hash(h, i, 't') % 7 = 0
                           THEN pick($syl, hash(h, i)) || pick($syl, hash(h, i) // 20)
                                || pick($syl, hash(h, i) // 400) || pick($syl, hash(h, i) // 8000)
                       ELSE $common[1 + floor(len($common) * pow(u(hash(h, i)), 2.5))::BIGINT]
                   END), ' ')
        FROM segs
        """,
        {"common": COMMON, "syl": SYLLABLES, "placeholders": PLACEHOLDERS},
    )


SEARCH_SQL = """
    SELECT call_id, started_at, score FROM (
        SELECT call_id, started_at, fts_main_call_transcripts.match_bm25(call_id, ?) AS score
        FROM call_transcripts)
    WHERE score IS NOT NULL ORDER BY score DESC LIMIT 20
"""
AGENT_DAY_SQL = """
    WITH per_call AS (
        SELECT c.call_id, c.agent_id, CAST(c.started_at AS DATE) AS day,
               epoch(c.ended_at) - epoch(c.answered_at) AS call_s,
               sum(r.duration_ms) / 1000 AS recorded_s,
               sum(s.speech_s_agent) AS agent_talk_s, sum(s.speech_s_customer) AS customer_talk_s
        FROM calls c
        LEFT JOIN recordings r USING (call_id)
        LEFT JOIN transcript_stats s USING (recording_id)
        GROUP BY ALL
    )
    SELECT agent_id, day, count(*) AS calls, avg(call_s) AS avg_call_s,
           avg(recorded_s) AS avg_recorded_s, sum(agent_talk_s) AS agent_talk_s,
           sum(customer_talk_s) AS customer_talk_s
    FROM per_call GROUP BY agent_id, day ORDER BY agent_id, day
"""


def median_of(runs: int, query) -> tuple[float, float, object]:
    """(first run s, median of the next `runs` s, last result)."""
    times = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        result = query()
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times[1:]), result


def part_warehouse(calls: int, scratch: Path) -> None:
    from spinoco_assets.warehouse import Warehouse, load_fts, rebuild_call_transcripts, rebuild_fts

    path = scratch / "warehouse.duckdb"
    warehouse = Warehouse(path)
    out: dict = {"calls": calls}
    started = time.perf_counter()
    with warehouse.writer() as con:
        fill_warehouse(con, calls)
        filled = time.perf_counter()
        call_ids = [row[0] for row in con.execute("SELECT call_id FROM calls").fetchall()]
        rebuild_call_transcripts(con, call_ids)
        transcripts = time.perf_counter()
        rebuild_fts(con)
        fts = time.perf_counter()
        counts = {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("calls", "recordings", "transcript_segments", "call_transcripts")
        }
        text_mb = con.execute("SELECT sum(strlen(text)) / 1e6 FROM call_transcripts").fetchone()[0]
    out["setup"] = {
        "generate_s": round(filled - started, 1),
        "call_transcripts_s": round(transcripts - filled, 1),
        "fts_s": round(fts - transcripts, 1),
        "commit_s": round(time.perf_counter() - fts, 1),
        "rows": counts,
        "transcript_text_mb": round(text_mb),
    }
    out["file_mb"] = round(path.stat().st_size / 1e6)
    say(f"built {counts} ({text_mb:.0f} MB of transcript text): {out['setup']}")
    say(f"file {out['file_mb']} MB")

    with warehouse.read() as con:  # an analyst's session
        t0 = time.perf_counter()
        load_fts(con)
        out["load_fts_s"] = round(time.perf_counter() - t0, 3)
        rare = con.execute(
            "SELECT term FROM fts_main_call_transcripts.dict WHERE length(term) >= 8 "
            "ORDER BY abs(df - 20), term LIMIT 1"
        ).fetchone()
        words = SEARCH_WORDS | ({"rare": rare[0]} if rare else {})
        for label, word in words.items():
            matches = con.execute(
                "SELECT count(*) FROM call_transcripts "
                "WHERE fts_main_call_transcripts.match_bm25(call_id, ?) IS NOT NULL",
                [word],
            ).fetchone()[0]
            first, median, rows = median_of(
                5, lambda w=word: con.execute(SEARCH_SQL, [w]).fetchall()
            )
            out[f"search_{label}"] = {
                "results": len(rows),
                "word": word,
                "matching_calls": matches,
                "first_s": round(first, 3),
                "median_s": round(median, 3),
            }
            say(
                f"search '{word}' ({matches} matching calls): top 20 in {median:.3f} s "
                f"(median of 5; first {first:.3f} s)"
            )
        out["fts_top20"] = {
            w: [row[0] for row in con.execute(SEARCH_SQL, [w]).fetchall()] for w in words.values()
        }
        first, median, rows = median_of(5, lambda: con.execute(AGENT_DAY_SQL).fetchall())
        out["agent_day"] = {
            "rows": len(rows),
            "first_s": round(first, 3),
            "median_s": round(median, 3),
        }
        say(
            f"per-agent daily report ({len(rows)} rows): {median:.3f} s "
            f"(median of 5; first {first:.3f} s)"
        )

    out["writes"] = []
    for attempt in range(2):
        out["writes"].append(batch_writes(warehouse, path, scratch, attempt))
    out["alternative"] = term_table_alternative(warehouse, out.pop("fts_top20"))
    emit(out)


def rows_of(con, sql: str, params=None) -> list[dict]:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def batch_writes(warehouse, path: Path, scratch: Path, attempt: int) -> dict:
    """What one 200-recording batch writes, timed the way the stages write it: an ingest-style
    writer (calls + recordings rows) and an anonymize-style one (segments, pii counts,
    call_transcripts of those calls, the whole FTS index). Each copies the file first."""
    import duckdb

    from spinoco_assets.tables import CALLS, PII_COUNTS, RECORDINGS, TRANSCRIPT_SEGMENTS
    from spinoco_assets.warehouse import rebuild_call_transcripts, rebuild_fts, replace_rows

    with duckdb.connect() as con:  # the batch's new rows, prepared outside the timed writes
        con.execute(f"ATTACH '{path}' AS wh (READ_ONLY)")
        con.execute("USE wh")
        picked = (
            "SELECT recording_id, call_id FROM recordings "
            f"ORDER BY started_at DESC LIMIT 200 OFFSET {200 * attempt}"
        )
        recordings = rows_of(
            con,
            f"SELECT * FROM recordings WHERE recording_id IN (SELECT recording_id FROM ({picked}))",
        )
        calls = rows_of(
            con,
            "SELECT * FROM calls WHERE call_id IN (SELECT unnest(?))",
            [[r["call_id"] for r in recordings]],
        )
        pii = rows_of(
            con,
            "SELECT * FROM pii_counts WHERE recording_id IN (SELECT unnest(?))",
            [[r["recording_id"] for r in recordings]],
        )
        con.execute("CREATE TEMP TABLE new_segments AS FROM transcript_segments LIMIT 0")
        segments_sql(con, picked, "temp.new_segments")
        segments = rows_of(con, "FROM temp.new_segments")
    rids = [r["recording_id"] for r in recordings]
    call_ids = sorted({r["call_id"] for r in recordings})

    t0 = time.perf_counter()
    with warehouse.writer() as con:
        t1 = time.perf_counter()
        replace_rows(con, CALLS, call_ids, calls)
        replace_rows(con, RECORDINGS, rids, recordings)
        t2 = time.perf_counter()
    ingest = {"copy_s": t1 - t0, "rows_s": t2 - t1, "commit_s": time.perf_counter() - t2}

    t0 = time.perf_counter()
    with warehouse.writer() as con:
        t1 = time.perf_counter()
        replace_rows(con, TRANSCRIPT_SEGMENTS, rids, segments)
        replace_rows(con, PII_COUNTS, rids, pii)
        t2 = time.perf_counter()
        rebuild_call_transcripts(con, call_ids)
        t3 = time.perf_counter()
        rebuild_fts(con)
        t4 = time.perf_counter()
    anonymize = {
        "copy_s": t1 - t0,
        "rows_s": t2 - t1,
        "call_transcripts_s": t3 - t2,
        "fts_s": t4 - t3,
        "commit_s": time.perf_counter() - t4,
    }
    result = {
        "segments": len(segments),
        "ingest_writer": {k: round(v, 2) for k, v in ingest.items()},
        "ingest_writer_s": round(sum(ingest.values()), 2),
        "anonymize_writer": {k: round(v, 2) for k, v in anonymize.items()},
        "anonymize_writer_s": round(sum(anonymize.values()), 2),
        "file_mb_after": round(path.stat().st_size / 1e6),
    }
    say(
        f"batch write {attempt + 1} (200 recordings, {len(segments)} segments): ingest-style "
        f"writer {result['ingest_writer_s']} s {result['ingest_writer']}; anonymize-style writer "
        f"{result['anonymize_writer_s']} s {result['anonymize_writer']}; "
        f"file {result['file_mb_after']} MB"
    )
    return result


# ---- not in the product: an incremental search index, to size the fix for the FTS rebuild -----

TOKENS = "unnest(string_split_regex(lower(strip_accents({})), '[^a-z]+'))"  # as fts tokenizes
TERMS_SQL = f"""
    SELECT call_id, term, count(*) AS tf
    FROM (SELECT call_id, {TOKENS.format("text")} AS term FROM call_transcripts WHERE {{where}})
    WHERE term <> '' GROUP BY ALL ORDER BY term
"""  # sorted by term, so a search reads few row groups (zone maps); batches append small runs
BM25_SQL = f"""
    WITH stats AS (SELECT count(*) AS n, avg(len) AS avgdl FROM call_lengths),
    query AS (SELECT DISTINCT {TOKENS.format("?")} AS term),
    df AS (SELECT term, count(*) AS df FROM call_terms WHERE term IN (FROM query) GROUP BY term)
    SELECT t.call_id, sum(ln((n - df + 0.5) / (df + 0.5) + 1) * tf * 2.2
                          / (tf + 1.2 * (0.25 + 0.75 * len / avgdl))) AS score
    FROM call_terms t JOIN df USING (term) JOIN call_lengths USING (call_id), stats
    GROUP BY t.call_id ORDER BY score DESC LIMIT 20
"""


def term_table_alternative(warehouse, fts_top20: dict[str, list[str]]) -> dict:
    """BM25 over plain tables (call_terms, call_lengths) that a batch updates for its own calls
    only, instead of rebuilding DuckDB's FTS index over every call. Measured on the same file
    after the product's figures; `overlap` counts top-20 calls shared with match_bm25."""

    def update(con, where: str, params: list) -> None:
        con.execute(f"INSERT INTO call_terms {TERMS_SQL.format(where=where)}", params)
        con.execute(
            "INSERT INTO call_lengths SELECT call_id, sum(tf) FROM "
            f"({TERMS_SQL.format(where=where)}) GROUP BY call_id",
            params,
        )

    started = time.perf_counter()
    with warehouse.writer() as con:
        con.execute("CREATE TABLE call_terms (call_id VARCHAR, term VARCHAR, tf INTEGER)")
        con.execute("CREATE TABLE call_lengths (call_id VARCHAR, len INTEGER)")
        update(con, "true", [])
    out: dict = {"build_s": round(time.perf_counter() - started, 1), "search": {}}
    with warehouse.read() as con:
        out["rows"] = con.execute("SELECT count(*) FROM call_terms").fetchone()[0]
        batch = con.execute("SELECT call_id FROM calls ORDER BY started_at DESC LIMIT 200")
        batch_ids = [row[0] for row in batch.fetchall()]
        for word, expected in fts_top20.items():
            _, median, rows = median_of(5, lambda w=word: con.execute(BM25_SQL, [w]).fetchall())
            overlap = len(set(expected) & {row[0] for row in rows})
            out["search"][word] = {"median_s": round(median, 3), "overlap": overlap}
    t0 = time.perf_counter()
    with warehouse.writer() as con:
        t1 = time.perf_counter()
        for table in ("call_terms", "call_lengths"):
            con.execute(f"DELETE FROM {table} WHERE call_id IN (SELECT unnest(?))", [batch_ids])
        update(con, "call_id IN (SELECT unnest(?))", [batch_ids])
        t2 = time.perf_counter()
    out["batch_update"] = {
        "copy_s": round(t1 - t0, 2),
        "update_s": round(t2 - t1, 2),
        "commit_s": round(time.perf_counter() - t2, 2),
    }
    say(f"not in the product, incremental term table: {out}")
    return out


# ---- the driver ---------------------------------------------------------------------------------

FULL = {"sensor_sizes": "100000,1000000", "batch_keys": 1000, "warehouse_calls": 100_000}
QUICK = {"sensor_sizes": "10000,100000", "batch_keys": 200, "warehouse_calls": 10_000}


def run_part(scratch: Path, args: list[str], env: dict[str, str] | None = None) -> dict:
    """One part in a fresh process; its progress lines stream through, its result comes back."""
    folder = Path(tempfile.mkdtemp(prefix=args[0] + "-", dir=scratch))
    command = [sys.executable, __file__, "--part", *args, "--scratch", str(folder)]
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
            else:
                print(line, end="", flush=True)
        proc.wait()
    if proc.returncode or result is None:
        print(log.read_text()[-3000:])
        raise SystemExit(f"part {args} failed (exit {proc.returncode})")
    return result


def summary(results: dict) -> None:
    print("\n== summary ==")
    if "sensor" in results:
        print("sensor tick, 50 new calls, cursor after earlier polls (target <= 0.2 s):")
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
    batches = [r for k, r in results.items() if k.startswith("batch")]
    if batches:
        print("bookkeeping of one single run (target <= 50 ms per recording):")
        print(
            f"{'kind':>10} {'subset env':>10} {'keys':>5} {'run s':>6} {'work s':>6} "
            f"{'ms/rec':>7} {'before step s':>13} {'planned events':>14}"
        )
        for r in batches:
            planned = r["events"].get("ASSET_MATERIALIZATION_PLANNED", 0)
            print(
                f"{r['kind']:>10} {r['subset_env']:>10} {r['keys']:>5} {r['run_s']:>6} "
                f"{r['work_s']:>6} {r['bookkeeping_ms_per_recording']:>7} "
                f"{r['before_step_s']:>13} {planned:>14}"
            )
    for key in [k for k in results if k.startswith("verify")]:
        r = results[key]
        print(
            f"6 broken of 40, {SUBSET_ENV}={r['subset_env']}: shown failed {r['bad_show_failed']} "
            f"(status {r['bad_status']}); retry ranges {r['retry_ranges']} for broken positions "
            f"{r['broken_positions']}: exact {r['retry_covers_exactly_them']}, "
            f"good ones re-run {r['retry_covers_good_ones']}; `unfinished` in partition order "
            f"{r['unfinished_in_partition_order']}"
        )
    if "warehouse" in results:
        r = results["warehouse"]
        rows = r["setup"]["rows"]
        print(
            f"warehouse: {rows['calls']} calls, {rows['recordings']} recordings, "
            f"{rows['transcript_segments']} segments, file {r['file_mb']} MB "
            f"(targets: queries <= 0.2 s, median of 5)"
        )
        for key in [k for k in r if k.startswith("search_")]:
            q = r[key]
            print(
                f"  search '{q['word']}' ({q['matching_calls']} calls match): top 20 in "
                f"{q['median_s']} s (first {q['first_s']} s)"
            )
        print(
            f"  per-agent daily report ({r['agent_day']['rows']} rows): "
            f"{r['agent_day']['median_s']} s; load_fts {r['load_fts_s']} s"
        )
        for i, w in enumerate(r["writes"], 1):
            print(
                f"  batch write {i}: ingest-style writer {w['ingest_writer_s']} s, "
                f"anonymize-style writer {w['anonymize_writer_s']} s "
                f"(FTS rebuild {w['anonymize_writer']['fts_s']} s), file {w['file_mb_after']} MB"
            )
    if "warehouse" in results and "alternative" in results["warehouse"]:
        a = results["warehouse"]["alternative"]
        searches = ", ".join(
            f"'{w}' {q['median_s']} s ({q['overlap']}/20 same as fts)"
            for w, q in a["search"].items()
        )
        print(
            f"  not in the product, incremental term table ({a['rows']} rows, one-off build "
            f"{a['build_s']} s): search {searches}; batch update {a['batch_update']}"
        )
    peaks = ", ".join(f"{k} {r['peak_rss_mb']}" for k, r in results.items())
    print(f"peak RSS MB per part: {peaks}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    parser.add_argument("--only", default="sensor,batch,verify,warehouse")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    parser.add_argument("--part", nargs="*", help=argparse.SUPPRESS)  # internal: one part
    parser.add_argument("--scratch", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part:
        one_part(args.part, Path(args.scratch))
        return
    sizes = QUICK if args.quick else FULL
    scratch = Path(tempfile.mkdtemp(prefix="spinoco-scale-", dir="/tmp"))
    only = set(args.only.split(","))
    results: dict = {}
    started = time.perf_counter()
    try:
        if "sensor" in only:
            results["sensor"] = run_part(scratch, ["sensor", sizes["sensor_sizes"]])
        for kind in ("standin-1", "standin-3", "real") if "batch" in only else ():
            for flag in ("0", "1"):
                results[f"batch {kind} {flag}"] = run_part(
                    scratch, ["batch", str(sizes["batch_keys"]), kind], {SUBSET_ENV: flag}
                )
        for flag in ("0", "1") if "verify" in only else ():
            results[f"verify {flag}"] = run_part(scratch, ["verify"], {SUBSET_ENV: flag})
        if "warehouse" in only:
            results["warehouse"] = run_part(scratch, ["warehouse", str(sizes["warehouse_calls"])])
    finally:
        if args.keep:
            print(f"scratch kept in {scratch}")
        else:
            subprocess.run(["rm", "-rf", str(scratch)], check=False)
    summary(results)
    print(f"(all parts: {time.perf_counter() - started:.0f} s)")


def one_part(part: list[str], scratch: Path) -> None:
    name, *rest = part
    if name == "sensor":
        part_sensor([int(n) for n in rest[0].split(",")], 50, scratch)
    elif name == "batch":
        part_batch(int(rest[0]), rest[1], scratch)
    elif name == "verify":
        part_verify(scratch)
    elif name == "warehouse":
        part_warehouse(int(rest[0]), scratch)
    else:
        raise SystemExit(f"unknown part {name}")


if __name__ == "__main__":
    main()
