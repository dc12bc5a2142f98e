"""The case editor's actions on whole cases and versions: received testimony shown
read-only with where it came from and "Make a working copy"; History's "Restore this
version", saved as a new version (never rewriting history).

A mixin of CaseEditor (case_editor.py), which composes the tabs and keeps the draft; the
texts are in the "CaseEditor" translation context, written out for pyside6-lupdate.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QTabWidget

from app.domain.text import fill
from app.messages import explain
from app.services import cases as case_svc
from app.services import drafts as draft_svc
from app.services import provenance as provenance_svc
from app.services.vaults import Vault
from app.ui.researcher.editor.form import translate
from app.ui.researcher.editor.received import ReadOnly, ReceivedBar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from app.ui.coordinator.team.triage import TriageTab
    from app.ui.researcher.editor.events import EventsTab
    from app.ui.researcher.editor.header import CaseHeader
    from app.ui.researcher.editor.history import HistoryTab
    from app.ui.researcher.editor.people import PeopleTab
    from app.ui.researcher.files import FilesTab


class CaseActions:
    """Working copies of received cases and restoring earlier versions (see the module)."""

    vault: Vault | None
    case_id: str | None
    _record: dict[str, Any]
    _dirty: bool
    _read_only: ReadOnly
    _question: QMessageBox | None
    received: ReceivedBar
    header: CaseHeader
    people: PeopleTab
    events: EventsTab
    files: FilesTab
    history: HistoryTab
    triage: TriageTab
    tabs: QTabWidget
    status_line: QLabel
    origin_note: QLabel
    case_saved: Any  # Signal(str) of CaseEditor

    def _record_tabs(self) -> tuple[Any, ...]:
        raise NotImplementedError

    def open_case(self, case_id: str | None) -> None:
        raise NotImplementedError

    def _show_error(self, err: BaseException) -> None:
        raise NotImplementedError

    # -- received testimony --------------------------------------------------------------

    def _show_received(self, received: provenance_svc.BundleProvenance) -> None:
        """Received testimony is evidence: read-only, with where it came from."""
        self.received.show_received(received)
        self.header.set_read_only(True)
        files = self.files
        hide = [files.add_button, files.remove_button, files.hint,
                files.recorder.parentWidget(), self.history.restore_button]
        self._read_only.apply(
            self._record_tabs(),
            keep=(self.people.person_list, self.people.show_protected, self.events.event_list),
            hide=[w for w in hide if w is not None])
        files.setAcceptDrops(False)
        self.status_line.setText(translate("CaseEditor", "Received testimony, read-only."))
        self.received.copy_button.setFocus()
        if self.vault is not None and self.case_id is not None:
            copies = case_svc.working_copies(self.vault, self.case_id)
            if copies:
                self.received.show_copy(copies[-1].id, copies[-1].reference)
            if self.vault.role == "coordinator":
                self.status_line.setText(translate(
                    "CaseEditor", "Received testimony: the testimony is read-only; its status "
                    "and notes can be recorded in 'Status and notes'."))
                self._show_triage()

    def _show_triage(self) -> None:
        """A coordinator works on received testimony: its status, assignment, tags and
        notes, shared with the team (app/ui/coordinator/team/triage.py)."""
        self.triage.show_case(self.vault, self.case_id)
        if self.tabs.indexOf(self.triage) < 0:
            self.tabs.addTab(self.triage, translate("CaseEditor", "Status and &notes"))

    def _hide_triage(self) -> None:
        index = self.tabs.indexOf(self.triage)
        if index >= 0:
            self.tabs.removeTab(index)
        self.triage.clear()

    def _show_origin(self) -> None:
        """A working copy says which received case it was made from."""
        self.origin_note.clear()
        self.origin_note.hide()
        if self.vault is None or self.case_id is None:
            return
        original = case_svc.copied_from(self.vault, self.case_id)
        if original is not None:
            self.origin_note.setText(fill(translate(
                "CaseEditor",
                "A working copy of the received case %1, which stays as it arrived."),
                original.reference))
            self.origin_note.show()

    def make_working_copy(self) -> None:
        """A new case of one's own with the received text; it opens in the editor."""
        vault, case_id = self.vault, self.case_id
        if vault is None or case_id is None:
            return
        reference = str(self._record.get("reference", ""))
        title = fill(translate("CaseEditor", "%1 (working copy)"),
                     self.header.title_edit.text().strip())
        try:
            summary = case_svc.working_copy(vault, case_id, title)
        except Exception as err:
            if explain(err) is None:
                raise
            self._show_error(err)
            return
        self.open_case(summary.id)
        self.status_line.setText(fill(translate(
            "CaseEditor",
            "This is your working copy of the received case %1, saved in your encrypted "
            "vault. The received case stays as it arrived."), reference))
        self.case_saved.emit(summary.id)

    # -- earlier versions ----------------------------------------------------------------

    def on_restore_requested(self, revision: int) -> None:
        """History's "Restore this version": saved as a new version. Unsaved changes in
        the form are not replaced without asking."""
        if self.vault is None or self.case_id is None or self._read_only.active:
            return
        if not self._dirty:
            self.restore_revision(revision)
            return
        question = fill(translate(
            "CaseEditor",
            "Your changes since the last save are not saved. Restoring version %1 replaces "
            "them; every saved version stays as it was. Restore version %1?"), revision)
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("CaseEditor", "Restore an earlier version"), question,
                          parent=self)  # type: ignore[call-overload]
        restore = box.addButton(fill(translate("CaseEditor", "Restore version %1"), revision),
                                QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(translate("CaseEditor", "Keep my changes"),
                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def on_finished(_result: int) -> None:
            self._question = None
            if box.clickedButton() is restore:
                self.restore_revision(revision)

        box.finished.connect(on_finished)
        self._question = box
        box.open()

    def restore_revision(self, revision: int) -> None:
        vault, case_id = self.vault, self.case_id
        if vault is None or case_id is None:
            return
        try:
            summary = case_svc.restore_revision(vault, case_id, revision)
        except Exception as err:
            if explain(err) is None:
                raise
            self._show_error(err)
            return
        with contextlib.suppress(Exception):
            draft_svc.discard_draft(vault, case_id)
        self._dirty = False
        self.open_case(summary.id)
        self.tabs.setCurrentWidget(self.history)
        self.status_line.setText(fill(translate(
            "CaseEditor",
            "Version %1 is restored as a new version, %2. Every earlier version stays as it "
            "was."), revision, summary.revision))
        self.case_saved.emit(summary.id)


__all__ = ["CaseActions"]
