"""Team panel follow-ups: a desk nobody named shows an empty, prominent name field with a
placeholder and refuses to found, join or copy its line until named; the last sync's sentence
says how many team files this desk cannot read yet."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services import team
from app.ui.coordinator.team.panel import TeamPanel
from storage.vault import Vault
from tests.desk import Desk

REFUSED = ("Write your name in the team first: the other coordinators see it next to "
           "everything you decide.")


def _panel(qtbot: QtBot, vault: Vault) -> TeamPanel:
    panel = TeamPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 1500)
    panel.show()
    panel.show_vault(vault)
    return panel


def test_an_unnamed_desk_must_be_named_before_founding(
        qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    panel = _panel(qtbot, desk.coordinator)
    assert team.status(desk.coordinator).member_name == team.DEFAULT_NAME  # type: ignore[union-attr]
    assert panel.name.text() == ""  # the default name is not offered as a name
    assert panel.name.placeholderText()
    assert panel.name_label.font().bold()
    assert not panel.name.isReadOnly()

    folder = tmp_path / "shared"
    folder.mkdir()
    assert not panel.choose_folder(folder)
    assert panel.message.text() == REFUSED
    status = team.status(desk.coordinator)
    assert status is not None
    assert not status.joined
    panel.message.clear()
    panel.copy_button.click()  # the line would carry the default name to the team
    assert panel.message.text() == REFUSED
    panel.name.setText("   ")  # blank is empty
    assert not panel.choose_folder(folder)

    panel.name.setText("Alice")
    panel.name.editingFinished.emit()
    assert panel.choose_folder(folder)
    status = team.status(desk.coordinator)
    assert status is not None
    assert status.joined
    assert status.member_name == "Alice"
    assert panel.name.text() == "Alice"
    assert panel.name.isReadOnly()
    assert not panel.name_label.font().bold()


def test_an_unnamed_desk_cannot_join(qtbot: QtBot, make_vault: object) -> None:
    vault = make_vault("newcomer", role="coordinator")  # type: ignore[operator]
    panel = _panel(qtbot, vault)
    assert panel.name.text() == ""
    panel.join.open_button.click()  # no file dialog: the name comes first
    assert panel.message.text() == REFUSED
    assert not panel.join.accept()
    panel.name.setText("Dilnoza")
    panel.name.editingFinished.emit()
    assert team.my_line(vault).name == "Dilnoza"
    assert panel.name.text() == "Dilnoza"  # a name given is shown


def test_the_last_sync_names_files_this_desk_cannot_read(qtbot: QtBot, desk: Desk) -> None:
    panel = _panel(qtbot, desk.coordinator)
    panel.show_synced(team.SyncReport(events_applied=3, unreadable=2))
    assert panel.last_sync.text().endswith(
        "team changes applied 3, bundles waiting for their sender 0, bundles refused 0. "
        "2 team files cannot be read by this desk yet.")
    panel.show_synced(team.SyncReport(unreadable=1))
    assert "nothing new. 1 team file" in panel.last_sync.text()  # plural: guvoh_en.ts
    assert panel.last_sync.text().endswith("cannot be read by this desk yet.")
    panel.show_synced(team.SyncReport(events_applied=1))
    assert "cannot be read" not in panel.last_sync.text()
