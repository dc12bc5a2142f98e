"""A protected field shown as the mask (app.domain.people.MASK) instead of its editor until
the user asks to see protected details.

The texts keep the translation context they had in the case editor ("CaseEditor").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from app.domain.people import MASK


class Masked(QStackedWidget):
    """A field that shows dots instead of its editor while masked."""

    def __init__(self, editor: QWidget, accessible: str) -> None:
        super().__init__()
        self.editor = editor
        self.dots = QLineEdit(MASK)
        self.dots.setEchoMode(QLineEdit.EchoMode.Password)
        self.dots.setReadOnly(True)
        self.dots.setAccessibleName(
            accessible + " - " + QCoreApplication.translate("CaseEditor", "hidden")
        )
        self.addWidget(editor)
        # The dots at the top, one line high, however tall the editor (a picker with its
        # message line, a place): a stacked widget gives each page its whole height.
        self.dots_page = QWidget()
        page = QVBoxLayout(self.dots_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.dots)
        page.addStretch(1)
        self.addWidget(self.dots_page)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_masked(self, masked: bool) -> None:
        self.setCurrentWidget(self.dots_page if masked else self.editor)

    def is_masked(self) -> bool:
        return self.currentWidget() is self.dots_page
