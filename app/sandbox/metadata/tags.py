"""What EXIF, XMP and IPTC say, as findings: shared by the picture and PDF readers.

EXIF is parsed by Pillow's Image.Exif (the TIFF structure inside a JPEG's APP1 or a PNG's
eXIf); XMP and IPTC by the small scanners below, which build no XML tree (no entity is
expanded, so no document can make them grow). Runs only in the metadata child.
"""

from __future__ import annotations

import re
import struct

from app.sandbox.metadata.model import (
    AUTHOR,
    DATE,
    DEVICE,
    LOCATION,
    OTHER,
    SOFTWARE,
    Finding,
    MetadataUnreadable,
    printable,
)

# EXIF tags of IFD0 and the Exif IFD, by number: (name, kind).
_EXIF_TAGS: dict[int, tuple[str, str]] = {
    0x010E: ("ImageDescription", OTHER),
    0x010F: ("Make", DEVICE),
    0x0110: ("Model", DEVICE),
    0x0131: ("Software", SOFTWARE),
    0x0132: ("DateTime", DATE),
    0x013B: ("Artist", AUTHOR),
    0x013C: ("HostComputer", DEVICE),
    0x8298: ("Copyright", AUTHOR),
    0x9003: ("DateTimeOriginal", DATE),
    0x9004: ("DateTimeDigitized", DATE),
    0x9010: ("OffsetTime", DATE),
    0x9011: ("OffsetTimeOriginal", DATE),
    0x9012: ("OffsetTimeDigitized", DATE),
    0x9286: ("UserComment", OTHER),
    0x927C: ("MakerNote", DEVICE),
    0x9C9B: ("XPTitle", OTHER),
    0x9C9C: ("XPComment", OTHER),
    0x9C9D: ("XPAuthor", AUTHOR),
    0x9C9E: ("XPKeywords", OTHER),
    0x9C9F: ("XPSubject", OTHER),
    0xA420: ("ImageUniqueID", OTHER),
    0xA430: ("CameraOwnerName", AUTHOR),
    0xA431: ("BodySerialNumber", DEVICE),
    0xA433: ("LensMake", DEVICE),
    0xA434: ("LensModel", DEVICE),
    0xA435: ("LensSerialNumber", DEVICE),
}
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_XP_TAGS = {0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F}  # UCS-2 little endian, NUL-padded
_GPS_TAGS: dict[int, str] = {  # besides the position itself: each tells where or when
    0x06: "GPSAltitude",
    0x07: "GPSTimeStamp",
    0x12: "GPSMapDatum",
    0x1B: "GPSProcessingMethod",
    0x1C: "GPSAreaInformation",
    0x1D: "GPSDateStamp",
}
ORIENTATION = 0x0112


def _text(tag: int, value: object) -> str:
    if tag in _XP_TAGS and isinstance(value, bytes | tuple):
        raw = bytes(value)
        return printable(raw.decode("utf-16-le", "replace").rstrip("\0"))
    if tag == 0x927C and isinstance(value, bytes):
        return f"{len(value)} bytes"
    if tag == 0x9286 and isinstance(value, bytes):  # an 8-byte character code, then text
        code, body = value[:8], value[8:]
        encoding = "utf-16" if code.startswith(b"UNICODE") else "latin-1"
        return printable(body.decode(encoding, "replace").rstrip("\0"))
    return printable(value)


def _degrees(value: object) -> float | None:
    """Degrees, minutes, seconds (three rationals), or one number, as decimal degrees."""
    try:
        if isinstance(value, tuple | list):
            parts = [float(part) for part in value]
            if not parts:
                return None
            parts += [0.0] * (3 - len(parts))
            return parts[0] + parts[1] / 60 + parts[2] / 3600
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, ZeroDivisionError):
        return None


