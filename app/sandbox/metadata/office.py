"""Office documents: OOXML (docx, xlsx, pptx) and OpenDocument (odt, ods, odp).

Both are zip archives whose metadata lives in a few XML members: OOXML's docProps/core.xml,
app.xml and custom.xml, ODF's meta.xml; comment and tracked-change authors live in the
document's own parts. Only the standard library reads them:

- the zip is walked by our own small reader (ZipArchive below), not zipfile, so that the
  cleaner can copy every other member's compressed bytes as they are and so that every
  size is checked before and while inflating: a member declaring more than MAX_XML bytes,
  or inflating to more than it declared, is refused, and inflating is done in bounded
  steps (a zip bomb costs at most MAX_XML bytes of memory and stops there). Zip64,
  encrypted members, members that overlap or repeat a name, and a central directory that
  does not end where the end record says are refused as MetadataUnreadable;
- XML goes through pyexpat with a DOCTYPE, entity declaration or external entity refused
  (no entity expansion of any kind: these parts never need a DOCTYPE), fed in chunks.

clean() rewrites the archive: the metadata members replaced by minimal empty ones (the
member's own compression method), every other member's compressed bytes copied unchanged in
the same order; the zip's own traces go too (every member's date set to 1980-01-01, the
extra fields with Unix times, user and group ids dropped, archive and member comments
dropped). For ODF, `mimetype` stays first and STORED. Authors and dates of comments and
tracked changes are read (AUTHOR, DATE) from the parts named by _AUTHOR_PARTS and, in the
copy, each author attribute and author element's text emptied and each date attribute
removed (dc:date text emptied), at the byte offsets expat reported for those tags: those
parts are the only other members that change, and only there.
"""

from __future__ import annotations

import itertools
import re
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from xml.parsers import expat

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

MAX_MEMBERS = 10_000
MAX_XML = 64 * 1024 * 1024  # the most any one XML part may inflate to
MAX_FINDINGS_PER_PART = 50  # distinct comment authors listed per part
_CHUNK = 64 * 1024
_MAX_COMMENT = 0xFFFF + 22

_LOCAL = b"PK\x03\x04"
_CENTRAL = b"PK\x01\x02"
_END = b"PK\x05\x06"
_DESCRIPTOR = b"PK\x07\x08"
_STORED, _DEFLATED = 0, 8
_DOS_EPOCH = (0, 0x21)  # time 00:00:00, date 1980-01-01

_ODF_TYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.text-template": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
    b"application/vnd.oasis.opendocument.spreadsheet-template": "ods",
    b"application/vnd.oasis.opendocument.presentation": "odp",
    b"application/vnd.oasis.opendocument.presentation-template": "odp",
}
# The main part's content type in [Content_Types].xml (documents, templates, macro-enabled).
_OOXML_TYPES = (
    (b"wordprocessingml.document.main+xml", "docx"),
    (b"wordprocessingml.template.main+xml", "docx"),
    (b"ms-word.document.macroEnabled.main+xml", "docx"),
    (b"ms-word.template.macroEnabledTemplate.main+xml", "docx"),
    (b"spreadsheetml.sheet.main+xml", "xlsx"),
    (b"spreadsheetml.template.main+xml", "xlsx"),
    (b"ms-excel.sheet.macroEnabled.main+xml", "xlsx"),
    (b"presentationml.presentation.main+xml", "pptx"),
    (b"presentationml.slideshow.main+xml", "pptx"),
    (b"presentationml.template.main+xml", "pptx"),
    (b"ms-powerpoint.presentation.macroEnabled.main+xml", "pptx"),
)
_OOXML_FOLDERS = ((b"word/", "docx"), (b"xl/", "xlsx"), (b"ppt/", "pptx"))

_NS_DC = "http://purl.org/dc/elements/1.1/"
_NS_DCTERMS = "http://purl.org/dc/terms/"
_NS_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_NS_APP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_NS_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_NS_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
_NS_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_NS_XLINK = "http://www.w3.org/1999/xlink"
_NS_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"

