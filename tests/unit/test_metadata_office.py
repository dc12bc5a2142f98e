"""Office metadata (issue 16 item 4): OOXML and OpenDocument files made here (exiftool cannot
write these formats, so the XML is written by hand), read by app.sandbox.metadata.office,
cleaned, and the clean copies checked with exiftool and mat2 as references; hostile zips
and XML refused."""

from __future__ import annotations

import contextlib
import io
import json
import struct
import subprocess
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.sandbox.metadata import office, ziparchive
from app.sandbox.metadata.model import (
    AUTHOR,
    DATE,
    OTHER,
    SOFTWARE,
    Finding,
    Format,
    MetadataUnreadable,
)

NAME = "Alisher Karimov"
EDITOR = "akarimov"
REVIEWER = "Bobur Tursunov"

_CT = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
}
_MAIN = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml",
         "pptx": "ppt/presentation.xml"}
_ODF = {"odt": "text", "ods": "spreadsheet", "odp": "presentation"}

CORE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Secret plan</dc:title>
<dc:description>Notes from the flat</dc:description><cp:keywords>witness</cp:keywords>
<dc:creator>{NAME}</dc:creator><cp:lastModifiedBy>{EDITOR}</cp:lastModifiedBy>
<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T03:04:05Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-03T03:04:05Z</dcterms:modified>
</cp:coreProperties>""".encode()
APP = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
 xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion>
<Company>Tashkent Lawyers</Company><Manager>Dilnoza</Manager><Pages>1</Pages></Properties>"""
CUSTOM = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
 xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="CaseRef">
<vt:lpwstr>UZ-2026-17</vt:lpwstr></property></Properties>"""
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body><w:p><w:r><w:t>The statement, author="kept".</w:t></w:r>
<w:ins w:id="1" w:author="{REVIEWER}" w:date="2026-01-04T00:00:00Z"><w:r><w:t>added</w:t>
</w:r></w:ins></w:p></w:body></w:document>""".encode()
COMMENTS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments {W}><w:comment w:id="0" w:author="{REVIEWER}" w:initials="BT">
<w:p><w:r><w:t>check this</w:t></w:r></w:p></w:comment></w:comments>""".encode()

XL_COMMENTS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors>
<author>{REVIEWER}</author><author>BT</author></authors><commentList>
<comment ref="A1" authorId="0"><text><t>check</t></text></comment></commentList></comments>
""".encode()
PPT_AUTHORS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:cmAuthorLst xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">
<p:cmAuthor id="1" name="{REVIEWER}" initials="BT" lastIdx="1" clrIdx="0"/></p:cmAuthorLst>
""".encode()


def _png() -> bytes:
    """A real 2x2 grey PNG (a picture member to carry through unchanged)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))

    pixels = zlib.compress(b"\x00\x80\x40" * 2)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", pixels) + chunk(b"IEND", b""))


def _content_types(kind: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{_MAIN[kind]}" ContentType="{_CT[kind]}"/></Types>'
    ).encode()


class _Stream(io.RawIOBase):
    """A write-only, unseekable stream: zipfile then writes data descriptors."""

    def __init__(self) -> None:
        self.buffer = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.buffer += data
        return len(data)


def _zip(members: list[tuple[str, bytes, int]], streamed: bool = False) -> bytes:
    target: io.BytesIO | _Stream = _Stream() if streamed else io.BytesIO()
    with zipfile.ZipFile(target, "w") as archive:
        for name, data, method in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 2, 3, 4, 5))
            info.compress_type = method
            archive.writestr(info, data)
    return bytes(target.buffer) if isinstance(target, _Stream) else target.getvalue()


def _ooxml(kind: str, core: bytes = CORE, streamed: bool = False) -> bytes:
    deflated = zipfile.ZIP_DEFLATED
    members = [("[Content_Types].xml", _content_types(kind), deflated),
               ("docProps/core.xml", core, deflated), ("docProps/app.xml", APP, deflated),
               ("docProps/custom.xml", CUSTOM, deflated),
               (_MAIN[kind], DOCUMENT if kind == "docx" else b"<x/>", deflated),
               ("media/image1.png", _png(), zipfile.ZIP_STORED)]
    members.append({"docx": ("word/comments.xml", COMMENTS, deflated),
                    "xlsx": ("xl/comments1.xml", XL_COMMENTS, deflated),
                    "pptx": ("ppt/commentAuthors.xml", PPT_AUTHORS, deflated)}[kind])
    return _zip(members, streamed)


