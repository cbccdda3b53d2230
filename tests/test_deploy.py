"""The deploy/ instance configs are real: the local one makes a working SQLite instance (what
`make dev` copies to DAGSTER_HOME), the k8s one passes Dagster's instance schema and, pointed at a
throwaway PostgreSQL, makes an instance whose storage, queue and pools work."""

import shutil
from pathlib import Path
from typing import Any

import dagster as dg
import pytest
import sqlalchemy
import yaml
from dagster._config import process_config, resolve_to_config_type
from dagster._core.errors import DagsterInvalidConfigError
from dagster._core.instance.config import dagster_instance_config
from dagster._core.storage.config import pg_config
from dagster._core.storage.runs import SqliteRunStorage
from dagster_postgres import PostgresEventLogStorage, PostgresRunStorage, PostgresScheduleStorage
from dagster_postgres.utils import pg_url_from_config

from spinoco_assets.pipeline.assets import call_pipeline
from spinoco_assets.pipeline.partitions import PARTITIONS_NAME, RECORDINGS_KEY
from tests.pg_server import K8S_YAML, PgServer, deploy_storage

LOCAL_YAML = K8S_YAML.parent / "dagster.local.yaml"
DUMMY_ENV = {
    "DAGSTER_PG_HOST": "pg.example",
    "DAGSTER_PG_USERNAME": "dagster",
    "DAGSTER_PG_PASSWORD": "dummy@pw",
    "DAGSTER_PG_DB": "dagster",
}
KEYS = ["0b6f1c2e-5f8d-4c8a-9a1e-3d2b7c4e5f60", "1c7a2d3f-6a9e-4d9b-8b2f-4e3c8d5f6a71"]


def home_with(tmp_path: Path, config: dict[str, Any]) -> str:
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text(yaml.safe_dump(config))
    return str(home)


def bookkeeping_round_trip(instance: dg.DagsterInstance) -> None:
    """What the pipeline asks of the instance: partitions, a materialization, reading it back."""
    instance.add_dynamic_partitions(PARTITIONS_NAME, KEYS)
    assert instance.get_dynamic_partitions(PARTITIONS_NAME) == KEYS
    instance.report_runless_asset_event(
        dg.AssetMaterialization(RECORDINGS_KEY, partition=KEYS[1], metadata={"bytes": 1})
    )
    assert instance.get_materialized_partitions(RECORDINGS_KEY) == {KEYS[1]}


def test_the_local_config_makes_a_working_sqlite_instance(tmp_path):
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copyfile(LOCAL_YAML, home / "dagster.yaml")  # as `make dev` does
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert isinstance(instance.run_storage, SqliteRunStorage)
        assert isinstance(instance.run_coordinator, dg.QueuedRunCoordinator)
        assert not instance.telemetry_enabled
        assert instance.run_monitoring_enabled
        assert instance.run_monitoring_start_timeout_seconds == 300
        concurrency = instance.get_concurrency_config()
        assert concurrency.run_queue_config is not None
        assert concurrency.run_queue_config.max_concurrent_runs == 2
        assert concurrency.pool_config.default_pool_limit == 2
        bookkeeping_round_trip(instance)
    assert list(home.rglob("*.db"))  # its SQLite files live in DAGSTER_HOME


def test_the_k8s_config_passes_dagsters_instance_schema(tmp_path, monkeypatch):
    for name, value in DUMMY_ENV.items():
        monkeypatch.setenv(name, value)
    config, _ = dagster_instance_config(home_with(tmp_path, yaml.safe_load(K8S_YAML.read_text())))
    assert config["run_launcher"]["class"] == "K8sRunLauncher"  # its own config: not checked here
    # The storage section resolves (env vars and all) to a URL whose driver is installed.
    resolved = process_config(resolve_to_config_type(pg_config()), config["storage"]["postgres"])
    assert resolved.success, resolved.errors
    url = pg_url_from_config(resolved.value)
    assert url == "postgresql+psycopg2://dagster:dummy%40pw@pg.example:5432/dagster"
    sqlalchemy.engine.make_url(url).get_dialect().import_dbapi()


@pytest.mark.parametrize("path", [LOCAL_YAML, K8S_YAML], ids=["local", "k8s"])
def test_the_schema_check_would_catch_a_misspelled_key(path, tmp_path):
    """The check above can fail: Dagster's schema rejects keys it does not know."""
    config = yaml.safe_load(path.read_text())
    config["run_monitoring"]["poll_interval_secs"] = config["run_monitoring"].pop(
        "poll_interval_seconds"
    )
    with pytest.raises(DagsterInvalidConfigError, match="poll_interval_secs"):
        dagster_instance_config(home_with(tmp_path, config))


def test_the_k8s_config_runs_on_postgresql(postgres: PgServer, tmp_path, monkeypatch):
    """The whole k8s file, its storage pointed at the test server, as the daemon would load it."""
    db = postgres.create_database("deploy_k8s")
    config = yaml.safe_load(K8S_YAML.read_text())
    config["storage"], env = deploy_storage(postgres, db)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with dg.DagsterInstance.from_config(home_with(tmp_path, config)) as instance:
        assert isinstance(instance.run_storage, PostgresRunStorage)
        assert isinstance(instance.event_log_storage, PostgresEventLogStorage)
        assert isinstance(instance.schedule_storage, PostgresScheduleStorage)
        assert isinstance(instance.run_coordinator, dg.QueuedRunCoordinator)
        assert instance.run_monitoring_max_resume_run_attempts == 0
        concurrency = instance.get_concurrency_config()
        assert concurrency.run_queue_config is not None
        assert concurrency.run_queue_config.max_concurrent_runs == 16
        bookkeeping_round_trip(instance)
        # The pipeline's pool gets the file's default limit, kept in PostgreSQL.
        pool = call_pipeline.op.pool
        assert pool == "transcription"
        instance.event_log_storage.initialize_concurrency_limit_to_default(pool)
        assert instance.event_log_storage.get_concurrency_info(pool).slot_count == 4
    assert postgres.scalar(db, "SELECT count(*) FROM dynamic_partitions") == len(KEYS)
    assert postgres.scalar(db, "SELECT count(*) FROM concurrency_limits WHERE concurrency_key = %s",
                           (pool,)) == 1  # fmt: skip
