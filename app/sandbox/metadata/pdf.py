"""PDF: its document information (/Info), XMP and comment authors, read and removed with
pypdf (issue 16 item 4).

read() reports every entry of /Info (Author, Creator, Producer, CreationDate, ModDate, Title,
Subject, Keywords and any custom one), the document's XMP packet and any page's or
picture's, the author of every annotation (a comment's /T), and what a JPEG picture placed
on a page still carries (a phone photo pasted into a document keeps its EXIF: GPS, camera).
clean() writes a new file from the same objects without /Info, without any /Metadata
stream or /PieceInfo (an editor's private data), without the annotations' authors and
dates, and with each such JPEG cleaned as images.py cleans a JPEG file (same scans, same
pixels): the pages, their content streams and fonts are the same objects, copied as they
are. Files attached to a PDF (/EmbeddedFiles) are not looked into. Writing a new file also drops
the earlier revisions an incrementally saved PDF carries after its end, each with its own
old /Info. A PDF that needs a password to open is not read. Runs only in the metadata child.
"""

from __future__ import annotations

import io
import re

from app.sandbox.metadata.model import (
    AUTHOR,
    DATE,
    OTHER,
    SOFTWARE,
    Finding,
    Format,
    MetadataUnreadable,
    printable,
)
from app.sandbox.metadata.tags import xmp_findings

_MAX_XOBJECTS = 10_000  # pictures and forms looked into, at most

_INFO_KINDS = {
    "/Author": AUTHOR,
    "/Creator": SOFTWARE,
    "/Producer": SOFTWARE,
    "/CreationDate": DATE,
    "/ModDate": DATE,
}
_DATE = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?")
_ANNOTATION_DATES = ("/M", "/CreationDate")


def _sniff(head: bytes) -> bool:
    return b"%PDF-" in head[:1024]


def _pdf_date(text: str) -> str:
    """"D:20250301101112+05'00'" as "2025-03-01 10:11:12 +05:00"; anything else as it is."""
    match = _DATE.match(text)
    if match is None:
        return text
    year, month, day, hour, minute, second, sign, tz_hour, tz_minute = match.groups()
    out = f"{year}-{month or '01'}-{day or '01'}"
    if hour:
        out += f" {hour}:{minute or '00'}:{second or '00'}"
    if sign in ("Z", "z"):
        out += " UTC"
    elif sign and tz_hour:
        out += f" {sign}{tz_hour}:{tz_minute or '00'}"
    return out


def _reader(data: bytes):  # type: ignore[no-untyped-def]
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise MetadataUnreadable("a PDF that needs a password")
        _ = reader.trailer["/Root"]
        _ = len(reader.pages)
    except MetadataUnreadable:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            AssertionError, RecursionError, NotImplementedError, OSError) as err:
        raise MetadataUnreadable("PDF") from err
    return reader


def _stream_data(obj: object) -> bytes:
    try:
        stream = obj.get_object()  # type: ignore[attr-defined]
        return bytes(stream.get_data())
    except Exception:  # noqa: BLE001 - a damaged stream: reported without its content
        return b""


def _read(data: bytes) -> list[Finding]:
    reader = _reader(data)
    from pypdf.errors import PyPdfError

    found: list[Finding] = []
    try:
        info = reader.trailer.get("/Info")
        info = info.get_object() if info is not None else None
        if isinstance(info, dict):
            for key, value in info.items():
                text = printable(value.get_object() if hasattr(value, "get_object") else value)
                if not text:
                    continue
                kind = _INFO_KINDS.get(key, OTHER)
                found.append(Finding(kind, printable(key),
                                     _pdf_date(text) if kind == DATE else text))
        root = reader.trailer["/Root"].get_object()
        found += _metadata_findings(root, "/Metadata")
        if "/PieceInfo" in root:
            found.append(Finding(OTHER, "/PieceInfo", "an editor's private data"))
        for number, page in enumerate(reader.pages, 1):
            found += _metadata_findings(page, f"page {number} /Metadata")
            if "/PieceInfo" in page:
                found.append(Finding(OTHER, f"page {number} /PieceInfo",
                                     "an editor's private data"))
            for image in _xobjects(page):
                found += _metadata_findings(image, f"page {number} picture /Metadata")
                jpeg = _jpeg_data(image)
                if jpeg is not None:
                    found += [Finding(f.kind, f"picture {f.field}", f.value)
                              for f in _jpeg_findings(jpeg)]
            for annotation in _annotations(page):
                for key, kind in (("/T", AUTHOR), *((k, DATE) for k in _ANNOTATION_DATES)):
                    if key in annotation:
                        text = printable(annotation[key])
                        if text:
                            found.append(Finding(kind, f"annotation {key}",
                                                 _pdf_date(text) if kind == DATE else text))
    except MetadataUnreadable:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            AssertionError, RecursionError, NotImplementedError, OSError) as err:
        raise MetadataUnreadable("PDF") from err
    return list(dict.fromkeys(found))


