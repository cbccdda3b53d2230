"""Tables derived from the others, kept up to date in the transaction that changes their source,
so analysts never see them stale and no rebuild holds a lock.

- `call_transcripts`: each call's recordings as one text.
- The search index, `search_docs` and `search_terms`: one row per (term, call) with its count,
  the incremental form of DuckDB fts's BM25 index (which can only be rebuilt whole: 23 s at
  100k calls). The `search(query)` macro scores with fts's formula, so results match
  `match_bm25` (tests/test_warehouse.py compares the top 20).
- `agent_daily_metrics`: the per-agent daily report, recomputed for the (agent, day) groups a
  write touches, so the report reads a small table instead of joining the history.
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

import duckdb

from spinoco_assets.warehouse.tables import (
    ALL_TABLES,
    BASE_TABLES,
    CALL_METRICS,
    CALL_TRANSCRIPTS,
    CALLS,
    PII_COUNTS,
    RECORDINGS,
    SEARCH_DOCS,
    TOKENS,
    TRANSCRIPT_SEGMENTS,
)
from spinoco_assets.warehouse.writer import replace_rows, scalar, window


def publish_transcripts(
    con: duckdb.DuckDBPyConnection,
    recordings: dict[str, str],
    segments: list[dict[str, Any]],
    counts: list[dict[str, Any]],
    since: datetime | None = None,
) -> dict[str, str]:
    """Anonymized transcripts into the warehouse: segments and PII counts of these recordings
    (recording ID -> call ID), then their calls' texts and search entries. Returns the calls'
    new texts (for the export). `since`: writer.since() of the calls' starts."""
    call_ids = sorted(set(recordings.values()))
    # Segments exist only for calls with a call_transcripts row (written together, erased
    # together): only their recordings pay for a delete scan of the large segments table.
    published = {
        c
        for (c,) in con.execute(
            "SELECT call_id FROM call_transcripts WHERE call_id IN (SELECT unnest(?))"
            + window(CALL_TRANSCRIPTS, since),
            [call_ids],
        ).fetchall()
    }
    old = [rid for rid, call_id in recordings.items() if call_id in published]
    replace_rows(con, TRANSCRIPT_SEGMENTS, old, segments, since)
    replace_rows(con, PII_COUNTS, old, counts, since)
    rebuild_call_transcripts(con, call_ids, fresh="temp.new_transcript_segments", since=since)
    return dict(con.execute("SELECT call_id, text FROM temp.new_call_transcripts").fetchall())


