"""A fake Spinoco API on loopback, serving synthetic calls, for tests, benchmarks and demos.

It speaks the subset of the API in /work/shared/spinoco-api.md (task query with paging, recording
download, bearer auth) so the real HTTP client can be exercised end to end, including the failures a
production client must survive: rate limits, 5xx, resets, slow answers, truncated or wrong bodies.
Everything (IDs, phones, timestamps, which clip a recording gets) follows from `seed`.
All audio is synthetic (espeak-ng, see demo_audio/README.md); no real call data is involved.
"""

from __future__ import annotations

import collections
import copy
import hmac
import json
import random
import socket
import struct
import threading
import time
import uuid
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from spinoco_assets.recordings.ogg import read_stream

AUDIO_DIR = Path(__file__).parent / "demo_audio"
STATUS_FAULTS = ("429", "429_no_retry_after", "500", "502", "503")
BODY_FAULTS = ("cut", "truncated", "not_ogg", "empty")  # recordings only
HOSTILE_IDS = ("../../etc/passwd", "a b", "x" * 300, "")
COMPANY_NUMBER = "+420599000100"  # invented company line
NOT_OGG = b"<html><body><h1>Maintenance</h1><p>Please try again later.</p></body></html>"


def ogg_duration_ms(data: bytes) -> int:
    """Length the stream declares (its last granule position), as Spinoco's metadata gives it."""
    seconds = read_stream(data).duration_s
    if seconds is None:
        raise ValueError("demo clips must be Ogg Vorbis or Opus")
    return round(seconds * 1000)


def load_clips() -> dict[str, tuple[bytes, int]]:
    """Clip name -> (Ogg bytes, duration in ms), read once per server."""
    clips = {}
    for path in sorted(AUDIO_DIR.glob("call_*.ogg")):
        data = path.read_bytes()
        clips[path.name] = (data, ogg_duration_ms(data))
    return clips


@dataclass
class Faults:
    rate: float = 0.0  # share of requests that get a random transient fault
    kinds: tuple[str, ...] = STATUS_FAULTS + ("reset", "slow") + BODY_FAULTS
    slow_s: float = 2.0


