"""Candidate designs for the analysts' warehouse, side by side at several history sizes.

    .venv/bin/python benchmarks/warehouse_design.py                  # 100,000 and 1,000,000 calls
    .venv/bin/python benchmarks/warehouse_design.py --quick          # 10,000 and 100,000 calls
    .venv/bin/python benchmarks/warehouse_design.py --calls 300000 --designs ducklake

Needs the offline DuckDB extensions for DuckLake in the venv (see DUCKLAKE_PACKAGES below):
    .venv/bin/pip install duckdb-extension-ducklake==1.5.5 \
        duckdb-extension-sqlite-scanner==1.5.5 duckdb-extension-parquet==1.5.5

For each size a `generate` part writes a synthetic history (benchmarks/warehouse.py's generator, in
chunks of 100k calls, so 1M calls fit in memory) to Parquet staging files, plus three batches of
200 new recordings (one call each) and one re-materialization batch of 200 existing recordings.
Then each design loads that same history in its own process and is measured:

  copy_on_write  today's design (spinoco_assets/warehouse/writer.py): every write copies the whole
                 DuckDB file, changes the copy and renames it over; the fts index is rebuilt whole
                 by a schedule (pipeline/search.py, every 10 min) as one more copy-on-write write.
  ducklake       DuckLake 1.0, SQLite catalog, Parquet data files. A batch is one transaction:
                 delete the batch's keys, insert the rows, and maintain an incremental term index
                 (call_terms(term, doc, tf, dl) sorted by term + call_len(doc, call_id, started_at,
                 n)); BM25 is computed in SQL at query time with the fts extension's formula.
                 The per-agent daily report is also kept as a table, agent_daily, recomputed
                 in the same transaction for the (agent, day) groups a batch touches.
                 Analysts ATTACH the catalog READ_ONLY and read while the pipeline commits.
                 Erasure: delete, then rewrite the files holding deletes, expire snapshots,
                 delete old files, VACUUM the SQLite catalog (after a routine maintenance pass).

Per design and size one line `RESULT {...}` with batch_write_s (median of the new batches),
bytes_written_per_recording (/proc/self/io write_bytes during a batch write / 200), fts_top20_s
(median over a frequent, a mid and a rare word of each word's median of 5), agent_report_s
(median of 5), search_lag_s, erase_s (delete one call and make it physically gone) and details.
Synthetic data only (invented Czech call-centre words, @TYPE_NNN placeholders); everything is
written under a temporary folder that is deleted at the end (--keep keeps it).
"""

import argparse
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import emit, median_of, run_part, say

SIZES, QUICK_SIZES = (100_000, 1_000_000), (10_000, 100_000)
DESIGNS = ("copy_on_write", "ducklake")
CHUNK = 100_000  # calls generated (and loaded) per step
BATCH = 200  # recordings per pipeline batch
NEW_BATCHES = 3
FTS_COMPARE_MAX = 100_000  # compare the term index with DuckDB's fts up to this size
COW_FULL_MAX = 100_000  # above: fts rebuild writes reuse the measured build time (estimated)
SEARCH_INTERVAL_S = 600  # today's search_index_schedule: the fts index is rebuilt every 10 min
DUCKLAKE_PACKAGES = {  # the offline extensions, pip packages pinned to the duckdb version
    "parquet": "duckdb_extension_parquet",
    "sqlite_scanner": "duckdb_extension_sqlite_scanner",  # not duckdb_extension_sqlite (bad entry)
    "ducklake": "duckdb_extension_ducklake",
}
# Markers: letter-only words (so they are single search terms) that the generator never makes.
ERASE_MARKER = "qxjzvkwpfgbhy"  # in the erased call's text; must be physically gone afterwards
REMAT_MARKER = "prepsanyzaznam"  # in every re-materialized recording's new text
NEW_MARKERS = [f"novyhovor{c}" for c in "abcdefgh"[:NEW_BATCHES]]  # one per new batch
HISTORY_TABLES = (
    "calls",
    "recordings",
    "transcript_stats",
    "transcript_segments",
    "call_transcripts",
)
KEYS = {  # rows are replaced per value of this column
    "calls": "call_id",
    "recordings": "recording_id",
    "transcript_stats": "recording_id",
    "transcript_segments": "recording_id",
    "call_transcripts": "call_id",
}
# DuckDB fts's tokenizer (stemmer 'none', strip_accents=1), as its `tokenize` macro defines it.
TOKENS_SQL = r"""list_filter(string_split_regex(regexp_replace(lower(strip_accents({col})),
    '[0-9!@#$%^&*()_+={}\[\]:;<>,.?~\\/\|''''"`-]+', ' ', 'g'), '\s+'), x -> x <> '')"""
