"""Large files at the disk's speed: SHA-256 on a second thread, writeback started early.

Attaching and exporting a large file costs a pass of ChaCha20-Poly1305 (or two) and a pass
of SHA-256 over every byte, then the fsync that puts it on disk. Done in one thread, one
after the other, that is about half the speed of `age -r` followed by `sync`. Here:

- `HashPipe` hashes buffers on its own thread (hashlib releases the GIL for large buffers)
  while the caller encrypts and writes the same buffer; a buffer goes back to the caller's
  pool only once it is hashed.
- `HashingFileWriter` takes what is written to a file (the bundle), copies it into large
  buffers and has its thread hash them and write them to the file, in order.
- `Writeback` asks the kernel to start writing what is already written (sync_file_range
  with SYNC_FILE_RANGE_WRITE, Linux), so the disk works while the CPU encrypts and the one
  fsync at the end has little left to wait for. It is a hint, not a barrier: durability
  still comes only from that fsync (storage.fsio.atomic_writer).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import queue
import sys
import threading
from types import TracebackType
from typing import BinaryIO, Self

BLOCK = 4 * 1024 * 1024  # 64 age STREAM chunks per read, hash and write
_BUFFERS = 3
_WRITEBACK_STEP = 8 * 1024 * 1024
_SYNC_FILE_RANGE_WRITE = 2


def _sync_file_range() -> object | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.sync_file_range
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_longlong, ctypes.c_longlong, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


_SFR = _sync_file_range()


class Writeback:
    """Start writing a file's dirty pages to disk every few MiB (a hint; never waits for
    the disk, never replaces the fsync)."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._started = 0

    def advance(self, position: int) -> None:
        """`position` bytes of the file have been written (handed to the kernel)."""
        if _SFR is None or position - self._started < _WRITEBACK_STEP:
            return
        if _SFR(self._fd, self._started, position - self._started,  # type: ignore[operator]
                _SYNC_FILE_RANGE_WRITE) == 0:
            self._started = position


class HashPipe:
    """SHA-256 of a stream of buffers, computed on a second thread.

    `acquire()` gives a free buffer (its index and a view); fill it, `submit(i, n)` its
    first n bytes, then use them as you like until the next `acquire()`: hashing only
    reads. Buffers come back in order once hashed. Use as a context manager: leaving it
    stops the thread and zeroes the buffers (they held plaintext).
    """

    def __init__(self, size: int = BLOCK, count: int = _BUFFERS) -> None:
        self._buffers = [memoryview(bytearray(size)) for _ in range(count)]
        self._free: queue.SimpleQueue[int] = queue.SimpleQueue()
        for i in range(count):
            self._free.put(i)
        self._todo: queue.SimpleQueue[tuple[int, int] | None] = queue.SimpleQueue()
        self._hash = hashlib.sha256()
        self._error: BaseException | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="guvoh-sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._todo.get()
            if item is None:
                return
            i, n = item
            if self._error is None:
                try:
                    self._hash.update(self._buffers[i][:n])
                except BaseException as err:  # noqa: BLE001 - handed to the caller
                    self._error = err
            self._free.put(i)

    def acquire(self) -> tuple[int, memoryview]:
        i = self._free.get()
        return i, self._buffers[i]

    def release(self, i: int) -> None:
        """Give back an acquired buffer without hashing it."""
        self._free.put(i)

    def submit(self, i: int, n: int) -> None:
        self._todo.put((i, n))

    def _stop(self) -> None:
        if not self._stopped:
            self._stopped = True
            self._todo.put(None)
            self._thread.join()

    def hexdigest(self) -> str:
        """The SHA-256 of everything submitted (waits for the thread)."""
        self._stop()
        if self._error is not None:
            raise self._error
        return self._hash.hexdigest()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop()
        for buffer in self._buffers:
            buffer[:] = bytes(len(buffer))


class HashingFileWriter:
    """A file-like `write` that hashes and writes on a second thread, in order.

    Writes are copied into large buffers; each full buffer is hashed, then written to
    `dst` by the thread, which also starts the disk's writeback. `close()` writes the rest
    and waits; an error in the thread (a full disk) is raised by the next `write` or by
    `close`. Leaving the `with` block by an exception stops the thread, writing nothing
    more. `hexdigest()` after `close()`: the SHA-256 of every byte written.
    """

    def __init__(self, dst: BinaryIO, size: int = BLOCK, count: int = _BUFFERS) -> None:
        self._dst = dst
        self._buffers = [memoryview(bytearray(size)) for _ in range(count)]
        self._free: queue.SimpleQueue[int] = queue.SimpleQueue()
        for i in range(1, count):
            self._free.put(i)
        self._current = 0
        self._fill = 0
        self._todo: queue.SimpleQueue[tuple[int, int] | None] = queue.SimpleQueue()
        self._hash = hashlib.sha256()
        self._error: BaseException | None = None
        self._abandon = False
        self._stopped = False
        self._written = 0
        try:
            fd: int | None = dst.fileno()
        except (AttributeError, OSError, ValueError):
            fd = None
        self._writeback = Writeback(fd) if fd is not None else None
        self._thread = threading.Thread(target=self._run, name="guvoh-bundle-out", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._todo.get()
            if item is None:
                return
            i, n = item
            if self._error is None and not self._abandon:
                view = self._buffers[i][:n]
                try:
                    self._hash.update(view)
                    while view:
                        k = self._dst.write(view)
                        if k is None or k >= len(view):
                            break
                        if k <= 0:
                            raise OSError("destination accepted no bytes")
                        view = view[k:]
                    self._written += n
                    if self._writeback is not None:
                        self._dst.flush()
                        self._writeback.advance(self._written)
                except BaseException as err:  # noqa: BLE001 - handed to the caller
                    self._error = err
            self._free.put(i)

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def _ship(self) -> None:
        if self._fill:
            self._todo.put((self._current, self._fill))
            self._current = self._free.get()
            self._fill = 0
            self._check()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._stopped:
            raise ValueError("write to a closed writer")
        self._check()
        with memoryview(data) as outer, outer.cast("B") as mv:
            n = len(mv)
            pos = 0
            while pos < n:
                buffer = self._buffers[self._current]
                k = min(n - pos, len(buffer) - self._fill)
                buffer[self._fill : self._fill + k] = mv[pos : pos + k]
                self._fill += k
                pos += k
                if self._fill == len(buffer):
                    self._ship()
            return n

    def flush(self) -> None:
        """Nothing to do: `close()` writes everything out."""

    def close(self) -> None:
        """Write what is left and wait for the thread; raises its error if it had one."""
        if self._stopped:
            self._check()
            return
        self._ship()
        self._stopped = True
        self._todo.put(None)
        self._thread.join()
        self._check()

    def hexdigest(self) -> str:
        if not self._stopped or self._error is not None:
            raise ValueError("hexdigest of an unfinished write")
        return self._hash.hexdigest()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if not self._stopped:
            if exc_type is None:
                self.close()
            else:
                self._abandon = True
                self._stopped = True
                self._todo.put(None)
                self._thread.join()
