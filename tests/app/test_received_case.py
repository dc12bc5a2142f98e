"""Received testimony on the coordinator's desk: it opens read-only with where it came from
(who sent it, when it was received, that its signature was checked), never as an editable
draft with the "This case was exported" note; "Make a working copy" makes a new editable
case linked to it in the audit log, and the received case stays as it arrived."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.services import bundle_import
from app.services import cases as svc
from app.services import drafts as draft_svc
from app.services.provenance import received_in
from app.ui.researcher.case_list import CasesSection
from app.ui.researcher.editor.case_editor import CaseEditor
from storage import audit
from tests.casedata import minimal, sample
from tests.desk import Desk


def _received(desk: Desk) -> str:
    r = desk.researcher("R-07")
    path, ids = desk.export(r, [sample("uz")], {0: b"\x00voice" * 100})
    outcome = bundle_import.import_bundle(desk.coordinator, path)
    assert outcome.outcome == "imported", outcome.error
    return str(ids[0])


@pytest.fixture
def editor(qtbot: QtBot, desk: Desk) -> CaseEditor:
    widget = CaseEditor()
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.show_vault(desk.coordinator)
    return widget


def _editable_texts(editor: CaseEditor) -> list[QLineEdit | QPlainTextEdit]:
    tabs = editor._record_tabs()
    found: list[QLineEdit | QPlainTextEdit] = []
    for tab in tabs:
        combos = tab.findChildren(QComboBox)
        for w in tab.findChildren(QLineEdit) + tab.findChildren(QPlainTextEdit):
            if any(c.isAncestorOf(w) for c in combos):
                continue  # a drop-down's own field: the drop-down is disabled
            if not w.isReadOnly():
                found.append(w)
    return found


def test_received_case_opens_read_only_with_its_provenance(
    qtbot: QtBot, editor: CaseEditor, desk: Desk
) -> None:
    case_id = _received(desk)
    assert received_in(desk.coordinator, case_id) is not None
    editor.open_case(case_id)

    bar = editor.received
    assert bar.isVisible()
    assert bar.who.text().startswith("Sent by Researcher R-07, received on ")
    assert "signature was checked" in bar.who.text()
    assert bar.copy_button.isVisible()
    assert bar.copy_button.isEnabled()
    # Not an editable draft, and not the researcher's "This case was exported" note.
    assert not editor.header.sealed_note.isVisible()
    assert not editor.header.status_combo.isVisible()
    assert not editor.header.save_button.isVisible()
    assert editor.header.title_edit.isReadOnly()
    # A coordinator's: the testimony is read-only, its status and notes can be recorded.
    assert editor.status_line.text() == (
        "Received testimony: the testimony is read-only; its status and notes can be "
        "recorded in 'Status and notes'.")
    assert _editable_texts(editor) == []
    assert editor.interview.withdrawn_on.placeholderText() == ""  # nothing invites typing
    assert not editor.people.add_person_button.isEnabled()
    assert not editor.people.remove_person_button.isEnabled()
    assert not editor.events.add_event_button.isEnabled()
    assert not editor.interview.consent_given.isEnabled()
    # One can still move through the people and show protected details.
    assert editor.people.person_list.isEnabled()
    assert editor.people.show_protected.isEnabled()
    # Files: can be viewed, not added, removed or recorded over.
    assert editor.files.add_button.isHidden()
    assert editor.files.remove_button.isHidden()
    assert editor.files.recorder.parentWidget().isHidden()
    assert not editor.files.acceptDrops()
    assert editor.history.restore_button.isHidden()

    # Typing and Ctrl+S change nothing; no draft is kept.
    before = svc.show_case(desk.coordinator, case_id)
    editor.tabs.setCurrentWidget(editor.story)
    qtbot.keyClicks(editor.story.narrative, "altered")
    assert not editor.save()
    editor.keep_draft()
    assert draft_svc.draft_for_case(desk.coordinator, case_id) is None
    after = svc.show_case(desk.coordinator, case_id)
    assert after.revision == before.revision
    assert after.record == before.record


def test_working_copy_is_a_new_editable_case_linked_to_the_original(
    qtbot: QtBot, editor: CaseEditor, desk: Desk
) -> None:
    case_id = _received(desk)
    original = svc.show_case(desk.coordinator, case_id)
    editor.open_case(case_id)
    with qtbot.waitSignal(editor.case_saved, timeout=5000) as saved:
        editor.received.copy_button.click()
    copy_id = saved.args[0]
    assert copy_id != case_id
    assert editor.case_id == copy_id
    # The copy is editable: no provenance bar, fields writable, Save there.
    assert not editor.received.isVisible()
    assert not editor.header.title_edit.isReadOnly()
    assert editor.header.save_button.isVisible()
    assert editor.header.status_combo.value() == "draft"
    assert not editor.people.add_person_button.isHidden()
    assert editor.people.add_person_button.isEnabled()
    assert _editable_texts(editor) != []
    assert not editor.files.add_button.isHidden()
    assert "working copy of the received case " + original.summary.reference in (
        editor.status_line.text())
    assert editor.header.title_edit.text() == original.record["title"] + " (working copy)"
    copy = svc.show_case(desk.coordinator, copy_id)
    assert copy.summary.reference != original.summary.reference
    assert copy.record["narrative"] == original.record["narrative"]
    assert received_in(desk.coordinator, copy_id) is None
    # Linked in the audit log; the original unchanged.
    links = [e.object_id for e in audit.entries(desk.coordinator.conn)
             if e.action == "case_copied"]
    assert links == [f"{copy_id} from {case_id}"]
    assert svc.show_case(desk.coordinator, case_id).record == original.record
    assert editor.origin_note.isVisible()
    assert editor.origin_note.text() == (
        f"A working copy of the received case {original.summary.reference}, which stays as "
        "it arrived.")
    # The received case now offers to open its working copy.
    editor.open_case(case_id)
    assert not editor.origin_note.isVisible()
    assert editor.received.open_button.isVisible()
    copy_reference = svc.show_case(desk.coordinator, copy_id).summary.reference
    assert editor.received.open_button.text() == f"&Open the working copy {copy_reference}"
    editor.received.open_button.click()
    assert editor.case_id == copy_id
    assert not editor.received.isVisible()
    # And the copy can be changed and saved.
    editor.header.title_edit.clear()
    qtbot.keyClicks(editor.header.title_edit, "Notes on the received case")
    assert editor.save()
    assert svc.show_case(desk.coordinator, copy_id).record["title"] == (
        "Notes on the received case")


def test_case_made_here_stays_editable(editor: CaseEditor, desk: Desk) -> None:
    local = svc.add_case(desk.coordinator, minimal("Written at the desk"))
    editor.open_case(local.id)
    assert not editor.received.isVisible()
    assert editor.header.save_button.isVisible()
    assert not editor.header.title_edit.isReadOnly()


def test_read_only_is_undone_for_the_next_case(editor: CaseEditor, desk: Desk) -> None:
    case_id = _received(desk)
    local = svc.add_case(desk.coordinator, sample("kz"))
    editor.open_case(case_id)
    assert editor.interview.consent_given.isEnabled() is False
    editor.open_case(local.id)
    assert not editor.received.isVisible()
    assert _editable_texts(editor) != []
    assert editor.people.add_person_button.isEnabled()
    assert editor.interview.consent_given.isEnabled()
    assert editor.interview.withdrawn_on.placeholderText() == "YYYY-MM-DD"
    assert not editor.files.add_button.isHidden()


def test_coordinators_empty_case_list_points_to_the_inbox(qtbot: QtBot, desk: Desk) -> None:
    section = CasesSection()
    qtbot.addWidget(section)
    section.show()
    section.show_vault(desk.coordinator)
    text = section.list.empty.text()
    assert "New case" not in text
    assert "Inbox" in text
    assert section.list.empty.isVisible()
    section.show_vault(None)
