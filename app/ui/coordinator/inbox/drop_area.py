"""The area bundle files and folders are dropped on (local files only)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout

from app.ui.common.widgets import plain_label


class DropArea(QFrame):
    """A framed area that takes files and folders dropped on it (local files only)."""

    dropped = Signal(object)  # list[Path]

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        self.setMinimumHeight(72)
        self.label = plain_label(self.tr("Drop bundle files or whole folders here"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("Drop area for bundle files and folders"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    @staticmethod
    def _local_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.isEnabled() and self._local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self._local_paths(event)
        if not self.isEnabled() or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.dropped.emit(paths)
