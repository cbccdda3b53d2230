"""Checks on downloaded audio: is it really the Ogg recording the metadata promised?"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

import av

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


def duration_tolerance_s(expected_s: float) -> float:
    """How far a decoded duration may stray from the metadata's before we call the file cut."""
    return max(1.0, 0.02 * expected_s)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_recording(path: Path, expected_duration_ms: int | None = None) -> AudioInfo:
    """Verify magic, size, that every packet decodes, and the duration; return what we learned."""
    size = path.stat().st_size
    if size == 0:
        raise AudioError("empty body (0 bytes)")
    with path.open("rb") as f:
        magic = f.read(4)
    if magic != OGG_MAGIC:
        raise AudioError(f"not an Ogg file (first bytes {magic[:4]!r})")
    try:
        with av.open(str(path)) as container:
            stream = container.streams.audio[0]
            channels = stream.codec_context.channels
            sample_rate = stream.codec_context.sample_rate
            samples = sum(frame.samples for frame in container.decode(stream))
    except (av.FFmpegError, IndexError) as exc:
        raise AudioError(f"does not decode ({type(exc).__name__})") from exc
    if not sample_rate or samples == 0:
        raise AudioError("decodes to no audio")
    duration_s = samples / sample_rate
    if expected_duration_ms is not None:
        expected_s = expected_duration_ms / 1000
        if abs(duration_s - expected_s) > duration_tolerance_s(expected_s):
            raise AudioError(
                f"duration {duration_s:.1f} s does not match the metadata's {expected_s:.1f} s"
            )
    return AudioInfo(
        bytes=size,
        sha256=_sha256(path),
        channels=channels,
        sample_rate=sample_rate,
        duration_s=round(duration_s, 3),
    )
