"""The duress passphrase in the app (issue 15 item 3): Settings sets it (refusing a mistyped
repeat and the vault's own passphrase, each in one sentence), opens the decoy in the window
to fill it with a banner saying so, and removes it after a confirmation whose default keeps
it. At the lock screen the duress passphrase opens the decoy looking like any vault (no
banner), and the real passphrase opens nothing afterwards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services import cases as case_service
from app.services import duress as duress_service
from app.ui.shell.duress_panel import DuressPanel
from app.ui.shell.window import MainWindow
from crypto.kdf import FLOOR
from storage import db
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.casedata import minimal
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.desk import Desk

WAIT = 30_000
DURESS = NEW_PASSPHRASE


def _window(qtbot: QtBot, tmp_path: Path, path: Path) -> MainWindow:
    window = MainWindow(path, kdf_seconds=0, settings_path=tmp_path / "config" / "s.json")
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    return window


def _unlock(qtbot: QtBot, window: MainWindow, secret: str) -> None:
    page = window.unlock_page
    page.passphrase.setText(secret)
    page.unlock_button.click()


def _titles(window: MainWindow) -> list[str]:
    assert window.vault is not None
    return sorted(c.title for c in case_service.list_cases(window.vault, limit=100))


def test_set_fill_and_open_with_the_duress_passphrase(
    qtbot: QtBot, tmp_path: Path, desk: Desk
) -> None:
    r = desk.researcher("R-31")
    case_service.add_case(r.vault, minimal("Real testimony"))
    path = r.vault.path
    r.vault.close()
    window = _window(qtbot, tmp_path, path)
    _unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=WAIT)
    window.workspace.select("settings")
    panel = window.workspace.settings.duress
    assert panel.isVisibleTo(window.workspace.settings)
    assert "copy of the disk made before" in panel.note.text()
    assert panel.state.text() == "No duress passphrase is set."
    assert not panel.fill_button.isEnabled()

    panel.passphrase.setText(DURESS)
    panel.repeat.setText(DURESS + "x")
    panel.set_button.click()
    assert panel.message.text() == "The two duress passphrases are not the same."
    panel.passphrase.setText(PASSPHRASE)
    panel.repeat.setText(PASSPHRASE)
    panel.set_button.click()
    qtbot.waitUntil(lambda: "must differ" in panel.message.text(), timeout=WAIT)
    panel.passphrase.setText(DURESS)
    panel.repeat.setText(DURESS)
    panel.set_button.click()
    qtbot.waitUntil(lambda: "opens the decoy" in panel.state.text(), timeout=WAIT)
    assert panel.passphrase.text() == ""
    assert panel.repeat.text() == ""
    assert panel.fill_button.isEnabled()
    assert panel.set_button.text() == "Replace the duress passphrase"

    # Fill the decoy: the real vault closes, the decoy opens with its banner.
    assert not window.workspace.decoy_banner.isVisibleTo(window.workspace)
    panel.fill_button.click()
    qtbot.waitUntil(lambda: window.workspace.decoy_banner.isVisibleTo(window.workspace),
                    timeout=WAIT)
    assert window.vault is not None
    assert duress_service.is_decoy(window.vault)
    assert _titles(window) == []
    assert not window.workspace.settings.duress.isVisibleTo(window.workspace.settings)
    case_service.add_case(window.vault, minimal("Shopping list"))

    # Lock; the real passphrase opens the real vault again, without the banner.
    window.lock()
    _unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=WAIT)
    assert _titles(window) == ["Real testimony"]
    assert not window.workspace.decoy_banner.isVisibleTo(window.workspace)

    # At the desk: the duress passphrase opens the decoy, looking like any vault.
    window.lock()
    _unlock(qtbot, window, DURESS)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=WAIT)
    assert _titles(window) == ["Shopping list"]
    assert not window.workspace.decoy_banner.isVisibleTo(window.workspace)
    window.workspace.select("settings")
    duress = window.workspace.settings.duress
    assert duress.isVisibleTo(window.workspace.settings)  # as on a vault without one
    assert duress.state.text() == "No duress passphrase is set."

    # From then on the real passphrase opens nothing.
    window.lock()
    _unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: bool(window.unlock_page.message.text()), timeout=WAIT)
    assert window.vault is None
    assert window.stack.currentWidget() is window.unlock_page


def _answer_next_box(button_text: str) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert box.defaultButton().text() == "Keep it"
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
    QTimer.singleShot(0, answer)


def test_remove_asks_first_and_keeping_is_the_default(qtbot: QtBot, desk: Desk) -> None:
    r = desk.researcher("R-32")
    duress_service.set_passphrase(r.vault, DURESS)
    panel = DuressPanel()
    qtbot.addWidget(panel)
    panel.show_vault(r.vault)
    assert panel.state.text() == "A duress passphrase is set and opens the decoy."

    _answer_next_box("Keep it")
    panel.remove_button.click()
    assert duress_service.status(r.vault).active

    _answer_next_box("Remove")
    panel.remove_button.click()
    assert duress_service.status(r.vault) == duress_service.DuressStatus(False, False)
    assert panel.state.text() == "No duress passphrase is set."
    assert "destroyed" in panel.message.text()
    assert not panel.remove_button.isEnabled()


def test_a_passphrase_change_shows_in_the_panel(qtbot: QtBot, desk: Desk) -> None:
    r = desk.researcher("R-33")
    duress_service.set_passphrase(r.vault, DURESS)
    r.vault.change_passphrase("quartz meadow lantern violin")
    panel = DuressPanel()
    qtbot.addWidget(panel)
    panel.show_vault(r.vault)
    assert "changing your passphrase ended it" in panel.state.text()
    assert panel.set_button.text() == "Set the duress passphrase"


def test_not_on_the_organisations_desk(qtbot: QtBot, desk: Desk) -> None:
    panel = DuressPanel()
    qtbot.addWidget(panel)
    panel.show_vault(desk.coordinator)
    assert panel.isHidden()
    panel.show_vault(None)
    assert panel.isHidden()


def test_a_vault_from_before_duress_asks_for_its_recovery_code_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    vault, code = Vault.create(tmp_path / "old", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                               role="researcher", pseudonym="R-34")
    with db.transaction(vault.conn):  # as a vault made before duress passphrases existed
        vault.conn.execute("DELETE FROM meta WHERE key = 'recovery_slot'")
    panel = DuressPanel()
    qtbot.addWidget(panel)
    panel.show_vault(vault)
    assert panel.recovery.isHidden()
    panel.passphrase.setText(DURESS)
    panel.repeat.setText(DURESS)
    panel.set_button.click()
    qtbot.waitUntil(lambda: "recovery code is needed once" in panel.message.text(),
                    timeout=WAIT)
    assert not panel.recovery.isHidden()
    assert panel.passphrase.text() == DURESS  # nothing typed is lost
    panel.set_button.click()
    assert panel.message.text() == "Type your recovery code too."
    panel.recovery.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    panel.set_button.click()
    qtbot.waitUntil(lambda: panel.set_button.isEnabled() and "recovery code" in
                    panel.message.text() and "needed once" not in panel.message.text(),
                    timeout=WAIT)
    assert not duress_service.status(vault).active
    panel.recovery.setText(str(code))
    panel.set_button.click()
    qtbot.waitUntil(lambda: "opens the decoy" in panel.state.text(), timeout=WAIT)
    assert panel.recovery.isHidden()
    assert duress_service.status(vault).active
    vault.close()
