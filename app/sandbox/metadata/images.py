"""Pictures: JPEG and PNG, read and cleaned without re-encoding (issue 16 item 4).

JPEG: the segments are walked here (a small parser); EXIF is parsed by Pillow, XMP and IPTC
by app.sandbox.metadata.tags. The cleaned copy keeps, byte for byte, every segment the
decoder needs (quantisation and Huffman tables, frame and scan headers, the entropy-coded
scan data, restart intervals) and so decodes to the same pixels. It drops EXIF and XMP
(APP1), IPTC and Photoshop blocks (APP13), comments (COM), every other APPn and anything
after the end of the picture (a phone's trailer, a motion photo's video). It keeps:
  - the JFIF header (APP0), rebuilt without its thumbnail (a thumbnail may show what a crop
    removed);
  - the ICC colour profile (APP2 "ICC_PROFILE"): without it a wide-gamut phone photo shows
    wrong colours; it names a colour space and its maker, not the camera or the person;
  - Adobe's APP14: its colour transform flag is needed to decode CMYK/YCCK pictures;
  - the orientation: a phone stores portrait photos sideways with an EXIF orientation, so
    dropping it would show the photo rotated; when the orientation is not the default the
    copy carries a minimal EXIF block holding only that one value (a number 1-8, which says
    nothing about where, when, on what or by whom).
PNG: the chunks are walked (each CRC checked); tEXt, zTXt, iTXt, eXIf, tIME and any
ancillary chunk not needed to show the picture are dropped; IHDR, PLTE, the IDAT data and
the colour chunks are kept as they are, so the pixels are identical.
HEIC is not read: the libraries that read it (pillow-heif) bring libheif and an HEVC decoder
as native code, a large attack surface for hostile files; such a file reads as format "".
Runs only in the metadata child.
"""

from __future__ import annotations

import zlib

from app.sandbox.metadata.model import (
    AUTHOR,
    DATE,
    DEVICE,
    OTHER,
    SOFTWARE,
    Finding,
    Format,
    MetadataUnreadable,
    printable,
)
from app.sandbox.metadata.tags import (
    ORIENTATION,
    exif_findings,
    photoshop_findings,
    xmp_findings,
)

# -- JPEG ---------------------------------------------------------------------------------

_SOI, _EOI, _SOS, _APP0, _APP1, _APP2, _APP13, _APP14, _COM = (
    0xD8, 0xD9, 0xDA, 0xE0, 0xE1, 0xE2, 0xED, 0xEE, 0xFE)
_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # TEM and RSTn carry no length
# The markers a decoder needs: SOFn, DHT, DAC, DQT, DRI, DNL, DHP, EXP, SOS.
_DECODING = {*range(0xC0, 0xD0), 0xDB, 0xDD, 0xDC, 0xDE, 0xDF, _SOS} - {0xC8}
_EXIF_ID = b"Exif\x00\x00"
_XMP_ID = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXTENSION_ID = b"http://ns.adobe.com/xmp/extension/\x00"
_ICC_ID = b"ICC_PROFILE\x00"
_PHOTOSHOP_ID = b"Photoshop 3.0\x00"
_JFIF_ID = b"JFIF\x00"
_ADOBE_ID = b"Adobe"


class _Segment:
    __slots__ = ("body_start", "end", "marker", "start")

    def __init__(self, marker: int, start: int, body_start: int, end: int) -> None:
        self.marker, self.start, self.body_start, self.end = marker, start, body_start, end


