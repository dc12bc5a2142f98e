"""Nothing a person did in the editor is lost without their say (issue 14 item 6): a
removed person comes back with "Undo" (with the events and relations that named them), an
earlier version can be restored as a new version (history never rewritten), and "Back to
cases" with unsaved changes keeps them as a draft that the list and the next opening
explain calmly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services import cases as svc
from app.services import drafts as draft_svc
from app.ui.researcher.case_list import CasesSection
from app.ui.researcher.case_model import CaseColumn
from app.ui.researcher.editor.case_editor import CaseEditor
from storage.errors import DraftTooLarge
from storage.vault import Vault
from tests.casedata import sample


@pytest.fixture
def editor(qtbot: QtBot, vault: Vault) -> CaseEditor:
    widget = CaseEditor()
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.show_vault(vault)
    return widget


def test_removed_person_comes_back_with_undo(qtbot: QtBot, editor: CaseEditor,
                                             vault: Vault) -> None:
    case = svc.add_case(vault, sample("uz"))
    editor.open_case(case.id)
    people = editor.people
    editor.tabs.setCurrentWidget(people)
    assert not people.undo_bar.isVisible()
    people.person_list.setCurrentIndex(people.persons_model.index(0, 0))  # p1, the victim
    buttons_at = people.remove_person_button.mapTo(editor, QPoint(0, 0))
    people.remove_person_button.click()

    assert [p["id"] for p in people.persons_model.persons] == ["p2"]
    assert people.undo_bar.isVisible()
    assert people.undo_label.text() == "Removed Botir (Victim)."
    assert people.undo_button.hasFocus()
    # The buttons did not move under the pointer.
    assert people.remove_person_button.mapTo(editor, QPoint(0, 0)) == buttons_at
    removed = editor.collect()
    assert "related_victim" not in removed["persons"][0]
    assert [e.get("victims") for e in removed["events"]] == [["p2"], None]

    people.undo_button.click()
    assert not people.undo_bar.isVisible()
    record = editor.collect()
    assert record["persons"] == sample("uz")["persons"]
    assert [e.get("victims") for e in record["events"]] == [["p2"], ["p1"]]
    assert people.person_list.currentIndex().row() == 0
    assert editor.save()
    assert svc.show_case(vault, case.id).record["persons"] == sample("uz")["persons"]


def test_undo_after_the_id_was_given_again(qtbot: QtBot, editor: CaseEditor,
                                          vault: Vault) -> None:
    case = svc.add_case(vault, sample("uz"))
    editor.open_case(case.id)
    people = editor.people
    people.person_list.setCurrentIndex(people.persons_model.index(1, 0))  # p2
    people.remove_person_button.click()
    people.add_person_button.click()  # takes the free id p2
    people.undo_button.click()
    ids = sorted(p["id"] for p in editor.collect()["persons"])
    assert ids == ["p1", "p2", "p3"]
    assert editor.save()  # still a valid case


def test_history_restores_an_earlier_version_as_a_new_one(
    qtbot: QtBot, editor: CaseEditor, vault: Vault
) -> None:
    first = sample("uz")
    case = svc.add_case(vault, first)
    svc.edit_case(vault, case.id, dict(first, title="Second title", narrative="Rewritten."))
    editor.open_case(case.id)
    history = editor.history
    editor.tabs.setCurrentWidget(history)
    assert history.history_model.rowCount() == 2
    history.history_view.selectRow(1)
    assert not history.restore_button.isEnabled()  # the newest is what the case is now
    history.history_view.selectRow(0)
    assert history.restore_button.isEnabled()
    with qtbot.waitSignal(editor.case_saved, timeout=5000):
        history.restore_button.click()

    now = svc.show_case(vault, case.id)
    assert now.revision == 3
    assert now.record["title"] == first["title"]
    assert now.record["narrative"] == first["narrative"]
    # Never rewriting history: versions 1 and 2 are as they were.
    assert svc.show_case(vault, case.id, 1).record["title"] == first["title"]
    assert svc.show_case(vault, case.id, 2).record["title"] == "Second title"
    assert history.history_model.rowCount() == 3
    assert editor.header.title_edit.text() == first["title"]
    assert editor.status_line.text() == (
        "Version 1 is restored as a new version, 3. Every earlier version stays as it was.")


def test_restoring_over_unsaved_changes_asks_first(
    qtbot: QtBot, editor: CaseEditor, vault: Vault
) -> None:
    first = sample("uz")
    case = svc.add_case(vault, first)
    svc.edit_case(vault, case.id, dict(first, title="Second title"))
    editor.open_case(case.id)
    qtbot.keyClicks(editor.header.title_edit, " typed")
    editor.history.history_view.selectRow(0)
    editor.history.restore_button.click()
    box = editor._question
    assert isinstance(box, QMessageBox)
    assert "not saved" in box.text()
    assert box.defaultButton().text() == "Keep my changes"  # the safe choice is the default
    box.defaultButton().click()
    assert svc.show_case(vault, case.id).revision == 2
    assert editor.header.title_edit.text() == "Second title typed"

    editor.history.restore_button.click()
    box = editor._question
    assert isinstance(box, QMessageBox)
    restore = next(b for b in box.buttons() if b.text() == "Restore version 1")
    with qtbot.waitSignal(editor.case_saved, timeout=5000):
        restore.click()
    assert svc.show_case(vault, case.id).revision == 3
    assert editor.header.title_edit.text() == first["title"]
    assert draft_svc.draft_for_case(vault, case.id) is None


def test_back_with_unsaved_changes_keeps_a_draft_the_list_shows(
    qtbot: QtBot, vault: Vault
) -> None:
    case = svc.add_case(vault, sample("uz"))
    section = CasesSection()
    qtbot.addWidget(section)
    section.resize(1100, 760)
    section.show()
    section.show_vault(vault)
    section.open_case(case.id)
    editor = section.editor
    qtbot.keyClicks(editor.header.title_edit, " (not saved)")
    editor.header.back_button.click()

    assert section.stack.currentWidget() is section.list_page
    assert section.draft_note.isVisible()
    reference = svc.show_case(vault, case.id).summary.reference
    assert section.draft_note.text().startswith(
        f"Your changes to case {reference} are not saved yet. They are kept as a draft")
    model = section.list.model
    title = model.index(0, CaseColumn.TITLE).data()
    assert title == "Unsaved changes kept: " + sample("uz")["title"]
    assert "kept as a draft" in model.index(0, CaseColumn.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert svc.show_case(vault, case.id).revision == 1  # nothing saved behind their back

    # The next opening explains the kept draft calmly and offers both ways.
    section.open_case(case.id)
    assert not section.draft_note.isVisible()
    assert editor.restore_bar.isVisible()
    text = editor.restore_label.text()
    assert text.startswith("You have changes to this case that were not saved yet")
    assert "kept as a draft in your encrypted vault" in text
    assert editor.restore_button.text().replace("&", "") == "Continue with the changes"
    editor.restore_button.click()
    assert editor.header.title_edit.text() == sample("uz")["title"] + " (not saved)"
    assert editor.save()
    editor.header.back_button.click()
    assert not section.draft_note.isVisible()
    assert model.index(0, CaseColumn.TITLE).data() == sample("uz")["title"] + " (not saved)"
    section.show_vault(None)


def test_back_without_changes_says_nothing(qtbot: QtBot, vault: Vault) -> None:
    case = svc.add_case(vault, sample("uz"))
    section = CasesSection()
    qtbot.addWidget(section)
    section.show()
    section.show_vault(vault)
    section.open_case(case.id)
    section.editor.header.back_button.click()
    assert not section.draft_note.isVisible()
    assert section.list.model.index(0, CaseColumn.TITLE).data() == sample("uz")["title"]
    section.show_vault(None)


def test_back_stays_when_the_changes_cannot_be_kept(
    qtbot: QtBot, editor: CaseEditor, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = svc.add_case(vault, sample("uz"))
    editor.open_case(case.id)
    qtbot.keyClicks(editor.header.title_edit, " (typed)")

    def refuse(*_args: object, **_kwargs: object) -> str:
        raise DraftTooLarge(9 * 1024 * 1024)

    monkeypatch.setattr(draft_svc, "keep_draft", refuse)
    closed: list[bool] = []
    editor.closed.connect(lambda: closed.append(True))
    editor.header.back_button.click()
    assert closed == []  # not left silently: the case stays open with the reason
    assert editor.header.title_edit.text() == sample("uz")["title"] + " (typed)"
    assert editor.status_line.text().startswith("Your changes could not be kept as a draft")
