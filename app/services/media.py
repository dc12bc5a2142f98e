"""What an attachment's bytes are, told by their first bytes only (never by the label a
sender chose), and the size a PNG or JPEG picture claims, read by our own small parser.

Nothing here decodes a picture: `picture_header` walks the PNG chunks or the JPEG segments
just far enough to learn the width and height and to see that the file reaches its end
marker, so a picture that is too large, cut short or not a picture at all is refused before
any decoder sees it (DESIGN.md section 6, "Hostile content"). Pure Python, no Qt, no
storage: the picture sandbox (app.sandbox.picture) runs the same checks in its own process.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from enum import StrEnum

from app.services.errors import PictureTooLarge, PictureUnreadable

# Bounds checked before any decoder runs: 50 megapixels (200 MB as 32-bit pixels) and
# Qt's own limit on a side.
MAX_PIXELS = 50_000_000
MAX_SIDE = 32_767
# A picture file larger than this is not handed to the decoder at all.
MAX_PICTURE_BYTES = 128 * 1024 * 1024
# A walk through chunks or segments ends after this many (a file of empty chunks could
# otherwise keep the parser busy for seconds).
_MAX_PARTS = 200_000

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHUNK_TYPE = re.compile(rb"[A-Za-z]{4}")


class Kind(StrEnum):
    """What the first bytes say a file is. The value is the file name extension used for
    a saved copy."""

    PNG = "png"
    JPEG = "jpg"
    WAV = "wav"
    WEBP = "webp"
    AVI = "avi"
    PDF = "pdf"
    TIFF = "tif"
    GIF = "gif"
    BMP = "bmp"
    ICO = "ico"
    MP3 = "mp3"
    OGG = "ogg"
    FLAC = "flac"
    M4A = "m4a"
    MP4 = "mp4"
    MOV = "mov"
    ZIP = "zip"
    SVG = "svg"
    XML = "xml"
    HTML = "html"
    TEXT = "txt"
    UNKNOWN = "bin"


PICTURES = frozenset({Kind.PNG, Kind.JPEG})

_PREFIXES: tuple[tuple[bytes, Kind], ...] = (
    (PNG_SIGNATURE, Kind.PNG),
    (b"\xff\xd8\xff", Kind.JPEG),
    (b"%PDF-", Kind.PDF),
    (b"II*\x00", Kind.TIFF),
    (b"MM\x00*", Kind.TIFF),
    (b"GIF87a", Kind.GIF),
    (b"GIF89a", Kind.GIF),
    (b"BM", Kind.BMP),
    (b"\x00\x00\x01\x00", Kind.ICO),
    (b"ID3", Kind.MP3),
    (b"OggS", Kind.OGG),
    (b"fLaC", Kind.FLAC),
    (b"PK\x03\x04", Kind.ZIP),
)
_RIFF = {b"WAVE": Kind.WAV, b"WEBP": Kind.WEBP, b"AVI ": Kind.AVI}


def sniff(data: bytes | bytearray | memoryview) -> Kind:
    """The kind of file by its magic bytes alone; TEXT for UTF-8 text without NUL, else
    UNKNOWN."""
    head = bytes(data[:4096])
    for prefix, kind in _PREFIXES:
        if head.startswith(prefix):
            return kind
    if head[:4] == b"RIFF" and head[8:12] in _RIFF:
        return _RIFF[head[8:12]]
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return Kind.M4A if brand == b"M4A " else Kind.MOV if brand == b"qt  " else Kind.MP4
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return Kind.MP3  # an MPEG audio frame without an ID3 tag
    markup = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if markup.startswith((b"<?xml", b"<svg", b"<!doctype", b"<html")):
        if b"<svg" in markup:
            return Kind.SVG
        return Kind.HTML if b"<html" in markup else Kind.XML
    if b"\x00" not in head and _utf8_prefix(head):
        return Kind.TEXT
    return Kind.UNKNOWN


def _utf8_prefix(head: bytes) -> bool:
    """Whether `head` is UTF-8, allowing one character cut at the end."""
    for cut in range(4):
        try:
            head[: len(head) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
        return True
    return False


def copy_name(blob_id: str, head: bytes | bytearray | memoryview) -> str:
    """The name suggested for a saved copy: "attachment-<8 characters of its id>.<the
    extension its magic bytes call for>". Never the original name: that is case content,
    and in a received bundle a sender's choice (it may hold "../" or U+202E)."""
    short = "".join(c for c in blob_id.lower() if c in "0123456789abcdef")[:8] or "file"
    return f"attachment-{short}.{sniff(head).value}"


