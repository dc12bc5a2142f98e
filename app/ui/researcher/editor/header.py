"""The top of the case editor: Back, the case's reference and Save; the title and the
status; and, for a case already exported, a note that saving makes a new draft version.

Record keys: ``title``, ``status`` (a researcher chooses draft or ready; exported and
delivered are set by an export and its receipt).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.text import fill
from app.ui.common import look
from app.ui.common.pickers import ChoiceCombo
from app.ui.common.widgets import plain_label
from app.ui.researcher.editor.form import translate

CHOSEN_STATUSES = ("draft", "ready")


def _status_choices() -> list[tuple[str, str | None]]:
    return [
        (translate("CaseEditor", "Draft - still being written"), "draft"),
        (translate("CaseEditor", "Ready to export"), "ready"),
    ]


class CaseHeader(QWidget):
    """Back, reference, Save, title and status; `changed` on every edit the user makes."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.back_button = QPushButton(translate("CaseEditor", "← &Back to cases"))
        self.back_button.setAccessibleName(translate("CaseEditor", "Back to the list of cases"))
        self.reference_label = plain_label(wrap=False)
        self.reference_label.setAccessibleName(translate("CaseEditor", "Reference"))
        self.save_button = QPushButton(translate("CaseEditor", "&Save"))
        look.primary(look.with_icon(self.save_button, "save"))
        self.save_button.setAccessibleName(translate("CaseEditor", "Save the case"))
        self.save_button.setToolTip(
            translate("CaseEditor", "Save in your encrypted vault (Ctrl+S)"))
        self.save_button.setDefault(True)
        top_bar = QHBoxLayout()
        top_bar.addWidget(self.back_button)
        top_bar.addWidget(self.reference_label, 1)
        top_bar.addWidget(self.save_button)

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(translate("CaseEditor", "Title"))
        self.title_edit.setPlaceholderText(
            translate("CaseEditor", "A short title, with no names of people at risk"))
        self.title_edit.setMaxLength(300)
        title_label = QLabel(translate("CaseEditor", "Tit&le"))
        title_label.setBuddy(self.title_edit)
        self.status_combo = ChoiceCombo(translate("CaseEditor", "Status"))
        self.status_combo.set_choices(_status_choices(), "draft")
        self.status_label = status_label = QLabel(translate("CaseEditor", "Stat&us"))
        status_label.setBuddy(self.status_combo)
        title_row = QHBoxLayout()
        title_row.addWidget(title_label)
        title_row.addWidget(self.title_edit, 1)
        title_row.addWidget(status_label)
        title_row.addWidget(self.status_combo)
        self.title_edit.textEdited.connect(lambda _t: self.changed.emit())
        self.status_combo.changed.connect(self.changed)

        self.sealed_note = plain_label()
        self.sealed_note.setAccessibleName(translate("CaseEditor", "About exported cases"))
        self.sealed_note.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top_bar)
        layout.addLayout(title_row)
        layout.addWidget(self.sealed_note)

    def load(self, record: dict[str, Any], *, saved: bool) -> None:
        """Show the record's title and status; `saved`: the case is in the vault already."""
        self.title_edit.setText(str(record.get("title", "")))
        status = record.get("status", "draft")
        self.status_combo.set_choices(
            _status_choices(), status if status in CHOSEN_STATUSES else "draft")
        if saved:
            self.show_reference(str(record.get("reference", "")))
        else:
            self.reference_label.setText(translate("CaseEditor", "New case"))
        if status in ("exported", "delivered"):
            self.sealed_note.setText(translate(
                "CaseEditor",
                "This case was exported. You can still change it: saving keeps your "
                "changes as a new draft version, and the exported copy stays as it was."))
            self.sealed_note.show()
        else:
            self.sealed_note.hide()

    def set_read_only(self, read_only: bool) -> None:
        """Received testimony: the title can be read and selected, not changed; no status
        to choose, nothing to save, and no note about exported cases."""
        self.title_edit.setReadOnly(read_only)
        for widget in (self.status_label, self.status_combo, self.save_button):
            widget.setVisible(not read_only)
        if read_only:
            self.sealed_note.hide()

    def show_reference(self, reference: str) -> None:
        self.reference_label.setText(fill(translate("CaseEditor", "Case %1"), reference))

    def collect(self, record: dict[str, Any]) -> None:
        record["title"] = self.title_edit.text().strip()
        record["status"] = self.status_combo.value() or "draft"

    def clear(self) -> None:
        self.status_combo.set_choices(_status_choices(), "draft")
        self.title_edit.clear()
        self.reference_label.clear()
        self.sealed_note.clear()
        self.sealed_note.hide()
        self.set_read_only(False)
