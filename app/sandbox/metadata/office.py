"""Office documents: OOXML (docx, xlsx, pptx) and OpenDocument (odt, ods, odp).

Both are zip archives whose metadata lives in a few XML members: OOXML's docProps/core.xml,
app.xml and custom.xml, ODF's meta.xml; comment and tracked-change authors live in the
document's own parts. Only the standard library reads them:

- the zip by app.sandbox.metadata.ziparchive (our own bounded reader and writer: every
  size checked before and while inflating, zip bombs, zip64, encrypted, overlapping or
  repeated members refused as MetadataUnreadable);
- XML goes through pyexpat with a DOCTYPE, entity declaration or external entity refused
  (no entity expansion of any kind: these parts never need a DOCTYPE), fed in chunks
  (app.sandbox.metadata.office_parse, which also tells the kind from a zip's first bytes).

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

import re
from collections.abc import Callable

from app.sandbox.metadata import ziparchive
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
from app.sandbox.metadata.office_parse import ODF_TYPES, parse, sniff_kind, split_name

MAX_FINDINGS = 500  # comment and change authors and dates listed, at most

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




def _finding(kind: str, field: str, value: str) -> Finding | None:
    text = printable(value)
    return Finding(kind, field, text) if text else None


def _children(archive: ziparchive.ZipArchive, name: str, depth: int,
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

    parse(archive.chunks(member), start, end)
    return found


def _core(element: str, _attrs: dict[str, str], text: str) -> Finding | None:
    namespace, local = split_name(element)
    return _finding(_CORE_KINDS.get((namespace, local), OTHER), local, text)


def _app(element: str, _attrs: dict[str, str], text: str) -> Finding | None:
    namespace, local = split_name(element)
    kind = _APP_KINDS.get(local) if namespace == _NS_APP else None
    return None if kind is None else _finding(kind, local, text)


def _ooxml_custom(archive: ziparchive.ZipArchive) -> list[Finding]:
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

    parse(archive.chunks(member), start, end)
    return found


def _odf_meta(element: str, attrs: dict[str, str], text: str) -> Finding | None:
    namespace, local = split_name(element)
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


def _authors(archive: ziparchive.ZipArchive) -> tuple[list[Finding], Spots]:
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
                    and len(found) < MAX_FINDINGS):
                found.append(finding)

        def start(element: str, attrs: dict[str, str], _level: int, at: int,
                  here: list[tuple[int, bool]] = here, opened: list[int] = opened) -> None:
            opened.append(at)
            local = split_name(element)[1]
            for key, value in attrs.items():
                kind = _attribute_kind(local, split_name(key)[1])
                if kind is not None:
                    add(kind, split_name(key)[1], value)
                    here.append((at, True))

        def end(element: str, text: str, _level: int,
                here: list[tuple[int, bool]] = here, opened: list[int] = opened) -> None:
            at = opened.pop()
            namespace, local = split_name(element)
            kind = _element_kind(namespace, local)
            if kind is not None:
                add(kind, local, text)
                if text:
                    here.append((at, False))

        parse(archive.chunks(member), start, end)
        if here:
            spots[member.name] = here
    return found, spots


def _attribute_kind(element: str, attribute: str) -> str | None:
    """AUTHOR for an author attribute (emptied when cleaning), DATE for the date of a
    comment or tracked change (w:date, dT, dt: removed when cleaning), else None."""
    if attribute in ("author", "initials") or (
            attribute in _PEOPLE_ONLY and element in _PEOPLE_ELEMENTS):
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


def _archive(data: bytes, odf: bool) -> ziparchive.ZipArchive:
    archive = ziparchive.ZipArchive(bytes(data))
    first = min(archive.members, key=lambda m: m.offset, default=None)
    if odf:
        if first is None or first.name != "mimetype" or first.method != ziparchive.STORED:
            raise MetadataUnreadable("no mimetype first")
        if archive.read("mimetype", 256) not in ODF_TYPES:
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


def _odf_version(archive: ziparchive.ZipArchive) -> bytes:
    meta = archive.read("meta.xml") or b""
    match = re.search(rb'office:version\s*=\s*"([0-9.]{1,8})"', meta[:4096])
    return match.group(1) if match else b"1.2"


def _blanked(archive: ziparchive.ZipArchive) -> dict[str, bytes]:
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
    return ziparchive.rewrite(archive, replacements | _blanked(archive))


def clean_odf(data: bytes) -> bytes:
    archive = _archive(data, odf=True)
    replacements = _blanked(archive)
    if "meta.xml" in archive.by_name:
        _children(archive, "meta.xml", 3, _odf_meta)  # refuse hostile XML before rewriting
        replacements["meta.xml"] = _EMPTY_META % _odf_version(archive)
    return ziparchive.rewrite(archive, replacements)


def _sniffer(kind: str) -> Callable[[bytes], bool]:
    def sniff(head: bytes) -> bool:
        return sniff_kind(head) == kind

    sniff.__name__ = f"sniff_{kind}"
    return sniff


FORMATS = [
    *(Format(kind, _sniffer(kind), read_ooxml, clean_ooxml) for kind in ("docx", "xlsx", "pptx")),
    *(Format(kind, _sniffer(kind), read_odf, clean_odf) for kind in ("odt", "ods", "odp")),
]
