"""The submitter's guided "tell your story" flow: a few plain questions, one per screen,
with Back and Next, ending in a file only the chosen organisation can open and plain words
on how to deliver it.

Steps (each a widget of this package): consent (the person is the author: they give consent
themselves and choose the uses they allow) -> what happened (a short title and the story) ->
when (the year, month and day as far as they remember, or "I do not remember"; nothing is
chosen for them) -> where (country, type to search, and city) -> who was involved (free
text) -> photos, documents or a recording (optional) -> may the organisation contact you
(and how) -> how you wish to be named -> which organisation (a trusted one, or a card file
whose safety code is compared first) -> a review of what will be sent -> create the file ->
where it is and how to deliver it. consent.py holds what the person allows, writing.py the
story itself, files.py the files, review.py the review, sending.py the organisation and the
file, story_sending.py making the file; record.py turns the answers into one case record.

Saving. While the person writes, the answers and the step they are at are kept in the
encrypted vault a moment after they stop typing (app.services.story: one draft, as the
editor's drafts are kept), and at once on Next, Back and lock. Unlocking again, after a
lock, a closed window or a crash, comes back to the same step with the same answers. The
answers become one case the first time the person goes on past their consent (add_case),
and a new version of that same case at each Next or Back when they changed (edit_case); the
story in progress remembers its case, so there is one case per story however often the app
is restarted. The footer says "Saved" only after a save really happened. Once the file is
made, the story in progress is forgotten (the case stays, in the Cases list).
"""

from __future__ import annotations

import contextlib
from time import monotonic
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.messages import explain
from app.services import cases as case_service
from app.services import story as story_service
from app.services.bundle_export import ExportResult
from app.services.errors import CaseFileError, VaultError
from app.services.story import CaseNotFound, StoryInProgress, encode
from app.services.vaults import Vault
from app.ui.common import i18n, look
from app.ui.common.widgets import error_text, plain_label
from app.ui.submitter.consent import ConsentStep, ContactStep, NamingStep
from app.ui.submitter.files import FilesStep
from app.ui.submitter.record import StoryAnswers, story_record
from app.ui.submitter.review import ReviewStep
from app.ui.submitter.sending import DoneStep, OrganisationStep, SendStep
from app.ui.submitter.step import Step
from app.ui.submitter.story_sending import StorySending
from app.ui.submitter.writing import WhatStep, WhenStep, WhereStep, WhoStep

STEPS = ("consent", "what", "when", "where", "who", "files", "contact", "name",
         "organisation", "review", "send", "done")
AUTOSAVE_MS = 1500  # the answers are kept this long after the last change
AUTOSAVE_MAX_S = 10.0  # and at the latest this long after the first one not kept