def _meta(kind: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>
<meta:initial-creator>{NAME}</meta:initial-creator><dc:creator>{EDITOR}</dc:creator>
<meta:creation-date>2026-01-02T03:04:05</meta:creation-date><dc:date>2026-01-03T03:04:05</dc:date>
<meta:generator>LibreOffice/7.4.7.2$Linux_X86_64</meta:generator>
<meta:user-defined meta:name="CaseRef">UZ-2026-17</meta:user-defined>
<meta:document-statistic meta:page-count="1"/></office:meta></office:document-meta>""".encode()


def _content() -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><office:body><office:text><text:p>Statement
<office:annotation><dc:creator>{REVIEWER}</dc:creator><dc:date>2026-01-04T00:00:00</dc:date>
<text:p>check</text:p></office:annotation></text:p></office:text></office:body>
</office:document-content>""".encode()


def _odf(kind: str, meta: bytes | None = None) -> bytes:
    mimetype = f"application/vnd.oasis.opendocument.{_ODF[kind]}".encode()
    manifest = (b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                b'"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    return _zip([("mimetype", mimetype, zipfile.ZIP_STORED),
                 ("content.xml", _content(), zipfile.ZIP_DEFLATED),
                 ("meta.xml", _meta(kind) if meta is None else meta, zipfile.ZIP_DEFLATED),
                 ("Pictures/a.png", _png(), zipfile.ZIP_STORED),
                 ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)])


def _format(name: str) -> Format:
    return next(f for f in office.FORMATS if f.name == name)


def _sniffed(data: bytes) -> list[str]:
    return [f.name for f in office.FORMATS if f.sniff(data[:4096])]


def _by_value(findings: list[Finding]) -> dict[str, str]:
    return {f.value: f.kind for f in findings}


def _exiftool(path: Path) -> str:
    out = subprocess.run(["exiftool", "-j", "-G", "-a", str(path)], capture_output=True,
                         check=True, timeout=60).stdout
    tags = json.loads(out)[0]
    own = ("System:", "File:", "SourceFile", "ExifTool:", "ZIP:")
    return json.dumps({k: v for k, v in tags.items() if not k.startswith(own)})


