"""The case editor: tabs in the order an interview happens (Interview and consent, Story,
People, Events, Files, History), a title and status on top, Save (Ctrl+S) and Back.

Each tab is its own widget (interview.py, story.py, people.py, events.py, history.py; Files
is app/ui/researcher/files.py), and so is the header with the title and status (header.py),
each with ``load(record)``, ``collect(record)`` and ``clear()``. This module composes them
and keeps what belongs to the whole case: the draft, saving, and whether there are unsaved
changes. Received testimony opens read-only with where it came from, and History restores
an earlier version as a new one (versions.py, received.py).

The editor edits a copy of the stored record and writes back only the fields it shows, so
everything else in the record survives a save. While the user types, the whole record is
kept every few seconds as a draft inside the encrypted vault (app/services/drafts.py), so a
crash loses at most those seconds; "Back to cases" keeps unsaved changes the same way
(the list then says so), and opening the case again offers the draft back, calmly. Saving
calls the same services as `guvoh case add` / `case edit`, and deletes the draft.
"""

from __future__ import annotations

import contextlib
import copy
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.messages import explain
from app.services import cases as case_svc
from app.services import drafts as draft_svc
from app.services import provenance as provenance_svc
from app.services.drafts import Draft, encode
from app.services.errors import CaseInvalid
from app.services.vaults import Vault
from app.ui.common import look
from app.ui.common.pickers import take_typed_in
from app.ui.common.widgets import error_text, local_time, plain_label
from app.ui.coordinator.team.triage import TriageTab
from app.ui.researcher.editor.draft_offer import DraftKeeping
from app.ui.researcher.editor.events import EventsTab
from app.ui.researcher.editor.header import CaseHeader
from app.ui.researcher.editor.history import HistoryTab
from app.ui.researcher.editor.interview import InterviewTab
from app.ui.researcher.editor.people import PeopleTab
from app.ui.researcher.editor.received import ReadOnly, ReceivedBar
from app.ui.researcher.editor.story import StoryTab
from app.ui.researcher.editor.versions import CaseActions
from app.ui.researcher.files import FilesTab

AUTOSAVE_MS = 3000  # a draft is kept this long after the last change
STATUS_TICK_MS = 5000


