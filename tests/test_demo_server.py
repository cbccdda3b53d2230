"""The fake Spinoco server, exercised over real HTTP on loopback."""

from __future__ import annotations

import io
import time
from collections import Counter

import av
import httpx
import pytest

from spinoco_assets.devtools.demo_server import HOSTILE_IDS, FakeSpinoco, Faults

TOKEN = "test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def first_page(since: int = 0, count: int = 50) -> dict:
    query = {
        "completed": "Only",
        "queryBy": "LastUpdate",
        "from": {"L": str(since)},
        "taskQueryTypes": ["CallSessionTask"],
    }
    return {"query": query, "count": count}


def list_pages(fake: FakeSpinoco, since: int = 0, count: int = 50) -> list[list[dict]]:
    """All pages of one listing, following `next`."""
    pages, body = [], first_page(since, count)
    with httpx.Client(base_url=fake.url, headers=AUTH) as client:
        while True:
            answer = client.post("/task/query", json=body).raise_for_status().json()
            pages.append(answer["result"])
            if "next" not in answer:
                return pages
            body = {"page": answer["next"], "count": count}


def recordings_by_shape(fake: FakeSpinoco) -> Counter:
    shapes = Counter()
    for task in fake.tasks:
        recs = list(task["detail"]["recordings"].values())
        shapes["vm" if any(r["vm"] for r in recs) else f"{len(recs)}_recordings"] += 1
    return shapes


def test_pagination_returns_every_task_in_order_with_one_duplicate() -> None:
    with FakeSpinoco(calls=10, seed=1) as fake:
        pages = list_pages(fake, count=3)
        ids = [t["id"] for page in pages for t in page]
        assert sorted(set(ids)) == sorted(t["id"] for t in fake.tasks)
        assert [len(page) for page in pages] == [3, 3, 3, 2]  # the first boundary repeats
        assert pages[0][-1]["id"] == pages[1][0]["id"]
        assert len(ids) == 11
        updates = [t["lastUpdate"] for page in pages for t in page]
        assert updates == sorted(updates)


def test_pagination_without_duplicates_and_from_filter() -> None:
    with FakeSpinoco(calls=10, seed=1, duplicates=False) as fake:
        ids = [t["id"] for page in list_pages(fake, count=4) for t in page]
        assert ids == [t["id"] for t in fake.tasks]
        since = fake.tasks[6]["lastUpdate"]
        later = [t["id"] for page in list_pages(fake, since=since) for t in page]
        assert later == [t["id"] for t in fake.tasks[6:]]


def test_bad_token_and_bad_query() -> None:
    with FakeSpinoco(calls=2) as fake, httpx.Client(base_url=fake.url) as client:
        for headers in ({"Authorization": "Bearer wrong"}, {}):
            answer = client.post("/task/query", json=first_page(), headers=headers)
            assert answer.status_code == 401
            assert answer.json()["error"] == "unauthorized"
        task = fake.tasks[0]
        rec_id = next(iter(task["detail"]["recordings"]))
        assert client.get(f"/recording-direct/{task['id']}/{rec_id}").status_code == 401
        assert client.post(
            "/task/query", json={"page": "nope", "count": 5}, headers=AUTH
        ).is_client_error
        assert client.post("/task/query", content=b"[1]", headers=AUTH).status_code == 400
        assert fake.stats["unauthorized"] == 3


def test_call_shapes_and_metadata() -> None:
    fake = FakeSpinoco(calls=10, seed=2)
    assert recordings_by_shape(fake) == {
        "1_recordings": 7,
        "2_recordings": 1,
        "0_recordings": 1,
        "vm": 1,
    }
    for task in fake.tasks:
        direction = task["tpe"]["direction"]
        customer = (
            direction["from"]["number"]["e164"]
            if direction["__tpe"] == "Terminating"
            else direction["to"]["number"]["e164"]
        )
        assert customer.startswith("+4207") and len(customer) == 13
        answered = task["result"][1]["answered"]["R"]
        for rec in task["detail"]["recordings"].values():
            assert rec["from"] >= answered and rec["duration"] > 5000


