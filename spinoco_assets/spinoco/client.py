"""HTTP client for the Spinoco API: paginated task queries and checked, atomic recording downloads.

Every assumption about the API that public sources do not confirm (see ../shared/spinoco-api.md)
sits in one function or one setting here, so it is one edit when a real token is at hand.
"""

import logging
import os
import random
import socket
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import httpx

from spinoco_assets.recordings.audio import AudioError, check_recording

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class SpinocoError(Exception):
    """The API did not give a usable answer after all retries."""


class SpinocoAuthError(SpinocoError):
    """HTTP 401: the token is wrong or expired. Fatal, never retried."""


class RecordingNotFound(SpinocoError):
    """HTTP 404 for a recording: it does not exist (or not any more)."""


class BadRecording(SpinocoError):
    """The server kept answering with bytes that are not the promised recording."""


@dataclass(frozen=True)
class Downloaded:
    path: Path
    bytes: int
    sha256: str
    channels: int
    sample_rate: int
    duration_s: float
    attempts: int
    duration_mismatch_s: float | None = None  # decoded minus metadata, seconds
    duration_mismatched: bool = False  # beyond rounding: worth a warning, never a failure


def from_filter(from_ms: int) -> dict[str, str]:
    """Encoding of `from` in /task/query: epoch ms as a string inside {"L": ...} (assumption)."""
    return {"L": str(from_ms)}


