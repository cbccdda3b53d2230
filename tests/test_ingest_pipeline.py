"""Sensor and batched ingest on a real Dagster instance, real DuckDB files, the loopback server."""

import threading

import dagster as dg
import pytest

from sensors.retries import retry_failed_recordings
from spinoco_assets.devtools.demo_server import FakeSpinoco, Faults
from spinoco_assets.pipeline.jobs import (
    ATTEMPT_TAG,
    PARTITION_RANGE_END,
    PARTITION_RANGE_START,
)
from spinoco_assets.pipeline.partitions import recording_partitions
from spinoco_assets.spinoco.ids import is_valid_id
from tests.conftest import TOKEN, files_under, spinoco_for
from tests.helpers import (
    RECORDINGS,
    analyst_session,
    failure_metadata,
    materialization_count,
    materialized,
    run_batch,
    tick,
)


def test_a_tick_adds_partitions_lands_tasks_and_requests_batched_runs(
    instance, storage, monkeypatch
):
    monkeypatch.setattr("sensors.discovery.BATCH_SIZE", 4)
    with FakeSpinoco(calls=12, seed=5, token=TOKEN) as server:
        result = tick(instance, spinoco_for(server), storage)
        expected = [rec for _, rec in server.available_recordings()]
    keys = instance.get_dynamic_partitions(recording_partitions.name)
    assert sorted(keys) == sorted(expected)
    assert len(result.run_requests) == -(-len(keys) // 4)  # batches, not one run per recording
    covered = []
    for request in result.run_requests:
        start, end = request.tags[PARTITION_RANGE_START], request.tags[PARTITION_RANGE_END]
        covered += keys[keys.index(start) : keys.index(end) + 1]
    assert covered == keys
    stores = storage.stores()
    assert set(stores.landing.get_many(keys)) == set(keys)  # every task landed in the vault
    assert all(b"+420" not in p.read_bytes() for p in files_under(stores.root))  # encrypted


def test_a_second_poll_adds_nothing_and_new_calls_are_found(instance, storage):
    def count() -> int:
        return len(instance.get_dynamic_partitions(recording_partitions.name))

    with FakeSpinoco(calls=6, seed=8, token=TOKEN, later_available=2) as server:
        spinoco = spinoco_for(server)
        result = tick(instance, spinoco, storage)
        n_first = count()
        for _ in range(2):  # the late recordings flip after being listed twice
            result = tick(instance, spinoco, storage, result.cursor)
        n_late = count()
        again = tick(instance, spinoco, storage, result.cursor)
        assert again.run_requests == [] and again.dynamic_partitions_requests == []
        server.add_calls(3)
        newer = tick(instance, spinoco, storage, again.cursor)
        assert count() == len(server.available_recordings())
    assert n_late > n_first  # recordings that became available later were picked up
    assert newer.run_requests and count() > n_late


def test_hostile_ids_never_become_partitions_or_paths(instance, storage):
    with FakeSpinoco(calls=5, seed=9, token=TOKEN, hostile=True) as server:
        tick(instance, spinoco_for(server), storage)
    keys = instance.get_dynamic_partitions(recording_partitions.name)
    assert keys and all(is_valid_id(k) for k in keys)
    vault = storage.stores().vault_db.path  # the one file of fixed name a tick writes (+ lock)
    for path in files_under(storage.stores().root):
        stem = path.name.split(".")[0]
        assert is_valid_id(stem) or path.name.startswith(vault.name), path


def test_401_stops_the_tick_with_a_clear_message(instance, storage, fake):
    with pytest.raises(Exception, match="SPINOCO_TOKEN"):
        tick(instance, spinoco_for(fake, token="not-the-token"), storage)
    assert instance.get_dynamic_partitions(recording_partitions.name) == []


def test_bad_recordings_fail_alone_and_good_ones_land_once(instance, storage):
    with FakeSpinoco(calls=10, seed=4, token=TOKEN) as probe:
        recs = [rec for _, rec in probe.available_recordings()]
    broken = {recs[1]: "cut", recs[3]: "not_ogg", recs[5]: "empty"}
    faults = Faults(rate=0.2, slow_s=0.2)
    with FakeSpinoco(calls=10, seed=4, token=TOKEN, broken=broken, faults=faults) as server:
        spinoco = spinoco_for(server, max_attempts=8)
        sensor = tick(instance, spinoco, storage)
        [request] = sensor.run_requests
        result = run_batch(instance, spinoco, storage, request)
        good = set(recs) - set(broken)
        assert not result.success
        assert materialized(instance) == good
        failed = failure_metadata(result)
        assert set(failed) == set(broken)
        assert "empty body" in failed[recs[5]] and "not an Ogg" in failed[recs[3]]
        assert all(server.served_ok(r) == 1 for r in good)
    audio = files_under(storage.stores().root / "audio")
    assert sorted(p.stem for p in audio) == sorted(good)  # no partial files anywhere
    with storage.stores().warehouse.read() as con:
        rows = con.execute("SELECT recording_id, channels FROM recordings").fetchall()
        calls = con.execute("SELECT count(*), count(DISTINCT call_id) FROM calls").fetchone()
        leaked = con.execute("SELECT count(*) FROM calls WHERE caller_key LIKE '+%'").fetchone()
    assert sorted(r for r, _ in rows) == sorted(good) and {c for _, c in rows} == {2}
    assert calls[0] == calls[1] and leaked == (0,)

    # The retry sensor relaunches exactly the failed recordings (adjacent ones as one range),
    # and only the asset they miss.
    context = dg.build_sensor_context(instance=instance)
    retry = retry_failed_recordings(context)
    keys = instance.get_dynamic_partitions(recording_partitions.name)
    retried = []
    for r in retry.run_requests:
        start, end = r.tags[PARTITION_RANGE_START], r.tags[PARTITION_RANGE_END]
        retried += keys[keys.index(start) : keys.index(end) + 1]
    assert sorted(retried) == sorted(broken)
    assert all(r.tags[ATTEMPT_TAG] == "2" for r in retry.run_requests)
    assert all(list(r.asset_selection) == [RECORDINGS] for r in retry.run_requests)


def test_rematerializing_replaces_rows(instance, storage, fake, spinoco):
    sensor = tick(instance, spinoco, storage)
    for _ in range(2):
        for request in sensor.run_requests:
            assert run_batch(instance, spinoco, storage, request).success
    with storage.stores().warehouse.read() as con:
        n, distinct = con.execute(
            "SELECT count(*), count(DISTINCT recording_id) FROM recordings"
        ).fetchone()
        calls, distinct_calls = con.execute(
            "SELECT count(*), count(DISTINCT call_id) FROM calls"
        ).fetchone()
    assert n == distinct == len(fake.available_recordings())
    assert calls == distinct_calls
    # exactly one materialization event per run, none for the whole range on top
    assert all(materialization_count(instance, r) == 2 for _, r in fake.available_recordings())


def test_an_analyst_holding_the_warehouse_open_blocks_nothing(instance, storage, fake, spinoco):
    sensor = tick(instance, spinoco, storage)
    results = []

    def run(request):
        results.append(run_batch(instance, spinoco, storage, request))

    with analyst_session(storage.stores().warehouse):
        threads = [threading.Thread(target=run, args=(r,)) for r in sensor.run_requests]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert results and all(r.success for r in results)
    with storage.stores().warehouse.read() as con:
        n = con.execute("SELECT count(*) FROM recordings").fetchone()[0]
    assert n == len(fake.available_recordings())


def test_retry_groups_split_at_successes_and_at_different_missing_assets():
    from sensors.retries import retry_groups

    t, a = frozenset({"transcripts"}), frozenset({"anonymized"})
    position = {k: i for i, k in enumerate(["k1", "k2", "k3", "k4", "k5", "k6", "k7"])}
    missing = {"k6": a, "k4": t, "k2": t, "k1": t, "k5": a, "k7": t}  # k3 succeeded
    groups = retry_groups(missing, position)
    assert groups == [(["k1", "k2"], t), (["k4"], t), (["k5", "k6"], a), (["k7"], t)]


def test_old_finished_partitions_are_archived_and_their_data_kept(instance, storage, fake, spinoco):
    from spinoco_assets.pipeline.retention import archive_partitions_job
    from tests.helpers import ANONYMIZED

    [request] = tick(instance, spinoco, storage).run_requests
    assert run_batch(instance, spinoco, storage, request).success
    keys = instance.get_dynamic_partitions(recording_partitions.name)
    finished = keys[:3]  # as if the other stages were done for these
    for key in finished:
        instance.report_runless_asset_event(dg.AssetMaterialization(ANONYMIZED, partition=key))

    def archive(days: int) -> None:
        archive_partitions_job.execute_in_process(
            instance=instance,
            resources={"storage": storage},
            run_config={"ops": {"archive_old_partitions": {"config": {"keep_days": days}}}},
        )

    archive(30)  # everything is younger than 30 days: nothing goes
    assert instance.get_dynamic_partitions(recording_partitions.name) == keys
    archive(-1)  # now everything is "old": only finished recordings go
    left = instance.get_dynamic_partitions(recording_partitions.name)
    assert left == keys[3:]
    with storage.stores().warehouse.read() as con:
        assert con.execute("SELECT count(*) FROM recordings").fetchone()[0] == len(keys)


@pytest.mark.parametrize("subset_events", ["0", "1"])
def test_failed_partitions_show_failed_and_retries_cover_exactly_them(
    instance, storage, monkeypatch, subset_events
):
    """Six broken recordings of 40 (two adjacent pairs, two alone) in one batch run, with
    DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS off (the product's setting) and on."""
    monkeypatch.setenv("DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS", subset_events)
    with FakeSpinoco(calls=40, seed=4, token=TOKEN) as probe:
        recs = [rec for _, rec in probe.available_recordings()]
    kinds = ["cut", "not_ogg", "empty", "404"]
    broken = {recs[i]: kinds[n % 4] for n, i in enumerate((2, 3, 9, 17, 18, 30))}
    with FakeSpinoco(calls=40, seed=4, token=TOKEN, broken=broken) as server:
        spinoco = spinoco_for(server)
        [request] = tick(instance, spinoco, storage).run_requests
        result = run_batch(instance, spinoco, storage, request)
    assert not result.success
    assert set(failure_metadata(result)) == set(broken)
    assert materialized(instance) == set(recs) - set(broken)

    # The UI's partition status: failed only with per-partition planned events, which is why
    # the subset setting stays off (README); this pins Dagster's behaviour either way.
    with dg.partition_loading_context(dynamic_partitions_store=instance):
        status = instance.get_status_by_partition(RECORDINGS, recs, recording_partitions) or {}
    shown_failed = {k for k, v in status.items() if v == dg.AssetPartitionStatus.FAILED}
    assert shown_failed == (set(broken) if subset_events == "0" else set())

    # The retry sensor relaunches exactly the broken ones: adjacent ones as one range, never a
    # range that spans a good recording.
    retry = retry_failed_recordings(dg.build_sensor_context(instance=instance))
    keys = instance.get_dynamic_partitions(recording_partitions.name)
    ranges = [
        (keys.index(r.tags[PARTITION_RANGE_START]), keys.index(r.tags[PARTITION_RANGE_END]))
        for r in retry.run_requests
    ]
    covered = [key for first, last in ranges for key in keys[first : last + 1]]
    assert sorted(covered) == sorted(broken)
    assert len(ranges) == 4  # (2, 3), (9,), (17, 18), (30,)


def test_metadata_duration_off_keeps_a_whole_recording_and_a_cut_stream_fails_alone(
    instance, storage
):
    with FakeSpinoco(calls=4, seed=6, token=TOKEN) as probe:
        recs = [rec for _, rec in probe.available_recordings()]
    off, cut = recs[0], recs[1]
    with FakeSpinoco(
        calls=4, seed=6, token=TOKEN, misstated={off: 1.25}, broken={cut: "truncated"}
    ) as server:
        spinoco = spinoco_for(server, max_attempts=3, backoff_s=0.01)
        [request] = tick(instance, spinoco, storage).run_requests
        result = run_batch(instance, spinoco, storage, request)
        assert server.served_ok(off) == 1  # downloaded once: not mistaken for a cut file
        assert server.stats["broken_truncated"] == 3  # retried, then given up
    assert materialized(instance) == set(recs) - {cut}
    assert "incomplete Ogg stream" in failure_metadata(result)[cut]
    [event] = instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=RECORDINGS, asset_partitions=[off]), limit=1
    ).records
    mismatch = event.asset_materialization.metadata["duration_mismatch_s"].value
    assert mismatch < -1  # the metadata claims a quarter more than the stream holds
    warnings = [
        e.user_message
        for e in instance.all_logs(result.run_id)
        if "off the metadata" in e.user_message
    ]
    assert len(warnings) == 1 and off in warnings[0]
    with storage.stores().warehouse.read() as con:
        rows = dict(
            con.execute("SELECT recording_id, duration_mismatch_s FROM recordings").fetchall()
        )
    assert rows[off] == mismatch and all(abs(v) < 1 for k, v in rows.items() if k != off)
