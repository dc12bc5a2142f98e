"""The story in the whole window, as a person meets it: Ctrl+L in the middle of writing, the
idle lock, and closing the window all bring them back, after unlocking, to the same step with
their text, in one case; a language switch keeps it too."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services import cases as case_service
from app.ui.shell.window import MainWindow
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.conftest import PASSPHRASE

STORY = "Двое из милиции пришли к моей матери в Коканде и спросили, где я живу."


def _window(qtbot: QtBot, folder: Path) -> MainWindow:
    window = MainWindow(folder / "vault", kdf_seconds=0,
                        settings_path=folder / "config" / "settings.json")
    qtbot.addWidget(window)
    window.show()
    return window


def _unlock(qtbot: QtBot, window: MainWindow) -> Vault:
    vault = Vault.unlock(window.vault_dir, PASSPHRASE, DeviceKeyring.none())
    window.on_unlocked(vault)
    assert window.workspace.current_section() == "story"
    return vault


def test_lock_idle_lock_and_closing_keep_the_story(qtbot: QtBot, tmp_path: Path) -> None:
    created, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                              role="submitter")
    created.close()
    window = _window(qtbot, tmp_path)
    vault = _unlock(qtbot, window)
    story = window.workspace.story
    story.consent.agree.setChecked(True)
    story.next_button.click()
    assert story.current_step() == "what"
    story.what.narrative.setPlainText(STORY)

    window.workspace.lock_button.click()  # Lock (Ctrl+L), at once: no pause after typing
    assert window.vault is None
    assert story.what.narrative.toPlainText() == ""
    vault = _unlock(qtbot, window)
    assert story.current_step() == "what"
    assert story.what.narrative.toPlainText() == STORY

    story.what.narrative.appendPlainText("Через неделю позвонили ещё раз.")
    window.idle.expired.emit()  # the idle lock
    assert window.vault is None
    vault = _unlock(qtbot, window)
    assert story.what.narrative.toPlainText().endswith("позвонили ещё раз.")

    story.next_button.click()
    assert story.current_step() == "when"
    story.when.year.setText("2024")
    window.close()  # closing locks
    assert window.vault is None

    again = _window(qtbot, tmp_path)  # the app started again
    vault = _unlock(qtbot, again)
    story = again.workspace.story
    assert story.current_step() == "when"
    assert story.when.year.text() == "2024"
    assert story.what.narrative.toPlainText().startswith(STORY)
    assert len(case_service.list_cases(vault)) == 1
    again.lock()


def test_a_language_switch_keeps_the_story(qtbot: QtBot, tmp_path: Path) -> None:
    created, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                              role="submitter")
    created.close()
    window = _window(qtbot, tmp_path)
    _unlock(qtbot, window)
    story = window.workspace.story
    story.consent.agree.setChecked(True)
    story.next_button.click()
    story.what.narrative.setPlainText(STORY)
    window.set_language("ru")
    story = window.workspace.story  # the pages are rebuilt in the new language
    assert story.current_step() == "what"
    assert story.what.narrative.toPlainText() == STORY
    window.set_language("en")
    window.lock()
