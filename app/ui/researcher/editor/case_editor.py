"""The case editor: tabs in the order an interview happens (Interview and consent, Story,
People, Events, Files, History), a title and status on top, Save (Ctrl+S) and Back.

The editor edits a copy of the stored record and writes back only the fields it shows, so
everything else in the record survives a save. While the user types, the whole record is
kept every few seconds as a draft inside the encrypted vault (app/services/drafts.py), so a
crash loses at most those seconds; opening the case again offers the draft back. Saving
calls the same services as `guvoh case add` / `case edit`, and deletes the draft.
"""

from __future__ import annotations

import contextlib
import copy
import time
from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import vocabularies
from app.domain.protected import PROTECTABLE_FIELDS
from app.messages import explain
from app.services import cases as case_svc
from app.services import drafts as draft_svc
from app.services.errors import CaseInvalid
from app.services.render import render_text
from app.ui.common.checklist import Checklist, vocab_checklist
from app.ui.common.masked import Masked
from app.ui.common.pickers import ChoiceCombo, VocabCombo, term_label
from app.ui.common.place import PlaceEditor
from app.ui.common.table import Index as _Index
from app.ui.common.table import RecordRole, SortRole
from app.ui.common.widgets import error_text, local_time, plain_label, ui_language
from app.ui.researcher.files import FilesTab
from storage.cases import Revision
from storage.drafts import Draft, encode
from storage.vault import Vault

CONTEXT = "CaseEditor"
AUTOSAVE_MS = 3000  # a draft is kept this long after the last change
STATUS_TICK_MS = 5000
PROTECTABLE = PROTECTABLE_FIELDS


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    """Set `key`, or leave it out when the value is empty (the schema accepts no nulls)."""
    if value is None or value == "" or value == [] or value == {}:
        target.pop(key, None)
    else:
        target[key] = value



def _next_id(prefix: str, taken: Iterable[str]) -> str:
    used = set(taken)
    n = 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"


# -- list models -----------------------------------------------------------------------


