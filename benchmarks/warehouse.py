"""The analysts' warehouse (a DuckLake) as the history grows: what a batch costs at each size.

    .venv/bin/python benchmarks/warehouse.py --calls 100000,1000000   # about 30 min, 9 GB RAM
    .venv/bin/python benchmarks/warehouse.py --quick                  # 10,000 and 100,000 calls

Per size, in its own process: a synthetic history loaded in chunks of 100k calls (calls,
recordings, stats, ~20 segments per recording, pii counts, metrics; call_transcripts, the
search index and the per-agent report kept by the pipeline's own functions), then three batches
of 200 new recordings written as the stages write them (one transaction per stage), while an
analyst process searches for each batch's marker word; then a re-materialization batch, the
analyst's queries (search top 20 for a frequent, a mid and a rare word; the per-agent daily
report; median of 5), the hourly compaction and the erasure of one call (physically gone).
Prints one `RESULT {...}` line per size with batch_write_s (median of the new batches, all
stages), bytes_written_per_recording (/proc/self/io), fts_top20_s, agent_report_s and
search_lag_s (the anonymize stage's write start to the analyst's first hit). All data is synthetic.
"""

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import RESULT, emit, median_of, run_part, say

from spinoco_assets.warehouse.writer import analyst_connection

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


def fill_chunk(con, first: int, count: int, total: int, into: str = "g_") -> None:
    """Synthetic calls `first`..`first + count` of `total` (spread over 2025) with their
    recordings, stats, segments, pii counts and metrics, generated inside DuckDB (fast), into
    tables named `into` + the warehouse's table name."""
    macros(con)
    con.execute(
        f"""
        INSERT INTO {into}calls
        SELECT uuid()::VARCHAR, CASE WHEN i % 10 < 7 THEN 'inbound' ELSE 'outbound' END,
               TIMESTAMPTZ '2025-01-01 07:00:00+00' + to_seconds(i * (31536000 // {total})),
               NULL, NULL, 'agent-' || lpad((hash(i, 'a') % 40)::VARCHAR, 2, '0'),
               'ck-' || md5(i::VARCHAR || 'caller'), 'ck-' || md5('company'), 0
        FROM range({first}, {first + count}) t(i)
        """
    )
    con.execute(
        f"""
        UPDATE {into}calls
        SET answered_at = started_at + to_seconds(5 + hash(call_id) % 20),
            ended_at = started_at + to_seconds(60 + hash(call_id, 'e') % 600)
        """
    )
    con.execute(
        f"""
        INSERT INTO {into}recordings
        SELECT uuid()::VARCHAR, call_id, answered_at + to_seconds(n * 200),
               1000 * (epoch(ended_at) - epoch(answered_at)) // 1,
               (epoch(ended_at) - epoch(answered_at)), 0.0, 2, 8000,
               (epoch(ended_at) - epoch(answered_at))::BIGINT * 2000, md5(call_id || n),
               false, ended_at, started_at
        FROM {into}calls, range(CASE WHEN hash(call_id, 'two') % 10 = 0 THEN 2 ELSE 1 END) r(n)
        """
    )
    con.execute(
        f"""
        INSERT INTO {into}transcript_stats
        SELECT recording_id, call_id, 'cs', 0.97, duration_ms / 1000.0,
               duration_ms / 1000.0 * 0.35, duration_ms / 1000.0 * 0.45, 200, 20, 3, 0,
               'large-v3', 'v1', duration_ms / 1000.0 / 4, ingested_at, call_started_at
        FROM {into}recordings
        """
    )
    segments_sql(
        con,
        f"SELECT recording_id, call_id, call_started_at FROM {into}recordings",
        f"{into}transcript_segments",
    )
    con.execute(
        f"""
        INSERT INTO {into}pii_counts
        SELECT call_id, recording_id, pick(['PHONE', 'NAME', 'EMAIL'], hash(recording_id)), 1,
               call_started_at
        FROM {into}recordings
        """
    )
    con.execute(
        f"""
        INSERT INTO {into}call_metrics
        SELECT call_id, recording_id, role, audio_s * share, 100, 130.0, share,
               10.0, (hash(recording_id, role) % 4)::INTEGER, 1.5, NULL, NULL, NULL,
               CASE WHEN role <> 'customer' THEN 1.2 END, NULL, call_started_at
        FROM (SELECT recording_id, call_id, duration_ms / 1000.0 AS audio_s, call_started_at
              FROM {into}recordings),
             (VALUES ('agent', 0.45), ('customer', 0.35), ('call', 0.8)) v(role, share)
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
            SELECT recording_id, call_id, s AS segment_no, hash(recording_id, s) AS h,
                   call_started_at
            FROM ({recordings_query}), range(10 + (hash(recording_id) % 21)::BIGINT) t(s)
        )
        SELECT recording_id, call_id, segment_no, segment_no * 6.0, segment_no * 6.0 + 5.0,
               CASE WHEN segment_no % 2 = 0 THEN 'agent' ELSE 'customer' END,
               array_to_string(list_transform(
                   range(4 + (h % 13)::BIGINT),
                   lambda i: CASE
                       WHEN hash(h, i, 'p') % 60 = 0 THEN pick($placeholders, hash(h, i))
                       WHEN hash(h, i, 't') % 7 = 0
                           THEN pick($syl, hash(h, i)) || pick($syl, hash(h, i) // 20)
                                || pick($syl, hash(h, i) // 400) || pick($syl, hash(h, i) // 8000)
                       ELSE $common[1 + floor(len($common) * pow(u(hash(h, i)), 2.5))::BIGINT]
                   END), ' '), call_started_at
        FROM segs
        """,
        {"common": COMMON, "syl": SYLLABLES, "placeholders": PLACEHOLDERS},
    )


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


