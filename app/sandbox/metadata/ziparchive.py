"""A zip archive held in memory, read with every size checked and written again with its
members' compressed bytes as they were (app.sandbox.metadata.office's container).

Our own small reader rather than zipfile, so that the writer can copy each member's
compressed bytes unchanged and so that every size is checked before and while inflating:
a member declaring more than the caller's limit, or inflating to more than it declared, is
refused, and inflating goes in steps of at most CHUNK bytes (a zip bomb costs at most the
limit in memory and stops there). Zip64, split archives, encrypted members, members that
overlap or repeat a name, a local header that disagrees with the central directory, and a
central directory that does not end where the end record says are MetadataUnreadable.
"""

from __future__ import annotations

import itertools
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from app.sandbox.metadata.model import MetadataUnreadable

MAX_MEMBERS = 10_000
MAX_MEMBER = 64 * 1024 * 1024  # the most a member read whole may inflate to
CHUNK = 64 * 1024
_MAX_COMMENT = 0xFFFF + 22

LOCAL = b"PK\x03\x04"
_CENTRAL = b"PK\x01\x02"
_END = b"PK\x05\x06"
DESCRIPTOR = b"PK\x07\x08"
STORED, DEFLATED = 0, 8
_DOS_EPOCH = (0, 0x21)  # time 00:00:00, date 1980-01-01

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


class ZipArchive:
    """The members of a zip held in memory, checked; MetadataUnreadable when anything is
    odd. Members are in central-directory order."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.members = self._central(data)
        self.by_name = {m.name: m for m in self.members}

    @staticmethod
    def _central(data: bytes) -> list[Member]:
        if not data.startswith(LOCAL):
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
            if data[offset : offset + 4] != LOCAL or offset + 30 > cd_offset:
                raise MetadataUnreadable("bad local header")
            l_nlen, l_xlen = struct.unpack_from("<HH", data, offset + 26)
            l_method = _u16(data, offset + 8)
            if data[offset + 30 : offset + 30 + l_nlen] != raw_name or l_method != method:
                raise MetadataUnreadable("local header disagrees")
            start = offset + 30 + l_nlen + l_xlen
            stop = start + csize
            if flags & 0x08:
                stop += 16 if data[stop : stop + 4] == DESCRIPTOR else 12
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

    def chunks(self, member: Member, limit: int = MAX_MEMBER) -> Iterator[bytes]:
        """The member's bytes, inflated in bounded steps, checked against its declared size,
        the limit and its CRC."""
        if member.size > limit:
            raise MetadataUnreadable("member too large")
        raw = memoryview(self.data)[member.data : member.data + member.compressed]
        crc, total = 0, 0
        if member.method == STORED:
            if member.compressed != member.size:
                raise MetadataUnreadable("stored member sizes differ")
            pieces: Iterator[bytes] = (bytes(raw[i : i + CHUNK])
                                       for i in range(0, len(raw), CHUNK))
        elif member.method == DEFLATED:
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

    def read(self, name: str, limit: int = MAX_MEMBER) -> bytes | None:
        member = self.by_name.get(name)
        return None if member is None else b"".join(self.chunks(member, limit))


def _inflate(raw: memoryview) -> Iterator[bytes]:
    """Raw deflate in steps of at most CHUNK bytes out, whatever the ratio."""
    inflater = zlib.decompressobj(-15)
    pos = 0
    try:
        while not inflater.eof:
            if inflater.unconsumed_tail:
                piece = inflater.decompress(inflater.unconsumed_tail, CHUNK)
            elif pos < len(raw):
                piece = inflater.decompress(raw[pos : pos + CHUNK], CHUNK)
                pos += CHUNK
            else:
                piece = inflater.decompress(b"", CHUNK)
                if not piece and not inflater.eof:
                    raise MetadataUnreadable("deflate stream cut short")
            yield piece
    except zlib.error as exc:
        raise MetadataUnreadable("bad deflate stream") from exc


def _local_header(member: Member, crc: int, compressed: int, size: int) -> bytes:
    return LOCAL + struct.pack(
        "<HHHHHIIIHH", member.version_needed, member.flags & ~0x08 & 0xFFFF, member.method,
        *_DOS_EPOCH, crc, compressed, size, len(member.raw_name), 0) + member.raw_name


def _central_header(member: Member, crc: int, compressed: int, size: int, flags: int,
                    offset: int) -> bytes:
    return _CENTRAL + struct.pack(
        "<HHHHHHIIIHHHHHII", member.version_made, member.version_needed, flags,
        member.method, *_DOS_EPOCH, crc, compressed, size, len(member.raw_name), 0, 0, 0,
        member.internal, member.external, offset) + member.raw_name


def _compress(member: Member, content: bytes) -> bytes:
    if member.method == STORED:
        return content
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(content) + packer.flush()


def rewrite(archive: ZipArchive, replacements: dict[str, bytes]) -> bytes:
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