def _mat2_show(path: Path) -> str:
    return subprocess.run(["mat2", "--show", str(path)], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def _raw_members(data: bytes) -> list[tuple[str, int, bytes]]:
    archive = ziparchive.ZipArchive(data)
    return [(m.name, m.method, data[m.data : m.data + m.compressed])
            for m in sorted(archive.members, key=lambda m: m.offset)]


LEAKS = (NAME, EDITOR, REVIEWER, "2026-01", "Microsoft", "16.0000", "Tashkent", "Dilnoza",
         "LibreOffice", "UZ-2026", "Secret plan", "witness")


@pytest.mark.parametrize("streamed", [False, True])
@pytest.mark.parametrize("kind", ["docx", "xlsx", "pptx"])
def test_ooxml_read_and_cleaned(tmp_path: Path, kind: str, streamed: bool) -> None:
    data = _ooxml(kind, streamed=streamed)
    assert _sniffed(data) == [kind]
    found = _by_value(_format(kind).read(data))
    assert found[NAME] == AUTHOR
    assert found[EDITOR] == AUTHOR
    assert found["2026-01-02T03:04:05Z"] == DATE
    assert found["2026-01-03T03:04:05Z"] == DATE
    assert found["Microsoft Office Word"] == SOFTWARE
    assert found["16.0000"] == SOFTWARE
    assert found["Tashkent Lawyers"] == AUTHOR
    assert found["Dilnoza"] == AUTHOR
    assert found["Secret plan"] == OTHER
    assert found["UZ-2026-17"] == OTHER
    assert "1" not in found  # page counts are not metadata
    assert found[REVIEWER] == AUTHOR  # a comment's author
    assert found["BT"] == AUTHOR  # and initials
    if kind == "docx":
        assert found["2026-01-04T00:00:00Z"] == DATE  # the tracked change's date
    original = tmp_path / f"a.{kind}"
    original.write_bytes(data)
    assert NAME in _exiftool(original)  # the references read what we wrote
    assert "Microsoft Office Word" in _mat2_show(original)

    cleaned = _format(kind).clean(data)
    assert _sniffed(cleaned) == [kind]
    assert _format(kind).read(cleaned) == []
    with zipfile.ZipFile(io.BytesIO(cleaned)) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == zipfile.ZipFile(io.BytesIO(data)).namelist()
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        comments = archive.read({"docx": "word/comments.xml", "xlsx": "xl/comments1.xml",
                                 "pptx": "ppt/commentAuthors.xml"}[kind])
        assert REVIEWER.encode() not in comments
        assert b'initials="BT"' not in comments
        if kind == "docx":
            document = archive.read("word/document.xml")
            assert REVIEWER.encode() not in document
            assert b'author="kept"' in document  # text is text, not an attribute
            assert document == DOCUMENT.replace(
                f'w:author="{REVIEWER}" w:date="2026-01-04T00:00:00Z"'.encode(), b'w:author=""')
    changed = {"docProps/core.xml", "docProps/app.xml", "docProps/custom.xml",
               "word/document.xml", "word/comments.xml", "xl/comments1.xml",
               "ppt/commentAuthors.xml"}
    before = {name: (method, raw) for name, method, raw in _raw_members(data)}
    for name, method, raw in _raw_members(cleaned):
        assert method == before[name][0]
        if name not in changed:
            assert raw == before[name][1]  # compressed bytes, byte for byte
    path = tmp_path / f"clean.{kind}"
    path.write_bytes(cleaned)
    tags = _exiftool(path)
    for leak in LEAKS:
        assert leak not in tags
    assert "No metadata found" in _mat2_show(path)


@pytest.mark.parametrize("kind", ["odt", "ods", "odp"])
def test_odf_read_and_cleaned(tmp_path: Path, kind: str) -> None:
    data = _odf(kind)
    assert _sniffed(data) == [kind]
    found = _by_value(_format(kind).read(data))
    assert found[NAME] == AUTHOR
    assert found[EDITOR] == AUTHOR
    assert found["2026-01-02T03:04:05"] == DATE
    assert found["2026-01-03T03:04:05"] == DATE
    assert found["LibreOffice/7.4.7.2$Linux_X86_64"] == SOFTWARE
    assert found["UZ-2026-17"] == OTHER
    assert found[REVIEWER] == AUTHOR
    assert found["2026-01-04T00:00:00"] == DATE  # the comment's date
    original = tmp_path / f"a.{kind}"
    original.write_bytes(data)
    assert NAME in _exiftool(original)
    assert EDITOR in _mat2_show(original)

    cleaned = _format(kind).clean(data)
    assert _format(kind).read(cleaned) == []
    members = _raw_members(cleaned)
    assert members[0][:2] == ("mimetype", 0)  # first and STORED
    assert members[0] == _raw_members(data)[0]
    assert cleaned[30:38] == b"mimetype"
    before = {name: raw for name, _method, raw in _raw_members(data)}
    for name, _method, raw in members:
        if name not in ("meta.xml", "content.xml"):
            assert raw == before[name]
    with zipfile.ZipFile(io.BytesIO(cleaned)) as archive:
        assert archive.testzip() is None
        assert b'office:version="1.3"' in archive.read("meta.xml")
        content = archive.read("content.xml")
        assert REVIEWER.encode() not in content
        assert b"2026" not in content
        assert content == _content().replace(REVIEWER.encode(), b"").replace(
            b"2026-01-04T00:00:00", b"")
    path = tmp_path / f"clean.{kind}"
    path.write_bytes(cleaned)
    tags = _exiftool(path)
    for leak in LEAKS:
        assert leak not in tags
    assert "No metadata found" in _mat2_show(path)


def test_sniff_by_content_not_name() -> None:
    plain = _zip([("notes.txt", b"hello", zipfile.ZIP_DEFLATED)])
    assert _sniffed(plain) == []
    assert _sniffed(b"%PDF-1.7\n") == []
    # An ODF whose mimetype is not first is not an ODF.
    odt = _zip([("content.xml", _content(), zipfile.ZIP_DEFLATED),
                ("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)])
    assert _sniffed(odt) == []
    with pytest.raises(MetadataUnreadable):
        _format("odt").read(odt)
    with pytest.raises(MetadataUnreadable):
        _format("docx").read(plain)  # no [Content_Types].xml


# ---- hostile input ----------------------------------------------------------------------

def _bomb(declared: int, inflated: int) -> bytes:
    """A docx whose core.xml declares `declared` bytes and inflates to `inflated` zeros."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(1 << 20)
    packed = b"".join(packer.compress(block) for _ in range(inflated >> 20)) + packer.flush()
    data = bytearray(_ooxml("docx"))
    archive = ziparchive.ZipArchive(bytes(data))
    core = archive.by_name["docProps/core.xml"]
    # Put the bomb at the end of the local records: rebuild with the bomb's bytes in place.
    before = bytes(data[: core.data])
    after_local = bytes(data[core.end : _central_start(data)])
    central = bytearray(data[_central_start(data) :])
    shift = len(packed) - core.compressed
    head = bytearray(before)
    struct.pack_into("<III", head, core.offset + 14, 0, len(packed), declared)
    out = bytearray(head + packed + after_local)
    pos = 0
    while central[pos : pos + 4] == b"PK\x01\x02":
        nlen, xlen, clen = struct.unpack_from("<HHH", central, pos + 28)
        offset = struct.unpack_from("<I", central, pos + 42)[0]
        name = bytes(central[pos + 46 : pos + 46 + nlen])
        if name == b"docProps/core.xml":
            struct.pack_into("<III", central, pos + 16, 0, len(packed), declared)
        elif offset > core.offset:
            struct.pack_into("<I", central, pos + 42, offset + shift)
        pos += 46 + nlen + xlen + clen
    end = central[pos:]
    struct.pack_into("<I", end, 16, len(out))
    return bytes(out + central[:pos] + end)


def _central_start(data: bytes | bytearray) -> int:
    end = bytes(data).rfind(b"PK\x05\x06")
    return int(struct.unpack_from("<I", data, end + 16)[0])


@pytest.mark.parametrize(("declared", "inflated"), [(2000, 300 << 20), (300 << 20, 300 << 20)])
def test_zip_bomb_is_refused_without_inflating_it(declared: int, inflated: int) -> None:
    bomb = _bomb(declared, inflated)
    assert len(bomb) < 2 << 20
    assert _sniffed(bomb) == ["docx"]
    tracemalloc.start()
    try:
        for call in (_format("docx").read, _format("docx").clean):
            with pytest.raises(MetadataUnreadable):
                call(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 << 20  # a few buffers, never the 300 MB


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:creator>&lol3;</dc:creator></cp:coreProperties>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:creator>&secret;</dc:creator></cp:coreProperties>"""
DOCTYPE_ONLY = b"""<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://example.org/x.dtd">
<cp:coreProperties xmlns:cp="x"/>"""


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL, DOCTYPE_ONLY])
def test_doctype_and_entities_are_refused(xml: bytes) -> None:
    docx = _ooxml("docx", core=xml)
    for call in (_format("docx").read, _format("docx").clean):
        with pytest.raises(MetadataUnreadable):
            call(docx)
    odt = _odf("odt", meta=xml)
    for call in (_format("odt").read, _format("odt").clean):
        with pytest.raises(MetadataUnreadable):
            call(odt)


@pytest.mark.parametrize("make", [lambda: _ooxml("docx"), lambda: _odf("odt")])
def test_truncated_and_damaged_archives_are_refused(make: object) -> None:
    data: bytes = make()  # type: ignore[operator]
    name = "docx" if b"[Content_Types]" in data else "odt"
    damaged = [data[: len(data) // 2], data[:-30], data[:100]]
    # A flipped byte inside a compressed member: the CRC or the deflate stream says so.
    archive = ziparchive.ZipArchive(data)
    member = archive.by_name["docProps/core.xml" if name == "docx" else "meta.xml"]
    flipped = bytearray(data)
    flipped[member.data + member.compressed // 2] ^= 0xFF
    damaged.append(bytes(flipped))
    for broken in damaged:
        for call in (_format(name).read, _format(name).clean):
            with pytest.raises(MetadataUnreadable):
                call(broken)


def test_repeated_names_and_misplaced_entries_are_refused() -> None:
    data = _ooxml("docx")
    twice = data.replace(b"docProps/app.xml", b"docProps/core.xml")
    overlap = bytearray(data)
    start = _central_start(overlap)
    second = overlap.index(b"PK\x01\x02", start + 4)  # the second entry points at the first member
    struct.pack_into("<I", overlap, second + 42, 0)
    for broken in (twice, bytes(overlap)):
        with pytest.raises(MetadataUnreadable):
            _format("docx").read(broken)


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(["docx", "odt"]), data=st.data())
def test_damaged_documents_are_read_or_refused_never_crash(kind: str,
                                                           data: st.DataObject) -> None:
    """Bytes changed, cut or inserted anywhere (the XML parser sees damaged parts before
    their CRC is checked): read() and clean() work or raise MetadataUnreadable, nothing else."""
    seed = _ooxml("docx") if kind == "docx" else _odf("odt")
    damaged = bytearray(seed)
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(damaged) - 1))
        how = data.draw(st.sampled_from(["set", "cut", "insert"]))
        if how == "set":
            damaged[pos] = data.draw(st.integers(0, 255))
        elif how == "cut":
            del damaged[pos : pos + data.draw(st.integers(1, 20))]
        else:
            damaged[pos:pos] = data.draw(st.binary(min_size=1, max_size=8))
    fmt = _format(kind)
    for call in (fmt.read, fmt.clean):
        with contextlib.suppress(MetadataUnreadable):
            call(bytes(damaged))
