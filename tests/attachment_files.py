"""Attachment bytes for the viewer's tests (no Qt): the hostile files of issue 13, item 2
(tests/vectors/attachments), pictures built by hand, WAV files and compressed-sound starts."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

VECTORS = Path(__file__).parent / "vectors" / "attachments"


def vector(name: str) -> bytes:
    return (VECTORS / name).read_bytes()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(width: int, height: int, rgb: tuple[int, int, int] = (0, 128, 128)) -> bytes:
    """A real RGB PNG of one colour."""
    row = b"\x00" + bytes(rgb) * width
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(row * height))
            + _chunk(b"IEND", b""))


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims `width` x `height` (IHDR, a tiny IDAT, IEND): nothing of that size
    is ever allocated by the test."""
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(b"\x00" * 64))
            + _chunk(b"IEND", b""))


def jpeg() -> bytes:
    """A real 40 x 30 JPEG."""
    return vector("photo.jpg")


def truncated_jpeg() -> bytes:
    data = jpeg()
    return data[: len(data) // 2]


def wav(rate: int = 16000, channels: int = 1, bits: int = 16, frames: int = 1600,
        tag: int = 1, pcm: bytes | None = None, extensible: bool = False,
        streaming: bool = False) -> bytes:
    """A WAV file: format chunk then data (`streaming`: sizes 0xFFFFFFFF, as the recorder
    writes them)."""
    block = channels * bits // 8
    samples = pcm if pcm is not None else bytes(range(256)) * (frames * block // 256 + 1)
    samples = samples[: frames * block] if pcm is None else samples
    if extensible:
        guid = struct.pack("<H", tag) + b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"
        fmt = struct.pack("<HHIIHHHHI", 0xFFFE, channels, rate, rate * block, block, bits,
                          22, bits, 0) + guid
    else:
        fmt = struct.pack("<HHIIHH", tag, channels, rate, rate * block, block, bits)
    data_size = 0xFFFFFFFF if streaming else len(samples)
    body = (b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
            + b"data" + struct.pack("<I", data_size) + samples)
    riff = 0xFFFFFFFF if streaming else len(body)
    return b"RIFF" + struct.pack("<I", riff) + body


def mp3() -> bytes:
    """The start of an MP3: an ID3v2 tag, then an MPEG-1 Layer III frame header."""
    return b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + bytes(413)


def ogg() -> bytes:
    """The start of an Ogg stream (an Opus head page)."""
    return b"OggS\x00\x02" + bytes(20) + b"\x01\x13OpusHead\x01\x01" + bytes(200)
