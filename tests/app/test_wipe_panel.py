"""The lock screen's "Wipe this vault" (issue 15 item 2): the confirmation says what is lost,
the wipe button stays disabled until the word is typed and is never the default, and a wipe
leaves no vault (the window starts over on the create page)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import cases as case_service
from app.ui.shell.window import MainWindow
from app.ui.shell.wipe_panel import WipeDialog
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.errors import VaultNotFound, WrongPassphrase
from storage.vault import Vault
from tests.casedata import sample
from tests.conftest import PASSPHRASE


def _locked_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.detect())
    with vault:
        case_service.add_case(vault, sample("uz"))
    window = MainWindow(tmp_path / "vault", kdf_seconds=0,
                        settings_path=tmp_path / "config" / "settings.json")
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.unlock_page
    return window


def _open_dialog(qtbot: QtBot, window: MainWindow) -> WipeDialog:
    button = window.unlock_page.wipe
    assert button.isVisible()
    assert not button.isDefault()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = button.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_confirmation_says_what_is_lost_and_wants_the_word(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _locked_window(qtbot, tmp_path)
    dialog = _open_dialog(qtbot, window)
    words = " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
    for lost in ("every case", "recording", "organisations", "recovery code",
                 "Nobody can undo this", "copy of the disk made before"):
        assert lost in words
    assert dialog.keep_button.isDefault()
    assert not dialog.wipe_button.isDefault()
    assert not dialog.wipe_button.autoDefault()
    assert not dialog.wipe_button.isEnabled()
    qtbot.keyClicks(dialog.word_field, "wip")
    assert not dialog.wipe_button.isEnabled()
    qtbot.keyClick(dialog.word_field, Qt.Key.Key_Return)  # Enter keeps the vault
    assert not dialog.isVisible()
    assert (tmp_path / "vault" / "keyslots").exists()
    Vault.unlock(tmp_path / "vault", PASSPHRASE, DeviceKeyring.detect()).close()

    dialog = _open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.word_field, "  WIPE ")
    assert dialog.wipe_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert (tmp_path / "vault" / "keyslots").exists()


def test_wiping_from_the_lock_screen(qtbot: QtBot, tmp_path: Path) -> None:
    window = _locked_window(qtbot, tmp_path)
    dialog = _open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.word_field, "wipe")
    with qtbot.waitSignal(window.unlock_page.wiped, timeout=10_000):
        qtbot.mouseClick(dialog.wipe_button, Qt.MouseButton.LeftButton)
    assert not (tmp_path / "vault").exists()
    assert window.stack.currentWidget() is window.create_page


def test_a_vault_open_elsewhere_is_not_wiped_and_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _locked_window(qtbot, tmp_path)
    dialog = _open_dialog(qtbot, window)
    before = (tmp_path / "vault" / "keyslots").read_bytes()
    with Vault.unlock(tmp_path / "vault", PASSPHRASE, DeviceKeyring.detect()):
        qtbot.keyClicks(dialog.word_field, "wipe")
        qtbot.mouseClick(dialog.wipe_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10_000)
    assert dialog.isVisible()
    assert dialog.wipe_button.isEnabled()  # the person can try again once it is closed
    assert (tmp_path / "vault" / "keyslots").read_bytes() == before
    assert window.stack.currentWidget() is window.unlock_page


# -- Settings: wipe after N wrong passphrases (opt-in) ---------------------------------------


def test_settings_line_turns_the_wipe_after_wrong_passphrases_on_and_off(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from app.services import vaults
    from app.ui.shell.settings import SettingsSection
    from storage.wipe import Attempts, read_attempts

    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none())
    section = SettingsSection(vault.path, tmp_path / "settings.json")
    qtbot.addWidget(section)
    row = section.wipe_after
    assert not row.choice.isEnabled()  # locked: nothing to change
    section.show_vault(vault)
    assert row.choice.isEnabled()
    assert row.choice.currentData() is None  # off by default
    assert row.choice.currentText() == "Never (off)"
    assert "copies the disk first" in row.note.text()

    index = row.choice.findData(3)
    assert row.choice.itemText(index) == "After 3 wrong passphrases in a row"
    row.choice.setCurrentIndex(index)
    row.choice.activated.emit(index)
    assert read_attempts(vault.path) == Attempts(3, 0)
    assert row.message.text() == "The vault is now wiped after 3 wrong passphrases in a row."
    vault.close()
    section.show_vault(None)

    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            vaults.unlock(tmp_path / "vault", "not the passphrase at all")
    again = vaults.unlock(tmp_path / "vault", PASSPHRASE)  # the count starts again
    section.show_vault(again)
    assert row.choice.currentData() == 3
    off = row.choice.findData(None)
    row.choice.setCurrentIndex(off)
    row.choice.activated.emit(off)
    assert read_attempts(again.path) is None
    assert row.message.text() == "Wrong passphrases no longer wipe the vault."
    again.close()
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            vaults.unlock(tmp_path / "vault", "not the passphrase at all")
    assert (tmp_path / "vault" / "keyslots").exists()  # off: never wiped


def test_wrong_passphrases_typed_at_the_lock_screen_wipe_after_the_limit(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """With the wipe after 3 wrong passphrases on, the third typed at the real lock screen
    wipes the vault; each says only that the passphrase was wrong (no count to watch), and
    the right passphrase then opens nothing."""
    from app.services import wipe as wipe_service

    window = _locked_window(qtbot, tmp_path)
    with Vault.unlock(tmp_path / "vault", PASSPHRASE, DeviceKeyring.detect()) as vault:
        wipe_service.set_wipe_after(vault, 3)
    page = window.unlock_page
    said = []
    for attempt in range(3):
        assert (tmp_path / "vault" / "keyslots").exists(), attempt
        page.passphrase.setText(f"not the passphrase {attempt}")
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.unlock_button.isEnabled(), timeout=30_000)
        said.append(page.message.text())
    assert not (tmp_path / "vault" / "keyslots").exists()
    assert len(set(said)) == 1
    assert "passphrase" in said[0].lower()
    page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.unlock_button.isEnabled(), timeout=30_000)
    assert window.vault is None
    assert not (tmp_path / "vault").exists()
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path / "vault", PASSPHRASE, DeviceKeyring.detect())
