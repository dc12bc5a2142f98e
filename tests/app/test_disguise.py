"""Disguise (issue 15 item 5): with a neutral name chosen, no path under HOME, no keyring
item and no window title says "Guvoh" through a whole app session (start, create, case,
export, lock, unlock); switching back restores every name; a kill at any step of the move
leaves a vault that opens. The keyring is the session's real Secret Service
(tests/conftest.py), queried directly with secretstorage."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import secretstorage
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.services import disguise, organisations, provisioning, vaults
from app.services import settings as prefs
from app.services.provisioning import Defaults
from app.ui.shell import disguise_panel
from app.ui.shell.window import MainWindow
from crypto.age import X25519Identity
from crypto.identity import SigningKey
from crypto.kdf import FLOOR
from crypto.keyslots import KeySlots
from crypto.orgcard import make_card
from storage import devicekeyring
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.conftest import PASSPHRASE, REPO, run_guvoh


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A HOME of this test's own; the disguise found afresh there, restored afterwards."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("RESOURCE_NAME", raising=False)  # restored afterwards
    monkeypatch.setattr(disguise, "_active", None)
    monkeypatch.setattr(devicekeyring, "SERVICE", devicekeyring.SERVICE)
    name, desktop = QCoreApplication.applicationName(), QGuiApplication.desktopFileName()
    yield home
    QCoreApplication.setApplicationName(name)
    QGuiApplication.setDesktopFileName(desktop)


def _paths_saying_guvoh(home: Path) -> list[str]:
    return [str(p.relative_to(home)) for p in home.rglob("*")
            if "guvoh" in str(p.relative_to(home)).lower()]


def _keyring_id(folder: Path) -> bytes:
    header = KeySlots.from_bytes((folder / "keyslots").read_bytes()).passphrase_header
    assert header.needs_device_secret, "the vault is not tied to the keyring"
    return header.keyring_id


def _items_of(keyring_id: bytes) -> list[tuple[str, dict[str, str]]]:
    """Every Secret Service item (label, attributes) naming this keyring id, in any
    collection."""
    connection = secretstorage.dbus_init()
    try:
        found = []
        for collection in secretstorage.get_all_collections(connection):
            for item in collection.search_items({"username": keyring_id.hex()}):
                found.append((item.get_label(), item.get_attributes()))
        return found
    finally:
        connection.close()


def _says_guvoh(items: list[tuple[str, dict[str, str]]]) -> list[str]:
    return [label for label, attributes in items
            if "guvoh" in (label + " ".join(attributes.values())).lower()]


def test_a_disguised_session_says_guvoh_nowhere(
    qtbot: QtBot, tmp_path: Path, home: Path
) -> None:
    # Disguise chosen before the vault exists (as at set-up), then the app starts.
    assert disguise.switch("notes").key == "notes"
    disguise._active = None  # a new process: the names found on disk
    devicekeyring.SERVICE = "Guvoh vault"
    names = disguise_panel.name_application()
    assert QCoreApplication.applicationName() == "Notes"
    assert QGuiApplication.desktopFileName() == "notes"
    assert os.environ["RESOURCE_NAME"] == "notes"  # X11's WM_CLASS, read by Qt's xcb
    coordinator, _ = Vault.create(tmp_path / "coordinator", PASSPHRASE, FLOOR,
                                  DeviceKeyring.none(), role="coordinator")
    card_path = tmp_path / "memorial.card"
    organisations.create_organisation(coordinator, "Memorial", card_path)
    coordinator.close()

    vault_dir = vaults.default_vault_dir()
    assert vault_dir == home / ".local/share/Notes/vault"
    window = MainWindow(vault_dir, kdf_seconds=0)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Notes"
    create = window.create_page
    create.pseudonym.setText("R-07")
    create.passphrases.first.setText(PASSPHRASE)
    create.passphrases.second.setText(PASSPHRASE)
    create.create_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.code_page, timeout=30000)
    window.code_page.check.setText(window.code_page.code_label.text().split()[-1])
    window.code_page.continue_button.click()
    workspace = window.workspace
    assert window.stack.currentWidget() is workspace

    workspace.select("organisations")
    check = workspace.organisations.card_check
    check.path.set_path(card_path)
    check.read_button.click()
    check.match_button.click()

    workspace.select("cases")
    cases = workspace.cases
    cases.list.new_button.click()
    editor = cases.editor
    editor.header.title_edit.setText("Passport refused at the consulate")
    editor.interview.consent_given.click()
    editor.interview.consent_uses["documentation"].click()
    with qtbot.waitSignal(editor.case_saved, timeout=5000):
        editor.header.save_button.click()
    editor.closed.emit()

    out = home / "Desktop"  # a folder under HOME: the bundle's name is checked too
    out.mkdir()
    cases.list.table.selectRow(0)
    cases.export_button.click()
    dialog = cases._dialog
    assert dialog is not None
    dialog.folder.set_path(out)
    dialog.leave_out.click()  # the protected details: an explicit choice
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.export_button.click()
    dialog.close()
    assert len(list(out.iterdir())) == 1

    window.lock()
    shown = [w.text() for w in window.unlock_page.findChildren(QLabel) if w.isVisible()]
    assert "Notes" in shown  # the lock screen's heading
    assert [t for t in shown if "guvoh" in t.lower()] == []
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is workspace, timeout=30000)
    assert cases.list.model.rowCount() == 1
    assert window.windowTitle() == "Notes"
    titles = [w.title() for w in QGuiApplication.topLevelWindows()]
    titles += [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert "Notes" in titles
    assert [t for t in titles if "guvoh" in t.lower()] == []
    window.remember_geometry()  # the settings file written, as on closing
    window.close()

    assert names.folder == "Notes"
    assert (home / ".config/Notes/settings.json").is_file()
    assert prefs.load().disguise == "notes"
    assert _paths_saying_guvoh(home) == []
    keyring_id = _keyring_id(vault_dir)
    items = _items_of(keyring_id)
    assert [attributes["service"] for _, attributes in items] == ["Notes"]
    assert _says_guvoh(items) == []


def test_switching_there_and_back_moves_the_vault_and_its_keyring_entry(home: Path) -> None:
    real = vaults.default_vault_dir()
    assert real == home / ".local/share/Guvoh/vault"
    vault, _ = vaults.create_vault(real, PASSPHRASE, kdf_seconds=0)
    vault.close()
    keyring_id = _keyring_id(real)
    assert [a["service"] for _, a in _items_of(keyring_id)] == ["Guvoh vault"]
    prefs.save(prefs.Settings(auto_lock_minutes=7))
    (home / ".cache/Guvoh").mkdir(parents=True)

    disguise.switch("budget")
    moved = home / ".local/share/Budget/vault"
    assert vaults.default_vault_dir() == moved
    assert not real.exists()
    assert _paths_saying_guvoh(home) == []
    items = _items_of(keyring_id)
    assert [a["service"] for _, a in items] == ["Budget"]
    assert _says_guvoh(items) == []
    assert prefs.load().auto_lock_minutes == 7  # the settings came along
    assert (home / ".local/share/applications/budget.desktop").is_file()
    vaults.unlock(moved, PASSPHRASE).close()  # the device secret found under the new name

    disguise.switch(None)
    assert vaults.default_vault_dir() == real
    assert real.is_dir()
    assert not moved.exists()
    assert [a["service"] for _, a in _items_of(keyring_id)] == ["Guvoh vault"]
    assert not (home / ".local/share/Budget").exists()
    assert not (home / ".local/share/applications/budget.desktop").exists()
    assert prefs.load().auto_lock_minutes == 7
    assert prefs.load().disguise is None
    vaults.unlock(real, PASSPHRASE).close()
    disguise._active = None
    assert disguise.current() == disguise.REAL  # found on disk, as at the next start


def test_a_folder_already_taken_is_refused_before_anything_moves(home: Path) -> None:
    real = vaults.default_vault_dir()
    vaults.create_vault(real, PASSPHRASE, kdf_seconds=0)[0].close()
    taken = home / ".local/share/Recipes/vault"
    taken.mkdir(parents=True)
    (taken / "somebody-elses.txt").write_text("x")
    with pytest.raises(disguise.DisguiseError) as raised:
        disguise.switch("recipes")
    assert raised.value.reason == "target_taken"
    assert vaults.is_vault(real)
    assert disguise.current() == disguise.REAL
    assert [a["service"] for _, a in _items_of(_keyring_id(real))] == ["Guvoh vault"]


_KILLER = textwrap.dedent("""
    import os, signal, sys
    from app.services import disguise
    step = sys.argv[1]
    def killing(name):
        real = getattr(disguise, name)
        def wrapper(*args, **kwargs):
            if step == "before-" + name:
                os.kill(os.getpid(), signal.SIGKILL)
            result = real(*args, **kwargs)
            if step == "after-" + name:
                os.kill(os.getpid(), signal.SIGKILL)
            return result
        setattr(disguise, name, wrapper)
    for name in ("_move_secret", "_write_settings", "_rename_vault", "settle"):
        killing(name)
    disguise.switch(sys.argv[2] if sys.argv[2] != "-" else None)