def _jpeg_segments(data: bytes) -> tuple[list[_Segment], int]:
    """Every segment from SOI to EOI (a scan's segment runs to the end of its entropy-coded
    data), and where EOI ends; MetadataUnreadable if the structure is broken or cut short."""
    if data[:2] != b"\xff\xd8":
        raise MetadataUnreadable("not a JPEG")
    segments = [_Segment(_SOI, 0, 2, 2)]
    pos, size = 2, len(data)
    while True:
        if pos >= size or data[pos] != 0xFF:
            raise MetadataUnreadable("a JPEG segment does not start with a marker")
        start = pos
        while pos < size and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= size:
            raise MetadataUnreadable("JPEG cut short")
        marker = data[pos]
        pos += 1
        if marker == _EOI:
            segments.append(_Segment(marker, start, pos, pos))
            return segments, pos
        if marker in _STANDALONE:
            segments.append(_Segment(marker, start, pos, pos))
            continue
        if marker == 0x00 or marker == _SOI:
            raise MetadataUnreadable("a JPEG marker out of place")
        if pos + 2 > size:
            raise MetadataUnreadable("JPEG cut short")
        length = int.from_bytes(data[pos:pos + 2], "big")
        end = pos + length
        if length < 2 or end > size:
            raise MetadataUnreadable("a JPEG segment runs past the end")
        if marker == _SOS:  # the entropy-coded data runs to the next marker but RSTn
            scan = end
            while True:
                scan = data.find(b"\xff", scan)
                if scan < 0 or scan + 1 >= size:
                    raise MetadataUnreadable("JPEG cut short in its scan data")
                following = data[scan + 1]
                if following == 0xFF:
                    scan += 1
                elif following == 0x00 or 0xD0 <= following <= 0xD7:
                    scan += 2
                else:
                    break
            end = scan
        segments.append(_Segment(marker, start, pos + 2, end))
        pos = end


def _jpeg_read(data: bytes) -> list[Finding]:
    segments, end = _jpeg_segments(data)
    found: list[Finding] = []
    extended_xmp: list[bytes] = []
    for seg in segments:
        body = data[seg.body_start:seg.end]
        marker = seg.marker
        if marker == _APP1 and body.startswith(_EXIF_ID):
            try:
                found += exif_findings(body[len(_EXIF_ID):])
            except MetadataUnreadable:
                found.append(Finding(OTHER, "EXIF", "present but damaged"))
        elif marker == _APP1 and body.startswith(_XMP_ID):
            found += xmp_findings(body[len(_XMP_ID):])
        elif marker == _APP1 and body.startswith(_XMP_EXTENSION_ID):
            extended_xmp.append(body[len(_XMP_EXTENSION_ID) + 40:])  # GUID, size, offset
        elif marker == _APP13:
            if body.startswith(_PHOTOSHOP_ID):
                found += photoshop_findings(body[len(_PHOTOSHOP_ID):])
            found.append(Finding(OTHER, "APP13", "a Photoshop or IPTC block"))
        elif marker == _COM:
            text = printable(body)
            found.append(Finding(OTHER, "Comment", text or f"{len(body)} bytes"))
        elif marker == _APP0 and body.startswith(_JFIF_ID):
            if len(body) > 14 and body[12] * body[13]:
                found.append(Finding(OTHER, "JFIFThumbnail", "a small copy of the picture"))
        elif 0xE0 <= marker <= 0xEF and not _kept_app(marker, body):
            name = printable(body[:body.find(b"\x00")] if b"\x00" in body[:40] else body[:20])
            found.append(Finding(OTHER, f"APP{marker - 0xE0}", name or f"{len(body)} bytes"))
        elif 0xF0 <= marker <= 0xFD or marker in (0xC8, 0x01):
            found.append(Finding(OTHER, f"JPG{marker:02X}", f"{len(body)} bytes"))
    if extended_xmp:
        found += xmp_findings(b"".join(extended_xmp))
    if end < len(data):
        found.append(Finding(OTHER, "TrailingData",
                             f"{len(data) - end} bytes after the end of the picture"))
    return _without_repeats(found)


def _kept_app(marker: int, body: bytes) -> bool:
    """APPn segments the cleaned copy keeps (see the module's docstring)."""
    return ((marker == _APP0 and body.startswith(_JFIF_ID))
            or (marker == _APP2 and body.startswith(_ICC_ID))
            or (marker == _APP14 and body.startswith(_ADOBE_ID)))


