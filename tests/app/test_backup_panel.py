"""Settings' "Back up the vault" (issue 13 item 9): the folder picker, the job with its
progress, the result or the error in one sentence, a Cancel that leaves nothing, and the
button off while the vault is locked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.services import backup as backup_service
from app.services import cases as case_service
from app.ui.shell.pages import RecoverPage
from app.ui.shell.settings import SettingsSection
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE

pytestmark = pytest.mark.vault(cases=[
    {"schema_version": 1, "title": "hummingbirdpass", "consent": {"given": True}}])


@pytest.fixture
def section(qtbot: QtBot, tmp_path: Path, vault: Vault) -> SettingsSection:
    made = SettingsSection(vault.path, tmp_path / "settings.json")
    qtbot.addWidget(made)
    made.show_vault(vault)
    return made


def _choose(section: SettingsSection, folder: Path) -> None:
    section.backup.start_button.click()  # the dialog opens; nothing waits for it
    [dialog] = [d for d in section.backup.findChildren(QFileDialog) if d.isVisible()]
    assert dialog.fileMode() == QFileDialog.FileMode.Directory
    dialog.selectFile(str(folder))
    dialog.accept()


def test_back_up_into_a_chosen_drive(qtbot: QtBot, section: SettingsSection, vault: Vault,
                                     tmp_path: Path) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    (drive / "holiday.jpg").write_bytes(b"not ours")  # the drive is not empty
    steps: list[int] = []
    section.backup.bar.valueChanged.connect(steps.append)
    with qtbot.waitSignal(section.backup.backed_up, timeout=30_000) as done:
        _choose(section, drive)
        assert section.backup.running()
        assert not section.backup.start_button.isEnabled()  # locked while it runs
    result = done.args[0]
    [made] = [p for p in drive.iterdir() if p.name.startswith("backup-")]
    assert result.path == made
    assert (drive / "holiday.jpg").read_bytes() == b"not ours"
    assert sorted(p.name for p in made.iterdir()) == ["blobs", "keyslots", "vault.db"]
    assert section.backup.status.text().startswith(f"Backed up to {made}: 1 case, ")
    assert section.backup.start_button.isEnabled()
    assert steps
    assert steps[-1] == 1000


def test_a_refused_folder_says_why(qtbot: QtBot, section: SettingsSection,
                                   vault: Vault) -> None:
    inside = vault.path / "copy"
    with qtbot.waitSignal(section.backup.backup_failed, timeout=30_000):
        section.backup.start(inside)
    assert section.backup.status.text() == (
        f"{inside} is inside the vault itself. Choose a folder on another drive for the "
        "backup; nothing was written.")
    assert not inside.exists()


def test_cancel_leaves_nothing(qtbot: QtBot, section: SettingsSection, vault: Vault,
                               tmp_path: Path) -> None:
    source = tmp_path / "interview.bin"
    source.write_bytes(os.urandom(8 * 1024 * 1024))
    [case] = case_service.list_cases(vault)
    for _ in range(4):
        case_service.attach_file(vault, case.id, source)
    drive = tmp_path / "usb"
    drive.mkdir()
    section.backup.cancel_button.setEnabled(True)
    with qtbot.waitSignal(section.backup.backup_failed, timeout=30_000) as failed:
        section.backup.start(drive)
        section.backup.cancel_button.click()
    assert type(failed.args[0]).__name__ == "Cancelled"
    assert section.backup.status.text() == "Cancelled. Nothing was half-written."
    assert list(drive.iterdir()) == []  # the empty folder stays as it was, nothing in it


def test_locked_vault_has_no_backup(section: SettingsSection) -> None:
    assert section.backup.start_button.isEnabled()
    section.show_vault(None)
    assert not section.backup.start_button.isEnabled()


def test_the_recover_page_opens_a_backup_on_a_computer_without_the_keyring(
    qtbot: QtBot, tmp_path: Path, no_keyring_env: None
) -> None:
    """The restore path the README gives: the backup folder, the app's recovery page, the
    recovery code and a new passphrase (no keyring here: the device secret stayed behind)."""
    original, code = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none())
    with original:
        case = case_service.add_case(original, {"schema_version": 1, "title": "kept",
                                                "consent": {"given": True}})
        backup_service.backup_vault(original, tmp_path / "usb" / "copy")
    page = RecoverPage(tmp_path / "usb" / "copy")
    qtbot.addWidget(page)
    page.code.setText(str(code))
    page.passphrases.first.setText(NEW_PASSPHRASE)
    page.passphrases.second.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(page.recovered, timeout=30_000) as opened:
        page.recover_button.click()
    restored: Vault = opened.args[0]
    try:
        assert restored.path == tmp_path / "usb" / "copy"
        assert restored.check(deep=True).ok
        assert [c.id for c in case_service.list_cases(restored)] == [case.id]
    finally:
        restored.close()
