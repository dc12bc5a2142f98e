"""A protected field shown as the mask (app.domain.people.MASK) instead of its editor until
the user asks to see protected details.

The texts keep the translation context they had in the case editor ("CaseEditor").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QStackedWidget, QWidget

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
        self.addWidget(self.dots)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_masked(self, masked: bool) -> None:
        self.setCurrentWidget(self.dots if masked else self.editor)

    def is_masked(self) -> bool:
        return self.currentWidget() is self.dots
