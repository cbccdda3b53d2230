"""The analysts' warehouse (a DuckLake) on its own: search, exact re-writes, snapshots, erasure."""

import random
import subprocess
import sys
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from spinoco_assets.warehouse.derived import (
    agent_days,
    erase_rows,
    publish_transcripts,
    refresh_agent_daily,
    replace_calls,
)
from spinoco_assets.warehouse.tables import CALL_METRICS, CALLS, RECORDINGS, TRANSCRIPT_STATS
from spinoco_assets.warehouse.writer import Warehouse, replace_rows, since

WORDS = [
    "kotel",
    "čerpadlo",
    "faktura",
    "technik",
    "porucha",
    "záruka",
    "reklamace",
    "topení",
    "voda",
    "tlak",
    "servis",
]
START = datetime(2026, 3, 1, 8, tzinfo=UTC)


def started(call_id: str) -> datetime:
    """A call's start, fixed per call as Spinoco's ringing time is (all on one day)."""
    return START + timedelta(minutes=zlib.crc32(call_id.encode()) % 600)


def publish(
    warehouse: Warehouse,
    calls: dict[str, list[str]],
    seed: int = 1,
    starts: dict[str, datetime | None] | None = None,
) -> None:
    """One recording per call with these segment texts, written as the stages write them:
    ingest, then publishing in the window of the calls' starts (`starts` overrides some)."""
    rng = random.Random(seed)
    ids = list(calls)
    start = {c: started(c) for c in ids} | (starts or {})
    window = since(start.values())
    with warehouse.writer() as con:
        call_rows = [
            {"call_id": c, "agent_id": f"agent-{i % 3}", "started_at": start[c]}
            for i, c in enumerate(ids)
        ]
        replace_calls(con, call_rows, window)
        rec = [
            {"recording_id": f"r-{c}", "call_id": c, "started_at": start[c]}
            | {"call_started_at": start[c]}
            for c in ids
        ]
        replace_rows(con, RECORDINGS, [r["recording_id"] for r in rec], rec, window)
    with warehouse.writer() as con:
        segments = [
            {
                "recording_id": f"r-{c}",
                "call_id": c,
                "segment_no": n,
                "start_s": 5.0 * n,
                "end_s": 5.0 * n + 4,
                "role": rng.choice(["agent", "customer"]),
                "text": text,
                "call_started_at": start[c],
            }
            for c, texts in calls.items()
            for n, text in enumerate(texts)
        ]
        publish_transcripts(con, {f"r-{c}": c for c in ids}, segments, [], window)


def random_calls(n: int, seed: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    return {
        f"call-{seed}-{i:04d}": [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12)))
            for _ in range(rng.randint(1, 4))
        ]
        for i in range(n)
    }


@pytest.fixture
def warehouse(tmp_path: Path) -> Warehouse:
    return Warehouse(tmp_path / "warehouse.ducklake")


def test_search_ranks_exactly_as_duckdb_fts(warehouse):
    """The incremental index with the search() macro gives DuckDB fts's BM25 top 20 (and
    scores), for one word and for two, written in three batches."""
    for seed in (1, 2, 3):
        publish(warehouse, random_calls(40, seed), seed)
    with warehouse.read() as con:
        texts = con.execute("SELECT call_id, text FROM call_transcripts").fetchall()
        ours = {q: con.execute("FROM search(?)", [q]).fetchall() for q in ("Čerpadlo", "tlak voda")}
    fts = duckdb.connect()
    import duckdb_extension_fts

    root = Path(duckdb_extension_fts.__file__).parent
    fts.execute(f"LOAD '{next(root.glob('extensions/*/fts.duckdb_extension'))}'")
    fts.execute("CREATE TABLE docs (call_id VARCHAR, text VARCHAR)")
    fts.executemany("INSERT INTO docs VALUES (?, ?)", texts)
    fts.execute(
        "PRAGMA create_fts_index('docs', 'call_id', 'text', stemmer='none', stopwords='none', "
        "strip_accents=1)"
    )
    for query, rows in ours.items():
        theirs = fts.execute(
            "SELECT call_id, score FROM (SELECT call_id, fts_main_docs.match_bm25(call_id, ?) "
            "AS score FROM docs) WHERE score IS NOT NULL ORDER BY score DESC, call_id LIMIT 20",
            [query],
        ).fetchall()
        assert len(rows) == len(theirs) == 20
        for (_, _, score), (_, their_score) in zip(rows, theirs, strict=True):
            assert score == pytest.approx(their_score)
        # the same calls, except where a tie straddles the 20th place
        cut = theirs[-1][1]
        above = {c for c, _, score in rows if score > cut + 1e-9}
        assert above == {c for c, score in theirs if score > cut + 1e-9}


