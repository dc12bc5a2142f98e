"""app.services.media: what a file is by its first bytes, never by its label, and our own
PNG/JPEG header parser that refuses a picture too large, cut short or not a picture before
any decoder sees it (issue 13, item 2), and the neutral name for a saved copy (item 7)."""

from __future__ import annotations

import struct
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services import media
from app.services.errors import PictureTooLarge, PictureUnreadable
from app.services.media import Kind
from tests import attachment_files as files


@pytest.mark.parametrize(("data", "kind"), [
    (files.png(4, 3), Kind.PNG),
    (files.jpeg(), Kind.JPEG),
    (files.vector("page.pdf"), Kind.PDF),
    (files.vector("drawing.svg"), Kind.SVG),
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", Kind.SVG),
    (files.vector("photo.tif"), Kind.TIFF),
    (files.vector("photo.webp"), Kind.WEBP),
    (files.wav(), Kind.WAV),
    (files.mp3(), Kind.MP3),
    (b"\xff\xfb\x90\x64" + bytes(100), Kind.MP3),
    (files.ogg(), Kind.OGG),
    (b"\x00\x00\x00\x18ftypM4A \x00\x00", Kind.M4A),
    (b"\x00\x00\x00\x18ftypisom\x00\x00", Kind.MP4),
    (b"GIF89a\x01\x00", Kind.GIF),
    (b"PK\x03\x04rest", Kind.ZIP),
    ("Гувоҳ: notes\n".encode(), Kind.TEXT),
    (b"\x00\x01\x02", Kind.UNKNOWN),
    (b"", Kind.TEXT),
])
def test_sniff_by_magic_bytes(data: bytes, kind: Kind) -> None:
    assert media.sniff(data) is kind


def test_copy_name_is_neutral_and_by_magic() -> None:
    blob_id = "0123456789abcdef0123456789abcdef"
    assert media.copy_name(blob_id, files.vector("page.pdf")) == "attachment-01234567.pdf"
    assert media.copy_name(blob_id, files.jpeg()) == "attachment-01234567.jpg"
    assert media.copy_name(blob_id, b"\x00\x01") == "attachment-01234567.bin"
    # whatever the id holds, only hex digits reach the name
    assert media.copy_name("../\u202egpj.exe", b"") == "attachment-ee.txt"
    assert media.copy_name("/\\", b"\x00") == "attachment-file.bin"


def test_good_headers() -> None:
    assert media.picture_header(files.png(7, 5)) == media.PictureHeader(Kind.PNG, 7, 5)
    assert media.picture_header(files.jpeg()) == media.PictureHeader(Kind.JPEG, 40, 30)
    # at the bounds exactly
    assert media.picture_header(files.png_header(10_000, 5_000)).width == 10_000
    assert media.picture_header(files.png_header(32_767, 1)).width == 32_767


@pytest.mark.parametrize(("width", "height"), [
    (30_000, 30_000), (10_000, 5_001), (32_768, 1), (1, 40_000),
])
def test_too_large_refused_from_the_header(width: int, height: int) -> None:
    with pytest.raises(PictureTooLarge) as caught:
        media.picture_header(files.png_header(width, height))
    assert (caught.value.width, caught.value.height) == (width, height)


def _jpeg_with_size(width: int, height: int) -> bytes:
    data = bytearray(files.jpeg())
    sof = data.index(b"\xff\xc0")
    struct.pack_into(">HH", data, sof + 5, height, width)
    return bytes(data)


def test_jpeg_size_comes_from_its_frame_header() -> None:
    assert media.picture_header(_jpeg_with_size(300, 200)).height == 200
    with pytest.raises(PictureTooLarge):
        media.picture_header(_jpeg_with_size(30_000, 30_000))


@pytest.mark.parametrize("name", ["page.pdf", "drawing.svg", "photo.tif", "photo.webp"])
def test_other_formats_are_not_pictures(name: str) -> None:
    with pytest.raises(PictureUnreadable) as caught:
        media.picture_header(files.vector(name))
    assert caught.value.reason == "format"


def _damaged() -> list[bytes]:
    good_png = files.png(4, 4)
    jpeg = files.jpeg()
    return [
        files.truncated_jpeg(),
        jpeg[:-2],  # no end-of-image marker
        jpeg[:2] + b"\xff\xd9",  # ends before a frame
        _jpeg_with_size(40, 0),  # height "defined later": refused
        jpeg.replace(b"\xff\xc0", b"\xff\xe5", 1),  # a scan without a frame header
        good_png[:-12],  # no IEND
        good_png[:40],  # cut inside IDAT
        good_png[:8] + good_png[8:12] + b"IHDX" + good_png[16:],  # not IHDR first
        good_png.replace(b"IDAT", b"ID\x00T"),  # a chunk type that is not letters
        files.png_header(0, 5),
        b"\x89PNG\r\n\x1a\n",
        b"\xff\xd8\xff",
    ]


@pytest.mark.parametrize("data", _damaged())
def test_damaged_pictures_are_refused(data: bytes) -> None:
    with pytest.raises(PictureUnreadable) as caught:
        media.picture_header(data)
    assert caught.value.reason == "damaged"


def test_a_file_of_empty_chunks_is_refused_quickly() -> None:
    empty = struct.pack(">I", 0) + b"tEXt" + b"\x00" * 4
    data = files.png_header(4, 4)[:33] + empty * 1_000_000
    start = time.monotonic()
    with pytest.raises(PictureUnreadable):
        media.picture_header(data)
    assert time.monotonic() - start < 2.0


def test_too_many_bytes_refused_before_parsing() -> None:
    with pytest.raises(PictureUnreadable) as caught:
        media.picture_header(b"\x89PNG\r\n\x1a\n" + bytes(media.MAX_PICTURE_BYTES))
    assert caught.value.reason == "size"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b""]))
def test_any_bytes_give_a_header_or_a_typed_refusal(tail: bytes, prefix: bytes) -> None:
    try:
        header = media.picture_header(prefix + tail)
    except (PictureUnreadable, PictureTooLarge):
        return
    assert 1 <= header.width * header.height <= media.MAX_PIXELS


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=651), st.integers(min_value=0, max_value=255))
def test_a_changed_byte_of_a_jpeg_gives_a_header_or_a_typed_refusal(at: int, value: int) -> None:
    data = bytearray(files.jpeg())
    data[at] = value
    try:
        header = media.picture_header(bytes(data))
    except (PictureUnreadable, PictureTooLarge):
        return
    assert header.kind is Kind.JPEG
    assert 1 <= header.width * header.height <= media.MAX_PIXELS
