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


@dataclass(frozen=True)
class Table:
    name: str
    key: str  # rows are replaced per value of this column (a recording or a call)
    description: str
    columns: tuple[Column, ...]

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
    ),
)

TRANSCRIPT_STATS = Table(
    "transcript_stats",
    key="recording_id",
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
    ),
)

TRANSCRIPT_SEGMENTS = Table(
    "transcript_segments",
    key="recording_id",
    description="Anonymized speech segments, speaker-attributed and timed.",
    columns=(
        Column("recording_id", "VARCHAR", "Spinoco recording ID"),
        Column("call_id", "VARCHAR", "the call it belongs to"),
        Column("segment_no", "INTEGER", "order within the recording (time order)"),
        Column("start_s", "DOUBLE", "start, seconds from the recording's start"),
        Column("end_s", "DOUBLE", "end, seconds"),
        Column("role", "VARCHAR", "customer | agent (stereo channel); speaker_NN for mono"),
        Column("text", "VARCHAR", "anonymized text: personal data as @TYPE_NNN placeholders"),
    ),
)

CALL_TRANSCRIPTS = Table(
    "call_transcripts",
    key="call_id",
    description="One row per call: all its recordings in time order as one anonymized text.",
    columns=(
        Column("call_id", "VARCHAR", "Spinoco task ID"),
        Column("recordings", "INTEGER", "recordings in the call"),
        Column("started_at", "TIMESTAMPTZ", "start of the first recording"),
        Column("text", "VARCHAR", "'[mm:ss] role: text' lines, anonymized; full-text indexed"),
    ),
)

PII_COUNTS = Table(
    "pii_counts",
    key="recording_id",
    description="How many personal values of each type were replaced (never the values).",
    columns=(
        Column("call_id", "VARCHAR", "Spinoco task ID"),
        Column("recording_id", "VARCHAR", "Spinoco recording ID"),
        Column("pii_type", "VARCHAR", "PHONE, EMAIL, IBAN, NAME, ADDRESS, ..."),
        Column("n", "INTEGER", "values replaced"),
    ),
)

CALL_METRICS = Table(
    "call_metrics",
    key="recording_id",
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
    ),
)

CALL_CATEGORIES = Table(
    "call_categories",
    key="recording_id",
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
    ),
)

REDACTED_SPANS = Table(
    "redacted_spans",
    key="recording_id",
    description="Where `redacted_audio` overwrote personal data: times and types, never values.",
    columns=(
        Column("call_id", "VARCHAR", "Spinoco task ID"),
        Column("recording_id", "VARCHAR", "Spinoco recording ID"),
        Column("role", "VARCHAR", "the channel that said it: customer | agent"),
        Column("start_s", "DOUBLE", "start, seconds (margin included)"),
        Column("end_s", "DOUBLE", "end, seconds (margin included)"),
        Column("pii_type", "VARCHAR", "PHONE, EMAIL, NAME, ..."),
    ),
)

ALL_TABLES: tuple[Table, ...] = (
    CALLS,
    RECORDINGS,
    TRANSCRIPT_STATS,
    TRANSCRIPT_SEGMENTS,
    CALL_TRANSCRIPTS,
    PII_COUNTS,
    CALL_METRICS,
    CALL_CATEGORIES,
    REDACTED_SPANS,
)

# Views for analysts, recreated with every write (they hold no data).
VIEWS: dict[str, str] = {
    "agent_daily_metrics": """
        SELECT c.agent_id, CAST(c.started_at AS DATE) AS day,
               count(DISTINCT m.recording_id) AS recordings,
               round(sum(m.talk_s) FILTER (WHERE m.role = 'agent'), 1) AS agent_talk_s,
               round(sum(m.talk_s) FILTER (WHERE m.role = 'customer'), 1) AS customer_talk_s,
               round(avg(m.talk_ratio) FILTER (WHERE m.role = 'agent'), 3) AS agent_talk_ratio,
               sum(m.interruptions) FILTER (WHERE m.role = 'agent') AS agent_interruptions,
               round(avg(m.first_response_s) FILTER (WHERE m.role = 'agent'), 2)
                   AS avg_first_response_s,
               round(avg(m.words_per_minute) FILTER (WHERE m.role = 'agent'), 1) AS agent_wpm
        FROM call_metrics m JOIN calls c USING (call_id)
        GROUP BY ALL
    """,
}