class PersonListModel(QAbstractListModel):
    """The persons of the case being edited (the dicts themselves, edited in place)."""

    def __init__(self) -> None:
        super().__init__()
        self.persons: list[dict[str, Any]] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.persons)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.persons):
            return None
        person = self.persons[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return personterm_label(person)
        if role == RecordRole:
            return person
        if role == SortRole:
            return str(person.get("id", ""))
        return None

    def set_persons(self, persons: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.persons = persons
        self.endResetModel()

    def append(self, person: dict[str, Any]) -> int:
        row = len(self.persons)
        self.beginInsertRows(QModelIndex(), row, row)
        self.persons.append(person)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> dict[str, Any]:
        self.beginRemoveRows(QModelIndex(), row, row)
        person = self.persons.pop(row)
        self.endRemoveRows()
        return person

    def row_changed(self, row: int) -> None:
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)


def personterm_label(person: dict[str, Any]) -> str:
    """How a person is named in lists: the pseudonym unless it is protected, then the id."""
    protected = set(person.get("protected") or [])
    name = "" if "pseudonym" in protected else str(person.get("pseudonym") or "")
    if not name:
        name = QCoreApplication.translate("CaseEditor", "Person %1").replace(
            "%1", str(person.get("id", ""))
        )
    role = term_label("roles", person.get("role"))
    return (
        QCoreApplication.translate("CaseEditor", "%1 (%2)").replace("%1", name).replace("%2", role)
        if role
        else name
    )


class EventListModel(QAbstractListModel):
    """The events of the case being edited (the dicts themselves, edited in place)."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[dict[str, Any]] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.events)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.events):
            return None
        event = self.events[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return eventterm_label(event)
        if role == RecordRole:
            return event
        if role == SortRole:
            return str((event.get("date") or {}).get("value", ""))
        return None

    def set_events(self, events: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.events = events
        self.endResetModel()

    def append(self, event: dict[str, Any]) -> int:
        row = len(self.events)
        self.beginInsertRows(QModelIndex(), row, row)
        self.events.append(event)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> dict[str, Any]:
        self.beginRemoveRows(QModelIndex(), row, row)
        event = self.events.pop(row)
        self.endRemoveRows()
        return event

    def row_changed(self, row: int) -> None:
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)


def eventterm_label(event: dict[str, Any]) -> str:
    parts = [
        str(
            (event.get("date") or {}).get("value")
            or QCoreApplication.translate("CaseEditor", "no date")
        )
    ]
    acts = event.get("acts") or []
    if acts:
        parts.append(term_label("acts", acts[0]) + ("…" if len(acts) > 1 else ""))
    country = (event.get("place") or {}).get("country")
    if country:
        parts.append(term_label("countries", country))
    return " · ".join(parts)


class HistoryColumn(IntEnum):
    VERSION = 0
    SAVED = 1
    EXPORTED = 2


_HISTORY_HEADERS = {
    HistoryColumn.VERSION: QT_TRANSLATE_NOOP("CaseEditor", "Version"),
    HistoryColumn.SAVED: QT_TRANSLATE_NOOP("CaseEditor", "Saved"),
    HistoryColumn.EXPORTED: QT_TRANSLATE_NOOP("CaseEditor", "Exported"),
}


class HistoryModel(QAbstractTableModel):
    """Every saved version of the case, oldest first; read-only."""

    def __init__(self) -> None:
        super().__init__()
        self.revisions: list[Revision] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.revisions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HistoryColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HistoryColumn)
        ):
            return _tr(str(_HISTORY_HEADERS[HistoryColumn(section)]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.revisions):
            return None
        revision = self.revisions[index.row()]
        column = HistoryColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == HistoryColumn.VERSION:
                return str(revision.revision)
            if column == HistoryColumn.SAVED:
                return local_time(revision.saved_at)
            if revision.sealed_at:
                return QCoreApplication.translate("CaseEditor", "Exported %1 (sealed)").replace(
                    "%1", local_time(revision.sealed_at)
                )
            return ""
        if role == SortRole:
            return (revision.revision, revision.saved_at, revision.sealed_at or "")[column]
        if role == RecordRole:
            return revision
        return None

    def set_revisions(self, revisions: list[Revision]) -> None:
        self.beginResetModel()
        self.revisions = list(revisions)
        self.endResetModel()


# -- the editor ------------------------------------------------------------------------


class CaseEditor(QWidget):
    case_saved = Signal(str)  # case id, after a save
    closed = Signal()  # the user pressed Back

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.case_id: str | None = None
        self._record: dict[str, Any] = {}
        self._base_revision: int | None = None
        self._draft_key: str | None = None
        self._offered: Draft | None = None
        self._loading = False
        self._dirty = False
        self._last_draft: str | None = None
        self._saved_mono: float | None = None
        self._tags_loaded = ""
        self._person_row = -1
        self._event_row = -1

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.keep_draft)
        self.status_tick = QTimer(self)
        self.status_tick.setInterval(STATUS_TICK_MS)
        self.status_tick.timeout.connect(self._refresh_saved_status)

        self._build_top()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the case"))
        self.tabs.addTab(self._build_interview_tab(), self.tr("&Interview and consent"))
        self.tabs.addTab(self._build_story_tab(), self.tr("S&tory"))
        self.tabs.addTab(self._build_people_tab(), self.tr("&People"))
        self.tabs.addTab(self._build_events_tab(), self.tr("&Events"))
        self.files = FilesTab()
        self.files.setAccessibleName(self.tr("Files"))
        self.tabs.addTab(self.files, self.tr("&Files"))
        self.tabs.addTab(self._build_history_tab(), self.tr("&History"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(self.top_bar)
        layout.addLayout(self.title_row)
        layout.addWidget(self.sealed_note)
        layout.addWidget(self.restore_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_line)

        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Save),
            self,
            self.save,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.files.attachments_changed.connect(self._on_attachments_changed)
        self._clear_form()
        self._set_enabled(False)

    # -- building ----------------------------------------------------------------------

    def _build_top(self) -> None:
        self.back_button = QPushButton(self.tr("← &Back to cases"))
        self.back_button.setAccessibleName(self.tr("Back to the list of cases"))
        self.back_button.clicked.connect(self.on_back_clicked)
        self.reference_label = plain_label(wrap=False)
        self.reference_label.setAccessibleName(self.tr("Reference"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the case"))
        self.save_button.setToolTip(self.tr("Save in your encrypted vault (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.top_bar = QHBoxLayout()
        self.top_bar.addWidget(self.back_button)
        self.top_bar.addWidget(self.reference_label, 1)
        self.top_bar.addWidget(self.save_button)

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(
            self.tr("A short title, with no names of people at risk")
        )
        self.title_edit.setMaxLength(300)
        title_label = QLabel(self.tr("Tit&le"))
        title_label.setBuddy(self.title_edit)
        self.status_combo = ChoiceCombo(self.tr("Status"))
        self.status_combo.set_choices(self._status_choices(), "draft")
        status_label = QLabel(self.tr("Stat&us"))
        status_label.setBuddy(self.status_combo)
        self.title_row = QHBoxLayout()
        self.title_row.addWidget(title_label)
        self.title_row.addWidget(self.title_edit, 1)
        self.title_row.addWidget(status_label)
        self.title_row.addWidget(self.status_combo)
        self.title_edit.textEdited.connect(self._on_changed)
        self.status_combo.changed.connect(self._on_changed)

        self.sealed_note = plain_label()
        self.sealed_note.setAccessibleName(self.tr("About exported cases"))
        self.sealed_note.hide()

        self.restore_bar = QFrame()
        self.restore_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.restore_bar.setAccessibleName(self.tr("Unsaved changes found"))
        self.restore_label = plain_label()
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the unsaved changes"))
        self.discard_button = QPushButton(self.tr("&Discard"))
        self.discard_button.setAccessibleName(self.tr("Discard the unsaved changes"))
        self.restore_button.clicked.connect(self.restore_draft)
        self.discard_button.clicked.connect(self.discard_draft)
        bar = QHBoxLayout(self.restore_bar)
        bar.addWidget(self.restore_label, 1)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.discard_button)
        self.restore_bar.hide()

        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setStyleSheet("color: #b91c1c;")
        self.message.hide()
        self.status_line = plain_label()
        self.status_line.setAccessibleName(self.tr("Save status"))

    def _status_choices(self) -> list[tuple[str, str | None]]:
        return [
            (self.tr("Draft - still being written"), "draft"),
            (self.tr("Ready to export"), "ready"),
        ]

    def _build_interview_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)

        consent_box = QGroupBox(self.tr("Consent"))
        form = QFormLayout(consent_box)
        self.consent_given = QCheckBox(self.tr("The person gave informed &consent"))
        self.consent_given.setAccessibleName(self.tr("Consent given"))
        form.addRow(self.consent_given)
        self.consent_uses: dict[str, QCheckBox] = {}
        uses_row = QHBoxLayout()
        for term in vocabularies.load("consent_uses"):
            box = QCheckBox(term.label(ui_language()))
            box.setAccessibleName(
                self.tr("Consent for: %1").replace("%1", term.label(ui_language()))
            )
            box.toggled.connect(self._on_changed)
            self.consent_uses[term.code] = box
            uses_row.addWidget(box)
        uses_row.addStretch(1)
        form.addRow(self.tr("Agreed uses"), uses_row)
        self.anonymity = VocabCombo("anonymity", self.tr("Anonymity wished"), self.tr("Not stated"))
        form.addRow(self.tr("&Anonymity"), self.anonymity)
        self.may_contact = QCheckBox(self.tr("We may contact them again"))
        self.may_contact.setAccessibleName(self.tr("May contact again"))
        form.addRow(self.may_contact)
        self.withdrawn = QCheckBox(self.tr("Consent was withdrawn"))
        self.withdrawn.setAccessibleName(self.tr("Consent withdrawn"))
        self.withdrawn_on = QLineEdit()
        self.withdrawn_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.withdrawn_on.setAccessibleName(self.tr("Day consent was withdrawn"))
        withdrawn_row = QHBoxLayout()
        withdrawn_row.addWidget(self.withdrawn)
        withdrawn_row.addWidget(QLabel(self.tr("on")))
        withdrawn_row.addWidget(self.withdrawn_on)
        withdrawn_row.addStretch(1)
        form.addRow(withdrawn_row)
        self.consent_notes = QPlainTextEdit()
        self.consent_notes.setAccessibleName(self.tr("Conditions or limits the person set"))
        self.consent_notes.setTabChangesFocus(True)
        self.consent_notes.setMaximumHeight(90)
        form.addRow(self.tr("Conditions"), self.consent_notes)
        layout.addWidget(consent_box)

        interview_box = QGroupBox(self.tr("Interview"))
        form = QFormLayout(interview_box)
        self.interview_date = QLineEdit()
        self.interview_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.interview_date.setAccessibleName(self.tr("Day of the interview"))
        form.addRow(self.tr("&Date"), self.interview_date)
        self.interview_place = PlaceEditor(self.tr("Place of the interview"))
        form.addRow(self.tr("Place"), self.interview_place)
        self.interviewer = QLineEdit()
        self.interviewer.setAccessibleName(self.tr("Interviewer's pseudonym"))
        self.interviewer.setPlaceholderText(self.tr("A pseudonym, never a real name"))
        form.addRow(self.tr("Interviewer"), self.interviewer)
        self.interpreter = QLineEdit()
        self.interpreter.setAccessibleName(self.tr("Interpreter"))
        form.addRow(self.tr("Interpreter"), self.interpreter)
        self.host_country = VocabCombo(
            "countries", self.tr("Country where the person lives now"), self.tr("Not stated")
        )
        form.addRow(self.tr("Lives now in"), self.host_country)
        self.languages = vocab_checklist("languages", self.tr("Languages of the testimony"), 4)
        form.addRow(self.tr("Languages"), self.languages)
        self.languages.changed.connect(self._on_changed)
        layout.addWidget(interview_box)
        layout.addStretch(1)

        self.consent_given.toggled.connect(self._on_consent_toggled)
        for widget in (self.may_contact, self.withdrawn):
            widget.toggled.connect(self._on_changed)
        self.withdrawn.toggled.connect(lambda on: self.withdrawn_on.setEnabled(on))
        for line in (self.withdrawn_on, self.interview_date, self.interviewer, self.interpreter):
            line.textEdited.connect(self._on_changed)
        self.consent_notes.textChanged.connect(self._on_changed)
        for combo in (self.anonymity, self.host_country, self.interview_place):
            combo.changed.connect(self._on_changed)
        return _scrolled(page)

    def _build_story_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setPlaceholderText(self.tr("A few lines that say what the case is about"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(100)
        form.addRow(self.tr("Su&mmary"), self.summary)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Keywords, separated by commas"))
        form.addRow(self.tr("T&ags"), self.tags)
        layout.addLayout(form)
        narrative_label = QLabel(self.tr("The testimony in full"))
        self.narrative = QPlainTextEdit()
        self.narrative.setAccessibleName(self.tr("Testimony"))
        self.narrative.setTabChangesFocus(True)
        font = self.narrative.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.25)
        self.narrative.setFont(font)
        narrative_label.setBuddy(self.narrative)
        layout.addWidget(narrative_label)
        layout.addWidget(self.narrative, 1)
        self.summary.textChanged.connect(self._on_changed)
        self.narrative.textChanged.connect(self._on_changed)
        self.tags.textEdited.connect(self._on_changed)
        return page

    def _build_people_tab(self) -> QWidget:
        self.persons_model = PersonListModel()
        self.person_list = QListView()
        self.person_list.setModel(self.persons_model)
        self.person_list.setAccessibleName(self.tr("People in the case"))
        self.person_list.selectionModel().currentChanged.connect(self._on_person_selected)
        self.add_person_button = QPushButton(self.tr("Add a person"))
        self.add_person_button.setAccessibleName(self.tr("Add a person"))
        self.remove_person_button = QPushButton(self.tr("Remove"))
        self.remove_person_button.setAccessibleName(self.tr("Remove the selected person"))
        self.add_person_button.clicked.connect(self.add_person)
        self.remove_person_button.clicked.connect(self.remove_person)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.person_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.remove_person_button)
        left_layout.addLayout(buttons)

        self.person_form = QWidget()
        form = QFormLayout(self.person_form)
        self.show_protected = QPushButton(self.tr("Sho&w protected details"))
        self.show_protected.setCheckable(True)
        self.show_protected.setAccessibleName(self.tr("Show protected details"))
        self.show_protected.toggled.connect(self._apply_masks)
        note = plain_label(
            self.tr(
                "Protected details are shown as dots until you press Show, and can be left out "
                "when the case is exported."
            )
        )
        form.addRow(self.show_protected)
        form.addRow(note)
        self.person_id_label = plain_label(wrap=False)
        self.person_id_label.setAccessibleName(self.tr("Person's identifier in this case"))
        form.addRow(self.tr("Identifier"), self.person_id_label)
        self.p_role = VocabCombo("roles", self.tr("Role"), self.tr("Not stated"))
        form.addRow(self.tr("&Role"), self.p_role)

        self.p_real_name = QLineEdit()
        self.p_pseudonym = QLineEdit()
        self.p_birth_year = QLineEdit()
        self.p_birth_year.setValidator(QIntValidator(1900, 2100, self.p_birth_year))
        self.p_contact = QLineEdit()
        self.p_sex = VocabCombo("sex", self.tr("Sex"), self.tr("Not stated"))
        self.p_nationality = vocab_checklist("countries", self.tr("Nationality"), rows=4)
        self.p_location = PlaceEditor(self.tr("Where the person lives now"))
        self.p_relation = VocabCombo(
            "relations", self.tr("Relation to the victim"), self.tr("Not stated")
        )
        self.p_related = ChoiceCombo(self.tr("Which victim the relation is to"))
        names = {
            "real_name": self.tr("Real name"),
            "pseudonym": self.tr("Pseudonym"),
            "sex": self.tr("Sex"),
            "birth_year": self.tr("Year of birth"),
            "nationality": self.tr("Nationality"),
            "location": self.tr("Lives in"),
            "relation_to_victim": self.tr("Relation to the victim"),
            "contact": self.tr("Contact"),
        }
        self.p_lines = {
            "real_name": self.p_real_name,
            "pseudonym": self.p_pseudonym,
            "birth_year": self.p_birth_year,
            "contact": self.p_contact,
        }
        for field, line in self.p_lines.items():
            line.setAccessibleName(names[field])
            line.textEdited.connect(self._on_person_edited)
        self.p_masked = {
            "sex": Masked(self.p_sex, names["sex"]),
            "nationality": Masked(self.p_nationality, names["nationality"]),
            "location": Masked(self.p_location, names["location"]),
            "relation_to_victim": Masked(self.p_relation, names["relation_to_victim"]),
        }
        self.p_protected: dict[str, QCheckBox] = {}
        for field in PROTECTABLE:
            box = QCheckBox(self.tr("Protected"))
            box.setAccessibleName(self.tr("Protect: %1").replace("%1", names[field]))
            box.toggled.connect(self._on_person_edited)
            box.toggled.connect(self._apply_masks)
            self.p_protected[field] = box
            row = QHBoxLayout()
            editor = self.p_lines.get(field) or self.p_masked[field]
            row.addWidget(editor, 1)
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            form.addRow(names[field], row)
            if field == "relation_to_victim":
                form.addRow(self.tr("Relation is to"), self.p_related)
        for combo in (self.p_role, self.p_sex, self.p_relation, self.p_location):
            combo.changed.connect(self._on_person_edited)
        self.p_nationality.changed.connect(self._on_person_edited)
        self.p_related.changed.connect(self._on_person_edited)
        self.person_form.setEnabled(False)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(_scrolled(self.person_form))
        splitter.setStretchFactor(1, 3)
        return splitter

    def _build_events_tab(self) -> QWidget:
        self.events_model = EventListModel()
        self.event_list = QListView()
        self.event_list.setModel(self.events_model)
        self.event_list.setAccessibleName(self.tr("Events of the case"))
        self.event_list.selectionModel().currentChanged.connect(self._on_event_selected)
        self.add_event_button = QPushButton(self.tr("Add an event"))
        self.add_event_button.setAccessibleName(self.tr("Add an event"))
        self.remove_event_button = QPushButton(self.tr("Remove"))
        self.remove_event_button.setAccessibleName(self.tr("Remove the selected event"))
        self.add_event_button.clicked.connect(self.add_event)
        self.remove_event_button.clicked.connect(self.remove_event)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.event_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_event_button)
        buttons.addWidget(self.remove_event_button)
        left_layout.addLayout(buttons)

        self.event_form = QWidget()
        form = QFormLayout(self.event_form)
        self.e_date = QLineEdit()
        self.e_date.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.e_date.setAccessibleName(self.tr("Date of the event"))
        self.e_precision = VocabCombo(
            "date_precision", self.tr("How exact the date is"), self.tr("Precision not stated")
        )
        date_row = QHBoxLayout()
        date_row.addWidget(self.e_date, 1)
        date_row.addWidget(self.e_precision, 1)
        when_label = QLabel(self.tr("&When"))
        when_label.setBuddy(self.e_date)
        form.addRow(when_label, date_row)
        self.e_place = PlaceEditor(self.tr("Where the event happened"))
        form.addRow(self.tr("Where"), self.e_place)
        self.e_acts = vocab_checklist("acts", self.tr("What was done"), rows=6)
        form.addRow(self.tr("What was done"), self.e_acts)
        self.e_perpetrators = vocab_checklist("perpetrator_types", self.tr("Who did it"), rows=5)
        form.addRow(self.tr("Who did it"), self.e_perpetrators)
        self.e_victims = Checklist(self.tr("To whom"), rows=3)
        form.addRow(self.tr("To whom"), self.e_victims)
        self.e_description = QPlainTextEdit()
        self.e_description.setAccessibleName(self.tr("What happened"))
        self.e_description.setTabChangesFocus(True)
        self.e_description.setMinimumHeight(80)
        form.addRow(self.tr("What happened"), self.e_description)
        self.e_date.textEdited.connect(self._on_event_edited)
        for widget in (
            self.e_precision,
            self.e_place,
            self.e_acts,
            self.e_perpetrators,
            self.e_victims,
        ):
            widget.changed.connect(self._on_event_edited)
        self.e_description.textChanged.connect(self._on_event_edited)
        self.event_form.setEnabled(False)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(_scrolled(self.event_form))
        splitter.setStretchFactor(1, 3)
        return splitter

    def _build_history_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.history_model = HistoryModel()
        self.history_view = QTableView()
        self.history_view.setModel(self.history_model)
        self.history_view.setAccessibleName(self.tr("Saved versions"))
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.verticalHeader().hide()
        self.history_view.doubleClicked.connect(lambda _i: self.view_revision())
        self.view_revision_button = QPushButton(self.tr("&View this version"))
        self.view_revision_button.setAccessibleName(self.tr("View the selected version"))
        self.view_revision_button.clicked.connect(self.view_revision)
        self.revision_title = plain_label()
        self.revision_view = QPlainTextEdit()
        self.revision_view.setReadOnly(True)
        self.revision_view.setAccessibleName(self.tr("The selected version, read-only"))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Every save is kept as a version. An exported version is sealed and never "
                    "changes."
                )
            )
        )
        layout.addWidget(self.history_view, 1)
        layout.addWidget(self.view_revision_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.revision_title)
        layout.addWidget(self.revision_view, 2)
        return page

    # -- the interface the main window uses --------------------------------------------

    def show_vault(self, vault: Vault | None) -> None:
        if vault is None:
            self._keep_draft_quietly()  # the vault may still be open when locking starts
        self.autosave.stop()
        self.status_tick.stop()
        self.vault = vault
        self.case_id = None
        self.files.show_vault(vault)
        self._clear_form()
        self._set_enabled(False)

    def open_case(self, case_id: str | None) -> None:
        if self.vault is not None and self._dirty:
            self._keep_draft_quietly()
        self.autosave.stop()
        self.status_tick.stop()
        self._clear_form()
        vault = self.vault
        if vault is None:
            return
        offer: Draft | None = None
        if case_id is None:
            self.case_id = None
            self._record = {"schema_version": 1, "title": "", "consent": {"given": False}}
            self._base_revision = None
            self._draft_key = draft_svc.new_key()
            offer = draft_svc.new_case_draft(vault)
            self.status_line.setText(self.tr("New case, not saved yet."))
        else:
            try:
                case = case_svc.show_case(vault, case_id)
                revisions = case_svc.case_history(vault, case.summary.id)
                offer = draft_svc.draft_for_case(vault, case.summary.id)
            except Exception as err:
                if explain(err) is None:
                    raise
                self._show_error(err)
                return
            self.case_id = case.summary.id
            self._record = copy.deepcopy(case.record)
            self._base_revision = case.revision
            self._draft_key = case.summary.id
            self.history_model.set_revisions(revisions)
            self.status_line.setText(
                self.tr("Saved in your encrypted vault on %1.").replace(
                    "%1", local_time(case.summary.updated_at)
                )
            )
        self._load_form(self._record)
        self.files.set_case(self.case_id)
        self._set_enabled(True)
        if offer is not None:
            self._offer(offer)
        else:
            self.title_edit.setFocus()

    # -- reading and writing the form --------------------------------------------------

    def _load_form(self, record: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.title_edit.setText(str(record.get("title", "")))
            status = record.get("status", "draft")
            self.status_combo.set_choices(
                self._status_choices(), status if status in ("draft", "ready") else "draft"
            )
            if self.case_id is not None:
                self.reference_label.setText(
                    self.tr("Case %1").replace("%1", str(record.get("reference", "")))
                )
            else:
                self.reference_label.setText(self.tr("New case"))
            if status in ("exported", "delivered"):
                self.sealed_note.setText(
                    self.tr(
                        "This case was exported. You can still change it: saving keeps your "
                        "changes as a new draft version, and the exported copy stays as it was."
                    )
                )
                self.sealed_note.show()
            else:
                self.sealed_note.hide()

            consent = record.get("consent") or {}
            self.consent_given.setChecked(bool(consent.get("given")))
            uses = set(consent.get("uses") or [])
            for code, box in self.consent_uses.items():
                box.setChecked(code in uses)
                box.setEnabled(bool(consent.get("given")))
            self.anonymity.set_code(consent.get("anonymity"))
            self.may_contact.setChecked(bool(consent.get("may_contact")))
            self.withdrawn.setChecked(bool(consent.get("withdrawn")))
            self.withdrawn_on.setText(str(consent.get("withdrawn_on", "")))
            self.withdrawn_on.setEnabled(bool(consent.get("withdrawn")))
            self.consent_notes.setPlainText(str(consent.get("notes", "")))
            interview = record.get("interview") or {}
            self.interview_date.setText(str(interview.get("date", "")))
            self.interview_place.set_value(interview.get("place"))
            self.interviewer.setText(str(interview.get("interviewer_pseudonym", "")))
            self.interpreter.setText(str(interview.get("interpreter", "")))
            self.host_country.set_code(record.get("host_country"))
            self.languages.set_codes(record.get("languages") or [])

            self.summary.setPlainText(str(record.get("summary", "")))
            self.narrative.setPlainText(str(record.get("narrative", "")))
            self._tags_loaded = ", ".join(str(t) for t in record.get("tags") or [])
            self.tags.setText(self._tags_loaded)

            self.persons_model.set_persons(copy.deepcopy(list(record.get("persons") or [])))
            self.events_model.set_events(copy.deepcopy(list(record.get("events") or [])))
            self._person_row = -1
            self._event_row = -1
            self._clear_person_form()
            self._clear_event_form()
            if self.persons_model.rowCount():
                self.person_list.setCurrentIndex(self.persons_model.index(0, 0))
            if self.events_model.rowCount():
                self.event_list.setCurrentIndex(self.events_model.index(0, 0))
        finally:
            self._loading = False

    def collect(self) -> dict[str, Any]:
        """The record as the form shows it, with every field the editor does not show kept
        from the record that was opened."""
        record = copy.deepcopy(self._record)
        if self.case_id is None:
            record.pop("id", None)
            record.pop("revision", None)
        record["schema_version"] = 1
        record["title"] = self.title_edit.text().strip()
        record["status"] = self.status_combo.value() or "draft"
        _put(record, "host_country", self.host_country.code())
        languages = self.languages.codes()
        if set(languages) != set(record.get("languages") or []):
            _put(record, "languages", languages)  # unchanged: keep the record's order

        consent = dict(record.get("consent") or {})
        given = self.consent_given.isChecked()
        consent["given"] = given
        uses = [c for c, box in self.consent_uses.items() if box.isChecked()] if given else []
        _put(consent, "uses", uses)
        _put(consent, "anonymity", self.anonymity.code())
        for key, box in (("may_contact", self.may_contact), ("withdrawn", self.withdrawn)):
            if box.isChecked() or key in consent:
                consent[key] = box.isChecked()
        _put(consent, "withdrawn_on", self.withdrawn_on.text().strip())
        _put(consent, "notes", self.consent_notes.toPlainText())
        record["consent"] = consent

        interview = dict(record.get("interview") or {})
        _put(interview, "date", self.interview_date.text().strip())
        _put(interview, "place", self.interview_place.value(interview.get("place")))
        _put(interview, "interviewer_pseudonym", self.interviewer.text().strip())
        _put(interview, "interpreter", self.interpreter.text().strip())
        _put(record, "interview", interview)

        _put(record, "summary", self.summary.toPlainText())
        _put(record, "narrative", self.narrative.toPlainText())
        if self.tags.text() != self._tags_loaded:
            tags = [t.strip() for t in self.tags.text().split(",")]
            _put(record, "tags", list(dict.fromkeys(t for t in tags if t)))
        _put(record, "persons", copy.deepcopy(self.persons_model.persons))
        _put(record, "events", copy.deepcopy(self.events_model.events))
        return record

    def _clear_form(self) -> None:
        """Empty every field and forget the case (on lock, on Back, before opening)."""
        self._loading = True
        try:
            self.case_id = None
            self._record = {}
            self._base_revision = None
            self._draft_key = None
            self._offered = None
            self._dirty = False
            self._last_draft = None
            self._saved_mono = None
            self._tags_loaded = ""
            self._person_row = -1
            self._event_row = -1
            self.persons_model.set_persons([])
            self.events_model.set_events([])
            self.history_model.set_revisions([])
            self._clear_person_form()
            self._clear_event_form()
            self.show_protected.setChecked(False)
            self.status_combo.set_choices(self._status_choices(), "draft")
            for box in (
                self.consent_given,
                self.may_contact,
                self.withdrawn,
                *self.consent_uses.values(),
            ):
                box.setChecked(False)
            for combo in (self.anonymity, self.host_country):
                combo.set_code(None)
            self.languages.clear()
            self.interview_place.clear()
            for line in (
                self.title_edit,
                self.withdrawn_on,
                self.interview_date,
                self.interviewer,
                self.interpreter,
                self.tags,
            ):
                line.clear()
            for text in (self.consent_notes, self.summary, self.narrative, self.revision_view):
                text.clear()
            for label in (
                self.reference_label,
                self.restore_label,
                self.message,
                self.revision_title,
                self.status_line,
                self.sealed_note,
            ):
                label.clear()
            self.message.hide()
            self.sealed_note.hide()
            self.restore_bar.hide()
            # Anything the lists above missed: no text of a case stays in a widget.
            for line in self._own(QLineEdit):
                if line.echoMode() == QLineEdit.EchoMode.Password and line.isReadOnly():
                    continue  # the dots of a masked field hold no case text
                if not isinstance(line.parent(), QComboBox):
                    line.clear()
            for text in self._own(QPlainTextEdit):
                text.clear()
        finally:
            self._loading = False

    def _own(self, kind: type[Any]) -> list[Any]:
        """Widgets of `kind` in the editor, leaving out the Files tab (it clears itself)."""
        return [
            w
            for w in self.findChildren(kind)
            if w is not self.files and not self.files.isAncestorOf(w)
        ]

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.tabs, self.title_edit, self.status_combo, self.save_button):
            widget.setEnabled(enabled)

    # -- changes, drafts and saving ----------------------------------------------------

    def _on_changed(self, *_args: object) -> None:
        if self._loading or self.vault is None or self._draft_key is None:
            return
        self._dirty = True
        self.message.hide()
        self.autosave.start()  # restarted on every change: a draft 3 s after the last one
        self.status_tick.stop()
        self.status_line.setText(self.tr("Changes not saved yet."))

    def keep_draft(self) -> bool:
        """Keep the record being edited as a draft in the vault (one small write)."""
        self.autosave.stop()
        vault, key = self.vault, self._draft_key
        if vault is None or key is None or not self._dirty:
            return False
        record = self.collect()
        text = encode(record)
        if text == self._last_draft:
            return False
        try:
            draft_svc.keep_draft(vault, key, record, self._base_revision, encoded=text)
        except Exception as err:
            if explain(err) is None and not isinstance(err, ValueError):
                raise
            self.status_line.setText(
                self.tr("Your changes could not be kept as a draft: %1").replace(
                    "%1", error_text(err)
                )
            )
            return False
        self._last_draft = text
        self.status_line.setText(self.tr("Draft kept in your encrypted vault."))
        return True

    def _keep_draft_quietly(self) -> None:
        """Best effort, on lock and when leaving the case: the vault may be closing."""
        if self.vault is None or not self._dirty:
            return
        with contextlib.suppress(Exception):
            self.keep_draft()

    def save(self) -> bool:
        vault = self.vault
        if vault is None or not self.save_button.isEnabled():
            return False
        self.autosave.stop()
        record = self.collect()
        try:
            if self.case_id is None:
                summary = case_svc.add_case(vault, record)
            else:
                summary = case_svc.edit_case(vault, self.case_id, record)
        except Exception as err:
            if explain(err) is None:
                raise
            self._show_error(err)
            return False
        old_key = self._draft_key
        was_new = self.case_id is None
        self.case_id = summary.id
        self._draft_key = summary.id
        for key in {old_key, summary.id}:
            if key is not None:
                with contextlib.suppress(Exception):
                    draft_svc.discard_draft(vault, key)
        case = case_svc.show_case(vault, summary.id)
        self._record = copy.deepcopy(case.record)
        self._base_revision = case.revision
        self._dirty = False
        self._last_draft = None
        self._tags_loaded = ", ".join(str(t) for t in self._record.get("tags") or [])
        self._loading = True
        self.tags.setText(self._tags_loaded)
        self._loading = False
        self.reference_label.setText(self.tr("Case %1").replace("%1", summary.reference))
        self.sealed_note.hide()
        self.message.hide()
        self.history_model.set_revisions(case_svc.case_history(vault, summary.id))
        if was_new:
            self.files.set_case(summary.id)
        self._saved_mono = time.monotonic()
        self._refresh_saved_status()
        self.status_tick.start()
        self.case_saved.emit(summary.id)
        return True

    def _refresh_saved_status(self) -> None:
        if self._saved_mono is None or self._dirty:
            self.status_tick.stop()
            return
        seconds = int(time.monotonic() - self._saved_mono)
        if seconds < 5:
            text = self.tr("Saved in your encrypted vault just now.")
        elif seconds < 60:
            text = self.tr("Saved in your encrypted vault %n seconds ago.", "", seconds)
        elif seconds < 120:
            text = self.tr("Saved in your encrypted vault a minute ago.")
        else:
            text = self.tr("Saved in your encrypted vault %n minutes ago.", "", seconds // 60)
        self.status_line.setText(text)

    def _show_error(self, err: BaseException) -> None:
        self.message.setText(error_text(err))
        self.message.show()
        if isinstance(err, CaseInvalid):
            where = err.where
            tab = {
                "interview": 0,
                "consent": 0,
                "host_country": 0,
                "languages": 0,
                "summary": 1,
                "narrative": 1,
                "tags": 1,
                "persons": 2,
                "events": 3,
            }
            for prefix, index in tab.items():
                if where.startswith(prefix):
                    self.tabs.setCurrentIndex(index)
                    break
            if where.startswith("title"):
                self.title_edit.setFocus()

    def on_back_clicked(self) -> None:
        self._keep_draft_quietly()
        self.autosave.stop()
        self.status_tick.stop()
        self._clear_form()
        self._set_enabled(False)
        self.files.set_case(None)
        self.closed.emit()

    # -- the restore offer -------------------------------------------------------------

    def _offer(self, draft: Draft) -> None:
        self._offered = draft
        self.restore_label.setText(
            self.tr("Unsaved changes from %1 were found. Restore them?").replace(
                "%1", local_time(draft.saved_at)
            )
        )
        self.restore_bar.show()
        # One decision first: nothing is typed over the draft before it is restored or
        # discarded.
        self._set_enabled(False)
        self.restore_button.setFocus()

    def restore_draft(self) -> None:
        draft, vault = self._offered, self.vault
        if draft is None or vault is None:
            return
        self._offered = None
        self.restore_bar.hide()
        self._draft_key = draft.key
        record = copy.deepcopy(draft.record)
        if self.case_id is None:
            record.pop("id", None)
        self._record = record
        self._load_form(record)
        self._dirty = True
        self._last_draft = encode(self.collect())
        self._set_enabled(True)
        self.status_line.setText(
            self.tr(
                "Your unsaved changes are back. Draft kept in your encrypted vault; save to keep "
                "them as a new version."
            )
        )
        self.title_edit.setFocus()

    def discard_draft(self) -> None:
        draft, vault = self._offered, self.vault
        self._offered = None
        self.restore_bar.hide()
        if draft is not None and vault is not None:
            try:
                draft_svc.discard_draft(vault, draft.key)
            except Exception as err:
                if explain(err) is None:
                    raise
                self._show_error(err)
        self._set_enabled(vault is not None)
        self.title_edit.setFocus()

    # -- people ------------------------------------------------------------------------

    def add_person(self) -> None:
        ids = [str(p.get("id", "")) for p in self.persons_model.persons]
        row = self.persons_model.append({"id": _next_id("p", ids), "role": "victim"})
        self.person_list.setCurrentIndex(self.persons_model.index(row, 0))
        self._on_changed()
        self.p_role.setFocus()

    def remove_person(self) -> None:
        row = self.person_list.currentIndex().row()
        if not 0 <= row < self.persons_model.rowCount():
            return
        self._person_row = -1
        removed = str(self.persons_model.remove(row).get("id", ""))
        # Nothing may keep pointing at the removed person.
        for person in self.persons_model.persons:
            if person.get("related_victim") == removed:
                person.pop("related_victim")
        for event in self.events_model.events:
            if removed in (event.get("victims") or []):
                _put(event, "victims", [v for v in event["victims"] if v != removed])
        self._on_person_selected(self.person_list.currentIndex())
        self._refresh_event_form()
        self._on_changed()

    def _on_person_selected(self, current: QModelIndex, *_args: object) -> None:
        self.show_protected.setChecked(False)  # re-mask when switching person
        row = current.row() if current.isValid() else -1
        self._person_row = row
        if row < 0:
            self._clear_person_form()
            return
        person = self.persons_model.persons[row]
        was_loading = self._loading
        self._loading = True
        try:
            self.person_form.setEnabled(True)
            self.person_id_label.setText(str(person.get("id", "")))
            self.p_role.set_code(person.get("role"))
            self.p_real_name.setText(str(person.get("real_name", "")))
            self.p_pseudonym.setText(str(person.get("pseudonym", "")))
            self.p_birth_year.setText(str(person.get("birth_year", "")))
            self.p_contact.setText(str(person.get("contact", "")))
            self.p_sex.set_code(person.get("sex"))
            self.p_nationality.set_codes(person.get("nationality") or [])
            self.p_location.set_value(person.get("location"))
            self.p_relation.set_code(person.get("relation_to_victim"))
            self._fill_related(person)
            protected = set(person.get("protected") or [])
            for field, box in self.p_protected.items():
                box.setChecked(field in protected)
        finally:
            self._loading = was_loading
        self._apply_masks()

    def _fill_related(self, person: dict[str, Any]) -> None:
        choices: list[tuple[str, str | None]] = [(self.tr("Not stated"), None)]
        for other in self.persons_model.persons:
            if other is not person:
                choices.append((personterm_label(other), str(other.get("id"))))
        self.p_related.set_choices(choices, person.get("related_victim"))

    def _clear_person_form(self) -> None:
        was_loading = self._loading
        self._loading = True
        try:
            self.person_id_label.clear()
            for line in self.p_lines.values():
                line.clear()
            for combo in (self.p_role, self.p_sex, self.p_relation):
                combo.set_code(None)
            self.p_nationality.clear()
            self.p_location.clear()
            self.p_related.set_choices([(self.tr("Not stated"), None)], None)
            for box in self.p_protected.values():
                box.setChecked(False)
            self.person_form.setEnabled(False)
        finally:
            self._loading = was_loading
        self._apply_masks()

    def _apply_masks(self, *_args: object) -> None:
        reveal = self.show_protected.isChecked()
        for field, box in self.p_protected.items():
            masked = box.isChecked() and not reveal
            if field in self.p_lines:
                self.p_lines[field].setEchoMode(
                    QLineEdit.EchoMode.Password if masked else QLineEdit.EchoMode.Normal
                )
            else:
                self.p_masked[field].set_masked(masked)

    def _on_person_edited(self, *_args: object) -> None:
        if self._loading or not 0 <= self._person_row < self.persons_model.rowCount():
            return
        person = self.persons_model.persons[self._person_row]
        person["role"] = self.p_role.code() or str(person.get("role") or "other")
        for field in ("real_name", "pseudonym", "contact"):
            value = self.p_lines[field].text()
            _put(person, field, value if field == "contact" else value.strip())
        year = self.p_birth_year.text().strip()
        _put(person, "birth_year", int(year) if year.isdigit() else None)
        _put(person, "sex", self.p_sex.code())
        _put(person, "nationality", self.p_nationality.codes())
        _put(person, "location", self.p_location.value(person.get("location")))
        _put(person, "relation_to_victim", self.p_relation.code())
        _put(person, "related_victim", self.p_related.value())
        _put(person, "protected", [f for f in PROTECTABLE if self.p_protected[f].isChecked()])
        self.persons_model.row_changed(self._person_row)
        self._on_changed()

    # -- events ------------------------------------------------------------------------

    def add_event(self) -> None:
        ids = [str(e.get("id", "")) for e in self.events_model.events]
        row = self.events_model.append({"id": _next_id("e", ids)})
        self.event_list.setCurrentIndex(self.events_model.index(row, 0))
        self._on_changed()
        self.e_date.setFocus()

    def remove_event(self) -> None:
        row = self.event_list.currentIndex().row()
        if not 0 <= row < self.events_model.rowCount():
            return
        self._event_row = -1
        self.events_model.remove(row)
        self._on_event_selected(self.event_list.currentIndex())
        self._on_changed()

    def _victim_choices(self) -> list[tuple[str, str]]:
        return [(str(p.get("id")), personterm_label(p)) for p in self.persons_model.persons]

    def _on_event_selected(self, current: QModelIndex, *_args: object) -> None:
        row = current.row() if current.isValid() else -1
        self._event_row = row
        if row < 0:
            self._clear_event_form()
            return
        event = self.events_model.events[row]
        was_loading = self._loading
        self._loading = True
        try:
            self.event_form.setEnabled(True)
            date = event.get("date") or {}
            self.e_date.setText(str(date.get("value", "")))
            self.e_precision.set_code(date.get("precision"))
            self.e_place.set_value(event.get("place"))
            self.e_acts.set_codes(event.get("acts") or [])
            self.e_perpetrators.set_codes(event.get("perpetrator_types") or [])
            self.e_victims.set_items(self._victim_choices())
            self.e_victims.set_codes(event.get("victims") or [])
            self.e_description.setPlainText(str(event.get("description", "")))
        finally:
            self._loading = was_loading

    def _refresh_event_form(self) -> None:
        if 0 <= self._event_row < self.events_model.rowCount():
            self._on_event_selected(self.events_model.index(self._event_row, 0))

    def _clear_event_form(self) -> None:
        was_loading = self._loading
        self._loading = True
        try:
            self.e_date.clear()
            self.e_precision.set_code(None)
            self.e_place.clear()
            self.e_acts.clear()
            self.e_perpetrators.clear()
            self.e_victims.set_items([])
            self.e_description.clear()
            self.event_form.setEnabled(False)
        finally:
            self._loading = was_loading

    def _on_event_edited(self, *_args: object) -> None:
        if self._loading or not 0 <= self._event_row < self.events_model.rowCount():
            return
        event = self.events_model.events[self._event_row]
        value = self.e_date.text().strip()
        precision = self.e_precision.code()
        if precision is None and value:
            precision = {10: "day", 7: "month", 4: "year"}.get(len(value), "approximate")
        if precision == "unknown":
            event["date"] = {"precision": "unknown"}
        elif precision is not None:
            date: dict[str, Any] = {"precision": precision}
            _put(date, "value", value)
            event["date"] = date
        else:
            event.pop("date", None)
        _put(event, "place", self.e_place.value(event.get("place")))
        _put(event, "acts", self.e_acts.codes())
        _put(event, "perpetrator_types", self.e_perpetrators.codes())
        _put(event, "victims", self.e_victims.codes())
        _put(event, "description", self.e_description.toPlainText())
        self.events_model.row_changed(self._event_row)
        self._on_changed()

    # -- history, tabs, files ----------------------------------------------------------

    def view_revision(self) -> None:
        vault = self.vault
        index = self.history_view.currentIndex()
        if vault is None or self.case_id is None or not index.isValid():
            return
        revision: Revision = self.history_model.revisions[index.row()]
        try:
            case = case_svc.show_case(vault, self.case_id, revision.revision)
        except Exception as err:
            if explain(err) is None:
                raise
            self._show_error(err)
            return
        self.revision_title.setText(
            self.tr("Version %1, saved %2 (read-only; protected details hidden)")
            .replace("%1", str(revision.revision))
            .replace("%2", local_time(revision.saved_at))
        )
        self.revision_view.setPlainText(
            render_text(case.record, ui_language(), reveal_protected=False)
        )

    def _on_consent_toggled(self, given: bool) -> None:
        for box in self.consent_uses.values():
            box.setEnabled(given)  # uses count only when consent was given
        self._on_changed()

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is not None and index == 3:
            self._refresh_event_form()  # people may have changed since
        self.show_protected.setChecked(False)

    def _on_attachments_changed(self) -> None:
        vault = self.vault
        if vault is None or self.case_id is None:
            return
        with contextlib.suppress(Exception):
            self.history_model.set_revisions(case_svc.case_history(vault, self.case_id))


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


__all__ = ["CaseEditor", "EventListModel", "HistoryModel", "PersonListModel"]
