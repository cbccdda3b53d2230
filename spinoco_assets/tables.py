"""The analysts' tables: one definition feeds the DuckDB DDL and the Dagster column schemas.

Nothing here may hold personal data: phone numbers appear only as keyed pseudonyms and text only
after anonymization.
"""

from dataclasses import dataclass

import dagster as dg


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

    def dagster_schema(self) -> dg.TableSchema:
        return dg.TableSchema(
            columns=[
                dg.TableColumn(c.name, c.type, description=c.description) for c in self.columns
            ]
        )


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

ALL_TABLES: tuple[Table, ...] = (CALLS, RECORDINGS, TRANSCRIPT_STATS)
