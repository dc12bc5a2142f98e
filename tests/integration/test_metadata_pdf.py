"""Issue 16 item 4 and 6: what a PDF reveals, read and removed in the metadata child.

A real two-page PDF made here with Qt's QPdfWriter, its author and dates written by exiftool
(which saves them as an incremental update, so the file also keeps its earlier /Info),
read by app.services.file_metadata, and the cleaned copy checked with exiftool and mat2
--show: no author, software or dates left, the same pages with the same content streams."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from app.sandbox.metadata.model import AUTHOR, DATE, OTHER, SOFTWARE
from app.services import file_metadata
from app.services.errors import MetadataUnreadable
from tests.metadata_tools import exiftool_tags, exiftool_write, mat2_show

SECRETS = ("Karim PDF", "Karim XMP", "Secret Writer 9", "Qt ", "2025:03:01", "2025-03-01",
           "Testimony of K", "deportation")


def _make_pdf(path: Path) -> None:
    from PySide6.QtGui import QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setCreator("Secret Writer 9")
    writer.setTitle("Testimony of K")
    painter = QPainter(writer)
    painter.drawText(200, 200, "First page of the testimony")
    painter.drawRect(100, 100, 2000, 1000)
    writer.newPage()
    painter.drawText(200, 200, "Second page")
    painter.end()


def _pages(data: bytes) -> list[bytes]:
    reader = PdfReader(io.BytesIO(data))
    return [page.get_contents().get_data() for page in reader.pages]  # type: ignore[union-attr]


@pytest.fixture
def pdf(tmp_path: Path, qapp: object) -> Path:
    path = tmp_path / "testimony.pdf"
    _make_pdf(path)
    exiftool_write(path, "-PDF:Author=Karim PDF", "-PDF:Keywords=deportation",
                   "-PDF:CreateDate=2025:03:01 10:11:12+05:00", "-XMP-dc:Creator=Karim XMP")
    return path


def test_a_pdf_tells_its_author_software_and_dates_and_the_copy_does_not(
        pdf: Path, tmp_path: Path) -> None:
    original = pdf.read_bytes()
    assert exiftool_tags(pdf)["PDF:Author"] == "Karim PDF"  # the reference sees it

    reading = file_metadata.read(original)

    assert reading.format == "pdf"
    assert reading.cleanable
    found = {(f.kind, f.field, f.value) for f in reading.findings}
    assert (AUTHOR, "/Author", "Karim PDF") in found
    assert (SOFTWARE, "/Creator", "Secret Writer 9") in found
    assert any(kind == SOFTWARE and field == "/Producer" and value.startswith("Qt ")
               for kind, field, value in found)
    assert (DATE, "/CreationDate", "2025-03-01 10:11:12 +05:00") in found
    assert any(kind == DATE and field == "/ModDate" for kind, field, _ in found)
    assert (OTHER, "/Title", "Testimony of K") in found
    assert (OTHER, "/Keywords", "deportation") in found
    assert (AUTHOR, "dc:creator", "Karim XMP") in found

    cleaned = file_metadata.clean(original)

    out = tmp_path / "clean.pdf"
    out.write_bytes(cleaned)
    tags = exiftool_tags(out)
    text = " ".join(f"{key}={value}" for key, value in tags.items())
    for secret in SECRETS:
        assert secret not in text, (secret, tags)
    for name in ("Author", "Creator", "Producer", "CreateDate", "ModifyDate", "Title",
                 "Keywords", "XMPToolkit"):
        assert not any(key.split(":", 1)[-1] == name for key in tags), (name, tags)
    shown = mat2_show(out)
    for secret in SECRETS:
        assert secret not in " ".join(shown.values()), (secret, shown)
    assert not {"author", "creator", "producer", "title", "keywords"} & set(shown)
    for secret in (b"Karim", b"Secret Writer", b"deportation", b"Testimony of K"):
        assert secret not in cleaned  # the earlier revision's /Info is gone too
    assert cleaned.startswith(original[:8])  # the same PDF version
    assert _pages(cleaned) == _pages(original)
    assert file_metadata.read(cleaned) == file_metadata.Reading("pdf", (), True)


def test_a_comment_s_author_is_found_and_removed(pdf: Path) -> None:
    from pypdf import PdfWriter
    from pypdf.annotations import Text

    writer = PdfWriter(clone_from=str(pdf))
    note = Text(rect=(50, 550, 200, 650), text="see the second page")
    note[NameObject("/T")] = TextStringObject("Karim Reviewer")
    writer.add_annotation(page_number=0, annotation=note)
    buffer = io.BytesIO()
    writer.write(buffer)
    original = buffer.getvalue()

    reading = file_metadata.read(original)

    assert (AUTHOR, "annotation /T", "Karim Reviewer") in {
        (f.kind, f.field, f.value) for f in reading.findings}
    cleaned = file_metadata.clean(original)
    assert b"Karim" not in cleaned
    annotations = PdfReader(io.BytesIO(cleaned)).pages[0]["/Annots"]
    [kept] = [item.get_object() for item in annotations]  # type: ignore[union-attr]
    assert isinstance(kept, DictionaryObject)
    assert kept["/Contents"] == "see the second page"  # the comment itself stays


@pytest.mark.parametrize("data", [
    b"%PDF-1.4\n" + bytes(range(256)) * 4,
    b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF",
], ids=["garbage", "no pages"])
def test_a_broken_pdf_is_unreadable(data: bytes) -> None:
    with pytest.raises(MetadataUnreadable):
        file_metadata.read(data)
    with pytest.raises(MetadataUnreadable):
        file_metadata.clean(data)


def _pdf_with_photo(jpeg: bytes) -> bytes:
    """A one-page PDF that shows `jpeg` as it is (DCTDecode: the JPEG file itself)."""
    from PIL import Image
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, NumberObject, StreamObject

    with Image.open(io.BytesIO(jpeg)) as image:
        width, height = image.size
    writer = PdfWriter()
    page = writer.add_blank_page(width=200, height=200)
    photo = StreamObject()
    photo._data = jpeg
    photo.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Image"),
        NameObject("/Width"): NumberObject(width),
        NameObject("/Height"): NumberObject(height),
        NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
        NameObject("/BitsPerComponent"): NumberObject(8),
        NameObject("/Filter"): ArrayObject([NameObject("/DCTDecode")]),
    })
    resources = DictionaryObject({NameObject("/XObject"): DictionaryObject(
        {NameObject("/Im0"): writer._add_object(photo)})})
    page[NameObject("/Resources")] = resources
    content = StreamObject()
    content._data = b"q 150 0 0 100 20 20 cm /Im0 Do Q"
    page[NameObject("/Contents")] = writer._add_object(content)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_a_photo_placed_in_a_pdf_loses_its_gps_but_not_its_pixels(tmp_path: Path) -> None:
    from PIL import Image

    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (48, 32), (200, 60, 20)).save(photo, "JPEG")
    exiftool_write(photo, "-GPSLatitude=41.3111", "-GPSLatitudeRef=N",
                   "-GPSLongitude=69.2797", "-GPSLongitudeRef=E", "-Make=Xiaomi")
    jpeg = photo.read_bytes()
    original = _pdf_with_photo(jpeg)

    reading = file_metadata.read(original)

    found = {(f.kind, f.field, f.value) for f in reading.findings}
    assert ("location", "picture GPSPosition", "41.3111 N 69.2797 E") in found
    assert ("device", "picture Make", "Xiaomi") in found
    cleaned = file_metadata.clean(original)
    assert b"Xiaomi" not in cleaned
    out = tmp_path / "clean.pdf"
    out.write_bytes(cleaned)
    [image] = PdfReader(out).pages[0].images
    assert b"Xiaomi" not in image.data
    inside = tmp_path / "inside.jpg"
    inside.write_bytes(image.data)
    assert not [key for key in exiftool_tags(inside) if "GPS" in key or key.endswith(":Make")]
    with Image.open(io.BytesIO(image.data)) as shown, Image.open(photo) as before:
        assert shown.tobytes() == before.tobytes()
    assert file_metadata.read(cleaned) == file_metadata.Reading("pdf", (), True)
