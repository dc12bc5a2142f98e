"""The SHA-256 of a bundle or receipt file, taken as the file streams through while it is
written or read (what recognises a duplicate or a replayed bundle)."""

from __future__ import annotations

import hashlib
from typing import BinaryIO


class HashingWriter:
    """Passes writes through to a file while hashing them (the bundle file's SHA-256)."""

    def __init__(self, dst: BinaryIO) -> None:
        self._dst = dst
        self._hash = hashlib.sha256()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._hash.update(data)
        return self._dst.write(data)

    def flush(self) -> None:
        self._dst.flush()

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


class HashingReader:
    """Passes reads through from a file while hashing them; `finish` reads the rest and
    gives the whole file's SHA-256."""

    def __init__(self, src: BinaryIO) -> None:
        self._src = src
        self._hash = hashlib.sha256()
        self.count = 0

    def read(self, n: int = -1) -> bytes:
        data = self._src.read(n)
        self._hash.update(data)
        self.count += len(data)
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:
        n = self._src.readinto(buffer)  # type: ignore[attr-defined]
        if n:
            self._hash.update(memoryview(buffer)[:n])
            self.count += n
        return int(n or 0)

    def finish(self) -> str:
        while self.read(1024 * 1024):
            pass
        return self._hash.hexdigest()
