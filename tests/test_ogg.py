"""Completeness of an Ogg stream, judged from its own pages (demo clips are real Ogg Vorbis)."""

import struct
from pathlib import Path

import pytest

from spinoco_assets.devtools.demo_server import AUDIO_DIR
from spinoco_assets.recordings.audio import AudioError, check_recording
from spinoco_assets.recordings.ogg import IncompleteStream, read_stream

CLIP = sorted(AUDIO_DIR.glob("call_*.ogg"))[0].read_bytes()


def page_starts(data: bytes) -> list[int]:
    starts, pos = [], 0
    while (pos := data.find(b"OggS", pos)) != -1:
        starts.append(pos)
        pos += 4
    return starts


def test_a_whole_stream_declares_its_length():
    stream = read_stream(CLIP)
    assert stream.codec == "vorbis" and stream.granule_rate == 8000
    assert stream.pages == len(page_starts(CLIP))
    assert 10 < stream.duration_s < 30  # the clips are 13-19 s


@pytest.mark.parametrize(
    ("cut", "reason"),
    [
        (lambda d: d[: page_starts(d)[-2]], "not marked end-of-stream"),  # whole pages only
        (lambda d: d[: page_starts(d)[-1] + 10], "cut inside the header"),
        (lambda d: d[:-5], "cut inside page"),
        (lambda d: d[: page_starts(d)[2]] + d[page_starts(d)[3] :], "pages are missing"),
        (lambda d: d + b"junk", "after the end-of-stream page"),
    ],
)
def test_a_broken_stream_says_where(cut, reason):
    with pytest.raises(IncompleteStream, match=reason):
        read_stream(cut(CLIP))


def test_a_stream_cut_at_a_page_boundary_fails_the_check_although_it_decodes(tmp_path: Path):
    path = tmp_path / "cut.ogg"
    path.write_bytes(CLIP[: page_starts(CLIP)[len(page_starts(CLIP)) // 2]])
    with pytest.raises(AudioError, match="incomplete Ogg stream"):
        check_recording(path)


def test_a_granule_that_disagrees_with_the_decoded_audio_fails(tmp_path: Path):
    data = bytearray(CLIP)
    last = page_starts(CLIP)[-1]
    granule = struct.unpack_from("<q", data, last + 6)[0]
    struct.pack_into("<q", data, last + 6, granule + 8000 * 5)  # claims 5 s more
    path = tmp_path / "lying.ogg"
    path.write_bytes(bytes(data))
    with pytest.raises(AudioError, match="the stream declares"):
        check_recording(path)


def test_metadata_that_disagrees_is_reported_not_fatal(tmp_path: Path):
    path = tmp_path / "ok.ogg"
    path.write_bytes(CLIP)
    seconds = read_stream(CLIP).duration_s
    assert seconds is not None
    info = check_recording(path, expected_duration_ms=round(seconds * 1000 * 1.2))
    assert info.duration_mismatch_s == pytest.approx(-0.2 * seconds, abs=0.01)
    assert info.mismatched()
    exact = check_recording(path, expected_duration_ms=round(seconds * 1000) + 400)
    assert not exact.mismatched()  # rounding is not worth a warning