""")
STEPS = [f"{when}-{name}" for name in ("_move_secret", "_write_settings", "_rename_vault",
                                        "settle") for when in ("before", "after")]


@pytest.mark.parametrize("step", STEPS)
def test_a_kill_at_any_step_of_the_move_leaves_a_vault_that_opens(
    home: Path, step: str
) -> None:
    real = vaults.default_vault_dir()
    vaults.create_vault(real, PASSPHRASE, kdf_seconds=0)[0].close()
    keyring_id = _keyring_id(real)
    for key in ("notes", "-"):  # there, then back again if it got there
        if key == "-" and disguise.current().key is None:
            break
        proc = subprocess.run([sys.executable, "-c", _KILLER, step, key], cwd=REPO,
                              env=os.environ.copy(), timeout=120, check=False)
        assert proc.returncode == -signal.SIGKILL
        disguise._active = None  # the next start finds the names on disk
        disguise.settle()
        vaults.unlock(vaults.default_vault_dir(), PASSPHRASE).close()
        services = [a["service"] for _, a in _items_of(keyring_id)]
        assert services == [disguise.current().service]
        if disguise.current().key is not None:
            assert _paths_saying_guvoh(home) == []


def test_the_settings_panel_switches_an_open_window(qtbot: QtBot, home: Path) -> None:
    real = vaults.default_vault_dir()
    vault, _ = vaults.create_vault(real, PASSPHRASE, kdf_seconds=0)
    window = MainWindow(real, kdf_seconds=0)
    qtbot.addWidget(window)
    window.show()
    window.on_unlocked(vault)
    assert window.windowTitle() == "Guvoh"
    panel = window.workspace.settings.disguise
    panel.choice.setCurrentIndex(panel.choice.findData("recipes"))
    panel.apply_button.click()
    moved = home / ".local/share/Recipes/vault"
    assert window.vault is None  # locked to move it
    assert window.vault_dir == moved
    assert vaults.is_vault(moved)
    assert not real.exists()
    assert window.windowTitle() == "Recipes"
    assert QCoreApplication.applicationName() == "Recipes"
    assert window.stack.currentWidget() is window.unlock_page
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=30000)
    panel = window.workspace.settings.disguise  # rebuilt with the pages
    assert panel.choice.currentData() == "recipes"
    assert _paths_saying_guvoh(home) == []

    panel.choice.setCurrentIndex(panel.choice.findData(None))
    panel.apply_button.click()
    assert window.vault_dir == real
    assert window.windowTitle() == "Guvoh"
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=30000)
    window.close()


def test_a_taken_folder_is_said_in_the_panel_and_nothing_is_locked(
    qtbot: QtBot, home: Path
) -> None:
    real = vaults.default_vault_dir()
    vault, _ = vaults.create_vault(real, PASSPHRASE, kdf_seconds=0)
    taken = home / ".local/share/Notes/vault"
    taken.mkdir(parents=True)
    (taken / "shopping.txt").write_text("milk")
    window = MainWindow(real, kdf_seconds=0)
    qtbot.addWidget(window)
    window.on_unlocked(vault)
    panel = window.workspace.settings.disguise
    panel.choice.setCurrentIndex(panel.choice.findData("notes"))
    panel.apply_button.click()
    assert window.vault is vault  # still open
    assert "already holds other files" in panel.status.text()
    window.close()


def test_the_command_line_opens_a_disguised_vault(home: Path) -> None:
    real = vaults.default_vault_dir()
    vaults.create_vault(real, PASSPHRASE, kdf_seconds=0)[0].close()
    disguise.switch("notes")
    pw = home.parent / "pw"
    pw.write_text(PASSPHRASE + "\n")
    pw.chmod(0o600)
    result = run_guvoh("status", "--json", "--passphrase-file", str(pw))
    assert result.returncode == 0, result.stderr
    assert "Notes" in result.stdout  # the vault's folder, under its neutral name
    assert _paths_saying_guvoh(home) == []


def test_the_first_run_page_offers_the_disguise_before_the_vault_exists(
    qtbot: QtBot, home: Path
) -> None:
    window = MainWindow(vaults.default_vault_dir(), kdf_seconds=0)
    qtbot.addWidget(window)
    window.show()
    window.create_page.pseudonym.setText("R-07")
    combo = window.create_page.disguise
    combo.setCurrentIndex(combo.findData("budget"))
    combo.activated.emit(combo.currentIndex())
    assert window.windowTitle() == "Budget"
    assert window.vault_dir == home / ".local/share/Budget/vault"
    create = window.create_page  # rebuilt on the new folder, what was typed kept
    assert window.stack.currentWidget() is create
    shown = [w.text() for w in create.findChildren(QLabel)]
    assert "Welcome to Budget" in shown
    assert [t for t in shown if "guvoh" in t.lower()] == []
    assert create.pseudonym.text() == "R-07"
    assert create.disguise.currentData() == "budget"
    create.passphrases.first.setText(PASSPHRASE)
    create.passphrases.second.setText(PASSPHRASE)
    create.create_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.code_page, timeout=30000)
    assert vaults.is_vault(home / ".local/share/Budget/vault")
    items = _items_of(_keyring_id(home / ".local/share/Budget/vault"))
    assert [a["service"] for _, a in items] == ["Budget"]
    assert _paths_saying_guvoh(home) == []
    window.close()


def test_a_provisioning_file_sets_the_disguise_at_first_run(
    qtbot: QtBot, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The organisation's file asks for the Budget disguise: after "The codes match" the
    window, the first-run page and the vault's folder say Budget before the vault exists,
    and the new vault trusts the organisation (issue 17 item 5)."""
    key = SigningKey.generate()
    card = make_card("Memorial", X25519Identity.generate().recipient, key,
                     "2026-12-01T00:00:00Z")
    program = tmp_path / "program"
    program.mkdir()
    (program / provisioning.FILE_NAME).write_bytes(provisioning.make(
        card, key, Defaults(None, False, "budget", 9), "2026-12-05T10:00:00Z"))
    monkeypatch.setattr(provisioning, "program_folder", lambda: program)
    window = MainWindow(vaults.default_vault_dir(), kdf_seconds=0)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.provision_page
    qtbot.waitUntil(window.provision_page.match_button.isEnabled)
    window.provision_page.match_button.click()

    assert window.windowTitle() == "Budget"
    assert window.vault_dir == home / ".local/share/Budget/vault"
    create = window.create_page
    assert window.stack.currentWidget() is create
    shown = [w.text() for w in create.findChildren(QLabel)]
    assert "Welcome to Budget" in shown
    assert create.disguise.currentData() == "budget"
    assert window.idle.interval() == 9 * 60 * 1000
    create.pseudonym.setText("R-07")
    create.passphrases.first.setText(PASSPHRASE)
    create.passphrases.second.setText(PASSPHRASE)
    create.create_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.code_page, timeout=30000)
    assert vaults.is_vault(home / ".local/share/Budget/vault")
    assert window.vault is not None
    assert [o.name for o in organisations.organisations(window.vault)] == ["Memorial"]
    assert _paths_saying_guvoh(home) == []
    window.close()


