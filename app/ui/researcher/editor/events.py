"""The editor's "Events" tab: what happened, in a list, and the form of the one chosen
(when, where, what was done, by whom, to whom, and what happened in the person's words).

Record key: ``events``. "To whom" offers the persons of the People tab, named as that tab
names them.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.common import look
from app.ui.common.checklist import Checklist, vocab_checklist
from app.ui.common.pickers import VocabCombo, term_label
from app.ui.common.place import PlaceEditor
from app.ui.common.table import Column, RecordTable
from app.ui.researcher.editor.form import next_id, put, scrolled, translate
from app.ui.researcher.editor.people import PersonListModel, person_label

Event = dict[str, Any]
# How exact a date typed without a precision is, by its length: 2025-10-14, 2025-10, 2025.
_PRECISION_BY_LENGTH = {10: "day", 7: "month", 4: "year"}


def event_label(event: Event) -> str:
    """An event in the list: its date, its first act, its country."""
    parts = [str((event.get("date") or {}).get("value") or translate("CaseEditor", "no date"))]
    acts = event.get("acts") or []
    if acts:
        parts.append(term_label("acts", acts[0]) + ("…" if len(acts) > 1 else ""))
    country = (event.get("place") or {}).get("country")
    if country:
        parts.append(term_label("countries", country))
    return " · ".join(parts)


class EventListModel(RecordTable[Event]):
    """The events of the case being edited (the dicts themselves, edited in place)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("CaseEditor", (Column(
            "", event_label, sort=lambda e: str((e.get("date") or {}).get("value", ""))),),
            parent)

    @property
    def events(self) -> list[Event]:
        return self.rows

    def set_events(self, events: list[Event]) -> None:
        self.set_rows(events)