def _metadata_findings(holder: dict, name: str) -> list[Finding]:  # type: ignore[type-arg]
    if "/Metadata" not in holder:
        return []
    packet = _stream_data(holder["/Metadata"])
    found = xmp_findings(packet)
    return found or [Finding(OTHER, name, "an XMP packet")]


def _annotations(page: dict) -> list[dict]:  # type: ignore[type-arg]
    annots = page.get("/Annots")
    if annots is None:
        return []
    annots = annots.get_object()
    out = []
    for item in annots if isinstance(annots, list) else []:
        obj = item.get_object()
        if isinstance(obj, dict):
            out.append(obj)
    return out


def _xobjects(holder: dict) -> list:  # type: ignore[type-arg]
    """The pictures and forms a page or form draws (through /Resources /XObject), each
    once, forms looked into; at most _MAX_XOBJECTS."""
    out: list = []  # type: ignore[type-arg]
    seen: set[int] = set()
    todo = [holder]
    while todo and len(out) < _MAX_XOBJECTS:
        resources = todo.pop().get("/Resources")
        resources = resources.get_object() if resources is not None else None
        xobjects = resources.get("/XObject") if isinstance(resources, dict) else None
        xobjects = xobjects.get_object() if xobjects is not None else None
        if not isinstance(xobjects, dict):
            continue
        for value in xobjects.values():
            obj = value.get_object()
            if not isinstance(obj, dict) or id(obj) in seen:
                continue
            seen.add(id(obj))
            out.append(obj)
            if obj.get("/Subtype") == "/Form":
                todo.append(obj)
    return out


def _jpeg_data(obj: dict) -> bytes | None:  # type: ignore[type-arg]
    """A picture's JPEG file, as the PDF carries it (one DCTDecode filter), or None."""
    filters = obj.get("/Filter")
    filters = filters.get_object() if filters is not None else None
    if obj.get("/Subtype") != "/Image" or not (
            filters == "/DCTDecode" or (isinstance(filters, list) and filters == ["/DCTDecode"])):
        return None
    raw = getattr(obj, "_data", None)
    return bytes(raw) if isinstance(raw, bytes | bytearray) else None


def _jpeg_findings(jpeg: bytes) -> list[Finding]:
    from app.sandbox.metadata import images

    try:
        return images.FORMATS[0].read(jpeg)
    except MetadataUnreadable:  # a picture our parser cannot walk is left as it is
        return []


def _clean(data: bytes) -> bytes:
    reader = _reader(data)
    from pypdf import PdfWriter
    from pypdf.errors import PyPdfError

    from app.sandbox.metadata import images

    try:
        writer = PdfWriter(clone_from=reader)
        writer.pdf_header = reader.pdf_header  # the same PDF version
        writer.metadata = None  # no /Info at all (not even pypdf's own /Producer)
        writer.xmp_metadata = None
        root = writer.root_object
        if "/PieceInfo" in root:
            del root["/PieceInfo"]
        for page in writer.pages:
            for key in ("/Metadata", "/PieceInfo"):
                if key in page:
                    del page[key]
            for image in _xobjects(page):
                if "/Metadata" in image:
                    del image["/Metadata"]
                jpeg = _jpeg_data(image)
                if jpeg is not None and _jpeg_findings(jpeg):
                    # the same scans, without EXIF, XMP, IPTC or comments: same pixels
                    image._data = images.FORMATS[0].clean(jpeg)
            for annotation in _annotations(page):
                for key in ("/T", *_ANNOTATION_DATES):
                    if key in annotation:
                        del annotation[key]
        writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
        out = io.BytesIO()
        writer.write(out)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            AssertionError, RecursionError, NotImplementedError, OSError) as err:
        raise MetadataUnreadable("PDF") from err
    return out.getvalue()


FORMATS: list[Format] = [Format("pdf", _sniff, _read, _clean)]
