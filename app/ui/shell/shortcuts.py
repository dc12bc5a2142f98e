"""The keyboard shortcuts, where people can find them: in the tooltips of the buttons they
trigger ("Unlock (Enter)") and in one list, opened with F1 anywhere in the window or from
Settings.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.ui.common.widgets import plain_label

HELP_KEY = "F1"

# (keys, what they do), in the order a person meets them.
SHORTCUTS = (
    ("Enter", QT_TRANSLATE_NOOP(
        "Shortcuts", "Do the main action of the screen: unlock, create the vault, go on")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Go back, where there is a Back button")),
    ("Ctrl+H", QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the passphrase being typed")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Lock the vault")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Start a new case")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search the cases")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save the case")),
    ("Alt", QT_TRANSLATE_NOOP(
        "Shortcuts", "With the underlined letter of a label: go to that field or button")),
    ("Tab", QT_TRANSLATE_NOOP("Shortcuts", "Go to the next field (Shift+Tab: the one before)")),
    (HELP_KEY, QT_TRANSLATE_NOOP("Shortcuts", "Show this list of keyboard shortcuts")),
)


def with_key(text: str, key: str) -> str:
    """A tooltip that names the key doing the same: "Unlock (Enter)"."""
    return fill(QCoreApplication.translate("Shortcuts", "%1 (%2)"), text, key)


class ShortcutsDialog(QDialog):
    """The list of keyboard shortcuts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rows: list[tuple[str, str]] = []
        for key, what in SHORTCUTS:
            text = QCoreApplication.translate("Shortcuts", str(what))
            key_label = plain_label(key, wrap=False)
            font = key_label.font()
            font.setBold(True)
            key_label.setFont(font)
            form.addRow(key_label, plain_label(text))
            self.rows.append((key, text))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.close_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