class EventsTab(QWidget):
    """The events list and the chosen event's form; `changed` on every edit the user
    makes."""

    changed = Signal()
    FIELDS = ("events",)

    def __init__(self, persons: PersonListModel) -> None:
        super().__init__()
        self.persons = persons
        self._loading = False
        self._forgotten: tuple[str, list[str]] = ("", [])  # the person removed last, and
        # the events that named them
        self._row = -1
        self.events_model = EventListModel(self)
        self.event_list = QListView()
        self.event_list.setModel(self.events_model)
        self.event_list.setAccessibleName(translate("CaseEditor", "Events of the case"))
        self.event_list.selectionModel().currentChanged.connect(self._on_event_selected)
        self.add_event_button = QPushButton(translate("CaseEditor", "Add an event"))
        look.with_icon(self.add_event_button, "calendar-plus")
        self.add_event_button.setAccessibleName(translate("CaseEditor", "Add an event"))
        self.remove_event_button = QPushButton(translate("CaseEditor", "Remove"))
        look.with_icon(self.remove_event_button, "trash-2")
        self.remove_event_button.setAccessibleName(
            translate("CaseEditor", "Remove the selected event"))
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
        self._build_form(QFormLayout(self.event_form))
        self.event_form.setEnabled(False)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scrolled(self.event_form))
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _build_form(self, form: QFormLayout) -> None:
        self.e_date = QLineEdit()
        self.e_date.setPlaceholderText(translate("CaseEditor", "YYYY, YYYY-MM or YYYY-MM-DD"))
        self.e_date.setAccessibleName(translate("CaseEditor", "Date of the event"))
        self.e_precision = VocabCombo(
            "date_precision", translate("CaseEditor", "How exact the date is"),
            translate("CaseEditor", "Precision not stated"))
        date_row = QHBoxLayout()
        date_row.addWidget(self.e_date, 1, Qt.AlignmentFlag.AlignTop)
        date_row.addWidget(self.e_precision.field(), 1)
        when_label = QLabel(translate("CaseEditor", "&When"))
        when_label.setBuddy(self.e_date)
        form.addRow(when_label, date_row)
        self.e_place = PlaceEditor(translate("CaseEditor", "Where the event happened"))
        form.addRow(translate("CaseEditor", "Where"), self.e_place)
        self.e_acts = vocab_checklist("acts", translate("CaseEditor", "What was done"), rows=6)
        form.addRow(translate("CaseEditor", "What was done"), self.e_acts)
        self.e_perpetrators = vocab_checklist(
            "perpetrator_types", translate("CaseEditor", "Who did it"), rows=5)
        form.addRow(translate("CaseEditor", "Who did it"), self.e_perpetrators)
        self.e_victims = Checklist(translate("CaseEditor", "To whom"), rows=3)
        form.addRow(translate("CaseEditor", "To whom"), self.e_victims)
        self.e_description = QPlainTextEdit()
        self.e_description.setAccessibleName(translate("CaseEditor", "What happened"))
        self.e_description.setTabChangesFocus(True)
        self.e_description.setMinimumHeight(80)
        form.addRow(translate("CaseEditor", "What happened"), self.e_description)
        self.e_date.textEdited.connect(self._on_event_edited)
        for widget in (self.e_precision, self.e_place, self.e_acts, self.e_perpetrators,
                       self.e_victims):
            widget.changed.connect(self._on_event_edited)
        self.e_description.textChanged.connect(self._on_event_edited)

    # -- the record ----------------------------------------------------------------------

    def load(self, record: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.events_model.set_events(copy.deepcopy(list(record.get("events") or [])))
            self._row = -1
            self._clear_event_form()
            if self.events_model.rowCount():
                self.event_list.setCurrentIndex(self.events_model.index(0, 0))
        finally:
            self._loading = False

    def collect(self, record: dict[str, Any]) -> None:
        """Write the events into `record` (each keeps the keys the form does not show)."""
        put(record, "events", copy.deepcopy(self.events_model.events))

    def clear(self) -> None:
        self._loading = True
        try:
            self._row = -1
            self.events_model.set_events([])
            self._clear_event_form()
        finally:
            self._loading = False

    def forget_person(self, person_id: str) -> None:
        """A person was removed: no event may keep naming them (until an Undo)."""
        named = []
        for event in self.events_model.events:
            if person_id in (event.get("victims") or []):
                put(event, "victims", [v for v in event["victims"] if v != person_id])
                named.append(str(event.get("id", "")))
        self._forgotten = (person_id, named)
        self.refresh_form()

    def restore_person(self, person_id: str) -> None:
        """The removal of a person was undone: the events that named them do again."""
        forgotten_id, named = self._forgotten
        if forgotten_id != person_id:
            return
        self._forgotten = ("", [])
        for event in self.events_model.events:
            victims = list(event.get("victims") or [])
            if str(event.get("id", "")) in named and person_id not in victims:
                event["victims"] = [*victims, person_id]
        self.refresh_form()

    def refresh_form(self) -> None:
        """Show the chosen event again (the persons it may name have changed)."""
        if 0 <= self._row < self.events_model.rowCount():
            self._on_event_selected(self.events_model.index(self._row, 0))

    # -- adding, removing, choosing ------------------------------------------------------

    def add_event(self) -> None:
        ids = [str(e.get("id", "")) for e in self.events_model.events]
        row = self.events_model.append([{"id": next_id("e", ids)}])
        self.event_list.setCurrentIndex(self.events_model.index(row, 0))
        self.changed.emit()
        self.e_date.setFocus()

    def remove_event(self) -> None:
        row = self.event_list.currentIndex().row()
        if not 0 <= row < self.events_model.rowCount():
            return
        self._row = -1
        self.events_model.remove(row)
        self._on_event_selected(self.event_list.currentIndex())
        self.changed.emit()

    def _victim_choices(self) -> list[tuple[str, str]]:
        return [(str(p.get("id")), person_label(p)) for p in self.persons.persons]

    def _on_event_selected(self, current: QModelIndex, *_args: object) -> None:
        row = current.row() if current.isValid() else -1
        self._row = row
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
        event = self.events_model.record(self._row)
        if self._loading or event is None:
            return
        value = self.e_date.text().strip()
        precision = self.e_precision.code()
        if precision is None and value:
            precision = _PRECISION_BY_LENGTH.get(len(value), "approximate")
        if precision == "unknown":
            event["date"] = {"precision": "unknown"}
        elif precision is not None:
            date: dict[str, Any] = {"precision": precision}
            put(date, "value", value)
            event["date"] = date
        else:
            event.pop("date", None)
        put(event, "place", self.e_place.value(event.get("place")))
        put(event, "acts", self.e_acts.codes())
        put(event, "perpetrator_types", self.e_perpetrators.codes())
        put(event, "victims", self.e_victims.codes())
        put(event, "description", self.e_description.toPlainText())
        self.events_model.changed(self._row, self._row)
        self.changed.emit()