@dataclass(frozen=True, slots=True)
class PictureHeader:
    kind: Kind  # PNG or JPEG
    width: int
    height: int


def picture_header(data: bytes | bytearray | memoryview) -> PictureHeader:
    """Width and height of a PNG or JPEG, checked against the bounds, and proof that the
    file is whole (its end marker is there). Raises PictureUnreadable ("format", "damaged"
    or "size") or PictureTooLarge."""
    if len(data) > MAX_PICTURE_BYTES:
        raise PictureUnreadable("size")
    raw = data if isinstance(data, bytes) else bytes(data)
    kind = sniff(raw)
    if kind is Kind.PNG:
        width, height = _png_size(raw)
    elif kind is Kind.JPEG:
        width, height = _jpeg_size(raw)
    else:
        raise PictureUnreadable("format")
    check_size(width, height)
    return PictureHeader(kind, width, height)


def check_size(width: int, height: int) -> None:
    if width < 1 or height < 1:
        raise PictureUnreadable("damaged")
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise PictureTooLarge(width, height)


def _png_size(view: bytes) -> tuple[int, int]:
    """IHDR first, then chunks (length, type, data, CRC) up to IEND."""
    if len(view) < 33 or view[12:16] != b"IHDR":
        raise PictureUnreadable("damaged")
    (ihdr_length,) = struct.unpack_from(">I", view, 8)
    width, height = struct.unpack_from(">II", view, 16)
    if ihdr_length != 13:
        raise PictureUnreadable("damaged")
    pos = 8
    for _ in range(_MAX_PARTS):
        if pos + 12 > len(view):
            break
        (length,) = struct.unpack_from(">I", view, pos)
        chunk_type = view[pos + 4 : pos + 8]
        if length > 0x7FFFFFFF or not _CHUNK_TYPE.fullmatch(chunk_type):
            break
        pos += 12 + length
        if pos > len(view):
            break
        if chunk_type == b"IEND":
            return width, height
    raise PictureUnreadable("damaged")


# Start-of-frame markers: C0-CF without DHT (C4), JPG (C8) and DAC (CC).
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_STANDALONE = frozenset(range(0xD0, 0xD8)) | {0x01}


def _jpeg_size(view: bytes) -> tuple[int, int]:
    """Segments up to the first scan (taking the size from the frame header), then the
    end-of-image marker somewhere after it: a JPEG cut short has none."""
    pos = 2
    size: tuple[int, int] | None = None
    for _ in range(_MAX_PARTS):
        while pos < len(view) and view[pos] == 0xFF and pos + 1 < len(view) \
                and view[pos + 1] == 0xFF:
            pos += 1  # fill bytes
        if pos + 4 > len(view) or view[pos] != 0xFF:
            break
        marker = view[pos + 1]
        if marker in _STANDALONE:
            pos += 2
            continue
        if marker == 0xD9:  # end of image before any scan
            break
        (length,) = struct.unpack_from(">H", view, pos + 2)
        if length < 2 or pos + 2 + length > len(view):
            break
        if marker in _SOF:
            if length < 8:
                break
            height, width = struct.unpack_from(">HH", view, pos + 5)
            size = (width, height)
        if marker == 0xDA:  # start of scan
            if size is None or view.find(b"\xff\xd9", pos + 2 + length) < 0:
                break
            return size
        pos += 2 + length
    raise PictureUnreadable("damaged")
