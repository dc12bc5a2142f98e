"""The submitter's guided "tell your story" flow: a few plain questions, one per screen,
with Back and Next, ending in a file only the chosen organisation can open and plain words
on how to deliver it.

Steps (each a widget of this package): consent (the person is the author: they give consent
themselves and choose the uses they allow) -> what happened (a short title and the story) ->
when (a date as exactly as they remember: day, month, year, or not at all) -> where
(country, type to search, and city) -> who was involved (free text) -> may the organisation
contact you (and how) -> how you wish to be named -> which organisation (a trusted one, or a
card file whose safety code is compared first) -> create the file -> where it is and how to
deliver it. consent.py holds what the person allows, writing.py the story itself,
sending.py the organisation and the file; record.py turns the answers into one case record.

The record is saved in the vault at each Next (add_case, then edit_case when the answers
changed), so closing the window loses nothing; the case is then in the Cases list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.services import cases as case_service
from app.services.bundle_export import ExportResult
from app.services.errors import CaseFileError, VaultError
from app.services.vaults import Vault
from app.ui.common.export_runner import estimate
from app.ui.common.widgets import error_text, plain_label
from app.ui.submitter.consent import ConsentStep, ContactStep, NamingStep
from app.ui.submitter.record import StoryAnswers, story_record
from app.ui.submitter.sending import DoneStep, OrganisationStep, SendStep
from app.ui.submitter.step import Step
from app.ui.submitter.writing import WhatStep, WhenStep, WhereStep, WhoStep

STEPS = ("consent", "what", "when", "where", "who", "contact", "name", "organisation",
         "send", "done")


class StorySection(QWidget):
    story_exported = Signal(object)  # ExportResult
    cases_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.case_id: str | None = None
        self._saved: dict[str, Any] | None = None
        self.result_: ExportResult | None = None

        self.step_label = plain_label(wrap=False)
        self.step_label.setAccessibleName(self.tr("Step"))
        self.consent = ConsentStep()
        self.what = WhatStep()
        self.when = WhenStep()
        self.where = WhereStep()
        self.who = WhoStep()
        self.contact = ContactStep()
        self.naming = NamingStep()
        self.organisation = OrganisationStep()
        self.sending = SendStep()
        self.done = DoneStep()
        self.steps: tuple[Step, ...] = (
            self.consent, self.what, self.when, self.where, self.who, self.contact,
            self.naming, self.organisation, self.sending, self.done)
        self.pages = QStackedWidget()
        for step in self.steps:
            self.pages.addWidget(_framed(step))

        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.saved_note = plain_label(wrap=False)
        self.saved_note.setAccessibleName(self.tr("Saved status"))
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.saved_note)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        for step in self.steps:
            step.changed.connect(self._update_buttons)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.sending.send_button.clicked.connect(self.send)
        self.sending.runner.exported.connect(self.on_exported)
        self.sending.runner.failed.connect(self.on_export_failed)
        self.done.another_button.clicked.connect(self.start_over)
        self.show_vault(None)

    # -- state ----------------------------------------------------------------------------

    def show_vault(self, vault: Vault | None) -> None:
        if self.sending.runner.running():
            self.sending.runner.cancel()
        self.vault = vault
        self.organisation.show_vault(vault)
        self.start_over()

    def start_over(self) -> None:
        """Empty every answer and go back to the first question."""
        self.case_id = None
        self._saved = None
        self.result_ = None
        for step in self.steps:
            step.reset()
        self.message.clear()
        self.saved_note.clear()
        self.go_to("consent")

    def chosen_organisation(self) -> tuple[str, str] | None:
        """(fingerprint, name) of the organisation chosen in the list."""
        org = self.organisation.chosen()
        return (org.fingerprint, org.name) if org is not None else None

    def current_step(self) -> str:
        return STEPS[self.pages.currentIndex()]

    def go_to(self, step: str) -> None:
        index = STEPS.index(step)
        self.pages.setCurrentIndex(index)
        self.step_label.setText(
            fill(self.tr("Step %1 of %2"), index + 1, len(STEPS) - 1) if step != "done" else "")
        if step == "send":
            chosen = self.chosen_organisation()
            self.sending.show_organisation(chosen[1] if chosen else "")
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        step = self.current_step()
        busy = self.sending.runner.running()
        self.back_button.setVisible(step not in ("consent", "done"))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(step not in ("send", "done"))
        self.next_button.setEnabled(
            self.vault is not None and self.steps[self.pages.currentIndex()].ready())
        self.sending.send_button.setEnabled(self.vault is not None and not busy
                                            and self.case_id is not None)

    # -- the record ------------------------------------------------------------------------

    def answers(self) -> StoryAnswers:
        return StoryAnswers(
            agreed=self.consent.agree.isChecked(),
            uses=self.consent.chosen_uses(),
            may_contact=self.contact.may_contact(),
            contact=self.contact.how.toPlainText(),
            anonymity=self.naming.anonymity(),
            real_name=self.naming.real_name.text(),
            pseudonym=self.naming.pseudonym.text(),
            title=self.what.title.text(),
            narrative=self.what.narrative.toPlainText(),
            date=self.when.date(),
            country=self.where.country_code(),
            city=self.where.city.text(),
            who=self.who.involved.toPlainText(),
        )

    def record(self) -> dict[str, Any]:
        """The case record the answers so far make (app.ui.submitter.record)."""
        return story_record(self.answers(), self.tr("My story"))

    def save(self) -> bool:
        """Keep the answers in the vault (a new case the first time, then a new version
        when they changed). False, with the reason shown, if they could not be kept."""
        if self.vault is None:
            return False
        record = self.record()
        if record == self._saved and self.case_id is not None:
            return True
        try:
            if self.case_id is None:
                self.case_id = case_service.add_case(self.vault, record).id
            else:
                case_service.edit_case(self.vault, self.case_id, record)
        except (CaseFileError, VaultError) as err:
            self.message.setText(error_text(err))
            return False
        self._saved = record
        self.saved_note.setText(self.tr("Saved in your encrypted vault"))
        self.cases_changed.emit()
        return True

    # -- navigation ----------------------------------------------------------------------

    def go_next(self) -> None:
        if not self.next_button.isEnabled():
            return
        step = self.current_step()
        problem = self.steps[self.pages.currentIndex()].problem()
        if problem is not None:
            self.message.setText(problem)
            return
        if not self.save():
            return
        self.message.clear()
        self.go_to(STEPS[STEPS.index(step) + 1])

    def go_back(self) -> None:
        index = self.pages.currentIndex()
        if index > 0 and not self.sending.runner.running():
            self.message.clear()
            self.save()
            self.go_to(STEPS[index - 1])

    # -- sending ---------------------------------------------------------------------------

    def send(self) -> None:
        chosen = self.chosen_organisation()
        out = self.sending.folder.path()
        if self.vault is None or chosen is None or self.case_id is None:
            return
        if out is None or not out.is_dir():
            self.message.setText(self.tr("Choose a folder that exists for the file."))
            return
        if not self.save():
            return
        self.message.clear()
        _files, size = estimate(self.vault, [self.case_id])
        self.sending.runner.start(self.vault, [chosen[0]], out, [self.case_id], total=size)
        self.sending.folder.setEnabled(False)
        self._update_buttons()

    def on_exported(self, result: ExportResult) -> None:
        if self.vault is None:  # locked meanwhile: the file exists, the screen stays clear
            return
        self.result_ = result
        self.sending.folder.setEnabled(True)
        self.done.show_result(result)
        self.go_to("done")
        self.story_exported.emit(result)

    def on_export_failed(self, err: BaseException) -> None:
        self.sending.folder.setEnabled(True)
        if self.vault is None:
            return
        self.message.setText(error_text(err))
        self._update_buttons()


def _framed(step: Step) -> QWidget:
    """The step as a page: in a scroll area when it is long."""
    if not step.scrolled:
        return step
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(step)
    area.setAccessibleName(step.heading_text)
    return area
