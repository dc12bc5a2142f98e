"""The editor's first tab, "Interview and consent": what the person agreed to (consent,
agreed uses, anonymity, contact, withdrawal) and when, where and by whom they were
interviewed, the country they live in now and the languages of the testimony.

Record keys: ``consent``, ``interview``, ``host_country``, ``languages``. Which uses are kept
follows app.domain.consent (none unless consent was given).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import vocabularies
from app.domain.consent import consent_of, uses_to_keep
from app.domain.text import fill
from app.ui.common.checklist import vocab_checklist
from app.ui.common.pickers import VocabCombo
from app.ui.common.place import PlaceEditor
from app.ui.common.widgets import ui_language
from app.ui.researcher.editor.form import put, scrolled, translate


class InterviewTab(QWidget):
    """Consent and interview; `changed` on every edit the user makes."""

    changed = Signal()
    FIELDS = ("interview", "consent", "host_country", "languages")

    def __init__(self) -> None:
        super().__init__()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._build_consent())
        layout.addWidget(self._build_interview())
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(page))

        self.consent_given.toggled.connect(self._on_consent_toggled)
        for box in (self.may_contact, self.withdrawn, *self.consent_uses.values()):
            box.toggled.connect(self._on_changed)
        self.withdrawn.toggled.connect(lambda on: self.withdrawn_on.setEnabled(on))
        for line in (self.withdrawn_on, self.interview_date, self.interviewer, self.interpreter):
            line.textEdited.connect(self._on_changed)
        self.consent_notes.textChanged.connect(self._on_changed)
        for widget in (self.anonymity, self.host_country, self.interview_place, self.languages):
            widget.changed.connect(self._on_changed)

    def _build_consent(self) -> QGroupBox:
        box = QGroupBox(translate("CaseEditor", "Consent"))
        form = QFormLayout(box)
        self.consent_given = QCheckBox(
            translate("CaseEditor", "The person gave informed &consent"))
        self.consent_given.setAccessibleName(translate("CaseEditor", "Consent given"))
        form.addRow(self.consent_given)
        self.consent_uses: dict[str, QCheckBox] = {}
        uses_row = QHBoxLayout()
        for term in vocabularies.load("consent_uses"):
            use = QCheckBox(term.label(ui_language()))
            use.setAccessibleName(
                fill(translate("CaseEditor", "Consent for: %1"), term.label(ui_language())))
            self.consent_uses[term.code] = use
            uses_row.addWidget(use)
        uses_row.addStretch(1)
        form.addRow(translate("CaseEditor", "Agreed uses"), uses_row)
        self.anonymity = VocabCombo("anonymity", translate("CaseEditor", "Anonymity wished"),
                                    translate("CaseEditor", "Not stated"))
        form.addRow(translate("CaseEditor", "&Anonymity"), self.anonymity.field())
        self.may_contact = QCheckBox(translate("CaseEditor", "We may contact them again"))
        self.may_contact.setAccessibleName(translate("CaseEditor", "May contact again"))
        form.addRow(self.may_contact)
        self.withdrawn = QCheckBox(translate("CaseEditor", "Consent was withdrawn"))
        self.withdrawn.setAccessibleName(translate("CaseEditor", "Consent withdrawn"))
        self.withdrawn_on = QLineEdit()
        self.withdrawn_on.setPlaceholderText(translate("CaseEditor", "YYYY-MM-DD"))
        self.withdrawn_on.setAccessibleName(translate("CaseEditor", "Day consent was withdrawn"))
        withdrawn_row = QHBoxLayout()
        withdrawn_row.addWidget(self.withdrawn)
        withdrawn_row.addWidget(QLabel(translate("CaseEditor", "on")))
        withdrawn_row.addWidget(self.withdrawn_on)
        withdrawn_row.addStretch(1)
        form.addRow(withdrawn_row)
        self.consent_notes = QPlainTextEdit()
        self.consent_notes.setAccessibleName(
            translate("CaseEditor", "Conditions or limits the person set"))
        self.consent_notes.setTabChangesFocus(True)
        self.consent_notes.setMaximumHeight(90)
        form.addRow(translate("CaseEditor", "Conditions"), self.consent_notes)
        return box

    def _build_interview(self) -> QGroupBox:
        box = QGroupBox(translate("CaseEditor", "Interview"))
        form = QFormLayout(box)
        self.interview_date = QLineEdit()
        self.interview_date.setPlaceholderText(translate("CaseEditor", "YYYY-MM-DD"))
        self.interview_date.setAccessibleName(translate("CaseEditor", "Day of the interview"))
        form.addRow(translate("CaseEditor", "&Date"), self.interview_date)
        self.interview_place = PlaceEditor(translate("CaseEditor", "Place of the interview"))
        form.addRow(translate("CaseEditor", "Place"), self.interview_place)
        self.interviewer = QLineEdit()
        self.interviewer.setAccessibleName(translate("CaseEditor", "Interviewer's pseudonym"))
        self.interviewer.setPlaceholderText(
            translate("CaseEditor", "A pseudonym, never a real name"))
        form.addRow(translate("CaseEditor", "Interviewer"), self.interviewer)
        self.interpreter = QLineEdit()
        self.interpreter.setAccessibleName(translate("CaseEditor", "Interpreter"))
        form.addRow(translate("CaseEditor", "Interpreter"), self.interpreter)
        self.host_country = VocabCombo(
            "countries", translate("CaseEditor", "Country where the person lives now"),
            translate("CaseEditor", "Not stated"))
        form.addRow(translate("CaseEditor", "Lives now in"), self.host_country.field())
        self.languages = vocab_checklist(
            "languages", translate("CaseEditor", "Languages of the testimony"), 4)
        form.addRow(translate("CaseEditor", "Languages"), self.languages)
        return box

    def _on_changed(self, *_args: object) -> None:
        self.changed.emit()

    def _on_consent_toggled(self, given: bool) -> None:
        for box in self.consent_uses.values():
            box.setEnabled(given)  # uses count only when consent was given
        self.changed.emit()

    # -- the record ----------------------------------------------------------------------

    def load(self, record: dict[str, Any]) -> None:
        consent = consent_of(record)
        given = bool(consent.get("given"))
        self.consent_given.setChecked(given)
        uses = set(consent.get("uses") or [])
        for code, box in self.consent_uses.items():
            box.setChecked(code in uses)
            box.setEnabled(given)
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

    def collect(self, record: dict[str, Any]) -> None:
        """Write what the tab shows into `record`, keeping what it does not show."""
        put(record, "host_country", self.host_country.code())
        languages = self.languages.codes()
        if set(languages) != set(record.get("languages") or []):
            put(record, "languages", languages)  # unchanged: keep the record's order

        consent = dict(consent_of(record))
        given = self.consent_given.isChecked()
        consent["given"] = given
        chosen = [code for code, box in self.consent_uses.items() if box.isChecked()]
        put(consent, "uses", uses_to_keep(given, chosen))
        put(consent, "anonymity", self.anonymity.code())
        for key, box in (("may_contact", self.may_contact), ("withdrawn", self.withdrawn)):
            if box.isChecked() or key in consent:
                consent[key] = box.isChecked()
        put(consent, "withdrawn_on", self.withdrawn_on.text().strip())
        put(consent, "notes", self.consent_notes.toPlainText())
        record["consent"] = consent

        interview = dict(record.get("interview") or {})
        put(interview, "date", self.interview_date.text().strip())
        put(interview, "place", self.interview_place.value(interview.get("place")))
        put(interview, "interviewer_pseudonym", self.interviewer.text().strip())
        put(interview, "interpreter", self.interpreter.text().strip())
        put(record, "interview", interview)

    def clear(self) -> None:
        for box in (self.consent_given, self.may_contact, self.withdrawn,
                    *self.consent_uses.values()):
            box.setChecked(False)
        for combo in (self.anonymity, self.host_country):
            combo.set_code(None)
        self.languages.clear()
        self.interview_place.clear()
        for line in (self.withdrawn_on, self.interview_date, self.interviewer, self.interpreter):
            line.clear()
        self.consent_notes.clear()
