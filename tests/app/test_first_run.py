"""The first window, driven as a person would: create, see the code once, lock, unlock."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.ui.researcher.case_model import CaseListModel
from app.ui.shell.window import MainWindow
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.conftest import PASSPHRASE


def test_create_then_lock_and_unlock(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "vault", kdf_seconds=0)
    qtbot.addWidget(window)
    window.show()
    page = window.create_page
    assert window.stack.currentWidget() is page
    assert "keyring" in page.keyring_note.text()

    page.passphrases.first.setText("password1234")
    page.passphrases.second.setText("password1234")
    assert not page.create_button.isEnabled()
    assert "common words" in page.passphrases.feedback.text()

    page.passphrases.first.setText(PASSPHRASE)
    page.passphrases.second.setText(PASSPHRASE)
    assert page.create_button.isEnabled()
    page.create_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.code_page, timeout=30000)
    assert page.passphrases.first.text() == ""  # cleared after use

    code = window.code_page.code_label.text().split()
    assert len(code) == 8
    assert not window.code_page.continue_button.isEnabled()
    window.code_page.check.setText(code[-1].lower())
    assert window.code_page.continue_button.isEnabled()
    window.code_page.continue_button.click()
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.cases.list.empty.isVisible()
    assert window.workspace.current_section() == "cases"
    assert window.windowTitle() == "Guvoh"

    window.lock()
    assert window.stack.currentWidget() is window.unlock_page
    assert window.vault is None

    unlock = window.unlock_page
    unlock.passphrase.setText("not my passphrase at all")
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: "did not open the vault" in unlock.message.text(), timeout=30000)
    assert window.stack.currentWidget() is unlock

    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=30000)
    assert unlock.passphrase.text() == ""
    assert window.windowTitle() == "Guvoh"
    window.close()


def test_case_list_model_fetches_lazily(qtmodeltester: object, tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FLOOR, DeviceKeyring.none())
    with vault:
        vault.conn.executemany(
            "INSERT INTO cases (id, reference, title, status, created_at, updated_at) "
            "VALUES (?, ?, ?, 'draft', '2026-01-01T00:00:00Z', ?)",
            [(f"id{i:04}", f"R{i}", f"title {i}", f"2026-01-01T00:{i // 60:02}:{i % 60:02}Z")
             for i in range(450)],
        )
        model = CaseListModel(vault)
        assert model.rowCount() == 0
        assert model.canFetchMore()
        model.fetchMore()
        assert model.rowCount() == CaseListModel.PAGE
        qtmodeltester.check(model)  # type: ignore[attr-defined]
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == 450


def test_case_list_opens_newest_change_first(qtbot: QtBot, tmp_path: Path) -> None:
    from app.ui.researcher.case_list import CaseListView

    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FLOOR, DeviceKeyring.none())
    with vault:
        vault.conn.executemany(
            "INSERT INTO cases (id, reference, title, status, created_at, updated_at) "
            "VALUES (?, ?, ?, 'draft', '2026-01-01T00:00:00Z', ?)",
            [("a", "ZZZZ-0001", "older", "2026-01-01T00:00:00Z"),
             ("b", "AAAA-0002", "newer", "2026-02-01T00:00:00Z")],
        )
        page = CaseListView()
        qtbot.addWidget(page)
        page.show_vault(vault)
        assert page.model.index(0, 1).data() == "newer"
        page.show_vault(None)
        assert page.model.rowCount() == 0
