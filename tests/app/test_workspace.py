"""The unlocked window: sections by role, the auto-lock setting, and locking that leaves
nothing on screen."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from app.services import cases as case_service
from app.services import settings as prefs
from app.ui.common import jobs
from app.ui.shell.window import MINUTE_MS, MainWindow
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.casedata import sample
from tests.conftest import PASSPHRASE


def _window(qtbot: QtBot, tmp_path: Path, role: str = "researcher") -> MainWindow:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                            role=role)
    case_service.add_case(vault, sample("uz"))
    window = MainWindow(tmp_path / "vault", kdf_seconds=0,
                        settings_path=tmp_path / "config" / "settings.json")
    qtbot.addWidget(window)
    window.show()
    window.on_unlocked(vault)
    return window


@pytest.mark.parametrize(
    ("role", "sections"),
    [
        ("researcher", ["cases", "organisations", "identity", "settings"]),
        ("submitter", ["story", "cases", "organisations", "identity", "settings"]),
        ("coordinator", ["inbox", "cases", "researchers", "overview", "organisations",
                         "identity", "settings"]),
    ],
)
def test_rail_shows_the_sections_of_the_role(
    qtbot: QtBot, tmp_path: Path, role: str, sections: list[str]
) -> None:
    window = _window(qtbot, tmp_path, role)
    rail = window.workspace.rail
    keys = [rail.item(r).data(Qt.ItemDataRole.UserRole) for r in range(rail.count())]
    assert keys == sections
    assert window.workspace.current_section() == sections[0]
    window.workspace.select("settings")
    assert window.workspace.pages.currentWidget() is window.workspace.settings
    window.close()


def test_auto_lock_setting_applies_at_once_and_is_kept(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    assert window.idle.interval() == 5 * MINUTE_MS
    assert "5 minutes" in window.workspace.status.text()
    window.workspace.settings.auto_lock.setValue(15)
    assert window.idle.interval() == 15 * MINUTE_MS
    assert window.idle.isActive()
    assert "15 minutes" in window.workspace.status.text()
    assert prefs.load(tmp_path / "config" / "settings.json").auto_lock_minutes == 15
    window.close()
    again = MainWindow(tmp_path / "vault", kdf_seconds=0,
                       settings_path=tmp_path / "config" / "settings.json")
    qtbot.addWidget(again)
    assert again.idle.interval() == 15 * MINUTE_MS


def test_idle_timeout_locks(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    window.idle.setInterval(50)
    window.idle.start()
    qtbot.waitUntil(lambda: window.vault is None, timeout=5000)
    assert window.stack.currentWidget() is window.unlock_page


def test_ctrl_l_locks_and_clears_every_field(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    cases = window.workspace.cases
    cases.list.search.setText("Qo'qon")
    cases.list.apply_search()
    assert cases.list.model.rowCount() == 1
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    cases.list.search.setFocus()
    qtbot.keyClick(cases.list.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.vault is None
    assert window.stack.currentWidget() is window.unlock_page
    assert window.windowTitle() == "Guvoh"
    assert window.workspace.status.text() == "Locked"
    assert window.workspace.rail.count() == 0
    assert cases.list.model.rowCount() == 0
    title = sample("uz")["title"]
    for kind in (QLineEdit, QPlainTextEdit, QTextEdit):
        for field in window.workspace.findChildren(kind):
            text = field.toPlainText() if hasattr(field, "toPlainText") else field.text()
            assert title not in text
            assert "Qo'qon" not in text


def test_no_auto_lock_while_an_interview_is_recorded(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    files = window.workspace.cases.editor.files
    assert window.idle.isActive()
    files.recording_changed.emit(True)
    assert not window.idle.isActive()
    window.note_activity()
    assert not window.idle.isActive()
    files.recording_changed.emit(False)
    assert window.idle.isActive()
    window.close()


def test_sections_read_the_vault_when_first_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    workspace = window.workspace
    assert workspace.cases.vault is window.vault  # the first section, shown at once
    assert workspace.identity.vault is None  # not opened yet: nothing read
    workspace.select("identity")
    assert workspace.identity.vault is window.vault
    window.lock()
    assert workspace.cases.vault is None
    assert workspace.identity.vault is None


def test_locking_waits_for_running_jobs_before_closing_the_vault(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A job of any section is cancelled on lock, and the vault is closed only once the job
    has let go of it; what the job returns afterwards is dropped."""
    window = _window(qtbot, tmp_path)
    vault = window.vault
    assert vault is not None
    started = threading.Event()
    read_after_cancel: list[str | None] = []

    def work(ctx: jobs.JobContext) -> str:
        started.set()
        assert ctx.cancel.wait(10)
        read_after_cancel.append(vault.meta("role"))  # still open while the job lets go
        return "late"

    delivered: list[object] = []
    owner = window.workspace.cases.list  # a widget deep inside a section
    job = jobs.run(owner, work, on_done=delivered.append, on_failed=delivered.append)
    assert started.wait(5)
    running_at_close: list[bool] = []
    real_close = vault.close

    def close() -> None:
        running_at_close.append(not job.ended.is_set())
        real_close()

    monkeypatch.setattr(vault, "close", close)
    window.lock()
    assert running_at_close == [False]
    assert read_after_cancel == ["researcher"]
    assert window.vault is None
    qtbot.waitUntil(lambda: job not in jobs._ACTIVE, timeout=5000)  # delivered or dropped
    assert delivered == []
