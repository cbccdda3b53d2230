"""Failure alerts to a chat webhook (Slack- and Teams-compatible JSON: {"text": ...}).

The text is built only from things that are never personal: the job, the run ID, recording IDs
(UUIDs), the log-safe failure reasons the batch recorded, and error class names, never an
exception's message. Posting never raises: an alert that cannot be sent must not fail anything.
"""

from collections.abc import Mapping

import httpx

MAX_LISTED = 10  # recordings named in one alert; the rest are counted


def failure_text(
    job: str,
    run_id: str,
    failed_recordings: Mapping[str, str],
    errors: list[str],
    attempt: int = 1,
    max_attempts: int = 1,
) -> str:
    """The alert for a failed run: which recordings failed and why, or which step errors."""
    head = f"Spinoco pipeline: run {run_id[:8]} of `{job}` failed"
    if attempt > 1 or max_attempts > 1:
        retry = "retried automatically" if attempt < max_attempts else "no automatic retry left"
        head += f" (attempt {attempt} of {max_attempts}, {retry})"
    lines = [head + "."]
    if failed_recordings:
        lines.append(f"{len(failed_recordings)} recording(s) failed:")
        for rid, reason in list(failed_recordings.items())[:MAX_LISTED]:
            lines.append(f"- {rid}: {reason}")
        if len(failed_recordings) > MAX_LISTED:
            lines.append(f"- and {len(failed_recordings) - MAX_LISTED} more")
    for error in errors:
        lines.append(f"- {error}")
    if not failed_recordings and not errors:
        lines.append("It failed before any step ran; the run's page in Dagster says why.")
    lines.append(f"Run ID: {run_id}")
    return "\n".join(lines)


def post_alert(url: str, text: str, timeout_s: float = 10.0) -> str | None:
    """POST the alert; None when it was accepted, else a log-safe reason (never the URL,
    which holds the webhook's secret)."""
    try:
        response = httpx.post(url, json={"text": text}, timeout=timeout_s)
    except httpx.HTTPError as exc:
        return f"the webhook could not be reached ({type(exc).__name__})"
    if response.is_success:
        return None
    return f"the webhook answered HTTP {response.status_code}"
