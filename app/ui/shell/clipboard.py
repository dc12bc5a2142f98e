"""On lock, the clipboard and the X11/Wayland primary selection are emptied when Guvoh owns
them (text copied from a case is still there otherwise); someone else's clipboard is never
touched. Clipboard managers and history tools that already copied the text keep it."""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication


def clear_owned_clipboard() -> list[QClipboard.Mode]:
    """Empty each clipboard mode this process owns; returns the modes cleared."""
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        return []
    clipboard = QGuiApplication.clipboard()
    cleared = []
    for mode, owned in (
        (QClipboard.Mode.Clipboard, clipboard.ownsClipboard),
        (QClipboard.Mode.Selection, clipboard.ownsSelection),
        (QClipboard.Mode.FindBuffer, clipboard.ownsFindBuffer),
    ):
        if owned():
            clipboard.clear(mode)
            cleared.append(mode)
    return cleared