# (namespace, element) -> kind, for the children of core.xml, app.xml and meta.xml's office:meta
_CORE_KINDS = {
    (_NS_DC, "creator"): AUTHOR,
    (_NS_CP, "lastModifiedBy"): AUTHOR,
    (_NS_DCTERMS, "created"): DATE,
    (_NS_DCTERMS, "modified"): DATE,
    (_NS_CP, "lastPrinted"): DATE,
}
_APP_KINDS = {
    "Application": SOFTWARE,
    "AppVersion": SOFTWARE,
    "Company": AUTHOR,
    "Manager": AUTHOR,
    "Template": OTHER,
    "HyperlinkBase": OTHER,
    "TotalTime": OTHER,
}
_ODF_KINDS = {
    (_NS_META, "initial-creator"): AUTHOR,
    (_NS_DC, "creator"): AUTHOR,
    (_NS_META, "printed-by"): AUTHOR,
    (_NS_META, "creation-date"): DATE,
    (_NS_DC, "date"): DATE,
    (_NS_META, "print-date"): DATE,
    (_NS_META, "generator"): SOFTWARE,
}
# Parts that name the authors of comments and tracked changes: `author` attributes (Word's
# w:author, PowerPoint's, Excel's threaded comments), Excel's <author> elements, Word's and
# PowerPoint's people lists (name/displayName/initials), ODF's dc:creator in annotations and
# change records.
_AUTHOR_PARTS = re.compile(
    r"word/(document|comments|commentsExtended|commentsExtensible|footnotes|endnotes"
    r"|people|header\d*|footer\d*)\.xml"
    r"|xl/comments\d*\.xml|xl/threadedComments/[^/]+\.xml|xl/persons/[^/]+\.xml"
    r"|ppt/commentAuthors\.xml|ppt/comments/[^/]+\.xml|ppt/authors\.xml"
    r"|content\.xml|styles\.xml"
)
# Attribute names read as authors only in people lists (elsewhere `name` means something else).
_PEOPLE_ONLY = {"displayName", "userId", "providerId", "name", "initials"}
_PEOPLE_ELEMENTS = {"person", "cmAuthor", "author"}


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    raw_name: bytes
    flags: int
    method: int
    crc: int
    compressed: int
    size: int
    version_made: int
    version_needed: int
    internal: int
    external: int
    offset: int  # of the local header
    data: int  # where the compressed bytes start
    end: int  # where the member (with its data descriptor, if any) ends


def _u16(data: bytes, pos: int) -> int:
    return int.from_bytes(data[pos : pos + 2], "little")


def _u32(data: bytes, pos: int) -> int:
    return int.from_bytes(data[pos : pos + 4], "little")


