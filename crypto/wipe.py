"""Overwrite key material in memory once it is no longer needed (best effort in Python).

Keys are held in `bytearray`s, which can be zeroed in place. Some copies cannot be avoided:
an API that returns `bytes` (os.urandom), or one that takes only `str` (SQL text). For those,
`wipe` overwrites the object's own buffer through ctypes: CPython keeps the bytes of a
`bytes` object, and the characters of an ASCII `str`, inline after the object header, so the
memory can be zeroed before the object is freed. This relies on CPython's object layout
(checked at import, and refused for anything it does not fit); it cannot reach copies the
interpreter or a C library made on its own. Zero such an object only when nothing else
uses it: its value changes for every holder.
"""

from __future__ import annotations

import ctypes
import sys

# Where the data starts inside the object: after PyBytesObject's header (ob_sval), and after
# PyASCIIObject for a compact ASCII str. Derived from the running interpreter, not assumed.
_BYTES_OFFSET = bytes.__basicsize__ - 1
_ASCII_OFFSET = sys.getsizeof("") - 1


def _layout_ok() -> bool:
    if sys.implementation.name != "cpython":
        return False
    probe = bytes([0x5A]) * 4
    seen = ctypes.string_at(id(probe) + _BYTES_OFFSET, 4)
    text = "Zq" * 2 + str(len(probe))  # built at run time: not interned, not shared
    seen_text = ctypes.string_at(id(text) + _ASCII_OFFSET, len(text))
    return seen == probe and seen_text == text.encode("ascii")


_INLINE_OK = _layout_ok()


def wipe(secret: bytearray | bytes | str | None) -> None:
    """Zero `secret`'s memory in place. A bytearray always; bytes and ASCII str of at least
    2 bytes (shorter ones may be shared singletons) only on CPython, else left as they are."""
    if secret is None:
        return
    if isinstance(secret, bytearray):
        if secret:
            ctypes.memset((ctypes.c_char * len(secret)).from_buffer(secret), 0, len(secret))
        return
    if not _INLINE_OK or len(secret) < 2:
        return
    if type(secret) is bytes:
        ctypes.memset(id(secret) + _BYTES_OFFSET, 0, len(secret))
    elif type(secret) is str and secret.isascii():
        ctypes.memset(id(secret) + _ASCII_OFFSET, 0, len(secret))


def inline_wipe_supported() -> bool:
    """True when `wipe` can reach the buffers of bytes and str (CPython)."""
    return _INLINE_OK
