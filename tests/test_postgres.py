"""Dagster on PostgreSQL, as deploy/dagster.k8s.yaml runs it: a real batch of the pipeline on a
throwaway server (tests/pg_server.py), its bookkeeping checked through Dagster and in the tables
themselves; and a discovery tick of 40,000 new recordings on SQLite and on PostgreSQL."""

import contextlib
import itertools
import sqlite3
import uuid
from collections.abc import Iterator

import dagster as dg
import pytest
import sqlalchemy
from dagster_postgres import PostgresEventLogStorage, PostgresRunStorage, PostgresScheduleStorage

from resources.storage import StorageResource
from sensors import discovery
from spinoco_assets.devtools.demo_server import FakeSpinoco
from spinoco_assets.pipeline.jobs import PARTITION_RANGE_END, PARTITION_RANGE_START
from spinoco_assets.pipeline.partitions import HEALTH_CHECK, PARTITIONS_NAME, RESIDUE_CHECK
from tests.conftest import PSEUDONYM_KEY, TOKEN, VAULT_KEY, spinoco_for
from tests.helpers import ANONYMIZED, RECORDINGS, TRANSCRIPTS, materialized, run_batch, tick
from tests.pg_server import PgServer, deploy_storage

ALL = (
    RECORDINGS,
    TRANSCRIPTS,
    ANONYMIZED,
    dg.AssetKey("redacted_audio"),
    dg.AssetKey("call_metrics"),
    dg.AssetKey("call_categories"),
)
MANY = 40_000  # past the ~32.8k keys at which one SQLite statement overflows (dagster#16260)
SQLITE_DEFAULT_MAX_VARIABLES = 32_766  # SQLite's compiled-in default since 3.32


@pytest.fixture
def pg_db(postgres: PgServer) -> str:
    return postgres.create_database(f"t_{uuid.uuid4().hex[:12]}")


@pytest.fixture
def pg_instance(
    postgres: PgServer, pg_db: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dg.DagsterInstance]:
    """A Dagster instance whose run, event-log and schedule storage are PostgreSQL, configured by
    the k8s deploy file's `storage` section (its env vars pointed at the test server)."""
    storage, env = deploy_storage(postgres, pg_db)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with dg.instance_for_test(overrides={"storage": storage}) as instance:
        yield instance


@contextlib.contextmanager
def sqlite_at_its_default_limit() -> Iterator[None]:
    """Every SQLite connection at SQLite's default variable limit: Debian's build (this one,
    CI's) raises it to 250,000, which hides dagster#16260; other builds keep 32,766."""

    def limit(dbapi_connection: object, _record: object) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection):
            dbapi_connection.setlimit(
                sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, SQLITE_DEFAULT_MAX_VARIABLES
            )

    sqlalchemy.event.listen(sqlalchemy.engine.Engine, "connect", limit)
    try:
        yield
    finally:
        sqlalchemy.event.remove(sqlalchemy.engine.Engine, "connect", limit)


@pytest.fixture(params=["sqlite", "postgres"])
def any_instance(request: pytest.FixtureRequest) -> Iterator[dg.DagsterInstance]:
    """An empty instance on SQLite (at its default limit) or on PostgreSQL."""
    if request.param == "postgres":
        yield request.getfixturevalue("pg_instance")
        return
    with sqlite_at_its_default_limit(), dg.instance_for_test() as instance:
        yield instance


