"""What a file reveals (issue 16 item 4), read and removed in a separate, limited process.

    read(data)  -> Reading   what the file gives away: location, device, author, software,
                             dates, other (app.sandbox.metadata.model)
    clean(data) -> bytes     a copy without any of it; the picture, page or sound unchanged

Both start app.sandbox.metadata.child with the operation and the bytes on its stdin (never a
file: the bytes are case content in clear), wait at most WALL_SECONDS for it, read at most
what the answer may hold, and check every field of a reading before returning it. The
libraries that parse pictures, PDFs, office documents and audio (Pillow, pypdf, mutagen)
therefore never run in the app's process, which holds the keys (DESIGN.md section 6,
"Hostile content"). No Qt here; cancelling kills the child.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from app.sandbox.metadata import (
    EXIT_LIMIT,
    EXIT_NOT_CLEANABLE,
    EXIT_OK,
    EXIT_TOO_LARGE,
    MAX_FILE_BYTES,
    MAX_FINDINGS,
    METADATA_CHILD,
    OP_CLEAN,
    OP_READ,
    WALL_SECONDS,
)
from app.sandbox.metadata.model import KINDS, MAX_VALUE, Finding, Reading, printable
from app.services.errors import (
    Cancelled,
    FileMetadataError,
    FileTooLargeToInspect,
    MetadataLimitHit,
    MetadataNotCleanable,
    MetadataUnreadable,
)

__all__ = [
    "FileMetadataError",
    "FileTooLargeToInspect",
    "Finding",
    "MetadataLimitHit",
    "MetadataNotCleanable",
    "MetadataUnreadable",
    "Reading",
    "clean",
    "read",
]

_CHUNK = 1 << 16
# How a child that hit a limit ends: the CPU limit's signal, or killed (out of memory);
# neither signal exists on Windows, where the child has no rlimits.
_LIMIT_STATUSES = frozenset(-number for number in (
    getattr(signal, "SIGXCPU", None), getattr(signal, "SIGKILL", None)) if number)
_MAX_ANSWER = MAX_FINDINGS * (MAX_VALUE * 6 + 200) + 4096  # JSON, \uXXXX escapes at worst
_MAX_FORMAT_NAME = 32


def child_command() -> tuple[list[str], Path | None]:
    """How to start the child, and in which folder: the frozen `guvoh` with its hidden
    argument, or this Python on the module (from the folder that holds the `app` package,
    with -E and -s so that no PYTHON* variable or user site changes what it runs)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, METADATA_CHILD], None
    import app

    root = Path(app.__file__).resolve().parent.parent
    return [sys.executable, "-E", "-s", "-m", "app.sandbox.metadata.child"], root


def _environment() -> dict[str, str]:
    """The little the child needs; nothing of the user's session reaches it."""
    keep = ("PATH", "SYSTEMROOT", "LANG")
    return {name: os.environ[name] for name in keep if name in os.environ}


def read(data: bytes, cancel: threading.Event | None = None,
         timeout: float = WALL_SECONDS) -> Reading:
    """What `data` reveals. A file no format module knows gives Reading("", (), False).
    MetadataUnreadable, MetadataLimitHit or FileTooLargeToInspect if it cannot be told."""
    out = _run(OP_READ, data, _MAX_ANSWER, cancel, timeout)
    return _reading(out)


def clean(data: bytes, cancel: threading.Event | None = None,
          timeout: float = WALL_SECONDS) -> bytes:
    """A copy of `data` without what read() finds, checked in the child by reading it again.
    MetadataNotCleanable if no cleaner knows the file; the errors of read() otherwise."""
    # a cleaned copy is about the size of its original; a rewritten PDF may grow (pypdf
    # writes the objects of compressed object streams out one by one)
    return bytes(_run(OP_CLEAN, data, 4 * len(data) + (1 << 20), cancel, timeout))


