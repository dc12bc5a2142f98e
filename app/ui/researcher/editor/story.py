"""The editor's "Story" tab: a short summary, tags, and the testimony in full.

Record keys: ``summary``, ``narrative``, ``tags``. Tags are written back only when the user
changed them (so a stored list keeps its order and spelling), each once, without blanks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.ui.researcher.editor.form import put, translate


class StoryTab(QWidget):
    """Summary, tags and narrative; `changed` on every edit the user makes."""

    changed = Signal()
    FIELDS = ("summary", "narrative", "tags")

    def __init__(self) -> None:
        super().__init__()
        self._tags_loaded = ""
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(translate("CaseEditor", "Summary"))
        self.summary.setPlaceholderText(
            translate("CaseEditor", "A few lines that say what the case is about"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(100)
        form.addRow(translate("CaseEditor", "Su&mmary"), self.summary)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(translate("CaseEditor", "Tags"))
        self.tags.setPlaceholderText(translate("CaseEditor", "Keywords, separated by commas"))
        form.addRow(translate("CaseEditor", "T&ags"), self.tags)
        layout.addLayout(form)
        narrative_label = QLabel(translate("CaseEditor", "The testimony in full"))
        self.narrative = QPlainTextEdit()
        self.narrative.setAccessibleName(translate("CaseEditor", "Testimony"))
        self.narrative.setTabChangesFocus(True)
        font = self.narrative.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.25)
        self.narrative.setFont(font)
        narrative_label.setBuddy(self.narrative)
        layout.addWidget(narrative_label)
        layout.addWidget(self.narrative, 1)
        self.summary.textChanged.connect(self.changed)
        self.narrative.textChanged.connect(self.changed)
        self.tags.textEdited.connect(lambda _t: self.changed.emit())

    def load(self, record: dict[str, Any]) -> None:
        self.summary.setPlainText(str(record.get("summary", "")))
        self.narrative.setPlainText(str(record.get("narrative", "")))
        self.show_tags(record)

    def show_tags(self, record: dict[str, Any]) -> None:
        """The record's tags as the field shows them (after a save stored them cleaned)."""
        self._tags_loaded = ", ".join(str(t) for t in record.get("tags") or [])
        self.tags.setText(self._tags_loaded)

    def collect(self, record: dict[str, Any]) -> None:
        """Write what the tab shows into `record`, keeping what it does not show."""
        put(record, "summary", self.summary.toPlainText())
        put(record, "narrative", self.narrative.toPlainText())
        if self.tags.text() != self._tags_loaded:
            tags = [t.strip() for t in self.tags.text().split(",")]
            put(record, "tags", list(dict.fromkeys(t for t in tags if t)))

    def clear(self) -> None:
        self._tags_loaded = ""
        self.tags.clear()
        self.summary.clear()
        self.narrative.clear()
