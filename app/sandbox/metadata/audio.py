"""Audio: MP3 (ID3v1, ID3v2, APEv2), M4A/MP4, FLAC, Ogg Vorbis and Opus, and WAV.

mutagen (pure Python, no native code, the library Picard, Quod Libet and mat2 use) reads
and deletes the tags of MP3, FLAC and Ogg files, on a BytesIO: no file on disk. The audio
frames are never decoded nor rewritten: mutagen moves them as they are.

M4A/MP4 is cleaned by our own atom walker instead of mutagen's save, which only empties the
iTunes list: every moov and trak `udta` and `meta` atom (iTunes list, QuickTime keys, the
©xyz place, ©mak/©mod device, ©swr software) becomes a `free` atom of the same size filled
with zeros, and the creation and modification times of mvhd, tkhd and mdhd become zero. No
atom changes size, so no chunk offset (stco/co64) needs rewriting and mdat is untouched.
The same goes for an XMP `uuid` atom. mutagen reads the iTunes list; the walker reads the
rest (udta strings, QuickTime keys, the header dates, the presence of XMP).

WAV is walked by our own RIFF reader (the approach of app.services.wav): LIST/INFO, `id3 `,
`bext`, `iXML`, `_PMX` (XMP) and `cart` chunks are read (the id3 chunk through mutagen)
and left out of the cleaned copy; every other chunk is copied byte for byte.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from app.sandbox.metadata.model import (
    AUTHOR,
    DATE,
    DEVICE,
    LOCATION,
    OTHER,
    SOFTWARE,
    Finding,
    Format,
    MetadataUnreadable,
)
from app.sandbox.metadata.tagwords import Found as _Found
from app.sandbox.metadata.tagwords import by_words as _by_words
from app.sandbox.metadata.tagwords import id3_findings as _id3_findings
from app.sandbox.metadata.tagwords import mutagen_object as _mutagen
from app.sandbox.metadata.tagwords import text as _text

_MAX_ATOMS = 100_000
_MAX_CHUNKS = 10_000

_MP4_KINDS = {
    **dict.fromkeys(("©ART", "aART", "©wrt", "©enc", "cprt", "©aut", "©com", "©prd",
                     "ownr", "apID", "©src", "auth", "perf"), AUTHOR),
    **dict.fromkeys(("©too", "©swr"), SOFTWARE),
    **dict.fromkeys(("©day",), DATE),
    **dict.fromkeys(("©xyz", "loci"), LOCATION),
    **dict.fromkeys(("©mak", "©mod"), DEVICE),
}
_RIFF_INFO_KINDS = {
    **dict.fromkeys((b"IART", b"IENG", b"ITCH", b"ICOP", b"ICMS", b"IMUS", b"ISRF"), AUTHOR),
    **dict.fromkeys((b"ISFT",), SOFTWARE),
    **dict.fromkeys((b"ICRD", b"IDIT"), DATE),
    **dict.fromkeys((b"IARL",), LOCATION),
}
_RIFF_DROP = {b"LIST", b"id3 ", b"ID3 ", b"bext", b"iXML", b"_PMX", b"cart", b"DISP"}
_MP4_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"M4V ", b"mp41", b"mp42", b"isom", b"iso2",
               b"iso4", b"iso5", b"iso6", b"dash", b"3gp4", b"3gp5", b"3gp6", b"qt  ",
               b"f4a ", b"f4v ", b"MSNV", b"avc1"}


# ---- MP3 --------------------------------------------------------------------------------


def _id3_size(data: bytes) -> int:
    """The size of an ID3v2 tag at the start of data (0 when there is none)."""
    if len(data) < 10 or data[:3] != b"ID3":
        return 0
    size = 0
    for byte in data[6:10]:
        size = (size << 7) | (byte & 0x7F)
    return 10 + size + (10 if data[5] & 0x10 else 0)


def _mpeg_frame(head: bytes, pos: int) -> bool:
    if pos + 4 > len(head):
        return False
    b1, b2 = head[pos + 1], head[pos + 2]
    return (head[pos] == 0xFF and b1 & 0xE0 == 0xE0 and (b1 >> 3) & 3 != 1
            and (b1 >> 1) & 3 != 0 and b2 >> 4 not in (0, 15) and (b2 >> 2) & 3 != 3)


def sniff_mp3(head: bytes) -> bool:
    """An MPEG audio frame at the start, or after an ID3v2 tag (a tag longer than the head,
    e.g. one with a cover picture, is taken at its word)."""
    after = _id3_size(head)
    if after and after + 4 > len(head):
        return True
    return _mpeg_frame(head, after)



def read_mp3(data: bytes) -> list[Finding]:
    from mutagen.apev2 import APENoHeaderError, APEv2
    from mutagen.id3 import ID3, ID3NoHeaderError

    if not sniff_mp3(data[:4096]):
        raise MetadataUnreadable("not mp3")
    found = _Found()

    def load(fileobj: io.BytesIO) -> Any:
        try:
            return ID3(fileobj)  # type: ignore[no-untyped-call]
        except ID3NoHeaderError:
            return None

    tags = _mutagen(load, data)
    if tags is not None:
        _id3_findings(tags, found)

    def load_ape(fileobj: io.BytesIO) -> Any:
        try:
            return APEv2(fileobj)  # type: ignore[no-untyped-call]
        except APENoHeaderError:
            return None

    ape = _mutagen(load_ape, data)
    if ape is not None:
        for key, value in ape.items():
            found.add(_by_words(key), key, value)
    return found.items


def clean_mp3(data: bytes) -> bytes:
    from mutagen.apev2 import delete as delete_ape
    from mutagen.id3 import delete as delete_id3

    read_mp3(data)
    buffer = io.BytesIO(data)

    def scrub(fileobj: io.BytesIO) -> object:
        delete_id3(fileobj, delete_v1=True, delete_v2=True)
        delete_ape(fileobj)
        return None

    _mutagen(lambda _f: scrub(buffer), b"")
    return buffer.getvalue()


# ---- FLAC and Ogg (Vorbis comments) -------------------------------------------------------


def _vorbis_findings(tags: Any, found: _Found) -> None:
    vendor = getattr(tags, "vendor", "")
    found.add(SOFTWARE, "vendor", vendor)
    for key, value in list.__iter__(tags):  # (key, value) pairs, each value once
        found.add(_by_words(key), key.upper(), value)


def sniff_flac(head: bytes) -> bool:
    return head[_id3_size(head) :][:4] == b"fLaC"


def _flac(data: bytes) -> Any:
    from mutagen.flac import FLAC

    if not sniff_flac(data[:4096]):
        raise MetadataUnreadable("not flac")
    return _mutagen(FLAC, data)


def read_flac(data: bytes) -> list[Finding]:

    audio = _flac(data)
    found = _Found()
    if audio.tags is not None:
        _vorbis_findings(audio.tags, found)
    for picture in audio.pictures:
        found.add(OTHER, "PICTURE", picture.desc or picture.mime)
    for block in audio.metadata_blocks:
        if block.code == 2:  # APPLICATION: a program's own data
            found.add(SOFTWARE, "APPLICATION", getattr(block, "data", b"")[:4])
    if data[:3] == b"ID3":
        found.add(OTHER, "ID3", "ID3 tag before the FLAC stream")
    return found.items


def clean_flac(data: bytes) -> bytes:

    audio = _flac(data)
    buffer = io.BytesIO(data)

    def scrub(_fileobj: io.BytesIO) -> object:
        audio.metadata_blocks[:] = [b for b in audio.metadata_blocks if b.code != 2]
        audio.clear_pictures()
        if audio.tags is not None:
            audio.tags.clear()
            audio.tags.vendor = ""
        audio.save(buffer, deleteid3=True, padding=lambda _info: 0)
        return None

    _mutagen(scrub, b"")
    return buffer.getvalue()


def sniff_ogg(head: bytes, magic: bytes) -> bool:
    return head[:4] == b"OggS" and magic in head[28:40]


def _ogg(data: bytes, opus: bool) -> Any:
    from mutagen.oggopus import OggOpus
    from mutagen.oggvorbis import OggVorbis

    if not sniff_ogg(data[:4096], b"OpusHead" if opus else b"\x01vorbis"):
        raise MetadataUnreadable("not this ogg codec")
    return _mutagen(OggOpus if opus else OggVorbis, data)


def _read_ogg(data: bytes, opus: bool) -> list[Finding]:
    audio = _ogg(data, opus)
    found = _Found()
    tags = getattr(audio, "tags", None)
    if tags is not None:
        _vorbis_findings(tags, found)
    return found.items


def _clean_ogg(data: bytes, opus: bool) -> bytes:
    audio = _ogg(data, opus)
    buffer = io.BytesIO(data)

    def scrub(_fileobj: io.BytesIO) -> object:
        tags = getattr(audio, "tags", None)
        if tags is not None:
            tags.clear()
            tags.vendor = ""
        audio.save(buffer, padding=lambda _info: 0)
        return None

    _mutagen(scrub, b"")
    return buffer.getvalue()


# ---- MP4 / M4A ----------------------------------------------------------------------------

_CONTAINERS = {b"moov", b"trak", b"mdia"}
_FREED = {b"udta", b"meta"}
_TIMED = {b"mvhd", b"tkhd", b"mdhd"}
_XMP_UUID = bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC")  # exiftool and Adobe put XMP here


def _atoms(data: bytes | bytearray, start: int, end: int) -> Iterator[tuple[bytes, int, int, int]]:
    """(type, atom start, body start, atom end) of the atoms between start and end."""
    pos = start
    for _ in range(_MAX_ATOMS):
        if pos >= end:
            return
        if pos + 8 > end:
            raise MetadataUnreadable("atom cut short")
        size, kind = struct.unpack_from(">I4s", data, pos)
        body = pos + 8
        if size == 1:
            if pos + 16 > end:
                raise MetadataUnreadable("atom cut short")
            (size,) = struct.unpack_from(">Q", data, pos + 8)
            body = pos + 16
        elif size == 0:
            size = end - pos
        if size < body - pos or pos + size > end:
            raise MetadataUnreadable("atom size wrong")
        yield kind, pos, body, pos + size
        pos += size
    raise MetadataUnreadable("too many atoms")


def sniff_m4a(head: bytes) -> bool:
    if head[4:8] != b"ftyp" or len(head) < 16:
        return False
    size = int.from_bytes(head[:4], "big")
    brands = {head[8:12]} | {head[i : i + 4] for i in range(16, min(size, len(head)), 4)}
    return head[8:12] in _MP4_BRANDS or bool(brands & {b"M4A ", b"M4B "})


def _walk_mp4(data: bytes | bytearray, visit: Callable[[bytes, int, int, int, int], None],
              start: int = 0, end: int | None = None, depth: int = 0) -> None:
    end = len(data) if end is None else end
    for kind, pos, body, stop in _atoms(data, start, end):
        visit(kind, pos, body, stop, depth)
        if kind in _CONTAINERS and depth < 8:
            _walk_mp4(data, visit, body, stop, depth + 1)


def _mp4_times(data: bytes | bytearray, body: int) -> tuple[int, int, int]:
    """(offset of the creation time, field width, creation time) of an mvhd/tkhd/mdhd."""
    width = 8 if data[body] == 1 else 4
    if body + 4 + 2 * width > len(data):
        raise MetadataUnreadable("header cut short")
    when = int.from_bytes(data[body + 4 : body + 4 + width], "big")
    return body + 4, width, when


def _mp4_date(seconds: int) -> str:
    """An MP4 header time (seconds since 1904-01-01 UTC) as an ISO date and time."""
    try:
        when = datetime(1904, 1, 1, tzinfo=UTC) + timedelta(seconds=seconds)
    except OverflowError:
        return str(seconds)
    return when.strftime("%Y-%m-%d %H:%M:%S UTC")


def _quicktime_text(payload: bytes) -> str:
    """A QuickTime user-data string (16-bit length, 16-bit language, text), or the bytes."""
    if len(payload) >= 4:
        length = int.from_bytes(payload[:2], "big")
        if 4 + length <= len(payload):
            return payload[4 : 4 + length].decode("utf-8", "replace")
    return payload.decode("utf-8", "replace")


def _quicktime_meta(data: bytes, body: int, stop: int, found: _Found) -> None:
    """The QuickTime `keys` + `ilst` of a moov/meta atom (e.g. com.apple.quicktime.location)."""
    if data[body : body + 4] == b"\x00\x00\x00\x00":
        body += 4  # the ISO full-box header
    keys: list[str] = []
    for kind, _pos, inner, end in _atoms(data, body, stop):
        if kind == b"keys":
            pos = inner + 8
            for _kind, _p, key_body, key_end in _atoms(data, pos, end):
                keys.append(data[key_body:key_end].decode("utf-8", "replace"))
        elif kind == b"ilst":
            for item, _p, item_body, item_end in _atoms(data, inner, end):
                index = int.from_bytes(item, "big") - 1
                name = keys[index] if 0 <= index < len(keys) else item.decode("latin-1")
                for sub, _q, sub_body, sub_end in _atoms(data, item_body, item_end):
                    if sub == b"data":
                        found.add(_by_words(name), name, data[sub_body + 8 : sub_end])


def _read_m4a_atoms(data: bytes, found: _Found) -> None:
    def visit(kind: bytes, pos: int, body: int, stop: int, depth: int) -> None:
        if kind in _TIMED:
            _offset, _width, when = _mp4_times(data, body)
            if when:
                found.add(DATE, kind.decode() + ".creation_time", _mp4_date(when))
        elif kind == b"udta":
            for item, _p, item_body, item_end in _atoms(data, body, stop):
                if item[:1] == b"\xa9":
                    name = item.decode("latin-1")
                    found.add(_MP4_KINDS.get(name, _by_words(name)), name,
                              _quicktime_text(data[item_body:item_end]))
                elif item != b"meta":  # loci (3GPP place), auth, XMP_, a maker's own atom...
                    name = item.decode("latin-1")
                    found.add(_MP4_KINDS.get(name, OTHER), name,
                              f"{name} atom of {item_end - item_body} bytes")
        elif kind == b"meta" and depth <= 2:
            _quicktime_meta(data, body, stop, found)
        elif kind == b"uuid" and data[body : body + 16] == _XMP_UUID:
            found.add(OTHER, "XMP", f"XMP packet of {stop - body - 16} bytes")

    _walk_mp4(data, visit)


def read_m4a(data: bytes) -> list[Finding]:
    from mutagen.mp4 import MP4

    if not sniff_m4a(data[:4096]):
        raise MetadataUnreadable("not mp4")
    audio = _mutagen(MP4, data)
    found = _Found()
    for key, values in (audio.tags or {}).items():
        name = key.split(":")[-1] if key.startswith("----") else key
        if key == "covr":
            found.add(OTHER, key, "cover picture")
            continue
        kind = _MP4_KINDS.get(key, _by_words(name) if key.startswith("----") else OTHER)
        found.add(kind, key, _text(values))
    _read_m4a_atoms(data, found)
    return found.items


def clean_m4a(data: bytes) -> bytes:
    read_m4a(data)
    out = bytearray(data)

    def visit(kind: bytes, pos: int, body: int, stop: int, _depth: int) -> None:
        if kind in _FREED or (kind == b"uuid" and data[body : body + 16] == _XMP_UUID):
            out[pos + 4 : pos + 8] = b"free"
            out[body:stop] = bytes(stop - body)
        elif kind in _TIMED:
            offset, width, _when = _mp4_times(out, body)
            out[offset : offset + 2 * width] = bytes(2 * width)

    _walk_mp4(data, visit)
    return bytes(out)


# ---- WAV ----------------------------------------------------------------------------------


def sniff_wav(head: bytes) -> bool:
    return head[:4] == b"RIFF" and head[8:12] == b"WAVE"


def _chunks(data: bytes) -> Iterator[tuple[bytes, int, int, int]]:
    """(id, chunk start, body start, body end) of each chunk of a RIFF/WAVE file; a data size
    running past the end (streamed recordings) means "to the end"."""
    if not sniff_wav(data[:12]) or len(data) < 12:
        raise MetadataUnreadable("not wav")
    pos = 12
    for _ in range(_MAX_CHUNKS):
        if pos >= len(data):
            return
        if pos + 8 > len(data):
            raise MetadataUnreadable("chunk cut short")
        chunk_id = data[pos : pos + 4]
        (size,) = struct.unpack_from("<I", data, pos + 4)
        body = pos + 8
        if body + size > len(data):
            if chunk_id != b"data":
                raise MetadataUnreadable("chunk cut short")
            size = len(data) - body
        yield chunk_id, pos, body, body + size
        pos = body + size + (size & 1)
    raise MetadataUnreadable("too many chunks")


def _bext(body: bytes, found: _Found) -> None:
    """The Broadcast Wave extension: description, originator, reference, date, time."""
    fields = (("Description", 0, 256, OTHER), ("Originator", 256, 32, AUTHOR),
              ("OriginatorReference", 288, 32, AUTHOR), ("OriginationDate", 320, 10, DATE),
              ("OriginationTime", 330, 8, DATE))
    for name, start, width, kind in fields:
        found.add(kind, name, body[start : start + width].split(b"\x00")[0])


def read_wav(data: bytes) -> list[Finding]:
    from mutagen.id3 import ID3

    found = _Found()
    seen_data = False
    for chunk_id, _pos, body, end in _chunks(data):
        seen_data = seen_data or chunk_id == b"data"
        if chunk_id == b"LIST" and data[body : body + 4] == b"INFO":
            inner = body + 4
            while inner + 8 <= end:
                sub = data[inner : inner + 4]
                (size,) = struct.unpack_from("<I", data, inner + 4)
                value = data[inner + 8 : min(end, inner + 8 + size)].split(b"\x00")[0]
                found.add(_RIFF_INFO_KINDS.get(sub, OTHER), sub.decode("latin-1"), value)
                inner += 8 + size + (size & 1)
        elif chunk_id == b"LIST":
            found.add(OTHER, "LIST", data[body : body + 4].decode("latin-1"))
        elif chunk_id in (b"id3 ", b"ID3 "):
            tags = _mutagen(ID3, data[body:end])
            _id3_findings(tags, found)
        elif chunk_id == b"bext":
            _bext(data[body:end], found)
        elif chunk_id in _RIFF_DROP:
            found.add(OTHER, chunk_id.decode("latin-1").strip(), f"{end - body} bytes")
    if not seen_data:
        raise MetadataUnreadable("no data chunk")
    return found.items


def clean_wav(data: bytes) -> bytes:
    read_wav(data)
    out = bytearray(data[:12])
    for chunk_id, pos, _body, end in _chunks(data):
        if chunk_id not in _RIFF_DROP:
            out += data[pos : end + ((end - pos) & 1)]
    struct.pack_into("<I", out, 4, min(len(out) - 8, 0xFFFFFFFF))
    return bytes(out)


FORMATS = [
    Format("mp3", sniff_mp3, read_mp3, clean_mp3),
    Format("m4a", sniff_m4a, read_m4a, clean_m4a),
    Format("flac", sniff_flac, read_flac, clean_flac),
    Format("ogg", lambda head: sniff_ogg(head, b"\x01vorbis"),
           lambda data: _read_ogg(data, opus=False), lambda data: _clean_ogg(data, opus=False)),
    Format("opus", lambda head: sniff_ogg(head, b"OpusHead"),
           lambda data: _read_ogg(data, opus=True), lambda data: _clean_ogg(data, opus=True)),
    Format("wav", sniff_wav, read_wav, clean_wav),
]
