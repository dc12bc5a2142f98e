"""Sizes as people read them in the interface: the units of ``app.domain.sizes`` (kB, MB, GB,
powers of 1000, the same as the command line) with the number in the user's locale and the
unit's symbol in the user's script (МБ in Cyrillic, MB in Latin). Nothing else in app/
formats a size (tests/app/test_look.py), and every limit a message names in MB is counted
in powers of 1000 too.

The texts keep the translation context "Export", where they were first translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from app.domain.sizes import decimals, size_parts
from app.domain.text import fill

# The unit symbols, for translators (Cyrillic languages write кБ, МБ, ГБ).
UNIT_SYMBOLS = {
    "kB": QT_TRANSLATE_NOOP("Export", "kB"),
    "MB": QT_TRANSLATE_NOOP("Export", "MB"),
    "GB": QT_TRANSLATE_NOOP("Export", "GB"),
}


class Export(QObject):
    """Named for its translation context ("Export"): ``self.tr`` reads the class name."""

    def human_size(self, size: int) -> str:
        parts = size_parts(size)
        if parts is None:
            return self.tr("%n bytes", "", size)
        value, unit = parts
        symbol = QCoreApplication.translate("Export", str(UNIT_SYMBOLS[unit]))
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # 1500 GB, as the CLI
        return fill(self.tr("%1 %2"), locale.toString(value, "f", decimals(value)), symbol)


_TEXTS = Export()


def human_size(size: int) -> str:
    """A size in bytes as people read it: '512 bytes', '4.2 MB', '15 GB' (in their locale)."""
    return _TEXTS.human_size(size)
