"""The editor's "People" tab: the persons of the case (victims, witnesses, relatives...) in
a list, and the form of the one chosen, with its protected fields masked until the user
presses Show.

Record key: ``persons``. How a person is named in the lists and which fields are masked
follow app.domain.people and app.domain.protected.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.people import display_name
from app.domain.protected import (
    DEFAULT_PROTECTED,
    PROTECTABLE_FIELDS,
    is_masked,
    protected_fields,
)
from app.domain.text import fill
from app.services import settings as prefs
from app.services.vaults import Vault
from app.ui.common import look
from app.ui.common.checklist import vocab_checklist
from app.ui.common.masked import Masked
from app.ui.common.pickers import ChoiceCombo, VocabCombo, term_label
from app.ui.common.place import PlaceEditor
from app.ui.common.table import Column, RecordTable
from app.ui.common.widgets import plain_label
from app.ui.researcher.editor.form import next_id, put, scrolled, translate

Person = dict[str, Any]


def person_label(person: Person) -> str:
    """How a person is named in the editor's lists: the name they may be shown by
    (app.domain.people.display_name, never the real name), else "Person p2"; with the role."""
    name = display_name(person) or fill(translate("CaseEditor", "Person %1"),
                                        person.get("id", ""))
    role = term_label("roles", person.get("role"))
    return fill(translate("CaseEditor", "%1 (%2)"), name, role) if role else name


class PersonListModel(RecordTable[Person]):
    """The persons of the case being edited (the dicts themselves, edited in place)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("CaseEditor", (Column("", person_label,
                                               sort=lambda p: str(p.get("id", ""))),), parent)

    @property
    def persons(self) -> list[Person]:
        return self.rows

    def set_persons(self, persons: list[Person]) -> None:
        self.set_rows(persons)


