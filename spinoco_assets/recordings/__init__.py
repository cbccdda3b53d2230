"""Recordings: the landing area of discovered tasks, downloads and audio checks. No Dagster."""
