"""Per-recording outcomes inside one batched Dagster run.

Dagster marks a whole single-run range succeeded or failed. Logging a materialization per good
partition and raising at the end if any failed gives the right per-partition status (verified on
dagster 1.13.27, see DESIGN.md): good partitions materialized, bad ones failed, and the failure's
metadata lists every failed recording with its reason for the UI and the retry sensor.
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import dagster as dg

from spinoco_assets.errors import safe_reason
from spinoco_assets.progress import Groups, Progress
from spinoco_assets.recordings.landing import Landing
from spinoco_assets.spinoco.tasks import parse_task
from spinoco_assets.warehouse.writer import since

FAILED_METADATA_KEY = "failed_recordings"
MAX_FAILURE_RATE = 0.1  # of a batch, before its health check warns


class Batch:
    def __init__(
        self,
        context: dg.AssetExecutionContext,
        keys: Iterable[str],
        landing: Landing,
        publish_s: float = 10.0,
        progress_s: float = 30.0,
    ) -> None:
        self._context = context
        self._landing = landing
        self._publish_s, self._progress_s = publish_s, progress_s
        self.stages: dict[str, Progress] = {}
        self._call_ids: dict[str, str] = {}
        self._tasks: dict[str, dict[str, Any]] = {}
        self._phones: dict[str, tuple[str, ...]] = {}
        self._starts: dict[str, datetime | None] = {}
        self.keys = list(keys)
        self.failures: dict[str, str] = {}

    def call_id(self, key: str, stage: str) -> str | None:
        """The call a recording belongs to, from its landed task (read once per batch); None
        (and the recording failed in `stage`) when the file is missing or was erased."""
        if key not in self._call_ids:
            if not self._tasks:  # every task of the batch in one vault session
                self._tasks = self._landing.get_many(self.keys)
            try:
                task = self._tasks.get(key)
                call = parse_task(task if task is not None else self._landing.get(key))[0]
                self._call_ids[key] = call.call_id
                self._phones[key] = tuple(n for n in (call.caller_number, call.callee_number) if n)
                self._starts[key] = call.started_at
            except Exception as exc:
                self.fail(key, stage, safe_reason(exc))
                return None
        return self._call_ids[key]

    def phones(self, key: str) -> tuple[str, ...]:
        """The call's own numbers (caller, callee) for a recording `call_id` has read."""
        return self._phones.get(key, ())

    def call_started_at(self, key: str) -> datetime | None:
        """When the recording's call rang (for a recording `call_id` has read): the time column
        the warehouse's per-recording tables are clustered by."""
        return self._starts.get(key)

    def since(self, keys: Iterable[str]) -> datetime | None:
        """The time window of a warehouse write of these recordings (writer.since)."""
        return since(self._starts.get(key) for key in keys)

    def active(self) -> list[str]:
        """Keys still worth working on (no stage has failed them yet)."""
        return [k for k in self.keys if k not in self.failures]

    def fail(self, key: str, stage: str, reason: str) -> None:
        """Record a failure; `reason` must be log-safe (no personal data)."""
        self.failures.setdefault(key, f"{stage}: {reason}")
        self._context.log.warning(f"recording {key} failed in {stage}: {reason}")

    def progress(self, stage: str, total: int) -> Progress:
        self.stages[stage] = Progress(stage, total, self._progress_s)
        return self.stages[stage]

    def health(self, check_name: str, asset_key: dg.AssetKey) -> dg.AssetCheckResult:
        """The batch at a glance for the UI: failure rate by stage, real-time factor, and
        quarantined recordings; warns when more than `MAX_FAILURE_RATE` failed."""
        by_stage = Counter(reason.split(":", 1)[0] for reason in self.failures.values())
        rate = len(self.failures) / max(len(self.keys), 1)
        metadata: dict[str, Any] = {
            "recordings": len(self.keys),
            "failed": len(self.failures),
            "failure_rate": round(rate, 4),
            "quarantined": by_stage.get("quarantine", 0),
            "failed_by_stage": dg.MetadataValue.json(dict(by_stage)),
        }
        transcribe = self.stages.get("transcribe")
        if transcribe is not None and transcribe.audio_s > 0:
            metadata["real_time_factor"] = round(transcribe.work_s / transcribe.audio_s, 4)
            metadata["audio_hours"] = round(transcribe.audio_s / 3600, 3)
        return dg.AssetCheckResult(
            asset_key=asset_key,
            check_name=check_name,
            passed=rate <= MAX_FAILURE_RATE,
            severity=dg.AssetCheckSeverity.WARN,
            metadata=metadata,
        )

    def report(self, progress: Progress) -> None:
        """Log where a stage stands, at the configured cadence (and when it ends)."""
        if progress.due():
            self._context.log.info(progress.line())

    def groups(self) -> Groups:
        """Finished recordings waiting to be published, handed out at the configured cadence."""
        return Groups(self._publish_s)

    def materialized(
        self, asset_key: dg.AssetKey, key: str, metadata: Mapping[str, Any] | None = None
    ) -> None:
        self._context.log_event(
            dg.AssetMaterialization(
                asset_key=asset_key, partition=key, metadata=dict(metadata or {})
            )
        )

    def finish(self) -> None:
        if not self.failures:
            return
        shown = "; ".join(f"{k}: {v}" for k, v in list(self.failures.items())[:20])
        more = len(self.failures) - 20
        raise dg.Failure(
            description=(
                f"{len(self.failures)} of {len(self.keys)} recordings failed "
                f"(the other {len(self.keys) - len(self.failures)} are materialized): {shown}"
                + (f"; and {more} more" if more > 0 else "")
            ),
            metadata={FAILED_METADATA_KEY: dg.MetadataValue.json(self.failures)},
            allow_retries=False,
        )
