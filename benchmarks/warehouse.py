"""The analysts' warehouse at scale: a synthetic 100k-call DuckDB file.

    .venv/bin/python benchmarks/warehouse.py          # 100,000 calls (peak memory about 4 GB)
    .venv/bin/python benchmarks/warehouse.py --quick  # 10,000 calls

Builds the file (calls, recordings, stats, ~20 segments per recording, call_transcripts and the
FTS index), then times an analyst's queries (full-text top 20 for a frequent, a mid and a rare
word; a per-agent daily report; median of 5) and two pipeline batch writes of 200 recordings
(copy-on-write: an ingest-style writer, and an anonymize-style one with call_transcripts and the
FTS rebuild). Runs in its own process, so peak RSS is its own. All data is synthetic.
"""

import time
from pathlib import Path

from _common import emit, main, median_of, say

FULL_CALLS, QUICK_CALLS = 100_000, 10_000

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


def part_warehouse(calls: int, scratch: Path) -> None:
    from spinoco_assets.warehouse.writer import (
        Warehouse,
        load_fts,
        rebuild_call_transcripts,
        rebuild_fts,
    )

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
        out["writes"].append(batch_writes(warehouse, path, attempt))
    emit(out)


def rows_of(con, sql: str, params=None) -> list[dict]:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def batch_writes(warehouse, path: Path, attempt: int) -> dict:
    """What one 200-recording batch writes, timed the way the stages write it: an ingest-style
    writer (calls + recordings rows) and an anonymize-style one (segments, pii counts,
    call_transcripts of those calls, the whole FTS index). Each copies the file first."""
    import duckdb

    from spinoco_assets.warehouse.tables import CALLS, PII_COUNTS, RECORDINGS, TRANSCRIPT_SEGMENTS
    from spinoco_assets.warehouse.writer import rebuild_call_transcripts, rebuild_fts, replace_rows

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


def parts(quick: bool) -> list:
    return [("warehouse", ["warehouse", str(QUICK_CALLS if quick else FULL_CALLS)], None)]


def run_one(args: list[str], scratch: Path) -> None:
    part_warehouse(int(args[1]), scratch)


def summary(results: dict) -> None:
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


if __name__ == "__main__":
    main(__file__, __doc__, parts, run_one, summary)
