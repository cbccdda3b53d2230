"""Checks on downloaded audio: is it one whole Ogg recording that decodes?"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

import av

from spinoco_assets.recordings.ogg import IncompleteStream, read_stream

OGG_MAGIC = b"OggS"


class AudioError(ValueError):
    """The bytes are not a usable recording; the message says why (and holds no content)."""


@dataclass(frozen=True)
class AudioInfo:
    bytes: int
    sha256: str
    channels: int
    sample_rate: int
    duration_s: float
    duration_mismatch_s: float | None  # decoded minus metadata, seconds

    def mismatched(self) -> bool:
        """Does the decoded duration disagree with the metadata's beyond rounding?"""
        if self.duration_mismatch_s is None:
            return False
        expected_s = self.duration_s - self.duration_mismatch_s
        return abs(self.duration_mismatch_s) > duration_tolerance_s(expected_s)


def duration_tolerance_s(expected_s: float) -> float:
    """How far a decoded duration may stray from the metadata's before it is worth a warning."""
    return max(1.0, 0.02 * expected_s)


# The decoder may trim or pad a frame at either end of the stream.
_GRANULE_SLACK_S = 0.1


def check_recording(path: Path, expected_duration_ms: int | None = None) -> AudioInfo:
    """Verify that the file is one whole Ogg stream whose every packet decodes.

    Completeness comes from the stream itself (see ogg.py), never from the metadata: a
    duration that disagrees with the metadata is reported in `duration_mismatch_s`, and the
    recording is kept.
    """
    data = path.read_bytes()
    if not data:
        raise AudioError("empty body (0 bytes)")
    if data[:4] != OGG_MAGIC:
        raise AudioError(f"not an Ogg file (first bytes {data[:4]!r})")
    try:
        stream = read_stream(data)
    except IncompleteStream as exc:
        raise AudioError(f"incomplete Ogg stream: {exc}") from exc
    try:
        with av.open(str(path)) as container:
            audio = container.streams.audio[0]
            channels = audio.codec_context.channels
            sample_rate = audio.codec_context.sample_rate
            samples = sum(frame.samples for frame in container.decode(audio))
    except (av.FFmpegError, IndexError) as exc:
        raise AudioError(f"does not decode ({type(exc).__name__})") from exc
    if not sample_rate or samples == 0:
        raise AudioError("decodes to no audio")
    duration_s = samples / sample_rate
    declared_s = stream.duration_s
    if declared_s is not None and abs(declared_s - duration_s) > _GRANULE_SLACK_S:
        raise AudioError(
            f"decodes to {duration_s:.2f} s but the stream declares {declared_s:.2f} s"
        )
    mismatch = None
    if expected_duration_ms is not None:
        mismatch = round(duration_s - expected_duration_ms / 1000, 3)
    return AudioInfo(
        bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        channels=channels,
        sample_rate=sample_rate,
        duration_s=round(duration_s, 3),
        duration_mismatch_s=mismatch,
    )
