"""The organisation card as a QR code, for printing.

The QR code holds the whole card file, byte for byte (byte mode, error correction level M),
so a phone or a scanner that reads it gets exactly the card `bundles.export_card` writes, and
the researcher still compares the safety code before trusting it. A card is about 560 bytes
(a version 19 code); segno picks the smallest version that holds it.

segno draws only the code. The printable page (the code, the organisation's name and its
safety code in words a person can read aloud) is composed by the Qt layer, which hands the
finished PNG back to `save_png`: every file is written privately and atomically through
storage.fsio, never over an existing file.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Final

import segno
from segno import DataOverflowError

from app.services.errors import CardTooLargeForQr
from storage import fsio
from storage.errors import OutputExists

ERROR_LEVEL: Final = "m"
MODE: Final = "byte"
QR_FILE_NAME: Final = "organisation-card-qr.png"
DEFAULT_SCALE: Final = 6
QUIET_ZONE: Final = 4  # modules of white border the QR standard asks for


def card_qr(card: bytes) -> segno.QRCode:
    """The QR code of the exact card bytes (byte mode, level M, never a Micro QR)."""
    try:
        return segno.make(card, mode=MODE, error=ERROR_LEVEL, boost_error=False, micro=False)
    except DataOverflowError as err:
        raise CardTooLargeForQr(len(card)) from err


def card_qr_matrix(card: bytes) -> tuple[tuple[bool, ...], ...]:
    """The code's modules, row by row (True = dark), without the quiet zone."""
    return tuple(tuple(bool(m) for m in row) for row in card_qr(card).matrix)


def card_qr_png(card: bytes, scale: int = DEFAULT_SCALE, border: int = QUIET_ZONE) -> bytes:
    """The QR code of `card` as a black-on-white PNG, `scale` pixels per module."""
    if scale < 1 or border < 0:
        raise ValueError("scale must be >= 1 and border >= 0")
    out = io.BytesIO()
    card_qr(card).save(out, kind="png", scale=scale, border=border, dark="#000",
                       light="#fff")
    return out.getvalue()


def save_png(out: Path, png: bytes) -> Path:
    """Write the printable page to `out` (mode 0600, atomically); never over an existing
    file (OutputExists)."""
    if out.exists():
        raise OutputExists(out)
    fsio.write_atomic(out, png, replace=False)
    return out