class ZipArchive:
    """The members of a zip held in memory, checked; MetadataUnreadable when anything is
    odd. Members are in central-directory order."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.members = self._central(data)
        self.by_name = {m.name: m for m in self.members}

    @staticmethod
    def _central(data: bytes) -> list[Member]:
        if not data.startswith(_LOCAL):
            raise MetadataUnreadable("not a zip")
        end = data.rfind(_END, max(0, len(data) - _MAX_COMMENT))
        if end < 0 or end + 22 > len(data):
            raise MetadataUnreadable("no end of central directory")
        disk, cd_disk, here, count, cd_size, cd_offset, comment = struct.unpack_from(
            "<HHHHIIH", data, end + 4
        )
        if (disk or cd_disk or here != count or count == 0xFFFF or cd_offset == 0xFFFFFFFF
                or end + 22 + comment != len(data)):
            raise MetadataUnreadable("zip64, split or odd end record")
        if count > MAX_MEMBERS or cd_offset + cd_size != end:
            raise MetadataUnreadable("central directory out of place")
        members: list[Member] = []
        pos = cd_offset
        for _ in range(count):
            if data[pos : pos + 4] != _CENTRAL or pos + 46 > end:
                raise MetadataUnreadable("bad central directory entry")
            (made, needed, flags, method, _time, _date, crc, csize, usize, nlen, xlen, clen,
             _disk, internal, external, offset) = struct.unpack_from(
                "<HHHHHHIIIHHHHHII", data, pos + 4)
            raw_name = data[pos + 46 : pos + 46 + nlen]
            pos += 46 + nlen + xlen + clen
            if pos > end:
                raise MetadataUnreadable("bad central directory entry")
            if 0xFFFFFFFF in (csize, usize, offset) or flags & 0x41:
                raise MetadataUnreadable("zip64 or encrypted member")
            name = raw_name.decode("utf-8" if flags & 0x800 else "cp437", "replace")
            if data[offset : offset + 4] != _LOCAL or offset + 30 > cd_offset:
                raise MetadataUnreadable("bad local header")
            l_nlen, l_xlen = struct.unpack_from("<HH", data, offset + 26)
            l_method = _u16(data, offset + 8)
            if data[offset + 30 : offset + 30 + l_nlen] != raw_name or l_method != method:
                raise MetadataUnreadable("local header disagrees")
            start = offset + 30 + l_nlen + l_xlen
            stop = start + csize
            if flags & 0x08:
                stop += 16 if data[stop : stop + 4] == _DESCRIPTOR else 12
            if stop > cd_offset:
                raise MetadataUnreadable("member runs past the archive")
            members.append(Member(name, raw_name, flags, method, crc, csize, usize, made,
                                  needed, internal, external, offset, start, stop))
        if len({m.name for m in members}) != len(members):
            raise MetadataUnreadable("a name repeats")
        ordered = sorted(members, key=lambda m: m.offset)
        for before, after in itertools.pairwise(ordered):
            if after.offset < before.end:
                raise MetadataUnreadable("members overlap")
        return members

    def chunks(self, member: Member, limit: int = MAX_XML) -> Iterator[bytes]:
        """The member's bytes, inflated in bounded steps, checked against its declared size,
        the limit and its CRC."""
        if member.size > limit:
            raise MetadataUnreadable("member too large")
        raw = memoryview(self.data)[member.data : member.data + member.compressed]
        crc, total = 0, 0
        if member.method == _STORED:
            if member.compressed != member.size:
                raise MetadataUnreadable("stored member sizes differ")
            pieces: Iterator[bytes] = (bytes(raw[i : i + _CHUNK])
                                       for i in range(0, len(raw), _CHUNK))
        elif member.method == _DEFLATED:
            pieces = _inflate(raw)
        else:
            raise MetadataUnreadable("unknown compression")
        for piece in pieces:
            total += len(piece)
            if total > member.size:
                raise MetadataUnreadable("member inflates past its size")
            crc = zlib.crc32(piece, crc)
            yield piece
        if total != member.size or crc != member.crc:
            raise MetadataUnreadable("member size or CRC wrong")

    def read(self, name: str, limit: int = MAX_XML) -> bytes | None:
        member = self.by_name.get(name)
        return None if member is None else b"".join(self.chunks(member, limit))


def _inflate(raw: memoryview) -> Iterator[bytes]:
    """Raw deflate in steps of at most _CHUNK bytes out, whatever the ratio."""
    inflater = zlib.decompressobj(-15)
    pos = 0
    try:
        while not inflater.eof:
            if inflater.unconsumed_tail:
                piece = inflater.decompress(inflater.unconsumed_tail, _CHUNK)
            elif pos < len(raw):
                piece = inflater.decompress(raw[pos : pos + _CHUNK], _CHUNK)
                pos += _CHUNK
            else:
                piece = inflater.decompress(b"", _CHUNK)
                if not piece and not inflater.eof:
                    raise MetadataUnreadable("deflate stream cut short")
            yield piece
    except zlib.error as exc:
        raise MetadataUnreadable("bad deflate stream") from exc


# ---- XML, safely ----------------------------------------------------------------------


class _Refused(Exception):
    pass


def _refuse(*_args: object) -> int:
    raise _Refused


StartHandler = Callable[[str, dict[str, str], int, int], None]
EndHandler = Callable[[str, str, int], None]


def _parse(chunks: Iterator[bytes], start: StartHandler, end: EndHandler | None = None) -> None:
    """Run expat over the chunks; start(name, attributes, depth, byte offset of the tag) and
    end(name, text, depth), names as "namespace local". No DOCTYPE, no entities, no external
    anything."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    parser.NotationDeclHandler = _refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    depth = 0
    texts: list[list[str]] = []

    def on_start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if end is not None:
            texts.append([])
        start(name, attrs, depth, parser.CurrentByteIndex)

    def on_end(name: str) -> None:
        nonlocal depth
        if end is not None:
            text = "".join(texts.pop())
            if len(text) <= 4 * 1024:
                end(name, text, depth)
        depth -= 1

    def on_text(text: str) -> None:
        if texts and sum(map(len, texts[-1])) < 64 * 1024:
            texts[-1].append(text)

    parser.StartElementHandler = on_start
    parser.EndElementHandler = on_end
    if end is not None:
        parser.CharacterDataHandler = on_text
    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _Refused as exc:
        raise MetadataUnreadable("DOCTYPE or entity in XML") from exc
    except (expat.ExpatError, LookupError, ValueError) as exc:  # incl. unknown encodings
        raise MetadataUnreadable("bad XML") from exc


