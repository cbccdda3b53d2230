"""Spinoco call recordings -> WhisperX transcripts -> anonymized DuckDB warehouse, on Dagster."""