def test_recordings_are_stereo_8k_ogg_of_the_announced_duration() -> None:
    with FakeSpinoco(calls=10, seed=3) as fake, httpx.Client(base_url=fake.url, headers=AUTH) as c:
        durations = {
            r["id"]: r["duration"] for t in fake.tasks for r in t["detail"]["recordings"].values()
        }
        pairs = fake.available_recordings()
        assert len(pairs) == 10  # 7 single + 2 from the transfer + 1 voicemail
        for task_id, rec_id in pairs:
            answer = c.get(f"/recording-direct/{task_id}/{rec_id}")
            assert answer.status_code == 200
            assert int(answer.headers["Content-Length"]) == len(answer.content)
            assert answer.content[:4] == b"OggS"
            with av.open(io.BytesIO(answer.content)) as container:
                stream = container.streams.audio[0]
                assert (stream.channels, stream.rate) == (2, 8000)
                samples = sum(frame.samples for frame in container.decode(stream))
            assert abs(samples / 8 - durations[rec_id]) < 50
            assert fake.served_ok(rec_id) == 1
        task_id = pairs[0][0]
        assert (
            c.get(f"/recording-direct/{task_id}/00000000-0000-1000-8000-000000000000").status_code
            == 404
        )
        assert c.get("/recording-direct/unknown").status_code == 404


def test_later_available_recordings_flip_and_bump_last_update() -> None:
    with FakeSpinoco(calls=10, seed=4, later_available=2) as fake:
        hidden = [
            t
            for t in fake.tasks
            if not all(r["available"] for r in t["detail"]["recordings"].values())
        ]
        assert len(hidden) == 2
        newest = fake.tasks[-1]["lastUpdate"]
        first = {t["id"]: t for page in list_pages(fake) for t in page}
        task_id, rec_id = hidden[0]["id"], next(iter(hidden[0]["detail"]["recordings"]))
        assert not first[task_id]["detail"]["recordings"][rec_id]["available"]
        with httpx.Client(base_url=fake.url, headers=AUTH) as client:
            assert client.get(f"/recording-direct/{task_id}/{rec_id}").status_code == 404
            list_pages(fake)  # second listing: flips after answering
            assert client.get(f"/recording-direct/{task_id}/{rec_id}").status_code == 200
        updated = [t for page in list_pages(fake, since=newest + 1) for t in page]
        assert sorted(t["id"] for t in updated) == sorted(t["id"] for t in hidden)
        assert all(r["available"] for t in updated for r in t["detail"]["recordings"].values())


def test_new_calls_arrive_after_the_watermark() -> None:
    with FakeSpinoco(calls=3, seed=5) as fake:
        watermark = max(t["lastUpdate"] for page in list_pages(fake) for t in page)
        added = fake.add_calls(2)
        assert all(t["lastUpdate"] > watermark for t in added)
        fresh = [t["id"] for page in list_pages(fake, since=watermark + 1) for t in page]
        assert fresh == [t["id"] for t in added]


def test_same_seed_same_tasks() -> None:
    one, two = FakeSpinoco(calls=6, seed=7), FakeSpinoco(calls=6, seed=7)
    assert one.tasks == two.tasks
    assert one.add_calls(2) == two.add_calls(2)
    assert one.tasks != FakeSpinoco(calls=6, seed=8).tasks


def test_hostile_ids_are_listed_but_not_offered() -> None:
    with FakeSpinoco(calls=3, hostile=True) as fake:
        listed = {t["id"] for page in list_pages(fake) for t in page}
        listed |= {r for t in fake.tasks for r in t["detail"]["recordings"]}
        assert set(HOSTILE_IDS) <= listed
        offered = {x for pair in fake.available_recordings() for x in pair}
        assert not offered & set(HOSTILE_IDS)
        with httpx.Client(base_url=fake.url, headers=AUTH) as client:
            client.get("/recording-direct/a%20b/c")
            client.get(f"/recording-direct/{'x' * 300}/c")
        assert fake.stats["hostile_requested"] == 2


