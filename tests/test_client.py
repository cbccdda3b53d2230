"""The Spinoco client against the loopback fake server: paging, retries, checks, atomic files."""

from pathlib import Path

import pytest

from spinoco_assets.devtools.demo_server import FakeSpinoco, Faults
from spinoco_assets.spinoco.client import (
    BadRecording,
    RecordingNotFound,
    SpinocoAuthError,
    SpinocoClient,
)
from tests.conftest import TOKEN, files_under


def client_for(server: FakeSpinoco, **kw) -> SpinocoClient:
    return SpinocoClient(server.url, TOKEN, backoff_s=0.01, timeout_s=5.0, **kw)


def test_pagination_reads_every_task_once_despite_duplicates_across_pages():
    with FakeSpinoco(calls=23, seed=3, token=TOKEN, duplicates=True) as server:
        with client_for(server) as client:
            tasks = list(client.iter_tasks(0, page_size=5))
    ids = [t["id"] for t in tasks]
    assert set(ids) == {t["id"] for t in server.tasks}
    assert len(ids) > len(set(ids))  # the server did repeat tasks across page boundaries
    assert server.stats["query"] >= 5


def test_401_is_fatal_and_names_the_setting_without_the_token(fake):
    with SpinocoClient(fake.url, "wrong-token-value", backoff_s=0.01) as client:
        with pytest.raises(SpinocoAuthError) as err:
            list(client.iter_tasks(0))
    assert "SPINOCO_TOKEN" in str(err.value)
    assert "wrong-token-value" not in str(err.value)
    assert fake.stats["unauthorized"] == 1  # not retried


def test_missing_recording_is_a_clear_404(fake, tmp_path):
    task_id, _ = fake.available_recordings()[0]
    missing = "00000000-0000-1000-8000-000000000000"
    with client_for(fake) as client, pytest.raises(RecordingNotFound, match="404"):
        client.download_recording(task_id, missing, tmp_path / "x.ogg")
    assert not files_under(tmp_path)


def test_downloads_are_checked_and_renamed_into_place(fake, tmp_path):
    task_id, rec_id = fake.available_recordings()[0]
    duration = next(
        r["duration"]
        for t in fake.tasks
        for r in t["detail"]["recordings"].values()
        if r["id"] == rec_id
    )
    dest = tmp_path / "audio" / f"{rec_id}.ogg"
    with client_for(fake) as client:
        got = client.download_recording(task_id, rec_id, dest, expected_duration_ms=duration)
    assert dest.read_bytes()[:4] == b"OggS"
    assert (got.channels, got.sample_rate) == (2, 8000)
    assert abs(got.duration_s * 1000 - duration) < 100
    assert files_under(tmp_path) == [dest]


@pytest.mark.parametrize("kind", ["cut", "not_ogg", "empty"])
def test_a_permanently_bad_body_fails_with_its_reason_and_leaves_no_file(kind, tmp_path):
    with FakeSpinoco(calls=3, seed=1, token=TOKEN) as probe:
        task_id, rec_id = probe.available_recordings()[0]
    with FakeSpinoco(calls=3, seed=1, token=TOKEN, broken={rec_id: kind}) as server:
        with client_for(server, max_attempts=3) as client, pytest.raises(BadRecording) as err:
            client.download_recording(task_id, rec_id, tmp_path / "a" / f"{rec_id}.ogg")
    reason = {"cut": "transfer failed", "not_ogg": "not an Ogg file", "empty": "empty body"}[kind]
    assert reason in str(err.value)
    assert not files_under(tmp_path)


def test_retry_after_is_honoured():
    waits: list[float] = []
    faults = Faults(rate=1.0, kinds=("429",))
    with FakeSpinoco(calls=2, seed=2, token=TOKEN, faults=faults) as server:
        client = SpinocoClient(server.url, TOKEN, max_attempts=3, sleep=waits.append)
        with client, pytest.raises(Exception, match="HTTP 429"):
            list(client.iter_tasks(0))
    assert len(waits) == 2 and all(w in (0.0, 1.0) for w in waits)


def test_faults_on_a_fifth_of_requests_still_download_everything_exactly_once(tmp_path: Path):
    faults = Faults(rate=0.2, slow_s=0.2)
    with FakeSpinoco(calls=30, seed=11, token=TOKEN, faults=faults) as server:
        with client_for(server, max_attempts=8) as client:
            tasks = list(client.iter_tasks(0, page_size=7))
            wanted = server.available_recordings()
            for task_id, rec_id in wanted:
                client.download_recording(task_id, rec_id, tmp_path / f"{rec_id}.ogg")
        assert sum(server.stats[k] for k in server.stats if k.startswith("fault")) > 5
        assert {t["id"] for t in tasks} == {t["id"] for t in server.tasks}
        assert sorted(p.name for p in files_under(tmp_path)) == sorted(
            f"{r}.ogg" for _, r in wanted
        )
        assert all(server.served_ok(r) == 1 for _, r in wanted)