def _split(name: str) -> tuple[str, str]:
    namespace, _, local = name.rpartition(" ")
    return namespace, local


# ---- sniffing ---------------------------------------------------------------------------


def _head_members(head: bytes) -> Iterator[tuple[bytes, bytes | None]]:
    """(name, first bytes of content or None) of the local members that begin in head."""
    pos = 0
    for _ in range(64):
        if head[pos : pos + 4] != _LOCAL or pos + 30 > len(head):
            return
        flags, method = struct.unpack_from("<HH", head, pos + 6)
        csize = _u32(head, pos + 18)
        nlen, xlen = struct.unpack_from("<HH", head, pos + 26)
        name = head[pos + 30 : pos + 30 + nlen]
        start = pos + 30 + nlen + xlen
        if start > len(head):
            return
        raw = head[start:]
        if not flags & 0x08:
            raw = raw[:csize]
        content: bytes | None = None
        used = csize
        if method == _STORED:
            content = raw
        elif method == _DEFLATED:
            inflater = zlib.decompressobj(-15)
            try:
                content = inflater.decompress(raw, 16 * 1024)
            except zlib.error:
                content = None
            if flags & 0x08:
                if not inflater.eof:
                    yield name, content
                    return
                used = len(raw) - len(inflater.unused_data)
        yield name, content
        pos = start + used
        if flags & 0x08:
            pos += 16 if head[pos : pos + 4] == _DESCRIPTOR else 12


def _kind(head: bytes) -> str:
    """"docx", "xlsx", "pptx", "odt", "ods", "odp" from the first bytes of a zip, or ""."""
    if not head.startswith(_LOCAL):
        return ""
    for index, (name, content) in enumerate(_head_members(head)):
        if index == 0 and name == b"mimetype":
            return _ODF_TYPES.get((content or b"").strip(), "")
        if name == b"[Content_Types].xml" and content is not None:
            for needle, kind in _OOXML_TYPES:
                if needle in content:
                    return kind
        for folder, kind in _OOXML_FOLDERS:
            if name.startswith(folder):
                return kind
    return ""


# ---- reading ----------------------------------------------------------------------------


def _finding(kind: str, field: str, value: str) -> Finding | None:
    text = printable(value)
    return Finding(kind, field, text) if text else None


def _children(archive: ZipArchive, name: str, depth: int,
              classify: Callable[[str, dict[str, str], str], Finding | None],
              ) -> list[Finding]:
    """Findings from the elements at `depth` of one XML part (classified by the caller)."""
    member = archive.by_name.get(name)
    if member is None:
        return []
    found: list[Finding] = []
    attributes: list[dict[str, str]] = []

    def start(_name: str, attrs: dict[str, str], level: int, _at: int) -> None:
        if level == depth:
            attributes.append(attrs)

    def end(element: str, text: str, level: int) -> None:
        if level == depth:
            finding = classify(element, attributes.pop(), text)
            if finding is not None and finding not in found:
                found.append(finding)

    _parse(archive.chunks(member), start, end)
    return found


