"""Small widgets many screens build with: a section heading, a safety code shown large, a
"Details" expander, a read-only line and a file path field with a "Choose..." button.

Each keeps the translation context it had when it lived in the Organisations screen
(``SafetyCodeLabel``, ``Details``, ``PathField``), so existing translations still match.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.ui.common.widgets import open_file_dialog, plain_label


def heading(text: str) -> QLabel:
    """A section heading: plain text, bold, 1.4 times the normal size."""
    label = plain_label(text, wrap=True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


def grouped_code(code: str) -> str:
    """A safety code as two lines of four groups of four digits."""
    groups = code.split()
    half = (len(groups) + 1) // 2
    return "   ".join(groups[:half]) + "\n" + "   ".join(groups[half:])


class SafetyCodeLabel(QLabel):
    """A safety code shown large, in groups of four digits, selectable for copying."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 2.0)
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.setAccessibleName(self.tr("Safety code"))

    def show_code(self, code: str) -> None:
        self.setText(grouped_code(code) if code else "")
        # A screen reader reads the digits group by group.
        self.setAccessibleDescription(code)

    def code(self) -> str:
        return " ".join(self.text().split())


class Details(QWidget):
    """A "Details" expander: a toggle button and the technical content under it."""

    def __init__(self, content: QWidget, label: str | None = None) -> None:
        super().__init__()
        self.toggle = QToolButton()
        self.toggle.setText(label or self.tr("Details"))
        self.toggle.setAccessibleName(label or self.tr("Details"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.content = content
        content.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(content)
        self.toggle.toggled.connect(self.on_toggled)

    def on_toggled(self, shown: bool) -> None:
        self.content.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


def read_only_line(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setReadOnly(True)
    field.setAccessibleName(accessible)
    return field


class PathField(QWidget):
    """A file path with a "Choose..." button (tests set `field` directly)."""

    def __init__(self, accessible: str, caption: str, filters: str = "",
                 folder: bool = False, choose_label: str | None = None) -> None:
        super().__init__()
        self.caption = caption
        self.filters = filters
        self.folder = folder
        self.field = QLineEdit()
        self.field.setAccessibleName(accessible)
        self.choose = QPushButton(
            choose_label or QCoreApplication.translate("PathField", "Choose...")
        )
        self.choose.setAccessibleName(
            fill(QCoreApplication.translate("PathField", "Choose: %1"), accessible)
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.choose)
        self.choose.clicked.connect(self.on_choose_clicked)

    def on_choose_clicked(self) -> None:
        start = self.field.text() or str(Path.home())
        mode = (QFileDialog.FileMode.Directory if self.folder
                else QFileDialog.FileMode.ExistingFile)
        open_file_dialog(self, self.caption, start, self._on_chosen, mode=mode,
                         filters=self.filters)

    def _on_chosen(self, chosen: list[str]) -> None:
        if chosen:
            self.field.setText(chosen[0])

    def path(self) -> Path | None:
        text = self.field.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path | str) -> None:
        self.field.setText(str(path))
