"""Pictures from attachments, decoded in a separate, short-lived process.

`decode_picture(data)` checks the bytes with our own header parser (PNG or JPEG by magic
bytes, at most 50 megapixels, whole), then starts app.sandbox.picture with the bytes on its
stdin, waits at most WALL_SECONDS for it, reads at most the pixels the header allows, and
checks everything the child says before returning `Pixels`. The app's process only ever
builds a QImage from those raw pixels: no image decoder runs where the keys are (DESIGN.md
section 6, "Hostile content"). No Qt here; cancelling kills the child.
"""

from __future__ import annotations

import os
import selectors
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from app.sandbox import (
    EXIT_OK,
    PICTURE_DECODER,
    PIXEL_FORMATS,
    PIXELS_HEADER,
    PIXELS_MAGIC,
    WALL_SECONDS,
)
from app.services import media
from app.services.errors import Cancelled, PictureUnreadable

_HEADER_SIZE = struct.calcsize(PIXELS_HEADER)
_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class Pixels:
    """Decoded pixel rows, checked: `format` is a name from app.sandbox.PIXEL_FORMATS."""

    width: int
    height: int
    bytes_per_line: int
    format: str
    data: memoryview  # bytes_per_line * height


def decoder_command() -> tuple[list[str], Path | None]:
    """How to start the decoder, and in which folder: the frozen `guvoh` with its hidden
    argument, or this Python on the module (from the folder that holds the `app` package,
    with -E and -s so that no PYTHON* variable or user site changes what it runs)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, PICTURE_DECODER], None
    import app

    root = Path(app.__file__).resolve().parent.parent
    return [sys.executable, "-E", "-s", "-m", "app.sandbox.picture"], root


def _environment() -> dict[str, str]:
    """The little the decoder needs; nothing of the user's session reaches it."""
    keep = ("PATH", "SYSTEMROOT", "LANG")
    return {name: os.environ[name] for name in keep if name in os.environ}


def decode_picture(data: bytes, cancel: threading.Event | None = None,
                   timeout: float = WALL_SECONDS) -> Pixels:
    """The pixels of a PNG or JPEG; PictureUnreadable / PictureTooLarge if refused (by our
    parser, or because the decoder failed, crashed, or ran out of memory or time)."""
    header = media.picture_header(data)
    # The most the child may write: the header and 4 bytes a pixel, rows padded to 4 bytes,
    # either way round (a phone's EXIF orientation swaps the sides).
    limit = _HEADER_SIZE + max((header.width * 4 + 3) * header.height,
                               (header.height * 4 + 3) * header.width)
    command, cwd = decoder_command()
    # our own interpreter or binary with fixed arguments, no shell
    proc = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, cwd=cwd, env=_environment(), close_fds=True,
    )
    try:
        out = _exchange(proc, data, limit, time.monotonic() + timeout, cancel)
        status = proc.wait(timeout=max(0.1, timeout))
    except subprocess.TimeoutExpired:
        raise PictureUnreadable("decoder") from None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if status != EXIT_OK:
        raise PictureUnreadable("decoder")
    return _checked(out, header)


def _exchange(proc: subprocess.Popen[bytes], data: bytes, limit: int, deadline: float,
              cancel: threading.Event | None) -> bytearray:
    """Feed `data` to the child and collect at most `limit` bytes of its answer, until
    it closes stdout; kill it when the deadline passes or the caller cancels."""
    stdin, stdout = proc.stdin, proc.stdout
    if stdin is None or stdout is None:
        raise PictureUnreadable("decoder")
    os.set_blocking(stdin.fileno(), False)
    sent = 0
    view = memoryview(data)
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
                raise PictureUnreadable("decoder")
            for key, _events in selector.select(min(left, 0.1)):
                if key.fileobj is stdin:
                    try:
                        sent += os.write(stdin.fileno(), view[sent : sent + _CHUNK])
                    except BlockingIOError:
                        continue
                    except BrokenPipeError:
                        sent = len(view)  # the child stopped reading; its status says why
                    if sent >= len(view):
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
                        raise PictureUnreadable("decoder")
    return received


def _checked(out: bytearray, header: media.PictureHeader) -> Pixels:
    """The child's answer, believed only if every field agrees with our own header."""
    if len(out) < _HEADER_SIZE:
        raise PictureUnreadable("decoder")
    magic, width, height, per_line, code = struct.unpack_from(PIXELS_HEADER, out)
    if (magic != PIXELS_MAGIC or code not in PIXEL_FORMATS
            or {width, height} != {header.width, header.height}):
        raise PictureUnreadable("decoder")
    name, depth = PIXEL_FORMATS[code]
    if not width * depth <= per_line <= width * depth + 3 \
            or len(out) - _HEADER_SIZE != per_line * height:
        raise PictureUnreadable("decoder")
    return Pixels(width, height, per_line, name, memoryview(out)[_HEADER_SIZE:])