def _orientation(data: bytes, segments: list[_Segment]) -> int:
    from PIL import Image

    for seg in segments:
        body = data[seg.body_start:seg.end]
        if seg.marker == _APP1 and body.startswith(_EXIF_ID):
            exif = Image.Exif()
            try:
                exif.load(body[len(_EXIF_ID):])
                value = int(exif.get(ORIENTATION, 1))
            except Exception:  # noqa: BLE001 - a damaged EXIF: no orientation kept
                return 1
            return value if 1 <= value <= 8 else 1
    return 1


def orientation_exif(value: int) -> bytes:
    """An EXIF block (after "Exif\\0\\0") holding only the orientation."""
    return (b"MM\x00\x2a\x00\x00\x00\x08" + b"\x00\x01"
            + b"\x01\x12\x00\x03\x00\x00\x00\x01" + value.to_bytes(2, "big") + b"\x00\x00"
            + b"\x00\x00\x00\x00")


def _segment(marker: int, body: bytes) -> bytes:
    return bytes((0xFF, marker)) + (len(body) + 2).to_bytes(2, "big") + body


def _jpeg_clean(data: bytes) -> bytes:
    segments, _end = _jpeg_segments(data)
    orientation = _orientation(data, segments)
    out = [b"\xff\xd8"]
    kept = b"" if orientation == 1 else _segment(_APP1, _EXIF_ID + orientation_exif(orientation))
    if segments[1].marker != _APP0:
        out.append(kept)  # right after SOI, or after a JFIF APP0 that must come first
    for index, seg in enumerate(segments[1:], 1):
        marker = seg.marker
        body = data[seg.body_start:seg.end]
        if marker == _APP0 and body.startswith(_JFIF_ID):
            if len(body) >= 14:  # version, units, density; no thumbnail
                out.append(_segment(_APP0, body[:12] + b"\x00\x00"))
        elif 0xE0 <= marker <= 0xEF:
            if _kept_app(marker, body):
                out.append(data[seg.start:seg.end])
        elif marker in _DECODING or marker in _STANDALONE - {0x01} or marker == _EOI:
            out.append(data[seg.start:seg.end])
        if index == 1 and marker == _APP0:
            out.append(kept)
    return b"".join(out)


def _without_repeats(found: list[Finding]) -> list[Finding]:
    seen: set[Finding] = set()
    unique = []
    for finding in found:
        if finding not in seen:
            seen.add(finding)
            unique.append(finding)
    return unique


# -- PNG ----------------------------------------------------------------------------------

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Chunks the cleaned copy keeps: the picture itself and how its colours are shown.
_PNG_KEEP = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT",
             b"sRGB", b"cICP", b"mDCV", b"cLLI", b"bKGD", b"hIST", b"pHYs", b"acTL", b"fcTL",
             b"fdAT"}
_PNG_KEYWORDS: dict[str, str] = {  # tEXt keywords (PNG specification, 11.3.4.2)
    "author": AUTHOR,
    "artist": AUTHOR,
    "copyright": AUTHOR,
    "software": SOFTWARE,
    "creation time": DATE,
    "source": DEVICE,
    "make": DEVICE,
    "model": DEVICE,
    "timestamp": DATE,
    "create date": DATE,
    "modify date": DATE,
    "date:create": DATE,  # ImageMagick's
    "date:modify": DATE,
    "date:timestamp": DATE,
}
_MAX_TEXT = 1 << 20  # bytes a compressed text chunk may inflate to


def _png_chunks(data: bytes) -> tuple[list[tuple[bytes, int, int, int]], int]:
    """(type, start, data start, end) of every chunk up to IEND, and where IEND ends."""
    if not data.startswith(_PNG_SIGNATURE):
        raise MetadataUnreadable("not a PNG")
    chunks = []
    pos, size = len(_PNG_SIGNATURE), len(data)
    while True:
        if pos + 12 > size:
            raise MetadataUnreadable("PNG cut short")
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind = data[pos + 4:pos + 8]
        end = pos + 12 + length
        if length > 0x7FFFFFFF or end > size or not kind.isalpha():
            raise MetadataUnreadable("a PNG chunk runs past the end")
        crc = int.from_bytes(data[end - 4:end], "big")
        if zlib.crc32(data[pos + 4:end - 4]) != crc:
            raise MetadataUnreadable("a PNG chunk's CRC is wrong")
        chunks.append((kind, pos, pos + 8, end))
        pos = end
        if kind == b"IEND":
            if chunks[0][0] != b"IHDR":
                raise MetadataUnreadable("a PNG without IHDR first")
            return chunks, pos


