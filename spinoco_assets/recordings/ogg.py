"""Is an Ogg stream complete? Decided from its own pages, not from anybody's metadata.

A recording's metadata duration may be rounded or count ringing time, so it cannot say whether
a download was cut. The stream can: its pages are numbered, the last one carries the
end-of-stream flag, and its granule position is the stream's length in samples. (Page CRCs are
left to the decoder, which reads every packet anyway.)
"""

import struct
from dataclasses import dataclass

_PAGE_HEADER = struct.Struct("<4sBBqIIIB")  # capture, version, flags, granule, serial, seq, crc, n
_END_OF_STREAM = 0x04
_NO_GRANULE = -1  # a page on which no packet ends


class IncompleteStream(ValueError):
    """The bytes are not one whole Ogg stream; the message says where it breaks."""


@dataclass(frozen=True)
class OggStream:
    pages: int
    codec: str  # "vorbis", "opus" or "unknown"
    granule: int  # granule position of the last page
    granule_rate: int | None  # granule units per second; None for a codec we do not know
    pre_skip: int  # Opus: samples the decoder drops at the start

    @property
    def duration_s(self) -> float | None:
        """Length the stream itself declares (None when the codec is unknown)."""
        if not self.granule_rate:
            return None
        return max(0, self.granule - self.pre_skip) / self.granule_rate


def _codec(first_packet: bytes) -> tuple[str, int | None, int]:
    """(codec, granule rate, pre-skip) from the identification header."""
    if first_packet.startswith(b"\x01vorbis") and len(first_packet) >= 16:
        return "vorbis", struct.unpack_from("<I", first_packet, 12)[0] or None, 0
    if first_packet.startswith(b"OpusHead") and len(first_packet) >= 12:
        return "opus", 48_000, struct.unpack_from("<H", first_packet, 10)[0]
    return "unknown", None, 0


def read_stream(data: bytes) -> OggStream:
    """Walk every page; raise `IncompleteStream` where the stream is cut or broken."""
    pos, page, granule = 0, 0, 0
    serial: int | None = None
    first_packet = b""
    ended = False
    while pos < len(data):
        if ended:
            raise IncompleteStream(f"{len(data) - pos} bytes after the end-of-stream page")
        if len(data) - pos < _PAGE_HEADER.size:
            raise IncompleteStream(f"cut inside the header of page {page}")
        capture, version, flags, pos_granule, page_serial, seq, _crc, segments = (
            _PAGE_HEADER.unpack_from(data, pos)
        )
        if capture != b"OggS" or version != 0:
            raise IncompleteStream(f"page {page} does not start where page {page - 1} ends")
        table = pos + _PAGE_HEADER.size
        end = table + segments + sum(data[table : table + segments])
        if table + segments > len(data) or end > len(data):
            raise IncompleteStream(f"cut inside page {page}")
        if serial is None:
            serial, first_packet = page_serial, data[table + segments : end]
        elif page_serial != serial:
            raise IncompleteStream("more than one logical stream (not a single recording)")
        if seq != page:
            raise IncompleteStream(f"page {page} is numbered {seq}: pages are missing")
        if pos_granule != _NO_GRANULE:
            if pos_granule < granule:
                raise IncompleteStream(f"granule position goes backwards at page {page}")
            granule = pos_granule
        ended = bool(flags & _END_OF_STREAM)
        pos, page = end, page + 1
    if page == 0:
        raise IncompleteStream("no Ogg pages")
    if not ended:
        raise IncompleteStream(f"the last of {page} pages is not marked end-of-stream (cut)")
    codec, rate, pre_skip = _codec(first_packet)
    return OggStream(page, codec, granule, rate, pre_skip)