def position(lat: float, lat_ref: str, lon: float, lon_ref: str) -> str:
    """"41.3111 N 69.2797 E": decimal degrees, 4 places, hemisphere letters."""
    lat_ref = "S" if (lat_ref.upper().startswith("S")) != (lat < 0) else "N"
    lon_ref = "W" if (lon_ref.upper().startswith("W")) != (lon < 0) else "E"
    return f"{abs(lat):.4f} {lat_ref} {abs(lon):.4f} {lon_ref}"


def exif_findings(tiff: bytes) -> list[Finding]:
    """The findings of an EXIF block (a TIFF structure, with or without "Exif\\0\\0")."""
    from PIL import Image

    if tiff.startswith(b"Exif\x00\x00"):
        tiff = tiff[6:]
    if tiff[:4] not in (b"II*\x00", b"MM\x00*"):
        raise MetadataUnreadable("EXIF without a TIFF header")
    exif = Image.Exif()
    try:
        exif.load(tiff)
        ifds = [dict(exif.items())]
        ifds.append(dict(exif.get_ifd(_EXIF_IFD).items()))
        gps = dict(exif.get_ifd(_GPS_IFD).items())
    except MemoryError:
        raise
    except Exception as err:  # whatever a damaged EXIF makes Pillow raise
        raise MetadataUnreadable("EXIF") from err
    try:
        return _exif_found(exif, ifds, gps)
    except MemoryError:
        raise
    except Exception as err:  # a value no conversion copes with
        raise MetadataUnreadable("EXIF") from err


def _exif_found(exif: object, ifds: list[dict[int, object]],
                gps: dict[int, object]) -> list[Finding]:
    found: list[Finding] = []
    for ifd in ifds:
        for tag, value in ifd.items():
            if tag in _EXIF_TAGS:
                name, kind = _EXIF_TAGS[tag]
                text = _text(tag, value)
                if text:
                    found.append(Finding(kind, name, text))
    found += gps_findings(gps)
    try:
        thumbnail = exif.get_ifd(-1)  # type: ignore[attr-defined]  # IFD1: the thumbnail
    except (struct.error, ValueError, KeyError, TypeError, OSError, SyntaxError):
        thumbnail = {}
    if 0x0201 in thumbnail or 0x0111 in thumbnail:
        found.append(Finding(OTHER, "ThumbnailImage", "a small copy of the picture"))
    return found


def gps_findings(gps: dict[int, object]) -> list[Finding]:
    found: list[Finding] = []
    lat, lon = _degrees(gps.get(2)), _degrees(gps.get(4))
    if lat is not None and lon is not None:
        found.append(Finding(LOCATION, "GPSPosition",
                             position(lat, printable(gps.get(1, "N")), lon,
                                      printable(gps.get(3, "E")))))
    elif 2 in gps or 4 in gps:
        found.append(Finding(LOCATION, "GPSLatitude" if 2 in gps else "GPSLongitude",
                             printable(gps.get(2, gps.get(4)))))
    for tag, name in _GPS_TAGS.items():
        if tag in gps:
            value = gps[tag]
            if tag == 0x06:
                altitude = _degrees(value)
                text = f"{altitude:.1f} m" if altitude is not None else printable(value)
            elif tag == 0x07:
                parts = [_degrees(part) for part in value] if isinstance(value, tuple) else []
                text = (":".join(f"{int(p):02d}" for p in parts if p is not None)
                        if parts else printable(value))
            else:
                text = _text(0x9286, value) if tag in (0x1B, 0x1C) else printable(value)
            if text:
                found.append(Finding(DATE if tag in (0x07, 0x1D) else LOCATION, name, text))
    return found


# -- XMP ----------------------------------------------------------------------------------

