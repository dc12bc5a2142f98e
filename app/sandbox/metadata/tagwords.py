"""What audio tags give away, shared by the audio format modules: the words in a free-form
tag name, ID3 frames, positions in ISO 6709, findings kept once each, and mutagen run over a
copy of the bytes (its errors made MetadataUnreadable)."""

from __future__ import annotations

import io
import re
import struct
from collections.abc import Callable
from typing import Any

from app.sandbox.metadata.model import (
    AUTHOR,
    DATE,
    DEVICE,
    LOCATION,
    OTHER,
    SOFTWARE,
    Finding,
    MetadataUnreadable,
    printable,
)

MAX_FINDINGS = 200

# Words in a free-form tag name (Vorbis comments, TXXX descriptions, MP4 freeform and
# QuickTime keys, RIFF INFO) and what they give away; first match wins.
WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (LOCATION, ("location", "gps", "geo", "latitude", "longitude", "iso6709", "place",
                "coordinates")),
    (DEVICE, ("make", "model", "device", "camera", "phone", "serial")),
    (SOFTWARE, ("encoder", "software", "vendor", "generator", "tool", "application")),
    (DATE, ("date", "year", "time", "creation", "created", "modified")),
    (AUTHOR, ("artist", "author", "composer", "encodedby", "encoded-by", "encoded_by",
              "performer", "lyricist", "conductor", "writer", "originator", "owner",
              "copyright", "organization", "organisation", "publisher", "engineer",
              "technician", "producer", "creator", "user", "name")),
)
ID3_KINDS = {
    **dict.fromkeys(("TPE1", "TPE2", "TPE3", "TPE4", "TCOM", "TEXT", "TOLY", "TOPE", "TENC",
                     "TOWN", "TPUB", "TCOP", "TIPL", "TMCL", "IPLS", "TRSO", "TRSN"), AUTHOR),
    **dict.fromkeys(("TSSE",), SOFTWARE),
    **dict.fromkeys(("TDRC", "TDRL", "TDOR", "TDEN", "TDTG", "TYER", "TDAT", "TIME", "TORY",
                     "TRDA"), DATE),
}


def by_words(name: str) -> str:
    lowered = name.lower()
    for kind, words in WORDS:
        if any(word in lowered for word in words):
            return kind
    return OTHER


ISO6709 = re.compile(r"\s*([+-]\d{1,2}(?:\.\d+)?)([+-]\d{1,3}(?:\.\d+)?)")


def place(value: str) -> str:
    """An ISO 6709 position in decimal degrees ("+41.3111+069.2797/", as in ©xyz and
    QuickTime's location key) as "41.3111 N 69.2797 E"; anything else as it is."""
    match = ISO6709.match(value)
    if match is None:
        return value
    lat, lon = float(match.group(1)), float(match.group(2))
    if abs(lat) > 90 or abs(lon) > 180:
        return value
    return (f"{abs(lat):.4f} {'N' if lat >= 0 else 'S'} "
            f"{abs(lon):.4f} {'E' if lon >= 0 else 'W'}")


class Found:
    """Findings once each, at most MAX_FINDINGS."""

    def __init__(self) -> None:
        self.items: list[Finding] = []

    def add(self, kind: str, field: str, value: object) -> None:
        shown = printable(value)
        if kind == LOCATION:
            shown = printable(place(shown))
        finding = Finding(kind, printable(field) or "?", shown)
        if shown and finding not in self.items and len(self.items) < MAX_FINDINGS:
            self.items.append(finding)


def mutagen_object(loader: Callable[[io.BytesIO], Any], data: bytes) -> Any:
    """A mutagen object over a copy of the bytes; MetadataUnreadable for anything it
    cannot parse."""
    from mutagen import MutagenError

    try:
        return loader(io.BytesIO(data))
    except (MutagenError, struct.error, ValueError, EOFError, IndexError, KeyError,
            OverflowError, UnicodeError) as exc:
        raise MetadataUnreadable(type(exc).__name__) from exc


def text(value: object) -> str:
    """A tag's value as text: several values joined by " / "."""
    if isinstance(value, list | tuple):
        return " / ".join(text(item) for item in value)
    return str(value)


def id3_findings(tags: Any, found: Found) -> None:
    for frame in tags.values():
        frame_id = frame.FrameID
        if frame_id in ("TXXX", "WXXX"):
            desc = getattr(frame, "desc", "")
            found.add(by_words(desc), f"{frame_id}:{desc}", frame)
        elif frame_id in ("APIC", "GEOB", "PRIV", "MCDI", "UFID"):
            label = getattr(frame, "desc", "") or getattr(frame, "owner", "")
            found.add(OTHER, frame_id, label or frame_id)
        elif frame_id in ("COMM", "USLT"):
            found.add(OTHER, frame_id, text(getattr(frame, "text", "")))
        else:
            found.add(ID3_KINDS.get(frame_id, OTHER), frame_id, frame)