def test_the_crash_box_says_the_disguised_name(qtbot: QtBot, home: Path) -> None:
    from app.ui.shell.crash import CrashReporter

    disguise.switch("recipes")
    reporter = CrashReporter()
    reporter.on_crashed("Guvoh 0.1.0, Python 3.12\nError type: builtins.ValueError")
    box = reporter._box
    qtbot.addWidget(box)
    shown = " ".join([box.windowTitle(), box.text(), box.informativeText(), box.detailedText()])
    assert box.windowTitle() == "Recipes"
    assert "guvoh" not in shown.lower()
    box.close()


def test_guvoh_disguise_switches_there_and_back(home: Path) -> None:
    real = vaults.default_vault_dir()
    vaults.create_vault(real, PASSPHRASE, kdf_seconds=0)[0].close()
    keyring_id = _keyring_id(real)
    pw = home.parent / "pw"
    pw.write_text(PASSPHRASE + "\n")
    pw.chmod(0o600)
    there = run_guvoh("disguise", "recipes", "--json")
    assert there.returncode == 0, there.stderr
    assert '"name": "recipes"' in there.stdout
    assert _paths_saying_guvoh(home) == []
    assert [a["service"] for _, a in _items_of(keyring_id)] == ["Recipes"]
    shown = run_guvoh("disguise")
    assert "disguise: recipes" in shown.stdout
    opened = run_guvoh("status", "--passphrase-file", str(pw))
    assert opened.returncode == 0, opened.stderr
    back = run_guvoh("disguise", "off")
    assert back.returncode == 0, back.stderr
    assert vaults.is_vault(real)
    assert [a["service"] for _, a in _items_of(keyring_id)] == ["Guvoh vault"]
    wrong = run_guvoh("disguise", "cats")
    assert wrong.returncode == 2