# BM25 exactly as DuckDB fts's match_bm25 (k 1.2, b 0.75, log10 idf), over the term index.
LAKE_SEARCH_SQL = """
    WITH stats AS (SELECT count(*)::DOUBLE AS n_docs, avg(n) AS avgdl FROM call_len),
    hits AS (SELECT doc, tf, dl FROM call_terms WHERE term = strip_accents(lower($term))),
    df AS (SELECT count(*)::DOUBLE AS df FROM hits),
    top AS (
        SELECT doc, log((n_docs - df + 0.5) / (df + 0.5) + 1) * tf * (1.2 + 1)
                    / (tf + 1.2 * (1 - 0.75 + 0.75 * dl / avgdl)) AS score
        FROM hits, stats, df ORDER BY score DESC, doc LIMIT 20)
    SELECT l.call_id, l.started_at, top.score FROM top JOIN call_len l USING (doc)
    ORDER BY top.score DESC, l.call_id
"""
FTS_SEARCH_SQL = """
    SELECT call_id, started_at, score FROM (
        SELECT call_id, started_at, fts_main_call_transcripts.match_bm25(call_id, ?) AS score
        FROM call_transcripts)
    WHERE score IS NOT NULL ORDER BY score DESC, call_id LIMIT 20
"""
SEARCH_WORDS = {"frequent": "dobry", "mid": "cerpadlo"}  # and a rare one, df near 20
# ducklake keeps that report as a table, agent_daily, recomputed per batch for the (agent, day)
# groups the batch touches (temp.affected); `since` (the earliest such day) lets the scans skip
# older files and row groups (a recording starts, and is transcribed, after its call started)
AGENT_DAILY_SQL = """
    WITH per_call AS (
        SELECT c.call_id, c.agent_id, CAST(c.started_at AS DATE) AS day,
               epoch(c.ended_at) - epoch(c.answered_at) AS call_s,
               sum(r.duration_ms) / 1000 AS recorded_s,
               sum(s.speech_s_agent) AS agent_talk_s, sum(s.speech_s_customer) AS customer_talk_s
        FROM (FROM calls WHERE started_at >= $since AND {groups}) c
        LEFT JOIN (FROM recordings WHERE started_at >= $since) r USING (call_id)
        LEFT JOIN (FROM transcript_stats WHERE transcribed_at >= $since) s USING (recording_id)
        GROUP BY ALL
    )
    SELECT agent_id, day, count(*) AS calls, avg(call_s) AS avg_call_s,
           avg(recorded_s) AS avg_recorded_s, sum(agent_talk_s) AS agent_talk_s,
           sum(customer_talk_s) AS customer_talk_s
    FROM per_call GROUP BY agent_id, day
"""
AFFECTED = "(agent_id, CAST(started_at AS DATE)) IN (SELECT agent_id, day FROM temp.affected)"
MARKERS_SQL = ", ".join(f"'{m}'" for m in (ERASE_MARKER, REMAT_MARKER, *NEW_MARKERS))
# benchmarks/warehouse.py's per-agent daily report, over the last 30 days (a dashboard's view):
# filters on every table's time column let both designs skip older row groups / files
AGENT_30D_SQL = """
    WITH per_call AS (
        SELECT c.call_id, c.agent_id, CAST(c.started_at AS DATE) AS day,
               epoch(c.ended_at) - epoch(c.answered_at) AS call_s,
               sum(r.duration_ms) / 1000 AS recorded_s,
               sum(s.speech_s_agent) AS agent_talk_s, sum(s.speech_s_customer) AS customer_talk_s
        FROM (FROM calls WHERE started_at >= $since) c
        LEFT JOIN (FROM recordings WHERE started_at >= $since) r USING (call_id)
        LEFT JOIN (FROM transcript_stats WHERE transcribed_at >= $since) s USING (recording_id)
        GROUP BY ALL
    )
    SELECT agent_id, day, count(*) AS calls, avg(call_s) AS avg_call_s,
           avg(recorded_s) AS avg_recorded_s, sum(agent_talk_s) AS agent_talk_s,
           sum(customer_talk_s) AS customer_talk_s
    FROM per_call GROUP BY agent_id, day ORDER BY agent_id, day
"""


