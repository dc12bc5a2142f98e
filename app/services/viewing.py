"""What the viewer may show of an attachment, decided by its bytes and our own parsers
only (DESIGN.md section 6, "Hostile content"), and the neutral name for a saved copy.

`prepare(data, media_type)` looks at the first bytes, never at the label: a PNG or JPEG is
decoded in the picture sandbox (app.services.pictures) and comes back as raw pixels; a
RIFF/WAVE file is read by app.services.wav; text labelled as text is shown as plain text;
everything else (PDF, SVG, TIFF, WebP, MP3, video, unknown...) is NOTHING: the viewer says
so and offers "Save a copy as" with a warning.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import Enum

from app.services import media, pictures, wav
from app.services.pictures import Pixels
from app.services.wav import WavSound
from storage import blobs
from storage.vault import Vault

TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/csv"})
MAX_TEXT = 4 * 1024 * 1024
_HEAD = 4096
# Kinds a text label may show as plain text (never interpreted: markup stays characters).
_PLAIN = frozenset({media.Kind.TEXT, media.Kind.UNKNOWN, media.Kind.XML, media.Kind.HTML,
                    media.Kind.SVG})


class Show(Enum):
    PICTURE = "picture"
    SOUND = "sound"
    TEXT = "text"
    NOTHING = "nothing"


@dataclass(frozen=True, slots=True)
class Viewable:
    show: Show
    kind: media.Kind  # what the first bytes say
    pixels: Pixels | None = None
    sound: WavSound | None = None
    text: str | None = None


def prepare(data: bytes, media_type: str, cancel: threading.Event | None = None) -> Viewable:
    """What to show of these decrypted bytes; PictureUnreadable, PictureTooLarge or
    WavUnreadable when a picture or a recording is refused."""
    kind = media.sniff(data)
    if kind in media.PICTURES:
        return Viewable(Show.PICTURE, kind, pixels=pictures.decode_picture(data, cancel))
    if kind is media.Kind.WAV:
        return Viewable(Show.SOUND, kind, sound=wav.read_wav(data))
    if media_type.lower() in TEXT_TYPES and kind in _PLAIN:
        text = data[:MAX_TEXT].decode("utf-8", errors="replace")
        return Viewable(Show.TEXT, kind, text=text)
    return Viewable(Show.NOTHING, kind)


def copy_name(vault: Vault, blob_id: str) -> str:
    """The name to suggest for an unencrypted copy: "attachment-<short id>.<extension by
    its magic bytes>", never the attachment's own name (case content; in a received bundle
    chosen by the sender, and may hold "../" or U+202E)."""
    with blobs.open_plaintext(vault.conn, vault.blobs_dir, blob_id) as stream:
        head = stream.read(_HEAD)
    return media.copy_name(blob_id, head)