def retry_after_seconds(response: httpx.Response) -> float | None:
    """Seconds the server asks us to wait (`Retry-After` as seconds or an HTTP date)."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


class SpinocoClient:
    """Thread-safe: one instance serves many concurrent downloads through one connection pool."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        protocol_version: int | None = 2,
        timeout_s: float = 30.0,
        max_attempts: int = 6,
        backoff_s: float = 0.5,
        max_backoff_s: float = 30.0,
        max_connections: int = 8,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not token:
            raise SpinocoAuthError("SPINOCO_TOKEN is empty: set it in .env (see .env.example)")
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        if protocol_version:
            headers["x-spinoco-protocol-version"] = str(protocol_version)
        self._http = httpx.Client(
            base_url=base_url.rstrip("/"),
            headers=headers,
            timeout=httpx.Timeout(timeout_s),
            limits=httpx.Limits(max_connections=max_connections),
        )
        self._max_attempts = max_attempts
        self._backoff_s = backoff_s
        self._max_backoff_s = max_backoff_s
        self._sleep = sleep

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "SpinocoClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- retries -------------------------------------------------------------------------------

    def _wait(self, attempt: int, server_hint: float | None) -> None:
        """Exponential backoff with full jitter, or the server's Retry-After when it gave one."""
        if server_hint is not None:
            delay = min(server_hint, self._max_backoff_s)
        else:
            delay = random.uniform(
                0, min(self._max_backoff_s, self._backoff_s * 2 ** (attempt - 1))
            )
        self._sleep(delay)

    def _with_retries(self, what: str, attempt_once: Callable[[], Any]) -> Any:
        """Run `attempt_once` until it returns; it raises `_Retry` for transient failures."""
        last = ""
        for attempt in range(1, self._max_attempts + 1):
            try:
                return attempt_once()
            except _Retry as retry:
                last = retry.reason
                if attempt == self._max_attempts:
                    break
                log.info("%s: %s, retry %d of %d", what, last, attempt, self._max_attempts - 1)
                self._wait(attempt, retry.wait_s)
        raise SpinocoError(f"{what}: gave up after {self._max_attempts} attempts ({last})")

    @staticmethod
    def _check_status(response: httpx.Response, what: str) -> None:
        if response.status_code == 401:
            raise SpinocoAuthError(
                "Spinoco rejected the token (HTTP 401): set a valid SPINOCO_TOKEN in .env"
            )
        if response.status_code in RETRY_STATUSES:
            raise _Retry(f"HTTP {response.status_code}", retry_after_seconds(response))
        if response.status_code == 404:
            raise RecordingNotFound(f"{what}: HTTP 404, not found")
        if response.status_code >= 400:
            raise SpinocoError(f"{what}: HTTP {response.status_code}")

    # --- task queries --------------------------------------------------------------------------

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        def once() -> dict[str, Any]:
            try:
                response = self._http.post(path, json=body)
            except httpx.TransportError as exc:
                raise _Retry(type(exc).__name__) from exc
            self._check_status(response, f"POST {path}")
            try:
                data = response.json()
            except ValueError as exc:
                raise _Retry("answer is not JSON") from exc
            if not isinstance(data, dict):
                raise _Retry("answer is not a JSON object")
            return data

        return self._with_retries(f"POST {path}", once)

    def iter_tasks(self, from_ms: int, page_size: int = 50) -> Iterator[dict[str, Any]]:
        """Completed call tasks updated at or after `from_ms`, page by page, lazily.

        The caller resumes from its own watermark after a crash, never from a stored page token,
        because how long a token stays valid is unknown.
        """
        body: dict[str, Any] = {
            "query": {
                "completed": "Only",
                "queryBy": "LastUpdate",
                "from": from_filter(from_ms),
                "taskQueryTypes": ["CallSessionTask"],
            },
            "count": page_size,
        }
        while True:
            page = self._post("/task/query", body)
            results = page.get("result")
            if not isinstance(results, list) or not results:
                return
            yield from results
            token = page.get("next")
            if not token:
                return
            body = {"page": token, "count": page_size}

    # --- recordings ----------------------------------------------------------------------------

    def download_recording(
        self,
        task_id: str,
        recording_id: str,
        dest: Path,
        expected_duration_ms: int | None = None,
        incoming: Path | None = None,
    ) -> Downloaded:
        """Stream one recording into `dest`, checked, via a temporary file renamed into place.

        `task_id` and `recording_id` must already be validated UUIDs (see `ids.is_valid_id`).
        A partial or bad body never lands at `dest`: it is written in `incoming` (default: next
        to `dest`; same file system) under a name carrying our PID, see `sweep_partials`.
        """
        path = f"/recording-direct/{task_id}/{recording_id}"
        dest.parent.mkdir(parents=True, exist_ok=True)
        incoming = incoming or dest.parent
        incoming.mkdir(parents=True, exist_ok=True)
        attempts = 0

        def once() -> Downloaded:
            nonlocal attempts
            attempts += 1
            fd, tmp_name = tempfile.mkstemp(dir=incoming, prefix=f".part-{_HOST}-{os.getpid()}-")
            tmp = Path(tmp_name)
            try:
                with os.fdopen(fd, "wb") as out:
                    try:
                        with self._http.stream("GET", path) as response:
                            self._check_status(response, f"recording {recording_id}")
                            for chunk in response.iter_bytes(64 * 1024):
                                out.write(chunk)
                            # Raw bytes against the header (h11 also checks; be explicit).
                            got, promised = (
                                response.num_bytes_downloaded,
                                response.headers.get("content-length", ""),
                            )
                            if promised.isdigit() and got != int(promised):
                                raise _Retry(f"transfer incomplete ({got} of {promised} bytes)")
                    except httpx.TransportError as exc:
                        raise _Retry(f"transfer failed ({type(exc).__name__})") from exc
                try:
                    info = check_recording(tmp, expected_duration_ms)
                except AudioError as exc:
                    raise _Retry(str(exc)) from exc
                os.replace(tmp, dest)
                return Downloaded(
                    path=dest,
                    bytes=info.bytes,
                    sha256=info.sha256,
                    channels=info.channels,
                    sample_rate=info.sample_rate,
                    duration_s=info.duration_s,
                    attempts=attempts,
                    duration_mismatch_s=info.duration_mismatch_s,
                    duration_mismatched=info.mismatched(),
                )
            finally:
                tmp.unlink(missing_ok=True)

        try:
            return self._with_retries(f"recording {recording_id}", once)
        except SpinocoError as exc:
            if type(exc) is SpinocoError:  # retries exhausted on bad bodies or transport errors
                raise BadRecording(str(exc)) from exc
            raise


_HOST = socket.gethostname().replace("-", "_")


def sweep_partials(incoming: Path, max_age_s: float = 86_400) -> int:
    """Delete partial downloads left by dead processes of this host (a killed run), and any
    partial older than a day (a pod that is gone, when pods share the volume)."""
    removed = 0
    for part in incoming.glob(".part-*"):
        try:
            _, host, pid, _ = part.name.split("-", 3)
            stale = time.time() - part.stat().st_mtime > max_age_s
            if host == _HOST and not stale:
                os.kill(int(pid), 0)  # alive: its download is in progress
                continue
            if host != _HOST and not stale:
                continue
        except ProcessLookupError:
            pass
        except (ValueError, OSError):
            continue
        part.unlink(missing_ok=True)
        removed += 1
    return removed


class _Retry(Exception):
    """A transient failure: try again after a wait."""

    def __init__(self, reason: str, wait_s: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait_s = wait_s