# property (namespace prefix as commonly written, local name) -> kind
_XMP_PROPERTIES: dict[str, str] = {
    "dc:creator": AUTHOR,
    "dc:rights": AUTHOR,
    "dc:contributor": AUTHOR,
    "dc:publisher": AUTHOR,
    "dc:title": OTHER,
    "dc:description": OTHER,
    "dc:subject": OTHER,
    "xmp:CreatorTool": SOFTWARE,
    "xmp:CreateDate": DATE,
    "xmp:ModifyDate": DATE,
    "xmp:MetadataDate": DATE,
    "xmpMM:DocumentID": OTHER,
    "xmpMM:OriginalDocumentID": OTHER,
    "xmpMM:InstanceID": OTHER,
    "xmpRights:Owner": AUTHOR,
    "pdf:Producer": SOFTWARE,
    "pdf:Author": AUTHOR,
    "pdf:Keywords": OTHER,
    "photoshop:AuthorsPosition": AUTHOR,
    "photoshop:Credit": AUTHOR,
    "photoshop:City": LOCATION,
    "photoshop:State": LOCATION,
    "photoshop:Country": LOCATION,
    "photoshop:DateCreated": DATE,
    "Iptc4xmpCore:Location": LOCATION,
    "Iptc4xmpCore:CountryCode": LOCATION,
    "Iptc4xmpCore:CreatorContactInfo": AUTHOR,
    "exif:GPSLatitude": LOCATION,
    "exif:GPSLongitude": LOCATION,
    "exif:GPSAltitude": LOCATION,
    "exif:DateTimeOriginal": DATE,
    "exif:DateTimeDigitized": DATE,
    "exif:CameraOwnerName": AUTHOR,
    "exifEX:CameraOwnerName": AUTHOR,
    "exifEX:BodySerialNumber": DEVICE,
    "exifEX:LensModel": DEVICE,
    "exifEX:LensMake": DEVICE,
    "exifEX:LensSerialNumber": DEVICE,
    "aux:SerialNumber": DEVICE,
    "aux:Lens": DEVICE,
    "aux:LensSerialNumber": DEVICE,
    "aux:OwnerName": AUTHOR,
    "tiff:Make": DEVICE,
    "tiff:Model": DEVICE,
    "tiff:Artist": AUTHOR,
    "tiff:Copyright": AUTHOR,
    "tiff:Software": SOFTWARE,
    "tiff:DateTime": DATE,
    "xmp:Author": AUTHOR,
    "x:xmptk": SOFTWARE,
}
_LOCAL = {name.split(":", 1)[1]: name for name in _XMP_PROPERTIES}
# attribute form: prefix:Name="value"; element form: <prefix:Name ...>content</prefix:Name>
_ATTRIBUTE = re.compile(r"""([A-Za-z][\w.-]*):([A-Za-z][\w.-]*)\s*=\s*("[^"]*"|'[^']*')""")
_OPENING = re.compile(r"<([A-Za-z][\w.-]*):([A-Za-z][\w.-]*)(?:\s[^>]*)?(?<!/)>")
_TAG = re.compile(r"<[^>]*>")
_ENTITIES = {"&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&"}
_NUMBER = r"(\d+(?:\.\d+)?)"
_XMP_GPS = re.compile(rf"^\s*{_NUMBER}(?:,{_NUMBER})?(?:,{_NUMBER})?\s*([NSEW])\s*$")
_MAX_XMP = 1 << 20  # characters of a packet scanned (a real one is a few KiB)


def _unescape(text: str) -> str:
    text = re.sub(r"&#x([0-9A-Fa-f]{1,6});", lambda m: chr(min(int(m[1], 16), 0x10FFFF)), text)
    text = re.sub(r"&#(\d{1,7});", lambda m: chr(min(int(m[1]), 0x10FFFF)), text)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    return text


def _xmp_gps(text: str) -> tuple[float, str] | None:
    """XMP's "41,18.666N" (degrees, minutes with a fraction, a hemisphere letter)."""
    match = _XMP_GPS.match(text)
    if match is None:
        return None
    value = float(match[1]) + float(match[2] or 0) / 60 + float(match[3] or 0) / 3600
    return value, match[4]