class PeopleTab(QWidget):
    """The persons list and the chosen person's form. `changed` on every edit the user
    makes; `person_removed(id)` when a person is removed (events may name them), and
    `person_restored(id)` when "Undo" in the bar under the list brings them back."""

    changed = Signal()
    person_removed = Signal(str)
    person_restored = Signal(str)
    FIELDS = ("persons",)
    LIST_WIDTH = 200

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None  # whose setting says what a new person starts with
        self._loading = False
        self._row = -1
        self.persons_model = PersonListModel(self)
        self.person_list = QListView()
        self.person_list.setModel(self.persons_model)
        self.person_list.setAccessibleName(translate("CaseEditor", "People in the case"))
        self.person_list.selectionModel().currentChanged.connect(self._on_person_selected)
        self.add_person_button = QPushButton(translate("CaseEditor", "Add a person"))
        look.with_icon(self.add_person_button, "user-plus")
        self.add_person_button.setAccessibleName(translate("CaseEditor", "Add a person"))
        self.remove_person_button = QPushButton(translate("CaseEditor", "Remove"))
        look.with_icon(self.remove_person_button, "trash-2")
        self.remove_person_button.setAccessibleName(
            translate("CaseEditor", "Remove the selected person"))
        self.add_person_button.clicked.connect(self.add_person)
        self.remove_person_button.clicked.connect(self.remove_person)
        # "Removed X. Undo": the last removal can be taken back (the list above shrinks;
        # the buttons below stay where the pointer is).
        self._undo: tuple[int, Person, list[str]] | None = None
        self.undo_bar = QFrame()
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_bar.setAccessibleName(translate("CaseEditor", "Person removed"))
        self.undo_label = plain_label()
        self.undo_button = QPushButton(translate("CaseEditor", "&Undo"))
        self.undo_button.setAccessibleName(
            translate("CaseEditor", "Undo: bring the removed person back"))
        self.undo_button.clicked.connect(self.undo_remove)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.person_list, 1)
        left_layout.addWidget(self.undo_bar)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.remove_person_button)
        left_layout.addLayout(buttons)

        self.person_form = QWidget()
        form = QFormLayout(self.person_form)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels above
        self._build_form(form)
        self.person_form.setEnabled(False)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scrolled(self.person_form))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        # The list narrow, the form wide enough for its fields (the person can drag).
        splitter.setSizes([self.LIST_WIDTH, 3 * self.LIST_WIDTH])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _build_form(self, form: QFormLayout) -> None:
        self.show_protected = QPushButton(translate("CaseEditor", "Sho&w protected details"))
        self.show_protected.setCheckable(True)
        self.show_protected.setAccessibleName(translate("CaseEditor", "Show protected details"))
        self.show_protected.toggled.connect(self._apply_masks)
        note = plain_label(translate(
            "CaseEditor",
            "Protected details are shown as dots until you press Show, and can be left out "
            "when the case is exported."))
        form.addRow(self.show_protected)
        form.addRow(note)
        self.person_id_label = plain_label(wrap=False)
        self.person_id_label.setAccessibleName(
            translate("CaseEditor", "Person's identifier in this case"))
        form.addRow(translate("CaseEditor", "Identifier"), self.person_id_label)
        not_stated = translate("CaseEditor", "Not stated")
        self.p_role = VocabCombo("roles", translate("CaseEditor", "Role"), not_stated)
        form.addRow(translate("CaseEditor", "&Role"), self.p_role.field())

        self.p_real_name = QLineEdit()
        self.p_pseudonym = QLineEdit()
        self.p_birth_year = QLineEdit()
        self.p_birth_year.setValidator(QIntValidator(1900, 2100, self.p_birth_year))
        self.p_contact = QLineEdit()
        self.p_sex = VocabCombo("sex", translate("CaseEditor", "Sex"), not_stated)
        self.p_nationality = vocab_checklist("countries", translate("CaseEditor", "Nationality"),
                                             rows=4)
        self.p_location = PlaceEditor(translate("CaseEditor", "Where the person lives now"))
        self.p_relation = VocabCombo(
            "relations", translate("CaseEditor", "Relation to the victim"), not_stated)
        self.p_related = ChoiceCombo(translate("CaseEditor", "Which victim the relation is to"))
        names = {
            "real_name": translate("CaseEditor", "Real name"),
            "pseudonym": translate("CaseEditor", "Pseudonym"),
            "sex": translate("CaseEditor", "Sex"),
            "birth_year": translate("CaseEditor", "Year of birth"),
            "nationality": translate("CaseEditor", "Nationality"),
            "location": translate("CaseEditor", "Lives in"),
            "relation_to_victim": translate("CaseEditor", "Relation to the victim"),
            "contact": translate("CaseEditor", "Contact"),
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
            "sex": Masked(self.p_sex.field(), names["sex"]),
            "nationality": Masked(self.p_nationality, names["nationality"]),
            "location": Masked(self.p_location, names["location"]),
            "relation_to_victim": Masked(self.p_relation.field(), names["relation_to_victim"]),
        }
        self.p_protected: dict[str, QCheckBox] = {}
        for field in PROTECTABLE_FIELDS:
            box = QCheckBox(translate("CaseEditor", "Protected"))
            box.setAccessibleName(fill(translate("CaseEditor", "Protect: %1"), names[field]))
            box.toggled.connect(self._on_person_edited)
            box.toggled.connect(self._apply_masks)
            self.p_protected[field] = box
            row = QHBoxLayout()
            editor = self.p_lines.get(field) or self.p_masked[field]
            row.addWidget(editor, 1)
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            form.addRow(names[field], row)
            if field == "relation_to_victim":
                form.addRow(translate("CaseEditor", "Relation is to"), self.p_related)
        for combo in (self.p_role, self.p_sex, self.p_relation, self.p_location):
            combo.changed.connect(self._on_person_edited)
        self.p_nationality.changed.connect(self._on_person_edited)
        self.p_related.changed.connect(self._on_person_edited)

    # -- the record ----------------------------------------------------------------------

    def load(self, record: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.persons_model.set_persons(copy.deepcopy(list(record.get("persons") or [])))
            self._forget_undo()
            self._row = -1
            self._clear_person_form()
            if self.persons_model.rowCount():
                self.person_list.setCurrentIndex(self.persons_model.index(0, 0))
        finally:
            self._loading = False

    def collect(self, record: dict[str, Any]) -> None:
        """Write the persons into `record` (each keeps the keys the form does not show)."""
        put(record, "persons", copy.deepcopy(self.persons_model.persons))

    def clear(self) -> None:
        self._loading = True
        try:
            self._row = -1
            self.persons_model.set_persons([])
            self._forget_undo()
            self._clear_person_form()
            self.show_protected.setChecked(False)
        finally:
            self._loading = False

    def hide_protected(self) -> None:
        self.show_protected.setChecked(False)

    # -- adding, removing, choosing ------------------------------------------------------

    def add_person(self) -> None:
        ids = [str(p.get("id", "")) for p in self.persons_model.persons]
        # Real name, contact and where they live start protected (the vault's setting).
        protected = (prefs.default_protected(self.vault) if self.vault is not None
                     else list(DEFAULT_PROTECTED))
        person: Person = {"id": next_id("p", ids), "role": "victim"}
        if protected:
            person["protected"] = protected
        row = self.persons_model.append([person])
        self.person_list.setCurrentIndex(self.persons_model.index(row, 0))
        self.changed.emit()
        self.p_role.setFocus()

    def remove_person(self) -> None:
        row = self.person_list.currentIndex().row()
        if not 0 <= row < self.persons_model.rowCount():
            return
        self._row = -1
        person = self.persons_model.remove(row)
        removed = str(person.get("id", ""))
        # Nothing may keep pointing at the removed person (Undo points them back).
        related = []
        for other in self.persons_model.persons:
            if other.get("related_victim") == removed:
                other.pop("related_victim")
                related.append(str(other.get("id", "")))
        self.person_removed.emit(removed)
        self._on_person_selected(self.person_list.currentIndex())
        self.changed.emit()
        self._undo = (row, person, related)
        self.undo_label.setText(fill(translate("CaseEditor", "Removed %1."),
                                     person_label(person)))
        self.undo_bar.show()
        self.undo_button.setFocus()

    def undo_remove(self) -> None:
        """Bring the last removed person back, where they were, with their links."""
        if self._undo is None:
            return
        row, person, related = self._undo
        self._forget_undo()
        persons = list(self.persons_model.persons)
        row = min(row, len(persons))
        persons.insert(row, person)
        person_id = str(person.get("id", ""))
        if any(str(p.get("id", "")) == person_id for p in self.persons_model.persons):
            person = dict(person, id=next_id("p", (str(p.get("id", "")) for p in persons)))
            persons[row] = person  # the id was given to someone added since
            related = []
        for other in persons:
            if str(other.get("id", "")) in related and "related_victim" not in other:
                other["related_victim"] = person_id
        self.persons_model.set_persons(persons)
        self.person_list.setCurrentIndex(self.persons_model.index(row, 0))
        if person.get("id") == person_id:
            self.person_restored.emit(person_id)
        self.changed.emit()
        self.person_list.setFocus()

    def _forget_undo(self) -> None:
        self._undo = None
        self.undo_label.clear()
        self.undo_bar.hide()

    def _on_person_selected(self, current: QModelIndex, *_args: object) -> None:
        self.show_protected.setChecked(False)  # re-mask when switching person
        row = current.row() if current.isValid() else -1
        self._row = row
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
            protected = protected_fields(person)
            for field, box in self.p_protected.items():
                box.setChecked(field in protected)
        finally:
            self._loading = was_loading
        self._apply_masks()

    def _fill_related(self, person: Person) -> None:
        choices: list[tuple[str, str | None]] = [(translate("CaseEditor", "Not stated"), None)]
        for other in self.persons_model.persons:
            if other is not person:
                choices.append((person_label(other), str(other.get("id"))))
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
            self.p_related.set_choices([(translate("CaseEditor", "Not stated"), None)], None)
            for box in self.p_protected.values():
                box.setChecked(False)
            self.person_form.setEnabled(False)
        finally:
            self._loading = was_loading
        self._apply_masks()

    def _current(self) -> Person | None:
        return self.persons_model.record(self._row)

    def _apply_masks(self, *_args: object) -> None:
        """Mask each protected field of the person shown, unless Show is pressed."""
        person = self._current()
        reveal = self.show_protected.isChecked()
        for field in self.p_protected:
            masked = person is not None and is_masked(person, field, reveal=reveal)
            if field in self.p_lines:
                self.p_lines[field].setEchoMode(
                    QLineEdit.EchoMode.Password if masked else QLineEdit.EchoMode.Normal
                )
            else:
                self.p_masked[field].set_masked(masked)

    def _on_person_edited(self, *_args: object) -> None:
        person = self._current()
        if self._loading or person is None:
            return
        person["role"] = self.p_role.code() or str(person.get("role") or "other")
        for field in ("real_name", "pseudonym", "contact"):
            value = self.p_lines[field].text()
            put(person, field, value if field == "contact" else value.strip())
        year = self.p_birth_year.text().strip()
        put(person, "birth_year", int(year) if year.isdigit() else None)
        put(person, "sex", self.p_sex.code())
        put(person, "nationality", self.p_nationality.codes())
        put(person, "location", self.p_location.value(person.get("location")))
        put(person, "relation_to_victim", self.p_relation.code())
        put(person, "related_victim", self.p_related.value())
        protected = [f for f in PROTECTABLE_FIELDS if self.p_protected[f].isChecked()]
        if protected or "protected" in person:
            person["protected"] = protected  # unticked by hand: an explicit, empty list
        else:
            person.pop("protected", None)
        self.persons_model.changed(self._row, self._row)
        self.changed.emit()