def _inflate(data: bytes) -> bytes:
    try:
        return zlib.decompressobj().decompress(data, _MAX_TEXT)
    except zlib.error as err:
        raise MetadataUnreadable("a compressed PNG text is damaged") from err


def _png_text(kind: bytes, body: bytes) -> tuple[str, bytes]:
    """A text chunk's keyword and text (bytes, decompressed)."""
    keyword, _, rest = body.partition(b"\x00")
    if kind == b"zTXt":
        return keyword.decode("latin-1"), _inflate(rest[1:])
    if kind == b"iTXt":
        flag, rest = rest[:1], rest[2:]
        _lang, _, rest = rest.partition(b"\x00")
        _translated, _, text = rest.partition(b"\x00")
        return keyword.decode("latin-1"), _inflate(text) if flag == b"\x01" else text
    return keyword.decode("latin-1"), rest


def _raw_profile(text: bytes) -> bytes:
    """ImageMagick's "Raw profile type exif": a name, a length and hexadecimal digits."""
    lines = text.strip().split(b"\n")
    try:
        return bytes.fromhex(b"".join(lines[2:]).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return b""


def _png_read(data: bytes) -> list[Finding]:
    chunks, end = _png_chunks(data)
    found: list[Finding] = []
    for kind, _start, body_start, chunk_end in chunks:
        body = data[body_start:chunk_end - 4]
        if kind in (b"tEXt", b"zTXt", b"iTXt"):
            keyword, text = _png_text(kind, body)
            key = keyword.lower()
            if keyword == "XML:com.adobe.xmp":
                found += xmp_findings(text)
            elif key.startswith("raw profile type") and key.endswith(("exif", "app1")):
                try:
                    found += exif_findings(_raw_profile(text))
                except MetadataUnreadable:
                    found.append(Finding(OTHER, keyword, "present but damaged"))
            else:
                found.append(Finding(_PNG_KEYWORDS.get(key, OTHER), printable(keyword),
                                     printable(text) or f"{len(text)} bytes"))
        elif kind == b"eXIf":
            try:
                found += exif_findings(body)
            except MetadataUnreadable:
                found.append(Finding(OTHER, "eXIf", "present but damaged"))
        elif kind == b"tIME" and len(body) == 7:
            year = int.from_bytes(body[:2], "big")
            month, day, hour, minute, second = body[2:7]
            found.append(Finding(DATE, "tIME", f"{year:04d}-{month:02d}-{day:02d} "
                                               f"{hour:02d}:{minute:02d}:{second:02d}"))
        elif kind not in _PNG_KEEP and kind[0:1].islower():
            found.append(Finding(OTHER, printable(kind), f"{len(body)} bytes"))
    if end < len(data):
        found.append(Finding(OTHER, "TrailingData",
                             f"{len(data) - end} bytes after the end of the picture"))
    return _without_repeats(found)


def _png_clean(data: bytes) -> bytes:
    chunks, _end = _png_chunks(data)
    out = [_PNG_SIGNATURE]
    for kind, start, _body_start, end in chunks:
        # the picture and its colour chunks; an unknown critical chunk (upper case first
        # letter) cannot be dropped without breaking the picture, and carries no text
        if kind in _PNG_KEEP or kind[0:1].isupper():
            out.append(data[start:end])
    return b"".join(out)


FORMATS: list[Format] = [
    Format("jpeg", lambda head: head[:3] == b"\xff\xd8\xff", _jpeg_read, _jpeg_clean),
    Format("png", lambda head: head[:8] == _PNG_SIGNATURE, _png_read, _png_clean),
]
