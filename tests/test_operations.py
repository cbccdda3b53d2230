"""Operating the pipeline: live progress in a slow batch, failure alerts to a webhook."""

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import dagster as dg
import pytest

from resources.alerts import AlertResource
from sensors.alerts import alert_on_failure
from spinoco_assets.devtools.demo_server import FakeSpinoco
from spinoco_assets.settings import load
from spinoco_assets.transcription.runner import Transcriber
from tests.conftest import TOKEN, spinoco_for
from tests.helpers import RECORDINGS, TRANSCRIPTS, materialized, run_batch, tick

SAID = "777 123 456"  # what the tiny model says in every recording


class Receiver:
    """A loopback webhook that records what it is sent; `status` is what it answers."""

    def __init__(self, status: int = 200) -> None:
        self.bodies: list[dict] = []
        self.status = status
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                receiver.bodies.append(json.loads(self.rfile.read(length)))
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/hook/secret-token"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


@pytest.fixture
def pace(monkeypatch) -> Iterator[None]:
    """Publish and report after every recording (the defaults are 10 s and 30 s)."""
    monkeypatch.setenv("SPINOCO_PUBLISH_SECONDS", "0")
    monkeypatch.setenv("SPINOCO_PROGRESS_SECONDS", "0")
    load.cache_clear()
    yield
    load.cache_clear()


def test_a_slow_batch_shows_each_transcript_when_done_and_logs_an_eta(
    instance, storage, whisperx, monkeypatch, pace
):
    seen: list[set[str]] = []  # transcripts the UI shows green when each transcription starts
    real = Transcriber.transcribe

    def slow(self, recording_id, path):
        seen.append(materialized(instance, TRANSCRIPTS))
        time.sleep(0.3)
        return real(self, recording_id, path)

    with FakeSpinoco(calls=5, seed=3, token=TOKEN, shares={"vm": 0, "none": 0, "two": 0}) as fake:
        spinoco = spinoco_for(fake)
        [request] = tick(instance, spinoco, storage).run_requests
        monkeypatch.setattr(Transcriber, "transcribe", slow)
        result = run_batch(instance, spinoco, storage, request, whisperx, (RECORDINGS, TRANSCRIPTS))
    assert result.success
    assert len(seen) == 5
    assert [len(s) for s in seen] == [0, 1, 2, 3, 4]  # green one by one, not at the end
    lines = [e.user_message for e in instance.all_logs(result.run_id)]
    eta = [line for line in lines if line.startswith("transcribe: ") and "ETA" in line]
    assert len(eta) >= 4 and "real-time factor" in eta[0]
    assert any(line.startswith("transcribe: 5/5 (100%)") for line in lines)


def alert_for(instance, result: dg.ExecuteInProcessResult, url: str) -> None:
    context = dg.build_run_status_sensor_context(
        sensor_name="alert_on_failure",
        dagster_instance=instance,
        dagster_run=result.dagster_run,
        dagster_event=result.get_run_failure_event(),
        resources={"alerts": AlertResource(webhook_url=url)},
    ).for_run_failure()
    alert_on_failure(context)


def phones(fake: FakeSpinoco) -> set[str]:
    text = json.dumps(fake.tasks)
    return {text[i : i + 13] for i in range(len(text)) if text.startswith("+420", i)}


def test_a_failed_recording_is_alerted_with_its_reason_and_nothing_personal(
    instance, storage, receiver
):
    with FakeSpinoco(calls=4, seed=6, token=TOKEN) as probe:
        bad = [rec for _, rec in probe.available_recordings()][1]
    with FakeSpinoco(calls=4, seed=6, token=TOKEN, broken={bad: "not_ogg"}) as fake:
        spinoco = spinoco_for(fake, max_attempts=2)
        [request] = tick(instance, spinoco, storage).run_requests
        result = run_batch(instance, spinoco, storage, request)
        numbers = phones(fake)
    assert not result.success and numbers
    alert_for(instance, result, receiver.url)
    [body] = receiver.bodies
    text = body["text"]
    assert result.run_id in text and f"{bad}: ingest: " in text and "not an Ogg file" in text
    assert "1 recording(s) failed" in text and "attempt 1 of" in text
    assert not any(n in text or n[4:] in text for n in numbers)


def test_a_failed_run_is_alerted_without_the_error_message(
    instance, storage, fake, spinoco, receiver, monkeypatch
):
    number = sorted(phones(fake))[0]

    def crash(*args: object) -> None:
        raise RuntimeError(f"caller {number} said {SAID}")  # a message quoting personal data

    monkeypatch.setattr("spinoco_assets.pipeline.assets.ingest_stage", crash)
    [request] = tick(instance, spinoco, storage).run_requests
    result = run_batch(instance, spinoco, storage, request)
    assert not result.success
    alert_for(instance, result, receiver.url)
    [body] = receiver.bodies
    assert "failed with RuntimeError" in body["text"] and result.run_id in body["text"]
    assert number not in body["text"] and number[4:] not in body["text"]
    assert SAID not in body["text"]


@pytest.mark.parametrize("status", [500, None])  # an error answer; nobody listening
def test_a_failing_webhook_fails_nothing(instance, storage, fake, spinoco, monkeypatch, status):
    monkeypatch.setattr("spinoco_assets.pipeline.assets.ingest_stage", lambda *a: 1 / 0)
    [request] = tick(instance, spinoco, storage).run_requests
    result = run_batch(instance, spinoco, storage, request)
    hook = Receiver(status or 200)
    url = hook.url
    if status is None:
        hook.close()  # the port is closed now
    alert_for(instance, result, url)  # no exception
    if status:
        assert len(hook.bodies) == 1
        hook.close()


def test_no_webhook_sends_nothing(instance, storage, fake, spinoco, receiver, monkeypatch):
    monkeypatch.setattr("spinoco_assets.pipeline.assets.ingest_stage", lambda *a: 1 / 0)
    [request] = tick(instance, spinoco, storage).run_requests
    alert_for(instance, run_batch(instance, spinoco, storage, request), "")
    assert receiver.bodies == []
