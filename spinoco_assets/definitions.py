"""Everything Dagster loads, assembled in one place (`dagster dev` reads workspace.yaml)."""

import dagster as dg

from resources.spinoco import SpinocoResource
from resources.storage import StorageResource
from resources.whisperx import whisperx_from_env
from sensors import retry_failed_recordings, spinoco_discovery
from spinoco_assets.assets import call_pipeline
from spinoco_assets.erasure_job import erase_personal_data_job
from spinoco_assets.jobs import call_pipeline_job
from spinoco_assets.retention import archive_partitions_job, archive_partitions_schedule
from spinoco_assets.search import search_index, search_index_job, search_index_schedule
from spinoco_assets.settings import env_int, env_or

defs = dg.Definitions(
    assets=[call_pipeline, search_index],
    jobs=[call_pipeline_job, erase_personal_data_job, search_index_job, archive_partitions_job],
    schedules=[search_index_schedule, archive_partitions_schedule],
    sensors=[spinoco_discovery, retry_failed_recordings],
    resources={
        "spinoco": SpinocoResource(
            api_base=env_or("SPINOCO_API_BASE", "https://api.spinoco.com"),
            token=dg.EnvVar("SPINOCO_TOKEN"),
            protocol_version=env_int("SPINOCO_PROTOCOL_VERSION", 2),
            download_concurrency=env_int("SPINOCO_DOWNLOAD_CONCURRENCY", 8),
        ),
        "storage": StorageResource(
            data_dir=env_or("SPINOCO_DATA_DIR", "data"),
            warehouse_path=env_or("SPINOCO_WAREHOUSE_PATH", ""),
            vault_key=dg.EnvVar("SPINOCO_VAULT_KEY"),
            pseudonym_key=dg.EnvVar("SPINOCO_PSEUDONYM_KEY"),
        ),
        "whisperx": whisperx_from_env(),
    },
)