SIZES, QUICK_SIZES = (100_000, 1_000_000), (10_000, 100_000)
CHUNK = 100_000  # history calls generated and loaded per transaction
BATCH = 200  # recordings (one call each) per pipeline batch
NEW_BATCHES = 3
MARKERS = [f"novyhovor{c}" for c in "abcdefgh"[:NEW_BATCHES]]  # one word per new batch
REMAT_MARKER, ERASE_MARKER = "prepsanyzaznam", "qxjzvkwpfgbhy"  # words the generator never makes


def io_written() -> int:
    """Bytes this process has caused to be written to storage (/proc/self/io)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("write_bytes:"):
            return int(line.split()[1])
    raise RuntimeError("no write_bytes in /proc/self/io")


def generated(con, first: int, count: int, total: int) -> None:
    """Empty g_* temp tables shaped like the warehouse's, filled with synthetic calls."""
    from spinoco_assets.warehouse.tables import BASE_TABLES

    for table in BASE_TABLES:
        con.execute(f"CREATE OR REPLACE TEMP TABLE g_{table.name} AS FROM {table.name} LIMIT 0")
    fill_chunk(con, first, count, total)


def load_history(warehouse, calls: int) -> dict:
    """The history in chunks of CHUNK calls, each one transaction, through the same
    functions the pipeline's stages use to keep call_transcripts, search and reports."""
    from spinoco_assets.warehouse.derived import (
        agent_days,
        rebuild_call_transcripts,
        refresh_agent_daily,
    )
    from spinoco_assets.warehouse.tables import BASE_TABLES

    started = time.perf_counter()
    for first in range(0, calls, CHUNK):
        with warehouse.writer() as con:
            generated(con, first, min(CHUNK, calls - first), calls)
            for table in BASE_TABLES:
                con.execute(f"INSERT INTO {table.name} FROM temp.g_{table.name}")
            ids = [c for (c,) in con.execute("SELECT call_id FROM temp.g_calls").fetchall()]
            rebuild_call_transcripts(con, ids, fresh="temp.g_transcript_segments")
            refresh_agent_daily(con, agent_days(con, ids))
        say(f"history {first + CHUNK:,}/{calls:,} calls ({time.perf_counter() - started:.0f} s)")
    maintained = warehouse.maintain(keep_snapshots_s=0)
    return {"load_s": round(time.perf_counter() - started), **maintained}