def one_request(fake: FakeSpinoco, recording: bool, timeout: float = 2.0) -> httpx.Response:
    with httpx.Client(base_url=fake.url, headers=AUTH, timeout=timeout) as client:
        if recording:
            task_id, rec_id = fake.available_recordings()[0]
            return client.get(f"/recording-direct/{task_id}/{rec_id}")
        return client.post("/task/query", json=first_page())


@pytest.mark.parametrize("kind", ["429", "429_no_retry_after", "500", "502", "503"])
def test_status_faults(kind: str) -> None:
    with FakeSpinoco(calls=3, faults=Faults(rate=1.0, kinds=(kind,))) as fake:
        for recording in (False, True):
            answer = one_request(fake, recording)
            assert answer.status_code == int(kind[:3])
            assert answer.headers.get("Retry-After") in (("0", "1") if kind == "429" else (None,))
        assert fake.stats[f"fault_{kind}"] == 2
        assert fake.stats["query"] == 0


def test_reset_and_slow_faults() -> None:
    with FakeSpinoco(calls=3, faults=Faults(rate=1.0, kinds=("reset",))) as fake:
        with pytest.raises(httpx.TransportError):
            one_request(fake, recording=False)
        assert fake.stats["fault_reset"] == 1
    with FakeSpinoco(calls=3, faults=Faults(rate=1.0, kinds=("slow",), slow_s=0.4)) as fake:
        with pytest.raises(httpx.ReadTimeout):
            one_request(fake, recording=True, timeout=0.1)
        started = time.monotonic()
        assert one_request(fake, recording=False).status_code == 200
        assert time.monotonic() - started >= 0.4
    with FakeSpinoco(calls=3, latency_s=0.05) as fake:
        started = time.monotonic()
        assert one_request(fake, recording=True).status_code == 200
        assert time.monotonic() - started >= 0.05


@pytest.mark.parametrize("kind", ["cut", "not_ogg", "empty"])
def test_body_faults_transient_and_permanent(kind: str) -> None:
    with FakeSpinoco(calls=3, faults=Faults(rate=1.0, kinds=(kind,))) as fake:
        assert one_request(fake, recording=False).status_code == 200  # listings are unaffected
        assert_bad_body(fake, kind)
        assert fake.stats[f"fault_{kind}"] == 1
    rec_id = FakeSpinoco(calls=3).available_recordings()[0][1]
    with FakeSpinoco(calls=3, broken={rec_id: kind}) as fake:
        for _ in range(2):
            assert_bad_body(fake, kind)
        assert fake.stats[f"broken_{kind}"] == 2


def assert_bad_body(fake: FakeSpinoco, kind: str) -> None:
    rec_id = fake.available_recordings()[0][1]
    if kind == "cut":
        with pytest.raises(httpx.RemoteProtocolError):
            one_request(fake, recording=True)
    else:
        answer = one_request(fake, recording=True)
        assert answer.status_code == 200 and answer.content[:4] != b"OggS"
        assert (len(answer.content) == 0) == (kind == "empty")
    assert fake.served_ok(rec_id) == 0


def test_permanent_404_and_partial_fault_rate() -> None:
    rec_id = FakeSpinoco(calls=3).available_recordings()[0][1]
    with FakeSpinoco(calls=3, broken={rec_id: "404"}) as fake:
        assert one_request(fake, recording=True).status_code == 404
    with FakeSpinoco(calls=3, faults=Faults(rate=0.5, kinds=("500",))) as fake:
        with httpx.Client(base_url=fake.url, headers=AUTH) as client:
            codes = Counter(
                client.post("/task/query", json=first_page()).status_code for _ in range(40)
            )
        assert set(codes) == {200, 500} and 8 <= codes[500] <= 32