def _core(element: str, _attrs: dict[str, str], text: str) -> Finding | None:
    namespace, local = _split(element)
    return _finding(_CORE_KINDS.get((namespace, local), OTHER), local, text)


def _app(element: str, _attrs: dict[str, str], text: str) -> Finding | None:
    namespace, local = _split(element)
    kind = _APP_KINDS.get(local) if namespace == _NS_APP else None
    return None if kind is None else _finding(kind, local, text)


def _ooxml_custom(archive: ZipArchive) -> list[Finding]:
    member = archive.by_name.get("docProps/custom.xml")
    if member is None:
        return []
    found: list[Finding] = []
    names: list[str] = []

    def start(_element: str, attrs: dict[str, str], level: int, _at: int) -> None:
        if level == 2:
            names.append(attrs.get("name", "property"))

    def end(_element: str, text: str, level: int) -> None:
        if level == 3 and names:
            finding = _finding(OTHER, names[-1], text)
            if finding is not None:
                found.append(finding)

    _parse(archive.chunks(member), start, end)
    return found


def _odf_meta(element: str, attrs: dict[str, str], text: str) -> Finding | None:
    namespace, local = _split(element)
    if (namespace, local) == (_NS_META, "user-defined"):
        return _finding(OTHER, attrs.get(f"{_NS_META} name", "user-defined"), text)
    if (namespace, local) == (_NS_META, "template"):
        return _finding(OTHER, "template", attrs.get(f"{_NS_XLINK} href", ""))
    if (namespace, local) == (_NS_META, "document-statistic"):
        return None
    prefix = "meta" if namespace == _NS_META else "dc" if namespace == _NS_DC else ""
    field = f"{prefix}:{local}" if prefix else local
    return _finding(_ODF_KINDS.get((namespace, local), OTHER), field, text)


Spots = dict[str, list[tuple[int, bool]]]  # part -> (tag offset, attribute or text)


def _authors(archive: ZipArchive) -> tuple[list[Finding], Spots]:
    """The authors of comments and tracked changes, once each, and where they are: the byte
    offset of each start tag with an author attribute (True) or author text (False)."""
    found: list[Finding] = []
    spots: Spots = {}
    for member in archive.members:
        if not _AUTHOR_PARTS.fullmatch(member.name):
            continue
        here: list[tuple[int, bool]] = []
        opened: list[int] = []

        def add(kind: str, field: str, value: str) -> None:
            finding = _finding(kind, field, value)
            if (finding is not None and finding not in found
                    and len(found) < MAX_FINDINGS_PER_PART * 10):
                found.append(finding)

        def start(element: str, attrs: dict[str, str], _level: int, at: int,
                  here: list[tuple[int, bool]] = here, opened: list[int] = opened) -> None:
            opened.append(at)
            local = _split(element)[1]
            for key, value in attrs.items():
                kind = _attribute_kind(local, _split(key)[1])
                if kind is not None:
                    add(kind, _split(key)[1], value)
                    here.append((at, True))

        def end(element: str, text: str, _level: int,
                here: list[tuple[int, bool]] = here, opened: list[int] = opened) -> None:
            at = opened.pop()
            namespace, local = _split(element)
            kind = _element_kind(namespace, local)
            if kind is not None:
                add(kind, local, text)
                if text:
                    here.append((at, False))

        _parse(archive.chunks(member), start, end)
        if here:
            spots[member.name] = here
    return found, spots


def _attribute_kind(element: str, attribute: str) -> str | None:
    """AUTHOR for an author attribute (emptied when cleaning), DATE for the date of a
    comment or tracked change (w:date, dT, dt: removed when cleaning), else None."""
    if attribute == "author" or (attribute in _PEOPLE_ONLY and element in _PEOPLE_ELEMENTS):
        return AUTHOR
    if attribute in ("date", "dT", "dt"):
        return DATE
    return None


