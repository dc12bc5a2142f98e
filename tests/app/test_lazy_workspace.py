"""The first screen does not wait for the unlocked window (issue 17 item 6): importing the
window module leaves the Workspace and its heavy imports for later, the Workspace is built when
first needed (and only then added to the window), and locking a window whose Workspace was
never built builds nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services import settings as prefs
from app.ui.shell.window import MainWindow
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.conftest import PASSPHRASE

# Modules the first screen must not import (each was on the way to it before).
NOT_AT_STARTUP = (
    "app.ui.shell.workspace",
    "app.ui.researcher.case_list",
    "PySide6.QtMultimedia",
    "PySide6.QtCharts",
    "jsonschema",
    "crypto.bundle",
    "app.ui.common.export_runner",
    "segno",
    "zxcvbn",
    "keyring",
)


def test_importing_the_window_leaves_the_workspace_for_later() -> None:
    code = ("import json, sys; import app.ui.shell.window; "
            f"print(json.dumps([m for m in {list(NOT_AT_STARTUP)!r} if m in sys.modules]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_the_workspace_is_built_when_first_needed(qtbot: QtBot, tmp_path: Path) -> None:
    settings_path = tmp_path / "config" / "settings.json"
    prefs.save(prefs.Settings().with_auto_lock(7), settings_path)
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none())
    window = MainWindow(tmp_path / "vault", kdf_seconds=0, settings_path=settings_path)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.unlock_page
    assert window._workspace is None  # what this test is about
    assert window.idle.interval() == 7 * 60 * 1000  # from the settings, no Workspace needed
    pages = window.stack.count()

    window.lock()  # nothing was shown: nothing to clear, nothing built
    assert window._workspace is None
    assert window.stack.count() == pages

    window.on_unlocked(vault)
    assert window.stack.count() == pages + 1
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.settings.current.auto_lock_minutes == 7
    assert window.workspace.rail.count() > 0
    window.lock()
    assert window.workspace.rail.count() == 0
    assert window.stack.currentWidget() is window.unlock_page


def test_a_language_chosen_before_unlocking_holds_in_the_workspace(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings_path = tmp_path / "config" / "settings.json"
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none())
    window = MainWindow(tmp_path / "vault", kdf_seconds=0, settings_path=settings_path)
    qtbot.addWidget(window)
    window.unlock_page.language.chosen.emit("ru")
    assert window._workspace is None  # rebuilding the pages built none
    assert json.loads(settings_path.read_text())["language"] == "ru"
    window.on_unlocked(vault)
    assert window.workspace.settings.current.language == "ru"
    assert window.workspace.settings.language.currentData() == "ru"
    window.lock()
