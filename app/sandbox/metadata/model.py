"""What a file reveals about where, when, on what and by whom it was made (issue 16), and
the contract every format module of this package keeps.

The reading and the cleaning run ONLY in the limited child process (app/sandbox/metadata/
child.py, started by app.services.file_metadata): the libraries that parse pictures, PDFs,
office documents and audio never run in the app's process, which holds the keys.

A format module (images.py, pdf.py, office.py, audio.py) defines
    FORMATS: list[Format]
and each Format:
    name: str                     "jpeg", "png", "pdf", "docx", "odt", "mp3", "wav", ...
    sniff(head: bytes) -> bool    by magic bytes (the first 4 KiB), never by file name
    read(data: bytes) -> list[Finding]
    clean(data: bytes) -> bytes   a copy without any of the findings; the picture or sound
                                  itself unchanged (no re-encoding where avoidable)
read() and clean() raise MetadataUnreadable for bytes they cannot parse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# What kind of thing a finding gives away; the app words each in plain language.
LOCATION = "location"  # GPS position, place names
DEVICE = "device"  # camera or phone make and model, serial numbers, lens
AUTHOR = "author"  # author, creator, last modified by, user account, company
SOFTWARE = "software"  # the program that made or edited it
DATE = "date"  # original dates and times of creation or editing
OTHER = "other"  # comments, titles, keywords, anything else identifying
KINDS = (LOCATION, DEVICE, AUTHOR, SOFTWARE, DATE, OTHER)

MAX_VALUE = 200  # characters of one value kept (printable, stripped)


class MetadataUnreadable(Exception):
    """The bytes are not a well-formed file of the format that claimed them."""


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # one of KINDS
    field: str  # the field's own name in the file, e.g. "GPSLatitude", "/Author", "TPE1"
    value: str  # as found, made printable, at most MAX_VALUE characters;
    # for LOCATION from GPS: "41.3111 N 69.2797 E" (decimal degrees, 4 places)


@dataclass(frozen=True, slots=True)
class Reading:
    format: str  # a Format's name, or "" when no format module knows the file
    findings: tuple[Finding, ...]
    cleanable: bool  # clean() can make a copy without the findings


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    sniff: Callable[[bytes], bool]
    read: Callable[[bytes], list[Finding]]
    clean: Callable[[bytes], bytes]


def printable(value: object) -> str:
    """A value as one line of printable text, at most MAX_VALUE characters."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = "".join(ch if ch.isprintable() else " " for ch in str(value))
    return " ".join(text.split())[:MAX_VALUE]