def rebuild_call_transcripts(
    con: duckdb.DuckDBPyConnection,
    call_ids: Sequence[str],
    fresh: str = "",
    since: datetime | None = None,
) -> None:
    """One anonymized text per call: its recordings in time order, '[mm:ss] role: text' lines;
    and the search index's rows for those calls. A call with no segments left loses both.

    `fresh`: a table with the segments this transaction just wrote (replace_rows's
    temp.new_transcript_segments). Text is the costly column to scan (0.4 s for 200 calls at
    100k), so only the segments of the calls' other recordings are read from the warehouse."""
    fresh = fresh or "(FROM transcript_segments LIMIT 0)"
    others = con.execute(  # only a call published before can have other segments
        "SELECT recording_id FROM recordings WHERE call_id IN "
        "(SELECT call_id FROM call_transcripts WHERE call_id IN (SELECT unnest(?))"
        + window(CALL_TRANSCRIPTS, since)
        + f") AND recording_id NOT IN (SELECT recording_id FROM {fresh})"
        + window(RECORDINGS, since),
        [call_ids],
    ).fetchall()
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE call_segments AS FROM {fresh} "
        "WHERE call_id IN (SELECT unnest($calls)) "
        "UNION ALL FROM transcript_segments WHERE len($others) > 0 "
        "AND recording_id IN (SELECT unnest($others))" + window(TRANSCRIPT_SEGMENTS, since),
        {"calls": call_ids, "others": [r for (r,) in others]},
    )
    recordings = window(RECORDINGS, since)
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE new_call_transcripts AS
        WITH segs AS (
            SELECT s.call_id, s.recording_id, s.segment_no, s.role, s.text,
                   coalesce(epoch(r.started_at) - min(epoch(r.started_at))
                            OVER (PARTITION BY s.call_id), 0) + s.start_s AS offset_s,
                   s.call_started_at
            FROM temp.call_segments s LEFT JOIN (
                SELECT recording_id, started_at FROM recordings
                WHERE recording_id IN (SELECT recording_id FROM temp.call_segments) {recordings}
            ) r USING (recording_id)
        )
        SELECT call_id, count(DISTINCT recording_id) AS recordings,
               min(call_started_at) AS started_at,
               string_agg(printf('[%02d:%02d] %s: %s', CAST(offset_s // 60 AS INTEGER),
                                 CAST(offset_s % 60 AS INTEGER), role, text),
                          chr(10) ORDER BY offset_s, recording_id, segment_no) AS text
        FROM segs GROUP BY call_id
        """
    )
    con.execute(
        "DELETE FROM call_transcripts WHERE call_id IN (SELECT unnest(?))"
        + window(CALL_TRANSCRIPTS, since),
        [call_ids],
    )
    con.execute("INSERT INTO call_transcripts FROM temp.new_call_transcripts")
    index_calls(con, call_ids, since)
    con.execute("DROP TABLE temp.call_segments")


def index_calls(
    con: duckdb.DuckDBPyConnection, call_ids: Sequence[str], since: datetime | None = None
) -> None:
    """Replace the search index's rows of these calls by temp.new_call_transcripts's text."""
    old = con.execute(
        "SELECT doc FROM search_docs WHERE call_id IN (SELECT unnest(?))"
        + window(SEARCH_DOCS, since),
        [call_ids],
    ).fetchall()
    if old:  # only a re-materialized or erased call pays for a scan of the term table
        docs = [doc for (doc,) in old]
        con.execute("DELETE FROM search_terms WHERE doc IN (SELECT unnest(?))", [docs])
        con.execute("DELETE FROM search_docs WHERE doc IN (SELECT unnest(?))", [docs])
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE new_docs AS
        SELECT (SELECT coalesce(max(doc), 0) FROM search_docs)
                   + row_number() OVER (ORDER BY call_id) AS doc,
               call_id, started_at, {TOKENS.format(text="text")} AS tokens
        FROM temp.new_call_transcripts
        """
    )
    con.execute(
        "INSERT INTO search_docs SELECT doc, call_id, started_at, len(tokens) FROM temp.new_docs"
    )
    con.execute(
        """
        INSERT INTO search_terms
        SELECT term, doc, count(*), any_value(dl)
        FROM (SELECT doc, len(tokens) AS dl, unnest(tokens) AS term FROM temp.new_docs)
        GROUP BY term, doc ORDER BY term, doc
        """
    )
    con.execute("DROP TABLE temp.new_docs")


AgentDay = tuple[str | None, date]


def agent_days(
    con: duckdb.DuckDBPyConnection, call_ids: Iterable[str], since: datetime | None = None
) -> set[AgentDay]:
    """The (agent, day) groups of these calls' current rows: call it before and after a write
    that changes calls or call_metrics, and refresh both sets."""
    rows = con.execute(
        "SELECT DISTINCT agent_id, CAST(started_at AS DATE) FROM calls "
        "WHERE call_id IN (SELECT unnest(?))" + window(CALLS, since),
        [list(call_ids)],
    ).fetchall()
    return {(agent, day) for agent, day in rows}


def replace_calls(
    con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]], since: datetime | None = None
) -> None:
    """Replace these calls' rows, refreshing the report only for calls that moved to another
    agent or day: a new call has no metrics yet, so it changes no report row."""
    ids = [row["call_id"] for row in rows]
    groups = (
        "SELECT call_id, agent_id, CAST(started_at AS DATE), started_at IS NULL FROM {} "
        "WHERE call_id IN (SELECT unnest($ids))"
    )
    lookup = groups.format("calls") + window(CALLS, since)
    if since is not None:  # and the calls whose start was unknown: outside any window
        lookup += " UNION ALL " + groups.format("calls") + " AND started_at IS NULL"
    found = con.execute(lookup, {"ids": ids}).fetchall()
    before = {c: (a, d) for c, a, d, _ in found}
    if undated := {c for c, _, _, unknown in found if unknown}:
        date_calls(con, {r["call_id"]: r["started_at"] for r in rows if r["call_id"] in undated})
    replace_rows(con, CALLS, ids, rows, since)
    new = con.execute(groups.format("temp.new_calls"), {"ids": ids}).fetchall()
    after = {c: (a, d) for c, a, d, _ in new}
    moved = [c for c in before if before[c] != after.get(c)]
    refresh_agent_daily(con, {before[c] for c in moved} | {after[c] for c in moved if c in after})


