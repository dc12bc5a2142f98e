"""The coordinator's work on a received case (docs/team.md): its status, who it is assigned
to, its tags and notes, and the history of who changed what when. Each change is one call
of team.triage (shared with the team when the desk has one; kept on this desk otherwise);
a change that lost a conflict (made at the same time as another) shows as overridden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.team import STATUSES
from app.domain.text import fill
from app.messages import explain
from app.services import team
from app.services.vaults import Vault
from app.ui.common import look
from app.ui.common.table import Column, RecordTable
from app.ui.common.widgets import error_text, local_time, plain_label

STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("TriageTab", "New"),
    "reviewing": QT_TRANSLATE_NOOP("TriageTab", "Reviewing"),
    "follow_up": QT_TRANSLATE_NOOP("TriageTab", "Needs follow-up"),
    "verified": QT_TRANSLATE_NOOP("TriageTab", "Verified"),
    "closed": QT_TRANSLATE_NOOP("TriageTab", "Closed"),
}
NOTE_PREVIEW = 120  # characters of a note shown in the history


def status_label(status: str) -> str:
    return QCoreApplication.translate("TriageTab", str(STATUS_LABELS.get(status, status)))


def change_text(change: team.Change) -> str:
    """What a change did, in words; a lost conflict says it was overridden."""
    if change.field == "status":
        text = fill(QCoreApplication.translate("TriageTab", "Status: %1"),
                    status_label(change.value))
    elif change.field == "assignee":
        text = (fill(QCoreApplication.translate("TriageTab", "Assigned to %1"), change.value)
                if change.value else QCoreApplication.translate("TriageTab", "Nobody assigned"))
    elif change.field == "tag":
        text = fill(QCoreApplication.translate("TriageTab", "Tag added: %1"), change.value)
    elif change.field == "untag":
        text = fill(QCoreApplication.translate("TriageTab", "Tag removed: %1"), change.value)
    elif change.field == "note":
        short = " ".join(change.value.split())
        if len(short) > NOTE_PREVIEW:
            short = short[:NOTE_PREVIEW] + "..."
        text = fill(QCoreApplication.translate("TriageTab", "Note: %1"), short)
    elif change.field == "removed":
        text = QCoreApplication.translate("TriageTab", "Removed from the archive")
    else:
        text = change.value
    if change.conflict and not change.current:
        text = fill(QCoreApplication.translate(
            "TriageTab", "%1 (overridden: changed at the same time)"), text)
    return text


HISTORY_COLUMNS: tuple[Column[team.Change], ...] = (
    Column(str(QT_TRANSLATE_NOOP("TriageTab", "When")), lambda c: local_time(c.at),
           sort=lambda c: c.at),
    Column(str(QT_TRANSLATE_NOOP("TriageTab", "Who")), lambda c: c.author),
    Column(str(QT_TRANSLATE_NOOP("TriageTab", "Change")), change_text,
           tooltip=lambda c: c.value if c.field == "note" else None),
)


class TriageTab(QWidget):
    """Status, assignment, tags, notes and history of one case; `changed` after a change
    was recorded."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.case_id: str | None = None
        self.current: team.CaseTriage | None = None
        self._loading = False

        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for value in STATUSES:
            self.status.addItem(status_label(value), value)
        self.assignee = QLineEdit()
        self.assignee.setAccessibleName(self.tr("Assigned to"))
        self.assignee.setPlaceholderText(self.tr("A coordinator's name"))
        self.names = QStringListModel(self)
        self.assignee.setCompleter(QCompleter(self.names, self.assignee))
        self.assign_button = QPushButton(self.tr("Assign"))
        self.assign_button.setAccessibleName(self.tr("Assign the case"))
        self.tags = QListWidget()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setMaximumHeight(90)
        self.new_tag = QLineEdit()
        self.new_tag.setAccessibleName(self.tr("New tag"))
        self.new_tag.setMaxLength(64)
        self.add_tag_button = QPushButton(self.tr("Add the tag"))
        self.add_tag_button.setAccessibleName(self.tr("Add the tag"))
        self.remove_tag_button = QPushButton(self.tr("Remove the tag"))
        self.remove_tag_button.setAccessibleName(self.tr("Remove the selected tag"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("New note"))
        self.note.setMaximumHeight(80)
        self.add_note_button = QPushButton(self.tr("Add the note"))
        look.with_icon(self.add_note_button, "plus")
        self.add_note_button.setAccessibleName(self.tr("Add the note"))
        self.model = RecordTable("TriageTab", HISTORY_COLUMNS, self)
        self.history = QTableView()
        self.history.setModel(self.model)
        self.history.setAccessibleName(self.tr("Who changed what, and when"))
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(False)
        self.history.verticalHeader().hide()
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.history.setMinimumHeight(120)
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        look.error_words(self.message)

        assign_row = QHBoxLayout()
        assign_row.addWidget(self.assignee, 1)
        assign_row.addWidget(self.assign_button)
        tag_row = QHBoxLayout()
        tag_row.addWidget(self.new_tag, 1)
        tag_row.addWidget(self.add_tag_button)
        tag_buttons = QVBoxLayout()
        tag_buttons.addWidget(self.tags)
        tag_buttons.addWidget(self.remove_tag_button, alignment=Qt.AlignmentFlag.AlignLeft)
        tag_buttons.addLayout(tag_row)
        note_box = QVBoxLayout()
        note_box.addWidget(self.note)
        note_box.addWidget(self.add_note_button, alignment=Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Assigned to"), assign_row)
        form.addRow(self.tr("Tags"), tag_buttons)
        form.addRow(self.tr("Note"), note_box)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(plain_label(self.tr(
            "Where this case is in your organisation's work. Other coordinators of your "
            "team see every change.")))
        left_layout.addLayout(form)
        left_layout.addWidget(self.message)
        left_layout.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(plain_label(self.tr("History")))
        right.addWidget(self.history, 1)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.addWidget(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.status.activated.connect(self._on_status_chosen)
        self.assign_button.clicked.connect(self.assign)
        self.assignee.returnPressed.connect(self.assign)
        self.add_tag_button.clicked.connect(self.add_tag)
        self.new_tag.returnPressed.connect(self.add_tag)
        self.remove_tag_button.clicked.connect(self.remove_tag)
        self.tags.currentRowChanged.connect(self._update_buttons)
        self.add_note_button.clicked.connect(self.add_note)
        self.note.textChanged.connect(self._update_buttons)

    # -- the interface the case editor uses ------------------------------------------------

    def show_case(self, vault: Vault | None, case_id: str | None) -> None:
        self.vault, self.case_id = vault, case_id
        self.message.clear()
        self.note.clear()
        self.new_tag.clear()
        self.assignee.setModified(False)
        self.reload()

    def clear(self) -> None:
        self.vault, self.case_id, self.current = None, None, None
        self.model.set_rows([])
        self.tags.clear()
        self.assignee.clear()
        self.note.clear()
        self.new_tag.clear()
        self.message.clear()

    def reload(self) -> None:
        """Read the case's triage again (after a change here or a sync)."""
        vault, case_id = self.vault, self.case_id
        if vault is None or case_id is None:
            return
        try:
            found = team.case_triage(vault, case_id)
            names = sorted({m.name for m in team.members(vault) if m.active})
        except Exception as err:
            if explain(err) is None:
                raise
            self.message.setText(error_text(err))
            return
        self.current = found
        self._loading = True
        try:
            index = self.status.findData(found.status)
            self.status.setCurrentIndex(max(index, 0))
            if not self.assignee.isModified():  # a name being typed stays (a sync came)
                self.assignee.setText(found.assignee)
            self.names.setStringList(names)
            self.tags.clear()
            self.tags.addItems(list(found.tags))
            self.model.set_rows(list(reversed(found.history)))  # newest first
        finally:
            self._loading = False
        self._update_buttons()

    # -- changes ---------------------------------------------------------------------------

    def _record(self, **change: object) -> bool:
        vault, case_id = self.vault, self.case_id
        if vault is None or case_id is None:
            return False
        try:
            team.triage(vault, case_id, **change)  # type: ignore[arg-type]
        except Exception as err:
            if explain(err) is None:
                raise
            self.message.setText(error_text(err))
            self.reload()
            return False
        self.message.clear()
        self.reload()
        self.changed.emit()
        return True

    def _on_status_chosen(self, index: int) -> None:
        value = str(self.status.itemData(index))
        if not self._loading and self.current is not None and value != self.current.status:
            self.set_status(value)

    def set_status(self, value: str) -> bool:
        return self._record(status=value)

    def assign(self) -> bool:
        name = " ".join(self.assignee.text().split())
        if self.current is not None and name == self.current.assignee:
            return False
        self.assignee.setModified(False)
        return self._record(assign=name)

    def add_tag(self) -> bool:
        tag = self.new_tag.text().strip()
        if not tag:
            return False
        if self._record(tags=(tag,)):
            self.new_tag.clear()
            return True
        return False

    def remove_tag(self) -> bool:
        item = self.tags.currentItem()
        if item is None:
            return False
        return self._record(untags=(item.text(),))

    def add_note(self) -> bool:
        text = self.note.toPlainText()
        if not text.strip():
            return False
        if self._record(note=text):
            self.note.clear()
            return True
        return False

    def _update_buttons(self, *_args: object) -> None:
        self.remove_tag_button.setEnabled(self.tags.currentItem() is not None)
        self.add_note_button.setEnabled(bool(self.note.toPlainText().strip()))