def test_writing_again_replaces_rows_and_search_entries_exactly(warehouse):
    calls = random_calls(10, 5)
    publish(warehouse, calls)
    publish(warehouse, {c: ["nový přepis hovoru"] for c in list(calls)[:4]})
    with warehouse.read() as con:
        per_call = dict(
            con.execute("SELECT call_id, count(*) FROM call_transcripts GROUP BY 1").fetchall()
        )
        docs = con.execute("SELECT count(*), count(DISTINCT call_id) FROM search_docs").fetchone()
        found = {c for c, _, _ in con.execute("FROM search('prepis', k := 100)").fetchall()}
        kotel = {c for c, _, _ in con.execute("FROM search('kotel', k := 100)").fetchall()}
        segments = con.execute("SELECT count(*) FROM transcript_segments").fetchone()[0]
    assert per_call == dict.fromkeys(calls, 1) and docs == (10, 10)
    assert found == set(list(calls)[:4]) and not kotel & found
    assert segments == 4 + sum(len(texts) for c, texts in calls.items() if c not in found)


def test_an_open_analyst_session_sees_whole_batches_and_never_blocks(warehouse):
    publish(warehouse, random_calls(5, 1))
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from spinoco_assets.warehouse.writer import analyst_connection\n"
        "c = analyst_connection(Path(sys.argv[1]))\n"
        "c.execute('BEGIN'); print(c.execute('SELECT count(*) FROM calls').fetchone()[0])\n"
        "sys.stdout.flush(); sys.stdin.readline()\n"
        "print(c.execute('SELECT count(*) FROM calls').fetchone()[0]); c.execute('COMMIT')\n"
        "print(c.execute('SELECT count(*) FROM calls').fetchone()[0])\n"
    )
    analyst = subprocess.Popen(
        [sys.executable, "-c", code, str(warehouse.path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert analyst.stdout is not None and analyst.stdin is not None
    assert analyst.stdout.readline().strip() == "5"
    publish(warehouse, random_calls(7, 2))  # while the analyst's transaction is open
    out, _ = analyst.communicate("\n", timeout=60)
    assert out.split() == ["5", "12"]  # its snapshot, then the whole new batch


def test_erasure_leaves_no_trace_in_any_file_and_the_rest_still_answers(warehouse):
    keep = random_calls(6, 3)
    publish(warehouse, keep)
    secret_call = "call-0000-erase-me"
    publish(warehouse, {secret_call: ["kotel qxjzvkwpfgbhy nefunguje"]}, seed=9)
    publish(warehouse, {c: ["druhý přepis"] for c in list(keep)[:2]})  # deletes in old files
    files = [*warehouse.data_path.rglob("*"), warehouse.path]
    assert any(b"qxjzvkwpfgbhy" in f.read_bytes() for f in files if f.is_file())
    with warehouse.writer() as con:
        erase_rows(con, [secret_call], [f"r-{secret_call}"])
    warehouse.purge()
    root = warehouse.path.parent
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"qxjzvkwpfgbhy" not in data and secret_call.encode() not in data, path
    with warehouse.read() as con:
        # the table statistics were restated, not lost: equality on every kept call answers
        for call in keep:
            n = con.execute("SELECT count(*) FROM calls WHERE call_id = ?", [call]).fetchone()[0]
            assert n == 1, call
        assert con.execute("FROM search('qxjzvkwpfgbhy')").fetchall() == []
        assert len(con.execute("FROM search('kotel', k := 100)").fetchall()) >= 1


def test_compaction_merges_small_files_and_keeps_every_row(warehouse):
    """Six batches leave six term files (small tables' rows are inlined in the catalog until
    compaction flushes them); compaction leaves one, with every row still there."""
    for seed in range(6):
        publish(warehouse, random_calls(3, seed), seed)
    terms = warehouse.data_path / "main" / "search_terms"
    count = "SELECT (SELECT count(*) FROM transcript_segments), (SELECT count(*) FROM search_terms)"
    with warehouse.read() as con:
        before = con.execute(count).fetchone()
    assert len(list(terms.glob("*.parquet"))) == 6
    warehouse.maintain(keep_snapshots_s=0)
    with warehouse.read() as con:
        assert con.execute(count).fetchone() == before
    assert len(list(terms.glob("*.parquet"))) == 1


def test_the_agent_report_follows_metrics_and_calls_that_move(warehouse):
    """agent_daily_metrics equals the report computed from scratch after metrics land, and
    again after a call is ingested anew under another agent (its group moves)."""
    calls = random_calls(9, 4)
    publish(warehouse, calls)
    scratch = """
        SELECT c.agent_id, CAST(c.started_at AS DATE) AS day, count(DISTINCT m.recording_id),
               round(sum(m.talk_s) FILTER (WHERE m.role = 'agent'), 1)
        FROM call_metrics m JOIN calls c USING (call_id) GROUP BY ALL ORDER BY ALL
    """
    kept = "SELECT agent_id, day, recordings, agent_talk_s FROM agent_daily_metrics ORDER BY ALL"
    with warehouse.writer() as con:
        rows = [
            {"call_id": c, "recording_id": f"r-{c}", "role": role, "talk_s": 10.0 + i}
            | {"call_started_at": started(c)}
            for i, c in enumerate(calls)
            for role in ("agent", "customer", "call")
        ]
        window = since(started(c) for c in calls)
        replace_rows(con, CALL_METRICS, [f"r-{c}" for c in calls], rows, window)
        refresh_agent_daily(con, agent_days(con, calls, window))
    with warehouse.read() as con:
        assert con.execute(kept).fetchall() == con.execute(scratch).fetchall()
        assert len(con.execute(kept).fetchall()) == 3
    moved = next(iter(calls))
    with warehouse.writer() as con:
        row = {"call_id": moved, "agent_id": "agent-new", "started_at": started(moved)}
        replace_calls(con, [row], since([started(moved)]))
    with warehouse.read() as con:
        report = con.execute(kept).fetchall()
        assert report == con.execute(scratch).fetchall()
        assert ("agent-new", started(moved).date(), 1, 10.0) in report


def test_windowed_rewrites_stay_exact_also_for_a_call_whose_start_came_late(warehouse):
    """Writes look keys up only in their calls' time window. Rewriting every call still
    replaces each row exactly once, including a call first written with no known start
    (NULL: outside every window) whose start the second ingest learns: it dates its rows."""
    calls = random_calls(12, 5)
    late = next(iter(calls))
    publish(warehouse, calls, starts={late: None})
    publish(warehouse, {c: [f"druhy prepis {c[-2:]}"] for c in calls}, seed=6)
    per_key = {
        "calls": ("call_id", 1),
        "recordings": ("recording_id", 1),
        "transcript_segments": ("recording_id", 1),
        "call_transcripts": ("call_id", 1),
        "search_docs": ("call_id", 1),
    }
    with warehouse.read() as con:
        for table, (key, expected) in per_key.items():
            counts = con.execute(f"SELECT count(*) FROM {table} GROUP BY {key}").fetchall()
            assert len(counts) == len(calls) and {n for (n,) in counts} == {expected}, table
        clocks = {
            "calls": "started_at",
            "recordings": "call_started_at",
            "transcript_segments": "call_started_at",
            "call_transcripts": "started_at",
            "search_docs": "started_at",
        }
        for table, clock in clocks.items():
            sql = f"SELECT {clock} FROM {table} WHERE call_id = ?"
            assert con.execute(sql, [late]).fetchall() == [(started(late),)], table
        texts = dict(con.execute("SELECT call_id, text FROM call_transcripts").fetchall())
        assert all(f"druhy prepis {c[-2:]}" in texts[c] for c in calls)
        assert len(con.execute("FROM search('prepis', k := 100)").fetchall()) == len(calls)


def test_a_lake_from_before_the_clock_column_gets_it_filled_from_calls(warehouse):
    """An older release's table has no call_started_at: the first writer adds the column and
    dates the old rows with their call's start, so windowed lookups find them."""
    con = warehouse.read()  # no writer yet: the tables are made here, as an older release had
    con.execute(CALLS.ddl())
    old_stats = [c for c in TRANSCRIPT_STATS.columns if c.name != "call_started_at"]
    con.execute(
        "CREATE TABLE transcript_stats (" + ", ".join(f"{c.name} {c.type}" for c in old_stats) + ")"
    )
    con.execute("INSERT INTO calls (call_id, started_at) VALUES ('call-old', ?)", [START])
    con.execute("INSERT INTO transcript_stats (recording_id, call_id) VALUES ('r-old', 'call-old')")
    con.close()
    with warehouse.writer() as con:
        new = [{"recording_id": "r-old", "call_id": "call-old", "call_started_at": START}]
        replace_rows(con, TRANSCRIPT_STATS, ["r-old"], new, since([START]))
    with warehouse.read() as con:
        rows = con.execute("SELECT recording_id, call_started_at FROM transcript_stats").fetchall()
    assert rows == [("r-old", START)]  # dated, so the windowed delete replaced it