class StorySection(StorySending, QWidget):
    story_exported = Signal(object)  # ExportResult
    cases_changed = Signal()
    # True while the person records their story aloud (the window does not auto-lock then).
    recording_changed = Signal(bool)

    def __init__(self, capture_factory: Any = None) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.case_id: str | None = None
        self._saved: dict[str, Any] | None = None  # the record last saved as the case
        self._revision: int | None = None  # the case's version it made
        self.result_: ExportResult | None = None
        self._key: str | None = None  # the story in progress, in the vault
        self._kept: str | None = None  # what was last kept of it (encoded)
        self._kept_at: str | None = None  # when (UTC)
        self._loading = False
        self._pending_since: float | None = None  # first change not kept yet (monotonic)

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.keep_story)

        self.step_label = plain_label(wrap=False)
        self.step_label.setAccessibleName(self.tr("Step"))
        self.consent = ConsentStep()
        self.what = WhatStep()
        self.when = WhenStep()
        self.where = WhereStep()
        self.who = WhoStep()
        self.files = FilesStep(capture_factory)
        self.contact = ContactStep()
        self.naming = NamingStep()
        self.organisation = OrganisationStep()
        self.review = ReviewStep()
        self.sending = SendStep()
        self.done = DoneStep()
        self.steps: tuple[Step, ...] = (
            self.consent, self.what, self.when, self.where, self.who, self.files, self.contact,
            self.naming, self.organisation, self.review, self.sending, self.done)
        self.pages = QStackedWidget()
        for step in self.steps:
            self.pages.addWidget(_framed(step))
        self.pages.currentChanged.connect(self._show_step_number)

        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.saved_note = plain_label(wrap=False)
        self.saved_note.setAccessibleName(self.tr("Saved status"))
        self.back_button = QPushButton(self.tr("Back"))
        look.with_icon(self.back_button, "arrow-left")
        self.back_button.setAccessibleName(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        look.primary(look.with_icon(self.next_button, "arrow-right"))
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
            step.edited.connect(self.on_edited)
            step.submitted.connect(self.go_next)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.review.change_requested.connect(self.change)
        self.files.files_changed.connect(self.cases_changed)
        self.files.recording_changed.connect(self.recording_changed)
        self.sending.send_button.clicked.connect(self.send)
        self.sending.runner.exported.connect(self.on_exported)
        self.sending.runner.failed.connect(self.on_export_failed)
        self.done.another_button.clicked.connect(self.start_over)
        self.show_vault(None)

    # -- state ----------------------------------------------------------------------------

    def show_vault(self, vault: Vault | None) -> None:
        """Show the story in progress in `vault` where the person left it, or (None:
        locking) keep it in the vault first and clear every field."""
        if vault is None:
            self._keep_quietly()  # the vault is still open when locking starts
        self.autosave.stop()
        if self.sending.runner.running():
            self.sending.runner.cancel()
        self.vault = vault
        self.organisation.show_vault(vault)
        self._clear()
        if vault is not None:
            self.resume()

    def _clear(self) -> None:
        """Empty every answer and go back to the first question (nothing is kept)."""
        self.autosave.stop()
        self.case_id = None
        self._saved = None
        self._revision = None
        self.result_ = None
        self._key = None
        self._kept = None
        self._kept_at = None
        self._loading = True
        try:
            for step in self.steps:
                step.reset()
        finally:
            self._loading = False
        self.files.set_target(self.vault, None)
        self.message.clear()
        self.saved_note.clear()
        self._show_page("consent")

    def start_over(self) -> None:
        """A new story: every answer empty, the first question."""
        self._clear()
        if self.vault is not None:
            self._key = story_service.new_story_key()
            self._show_saved()

    def resume(self) -> None:
        """Come back to the story in progress, at the step where the person was."""
        vault = self.vault
        if vault is None:
            return
        try:
            story = story_service.story_in_progress(vault)
        except Exception as err:
            if explain(err) is None:
                raise
            self.message.setText(error_text(err))
            story = None
        if story is None:
            self.start_over()
            return
        self._loading = True
        try:
            for step in self.steps:
                step.restore(story.answers.get(step.key, {}))
        finally:
            self._loading = False
        self._key = story.key
        self.case_id = story.case_id
        self._revision = story.revision
        self._kept_at = story.saved_at
        self.files.set_target(vault, self.case_id)
        at = story.step if story.step in STEPS[:-1] else "consent"
        if self.case_id is None:
            at = "consent"  # no case yet: the person has not gone on past their consent
        self._show_page(at)
        self._kept = encode(self._story().state())
        if self.case_id is not None:
            self._bring_case_up_to_date()
        self._show_saved()

    def _bring_case_up_to_date(self) -> None:
        """After a lock or a crash the case may be older than the answers: save them."""
        if self.vault is None or self.case_id is None:
            return
        record = self.record()
        try:
            stored = case_service.show_case(self.vault, self.case_id)
        except Exception as err:
            if explain(err) is None:
                raise
            self.message.setText(error_text(err))
            return
        if self._revision is not None and stored.revision != self._revision:
            self._moved()
        elif all(stored.record.get(key) == value for key, value in record.items()):
            self._saved = record
        else:
            self.save()

    def _moved(self) -> None:
        """The story's case was changed or deleted elsewhere (in Cases) since the story saved
        it: it is not saved over; the story in progress ends, and the person is told so."""
        if self.vault is not None and self._key is not None:
            with contextlib.suppress(Exception):
                story_service.discard_story(self.vault, self._key)
        self.start_over()
        self.message.setText(self.tr(
            "Your story was changed or deleted in Cases since you last wrote here, so nothing "
            "was saved over it. Here you can tell another story."))

    def chosen_organisation(self) -> tuple[str, str] | None:
        """(fingerprint, name) of the organisation chosen in the list."""
        org = self.organisation.chosen()
        return (org.fingerprint, org.name) if org is not None else None

    def current_step(self) -> str:
        return STEPS[self.pages.currentIndex()]

    def go_to(self, step: str) -> None:
        """Show `step` and keep, in the vault, that the person is there."""
        self._show_page(step)
        if step != "done":
            self.keep_story()

    def _show_page(self, step: str) -> None:
        index = STEPS.index(step)
        self.pages.setCurrentIndex(index)
        self._show_step_number(index)
        chosen = self.chosen_organisation()
        if step == "files":
            self.files.set_target(self.vault, self.case_id)
        elif step == "review":
            self.review.show_story(self.record(), self.files.attachments(),
                                   chosen[1] if chosen else "")
        elif step == "send":
            self.sending.show_organisation(chosen[1] if chosen else "")
        self._update_buttons()
        first = self.steps[index].first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QPlainTextEdit):  # coming back to it: go on writing
                first.moveCursor(QTextCursor.MoveOperation.End)

    def _show_step_number(self, index: int) -> None:
        """"Step 3 of 11" for the page shown, however it came to be shown."""
        self.step_label.setText(fill(self.tr("Step %1 of %2"), index + 1, len(STEPS) - 1)
                                if STEPS[index] != "done" else "")

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

    # -- keeping the story in progress ------------------------------------------------------

    def on_edited(self) -> None:
        """An answer changed: keep the answers shortly, once the person pauses."""
        if self._loading or self.vault is None or self._key is None:
            return
        now = monotonic()
        if self._pending_since is None:
            self._pending_since = now
        if now - self._pending_since >= AUTOSAVE_MAX_S:  # writing without a pause
            self.keep_story()
            return
        self.autosave.start()  # restarted on every change
        self.saved_note.setText(self.tr("Not saved yet"))

    def _story(self) -> StoryInProgress:
        return StoryInProgress(
            key=self._key or "", step=self.current_step(), case_id=self.case_id,
            answers={step.key: state for step in self.steps if (state := step.state())},
            revision=self._revision)

    def keep_story(self) -> bool:
        """Keep the answers and the step in the vault now (one small write; nothing when
        nothing changed). False, with the reason shown, if they could not be kept."""
        self.autosave.stop()
        vault, key = self.vault, self._key
        if vault is None or key is None:
            return False
        self._pending_since = None
        story = self._story()
        text = encode(story.state())
        if text != self._kept:
            try:
                self._kept_at = story_service.keep_story(vault, story, encoded=text)
            except Exception as err:
                if explain(err) is None:
                    raise
                self.saved_note.setText(self.tr("Not saved"))
                self.message.setText(
                    fill(self.tr("Your story could not be saved: %1"), error_text(err)))
                return False
            self._kept = text
        self._show_saved()
        return True

    def _keep_quietly(self) -> None:
        """Best effort, when locking: the vault may be closing."""
        if self.vault is not None and self._key is not None:
            with contextlib.suppress(Exception):  # locking must go on; nothing to show
                self.keep_story()

    def _show_saved(self) -> None:
        if self._kept_at is None:
            self.saved_note.setText(self.tr("Nothing saved yet"))
        else:
            self.saved_note.setText(
                fill(self.tr("Saved in your encrypted vault at %1"), _when(self._kept_at)))

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
        """Keep the answers as the story's case (a new case the first time, then a new
        version when they changed). False, with the reason shown, if they could not be
        kept."""
        if self.vault is None:
            return False
        record = self.record()
        if record == self._saved and self.case_id is not None:
            return True
        try:
            if self.case_id is None:
                summary = case_service.add_case(self.vault, record)
                self.case_id, self._revision = summary.id, summary.revision
                self.keep_story()  # at once: the story knows its case (one case per story)
            else:
                current = story_service.case_revision(self.vault, self.case_id)
                if self._revision is not None and current != self._revision:
                    self._moved()
                    return False
                self._revision = case_service.edit_case(
                    self.vault, self.case_id, record).revision
        except CaseNotFound:  # the person deleted it in Cases meanwhile
            self._moved()
            return False
        except (CaseFileError, VaultError) as err:
            self.message.setText(error_text(err))
            return False
        self._saved = record
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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Esc, when no field used it (a list that was open), goes back a question."""
        if event.key() == Qt.Key.Key_Escape and self.back_button.isVisible():
            event.accept()
            self.go_back()
            return
        super().keyPressEvent(event)

    def change(self, step: str) -> None:
        """From the review, back to the question of one part."""
        if not self.sending.runner.running():
            self.message.clear()
            self.go_to(step)

def _when(iso: str) -> str:
    """When a save happened: the time alone today, else the date and time."""
    return i18n.recent_text(iso)  # the language's one date format


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