def _element_kind(namespace: str, local: str) -> str | None:
    """AUTHOR or DATE for an element whose text names a comment's or change's author or
    date (Excel's <author>, ODF's dc:creator and dc:date), else None."""
    if local == "author" or (namespace, local) == (_NS_DC, "creator"):
        return AUTHOR
    if (namespace, local) == (_NS_DC, "date"):
        return DATE
    return None


def _archive(data: bytes, odf: bool) -> ZipArchive:
    archive = ZipArchive(bytes(data))
    first = min(archive.members, key=lambda m: m.offset, default=None)
    if odf:
        if first is None or first.name != "mimetype" or first.method != _STORED:
            raise MetadataUnreadable("no mimetype first")
        if archive.read("mimetype", 256) not in _ODF_TYPES:
            raise MetadataUnreadable("not an OpenDocument type")
    elif "[Content_Types].xml" not in archive.by_name:
        raise MetadataUnreadable("no [Content_Types].xml")
    return archive


def read_ooxml(data: bytes) -> list[Finding]:
    archive = _archive(data, odf=False)
    found = _children(archive, "docProps/core.xml", 2, _core)
    found += _children(archive, "docProps/app.xml", 2, _app)
    found += _ooxml_custom(archive)
    return found + _authors(archive)[0]


def read_odf(data: bytes) -> list[Finding]:
    archive = _archive(data, odf=True)
    return _children(archive, "meta.xml", 3, _odf_meta) + _authors(archive)[0]


# ---- cleaning ---------------------------------------------------------------------------

_EMPTY_CORE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<cp:coreProperties xmlns:cp="' + _NS_CP.encode() + b'" xmlns:dc="' + _NS_DC.encode()
    + b'" xmlns:dcterms="' + _NS_DCTERMS.encode() + b'" xmlns:dcmitype="http://purl.org/dc/'
    b'dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
)
_EMPTY_APP = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<Properties xmlns="' + _NS_APP.encode() + b'" xmlns:vt="' + _NS_VT.encode() + b'"/>'
)
_EMPTY_CUSTOM = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<Properties xmlns="' + _NS_CUSTOM.encode() + b'" xmlns:vt="' + _NS_VT.encode() + b'"/>'
)
_EMPTY_META = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<office:document-meta xmlns:office="' + _NS_OFFICE.encode() + b'" xmlns:meta="'
    + _NS_META.encode() + b'" xmlns:dc="' + _NS_DC.encode() + b'" office:version="%s">'
    b"<office:meta/></office:document-meta>"
)
_TAG = re.compile(rb"""<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>""")
_TAG_NAME = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
_ATTRIBUTE = re.compile(
    rb"""(\s(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)\s*=\s*)("[^"]*"|'[^']*')"""
)


def _blank_authors(xml: bytes, spots: list[tuple[int, bool]]) -> bytes:
    """The part with each author attribute's value and each author element's text emptied,
    at the tags the parser pointed at; everything else byte for byte."""
    out = bytearray()
    last = 0
    for at, attribute in sorted(set(spots)):
        tag = _TAG.match(xml, at)
        if tag is None or at < last:
            continue
        if attribute:
            name = _TAG_NAME.match(tag.group())
            element = name.group(1).decode("ascii", "replace") if name else ""

            def blank(match: re.Match[bytes], element: str = element) -> bytes:
                attr = match.group(2).decode("ascii", "replace")
                kind = _attribute_kind(element, attr)
                if kind == AUTHOR:
                    return match.group(1) + match.group(3)[:1] * 2
                if kind == DATE:
                    return b""
                return match.group()

            out += xml[last:at] + _ATTRIBUTE.sub(blank, tag.group())
            last = tag.end()
        else:
            close = xml.find(b"<", tag.end())
            if close < 0:
                continue
            out += xml[last : tag.end()]
            last = close
    return bytes(out + xml[last:])


