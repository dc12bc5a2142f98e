"""The window by keyboard (issue 14, item 7): the lock screen focuses the passphrase; Enter
does the main action of the welcome page, the recovery code and the unlock screen; Esc goes
back; a passphrase can be shown; the shortcuts are in tooltips and in one list (F1)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.ui.shell.window import MainWindow
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.conftest import PASSPHRASE

# What a Russian keyboard layout gives for the Latin letters of a recovery code.
CYRILLIC = str.maketrans("ABCEHKMOPTXY", "авсеНкмоРтху")


def _shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    return window


def _locked_window(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, Vault]:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none())
    window = MainWindow(tmp_path / "vault", kdf_seconds=0, settings_path=tmp_path / "s.json")
    return _shown(qtbot, window), vault


def test_the_lock_screen_focuses_the_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    window, vault = _locked_window(qtbot, tmp_path)
    passphrase = window.unlock_page.passphrase
    qtbot.waitUntil(passphrase.hasFocus, timeout=5000)

    window.on_unlocked(vault)
    window.workspace.cases.list.search.setFocus()
    qtbot.waitUntil(lambda: not passphrase.hasFocus(), timeout=5000)
    window.lock()
    qtbot.waitUntil(passphrase.hasFocus, timeout=5000)
    window.close()


def test_enter_creates_the_vault_and_confirms_a_code_typed_in_cyrillic(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _shown(qtbot, MainWindow(tmp_path / "new", kdf_seconds=0,
                                      settings_path=tmp_path / "s.json"))
    create = window.create_page
    QTest.keyClicks(create.pseudonym, "R-07")
    QTest.keyClicks(create.passphrases.first, PASSPHRASE)
    QTest.keyClicks(create.passphrases.second, PASSPHRASE)
    QTest.keyClick(create.passphrases.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.code_page, timeout=30000)

    code = window.code_page
    last = code.shown_code().rsplit("-", 1)[-1]
    if last == last.translate(CYRILLIC):  # no letter with a Cyrillic twin: show one anyway
        last = "MOXY"
        code.show_code(code.shown_code().rsplit("-", 1)[0] + "-" + last)
    qtbot.waitUntil(code.check.hasFocus, timeout=5000)
    QTest.keyClick(code.check, Qt.Key.Key_Return)  # nothing typed yet: stays
    assert window.stack.currentWidget() is code
    for ch in last.translate(CYRILLIC):  # QTest types ASCII only: send what a layout gives
        QApplication.sendEvent(code.check, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))
    assert code.check.text() == last.translate(CYRILLIC)
    assert code.continue_button.isEnabled()
    QTest.keyClick(code.check, Qt.Key.Key_Enter)
    assert window.stack.currentWidget() is window.workspace
    window.close()


def test_enter_unlocks(qtbot: QtBot, tmp_path: Path) -> None:
    window, vault = _locked_window(qtbot, tmp_path)
    vault.close()
    unlock = window.unlock_page
    QTest.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert unlock.message.text() == "Please enter your passphrase."
    QTest.keyClicks(unlock.passphrase, PASSPHRASE)
    QTest.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=30000)
    window.close()


def test_escape_goes_back(qtbot: QtBot, tmp_path: Path) -> None:
    window, vault = _locked_window(qtbot, tmp_path)
    window.unlock_page.forgot.click()
    recover = window.recover_page
    assert window.stack.currentWidget() is recover
    assert "Esc" in recover.back_button.toolTip()
    qtbot.waitUntil(recover.code.hasFocus, timeout=5000)
    QTest.keyClick(recover.code, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.unlock_page

    window.on_unlocked(vault)
    cases = window.workspace.cases
    cases.list.new_button.click()
    assert cases.stack.currentWidget() is cases.editor
    assert "Esc" in cases.editor.header.back_button.toolTip()
    title = cases.editor.header.title_edit
    title.setFocus()
    qtbot.waitUntil(title.hasFocus, timeout=5000)
    QTest.keyClick(title, Qt.Key.Key_Escape)
    assert cases.stack.currentWidget() is cases.list_page
    window.close()


def test_every_passphrase_field_can_be_shown(qtbot: QtBot, tmp_path: Path) -> None:
    window = _shown(qtbot, MainWindow(tmp_path / "new", kdf_seconds=0,
                                      settings_path=tmp_path / "s.json"))
    fields = [window.unlock_page.passphrase, window.create_page.passphrases.first,
              window.create_page.passphrases.second, window.recover_page.passphrases.first,
              window.recover_page.passphrases.second]
    for field in fields:
        reveal = field.reveal
        button = reveal.button()
        assert button is not None
        assert field.echoMode() == QLineEdit.EchoMode.Password
        assert button.accessibleName() == "Show the passphrase"
        assert "Ctrl+H" in button.toolTip()
        assert not reveal.icon().isNull()
        field.setText("secret words")
        reveal.trigger()
        assert field.echoMode() == QLineEdit.EchoMode.Normal
        assert button.accessibleName() == "Hide the passphrase"
        field.clear()  # a cleared field hides again: nothing shown to the next person
        assert field.echoMode() == QLineEdit.EchoMode.Password

    first = window.create_page.passphrases.first
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=5000)
    QTest.keyClick(first, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert first.echoMode() == QLineEdit.EchoMode.Normal
    window.close()


def test_shortcuts_are_discoverable(qtbot: QtBot, tmp_path: Path) -> None:
    window, vault = _locked_window(qtbot, tmp_path)
    assert "Enter" in window.unlock_page.unlock_button.toolTip()
    assert "Enter" in window.create_page.create_button.toolTip()
    QTest.keyClick(window.unlock_page.passphrase, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert dialog is not None
    assert dialog.isVisible()
    keys = [key for key, _what in dialog.rows]
    assert {"Enter", "Esc", "Ctrl+H", "Ctrl+L", "F1"} <= set(keys)
    dialog.close()
    qtbot.waitUntil(lambda: window.shortcuts_dialog is None, timeout=5000)

    window.on_unlocked(vault)
    window.workspace.select("settings")
    settings = window.workspace.settings
    assert "F1" in settings.shortcuts_button.toolTip()
    settings.shortcuts_button.click()
    assert window.shortcuts_dialog is not None
    assert window.shortcuts_dialog.isVisible()
    window.close()
