"""Everything Dagster loads, assembled in one place (`dagster dev` reads workspace.yaml)."""

import dagster as dg

from resources.alerts import AlertResource
from resources.spinoco import SpinocoResource
from resources.storage import StorageResource
from resources.whisperx import whisperx_resource
from sensors import alert_on_failure, retry_failed_recordings, spinoco_discovery
from spinoco_assets.pipeline.assets import call_pipeline
from spinoco_assets.pipeline.erasure import erase_personal_data_job
from spinoco_assets.pipeline.jobs import call_pipeline_job
from spinoco_assets.pipeline.maintenance import (
    warehouse_maintenance_job,
    warehouse_maintenance_schedule,
)
from spinoco_assets.pipeline.retention import archive_partitions_job, archive_partitions_schedule
from spinoco_assets.settings import load

settings = load()

defs = dg.Definitions(
    assets=[call_pipeline],
    jobs=[
        call_pipeline_job,
        erase_personal_data_job,
        warehouse_maintenance_job,
        archive_partitions_job,
    ],
    schedules=[warehouse_maintenance_schedule, archive_partitions_schedule],
    sensors=[spinoco_discovery, retry_failed_recordings, alert_on_failure],
    resources={
        "spinoco": SpinocoResource(
            api_base=settings.spinoco.api_base,
            token=dg.EnvVar("SPINOCO_TOKEN"),
            protocol_version=settings.spinoco.protocol_version,
            download_concurrency=settings.spinoco.download_concurrency,
        ),
        "storage": StorageResource(
            data_dir=settings.spinoco.data_dir,
            warehouse_path=settings.spinoco.warehouse_path,
            vault_path=settings.spinoco.vault_path,
            vault_key=dg.EnvVar("SPINOCO_VAULT_KEY"),
            pseudonym_key=dg.EnvVar("SPINOCO_PSEUDONYM_KEY"),
        ),
        "whisperx": whisperx_resource(settings.whisper, settings.spinoco),
        "alerts": AlertResource(
            # a secret (the URL carries the webhook's token): bound as an EnvVar, never a value
            webhook_url=dg.EnvVar("SPINOCO_ALERT_WEBHOOK") if settings.spinoco.alert_webhook else ""
        ),
    },
)