def io_written() -> int:
    """Bytes this process caused to be written to storage so far (page cache included)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("write_bytes:"):
            return int(line.split()[1])
    return 0


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def grep_files(root: Path, needle: str) -> list[str]:
    """Files under root whose raw bytes contain needle (what a disk image would show)."""
    found = subprocess.run(["grep", "-rlF", needle, str(root)], capture_output=True, text=True)
    return sorted(found.stdout.split())


def r3(x: float) -> float:
    return round(x, 3)


# ----------------------------------------------------------------------------- synthetic data


def ct_sql(segments: str, recordings: str) -> str:
    """call_transcripts rows from segments and recordings (writer.rebuild_call_transcripts)."""
    return f"""
        WITH segs AS (
            SELECT s.call_id, s.recording_id, s.segment_no, s.role, s.text,
                   coalesce(epoch(r.started_at) - min(epoch(r.started_at))
                            OVER (PARTITION BY s.call_id), 0) + s.start_s AS offset_s,
                   r.started_at
            FROM {segments} s LEFT JOIN {recordings} r USING (recording_id)
        )
        SELECT call_id, count(DISTINCT recording_id), min(started_at),
               string_agg(printf('[%02d:%02d] %s: %s', CAST(offset_s // 60 AS INTEGER),
                                 CAST(offset_s % 60 AS INTEGER), role, text),
                          chr(10) ORDER BY offset_s, recording_id, segment_no)
        FROM segs GROUP BY call_id
    """


def generate_calls(con, lo: int, hi: int, total: int, two_recordings: bool) -> None:
    """Calls lo..hi of a year of `total` calls (later ones after the year's end), their
    recordings (one in ten has two, if two_recordings), stats and ~20 segments each."""
    from warehouse import segments_sql

    for table in HISTORY_TABLES:
        con.execute(f"DELETE FROM {table}")
    con.execute(
        f"""
        INSERT INTO calls
        SELECT call_id, CASE WHEN i % 10 < 7 THEN 'inbound' ELSE 'outbound' END, started_at,
               started_at + to_seconds(5 + hash(i, 'r') % 20),
               started_at + to_seconds(60 + hash(i, 'e') % 600),
               'agent-' || lpad((hash(i, 'a') % 40)::VARCHAR, 2, '0'),
               'ck-' || md5(i::VARCHAR || 'caller'), 'ck-' || md5('company'), 0
        FROM (SELECT i, uuid()::VARCHAR AS call_id,
                     TIMESTAMPTZ '2025-01-01 07:00:00+00'
                         + to_seconds(i * {31_536_000 // total}) AS started_at
              FROM range({lo}, {hi}) t(i))
        ORDER BY i
        """
    )
    two = "hash(call_id, 'two') % 10 = 0" if two_recordings else "false"
    con.execute(
        f"""
        INSERT INTO recordings
        SELECT uuid()::VARCHAR, call_id, answered_at + to_seconds(n * 200),
               1000 * (epoch(ended_at) - epoch(answered_at)) // 1,
               epoch(ended_at) - epoch(answered_at), NULL, 2, 8000,
               (epoch(ended_at) - epoch(answered_at))::BIGINT * 2000, md5(call_id || n),
               false, ended_at
        FROM calls, range(CASE WHEN {two} THEN 2 ELSE 1 END) r(n)
        ORDER BY started_at, n
        """
    )
    con.execute(
        """
        INSERT INTO transcript_stats
        SELECT recording_id, call_id, 'cs', 0.97, duration_ms / 1000.0,
               duration_ms / 1000.0 * 0.35, duration_ms / 1000.0 * 0.45, 200, 20, 3, 0,
               'large-v3', 'v1', duration_ms / 1000.0 / 4, ingested_at
        FROM recordings ORDER BY started_at
        """
    )
    segments_sql(con, "SELECT recording_id, call_id FROM recordings", "transcript_segments")


def add_word(con, word: str, where: str, prefix: str = "") -> None:
    con.execute(
        f"UPDATE transcript_segments SET text = '{prefix}' || text || ' {word}' WHERE {where}"
    )


def write_staging(con, folder: Path, name: str) -> None:
    for table in HISTORY_TABLES:
        (folder / table).mkdir(parents=True, exist_ok=True)
        con.execute(f"COPY {table} TO '{folder / table / name}' (FORMAT parquet)")


def part_generate(calls: int, scratch: Path) -> None:
    import duckdb

    from spinoco_assets.warehouse.tables import ALL_TABLES

    staging = scratch / "staging"
    con = duckdb.connect(config={"memory_limit": "8GB", "temp_directory": str(scratch / "tmp")})
    for table in ALL_TABLES:
        if table.name in HISTORY_TABLES:
            con.execute(table.ddl())
    erase_i = calls // 2 + 7  # the call erased later; a unique marker in its text
    started = time.perf_counter()
    meta: dict = {"part": "generate", "calls": calls, "staging": str(staging)}
    for k, lo in enumerate(range(0, calls, CHUNK)):
        hi = min(calls, lo + CHUNK)
        generate_calls(con, lo, hi, calls, two_recordings=True)
        if lo <= erase_i < hi:
            meta["erase_call_id"] = con.execute(
                f"SELECT call_id FROM calls LIMIT 1 OFFSET {erase_i - lo}"
            ).fetchone()[0]
            # 'žž' first: the largest text in its file, so its bytes also go into the catalog's
            # min/max column statistics (the worst case for erasure)
            add_word(
                con,
                ERASE_MARKER,
                f"call_id = '{meta['erase_call_id']}' AND segment_no = 3",
                prefix="žž ",
            )
        con.execute(f"INSERT INTO call_transcripts {ct_sql('transcript_segments', 'recordings')}")
        write_staging(con, staging / "history", f"{k:03d}.parquet")
        say(f"generated calls {lo:,}..{hi:,} ({time.perf_counter() - started:.0f} s)")
    for b, marker in enumerate(NEW_MARKERS):  # new calls, after the history
        lo = calls + b * BATCH
        generate_calls(con, lo, lo + BATCH, calls, two_recordings=False)
        add_word(con, marker, "segment_no = 0")
        con.execute(f"INSERT INTO call_transcripts {ct_sql('transcript_segments', 'recordings')}")
        write_staging(con, staging / f"batch_new_{b}", "batch.parquet")
    # re-materialization: 200 existing recordings (not the erased call's) get new segments
    history = staging / "history"
    for table in HISTORY_TABLES:
        con.execute(f"DELETE FROM {table}")
    con.execute(
        f"""
        INSERT INTO recordings
        SELECT * FROM read_parquet('{history}/recordings/*.parquet')
        WHERE call_id <> '{meta["erase_call_id"]}'
        ORDER BY hash(recording_id) LIMIT {BATCH}
        """
    )
    con.execute("UPDATE recordings SET ingested_at = now()")
    con.execute(
        f"""
        INSERT INTO calls SELECT * FROM read_parquet('{history}/calls/*.parquet')
        WHERE call_id IN (SELECT call_id FROM recordings)
        """
    )
    con.execute(
        f"""
        INSERT INTO transcript_stats SELECT * REPLACE (now() AS transcribed_at)
        FROM read_parquet('{history}/transcript_stats/*.parquet')
        WHERE recording_id IN (SELECT recording_id FROM recordings)
        """
    )
    from warehouse import segments_sql

    segments_sql(con, "SELECT recording_id, call_id FROM recordings", "transcript_segments")
    add_word(con, REMAT_MARKER, "segment_no = 0")
    # a call's text spans all its recordings: the other recordings' segments as they are
    con.execute(
        f"""
        CREATE TEMP TABLE call_segments AS
        SELECT * FROM transcript_segments
        UNION ALL
        SELECT * FROM read_parquet('{history}/transcript_segments/*.parquet')
        WHERE call_id IN (SELECT call_id FROM calls)
          AND recording_id NOT IN (SELECT recording_id FROM recordings)
        """
    )
    con.execute(
        f"""
        CREATE TEMP TABLE call_recordings AS
        SELECT * FROM read_parquet('{history}/recordings/*.parquet')
        WHERE call_id IN (SELECT call_id FROM calls)
        """
    )
    con.execute(
        f"INSERT INTO call_transcripts {ct_sql('temp.call_segments', 'temp.call_recordings')}"
    )
    write_staging(con, staging / "batch_remat", "batch.parquet")
    with duckdb.connect() as c:
        for table in HISTORY_TABLES:
            meta[f"rows_{table}"] = c.execute(
                f"SELECT count(*) FROM read_parquet('{history}/{table}/*.parquet')"
            ).fetchone()[0]
        meta["transcript_text_mb"] = round(
            c.execute(
                f"SELECT sum(strlen(text)) / 1e6 "
                f"FROM read_parquet('{history}/call_transcripts/*.parquet')"
            ).fetchone()[0]
        )
        meta["remat_calls"] = c.execute(
            f"SELECT count(*) FROM read_parquet('{staging}/batch_remat/calls/*.parquet')"
        ).fetchone()[0]
    meta["generate_s"] = round(time.perf_counter() - started, 1)
    meta["staging_mb"] = round(folder_bytes(staging) / 1e6)
    say(
        f"history: {meta['rows_calls']:,} calls, {meta['rows_recordings']:,} recordings, "
        f"{meta['rows_transcript_segments']:,} segments, {meta['transcript_text_mb']} MB of "
        f"call text; staging {meta['staging_mb']} MB in {meta['generate_s']} s"
    )
    emit(meta)


def load_meta(staging: Path) -> dict:
    return json.loads((staging / "meta.json").read_text())


def batch_dirs(staging: Path) -> list[Path]:
    return [staging / f"batch_new_{b}" for b in range(NEW_BATCHES)]


def batch_file(batch: Path, table: str) -> str:
    return f"read_parquet('{batch / table / 'batch.parquet'}')"


# ------------------------------------------------------------------------ today's design


def part_copy_on_write(calls: int, staging: Path, scratch: Path) -> None:
    """Today's writer: copy + change + rename per write; the fts index rebuilt whole."""
    import duckdb

    from spinoco_assets.warehouse.tables import ALL_TABLES
    from spinoco_assets.warehouse.writer import Warehouse, create_views, load_fts, rebuild_fts

    meta = load_meta(staging)
    history = staging / "history"
    path = scratch / "warehouse.duckdb"
    out: dict = {"design": "copy_on_write", "calls": calls}
    started = time.perf_counter()
    config = {"memory_limit": "12GB", "temp_directory": str(scratch / "tmp")}
    with duckdb.connect(str(path), config=config) as con:  # the history, once (not timed)
        for table in ALL_TABLES:
            con.execute(table.ddl())
        create_views(con)
        for table in HISTORY_TABLES:
            con.execute(f"INSERT INTO {table} SELECT * FROM read_parquet('{history}/{table}/*')")
        loaded = time.perf_counter()
        rebuild_fts(con)
        fts_built = time.perf_counter()
    out["load_s"] = round(loaded - started, 1)
    out["fts_build_s"] = round(fts_built - loaded, 1)
    out["file_mb"] = round(path.stat().st_size / 1e6)
    say(f"loaded in {out['load_s']} s, fts index in {out['fts_build_s']} s, {out['file_mb']} MB")

    warehouse = Warehouse(path)
    analyst = warehouse.read()  # an analyst's session, open through all the writes below
    load_fts(analyst)
    out.update(search_fts(analyst))
    out.update(agent_reports(analyst))

    writes = []
    for batch in batch_dirs(staging):
        io0, t0 = io_written(), time.perf_counter()
        with warehouse.writer() as con:
            t1 = time.perf_counter()
            for table in HISTORY_TABLES:
                key = KEYS[table]
                con.execute(
                    f"DELETE FROM {table} WHERE {key} IN "
                    f"(SELECT {key} FROM {batch_file(batch, table)})"
                )
                con.execute(f"INSERT INTO {table} SELECT * FROM {batch_file(batch, table)}")
            t2 = time.perf_counter()
        t3 = time.perf_counter()
        writes.append(
            {
                "s": t3 - t0,
                "copy_s": r3(t1 - t0),
                "rows_s": r3(t2 - t1),
                "commit_rename_s": r3(t3 - t2),
                "written_mb": round((io_written() - io0) / 1e6, 1),
            }
        )
        say(f"batch write (copy on write): {r3(t3 - t0)} s {writes[-1]}")
    # what the schedule does every 10 min: one more copy-on-write write that rebuilds fts whole
    full = calls <= COW_FULL_MAX
    out["estimated"] = [] if full else ["fts_rebuild_write_s", "erase_s"]
    if full:
        io0, t0 = io_written(), time.perf_counter()
        with warehouse.writer() as con:
            rebuild_fts(con)
        rebuild_s = time.perf_counter() - t0
        rebuild_mb = (io_written() - io0) / 1e6
    else:  # a copy plus the build measured above (this size's build takes minutes)
        rebuild_s = statistics.median(w["copy_s"] for w in writes) + out["fts_build_s"]
        rebuild_mb = 2 * out["file_mb"]
    say(f"fts rebuild write: {rebuild_s:.1f} s, {rebuild_mb:.0f} MB written (full={full})")
    try:  # the analyst's old session still reads (its snapshot: the file it opened)
        analyst.execute("SELECT count(*) FROM calls").fetchone()
        out["reader_ok"] = True
    except duckdb.Error as error:
        out["reader_ok"] = f"{type(error).__name__}: {error}"
    analyst.close()
    if full:
        with warehouse.read() as con:  # the new batches are findable after the rebuild
            load_fts(con)
            found = [len(con.execute(FTS_SEARCH_SQL, [m]).fetchall()) for m in NEW_MARKERS]
        out["new_batches_found"] = found

    batch_s = statistics.median(w["s"] for w in writes)
    out["batch_write_s"] = r3(batch_s)
    out["bytes_written_per_recording"] = round(
        statistics.median(w["written_mb"] for w in writes) * 1e6 / BATCH
    )
    out["writes"] = writes
    out["fts_rebuild_write_s"] = round(rebuild_s, 1)
    out["fts_rebuild_written_mb"] = round(rebuild_mb)
    out["search_lag_s"] = round(SEARCH_INTERVAL_S + rebuild_s, 1)  # today's worst case
    out["search_lag_best_s"] = round(batch_s + rebuild_s, 1)  # rebuild started right after

    # erasure: delete one call, then every table into a fresh file (+ fts rebuild), as
    # spinoco_assets/erasure.py does with writer(fresh=True)
    cid = meta["erase_call_id"]
    before = grep_files(scratch, ERASE_MARKER)
    t0 = time.perf_counter()
    if not full:  # the fresh rewrite measured without its fts rebuild; the build added
        import spinoco_assets.warehouse.writer as writer_module

        writer_module.rebuild_fts = lambda con: None
    with warehouse.writer(fresh=True) as con:
        for table in HISTORY_TABLES:
            con.execute(f"DELETE FROM {table} WHERE call_id = ?", [cid])
    out["erase_s"] = round(time.perf_counter() - t0 + (0 if full else out["fts_build_s"]), 1)
    after = grep_files(scratch, ERASE_MARKER)
    with warehouse.read() as con:
        if full:
            load_fts(con)
            left = len(con.execute(FTS_SEARCH_SQL, [ERASE_MARKER]).fetchall())
        else:
            left = one(con, "SELECT count(*) FROM transcript_segments WHERE call_id = ?", [cid])
    out["erase_check"] = {
        "marker_files_before": len(before),
        "marker_files_after": len(after),
        "marker_findable_after": left,
    }
    say(f"erase one call (fresh rewrite + fts): {out['erase_s']} s {out['erase_check']}")
    emit(out)


def search_fts(con) -> dict:
    """fts_top20_s with DuckDB's fts index; the rare word is picked from its dictionary."""
    rare = con.execute(
        "SELECT term FROM fts_main_call_transcripts.dict WHERE length(term) >= 8 "
        f"AND term NOT IN ({MARKERS_SQL}) ORDER BY abs(df - 20), term LIMIT 1"
    ).fetchone()[0]
    words = SEARCH_WORDS | {"rare": rare}
    timings = {}
    for label, word in words.items():
        first, median, rows = median_of(
            5, lambda w=word: con.execute(FTS_SEARCH_SQL, [w]).fetchall()
        )
        timings[label] = {"word": word, "first_s": r3(first), "median_s": r3(median)}
        say(f"fts search '{word}': {median:.3f} s (first {first:.3f} s), {len(rows)} rows")
    return {
        "fts_top20_s": r3(statistics.median(t["median_s"] for t in timings.values())),
        "search": timings,
    }


def agent_reports(con) -> dict:
    """The per-agent daily report over the whole history, and over its last 30 days."""
    from warehouse import AGENT_DAY_SQL

    out = {}
    since = one(con, "SELECT max(started_at) - INTERVAL 30 DAY FROM calls")
    for key, sql, params in (
        ("agent_report_s", AGENT_DAY_SQL, {}),
        ("agent_report_30d_s", AGENT_30D_SQL, {"since": since}),
    ):
        first, median, rows = median_of(5, lambda q=sql, p=params: con.execute(q, p).fetchall())
        say(f"{key[:-2]} ({len(rows)} rows): {median:.3f} s (first {first:.3f} s)")
        out[key] = r3(median)
    return out


# ------------------------------------------------------------------------------- DuckLake


def load_lake(con) -> None:
    """LOAD the DuckLake extensions from their pip packages (no network)."""
    import importlib

    import duckdb

    for name, package in DUCKLAKE_PACKAGES.items():
        root = Path(importlib.import_module(package).__file__).parent
        path = root / "extensions" / f"v{duckdb.__version__}" / f"{name}.duckdb_extension"
        con.execute(f"LOAD '{path}'")


def attach_lake(lake: Path, read_only: bool = False):
    import duckdb

    catalog = lake / "catalog.sqlite"
    if not catalog.exists():
        # WAL: readers never block a commit. In SQLite's default rollback journal a reader's
        # catalog read makes the writer's COMMIT wait, and the SQLite inside sqlite_scanner
        # retries only once a second (measured: COMMIT 0.05 s -> 1.1 s with a polling reader).
        with sqlite3.connect(catalog) as db:
            db.execute("PRAGMA journal_mode=WAL")
    con = duckdb.connect()
    load_lake(con)
    options = "READ_ONLY" if read_only else f"DATA_PATH '{lake / 'data'}/'"
    con.execute(f"ATTACH 'ducklake:sqlite:{lake / 'catalog.sqlite'}' AS lake ({options})")
    con.execute("USE lake")
    return con


def lake_create(con) -> None:
    from spinoco_assets.warehouse.tables import ALL_TABLES

    for table in ALL_TABLES:
        if table.name in HISTORY_TABLES:
            con.execute(table.ddl())
    con.execute(
        "CREATE TABLE call_len (doc BIGINT, call_id VARCHAR, started_at TIMESTAMPTZ, n INT)"
    )
    con.execute("CREATE TABLE call_terms (term VARCHAR, doc BIGINT, tf INTEGER, dl INTEGER)")
    con.execute("ALTER TABLE call_terms SET SORTED BY (term)")  # row groups prune by term
    # a search's 20 docs -> call_id: small row groups (doc order) let the lookup skip the rest
    con.execute("CALL lake.set_option('parquet_row_group_size', 2048, table_name => 'call_len')")
    con.execute(
        "CREATE TABLE agent_daily (agent_id VARCHAR, day DATE, calls BIGINT, avg_call_s DOUBLE, "
        "avg_recorded_s DOUBLE, agent_talk_s DOUBLE, customer_talk_s DOUBLE)"
    )


def affected_groups(con, calls_sql: str, params: list) -> None:
    """temp.affected: the (agent, day) groups of the calls `calls_sql` selects (run it before
    the calls' old rows are deleted; the batch's new rows are in it too)."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE affected AS SELECT DISTINCT agent_id, "
        f"CAST(started_at AS DATE) AS day FROM ({calls_sql})",
        params,
    )


def refresh_agent_daily(con) -> None:
    """Recompute the agent_daily rows of the groups in temp.affected."""
    since = one(con, "SELECT min(day)::TIMESTAMPTZ - INTERVAL 1 DAY FROM temp.affected")
    if since is None:
        return
    con.execute("DELETE FROM agent_daily WHERE (agent_id, day) IN (FROM temp.affected)")
    con.execute(
        f"INSERT INTO agent_daily {AGENT_DAILY_SQL.replace('{groups}', AFFECTED)}",
        {"since": since},
    )


def index_terms(con, source: str, first_doc: str) -> None:
    """Term index rows for the call_transcripts rows of `source` (docs numbered from
    first_doc + 1, in one statement so a batch is one transaction)."""
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE new_docs AS
        SELECT {first_doc} + row_number() OVER (ORDER BY started_at, call_id) AS doc,
               call_id, started_at, {TOKENS_SQL.replace("{col}", "text")} AS tokens
        FROM {source}
        """
    )
    con.execute("INSERT INTO call_len SELECT doc, call_id, started_at, len(tokens) FROM new_docs")
    con.execute(
        """
        INSERT INTO call_terms
        SELECT term, doc, count(*), any_value(dl)
        FROM (SELECT doc, len(tokens) AS dl, unnest(tokens) AS term FROM new_docs)
        GROUP BY term, doc ORDER BY term, doc
        """
    )
    con.execute("DROP TABLE new_docs")


def lake_write_batch(con, batch: Path) -> dict:
    """One pipeline batch, one transaction: replace the batch's keys exactly, term index too.

    Every batch writes all its tables in one transaction, so call_len says exactly which calls
    have rows (calls, call_transcripts, call_len, call_terms) and transcript_stats which
    recordings do (recordings, transcript_stats, transcript_segments): two small probes, and
    the deletes run only for keys that exist (a batch of new recordings scans nothing else)."""
    t0 = time.perf_counter()
    for table in HISTORY_TABLES:
        con.execute(f"CREATE OR REPLACE TEMP TABLE b_{table} AS FROM {batch_file(batch, table)}")
    con.execute("BEGIN")
    t1 = time.perf_counter()
    old_recordings = [
        r
        for (r,) in con.execute(
            "SELECT recording_id FROM transcript_stats "
            "WHERE recording_id IN (SELECT recording_id FROM temp.b_recordings)"
        ).fetchall()
    ]
    old = con.execute(
        "SELECT call_id, doc FROM call_len "
        "WHERE call_id IN (SELECT call_id FROM temp.b_call_transcripts)"
    ).fetchall()
    old_calls, old_docs = [c for c, _ in old], [d for _, d in old]
    # the report groups to recompute: the batch's calls' and (if replaced) their old rows'
    affected_groups(
        con,
        "SELECT agent_id, started_at FROM temp.b_calls UNION ALL "
        "SELECT agent_id, started_at FROM calls WHERE call_id IN (SELECT unnest(?))",
        [old_calls],
    )
    if old_recordings:
        for table in ("recordings", "transcript_stats", "transcript_segments"):
            con.execute(
                f"DELETE FROM {table} WHERE recording_id IN (SELECT unnest(?))", [old_recordings]
            )
    if old_calls:
        for table in ("calls", "call_transcripts", "call_len"):
            con.execute(f"DELETE FROM {table} WHERE call_id IN (SELECT unnest(?))", [old_calls])
        con.execute(f"DELETE FROM call_terms WHERE doc IN ({', '.join(map(str, old_docs))})")
    t2 = time.perf_counter()
    for table in HISTORY_TABLES:
        con.execute(f"INSERT INTO {table} SELECT * FROM temp.b_{table}")
    t3 = time.perf_counter()
    index_terms(con, "temp.b_call_transcripts", "(SELECT coalesce(max(doc), 0) FROM call_len)")
    t4 = time.perf_counter()
    refresh_agent_daily(con)
    t5 = time.perf_counter()
    con.execute("COMMIT")
    t6 = time.perf_counter()
    return {
        "s": t6 - t0,
        "read_batch_s": r3(t1 - t0),
        "probe_delete_s": r3(t2 - t1),
        "insert_s": r3(t3 - t2),
        "terms_s": r3(t4 - t3),
        "agent_daily_s": r3(t5 - t4),
        "commit_s": r3(t6 - t5),
        "replaced_recordings": len(old_recordings),
        "replaced_calls": len(old_calls),
    }


def lake_files(lake: Path) -> dict[str, int]:
    return {str(p): p.stat().st_size for p in (lake / "data").rglob("*.parquet")}


def part_ducklake(calls: int, staging: Path, scratch: Path) -> None:

    meta = load_meta(staging)
    history = staging / "history"
    lake = scratch / "lake"
    (lake / "data").mkdir(parents=True)
    out: dict = {"design": "ducklake", "calls": calls}
    con = attach_lake(lake)
    lake_create(con)
    started = time.perf_counter()
    chunks = sorted((history / "calls").glob("*.parquet"))
    for k, chunk in enumerate(chunks):
        con.execute("BEGIN")
        for table in HISTORY_TABLES:
            con.execute(
                f"INSERT INTO {table} SELECT * FROM read_parquet('{history}/{table}/{chunk.name}')"
            )
        index_terms(con, f"read_parquet('{history}/call_transcripts/{chunk.name}')", str(k * CHUNK))
        con.execute("COMMIT")
        say(f"loaded history chunk {k + 1}/{len(chunks)} ({time.perf_counter() - started:.0f} s)")
    affected_groups(con, "SELECT agent_id, started_at FROM calls", [])
    refresh_agent_daily(con)
    con.execute("CALL ducklake_expire_snapshots('lake', older_than => now())")
    con.execute("CALL ducklake_cleanup_old_files('lake', cleanup_all => true)")
    out["load_s"] = round(time.perf_counter() - started, 1)
    out["lake_mb"] = round(folder_bytes(lake) / 1e6)
    out["term_rows"] = con.execute("SELECT count(*) FROM call_terms").fetchone()[0]
    rare = con.execute(
        f"SELECT term FROM call_terms WHERE length(term) >= 8 AND term NOT IN ({MARKERS_SQL}) "
        "GROUP BY term ORDER BY abs(count(*) - 20), term LIMIT 1"
    ).fetchone()[0]
    say(f"history in {out['load_s']} s: {out['lake_mb']} MB, {out['term_rows']:,} term rows")

    # an analyst (another process) reads all along: searches for each new batch's marker
    reader_log = scratch / "reader.jsonl"
    reader = subprocess.Popen(
        [sys.executable, __file__, "--reader", str(lake), str(reader_log), *NEW_MARKERS],
        stdout=subprocess.DEVNULL,
        stderr=open(scratch / "reader.err", "w"),  # noqa: SIM115
    )
    wait_for(lambda: reader_log.exists(), 60)
    writes = []
    for batch in batch_dirs(staging):
        catalog0, files0, io0 = (
            (lake / "catalog.sqlite").stat().st_size,
            lake_files(lake),
            io_written(),
        )
        wall0 = time.time()
        w = lake_write_batch(con, batch)
        w["wall_start"] = wall0
        w["written_mb"] = round((io_written() - io0) / 1e6, 2)
        new_files = {p: s for p, s in lake_files(lake).items() if p not in files0}
        w["new_files"] = len(new_files)
        w["new_file_mb"] = round(sum(new_files.values()) / 1e6, 2)
        w["catalog_growth_mb"] = round(
            ((lake / "catalog.sqlite").stat().st_size - catalog0) / 1e6, 3
        )
        writes.append(w)
        say(f"batch write (one transaction): {r3(w['s'])} s {w}")
        time.sleep(1)
    lags = wait_for_reader(reader_log, NEW_MARKERS, [w["wall_start"] for w in writes], 60)
    remat = lake_write_batch(con, staging / "batch_remat")
    say(f"re-materialization batch ({BATCH} existing recordings): {r3(remat['s'])} s {remat}")
    out["exact"] = exactness(con, meta, staging)
    say(f"exactness after the batches: {out['exact']}")

    analyst = attach_lake(lake, read_only=True)
    out.update(search_lake(analyst, rare))
    out.update(agent_reports(analyst))
    first, median, rows = median_of(
        5, lambda: analyst.execute("FROM agent_daily ORDER BY agent_id, day").fetchall()
    )
    out["agent_report_agg_s"] = r3(median)
    say(f"agent_report from agent_daily ({len(rows)} rows): {median:.3f} s (first {first:.3f} s)")
    if calls <= FTS_COMPARE_MAX:
        out["fts_compare"] = compare_with_fts(analyst, [*SEARCH_WORDS.values(), rare])
        say(f"term index vs DuckDB fts top 20: {out['fts_compare']}")
    analyst.close()

    batch_s = statistics.median(w["s"] for w in writes)
    out["batch_write_s"] = r3(batch_s)
    out["bytes_written_per_recording"] = round(
        statistics.median(w["written_mb"] for w in writes) * 1e6 / BATCH
    )
    out["file_bytes_per_recording"] = round(
        statistics.median(w["new_file_mb"] + max(0, w["catalog_growth_mb"]) for w in writes)
        * 1e6
        / BATCH
    )
    out["search_lag_s"] = max(lags) if lags else None
    out["search_lags_s"] = lags
    out["remat_batch_write_s"] = r3(remat["s"])
    out["writes"] = [{k: v for k, v in w.items() if k != "wall_start"} for w in writes]
    out["remat_write"] = remat

    # routine maintenance (a nightly job): rewrite files with deletes (the re-materialization
    # left some in every history file), expire snapshots, delete the old files
    t0 = time.perf_counter()
    for sql in MAINTENANCE:
        con.execute(sql).fetchall()
    out["maintenance_s"] = round(time.perf_counter() - t0, 1)
    say(f"maintenance (rewrite files with deletes, expire, clean up): {out['maintenance_s']} s")
    out.update(lake_erase(con, lake, meta["erase_call_id"]))
    stop_reader(reader, reader_log, out)
    con.close()
    emit(out)


def wait_for(condition, timeout_s: float) -> None:
    end = time.time() + timeout_s
    while not condition():
        if time.time() > end:
            raise TimeoutError("gave up waiting")
        time.sleep(0.05)


def reader_events(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


def wait_for_reader(log: Path, markers: list[str], starts: list[float], timeout_s: float):
    """Seconds from each batch's write start until the reader's search first found it."""
    end = time.time() + timeout_s
    while time.time() < end:
        found = {e["marker"]: e for e in reader_events(log) if e.get("event") == "found"}
        if all(m in found for m in markers):
            return [round(found[m]["t"] - t, 3) for m, t in zip(markers, starts, strict=True)]
        time.sleep(0.2)
    return []


def stop_reader(reader, log: Path, out: dict) -> None:
    Path(str(log) + ".stop").touch()
    reader.wait(timeout=120)
    events = reader_events(log)
    done = [e for e in events if e.get("event") == "done"]
    errors = [e for e in events if e.get("event") == "error"]
    out["reader"] = {
        "queries": done[0]["queries"] if done else None,
        "errors": len(errors),
        "first_errors": [e["error"][:200] for e in errors[:3]],
    }
    say(f"analyst's READ_ONLY session during the writes and the erasure: {out['reader']}")


def reader_main(lake: Path, log: Path, markers: list[str]) -> None:
    """An analyst process: ATTACH READ_ONLY and search every 0.1 s for each new batch's
    marker, until told to stop; lines of JSON events to `log`."""
    con = attach_lake(lake, read_only=True)
    found: set[str] = set()
    queries = 0
    stop = Path(str(log) + ".stop")
    with log.open("a") as f:
        f.write(json.dumps({"event": "ready"}) + "\n")
        f.flush()
        while not stop.exists():
            for marker in [m for m in markers if m not in found][:1]:  # batches come in order
                try:
                    rows = con.execute(LAKE_SEARCH_SQL, {"term": marker}).fetchall()
                    queries += 1
                except Exception as error:  # noqa: BLE001 - recorded, the point of the test
                    f.write(json.dumps({"event": "error", "error": str(error)}) + "\n")
                    f.flush()
                    continue
                if rows:
                    found.add(marker)
                    f.write(
                        json.dumps({"event": "found", "marker": marker, "t": time.time()}) + "\n"
                    )
                    f.flush()
            try:  # and an analyst's count, which must never fail
                con.execute("SELECT count(*) FROM calls").fetchone()
                queries += 1
            except Exception as error:  # noqa: BLE001
                f.write(json.dumps({"event": "error", "error": str(error)}) + "\n")
            time.sleep(0.1)
        f.write(json.dumps({"event": "done", "queries": queries}) + "\n")


def one(con, sql: str, params: list | None = None):
    return con.execute(sql, params or []).fetchone()[0]


def exactness(con, meta: dict, staging: Path) -> dict:
    """After the new and re-materialization batches: nothing duplicated, nothing left over."""
    remat = staging / "batch_remat"
    calls = meta["rows_calls"] + NEW_BATCHES * BATCH
    segments = (
        "SELECT count(*) FROM transcript_segments WHERE recording_id IN "
        f"(SELECT recording_id FROM {batch_file(remat, 'recordings')})"
    )
    remat_docs = "SELECT count(DISTINCT doc) FROM call_terms WHERE term = ?"
    return {
        "calls": one(con, "SELECT count(*) FROM calls") == calls,
        "call_len": one(con, "SELECT count(*) FROM call_len") == calls,
        "docs_unique": one(con, "SELECT count(*) = count(DISTINCT doc) FROM call_len"),
        "docs_with_terms": one(con, "SELECT count(DISTINCT doc) FROM call_terms") == calls,
        "remat_segments": one(con, segments)
        == one(con, f"SELECT count(*) FROM {batch_file(remat, 'transcript_segments')}"),
        "remat_findable": one(con, remat_docs, [REMAT_MARKER]) == meta["remat_calls"],
        "agent_daily": agent_daily_matches(con),
    }


def agent_daily_matches(con) -> bool:
    """agent_daily equals the report computed from scratch (rounded: sums run in any order)."""
    from warehouse import AGENT_DAY_SQL

    cols = "agent_id, day, calls, " + ", ".join(
        f"round({c}, 6)"
        for c in ("avg_call_s", "avg_recorded_s", "agent_talk_s", "customer_talk_s")
    )
    fresh, kept = f"SELECT {cols} FROM ({AGENT_DAY_SQL})", f"SELECT {cols} FROM agent_daily"
    diff = f"SELECT count(*) FROM (({fresh} EXCEPT {kept}) UNION ALL ({kept} EXCEPT {fresh}))"
    return one(con, diff) == 0


def search_lake(con, rare: str) -> dict:
    words = SEARCH_WORDS | {"rare": rare}
    timings = {}
    for label, word in words.items():
        first, median, rows = median_of(
            5, lambda w=word: con.execute(LAKE_SEARCH_SQL, {"term": w}).fetchall()
        )
        timings[label] = {"word": word, "first_s": r3(first), "median_s": r3(median)}
        say(f"term-index search '{word}': {median:.3f} s (first {first:.3f} s), {len(rows)} rows")
    return {
        "fts_top20_s": r3(statistics.median(t["median_s"] for t in timings.values())),
        "search": timings,
    }


def compare_with_fts(con, words: list[str]) -> dict:
    """The same top 20 from DuckDB's fts index built over the same call_transcripts? And the
    same tokens (fts's document lengths equal call_len.n)?"""
    import duckdb

    from spinoco_assets.warehouse.writer import rebuild_fts

    tmp = Path(tempfile.mkdtemp())
    try:
        con.execute(
            "COPY (SELECT call_id, t.started_at, text, n FROM call_transcripts t "
            f"JOIN call_len USING (call_id)) TO '{tmp / 'ct.parquet'}'"
        )
        with duckdb.connect() as fts:
            fts.execute(f"CREATE TABLE ct AS FROM read_parquet('{tmp / 'ct.parquet'}')")
            fts.execute("CREATE TABLE call_transcripts AS SELECT call_id, started_at, text FROM ct")
            rebuild_fts(fts)
            result: dict = {
                "len_mismatches": fts.execute(
                    "SELECT count(*) FROM ct JOIN fts_main_call_transcripts.docs d "
                    "ON d.name = ct.call_id WHERE d.len <> ct.n"
                ).fetchone()[0]
            }
            for word in words:
                ours = con.execute(LAKE_SEARCH_SQL, {"term": word}).fetchall()
                theirs = fts.execute(FTS_SEARCH_SQL, [word]).fetchall()
                same = len({r[0] for r in ours} & {r[0] for r in theirs})
                diff = max(
                    (abs(a[2] - b[2]) for a, b in zip(ours, theirs, strict=False)), default=0
                )
                result[word] = {"overlap": f"{same}/{len(theirs)}", "max_score_diff": diff}
    finally:
        shutil.rmtree(tmp)
    return result


MAINTENANCE = (
    "CALL ducklake_flush_inlined_data('lake')",  # small inserts/deletes live in the catalog
    "CALL ducklake_rewrite_data_files('lake', delete_threshold => 0)",  # any file with a delete
    "CALL ducklake_expire_snapshots('lake', older_than => now())",
    "CALL ducklake_cleanup_old_files('lake', cleanup_all => true)",
)


def lake_erase(con, lake: Path, call_id: str) -> dict:
    """Delete one call everywhere, then make it physically gone: rewrite the files that held its
    rows, expire every older snapshot, delete the old files, VACUUM the SQLite catalog."""
    before = grep_files(lake, ERASE_MARKER)
    timings = {}
    t0 = time.perf_counter()
    con.execute("BEGIN")
    docs = [
        d
        for (d,) in con.execute("SELECT doc FROM call_len WHERE call_id = ?", [call_id]).fetchall()
    ]
    affected_groups(con, "SELECT agent_id, started_at FROM calls WHERE call_id = ?", [call_id])
    for table in HISTORY_TABLES:
        con.execute(f"DELETE FROM {table} WHERE call_id = ?", [call_id])
    refresh_agent_daily(con)
    con.execute("DELETE FROM call_len WHERE call_id = ?", [call_id])
    con.execute(f"DELETE FROM call_terms WHERE doc IN ({', '.join(map(str, docs)) or 'NULL'})")
    con.execute("COMMIT")
    timings["delete_s"] = r3(time.perf_counter() - t0)
    steps = ("flush_inlined_s", "rewrite_s", "expire_s", "cleanup_s")
    for label, sql in zip(steps, MAINTENANCE, strict=True):
        t = time.perf_counter()
        con.execute(sql).fetchall()
        timings[label] = r3(time.perf_counter() - t)
    without_vacuum = grep_files(lake, ERASE_MARKER)
    t = time.perf_counter()
    # deleted catalog rows (inlined rows, min/max statistics) stay in free pages until VACUUM,
    # and in WAL mode old page images stay in the -wal file until a TRUNCATE checkpoint
    catalog = sqlite3.connect(lake / "catalog.sqlite", timeout=60)
    catalog.execute("VACUUM")
    timings["wal_checkpoint"] = catalog.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    catalog.close()
    timings["vacuum_s"] = r3(time.perf_counter() - t)
    erase_s = time.perf_counter() - t0
    after = grep_files(lake, ERASE_MARKER)
    findable = con.execute(LAKE_SEARCH_SQL, {"term": ERASE_MARKER}).fetchall()
    rows_left = con.execute(
        "SELECT count(*) FROM transcript_segments WHERE call_id = ?", [call_id]
    ).fetchone()[0]
    check = {
        "marker_files_before": [Path(p).name for p in before],
        "marker_files_before_vacuum": [Path(p).name for p in without_vacuum],
        "marker_files_after": [Path(p).name for p in after],
        "findable_after": len(findable),
        "rows_left": rows_left,
    }
    say(f"erase one call: {erase_s:.1f} s {timings} {check}")
    return {"erase_s": round(erase_s, 1), "erase_steps": timings, "erase_check": check}


# ---------------------------------------------------------------------------------- driver


def run_one(args: list[str], scratch: Path) -> None:
    kind, calls = args[0], int(args[1])
    if kind == "generate":
        part_generate(calls, scratch)
        return
    staging = Path(args[2])
    {"copy_on_write": part_copy_on_write, "ducklake": part_ducklake}[kind](calls, staging, scratch)


def summary(results: list[dict]) -> None:
    print("\n== summary (goals at 1M calls: batch <= 1 s and <= 10 MB/recording, queries <= 0.2 s,")
    print("   search lag <= 60 s, erased rows physically gone) ==")
    keys = [
        "batch_write_s",
        "bytes_written_per_recording",
        "fts_top20_s",
        "agent_report_s",
        "search_lag_s",
        "erase_s",
        "remat_batch_write_s",
        "agent_report_30d_s",
        "agent_report_agg_s",
    ]
    print(f"{'design':>14} {'calls':>9} " + " ".join(f"{k[:-2][:12]:>12}" for k in keys))
    for r in results:
        values = " ".join(f"{str(r.get(k, '-')):>12}" for k in keys)
        print(f"{r['design']:>14} {r['calls']:>9,} {values}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", default=",".join(map(str, SIZES)), help="history sizes")
    parser.add_argument("--quick", action="store_true", help="10,000 and 100,000 calls")
    parser.add_argument("--designs", default=",".join(DESIGNS))
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    parser.add_argument("--tmp", default=tempfile.gettempdir(), help="where the scratch goes")
    parser.add_argument("--part", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--scratch", help=argparse.SUPPRESS)
    parser.add_argument("--reader", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--staging", help="reuse a generated staging folder (kept with --keep)")
    args = parser.parse_args()
    if args.reader:
        reader_main(Path(args.reader[0]), Path(args.reader[1]), args.reader[2:])
        return
    if args.part:
        run_one(args.part, Path(args.scratch))
        return
    sizes = QUICK_SIZES if args.quick else tuple(int(n) for n in args.calls.split(","))
    designs = args.designs.split(",")
    scratch = Path(tempfile.mkdtemp(prefix="spinoco-warehouse_design-", dir=args.tmp))
    free_gb = shutil.disk_usage(scratch).free / 1e9
    print(f"scratch {scratch} ({free_gb:.0f} GB free); sizes {sizes}; designs {designs}")
    results: list[dict] = []
    started = time.perf_counter()
    try:
        for calls in sizes:
            if args.staging:
                staging = Path(args.staging)
                calls = load_meta(staging)["calls"]
            else:
                generated = run_part(__file__, scratch, ["generate", str(calls)], None)
                staging = Path(generated["staging"])
                (staging / "meta.json").write_text(json.dumps(generated))
            for design in designs:
                results.append(
                    run_part(__file__, scratch, [design, str(calls), str(staging)], None)
                )
            if args.staging:
                break
            if not args.keep:  # free the disk before the next size
                for folder in scratch.iterdir():
                    shutil.rmtree(folder, ignore_errors=True)
    finally:
        if args.keep:
            print(f"scratch kept in {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    summary(results)
    print(f"(all parts: {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
