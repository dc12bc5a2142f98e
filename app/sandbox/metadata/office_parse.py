"""The parsing that app.sandbox.metadata.office stands on: XML through pyexpat with no
DOCTYPE, entity declaration or external entity (no entity expansion of any kind), fed in
chunks; and the sniffing of an office document's kind from the first bytes of its zip
(the local members that begin there, read without the central directory)."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Iterator
from xml.parsers import expat

from app.sandbox.metadata import ziparchive
from app.sandbox.metadata.model import MetadataUnreadable

MAX_TEXT = 4096  # characters of an element's text kept (a finding keeps MAX_VALUE)

ODF_TYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.text-template": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
    b"application/vnd.oasis.opendocument.spreadsheet-template": "ods",
    b"application/vnd.oasis.opendocument.presentation": "odp",
    b"application/vnd.oasis.opendocument.presentation-template": "odp",
}
# The main part's content type in [Content_Types].xml (documents, templates, macro-enabled).
OOXML_TYPES = (
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
OOXML_FOLDERS = ((b"word/", "docx"), (b"xl/", "xlsx"), (b"ppt/", "pptx"))

# ---- XML, safely ----------------------------------------------------------------------


class _Refused(Exception):
    pass


def _refuse(*_args: object) -> int:
    raise _Refused


StartHandler = Callable[[str, dict[str, str], int, int], None]
EndHandler = Callable[[str, str, int], None]


def parse(chunks: Iterator[bytes], start: StartHandler, end: EndHandler | None = None) -> None:
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
    parser.buffer_text = True
    depth = 0
    texts: list[list[str]] = []  # the text of each open element, at most MAX_TEXT kept
    kept: list[int] = []

    def on_start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if end is not None:
            texts.append([])
            kept.append(0)
        start(name, attrs, depth, parser.CurrentByteIndex)

    def on_end(name: str) -> None:
        nonlocal depth
        if end is not None:
            kept.pop()
            end(name, "".join(texts.pop()), depth)
        depth -= 1

    def on_text(text: str) -> None:
        if texts and kept[-1] < MAX_TEXT:
            texts[-1].append(text[: MAX_TEXT - kept[-1]])
            kept[-1] += len(texts[-1][-1])

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


def split_name(name: str) -> tuple[str, str]:
    namespace, _, local = name.rpartition(" ")
    return namespace, local


# ---- sniffing ---------------------------------------------------------------------------


def head_members(head: bytes) -> Iterator[tuple[bytes, bytes | None]]:
    """(name, first bytes of content or None) of the local members that begin in head."""
    pos = 0
    for _ in range(64):
        if head[pos : pos + 4] != ziparchive.LOCAL or pos + 30 > len(head):
            return
        flags, method = struct.unpack_from("<HH", head, pos + 6)
        csize = int.from_bytes(head[pos + 18 : pos + 22], "little")
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
        if method == ziparchive.STORED:
            content = raw
        elif method == ziparchive.DEFLATED:
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
            pos += 16 if head[pos : pos + 4] == ziparchive.DESCRIPTOR else 12


def sniff_kind(head: bytes) -> str:
    """"docx", "xlsx", "pptx", "odt", "ods", "odp" from the first bytes of a zip, or ""."""
    if not head.startswith(ziparchive.LOCAL):
        return ""
    for index, (name, content) in enumerate(head_members(head)):
        if index == 0 and name == b"mimetype":
            return ODF_TYPES.get((content or b"").strip(), "")
        if name == b"[Content_Types].xml" and content is not None:
            for needle, kind in OOXML_TYPES:
                if needle in content:
                    return kind
        for folder, kind in OOXML_FOLDERS:
            if name.startswith(folder):
                return kind
    return ""


# ---- reading ----------------------------------------------------------------------------