def _run(op: bytes, data: bytes, limit: int, cancel: threading.Event | None,
         timeout: float) -> bytearray:
    if len(data) > MAX_FILE_BYTES:
        raise FileTooLargeToInspect(len(data), MAX_FILE_BYTES)
    command, cwd = child_command()
    # our own interpreter or binary with fixed arguments, no shell
    proc = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, cwd=cwd, env=_environment(), close_fds=True,
    )
    try:
        out = _exchange(proc, op + b"\n", data, limit, time.monotonic() + timeout, cancel)
        status = proc.wait(timeout=max(0.1, timeout))
    except subprocess.TimeoutExpired:
        raise MetadataLimitHit() from None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if status == EXIT_OK:
        return out
    if status == EXIT_LIMIT or status in _LIMIT_STATUSES:
        raise MetadataLimitHit()
    if status == EXIT_TOO_LARGE:
        raise FileTooLargeToInspect(len(data), MAX_FILE_BYTES)
    if status == EXIT_NOT_CLEANABLE and op == OP_CLEAN:
        raise MetadataNotCleanable()
    raise MetadataUnreadable()


def _exchange(proc: subprocess.Popen[bytes], head: bytes, data: bytes, limit: int,
              deadline: float, cancel: threading.Event | None) -> bytearray:
    """Feed `head` and `data` to the child and collect at most `limit` bytes of its answer,
    until it closes stdout; kill it when the deadline passes or the caller cancels."""
    stdin, stdout = proc.stdin, proc.stdout
    if stdin is None or stdout is None:
        raise MetadataUnreadable()
    os.set_blocking(stdin.fileno(), False)
    pieces = [memoryview(head), memoryview(data)]
    received = bytearray()
    with selectors.DefaultSelector() as selector:
        selector.register(stdin, selectors.EVENT_WRITE)
        selector.register(stdout, selectors.EVENT_READ)
        while selector.get_map():
            if cancel is not None and cancel.is_set():
                proc.kill()
                raise Cancelled()
            left = deadline - time.monotonic()
            if left <= 0:
                proc.kill()
                raise MetadataLimitHit()
            for key, _events in selector.select(min(left, 0.1)):
                if key.fileobj is stdin:
                    try:
                        while pieces and not pieces[0]:
                            pieces.pop(0)
                        if pieces:
                            sent = os.write(stdin.fileno(), pieces[0][:_CHUNK])
                            pieces[0] = pieces[0][sent:]
                    except BlockingIOError:
                        continue
                    except BrokenPipeError:
                        pieces = []  # the child stopped reading; its status says why
                    while pieces and not pieces[0]:
                        pieces.pop(0)
                    if not pieces:
                        selector.unregister(stdin)
                        stdin.close()
                else:
                    chunk = os.read(stdout.fileno(), _CHUNK)
                    if not chunk:
                        selector.unregister(stdout)
                        continue
                    received += chunk
                    if len(received) > limit:
                        proc.kill()
                        raise MetadataUnreadable()
    return received


def _reading(out: bytearray) -> Reading:
    """The child's JSON answer, believed only as far as every field has its shape."""
    try:
        answer = json.loads(bytes(out).decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise MetadataUnreadable() from None
    if not isinstance(answer, dict):
        raise MetadataUnreadable()
    name, cleanable, rows = answer.get("format"), answer.get("cleanable"), answer.get("findings")
    if not isinstance(name, str) or len(name) > _MAX_FORMAT_NAME \
            or not isinstance(cleanable, bool) or not isinstance(rows, list) \
            or len(rows) > MAX_FINDINGS:
        raise MetadataUnreadable()
    findings = []
    for row in rows:
        if not (isinstance(row, list) and len(row) == 3
                and all(isinstance(item, str) for item in row) and row[0] in KINDS):
            raise MetadataUnreadable()
        findings.append(Finding(row[0], printable(row[1]), printable(row[2])))
    return Reading(printable(name), tuple(findings), cleanable and bool(name))
