"""Sizes as people read them in the interface: the units of ``app.domain.sizes`` (kB, MB, GB,
powers of 1000, the same as the command line) with the number in the user's locale.

The texts keep the translation context "Export", where they were first translated.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from app.domain.sizes import decimals, size_parts
from app.domain.text import fill


class Export(QObject):
    """Named for its translation context ("Export"): ``self.tr`` reads the class name."""

    def human_size(self, size: int) -> str:
        parts = size_parts(size)
        if parts is None:
            return self.tr("%n bytes", "", size)
        value, unit = parts
        return fill(self.tr("%1 %2"), QLocale().toString(value, "f", decimals(value)), unit)


_TEXTS = Export()


def human_size(size: int) -> str:
    """A size in bytes as people read it: '512 bytes', '4.2 MB', '15 GB' (in their locale)."""
    return _TEXTS.human_size(size)