def test_a_batch_on_postgresql_records_its_materializations_there(
    pg_instance, postgres, pg_db, storage, whisperx
):
    assert isinstance(pg_instance.run_storage, PostgresRunStorage)
    assert isinstance(pg_instance.event_log_storage, PostgresEventLogStorage)
    assert isinstance(pg_instance.schedule_storage, PostgresScheduleStorage)
    with FakeSpinoco(calls=4, seed=21, token=TOKEN) as server:
        spinoco = spinoco_for(server)
        sensor = tick(pg_instance, spinoco, storage)
        [request] = sensor.run_requests
        result = run_batch(pg_instance, spinoco, storage, request, whisperx, stages=ALL)
        keys = {rid for _, rid in server.available_recordings()}
    assert result.success and keys

    # Through Dagster: every stage of every recording, the checks, the run's status.
    assert set(pg_instance.get_dynamic_partitions(PARTITIONS_NAME)) == keys
    for asset in ALL:
        assert materialized(pg_instance, asset) == keys, asset
    run = pg_instance.get_run_by_id(result.run_id)
    assert run is not None and run.status == dg.DagsterRunStatus.SUCCESS
    checks = {c.check_name: c.passed for c in result.get_asset_check_evaluations()}
    assert checks == {RESIDUE_CHECK: True, HEALTH_CHECK: True}

    # In PostgreSQL's own tables: exactly one materialization per (asset, recording).
    rows = postgres.scalar(
        pg_db,
        "SELECT count(*) FROM event_logs WHERE dagster_event_type = 'ASSET_MATERIALIZATION' "
        "AND run_id = %s AND partition IS NOT NULL",
        (result.run_id,),
    )
    assert rows == len(ALL) * len(keys)
    anonymized = postgres.scalar(
        pg_db,
        "SELECT array_agg(DISTINCT partition) FROM event_logs "
        "WHERE dagster_event_type = 'ASSET_MATERIALIZATION' AND asset_key = %s",
        (ANONYMIZED.to_string(),),
    )
    assert set(anonymized) == keys
    partitions = postgres.scalar(
        pg_db, "SELECT count(*) FROM dynamic_partitions WHERE partitions_def_name = %s",
        (PARTITIONS_NAME,),
    )  # fmt: skip
    assert partitions == len(keys)
    status = postgres.scalar(pg_db, "SELECT status FROM runs WHERE run_id = %s", (result.run_id,))
    assert status == "SUCCESS"
    check_names = postgres.scalar(
        pg_db,
        "SELECT array_agg(DISTINCT check_name) FROM asset_check_executions WHERE run_id = %s",
        (result.run_id,),
    )
    assert set(check_names) == {RESIDUE_CHECK, HEALTH_CHECK}


@pytest.fixture(scope="module")
def big_tick(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], dg.SensorResult]:
    """One real discovery tick that finds 40,000 new recordings (the per-tick cap and the time
    budget raised for it), evaluated on an empty SQLite instance at SQLite's default limit; its
    requests are applied by each test. The keys are the requests' keys, in order."""
    data = tmp_path_factory.mktemp("big_tick")
    storage = StorageResource(data_dir=str(data), vault_key=VAULT_KEY, pseudonym_key=PSEUDONYM_KEY)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(discovery, "SETTINGS", discovery.SETTINGS.model_copy(
            update={"max_new_per_tick": MANY}))  # fmt: skip
        patch.setattr(discovery, "TICK_BUDGET_S", 600.0)  # a slow CI machine must not cut it
        with (
            FakeSpinoco(calls=MANY, seed=40, token=TOKEN, available_after=0) as server,
            sqlite_at_its_default_limit(),
            dg.instance_for_test() as instance,
        ):
            context = dg.build_sensor_context(
                instance=instance, resources={"spinoco": spinoco_for(server), "storage": storage}
            )
            result = discovery.spinoco_discovery(context)
            available = {rid for _, rid in server.available_recordings()}
    keys = [k for r in result.dynamic_partitions_requests for k in r.partition_keys]
    assert len(keys) == len(available) == MANY and set(keys) == available
    return keys, result


def test_sqlite_at_its_default_limit_cannot_add_40k_keys_in_one_statement():
    """Why the sensor splits its add request (if Dagster ever chunks this itself, the split in
    sensors/discovery.py can go), and proof that the limit above is in force."""
    keys = [str(uuid.UUID(int=i, version=4)) for i in range(MANY)]
    with sqlite_at_its_default_limit(), dg.instance_for_test() as instance:
        with pytest.raises(sqlalchemy.exc.OperationalError, match="too many SQL variables"):
            instance.add_dynamic_partitions(PARTITIONS_NAME, keys)
        assert instance.get_dynamic_partitions(PARTITIONS_NAME) == []


def test_a_tick_of_40k_new_recordings_is_added_on_sqlite_and_postgresql(
    any_instance: dg.DagsterInstance, big_tick: tuple[list[str], dg.SensorResult]
):
    keys, result = big_tick
    for add in result.dynamic_partitions_requests:  # as the daemon applies them, in order
        any_instance.add_dynamic_partitions(add.partitions_def_name, list(add.partition_keys))
    stored = any_instance.get_dynamic_partitions(PARTITIONS_NAME)
    assert stored == keys  # all of them, in the sensor's order
    # the next tick's membership look-up, all at once
    assert any_instance.get_existing_dynamic_partitions(PARTITIONS_NAME, keys) == set(keys)
    # The batched runs' ranges are contiguous in that order and cover every key once.
    index = {k: i for i, k in enumerate(stored)}
    spans = [
        (index[r.tags[PARTITION_RANGE_START]], index[r.tags[PARTITION_RANGE_END]])
        for r in result.run_requests
    ]
    assert spans[0][0] == 0 and spans[-1][1] == MANY - 1
    assert all(end + 1 == start for (_, end), (start, _) in itertools.pairwise(spans))
    assert max(end - start + 1 for start, end in spans) == discovery.BATCH_SIZE