def new_batch(warehouse, first: int, total: int, marker: str) -> dict[str, list[dict]]:
    """BATCH new calls as Python rows, the shape the stages hand to replace_rows."""
    with warehouse.read() as con:
        generated(con, first, BATCH, total)
        con.execute(
            "DELETE FROM g_recordings WHERE recording_id NOT IN "
            "(SELECT min(recording_id) FROM g_recordings GROUP BY call_id)"
        )
        for table in ("transcript_stats", "transcript_segments", "pii_counts", "call_metrics"):
            con.execute(
                f"DELETE FROM g_{table} WHERE recording_id NOT IN "
                "(SELECT recording_id FROM g_recordings)"
            )
        con.execute(f"UPDATE g_transcript_segments SET text = text || ' {marker}'")
        return {t: rows_of(con, f"FROM g_{t}") for t in TABLE_NAMES}


def remat_batch(warehouse, marker: str) -> dict[str, list[dict]]:
    """BATCH existing recordings transcribed again: new segments, the rest as they were."""
    with warehouse.read() as con:
        picked = (
            "SELECT recording_id, call_id, call_started_at "
            f"FROM recordings USING SAMPLE {BATCH} ROWS"
        )
        con.execute(f"CREATE OR REPLACE TEMP TABLE picked AS {picked}")
        out = {
            t: rows_of(con, f"FROM {t} WHERE recording_id IN (SELECT recording_id FROM picked)")
            for t in TABLE_NAMES
            if t != "calls"
        }
        out["calls"] = rows_of(con, "FROM calls WHERE call_id IN (SELECT call_id FROM picked)")
        con.execute(
            "CREATE OR REPLACE TEMP TABLE g_transcript_segments AS FROM transcript_segments LIMIT 0"
        )
        segments_sql(con, "FROM temp.picked", "temp.g_transcript_segments")
        con.execute(f"UPDATE g_transcript_segments SET text = text || ' {marker}'")
        out["transcript_segments"] = rows_of(con, "FROM g_transcript_segments")
    return out


TABLE_NAMES = (
    "calls",
    "recordings",
    "transcript_stats",
    "transcript_segments",
    "pii_counts",
    "call_metrics",
)