def date_calls(con: duckdb.DuckDBPyConnection, starts: dict[str, datetime | None]) -> None:
    """Give every row of these calls, written while their start was unknown, the start now
    known, so that windowed lookups (writer.window) find them. Rare: scans every table."""
    known = {call_id: start for call_id, start in starts.items() if start is not None}
    if not known:
        return
    for table in ALL_TABLES:
        if table.clustered_by is not None:
            con.execute(
                f"UPDATE {table.name} SET {table.clustered_by} = k.start FROM "
                "(SELECT unnest(?::VARCHAR[]) AS call_id, unnest(?::TIMESTAMPTZ[]) AS start) k "
                f"WHERE {table.name}.call_id = k.call_id AND {table.clustered_by} IS NULL",
                [list(known), list(known.values())],
            )


def refresh_agent_daily(con: duckdb.DuckDBPyConnection, days: set[AgentDay]) -> None:
    """Recompute the report's rows of these groups from calls and call_metrics."""
    if not days:
        return
    con.execute(
        "CREATE OR REPLACE TEMP TABLE affected AS "
        "SELECT unnest(?::VARCHAR[]) AS agent_id, unnest(?::DATE[]) AS day",
        [[agent for agent, _ in days], [day for _, day in days]],
    )
    con.execute(
        "DELETE FROM agent_daily_metrics a WHERE EXISTS (SELECT 1 FROM temp.affected f "
        "WHERE f.agent_id IS NOT DISTINCT FROM a.agent_id AND f.day = a.day)"
    )
    # the groups' calls and metrics started on or after the earliest day (UTC, as the report's)
    known = [day for _, day in days if day is not None]  # a call with no start has no day
    first = datetime.combine(min(known), datetime.min.time(), UTC) if known else None
    calls, metrics = window(CALLS, first), window(CALL_METRICS, first)
    con.execute(
        f"""
        INSERT INTO agent_daily_metrics
        WITH c AS (
            SELECT call_id, agent_id, CAST(started_at AS DATE) AS day FROM calls
            WHERE EXISTS (SELECT 1 FROM temp.affected f WHERE f.day = CAST(started_at AS DATE)
                          AND f.agent_id IS NOT DISTINCT FROM calls.agent_id) {calls}
        )
        SELECT c.agent_id, c.day,
               count(DISTINCT m.recording_id) AS recordings,
               round(sum(m.talk_s) FILTER (WHERE m.role = 'agent'), 1) AS agent_talk_s,
               round(sum(m.talk_s) FILTER (WHERE m.role = 'customer'), 1) AS customer_talk_s,
               round(avg(m.talk_ratio) FILTER (WHERE m.role = 'agent'), 3) AS agent_talk_ratio,
               sum(m.interruptions) FILTER (WHERE m.role = 'agent') AS agent_interruptions,
               round(avg(m.first_response_s) FILTER (WHERE m.role = 'agent'), 2)
                   AS avg_first_response_s,
               round(avg(m.words_per_minute) FILTER (WHERE m.role = 'agent'), 1) AS agent_wpm
        FROM (FROM call_metrics WHERE true {metrics}) m JOIN c USING (call_id)
        GROUP BY ALL
        """
    )
    con.execute("DROP TABLE temp.affected")


def erase_rows(con: duckdb.DuckDBPyConnection, calls: list[str], recordings: list[str]) -> Counter:
    """Delete these calls and recordings from every table, derived ones included; returns rows
    deleted per table. Only deletes: `Warehouse.purge()` then removes them physically."""
    removed: Counter = Counter()
    days = agent_days(con, calls)
    for table in BASE_TABLES:
        keys = calls if table.key == "call_id" else recordings
        sql = f"DELETE FROM {table.name} WHERE {table.key} IN (SELECT unnest(?))"
        removed[table.name] += scalar(con, sql, [keys])  # DELETE returns its count
    removed["call_transcripts"] += scalar(
        con, "SELECT count(*) FROM call_transcripts WHERE call_id IN (SELECT unnest(?))", [calls]
    )
    rebuild_call_transcripts(con, calls)  # no segments left: the text and its index go
    refresh_agent_daily(con, days)
    return removed