class CaseEditor(DraftKeeping, CaseActions, QWidget):
    case_saved = Signal(str)  # case id, after a save
    closed = Signal()  # the user pressed Back
    draft_left = Signal(str)  # Back with unsaved changes kept as a draft: the reference

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
        self._read_only = ReadOnly()
        self._question: QMessageBox | None = None

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.keep_draft)
        self.status_tick = QTimer(self)
        self.status_tick.setInterval(STATUS_TICK_MS)
        self.status_tick.timeout.connect(self._refresh_saved_status)

        self._build_bars()
        self.interview = InterviewTab()
        self.story = StoryTab()
        self.people = PeopleTab()
        self.events = EventsTab(self.people.persons_model)
        self.files = FilesTab()
        self.files.setAccessibleName(self.tr("Files"))
        self.history = HistoryTab()
        self.triage = TriageTab()  # a tab only while a coordinator reads a received case
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the case"))
        self.tabs.addTab(self.interview, self.tr("&Interview and consent"))
        self.tabs.addTab(self.story, self.tr("S&tory"))
        self.tabs.addTab(self.people, self.tr("&People"))
        self.tabs.addTab(self.events, self.tr("&Events"))
        self.tabs.addTab(self.files, self.tr("&Files"))
        self.tabs.addTab(self.history, self.tr("&History"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.received)
        layout.addWidget(self.origin_note)
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
        for tab in self._record_tabs():
            tab.changed.connect(self._on_changed)
        self.people.person_removed.connect(self.events.forget_person)
        self.people.person_restored.connect(self.events.restore_person)
        self.history.failed.connect(self._show_error)
        self.history.restore_requested.connect(self.on_restore_requested)
        self.files.attachments_changed.connect(self._on_attachments_changed)
        self._clear_form()
        self._set_enabled(False)

    def _record_tabs(self) -> tuple[InterviewTab, StoryTab, PeopleTab, EventsTab]:
        """The tabs that show keys of the record, in tab order."""
        return (self.interview, self.story, self.people, self.events)

    # -- building ----------------------------------------------------------------------

    def _build_bars(self) -> None:
        self.header = CaseHeader()
        self.header.back_button.clicked.connect(self.on_back_clicked)
        self.header.save_button.clicked.connect(self.save)
        self.header.changed.connect(self._on_changed)
        self.received = ReceivedBar()
        self.received.copy_requested.connect(self.make_working_copy)
        self.received.open_requested.connect(self.open_case)
        self.origin_note = plain_label()
        self.origin_note.setAccessibleName(self.tr("Made from a received case"))
        self.origin_note.hide()

        self.restore_bar = QFrame()
        self.restore_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.restore_bar.setAccessibleName(self.tr("Unsaved changes kept as a draft"))
        self.restore_label = plain_label()
        self.restore_button = QPushButton(self.tr("&Continue with the changes"))
        self.restore_button.setAccessibleName(self.tr("Continue with the unsaved changes"))
        self.discard_button = QPushButton(self.tr("&Discard them"))
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
        look.error_words(self.message)  # red that reads on light and dark windows
        self.message.hide()
        self.status_line = plain_label()
        self.status_line.setAccessibleName(self.tr("Save status"))

    # -- the interface the main window uses --------------------------------------------

    def show_vault(self, vault: Vault | None) -> None:
        if vault is None:
            self._keep_draft_quietly()  # the vault may still be open when locking starts
        self.autosave.stop()
        self.status_tick.stop()
        self.vault = vault
        self.people.vault = vault  # protect by default: the vault's setting
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
        received: provenance_svc.BundleProvenance | None = None
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
                received = provenance_svc.received_in(vault, case.summary.id)
                # Received testimony is never edited, so no draft is offered over it.
                offer = (None if received is not None
                         else draft_svc.draft_for_case(vault, case.summary.id))
            except Exception as err:
                if explain(err) is None:
                    raise
                self._show_error(err)
                return
            self.case_id = case.summary.id
            self._record = copy.deepcopy(case.record)
            self._base_revision = case.revision
            self._draft_key = case.summary.id
            self.history.show_case(vault, case.summary.id, revisions)
            self.status_line.setText(
                fill(self.tr("Saved in your encrypted vault on %1."),
                     local_time(case.summary.updated_at))
            )
        self._load_form(self._record)
        self.files.set_case(self.case_id)
        self._set_enabled(True)
        if case_id is not None and received is not None:
            self._show_received(received)
            return
        self._show_origin()
        if offer is not None:
            self._offer(offer)
        else:
            self.header.title_edit.setFocus()

    # -- reading and writing the form --------------------------------------------------

    def _load_form(self, record: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.header.load(record, saved=self.case_id is not None)
            for tab in self._record_tabs():
                tab.load(record)
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
        self.header.collect(record)
        for tab in self._record_tabs():
            tab.collect(record)
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
            self._read_only.undo()
            self._hide_triage()
            self.files.setAcceptDrops(True)
            for tab in (self.header, self.received, *self._record_tabs(), self.history):
                tab.clear()
            for label in (self.restore_label, self.message, self.status_line, self.origin_note):
                label.clear()
            self.origin_note.hide()
            self.message.hide()
            self.restore_bar.hide()
            # Anything the tabs missed: no text of a case stays in a widget.
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
        header = self.header
        for widget in (self.tabs, header.title_edit, header.status_combo, header.save_button):
            widget.setEnabled(enabled)

    # -- changes, drafts and saving ----------------------------------------------------

    def _on_changed(self, *_args: object) -> None:
        if (self._loading or self.vault is None or self._draft_key is None
                or self._read_only.active):
            return
        self._dirty = True
        self.message.hide()
        self.autosave.start()  # restarted on every change: a draft 3 s after the last one
        self.status_tick.stop()
        self.status_line.setText(self.tr("Changes not saved yet."))

    def save(self) -> bool:
        vault = self.vault
        if (vault is None or not self.header.save_button.isEnabled()
                or self._read_only.active):
            return False
        self.autosave.stop()
        take_typed_in(self)  # Ctrl+S with a country half typed: taken, or refused visibly
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
        self._loading = True
        self.story.show_tags(self._record)  # as stored: cleaned of blanks and repeats
        self._loading = False
        self.header.show_reference(summary.reference)
        self.header.sealed_note.hide()
        self.message.hide()
        self.history.show_case(vault, summary.id, case_svc.case_history(vault, summary.id))
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
            for tab in self._record_tabs():  # taken to the tab that shows the field
                if where.startswith(tab.FIELDS):
                    self.tabs.setCurrentWidget(tab)
                    break
            if where.startswith("title"):
                self.header.title_edit.setFocus()

    def on_back_clicked(self) -> None:
        """Back to the list. Unsaved changes are kept as a draft first (the list then says
        so); if they cannot be kept, the case stays open with the reason."""
        left: str | None = None
        if self.vault is not None and self._dirty:
            self.keep_draft()
            if self._last_draft != encode(self.collect()):
                return  # not kept: keep_draft said why in the status line
            left = str(self._record.get("reference", "")) if self.case_id else ""
        self.autosave.stop()
        self.status_tick.stop()
        self._clear_form()
        self._set_enabled(False)
        self.files.set_case(None)
        self.closed.emit()
        if left is not None:
            self.draft_left.emit(left)

    # -- tabs and files ----------------------------------------------------------------

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.events:
            self.events.refresh_form()  # people may have changed since
        self.people.hide_protected()

    def _on_attachments_changed(self) -> None:
        if self.vault is None or self.case_id is None:
            return
        with contextlib.suppress(Exception):
            self.history.reload()


__all__ = ["CaseEditor"]