def _odf_version(archive: ZipArchive) -> bytes:
    meta = archive.read("meta.xml") or b""
    match = re.search(rb'office:version\s*=\s*"([0-9.]{1,8})"', meta[:4096])
    return match.group(1) if match else b"1.2"


def _local_header(member: Member, crc: int, compressed: int, size: int) -> bytes:
    return _LOCAL + struct.pack(
        "<HHHHHIIIHH", member.version_needed, member.flags & ~0x08 & 0xFFFF, member.method,
        *_DOS_EPOCH, crc, compressed, size, len(member.raw_name), 0) + member.raw_name


def _central_header(member: Member, crc: int, compressed: int, size: int, flags: int,
                    offset: int) -> bytes:
    return _CENTRAL + struct.pack(
        "<HHHHHHIIIHHHHHII", member.version_made, member.version_needed, flags,
        member.method, *_DOS_EPOCH, crc, compressed, size, len(member.raw_name), 0, 0, 0,
        member.internal, member.external, offset) + member.raw_name


def _compress(member: Member, content: bytes) -> bytes:
    if member.method == _STORED:
        return content
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(content) + packer.flush()


def _rewrite(archive: ZipArchive, replacements: dict[str, bytes]) -> bytes:
    """The archive again, members in the same order; a replaced member gets its new content
    (same compression method), every other one its compressed bytes unchanged. Dates, extra
    fields, comments and data descriptors go (sizes and CRC move into the local header)."""
    out = bytearray()
    placed: dict[str, bytes] = {}
    for member in sorted(archive.members, key=lambda m: m.offset):
        offset = len(out)
        if member.name in replacements:
            content = replacements[member.name]
            packed = _compress(member, content)
            crc, size = zlib.crc32(content), len(content)
        else:
            packed = archive.data[member.data : member.data + member.compressed]
            crc, size = member.crc, member.size
        out += _local_header(member, crc, len(packed), size) + packed
        placed[member.name] = _central_header(member, crc, len(packed), size,
                                              member.flags & ~0x08 & 0xFFFF, offset)
    start = len(out)
    for member in archive.members:
        out += placed[member.name]
    count = len(archive.members)
    out += _END + struct.pack("<HHHHIIH", 0, 0, count, count, len(out) - start, start, 0)
    return bytes(out)


def _blanked(archive: ZipArchive) -> dict[str, bytes]:
    """The parts naming comment and change authors, with the authors blanked."""
    changed: dict[str, bytes] = {}
    for name, spots in _authors(archive)[1].items():
        original = archive.read(name) or b""
        changed[name] = _blank_authors(original, spots)
    return changed


def clean_ooxml(data: bytes) -> bytes:
    archive = _archive(data, odf=False)
    for name in ("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"):
        _children(archive, name, 2, _app)  # refuse hostile XML here too
    replacements = {
        name: empty for name, empty in (
            ("docProps/core.xml", _EMPTY_CORE), ("docProps/app.xml", _EMPTY_APP),
            ("docProps/custom.xml", _EMPTY_CUSTOM)) if name in archive.by_name
    }
    return _rewrite(archive, replacements | _blanked(archive))


def clean_odf(data: bytes) -> bytes:
    archive = _archive(data, odf=True)
    replacements = _blanked(archive)
    if "meta.xml" in archive.by_name:
        _children(archive, "meta.xml", 3, _odf_meta)  # refuse hostile XML before rewriting
        replacements["meta.xml"] = _EMPTY_META % _odf_version(archive)
    return _rewrite(archive, replacements)


def _sniffer(kind: str) -> Callable[[bytes], bool]:
    def sniff(head: bytes) -> bool:
        return _kind(head) == kind

    sniff.__name__ = f"sniff_{kind}"
    return sniff


FORMATS = [
    *(Format(kind, _sniffer(kind), read_ooxml, clean_ooxml) for kind in ("docx", "xlsx", "pptx")),
    *(Format(kind, _sniffer(kind), read_odf, clean_odf) for kind in ("odt", "ods", "odp")),
]