def xmp_findings(packet: bytes) -> list[Finding]:
    """The properties of an XMP packet that tell where, when, on what and by whom."""
    text = packet[:_MAX_XMP].decode("utf-8", "replace")
    found: list[Finding] = []
    values: list[tuple[str, str]] = []
    for match in _ATTRIBUTE.finditer(text):
        if match[1] != "xmlns" and match[2] in _LOCAL:
            values.append((match[2], match[3][1:-1]))
    for match in _OPENING.finditer(text):  # element form: the text up to its closing tag
        if match[2] in _LOCAL:
            close = text.find(f"</{match[1]}:{match[2]}", match.end())
            if close >= 0:
                values.append((match[2], _TAG.sub(" ", text[match.end():close])))
    gps: dict[str, tuple[float, str]] = {}
    for local, raw in values:
        value = printable(_unescape(raw))
        if not value:
            continue
        if local in ("GPSLatitude", "GPSLongitude"):
            parsed = _xmp_gps(value)
            if parsed is not None:
                gps[local] = parsed
                continue
        name = _LOCAL[local]
        found.append(Finding(_XMP_PROPERTIES[name], name, value))
    if "GPSLatitude" in gps and "GPSLongitude" in gps:
        (lat, lat_ref), (lon, lon_ref) = gps["GPSLatitude"], gps["GPSLongitude"]
        found.insert(0, Finding(LOCATION, "exif:GPSPosition",
                                position(lat, lat_ref, lon, lon_ref)))
    else:
        for local, (degrees, ref) in gps.items():
            found.append(Finding(LOCATION, f"exif:{local}", f"{degrees:.4f} {ref}"))
    return found


# -- IPTC (inside a Photoshop APP13 block) --------------------------------------------------

_IPTC: dict[int, tuple[str, str]] = {  # record 2 datasets
    5: ("ObjectName", OTHER),
    25: ("Keywords", OTHER),
    55: ("DateCreated", DATE),
    60: ("TimeCreated", DATE),
    62: ("DigitalCreationDate", DATE),
    65: ("OriginatingProgram", SOFTWARE),
    80: ("By-line", AUTHOR),
    85: ("By-lineTitle", AUTHOR),
    90: ("City", LOCATION),
    92: ("Sub-location", LOCATION),
    95: ("Province-State", LOCATION),
    100: ("Country-PrimaryLocationCode", LOCATION),
    101: ("Country-PrimaryLocationName", LOCATION),
    110: ("Credit", AUTHOR),
    115: ("Source", AUTHOR),
    116: ("CopyrightNotice", AUTHOR),
    118: ("Contact", AUTHOR),
    120: ("Caption-Abstract", OTHER),
    122: ("Writer-Editor", AUTHOR),
}


def photoshop_findings(block: bytes) -> list[Finding]:
    """IPTC records in a Photoshop "8BIM" resource block (APP13 after its name)."""
    found: list[Finding] = []
    pos = 0
    while pos + 12 <= len(block) and block[pos:pos + 4] == b"8BIM":
        ident = int.from_bytes(block[pos + 4:pos + 6], "big")
        name_len = block[pos + 6]
        pos += 6 + 1 + name_len
        pos += pos % 2  # the name's Pascal string is padded to an even length
        if pos + 4 > len(block):
            break
        size = int.from_bytes(block[pos:pos + 4], "big")
        data = block[pos + 4:pos + 4 + size]
        pos += 4 + size + size % 2
        if ident == 0x0404:
            found += iptc_findings(data)
        elif data:
            found.append(Finding(OTHER, f"Photoshop:{ident:#06x}", f"{len(data)} bytes"))
    return found


def iptc_findings(data: bytes) -> list[Finding]:
    found: list[Finding] = []
    pos = 0
    while pos + 5 <= len(data) and data[pos] == 0x1C:
        record, dataset = data[pos + 1], data[pos + 2]
        size = int.from_bytes(data[pos + 3:pos + 5], "big")
        if size & 0x8000:  # an extended length: not used for text; stop here
            break
        value = data[pos + 5:pos + 5 + size]
        pos += 5 + size
        if record == 2 and dataset in _IPTC:
            name, kind = _IPTC[dataset]
            text = printable(value)
            if text:
                found.append(Finding(kind, f"IPTC:{name}", text))
    return found