def write_batch(warehouse, rows: dict[str, list[dict]]) -> dict:
    """A batch's warehouse writes as the stages make them: one transaction per stage."""
    from spinoco_assets.warehouse import tables as t
    from spinoco_assets.warehouse.derived import (
        agent_days,
        publish_transcripts,
        refresh_agent_daily,
        replace_calls,
    )
    from spinoco_assets.warehouse.writer import replace_rows, since

    rids = [r["recording_id"] for r in rows["recordings"]]
    calls = sorted({r["call_id"] for r in rows["recordings"]})
    window = since(r["started_at"] for r in rows["calls"])  # the stages' Batch.since()
    timings, io0, started = {}, io_written(), time.time()
    t0 = time.perf_counter()
    with warehouse.writer() as con:  # recordings stage
        replace_calls(con, rows["calls"], window)
        replace_rows(con, t.RECORDINGS, rids, rows["recordings"], window)
    timings["ingest_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with warehouse.writer() as con:  # transcripts stage
        replace_rows(con, t.TRANSCRIPT_STATS, rids, rows["transcript_stats"], window)
    timings["transcribe_s"] = time.perf_counter() - t0
    t0, anonymize_started = time.perf_counter(), time.time()
    with warehouse.writer() as con:  # anonymize stage (publish)
        recordings = {r["recording_id"]: r["call_id"] for r in rows["recordings"]}
        segments, counts = rows["transcript_segments"], rows["pii_counts"]
        publish_transcripts(con, recordings, segments, counts, window)
    timings["anonymize_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with warehouse.writer() as con:  # analytics stage
        replace_rows(con, t.CALL_METRICS, rids, rows["call_metrics"], window)
        refresh_agent_daily(con, agent_days(con, calls, window))
    timings["analytics_s"] = time.perf_counter() - t0
    out = {k: round(v, 3) for k, v in timings.items()}
    out["s"] = round(sum(timings.values()), 3)
    out["written_bytes"] = io_written() - io0
    out["started"], out["anonymize_started"] = started, anonymize_started
    return out


def reader_main(catalog: Path, log: Path, words: list[str]) -> None:
    """An analyst process: searches for each new batch's marker every 0.1 s, in order, and
    counts calls in between, until told to stop (`log`.stop); JSON lines of events."""
    con = analyst_connection(catalog)
    stop, queries, pending = Path(str(log) + ".stop"), 0, list(words)
    with log.open("a") as f:
        f.write(json.dumps({"event": "ready"}) + "\n")
        f.flush()
        while not stop.exists():
            try:
                if pending and con.execute("FROM search(?)", [pending[0]]).fetchall():
                    f.write(
                        json.dumps({"event": "found", "word": pending.pop(0), "t": time.time()})
                        + "\n"
                    )
                    f.flush()
                con.execute("SELECT count(*) FROM calls").fetchall()
                queries += 1
            except Exception as error:  # noqa: BLE001 - recorded: the point of the reader
                f.write(json.dumps({"event": "error", "error": str(error)[:300]}) + "\n")
                f.flush()
            time.sleep(0.1)
        f.write(json.dumps({"event": "done", "queries": queries}) + "\n")


def events(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


def grep(folder: Path, word: str) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.is_file() and word.encode() in p.read_bytes()]


def part_size(calls: int, scratch: Path) -> None:
    from spinoco_assets.warehouse.derived import erase_rows
    from spinoco_assets.warehouse.writer import Warehouse

    warehouse = Warehouse(scratch / "warehouse.ducklake")
    out: dict = {"calls": calls, "history": load_history(warehouse, calls)}
    out["lake_mb"] = round(sum(p.stat().st_size for p in scratch.rglob("*") if p.is_file()) / 1e6)
    say(f"history loaded: {out['history']}, {out['lake_mb']} MB")

    log = scratch / "reader.jsonl"
    reader = subprocess.Popen(
        [sys.executable, __file__, "--reader", str(warehouse.path), str(log), *MARKERS],
        stdout=subprocess.DEVNULL,
        stderr=(scratch / "reader.err").open("w"),
    )
    while not log.exists() or not events(log):
        time.sleep(0.1)
    batches = [new_batch(warehouse, calls + i * BATCH, calls, m) for i, m in enumerate(MARKERS)]
    writes = []
    for rows in batches:
        writes.append(write_batch(warehouse, rows))
        say(f"batch of {BATCH} new recordings: {writes[-1]}")
        time.sleep(1)
    deadline = time.time() + 120
    while len([e for e in events(log) if e["event"] == "found"]) < len(MARKERS):
        if time.time() > deadline:
            break
        time.sleep(0.2)
    found = {e["word"]: e["t"] for e in events(log) if e["event"] == "found"}
    lags = [
        round(found[m] - w["anonymize_started"], 3)
        for m, w in zip(MARKERS, writes, strict=True)
        if m in found
    ]
    remat = write_batch(warehouse, remat_batch(warehouse, REMAT_MARKER))
    say(f"re-materialization of {BATCH} existing recordings: {remat}")

    con = analyst_connection(warehouse.path)
    rare = con.execute(
        "SELECT term FROM search_terms WHERE length(term) >= 8 AND term NOT LIKE 'novyhovor%' "
        "AND term <> ? GROUP BY term ORDER BY abs(count(*) - 20), term LIMIT 1",
        [REMAT_MARKER],
    ).fetchone()[0]
    searches = {}
    for word in (*SEARCH_WORDS.values(), rare):
        first, median, rows = median_of(
            5, lambda w=word: con.execute("FROM search(?)", [w]).fetchall()
        )
        searches[word] = {
            "first_s": round(first, 3),
            "median_s": round(median, 3),
            "results": len(rows),
        }
    say(f"search top 20: {searches}")
    first, report_s, report = median_of(
        5, lambda: con.execute("FROM agent_daily_metrics ORDER BY agent_id, day").fetchall()
    )
    say(f"per-agent daily report ({len(report)} rows): {report_s:.3f} s (first {first:.3f} s)")
    exact = {
        "calls": con.execute("SELECT count(*) = count(DISTINCT call_id) FROM calls").fetchone()[0],
        "docs": con.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        == con.execute("SELECT count(*) FROM call_transcripts").fetchone()[0],
        "remat_findable": len(con.execute("FROM search(?, k := 1000)", [REMAT_MARKER]).fetchall())
        == len({r["call_id"] for r in remat_batch_calls(con)}),
    }
    con.close()

    t0 = time.perf_counter()  # routine maintenance, then erase one call physically
    maintained = warehouse.maintain(keep_snapshots_s=0)
    maintenance_s = time.perf_counter() - t0
    with warehouse.read() as c:
        victim = c.execute(
            "SELECT call_id FROM call_transcripts WHERE call_id IN "
            "(SELECT call_id FROM recordings USING SAMPLE 1 ROWS)"
        ).fetchone()[0]
        rids = [
            r
            for (r,) in c.execute(
                "SELECT recording_id FROM recordings WHERE call_id = ?", [victim]
            ).fetchall()
        ]
    with warehouse.writer() as c:
        c.execute(
            "UPDATE transcript_segments SET text = text || ? WHERE call_id = ?",
            [" " + ERASE_MARKER, victim],
        )
    warehouse.maintain(keep_snapshots_s=0)
    before = grep(scratch, ERASE_MARKER)
    t0 = time.perf_counter()
    with warehouse.writer() as c:
        erase_rows(c, [victim], rids)
    warehouse.purge()
    erase_s = time.perf_counter() - t0
    after = grep(scratch, ERASE_MARKER)
    say(f"erase one call: {erase_s:.1f} s; marker in files before {before}, after {after}")

    Path(str(log) + ".stop").touch()
    reader.wait(timeout=120)
    errors = [e for e in events(log) if e["event"] == "error"]
    done = [e for e in events(log) if e["event"] == "done"]
    out.update(
        {
            "batch_write_s": statistics.median(w["s"] for w in writes),
            "bytes_written_per_recording": round(
                statistics.median(w["written_bytes"] for w in writes) / BATCH
            ),
            "fts_top20_s": statistics.median(s["median_s"] for s in searches.values()),
            "agent_report_s": round(report_s, 3),
            "search_lag_s": max(lags) if len(lags) == len(MARKERS) else None,
            "search_lags_s": lags,
            "remat_batch_write_s": remat["s"],
            "writes": [{k: v for k, v in w.items() if "started" not in k} for w in writes],
            "searches": searches,
            "exact": exact,
            "maintenance_s": round(maintenance_s, 1),
            "maintenance": maintained,
            "erase_s": round(erase_s, 1),
            "erased_physically": bool(before) and not after,
            "reader": {
                "queries": done[0]["queries"] if done else None,
                "errors": len(errors),
                "first_errors": [e["error"] for e in errors[:3]],
            },
        }
    )
    emit(out)


def remat_batch_calls(con) -> list[dict]:
    return rows_of(
        con,
        "SELECT DISTINCT call_id FROM transcript_segments WHERE text LIKE ?",
        [f"%{REMAT_MARKER}%"],
    )


def rows_of(con, sql: str, params=None) -> list[dict]:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", default=",".join(map(str, SIZES)), help="history sizes")
    parser.add_argument("--quick", action="store_true", help="10,000 and 100,000 calls")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    parser.add_argument("--part", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--scratch", help=argparse.SUPPRESS)
    parser.add_argument("--reader", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.reader:
        reader_main(Path(args.reader[0]), Path(args.reader[1]), args.reader[2:])
        return
    if args.part:
        part_size(int(args.part[1]), Path(args.scratch))
        return
    sizes = QUICK_SIZES if args.quick else tuple(int(n) for n in args.calls.split(","))
    scratch = Path(tempfile.mkdtemp(prefix="spinoco-warehouse-", dir="/tmp"))
    results = []
    try:
        for calls in sizes:
            results.append(run_part(__file__, scratch, ["size", str(calls)], None))
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    print(
        "\n== goals at 1M calls: batch <= 1 s, <= 10 MB written per recording, queries <= 0.2 s,"
        " search lag <= 60 s =="
    )
    for r in results:
        print(RESULT + json.dumps({k: r[k] for k in KEYS}))


KEYS = (
    "calls",
    "batch_write_s",
    "bytes_written_per_recording",
    "fts_top20_s",
    "agent_report_s",
    "search_lag_s",
)


if __name__ == "__main__":
    main()
