"""The case editor, driven as a person would: create and edit a case, protected fields
masked until shown, type-to-search in the vocabularies, errors inline, drafts restored
after a crash, and nothing left in the widgets once the vault is locked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.services import cases as svc
from app.services import drafts as draft_svc
from app.ui.researcher.editor.case_editor import CaseEditor
from app.ui.researcher.editor.events import EventListModel
from app.ui.researcher.editor.history import HistoryModel
from app.ui.researcher.editor.people import PersonListModel
from crypto.kdf import FLOOR
from storage import drafts
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.casedata import minimal, sample
from tests.conftest import PASSPHRASE

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "case-uz.json"


@pytest.fixture
def editor(qtbot: QtBot, vault: Vault) -> CaseEditor:
    widget = CaseEditor()
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    widget.show_vault(vault)
    return widget


def _example() -> dict[str, Any]:
    record: dict[str, Any] = json.loads(EXAMPLE.read_text("utf-8"))
    return record


def _case_text_widgets(editor: CaseEditor) -> tuple[list[QLineEdit], list[QPlainTextEdit]]:
    lines = [
        w for w in editor.findChildren(QLineEdit)
        if not isinstance(w.parent(), QComboBox)  # a drop-down's own field shows its label
        and not (w.isReadOnly() and w.echoMode() == QLineEdit.EchoMode.Password)  # dots
    ]
    return lines, editor.findChildren(QPlainTextEdit)


def test_tabs_in_interview_order(editor: CaseEditor) -> None:
    names = [editor.tabs.tabText(i).replace("&", "") for i in range(editor.tabs.count())]
    assert names == ["Interview and consent", "Story", "People", "Events", "Files", "History"]
    assert editor.tabs.widget(4) is editor.files
    assert not editor.tabs.isEnabled()  # nothing open yet


def test_create_a_case_then_edit_it(qtbot: QtBot, editor: CaseEditor, vault: Vault) -> None:
    editor.open_case(None)
    assert editor.tabs.isEnabled()
    assert not editor.restore_bar.isVisible()
    qtbot.keyClicks(editor.header.title_edit, "Consulate refused a passport")
    editor.interview.consent_given.click()
    editor.interview.consent_uses["documentation"].click()
    editor.interview.consent_uses["legal"].click()
    qtbot.keyClicks(editor.interview.interview_date, "2026-06-13")
    qtbot.keyClicks(editor.interview.interviewer, "Researcher M.")
    qtbot.keyClicks(editor.interview.languages.search, "tajik")
    qtbot.keyClick(editor.interview.languages.search, Qt.Key.Key_Return)
    editor.tabs.setCurrentIndex(1)
    qtbot.keyClicks(editor.story.narrative, "They came at night.")
    qtbot.keyClick(editor.story.narrative, Qt.Key.Key_Return)  # QTest cannot type "\n" itself
    qtbot.keyClicks(editor.story.narrative, "My mother was questioned.")
    qtbot.keyClicks(editor.story.tags, "passport, consulate, passport")

    editor.tabs.setCurrentIndex(2)
    editor.people.add_person_button.click()
    qtbot.keyClicks(editor.people.p_pseudonym, "Lochin")
    qtbot.keyClicks(editor.people.p_real_name, "Jasur G.")
    assert editor.people.p_protected["real_name"].isChecked()  # protected by default
    assert editor.people.p_real_name.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(editor.people.p_birth_year, "1989")
    editor.people.add_person_button.click()
    qtbot.keyClicks(editor.people.p_pseudonym, "His mother")
    editor.people.p_role.set_code("relative")
    editor.people.p_relation.set_code("parent")
    editor.people.p_related.setCurrentIndex(editor.people.p_related.findData("p1"))
    assert editor.people.persons_model.rowCount() == 2
    assert "Lochin" in editor.people.persons_model.data(editor.people.persons_model.index(0, 0))

    editor.tabs.setCurrentIndex(3)
    editor.events.add_event_button.click()
    qtbot.keyClicks(editor.events.e_date, "2025-10")
    qtbot.keyClicks(editor.events.e_acts.search, "passport")
    qtbot.keyClick(editor.events.e_acts.search, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.events.e_victims.search, "Lochin")
    qtbot.keyClick(editor.events.e_victims.search, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.events.e_description, "Refused at the consulate.")

    with qtbot.waitSignal(editor.case_saved, timeout=5000) as saved:
        editor.header.save_button.click()
    case_id = saved.args[0]
    assert editor.case_id == case_id
    assert not editor.message.isVisible()
    assert editor.status_line.text() == "Saved in your encrypted vault just now."
    assert editor.status_tick.isActive()
    editor._saved_mono -= 30
    editor.status_tick.timeout.emit()
    assert editor.status_line.text() == "Saved in your encrypted vault 30 seconds ago."
    editor._saved_mono -= 600
    editor.status_tick.timeout.emit()
    assert editor.status_line.text() == "Saved in your encrypted vault 10 minutes ago."

    record = svc.show_case(vault, case_id).record
    assert record["title"] == "Consulate refused a passport"
    assert record["status"] == "draft"
    assert record["consent"] == {"given": True, "uses": ["documentation", "legal"]}
    assert record["interview"] == {"date": "2026-06-13", "interviewer_pseudonym": "Researcher M."}
    assert record["narrative"] == "They came at night.\nMy mother was questioned."
    assert record["languages"] == ["tg"]
    assert record["tags"] == ["passport", "consulate"]
    assert record["persons"] == [
        {"id": "p1", "role": "victim", "pseudonym": "Lochin", "real_name": "Jasur G.",
         "birth_year": 1989, "protected": ["real_name", "location", "contact"]},
        {"id": "p2", "role": "relative", "pseudonym": "His mother",
         "relation_to_victim": "parent", "related_victim": "p1",
         "protected": ["real_name", "location", "contact"]},
    ]
    assert record["events"] == [
        {"id": "e1", "date": {"value": "2025-10", "precision": "month"},
         "acts": ["passport_document_denial"], "victims": ["p1"],
         "description": "Refused at the consulate."},
    ]

    # Edit: open it again, change the title and the status, save a second version.
    editor.open_case(case_id)
    assert editor.header.title_edit.text() == "Consulate refused a passport"
    editor.header.title_edit.clear()
    qtbot.keyClicks(editor.header.title_edit, "Passport refused in Istanbul")
    editor.header.status_combo.setCurrentIndex(editor.header.status_combo.findData("ready"))
    with qtbot.waitSignal(editor.case_saved, timeout=5000):
        editor.save()
    case = svc.show_case(vault, case_id)
    assert case.revision == 2
    assert case.record["title"] == "Passport refused in Istanbul"
    assert case.summary.status == "ready"
    assert case.record["persons"] == record["persons"]
    assert editor.history.history_model.rowCount() == 2
    assert drafts.count(vault.conn) == 0  # saving deleted the draft


def test_ctrl_s_saves(qtbot: QtBot, editor: CaseEditor, vault: Vault) -> None:
    editor.open_case(None)
    qtbot.keyClicks(editor.header.title_edit, "Saved from the keyboard")
    editor.interview.consent_given.click()
    editor.activateWindow()
    editor.header.title_edit.setFocus()
    with qtbot.waitSignal(editor.case_saved, timeout=5000) as saved:
        qtbot.keyClick(editor.header.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert svc.show_case(vault, saved.args[0]).record["title"] == "Saved from the keyboard"


def test_fields_it_does_not_show_survive_a_save(
    qtbot: QtBot, editor: CaseEditor, vault: Vault
) -> None:
    original = _example()
    summary = svc.add_case(vault, original)
    stored = svc.show_case(vault, summary.id).record
    editor.open_case(summary.id)
    assert editor.story.narrative.toPlainText() == original["narrative"]
    assert editor.people.persons_model.rowCount() == len(original["persons"])
    assert editor.events.events_model.rowCount() == len(original["events"])
    editor.tabs.setCurrentIndex(1)
    editor.story.narrative.moveCursor(editor.story.narrative.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.story.narrative, " Added later.")
    with qtbot.waitSignal(editor.case_saved, timeout=5000):
        editor.header.save_button.click()
    after = svc.show_case(vault, summary.id)
    assert after.revision == 2
    assert after.record["narrative"] == original["narrative"] + " Added later."
    unchanged = {k: v for k, v in stored.items() if k not in ("narrative", "revision")}
    assert {k: v for k, v in after.record.items() if k not in ("narrative", "revision")} == (
        unchanged
    )
    assert after.record["languages"] == ["uz-Latn", "ru"]  # not shown by the editor


def test_protected_fields_are_masked_until_shown(editor: CaseEditor, vault: Vault) -> None:
    summary = svc.add_case(vault, _example())
    editor.open_case(summary.id)
    editor.tabs.setCurrentIndex(2)
    people = editor.people
    # p1 protects real_name, birth_year, location, contact.
    assert people.p_real_name.text() == "Jasur Gʻiyosov"
    assert people.p_real_name.echoMode() == QLineEdit.EchoMode.Password
    assert people.p_birth_year.echoMode() == QLineEdit.EchoMode.Password
    assert people.p_contact.echoMode() == QLineEdit.EchoMode.Password
    assert people.p_pseudonym.echoMode() == QLineEdit.EchoMode.Normal
    assert people.p_masked["location"].is_masked()
    assert not people.p_masked["sex"].is_masked()
    assert "Gʻiyosov" not in people.persons_model.data(people.persons_model.index(0, 0))

    people.show_protected.click()
    assert people.p_real_name.echoMode() == QLineEdit.EchoMode.Normal
    assert not people.p_masked["location"].is_masked()
    assert people.p_location.city.text() == "Istanbul"

    # Switching person masks again; p6 protects its pseudonym, so the list hides it too.
    people.person_list.setCurrentIndex(people.persons_model.index(5, 0))
    assert not people.show_protected.isChecked()
    assert people.p_pseudonym.echoMode() == QLineEdit.EchoMode.Password
    assert "Huquqshunos" not in people.persons_model.data(people.persons_model.index(5, 0))
    assert "p6" in people.persons_model.data(people.persons_model.index(5, 0))

    # Protecting a field masks it at once and is saved.
    people.person_list.setCurrentIndex(people.persons_model.index(0, 0))
    people.p_protected["sex"].click()
    assert people.p_masked["sex"].is_masked()
    assert editor.save()
    assert "sex" in svc.show_case(vault, summary.id).record["persons"][0]["protected"]


def test_vocabularies_type_to_search(qtbot: QtBot, editor: CaseEditor) -> None:
    editor.open_case(None)
    editor.tabs.setCurrentIndex(3)
    editor.events.add_event_button.click()
    # A filterable checklist: any part of a label, any case.
    qtbot.keyClicks(editor.events.e_acts.search, "RENDITION")
    assert editor.events.e_acts.proxy.rowCount() == 1
    qtbot.keyClick(editor.events.e_acts.search, Qt.Key.Key_Return)
    assert editor.events.e_acts.codes() == ["abduction_rendition"]
    editor.events.e_acts.search.clear()
    assert editor.events.e_acts.proxy.rowCount() > 30
    qtbot.keyClicks(editor.events.e_perpetrators.search, "consul")
    qtbot.keyClick(editor.events.e_perpetrators.search, Qt.Key.Key_Return)
    assert editor.events.e_perpetrators.codes() == ["origin_consulate_embassy"]

    # The vocabulary picker suggests labels matching inside: "bekist" finds Uzbekistan.
    combo = editor.events.e_place.country
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "bekist")
    completer = combo.completer()
    assert [combo.suggestions.item(r).text() for r in range(combo.suggestions.rowCount())] == [
        "Uzbekistan"]
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.code() == "UZ"
    event = editor.events.events_model.events[0]
    assert event["place"] == {"country": "UZ"}
    assert event["acts"] == ["abduction_rendition"]


def test_validation_error_shown_inline(qtbot: QtBot, editor: CaseEditor, vault: Vault) -> None:
    editor.open_case(None)
    qtbot.keyClicks(editor.header.title_edit, "A title")
    editor.interview.consent_given.click()
    qtbot.keyClicks(editor.interview.interview_date, "2026-13-45")
    editor.tabs.setCurrentIndex(2)
    assert not editor.save()
    assert editor.message.isVisible()
    assert "interview.date" in editor.message.text()
    assert editor.message.textFormat() == Qt.TextFormat.PlainText
    assert editor.tabs.currentIndex() == 0  # taken to the field
    assert svc.list_cases(vault) == []

    editor.interview.interview_date.clear()
    qtbot.keyClicks(editor.interview.interview_date, "2026-02-30")
    assert not editor.save()
    assert "not a real calendar date" in editor.message.text()
    editor.interview.interview_date.clear()
    qtbot.keyClicks(editor.interview.interview_date, "2026-02-28")
    assert not editor.message.isVisible()  # a change hides the old message
    assert editor.save()
    assert len(svc.list_cases(vault)) == 1


def test_draft_restored_after_a_crash(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, PASSPHRASE, FLOOR, DeviceKeyring.none())
    first = CaseEditor()
    qtbot.addWidget(first)
    first.autosave.setInterval(50)
    first.show_vault(vault)
    first.open_case(None)
    qtbot.keyClicks(first.header.title_edit, "Not saved yet")
    first.tabs.setCurrentIndex(1)
    qtbot.keyClicks(first.story.narrative, "Every word of this must survive.")
    qtbot.waitUntil(lambda: drafts.count(vault.conn) == 1, timeout=5000)
    assert first.status_line.text() == "Draft kept in your encrypted vault."
    qtbot.keyClicks(first.story.narrative, " And this too.")
    qtbot.waitUntil(
        lambda: "this too" in (draft_svc.new_case_draft(vault).record.get("narrative", "")),
        timeout=5000,
    )
    # The crash: the window goes away without saving or locking; the connection closes.
    first.autosave.stop()
    first.hide()
    vault.close()

    with Vault.unlock(path, PASSPHRASE, DeviceKeyring.none()) as again:
        editor = CaseEditor()
        qtbot.addWidget(editor)
        editor.show()
        editor.show_vault(again)
        editor.open_case(None)
        assert editor.restore_bar.isVisible()
        # Calm words, not a crash report: what was kept, where, and the two choices.
        assert editor.restore_label.text().startswith("A new case you started (last changed ")
        assert "kept as a draft in your encrypted vault" in editor.restore_label.text()
        assert not editor.tabs.isEnabled()  # one decision first
        assert editor.story.narrative.toPlainText() == ""
        editor.restore_button.click()
        assert not editor.restore_bar.isVisible()
        assert editor.tabs.isEnabled()
        assert editor.header.title_edit.text() == "Not saved yet"
        assert editor.story.narrative.toPlainText() == (
            "Every word of this must survive. And this too.")
        editor.interview.consent_given.click()
        with qtbot.waitSignal(editor.case_saved, timeout=5000) as saved:
            editor.save()
        assert drafts.count(again.conn) == 0
        record = svc.show_case(again, saved.args[0]).record
        assert record["narrative"] == "Every word of this must survive. And this too."
        editor.show_vault(None)


def test_draft_of_a_saved_case_offered_then_discarded(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, PASSPHRASE, FLOOR, DeviceKeyring.none())
    summary = svc.add_case(vault, sample("uz"))
    first = CaseEditor()
    qtbot.addWidget(first)
    first.autosave.setInterval(50)
    first.show_vault(vault)
    first.open_case(summary.id)
    assert not first.restore_bar.isVisible()
    first.header.title_edit.clear()
    qtbot.keyClicks(first.header.title_edit, "Edited title")
    qtbot.waitUntil(
        lambda: draft_svc.draft_for_case(vault, summary.id) is not None, timeout=5000
    )
    first.autosave.stop()
    first.hide()
    vault.close()

    with Vault.unlock(path, PASSPHRASE, DeviceKeyring.none()) as again:
        editor = CaseEditor()
        qtbot.addWidget(editor)
        editor.show()
        editor.show_vault(again)
        editor.open_case(summary.id)
        assert editor.restore_bar.isVisible()
        assert editor.header.title_edit.text() == sample("uz")["title"]
        editor.restore_button.click()
        assert editor.header.title_edit.text() == "Edited title"
        # Reopen and discard instead: the saved version stays, the draft goes.
        editor.open_case(summary.id)
        assert editor.restore_bar.isVisible()
        editor.discard_button.click()
        assert editor.header.title_edit.text() == sample("uz")["title"]
        assert draft_svc.draft_for_case(again, summary.id) is None
        assert svc.show_case(again, summary.id).revision == 1
        editor.show_vault(None)


def test_back_keeps_a_draft_and_closes(qtbot: QtBot, editor: CaseEditor, vault: Vault) -> None:
    editor.open_case(None)
    qtbot.keyClicks(editor.header.title_edit, "Left without saving")
    assert editor.autosave.isActive()
    with qtbot.waitSignal(editor.closed, timeout=2000):
        editor.header.back_button.click()
    assert not editor.autosave.isActive()
    assert editor.header.title_edit.text() == ""
    found = draft_svc.new_case_draft(vault)
    assert found is not None
    assert found.record["title"] == "Left without saving"


def test_exported_case_can_still_be_edited(
    qtbot: QtBot, editor: CaseEditor, vault: Vault
) -> None:
    summary = svc.add_case(vault, minimal("Sent already"))
    vault.conn.execute("UPDATE cases SET status = 'exported' WHERE id = ?", (summary.id,))
    editor.open_case(summary.id)
    assert editor.header.sealed_note.isVisible()
    assert "new draft version" in editor.header.sealed_note.text()
    assert editor.header.status_combo.value() == "draft"
    qtbot.keyClicks(editor.header.title_edit, " (corrected)")
    assert editor.save()
    case = svc.show_case(vault, summary.id)
    assert case.summary.status == "draft"
    assert case.record["title"] == "Sent already (corrected)"
    assert not editor.header.sealed_note.isVisible()


def test_history_lists_versions_and_shows_an_old_one(
    qtbot: QtBot, editor: CaseEditor, vault: Vault
) -> None:
    summary = svc.add_case(vault, sample("uz"))
    svc.edit_case(vault, summary.id, sample("uz") | {"title": "Second title"})
    editor.open_case(summary.id)
    editor.tabs.setCurrentIndex(5)
    assert editor.history.history_model.rowCount() == 2
    editor.history.history_view.selectRow(0)
    editor.history.view_revision_button.click()
    text = editor.history.revision_view.toPlainText()
    assert sample("uz")["title"] in text
    assert "Shavkat" not in text  # protected details stay hidden in the old version
    assert editor.history.revision_view.isReadOnly()
    assert "Version 1" in editor.history.revision_title.text()


def test_locking_clears_every_field(qtbot: QtBot, editor: CaseEditor, vault: Vault) -> None:
    summary = svc.add_case(vault, _example())
    editor.open_case(summary.id)
    editor.tabs.setCurrentIndex(2)
    editor.people.show_protected.click()
    editor.tabs.setCurrentIndex(5)
    editor.history.history_view.selectRow(0)
    editor.history.view_revision_button.click()
    assert "Police of the origin state" in editor.events.e_perpetrators.chosen.text()
    assert "Lochin" in editor.events.e_victims.chosen.text()
    editor.tabs.setCurrentIndex(1)
    qtbot.keyClicks(editor.story.narrative, "typed just before the lock")
    assert editor.autosave.isActive()
    lines, texts = _case_text_widgets(editor)
    assert any(line.text() for line in lines)
    assert any(text.toPlainText() for text in texts)

    editor.show_vault(None)
    lines, texts = _case_text_widgets(editor)
    assert [line.accessibleName() for line in lines if line.text()] == []
    assert [text.accessibleName() for text in texts if text.toPlainText()] == []
    leftover = [
        label.text() for label in editor._own(QLabel)
        if any(word in label.text() for word in ("Lochin", "Istanbul", "Uzbekistan", "Police"))
    ]
    assert leftover == []
    assert editor.people.persons_model.rowCount() == 0
    assert editor.events.events_model.rowCount() == 0
    assert editor.history.history_model.rowCount() == 0
    assert editor.header.reference_label.text() == ""
    assert editor.status_line.text() == ""
    assert editor.vault is None
    assert editor.case_id is None
    assert editor.collect()["title"] == ""
    assert not editor.autosave.isActive()
    assert not editor.status_tick.isActive()
    assert not editor.tabs.isEnabled()
    assert not editor.people.show_protected.isChecked()
    # What was typed just before the lock was kept as a draft, inside the vault.
    assert draft_svc.draft_for_case(vault, summary.id) is not None


def test_every_control_has_an_accessible_name(editor: CaseEditor, vault: Vault) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView

    editor.open_case(svc.add_case(vault, sample("uz")).id)
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractItemView)
    nameless = [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}"
        for kind in kinds for w in editor._own(kind)
        if not w.accessibleName() and not isinstance(w.parent(), QComboBox)
        and type(w).__name__ not in ("QTabBar",)
        and w.parent() is not None and "Scroll" not in type(w.parent()).__name__
        and w.isVisibleTo(editor)
        and not (hasattr(w, "text") and callable(w.text) and isinstance(w, QAbstractButton)
                 and w.text())
    ]
    assert nameless == []


def test_models(qtmodeltester: Any, vault: Vault) -> None:
    record = _example()
    persons = PersonListModel()
    persons.set_persons(record["persons"])
    qtmodeltester.check(persons)
    assert persons.rowCount() == 6
    events = EventListModel()
    events.set_events(record["events"])
    qtmodeltester.check(events)
    assert "2019" in events.data(events.index(0, 0))
    summary = svc.add_case(vault, record)
    svc.edit_case(vault, summary.id, record | {"title": "again"})
    history = HistoryModel()
    history.set_revisions(svc.case_history(vault, summary.id))
    qtmodeltester.check(history)
    assert history.rowCount() == 2
    assert history.data(history.index(1, 0)) == "2"
