"""The Spinoco API: HTTP client, task parsing, incremental discovery. Pure Python, no Dagster."""
