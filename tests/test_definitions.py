"""The Dagster definitions themselves: loadable, documented, and wired as the README says."""

import dagster as dg
import pytest

from spinoco_assets.definitions import defs
from spinoco_assets.pipeline.partitions import recording_partitions


def test_definitions_load():
    dg.Definitions.validate_loadable(defs)


def test_every_asset_is_documented_partitioned_and_batched():
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.description, key
        assert node.kinds, key
        assert node.partitions_def == recording_partitions, key
        assert node.backfill_policy == dg.BackfillPolicy.single_run(), key
        assert "dagster/column_schema" in node.metadata, key


@pytest.mark.parametrize(
    "name", ["spinoco_discovery", "retry_failed_recordings", "alert_on_failure"]
)
def test_sensors_run_by_default(name):
    sensor = defs.resolve_sensor_def(name)
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
    assert sensor.description


def test_the_warehouse_is_compacted_on_a_schedule():
    schedule = defs.resolve_schedule_def("warehouse_maintenance_schedule")
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    assert schedule.job_name == "warehouse_maintenance_job" and schedule.description


def test_the_category_rules_version_the_categories_asset():
    from spinoco_assets.analytics.categories import load_rules

    node = defs.resolve_asset_graph().get(dg.AssetKey("call_categories"))
    assert node.code_version == f"rules-{load_rules().digest}"
    assert node.group_name == "analytics"