class FakeSpinoco:
    """The server and its state; `start()` runs it in a daemon thread.

    `stats` counts requests ("query", "recording", "unauthorized", "not_found",
    "hostile_requested") and faults ("fault_<kind>" transient, "broken_<kind>" permanent).
    `broken` maps a recording ID to "cut" (hang up half way) | "truncated" (a complete transfer of
    half an Ogg stream) | "not_ogg" | "empty" | "404", served that way every time.
    `misstated` maps a recording ID to a factor its listed duration is multiplied by (metadata
    that counts ringing time, say); the audio stays whole.
    """

    def __init__(
        self,
        *,
        calls: int = 10,
        seed: int = 0,
        token: str = "test-token",
        start_ms: int = 1_767_225_600_000,
        faults: Faults | None = None,
        latency_s: float = 0.0,
        broken: dict[str, str] | None = None,
        later_available: int = 0,
        duplicates: bool = True,
        hostile: bool = False,
        host: str = "127.0.0.1",
        port: int = 0,
        available_after: int = 2,  # query responses that list a task before its recording flips
        shares: dict[str, float] | None = None,  # share of calls per shape: vm, none, two
        misstated: dict[str, float] | None = None,
    ) -> None:
        self.token, self.faults, self.latency_s = token, faults or Faults(), latency_s
        self.broken = dict(broken or {})
        self.duplicates, self.available_after = duplicates, available_after
        self.shares = shares or {"vm": 0.1, "none": 0.1, "two": 0.1}
        self.stats: collections.Counter = collections.Counter()
        self._served: collections.Counter = collections.Counter()
        self._rng = random.Random(seed)  # data: only consumed when calls are made
        self._fault_rng = random.Random(f"faults-{seed}")  # requests: order-dependent
        self._lock = threading.RLock()
        self._clips = load_clips()
        self._clock_ms = start_ms
        self._tasks: dict[str, dict] = {}
        self._clip_of: dict[str, str] = {}  # recording id -> clip name
        self._listed: collections.Counter = collections.Counter()  # task id -> responses
        self._pending: set[str] = set()  # task ids with recordings not yet available
        self._hostile: set[str] = set()
        self._pages: dict[str, tuple[list[dict], int]] = {}  # token -> (snapshot, position)
        self._agents = [self._uuid() for _ in range(3)]
        self._partition, self._cc_id, self._trunk_id, self._app_id, self._ab_id = (
            self._uuid() for _ in range(5)
        )
        self.add_calls(calls)
        for task in self._tasks.values():
            for rec_id, rec in task["detail"]["recordings"].items():
                if rec_id in (misstated or {}):
                    rec["duration"] = round(rec["duration"] * (misstated or {})[rec_id])
        plain = self._plain_tasks()
        for task in self._rng.sample(plain, min(later_available, len(plain))):
            self._pending.add(task["id"])
            for rec in task["detail"]["recordings"].values():
                rec["available"] = False
        if hostile:
            self._add_hostile()
        self._httpd: ThreadingHTTPServer | None = None
        self._host, self._port = host, port
        self.url = ""

    # ---- data -------------------------------------------------------------------------------
    def _uuid(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=1))

    def _phone(self) -> str:
        return "+4207" + "".join(str(self._rng.randrange(10)) for _ in range(8))

    def _shapes(self, n: int) -> list[str]:
        deck = [shape for shape, share in self.shares.items() for _ in range(int(n * share + 0.5))]
        deck = (deck + ["one"] * n)[:n]
        self._rng.shuffle(deck)
        return deck

    def _trunk_party(self, phone: str, contact_id: str) -> dict:
        number = {"__tpe": "PublicNumber", "e164": phone, "abId": self._ab_id}
        number["contactId"] = contact_id
        return {
            "__tpe": "OutboundTrunkContext",
            "number": number,
            "partition": self._partition,
            "ccId": self._cc_id,
            "trunkId": self._trunk_id,
        }

    def _make_call(self, shape: str) -> dict:
        rng, agent = self._rng, self._rng.choice(self._agents)
        inbound = shape == "vm" or rng.random() < 0.7
        ringing = self._clock_ms + rng.randint(30, 900) * 1000
        answered = ringing + rng.randint(2, 20) * 1000
        recordings, t = {}, answered
        for _ in range({"none": 0, "two": 2}.get(shape, 1)):
            rec_id, clip = self._uuid(), rng.choice(sorted(self._clips))
            duration = self._clips[clip][1]
            recordings[rec_id] = {
                "id": rec_id,
                "from": t,
                "duration": duration,
                "vm": shape == "vm",
                "available": True,
                "transcriptions": {},
            }
            self._clip_of[rec_id] = clip
            t += duration + rng.randint(1, 5) * 1000
        terminated = t if recordings else answered + rng.randint(5, 60) * 1000
        customer, contact_id = self._phone(), self._uuid()
        user: dict[str, Any]
        direction: dict[str, Any]
        if inbound:
            user = {"__tpe": "VoiceApplication", "appId": self._app_id}
            user["inboundDestination"] = {"__tpe": "ApplicationNumber", "number": COMPANY_NUMBER}
            direction = {"__tpe": "Terminating", "from": self._trunk_party(customer, contact_id)}
            direction["to"] = {"tpe": user, "partition": self._partition, "ccId": self._cc_id}
            direction["toPhoneNumber"] = COMPANY_NUMBER
            owner = {"__tpe": "ContactRequestOwner", "contactId": contact_id, "abId": self._ab_id}
        else:
            user = {"__tpe": "User", "userId": agent, "mobile": False}
            direction = {"__tpe": "Originating", "from": {"tpe": user}}
            direction["from"].update(partition=self._partition, ccId=self._cc_id)
            direction.update(
                to=self._trunk_party(customer, contact_id), fromPhoneNumber=COMPANY_NUMBER
            )
            owner = {"__tpe": "UserRequestOwner", "userId": agent}
        completed = terminated + 1000
        self._clock_ms = completed + rng.randint(1, 30) * 1000
        return {
            "id": self._uuid(),
            "lastUpdate": self._clock_ms,
            "tpe": {"__tpe": "CallSessionTask", "nodeId": self._uuid(), "direction": direction},
            "result": [
                completed,
                {
                    "__tpe": "CallTaskCompleted",
                    "ringing": ringing,
                    "answered": {"R": answered},
                    "terminated": terminated,
                    "byCaller": rng.random() < 0.5,
                    "wasConnectingToUser": True,
                },
            ],
            "detail": {"__tpe": "Recordings", "transcriptions": {}, "recordings": recordings},
            "hashTags": [],
            "owner": owner,
            "assignee": {"__tpe": "Assigned", "userId": agent, "byPlay": False},
        }

    def add_calls(self, n: int) -> list[dict]:
        """Adds n completed calls, all updated after every existing task."""
        with self._lock:
            new = [self._make_call(shape) for shape in self._shapes(n)]
            self._tasks.update((task["id"], task) for task in new)
            return copy.deepcopy(new)

    def _add_hostile(self) -> None:
        """Tasks whose IDs must never become file names: one hostile task or recording ID each."""
        for i, bad in enumerate(HOSTILE_IDS):
            task = self._make_call("one")
            if i % 2:  # hostile recording id
                rec = task["detail"]["recordings"].popitem()[1]
                self._clip_of[bad] = self._clip_of[rec["id"]]
                rec["id"] = bad
                task["detail"]["recordings"][bad] = rec
            else:
                task["id"] = bad
            self._tasks[task["id"]] = task
            self._hostile.add(task["id"])

    def _plain_tasks(self) -> list[dict]:
        return [
            t
            for t in self._tasks.values()
            if len(t["detail"]["recordings"]) == 1
            and not any(r["vm"] for r in t["detail"]["recordings"].values())
        ]

    @property
    def tasks(self) -> list[dict]:
        with self._lock:
            return copy.deepcopy(sorted(self._tasks.values(), key=_order))

    def available_recordings(self) -> list[tuple[str, str]]:
        """(task ID, recording ID) a correct client should download; `broken` ones included."""
        with self._lock:
            return [
                (task["id"], rec["id"])
                for task in sorted(self._tasks.values(), key=_order)
                if task["id"] not in self._hostile
                for rec in task["detail"]["recordings"].values()
                if rec["available"] and rec["id"] not in HOSTILE_IDS
            ]

    def served_ok(self, recording_id: str) -> int:
        """How many complete, correct bodies of this recording went out."""
        with self._lock:
            return self._served[recording_id]

    # ---- request handling (called from the handler, one thread per connection) ---------------
    def _query(self, body: dict) -> tuple[int, dict]:
        count = body.get("count")
        if not isinstance(count, int) or not 1 <= count <= 1000:
            return 400, {"error": "count must be an integer 1..1000"}
        with self._lock:
            if "page" in body:  # tokens stay valid, so a client may retry a page after a fault
                if body["page"] not in self._pages:
                    return 400, {"error": "unknown or expired page token"}
                snapshot, pos = self._pages[body["page"]]
                dup = 0
            else:
                since = _parse_query(body.get("query"))
                if since is None:
                    return 400, {"error": "unsupported query"}
                tasks = sorted(self._tasks.values(), key=_order)
                snapshot = [copy.deepcopy(t) for t in tasks if t["lastUpdate"] >= since]
                pos, dup = 0, int(self.duplicates and count > 1)
            page, end = snapshot[pos : pos + count], pos + count
            answer: dict = {"result": page}
            if end < len(snapshot):
                token = uuid.uuid4().hex
                self._pages[token] = (snapshot, end - dup)  # first boundary repeats one task
                answer["next"] = token
                while len(self._pages) > 1000:  # forget tokens of abandoned listings
                    del self._pages[next(iter(self._pages))]
            for task in page:
                self._listed[task["id"]] += 1
                if task["id"] in self._pending and self._listed[task["id"]] >= self.available_after:
                    self._make_available(task["id"])
            return 200, answer

    def _make_available(self, task_id: str) -> None:
        self._pending.discard(task_id)
        task = self._tasks[task_id]
        for rec in task["detail"]["recordings"].values():
            rec["available"] = True
        self._clock_ms += 1000  # the clock is always the newest lastUpdate
        task["lastUpdate"] = self._clock_ms

    def _recording(self, task_id: str, rec_id: str) -> tuple[int, bytes | dict, str | None]:
        """Returns (status, body, permanent fault kind or None)."""
        with self._lock:
            rec = self._tasks.get(task_id, {}).get("detail", {}).get("recordings", {}).get(rec_id)
            if rec is None or not rec["available"] or self.broken.get(rec_id) == "404":
                self.count("not_found")
                return 404, {"error": "recording not found"}, None
            return 200, self._clips[self._clip_of[rec_id]][0], self.broken.get(rec_id)

    def is_hostile(self, task_id: str, rec_id: str) -> bool:
        return task_id in HOSTILE_IDS or rec_id in HOSTILE_IDS

    def count_served(self, rec_id: str) -> None:
        with self._lock:
            self._served[rec_id] += 1

    def count(self, key: str) -> None:
        with self._lock:
            self.stats[key] += 1

    def _draw_fault(self, is_recording: bool) -> str | None:
        kinds = [k for k in self.faults.kinds if is_recording or k not in BODY_FAULTS]
        with self._lock:
            if not kinds or self._fault_rng.random() >= self.faults.rate:
                return None
            return self._fault_rng.choice(kinds)

    # ---- lifecycle ----------------------------------------------------------------------------
    def start(self) -> FakeSpinoco:
        self._httpd = ThreadingHTTPServer((self._host, self._port), _make_handler(self))
        self._httpd.daemon_threads = True
        host, port = self._httpd.server_address[:2]
        self.url = f"http://{host!s}:{port}"
        serve = self._httpd.serve_forever
        threading.Thread(target=serve, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> FakeSpinoco:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _order(task: dict) -> tuple[int, str]:
    return task["lastUpdate"], task["id"]


def _parse_query(query: object) -> int | None:
    """The `from` watermark of a first-page query, or None if the query is not one we serve."""
    if not isinstance(query, dict) or query.get("queryBy") != "LastUpdate":
        return None
    if query.get("completed") != "Only" or "CallSessionTask" not in query.get("taskQueryTypes", []):
        return None
    since = query.get("from")
    if not isinstance(since, dict) or not isinstance(since.get("L"), str):
        return None
    return int(since["L"]) if since["L"].isdigit() else None


def _make_handler(fake: FakeSpinoco) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as a real API behind a proxy would
        disable_nagle_algorithm = True  # else headers and body meet a 40 ms delayed ACK

        def log_message(self, format: str, *args: object) -> None:
            pass  # request lines hold IDs; stay quiet

        def do_POST(self) -> None:
            self._serve()

        def do_GET(self) -> None:
            self._serve()

        def _serve(self) -> None:
            try:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self._answer(body)
            except (ConnectionError, TimeoutError):
                self.close_connection = True  # the client gave up (e.g. during a slow answer)

        def _answer(self, raw: bytes) -> None:
            path = urlsplit(self.path).path
            parts = [unquote(p) for p in path.split("/")]
            is_recording = self.command == "GET" and parts[1:2] == ["recording-direct"]
            if is_recording and (len(parts) != 4 or fake.is_hostile(parts[2], parts[3])):
                fake.count("hostile_requested")  # lets tests prove the client never asks
            time.sleep(fake.latency_s)
            fault = fake._draw_fault(is_recording)
            if is_recording and len(parts) == 4 and parts[3] in fake.broken:
                fault = None  # a broken recording is served broken every time, nothing else
            if fault and fault not in BODY_FAULTS:
                fake.count(f"fault_{fault}")
            if fault == "reset":
                linger = struct.pack("ii", 1, 0)  # close with RST, no answer at all
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                self.close_connection = True
                return
            if fault == "slow":
                time.sleep(fake.faults.slow_s)
            elif fault in STATUS_FAULTS:
                retry = str(fake.stats["fault_429"] % 2)  # alternates 1, 0, 1...
                extra = {"Retry-After": retry} if fault == "429" else {}
                return self._json(int(fault[:3]), {"error": "transient fault"}, extra)
            supplied = self.headers.get("Authorization", "")
            if not hmac.compare_digest(supplied.encode(), f"Bearer {fake.token}".encode()):
                fake.count("unauthorized")
                return self._json(401, {"error": "unauthorized", "message": "invalid token"})
            if self.command == "POST" and path == "/task/query":
                fake.count("query")
                try:
                    status, answer = fake._query(json.loads(raw))
                except (ValueError, AttributeError, TypeError):
                    status, answer = 400, {"error": "body must be a JSON object"}
                return self._json(status, answer)
            if not is_recording or len(parts) != 4:
                fake.count("not_found")
                return self._json(404, {"error": "no such endpoint"})
            fake.count("recording")
            status, data, permanent = fake._recording(parts[2], parts[3])
            if isinstance(data, dict):
                return self._json(status, data)
            if fault in BODY_FAULTS:
                fake.count(f"fault_{fault}")
            elif permanent:
                fake.count(f"broken_{permanent}")
            self._send_audio(parts[3], data, fault if fault in BODY_FAULTS else permanent)

        def _send_audio(self, rec_id: str, data: bytes, fault: str | None) -> None:
            body = {"not_ogg": NOT_OGG, "empty": b""}.get(fault or "", data)
            if fault == "truncated":  # whole pages, a complete transfer: only the stream is cut
                body = data[: data.index(b"OggS", len(data) // 2)]
            self.send_response(200)
            self.send_header("Content-Type", "text/html" if fault == "not_ogg" else "audio/ogg")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if fault == "cut":  # promise the full length, deliver half, hang up
                self.wfile.write(body[: len(body) // 2])
                self.close_connection = True
                return
            if fault is None:  # counted before the last byte leaves, so a client never races it
                fake.count_served(rec_id)
            self.wfile.write(body)

        def _json(self, status: int, obj: dict, headers: dict | None = None) -> None:
            body = json.dumps(obj).encode()
            self.send_response(status)
            for name, value in {"Content-Type": "application/json", **(headers or {})}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


def serve(host: str, port: int, token: str, calls: int, seed: int, new_call_every: float) -> None:
    """`spinoco demo-server`: run until Ctrl+C, adding a call every `new_call_every` s."""
    day_ago = int(time.time() * 1000) - 86_400_000  # about 200 new calls before it reaches now
    fake = FakeSpinoco(
        calls=calls, seed=seed, token=token, start_ms=day_ago, host=host, port=port
    ).start()
    print("=" * 76)
    print(" DEMO SERVER: a FAKE Spinoco API serving SYNTHETIC calls (espeak-ng voices).")
    print(" No real calls, people or phone numbers. Not affiliated with Spinoco.")
    print(f" URL: {fake.url}   calls: {len(fake.tasks)}   token: the --token value")
    if new_call_every:
        print(f" A new synthetic call arrives every {new_call_every:g} s.")
    print(" Ctrl+C stops it.")
    print("=" * 76, flush=True)
    try:
        while True:
            time.sleep(new_call_every or 3600)
            if new_call_every:
                fake.add_calls(1)
                print(f"new synthetic call added ({len(fake.tasks)} in total)", flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        fake.stop()
