"""The analysts' tables: one definition feeds the DuckDB DDL and the Dagster column schemas
(built from it in pipeline/assets.py).

Nothing here may hold personal data: phone numbers appear only as keyed pseudonyms and text only
after anonymization.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str


CLOCK = "call_started_at"  # the per-recording tables' time column (see Table.clustered_by)
CALL_STARTED = "the call's start (calls.started_at): filter on it to read a time range fast"


@dataclass(frozen=True)
class Table:
    name: str
    key: str  # rows are replaced per value of this column (a recording or a call)
    description: str
    columns: tuple[Column, ...]
    # Rows arrive in time order, so this column's min/max let a lookup skip older files and
    # row groups: the key (a random UUID) cannot. See writer.window().
    clustered_by: str | None = None

    def ddl(self) -> str:
        cols = ", ".join(f"{c.name} {c.type}" for c in self.columns)
        return f"CREATE TABLE IF NOT EXISTS {self.name} ({cols})"

    def added_columns(self, present: set[str]) -> list[str]:
        """Statements that give a table made by an older release the columns added since
        (`present`: the names it has)."""
        return [
            f"ALTER TABLE {self.name} ADD COLUMN {c.name} {c.type}"
            for c in self.columns
            if c.name not in present
        ]


CALLS = Table(
    "calls",
    key="call_id",
    clustered_by="started_at",
    description="One row per Spinoco call task (phone numbers only as keyed pseudonyms).",
    columns=(
        Column("call_id", "VARCHAR", "Spinoco task ID (UUID)"),
        Column("direction", "VARCHAR", "inbound | outbound | unknown"),
        Column("started_at", "TIMESTAMPTZ", "ringing started"),
        Column("answered_at", "TIMESTAMPTZ", "answered (NULL if never)"),
        Column("ended_at", "TIMESTAMPTZ", "call terminated"),
        Column("agent_id", "VARCHAR", "Spinoco user ID of the assigned agent"),
        Column("caller_key", "VARCHAR", "HMAC pseudonym of the caller's number"),
        Column("callee_key", "VARCHAR", "HMAC pseudonym of the callee's number"),
        Column("last_update_ms", "BIGINT", "Spinoco lastUpdate of the task as ingested"),
    ),
)

RECORDINGS = Table(
    "recordings",
    key="recording_id",
    clustered_by=CLOCK,
    description="One row per downloaded, verified recording.",
    columns=(
        Column("recording_id", "VARCHAR", "Spinoco recording ID (UUID); the partition key"),
        Column("call_id", "VARCHAR", "the call (task) it belongs to"),
        Column("started_at", "TIMESTAMPTZ", "recording start"),
        Column("duration_ms", "BIGINT", "duration per Spinoco metadata, milliseconds"),
        Column("decoded_s", "DOUBLE", "duration decoded from the file, seconds"),
        Column(
            "duration_mismatch_s",
            "DOUBLE",
            "decoded_s minus the metadata's duration; the stream itself decides completeness, "
            "so a recording is kept whatever this says (rounded or ringing-time metadata)",
        ),
        Column("channels", "INTEGER", "2 for Spinoco stereo (left customer, right agent)"),
        Column("sample_rate", "INTEGER", "Hz"),
        Column("bytes", "BIGINT", "file size"),
        Column("sha256", "VARCHAR", "SHA-256 of the Ogg file"),
        Column("is_voicemail", "BOOLEAN", "Spinoco vm flag"),
        Column("ingested_at", "TIMESTAMPTZ", "when this row was written"),
        Column(CLOCK, "TIMESTAMPTZ", CALL_STARTED),
    ),
)

TRANSCRIPT_STATS = Table(
    "transcript_stats",
    key="recording_id",
    clustered_by=CLOCK,
    description="Numbers about each transcript (the text itself is personal data: vault only).",
    columns=(
        Column("recording_id", "VARCHAR", "Spinoco recording ID"),
        Column("call_id", "VARCHAR", "the call it belongs to"),
        Column("language", "VARCHAR", "transcription language"),
        Column("language_probability", "DOUBLE", "detector's probability of that language"),
        Column("audio_s", "DOUBLE", "audio duration, seconds"),
        Column("speech_s_customer", "DOUBLE", "seconds of customer speech (left channel)"),
        Column("speech_s_agent", "DOUBLE", "seconds of agent speech (right channel)"),
        Column("words", "INTEGER", "words in the transcript"),
        Column("segments", "INTEGER", "speech segments"),
        Column("interpolated_words", "INTEGER", "words (digits, symbols) with interpolated times"),
        Column("dropped_segments", "INTEGER", "hallucinations dropped (silence, subtitle credits)"),
        Column("model", "VARCHAR", "ASR model"),
        Column("settings_version", "VARCHAR", "hash of the model settings (code version)"),
        Column("processing_s", "DOUBLE", "wall time to transcribe, seconds"),
        Column("transcribed_at", "TIMESTAMPTZ", "when this row was written"),
        Column(CLOCK, "TIMESTAMPTZ", CALL_STARTED),
    ),
)

TRANSCRIPT_SEGMENTS = Table(
    "transcript_segments",
    key="recording_id",
    clustered_by=CLOCK,
    description="Anonymized speech segments, speaker-attributed and timed.",
    columns=(
        Column("recording_id", "VARCHAR", "Spinoco recording ID"),
        Column("call_id", "VARCHAR", "the call it belongs to"),
        Column("segment_no", "INTEGER", "order within the recording (time order)"),
        Column("start_s", "DOUBLE", "start, seconds from the recording's start"),
        Column("end_s", "DOUBLE", "end, seconds"),
        Column("role", "VARCHAR", "customer | agent (stereo channel); speaker_NN for mono"),
        Column("text", "VARCHAR", "anonymized text: personal data as @TYPE_NNN placeholders"),
        Column(CLOCK, "TIMESTAMPTZ", CALL_STARTED),
    ),
)

CALL_TRANSCRIPTS = Table(
    "call_transcripts",
    key="call_id",
    clustered_by="started_at",
    description="One row per call: all its recordings in time order as one anonymized text.",
    columns=(
        Column("call_id", "VARCHAR", "Spinoco task ID"),
        Column("recordings", "INTEGER", "recordings in the call"),
        Column("started_at", "TIMESTAMPTZ", "the call's start (calls.started_at)"),
        Column("text", "VARCHAR", "'[mm:ss] role: text' lines, anonymized; full-text indexed"),
    ),
)

PII_COUNTS = Table(
    "pii_counts",
    key="recording_id",
    clustered_by=CLOCK,
    description="How many personal values of each type were replaced (never the values).",
    columns=(
        Column("call_id", "VARCHAR", "Spinoco task ID"),
        Column("recording_id", "VARCHAR", "Spinoco recording ID"),
        Column("pii_type", "VARCHAR", "PHONE, EMAIL, IBAN, NAME, ADDRESS, ..."),
        Column("n", "INTEGER", "values replaced"),
        Column(CLOCK, "TIMESTAMPTZ", CALL_STARTED),
    ),
)

CALL_METRICS = Table(
    "call_metrics",
    key="recording_id",
    clustered_by=CLOCK,
    description=(
        "Conversation metrics per recording: one row per role (customer, agent) and a `call` row "
        "with the totals. Exact for stereo recordings (one channel per party); for mono ones "
        "the roles come from diarization and overlap/interruptions are approximate."
    ),
    columns=(
        Column("call_id", "VARCHAR", "Spinoco task ID"),
        Column("recording_id", "VARCHAR", "Spinoco recording ID"),
        Column("role", "VARCHAR", "customer | agent | call (totals)"),
        Column("talk_s", "DOUBLE", "seconds of speech (word times; pauses < 0.3 s are talk)"),
        Column("words", "INTEGER", "words said"),
        Column("words_per_minute", "DOUBLE", "words per minute of own talk time"),
        Column("talk_ratio", "DOUBLE", "share of all talk time (roles only)"),
        Column("longest_monologue_s", "DOUBLE", "longest stretch the other party never entered"),
        Column("interruptions", "INTEGER", "times this role cut in (overlap >= 0.5 s)"),
        Column("overlap_s", "DOUBLE", "seconds both spoke at once"),
        Column("non_talk_s", "DOUBLE", "call row: seconds nobody spoke"),
        Column("silences", "INTEGER", "call row: silences longer than 2 s"),
        Column("longest_silence_s", "DOUBLE", "call row: the longest silence"),
        Column("first_response_s", "DOUBLE", "agent/call rows: seconds to the agent's first word"),
        Column(
            "mean_response_gap_s",
            "DOUBLE",
            "agent/call rows: mean seconds from the end of a customer turn to the agent's reply",
        ),
        Column(CLOCK, "TIMESTAMPTZ", CALL_STARTED),
    ),
)

CALL_CATEGORIES = Table(
    "call_categories",
    key="recording_id",
    clustered_by=CLOCK,
    description=(
        "Categories from the rules in categories.yaml: one row per recording and category, "
        "where it first matched (anonymized words only)."
    ),
    columns=(
        Column("call_id", "VARCHAR", "Spinoco task ID"),
        Column("recording_id", "VARCHAR", "Spinoco recording ID"),
        Column("category", "VARCHAR", "complaint, technician_visit_booked, invoice_payment, ..."),
        Column("role", "VARCHAR", "who said it: customer | agent"),
        Column("start_s", "DOUBLE", "start of the matching segment, seconds"),
        Column("segment_no", "INTEGER", "the segment in transcript_segments"),
        Column("matched", "VARCHAR", "the words that matched (folded, anonymized)"),
        Column("rules_version", "VARCHAR", "digest of the rules file that matched"),
        Column(CLOCK, "TIMESTAMPTZ", CALL_STARTED),
    ),
)

REDACTED_SPANS = Table(
    "redacted_spans",
    key="recording_id",
    clustered_by=CLOCK,
    description="Where `redacted_audio` overwrote personal data: times and types, never values.",
    columns=(
        Column("call_id", "VARCHAR", "Spinoco task ID"),
        Column("recording_id", "VARCHAR", "Spinoco recording ID"),
        Column("role", "VARCHAR", "the channel that said it: customer | agent"),
        Column("start_s", "DOUBLE", "start, seconds (margin included)"),
        Column("end_s", "DOUBLE", "end, seconds (margin included)"),
        Column("pii_type", "VARCHAR", "PHONE, EMAIL, NAME, ..."),
        Column(CLOCK, "TIMESTAMPTZ", CALL_STARTED),
    ),
)

SEARCH_DOCS = Table(
    "search_docs",
    key="call_id",
    clustered_by="started_at",
    description="The search index's calls: one row per call in call_transcripts.",
    columns=(
        Column("doc", "BIGINT", "the call's number in search_terms"),
        Column("call_id", "VARCHAR", "Spinoco task ID"),
        Column("started_at", "TIMESTAMPTZ", "the call's start (calls.started_at)"),
        Column("n", "INTEGER", "terms in the call's text"),
    ),
)

SEARCH_TERMS = Table(
    "search_terms",
    key="doc",
    description=(
        "The search index: one row per term and call (lower case, accents stripped), "
        "sorted by term. Query it with the `search(query)` macro."
    ),
    columns=(
        Column("term", "VARCHAR", "a word of call_transcripts.text, folded"),
        Column("doc", "BIGINT", "search_docs.doc"),
        Column("tf", "INTEGER", "times the term occurs in the call"),
        Column("dl", "INTEGER", "terms in the call (BM25's document length)"),
    ),
)

AGENT_DAILY_METRICS = Table(
    "agent_daily_metrics",
    key="agent_id",
    description="call_metrics per agent and day, kept up to date with every write.",
    columns=(
        Column("agent_id", "VARCHAR", "Spinoco user ID of the agent"),
        Column("day", "DATE", "the day the calls started"),
        Column("recordings", "BIGINT", "recordings with metrics"),
        Column("agent_talk_s", "DOUBLE", "seconds the agent spoke"),
        Column("customer_talk_s", "DOUBLE", "seconds customers spoke"),
        Column("agent_talk_ratio", "DOUBLE", "mean share of talk time of the agent"),
        Column("agent_interruptions", "HUGEINT", "times the agent cut in"),
        Column("avg_first_response_s", "DOUBLE", "mean seconds to the agent's first word"),
        Column("agent_wpm", "DOUBLE", "mean words per minute of the agent"),
    ),
)

# Written by the stages, row by row per recording or call.
BASE_TABLES: tuple[Table, ...] = (
    CALLS,
    RECORDINGS,
    TRANSCRIPT_STATS,
    TRANSCRIPT_SEGMENTS,
    PII_COUNTS,
    CALL_METRICS,
    CALL_CATEGORIES,
    REDACTED_SPANS,
)
# Kept up to date from the base tables by warehouse/derived.py, in the same transaction.
DERIVED_TABLES: tuple[Table, ...] = (
    CALL_TRANSCRIPTS,
    SEARCH_DOCS,
    SEARCH_TERMS,
    AGENT_DAILY_METRICS,
)
ALL_TABLES = BASE_TABLES + DERIVED_TABLES

# DuckDB fts's tokenizer (stemmer 'none', strip_accents=1), as its `tokenize` macro defines it:
# 'Čerpadlo' and 'cerpadlo' are one term, placeholders like @PHONE_001 become 'phone'.
TOKENS = r"""list_filter(string_split_regex(regexp_replace(lower(strip_accents({text})),
    '[0-9!@#$%^&*()_+={{}}\[\]:;<>,.?~\\/\|''"`-]+', ' ', 'g'), '\s+'), lambda x: x <> '')"""

# BM25 as DuckDB fts computes it (k1 1.2, b 0.75, log10 idf), summed over the query's terms.
# The top k are picked before the call IDs are looked up: a frequent word matches most calls.
SEARCH_MACRO = f"""
CREATE OR REPLACE MACRO search(query, k := 20) AS TABLE
WITH terms AS (SELECT DISTINCT unnest({TOKENS.format(text="query")}) AS term),
stats AS (SELECT count(*)::DOUBLE AS n_docs, avg(n) AS avgdl FROM search_docs),
hits AS (SELECT t.term, t.doc, t.tf, t.dl FROM search_terms t SEMI JOIN terms USING (term)),
df AS (SELECT term, count(*)::DOUBLE AS df FROM hits GROUP BY term),
top AS (
    SELECT doc, sum(log((n_docs - df + 0.5) / (df + 0.5) + 1) * tf * (1.2 + 1)
                    / (tf + 1.2 * (1 - 0.75 + 0.75 * dl / avgdl))) AS score
    FROM hits JOIN df USING (term), stats
    GROUP BY doc ORDER BY score DESC, doc LIMIT k
)
SELECT d.call_id, d.started_at, top.score
FROM top JOIN search_docs d USING (doc) ORDER BY top.score DESC, d.call_id
"""
