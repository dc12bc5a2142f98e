"""The team desk in the desktop app (issue 19), with real vaults and real files: the Team panel
founds a team, invites and joins between two vaults (both code comparisons, the key transfer
and the folder through the real file dialogs), removes a coordinator (confirm, new card);
the triage tab of a received case records events and shows their history, a lost conflict as
overridden; automatic sync imports a bundle dropped into the shared folder and stops on
lock."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.services import cases as case_service
from app.services import organisations, team
from app.ui.common import jobs
from app.ui.coordinator.team.panel import TeamPanel
from app.ui.researcher.editor.case_editor import CaseEditor
from app.ui.shell.workspace import Workspace
from storage.vault import Vault
from tests.casedata import sample
from tests.desk import Desk
from tests.team import world


def _panel(qtbot: QtBot, vault: Vault) -> TeamPanel:
    panel = TeamPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 1500)  # every code fully on screen: "They match" can be clicked
    panel.show()
    panel.show_vault(vault)
    return panel


def _file_dialog(parent: QWidget, qtbot: QtBot) -> QFileDialog:
    found: list[QFileDialog] = []

    def shown() -> bool:
        found[:] = [d for d in parent.findChildren(QFileDialog) if d.isVisible()]
        return len(found) == 1

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def _choose(parent: QWidget, qtbot: QtBot, path: Path) -> None:
    dialog = _file_dialog(parent, qtbot)
    dialog.selectFile(str(path))
    dialog.accept()


def _code(text: str) -> str:
    return " ".join(text.split())


def test_the_panel_founds_a_team_on_the_organisations_desk(
        qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    panel = _panel(qtbot, desk.coordinator)
    line = team.my_line(desk.coordinator)
    assert panel.line.text() == line.line
    assert _code(panel.code.text()) == _code(line.safety_code)
    assert panel.folder_box.isVisible()
    assert not panel.members_box.isVisible()
    assert panel.join.isVisible()  # not in a team yet
    panel.name.setText("Alice")
    panel.name.editingFinished.emit()
    panel.copy_button.click()
    assert "copied" in panel.message.text()

    (tmp_path / "shared").mkdir()
    panel.folder_button.click()
    _choose(panel, qtbot, tmp_path / "shared")
    status = team.status(desk.coordinator)
    assert status is not None
    assert status.joined
    assert status.member_name == "Alice"
    assert (tmp_path / "shared" / "inbox").is_dir()
    assert (tmp_path / "shared" / "journal").is_dir()
    assert panel.members_box.isVisible()
    assert not panel.join.isVisible()
    assert panel.name.isReadOnly()
    assert panel.folder.text() == str((tmp_path / "shared").resolve())
    assert [r.name for r in panel.model.rows] == ["Alice"]
    assert panel.model.index(0, 0).data() == "Alice (this desk)"
    assert panel.sync_button.isEnabled()
    assert panel.invite_button.isEnabled()
    assert "shared folder is" in panel.message.text()


def test_invite_join_and_remove_between_two_vaults(
        qtbot: QtBot, desk: Desk, make_vault: object, tmp_path: Path) -> None:
    alice_folder, bob_folder = tmp_path / "shared-a", tmp_path / "shared-b"
    alice_folder.mkdir()
    bob_folder.mkdir()
    alice = _panel(qtbot, desk.coordinator)
    alice.name.setText("Alice")
    assert alice.choose_folder(alice_folder)

    bob_vault = make_vault("bob", role="coordinator")  # type: ignore[operator]
    bob = _panel(qtbot, bob_vault)
    assert not bob.folder_box.isVisible()  # no organisation: join first
    bob.name.setText("Bob")
    bob.name.editingFinished.emit()
    bob_line = team.my_line(bob_vault)
    assert bob_line.name == "Bob"

    # Alice invites: paste Bob's line, compare his code, save the key transfer.
    alice.invite_button.click()
    invite = alice.invite
    assert invite.isVisible()
    invite.paste.setText(bob.line.text())
    invite.read_button.click()
    compare = invite.compare
    assert compare.isVisible()
    assert _code(compare.codes[0].text()) == _code(bob_line.safety_code)
    assert "Bob" in compare.captions[0].text()
    qtbot.waitUntil(compare.match_button.isEnabled, timeout=5000)
    compare.match_button.click()
    transfer = tmp_path / "bob.age"
    _choose(invite, qtbot, transfer)
    assert transfer.exists()
    assert "Only Bob can open it" in alice.message.text()
    assert not invite.isVisible()
    assert sorted(r.name for r in alice.model.rows) == ["Alice", "Bob"]

    # Bob joins: open the transfer, compare both codes, then choose the folder.
    bob.join.open_button.click()
    _choose(bob.join, qtbot, transfer)
    joining = bob.join.compare
    assert joining.isVisible()
    org = organisations.own_organisation(desk.coordinator)
    assert org is not None
    assert _code(joining.codes[0].text()) == _code(org.signing_key.safety_code())
    assert _code(joining.codes[1].text()) == _code(alice.code.text())
    assert "Memorial" in joining.captions[0].text()
    assert "Alice" in joining.captions[1].text()
    qtbot.waitUntil(joining.match_button.isEnabled, timeout=5000)
    joining.match_button.click()
    assert team.in_team(bob_vault)
    assert "Now choose the shared folder" in bob.message.text()
    _choose(bob, qtbot, bob_folder)  # the folder dialog opens after joining
    assert team.folder_of(bob_vault) == bob_folder.resolve()
    world.copy_all(alice_folder, bob_folder)
    team.sync(bob_vault)
    bob.refresh()
    assert sorted(r.name for r in bob.model.rows) == ["Alice", "Bob"]
    assert organisations.own_organisation(bob_vault) is not None

    # A line that does not match changes nothing.
    alice.invite_button.click()
    alice.invite.paste.setText("not a line")
    alice.invite.read_button.click()
    assert "not a coordinator's line" in alice.message.text()

    # Alice removes Bob: confirm, save the new card, researchers must trust it.
    old_code = org.signing_key.safety_code()
    assert alice.select_member("Bob")
    alice.show_synced(team.SyncReport())  # a sync meanwhile keeps the selection
    assert "nothing new" in alice.last_sync.text()
    assert alice.selected_member() is not None
    assert alice.selected_member().name == "Bob"  # type: ignore[union-attr]
    assert alice.remove_button.isEnabled()
    alice.remove_button.click()
    box = alice._question
    assert isinstance(box, QMessageBox)
    assert box.defaultButton() is not None
    assert box.buttonRole(box.defaultButton()) == QMessageBox.ButtonRole.RejectRole
    [remove] = [b for b in box.buttons()
                if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
    remove.click()
    card = tmp_path / "new.card"
    _choose(alice, qtbot, card)
    assert card.exists()
    assert "must trust the new card" in alice.message.text()
    row = next(r for r in alice.model.rows if r.name == "Bob")
    assert not row.active
    assert row.removed_at
    assert alice.model.index(alice.model.rows.index(row), 3).data() != ""
    new_org = organisations.own_organisation(desk.coordinator)
    assert new_org is not None
    assert new_org.signing_key.safety_code() != old_code
    assert alice.select_member("Alice")
    assert not alice.remove_button.isEnabled()


def _received_case(desk: Desk) -> str:
    from app.services import bundle_import

    r = desk.researcher("R-07")
    path, ids = desk.export(r, [sample("uz")])
    outcome = bundle_import.import_bundle(desk.coordinator, path)
    assert outcome.outcome == "imported", outcome.error
    return str(ids[0])


def _editor(qtbot: QtBot, vault: Vault) -> CaseEditor:
    editor = CaseEditor()
    qtbot.addWidget(editor)
    editor.resize(1100, 760)
    editor.show()
    editor.show_vault(vault)
    return editor


def _history(editor: CaseEditor) -> list[str]:
    model = editor.triage.model
    return [str(model.index(r, 2).data()) for r in range(model.rowCount())]


def test_triage_from_the_received_case_records_events_and_shows_history(
        qtbot: QtBot, desk: Desk) -> None:
    case_id = _received_case(desk)
    editor = _editor(qtbot, desk.coordinator)
    editor.open_case(case_id)
    triage = editor.triage
    assert editor.tabs.indexOf(triage) == editor.tabs.count() - 1
    assert editor.tabs.tabText(editor.tabs.indexOf(triage)) == "Status and &notes"
    editor.tabs.setCurrentWidget(triage)
    assert triage.status.currentData() == "new"
    assert triage.status.isEnabled()
    assert not triage.assignee.isReadOnly()

    index = triage.status.findData("reviewing")
    triage.status.setCurrentIndex(index)
    triage.status.activated.emit(index)
    triage.assignee.setText("  Alice  ")
    triage.assign_button.click()
    triage.new_tag.setText("urgent")
    triage.add_tag_button.click()
    assert not triage.add_note_button.isEnabled()
    triage.note.setPlainText("Call the witness back on Monday.")
    triage.add_note_button.click()

    found = team.case_triage(desk.coordinator, case_id)
    assert (found.status, found.assignee, found.tags) == ("reviewing", "Alice", ("urgent",))
    assert [n.value for n in found.notes] == ["Call the witness back on Monday."]
    assert _history(editor) == ["Note: Call the witness back on Monday.", "Tag added: urgent",
                                "Assigned to Alice", "Status: Reviewing"]
    assert triage.note.toPlainText() == ""
    assert triage.new_tag.text() == ""
    assert triage.model.index(0, 1).data() == "Coordinator"  # who: this desk's name

    triage.tags.setCurrentRow(0)
    triage.remove_tag_button.click()
    assert team.case_triage(desk.coordinator, case_id).tags == ()
    assert _history(editor)[0] == "Tag removed: urgent"
    assert triage.tags.count() == 0

    triage.assignee.selectAll()
    QTest.keyClicks(triage.assignee, "Bo")  # being typed when a sync reads the case again
    triage.reload()
    assert triage.assignee.text() == "Bo"
    triage.new_tag.setText("x" * 64 + "y")  # the field keeps 64 characters
    assert len(triage.new_tag.text()) == 64

    # Back and open again: the tab and its values come back; a researcher-made case has none.
    editor.on_back_clicked()
    assert editor.tabs.indexOf(triage) < 0
    own = case_service.add_case(desk.coordinator, sample("ru"))
    editor.open_case(str(own.id))
    assert editor.tabs.indexOf(triage) < 0
    editor.open_case(case_id)
    assert triage.status.currentData() == "reviewing"
    assert triage.assignee.text() == "Alice"


def test_a_lost_conflict_shows_as_overridden(qtbot: QtBot, tmp_path: Path) -> None:
    shared_a, shared_b = tmp_path / "a", tmp_path / "b"
    desk, alice = world.found(tmp_path, shared_a, "Alice")
    try:
        bob = world.join(tmp_path, alice, "Bob", shared_b)
        r = desk.researcher("R-07")
        path, ids = desk.export(r, [sample("uz")])
        shutil.copy(path, shared_a / "inbox" / path.name)
        alice.sync()
        world.copy_all(shared_a, shared_b)
        world.copy_all(shared_b, shared_a)
        bob.sync()
        alice.sync()
        case_id = str(ids[0])
        team.triage(alice.vault, case_id, status="verified")
        team.triage(bob.vault, case_id, status="closed")
        world.copy_all(shared_a, shared_b)
        world.copy_all(shared_b, shared_a)
        alice.sync()
        bob.sync()
        editor = _editor(qtbot, alice.vault)
        editor.open_case(case_id)
        history = _history(editor)
        overridden = [h for h in history if "overridden" in h]
        assert len(overridden) == 1, history
        winner = team.case_triage(alice.vault, case_id).status
        assert editor.triage.status.currentData() == winner
        loser = "Verified" if winner == "closed" else "Closed"
        assert overridden == [f"Status: {loser} (overridden: changed at the same time)"]
        bob.vault.close()
    finally:
        desk.close()


@pytest.fixture
def founded(desk: Desk, tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    team.set_folder(desk.coordinator, folder, "Alice")
    return folder


def test_auto_sync_imports_a_bundle_dropped_into_the_folder_and_stops_on_lock(
        qtbot: QtBot, desk: Desk, founded: Path, tmp_path: Path) -> None:
    r = desk.researcher("R-07")
    workspace = Workspace(tmp_path / "coordinator", tmp_path / "settings.json")
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.show_vault(desk.coordinator)
    sync = workspace.auto_sync
    assert sync.folder == founded.resolve()
    assert sorted(sync.watcher.directories()) == sorted(
        str(founded.resolve() / sub) for sub in ("inbox", "journal"))
    qtbot.waitUntil(lambda: not sync.busy and not sync.debounce.isActive(), timeout=10000)
    workspace.select("cases")
    workspace.select("organisations")
    panel = workspace.organisations.team
    before = len(case_service.list_cases(desk.coordinator))
    inbox_rows = workspace.inbox.model.rowCount()

    path, _ids = desk.export(r, [sample("uz"), sample("ru")])
    shutil.copy(path, founded / "inbox" / path.name)
    qtbot.waitUntil(lambda: len(case_service.list_cases(desk.coordinator)) == before + 2,
                    timeout=15000)
    qtbot.waitUntil(lambda: "bundles imported 1" in panel.last_sync.text(), timeout=10000)
    assert len(case_service.list_cases(desk.coordinator)) == before + 2
    assert workspace.inbox.model.rowCount() == inbox_rows + 1  # the sync's import shows
    qtbot.waitUntil(lambda: workspace.cases.list.model.rowCount() == before + 2,
                    timeout=10000)  # the case list was refreshed

    # Never two at once: asking during a sync makes one more after it.
    assert sync.sync_now()
    assert sync.sync_now()
    assert len(jobs.running(sync)) <= 1
    qtbot.waitUntil(lambda: not sync.busy and not sync.debounce.isActive(), timeout=10000)

    # "Sync now", and a folder that went away (a disk unplugged): said in one sentence.
    panel.last_sync.clear()
    panel.sync_button.click()
    qtbot.waitUntil(lambda: "nothing new" in panel.last_sync.text(), timeout=10000)
    shutil.rmtree(founded)
    panel.sync_button.click()
    qtbot.waitUntil(lambda: "failed" in panel.last_sync.text(), timeout=10000)
    assert "is not there" in panel.last_sync.text()
    assert panel.sync_button.isEnabled()

    workspace.stop_jobs()
    workspace.show_vault(None)  # what locking does
    assert sync.folder is None
    assert sync.vault is None
    assert sync.watcher.directories() == []
    assert not sync.fallback.isActive()
    assert not sync.debounce.isActive()


def test_auto_sync_shows_another_desks_triage_in_the_open_case(
        qtbot: QtBot, tmp_path: Path) -> None:
    shared_a, shared_b = tmp_path / "a", tmp_path / "b"
    desk, alice = world.found(tmp_path, shared_a, "Alice")
    bob = world.join(tmp_path, alice, "Bob", shared_b)
    workspace = Workspace(tmp_path / "coordinator", tmp_path / "settings.json")
    try:
        r = desk.researcher("R-07")
        path, ids = desk.export(r, [sample("uz")])
        shutil.copy(path, shared_a / "inbox" / path.name)
        alice.sync()
        world.copy_all(shared_a, shared_b)
        bob.sync()
        case_id = str(ids[0])

        qtbot.addWidget(workspace)
        workspace.show()
        workspace.show_vault(alice.vault)
        sync = workspace.auto_sync
        qtbot.waitUntil(lambda: not sync.busy and not sync.debounce.isActive(), timeout=10000)
        workspace.select("cases")
        workspace.cases.open_case(case_id)
        triage = workspace.cases.editor.triage
        assert workspace.cases.editor.tabs.indexOf(triage) >= 0
        assert triage.status.currentData() == "new"

        started: list[int] = []
        sync.started.connect(lambda: started.append(1))
        team.triage(bob.vault, case_id, status="follow_up", tags=("witness",))
        team.triage(bob.vault, case_id, note="Second interview in March.")
        world.copy_all(shared_b, shared_a)  # a burst of files: one sync after it
        qtbot.waitUntil(lambda: triage.status.currentData() == "follow_up", timeout=15000)
        assert [triage.tags.item(n).text() for n in range(triage.tags.count())] == ["witness"]
        history = _history(workspace.cases.editor)
        assert history[0] == "Note: Second interview in March."
        assert triage.model.index(0, 1).data() == "Bob"
        qtbot.waitUntil(lambda: not sync.busy and not sync.debounce.isActive(), timeout=10000)
        assert len(started) <= 2  # the burst, and at most once more for our own writes
        workspace.stop_jobs()
        workspace.show_vault(None)
    finally:
        bob.vault.close()
        desk.close()
