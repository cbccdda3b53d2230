"""Tell people when a run fails: a short message to SPINOCO_ALERT_WEBHOOK, nothing personal."""

import dagster as dg

from resources.alerts import AlertResource
from spinoco_assets.alerts import failure_text
from spinoco_assets.pipeline.batch import FAILED_METADATA_KEY
from spinoco_assets.pipeline.jobs import ATTEMPT_TAG
from spinoco_assets.settings import load


def _failures(context: dg.RunFailureSensorContext) -> tuple[dict[str, str], list[str]]:
    """(failed recordings with their log-safe reasons, one line per other step error)."""
    recordings: dict[str, str] = {}
    errors: list[str] = []
    for event in context.get_step_failure_events():
        data = event.step_failure_data
        user = data.user_failure_data if data else None
        listed = user.metadata.get(FAILED_METADATA_KEY) if user else None
        if listed is not None and isinstance(listed.value, dict):
            recordings.update({str(k): str(v) for k, v in listed.value.items()})
            continue
        error = data.error if data else None
        while error is not None and error.cause is not None:  # Dagster wraps the user's error
            error = error.cause
        kind = error.cls_name if error is not None else "an error"
        # The class only: an exception's message may quote the data it choked on.
        errors.append(f"step `{event.step_key}` failed with {kind}")
    return recordings, errors


@dg.run_failure_sensor(
    name="alert_on_failure",
    default_status=dg.DefaultSensorStatus.RUNNING,
    description=(
        "Posts a short alert (job, run, failed recordings with reasons, error classes; never "
        "personal data) to SPINOCO_ALERT_WEBHOOK when a run fails. Nothing is sent when it is "
        "unset; a webhook that fails is logged and never fails anything."
    ),
)
def alert_on_failure(context: dg.RunFailureSensorContext, alerts: AlertResource) -> None:
    run = context.dagster_run
    recordings, errors = _failures(context)
    text = failure_text(
        run.job_name,
        run.run_id,
        recordings,
        errors,
        attempt=int(run.tags.get(ATTEMPT_TAG, "1")),
        max_attempts=load().spinoco.max_attempts if ATTEMPT_TAG in run.tags else 1,
    )
    if not alerts.webhook_url:
        context.log.info("SPINOCO_ALERT_WEBHOOK is not set: no alert sent")
        return
    problem = alerts.send(text)
    if problem:
        context.log.warning(f"alert for run {run.run_id} not delivered: {problem}")
