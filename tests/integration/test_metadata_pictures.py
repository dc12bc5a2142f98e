"""Issue 16 item 4 and 6: what a photo reveals, read and removed in the metadata child.

Real JPEG and PNG files made here with Pillow, their metadata written by exiftool (an
independent tool), read by app.services.file_metadata, and the cleaned copies checked with
exiftool and with mat2 --show: no location, device, author, software or original date left,
and the pixels decoded before and after identical. Pillow runs in this test process on our
own files only; the app's process never loads it (tests/unit/test_file_metadata.py)."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from app.messages import explain
from app.sandbox.metadata.model import AUTHOR, DATE, DEVICE, LOCATION, OTHER, SOFTWARE
from app.services import file_metadata
from app.services.errors import MetadataUnreadable
from tests.metadata_tools import exiftool_tags, exiftool_write, mat2_show

# What each photo is made to carry, and what must be gone from its cleaned copy.
PLANTED = {
    "Make": "Xiaomi",
    "Model": "Redmi Note 13",
    "SerialNumber": "SN-7731-QX",
    "LensModel": "Wide Lens 5mm",
    "Artist": "Karim Artist",
    "Copyright": "Karim Copyright",
    "XPAuthor": "Karim XPAuthor",
    "Software": "HyperOS Camera 5.1",
    "DateTimeOriginal": "2025:03:01 10:11:12",
    "ModifyDate": "2025:03:02 09:08:07",
}
GPS = ("-GPSLatitude=41.3111", "-GPSLatitudeRef=N", "-GPSLongitude=69.2797",
       "-GPSLongitudeRef=E")
SECRETS = [*PLANTED.values(), "Karim XMP", "Karim IPTC", "Chilonzor", "a secret comment",
           "41 deg", "69 deg", "2025:03:0"]


def _picture(width: int = 96, height: int = 64) -> Image.Image:
    image = Image.new("RGB", (width, height))
    image.putdata([((x * 5) % 256, (y * 7) % 256, (x * y) % 256)
                   for y in range(height) for x in range(width)])
    return image


def _pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB").tobytes()


def _assignments() -> list[str]:
    return [f"-{name}={value}" for name, value in PLANTED.items()] + list(GPS)


def _kinds(reading: file_metadata.Reading) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for finding in reading.findings:
        found.setdefault(finding.field, set()).add(f"{finding.kind}:{finding.value}")
    return found


def _assert_nothing_left(path: Path) -> None:
    tags = exiftool_tags(path)
    text = " ".join(f"{key}={value}" for key, value in tags.items())
    for secret in SECRETS:
        assert secret not in text, (secret, tags)
    names = {key.split(":", 1)[-1] for key in tags}
    for name in ("GPSLatitude", "GPSLongitude", "GPSPosition", "Make", "Model",
                 "SerialNumber", "LensModel", "Artist", "Copyright", "XPAuthor", "Software",
                 "DateTimeOriginal", "ModifyDate", "Creator", "By-line", "City", "Comment",
                 "XMPToolkit"):
        assert name not in names, (name, tags)
    shown = mat2_show(path)
    shown_text = " ".join(f"{key}={value}" for key, value in shown.items())
    for secret in SECRETS:
        assert secret not in shown_text, (secret, shown)
    for name in ("GPSLatitude", "GPSPosition", "Make", "Model", "Artist", "Software",
                 "DateTimeOriginal", "Creator", "Comment"):
        assert name not in shown, (name, shown)
    raw = path.read_bytes()
    for secret in ("Karim", "Xiaomi", "Redmi", "HyperOS", "Chilonzor"):
        assert secret.encode() not in raw


def _jpeg_scans(data: bytes) -> bytes:
    """Everything from the first SOS marker to EOI: the entropy-coded picture itself."""
    return data[data.index(b"\xff\xda"):data.rindex(b"\xff\xd9") + 2]


@pytest.mark.parametrize("progressive", [False, True], ids=["baseline", "progressive"])
def test_a_phone_photo_tells_where_on_what_by_whom_and_the_copy_does_not(
        tmp_path: Path, progressive: bool) -> None:
    path = tmp_path / "photo.jpg"
    _picture().save(path, "JPEG", quality=88, progressive=progressive,
                    **({"restart_marker_blocks": 2} if not progressive else {}))
    exiftool_write(path, *_assignments(), "-Orientation#=6", "-XMP-dc:Creator=Karim XMP",
                   "-IPTC:By-line=Karim IPTC", "-IPTC:City=Chilonzor",
                   "-Comment=a secret comment")
    original = path.read_bytes()
    assert exiftool_tags(path)["IFD0:Make"] == "Xiaomi"  # the reference sees what we planted

    reading = file_metadata.read(original)

    assert reading.format == "jpeg"
    assert reading.cleanable
    found = _kinds(reading)
    assert found["GPSPosition"] == {f"{LOCATION}:41.3111 N 69.2797 E"}
    assert found["Make"] == {f"{DEVICE}:Xiaomi"}
    assert found["Model"] == {f"{DEVICE}:Redmi Note 13"}
    assert found["BodySerialNumber"] == {f"{DEVICE}:SN-7731-QX"}
    assert found["LensModel"] == {f"{DEVICE}:Wide Lens 5mm"}
    assert found["Artist"] == {f"{AUTHOR}:Karim Artist"}
    assert found["Copyright"] == {f"{AUTHOR}:Karim Copyright"}
    assert found["XPAuthor"] == {f"{AUTHOR}:Karim XPAuthor"}
    assert found["Software"] == {f"{SOFTWARE}:HyperOS Camera 5.1"}
    assert found["DateTimeOriginal"] == {f"{DATE}:2025:03:01 10:11:12"}
    assert found["DateTime"] == {f"{DATE}:2025:03:02 09:08:07"}
    assert found["dc:creator"] == {f"{AUTHOR}:Karim XMP"}
    assert found["IPTC:By-line"] == {f"{AUTHOR}:Karim IPTC"}
    assert found["IPTC:City"] == {f"{LOCATION}:Chilonzor"}
    assert found["Comment"] == {f"{OTHER}:a secret comment"}

    cleaned = file_metadata.clean(original)

    out = tmp_path / "clean.jpg"
    out.write_bytes(cleaned)
    _assert_nothing_left(out)
    assert file_metadata.read(cleaned) == file_metadata.Reading("jpeg", (), True)
    # not re-encoded: the scans are the same bytes, so the same pixels
    assert _jpeg_scans(cleaned) == _jpeg_scans(original)
    assert _pixels(cleaned) == _pixels(original)
    # the phone's orientation stays, alone, so the photo is not shown on its side
    assert exiftool_tags(out)["IFD0:Orientation"] == "Rotate 90 CW"


def test_what_follows_the_end_of_a_photo_is_found_and_dropped(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    _picture(32, 24).save(buffer, "JPEG")
    original = buffer.getvalue() + b"MotionPhoto_Data Karim trailer"

    reading = file_metadata.read(original)

    assert [(f.kind, f.field) for f in reading.findings] == [(OTHER, "TrailingData")]
    cleaned = file_metadata.clean(original)
    assert cleaned == buffer.getvalue()[:len(cleaned)]
    assert b"Karim" not in cleaned
    assert _pixels(cleaned) == _pixels(original)


def test_a_photo_without_metadata_reads_empty_and_keeps_its_colour_profile(
        tmp_path: Path) -> None:
    buffer = io.BytesIO()
    profile = b"\x00" * 128 + b"acsp" + b"\x00" * 124  # only carried, never interpreted
    _picture(32, 24).save(buffer, "JPEG", icc_profile=profile)
    original = buffer.getvalue()

    assert file_metadata.read(original) == file_metadata.Reading("jpeg", (), True)
    cleaned = file_metadata.clean(original)
    assert b"ICC_PROFILE\x00" in cleaned
    assert _pixels(cleaned) == _pixels(original)


def test_a_png_tells_its_author_and_place_and_the_copy_does_not(tmp_path: Path) -> None:
    path = tmp_path / "screen.png"
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "a secret comment", zip=True)  # zTXt
    info.add_itxt("Author", "Karim Artist")  # iTXt
    _picture().save(path, "PNG", pnginfo=info)
    exiftool_write(path, *_assignments(), "-PNG:Software=HyperOS Camera 5.1",
                   "-PNG:CreationTime=2025:03:01 10:11:12", "-XMP-dc:Creator=Karim XMP",
                   "-XMP:City=Chilonzor")
    original = path.read_bytes()
    for chunk in (b"eXIf", b"zTXt", b"iTXt"):
        assert chunk in original

    reading = file_metadata.read(original)

    assert reading.format == "png"
    assert reading.cleanable
    found = _kinds(reading)
    assert found["GPSPosition"] == {f"{LOCATION}:41.3111 N 69.2797 E"}
    assert found["Make"] == {f"{DEVICE}:Xiaomi"}
    assert found["Model"] == {f"{DEVICE}:Redmi Note 13"}
    assert f"{AUTHOR}:Karim Artist" in found["Author"]
    assert found["Artist"] == {f"{AUTHOR}:Karim Artist"}
    assert f"{SOFTWARE}:HyperOS Camera 5.1" in found["Software"]
    assert found["DateTimeOriginal"] == {f"{DATE}:2025:03:01 10:11:12"}
    assert found["dc:creator"] == {f"{AUTHOR}:Karim XMP"}
    assert found["photoshop:City"] == {f"{LOCATION}:Chilonzor"}
    assert found["Comment"] == {f"{OTHER}:a secret comment"}

    cleaned = file_metadata.clean(original)

    out = tmp_path / "clean.png"
    out.write_bytes(cleaned)
    _assert_nothing_left(out)
    assert file_metadata.read(cleaned) == file_metadata.Reading("png", (), True)
    assert _pixels(cleaned) == _pixels(original)
    idat = original.split(b"IDAT")[1:]
    assert all(chunk[:64] in cleaned for chunk in idat)  # the image data, byte for byte


def test_a_png_time_chunk_is_a_date(tmp_path: Path) -> None:
    path = tmp_path / "time.png"
    _picture(8, 8).save(path, "PNG")
    exiftool_write(path, "-PNG:ModifyDate=2024:05:06 07:08:09")

    reading = file_metadata.read(path.read_bytes())

    assert [(f.kind, f.field, f.value) for f in reading.findings] == [
        (DATE, "tIME", "2024-05-06 07:08:09")]
    assert b"tIME" not in file_metadata.clean(path.read_bytes())


def _sentence(err: BaseException) -> str:
    explanation = explain(err)
    assert explanation is not None
    return explanation.text


@pytest.mark.parametrize("damage", ["cut", "garbage", "png crc", "png cut"])
def test_a_damaged_picture_is_unreadable_with_its_sentence(damage: str) -> None:
    jpeg, png = io.BytesIO(), io.BytesIO()
    _picture(32, 24).save(jpeg, "JPEG")
    _picture(32, 24).save(png, "PNG")
    data = {
        "cut": jpeg.getvalue()[:len(jpeg.getvalue()) // 2],
        "garbage": b"\xff\xd8\xff" + bytes(range(256)) * 8,
        "png crc": png.getvalue()[:40] + bytes([png.getvalue()[40] ^ 1]) + png.getvalue()[41:],
        "png cut": png.getvalue()[:-20],
    }[damage]

    with pytest.raises(MetadataUnreadable) as caught:
        file_metadata.read(data)
    assert _sentence(caught.value) == (
        "What this file reveals could not be read: it is damaged, cut short, or not the "
        "kind of file its beginning says.")
    with pytest.raises(MetadataUnreadable):
        file_metadata.clean(data)


def test_a_compressed_png_text_cannot_grow_without_bound() -> None:
    png = io.BytesIO()
    _picture(8, 8).save(png, "PNG")
    body = b"Comment\x00\x00" + zlib.compress(b"A" * (64 << 20), 9)  # 64 MiB of text
    chunk = (len(body).to_bytes(4, "big") + b"zTXt" + body
             + zlib.crc32(b"zTXt" + body).to_bytes(4, "big"))
    data = png.getvalue()[:33] + chunk + png.getvalue()[33:]

    reading = file_metadata.read(data)

    [finding] = reading.findings
    assert (finding.kind, finding.field) == (OTHER, "Comment")
    assert len(finding.value) <= 200
    assert b"zTXt" not in file_metadata.clean(data)


def test_a_cmyk_photo_keeps_the_adobe_segment_its_colours_need() -> None:
    buffer = io.BytesIO()
    _picture(32, 24).convert("CMYK").save(buffer, "JPEG")
    original = buffer.getvalue()
    assert b"Adobe" in original  # APP14: its transform flag tells how to decode CMYK

    cleaned = file_metadata.clean(original)

    assert b"Adobe" in cleaned
    assert _pixels(cleaned) == _pixels(original)


def test_heic_is_not_read() -> None:
    # no well-kept library reads HEIC without a large native decoder: no format claims it
    heic = (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"
            + b"\x00\x00\x00\x10meta\x00\x00\x00\x00" + bytes(64))

    assert file_metadata.read(heic) == file_metadata.Reading("", (), False)
