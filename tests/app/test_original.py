"""The original left behind, as a person meets it: after a file from Downloads is in the
vault, the Files tab asks whether to remove the original; Keep leaves it, Remove removes it
(the vault's copy stays and opens); "from now on" is remembered and applied next time
without asking; a recording made in Guvoh is never asked about; locking closes the question;
the story's files step asks the same; Settings changes the remembered choice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.services import cases as svc
from app.services import settings as prefs
from app.ui.researcher.files import FilesTab
from app.ui.shell.originals_panel import OriginalsPanel
from app.ui.shell.settings import SettingsSection
from app.ui.submitter.files import FilesStep
from storage.vault import Vault
from tests.app.test_recorder import FakeCapture
from tests.casedata import minimal

PHOTO = b"\xff\xd8\xff\xe0 the flat, from the window " * 2000


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


@pytest.fixture
def case_id(vault: Vault) -> str:
    return svc.add_case(vault, minimal()).id


@pytest.fixture
def tab(qtbot: QtBot, vault: Vault, case_id: str, settings_file: Path) -> FilesTab:
    widget = FilesTab(capture_factory=lambda: FakeCapture())
    qtbot.addWidget(widget)
    widget.originals.settings_path = settings_file
    widget.show_vault(vault)
    widget.set_case(case_id)
    widget.show()
    return widget


@pytest.fixture
def downloads(tmp_path: Path) -> Path:
    folder = tmp_path / "Downloads"
    folder.mkdir()
    return folder


def photo(folder: Path, name: str = "IMG_0042.jpg") -> Path:
    path = folder / name
    path.write_bytes(PHOTO)
    return path


def questions(parent: object) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible() and w.parent() is parent]


def button(box: QMessageBox, text: str) -> QPushButton:
    [found] = [b for b in box.buttons() if b.text() == text]
    assert isinstance(found, QPushButton)
    return found


def attach_and_wait(qtbot: QtBot, tab: FilesTab, path: Path) -> None:
    with qtbot.waitSignal(tab.attachments_changed, timeout=30000):
        tab.add_paths([path])
    qtbot.waitUntil(lambda: not tab.busy, timeout=30000)


def question_after_attach(qtbot: QtBot, tab: FilesTab, path: Path) -> QMessageBox:
    attach_and_wait(qtbot, tab, path)
    qtbot.waitUntil(lambda: len(questions(tab)) == 1, timeout=10000)
    [box] = questions(tab)
    return box


def test_asks_and_keep_leaves_the_file(qtbot: QtBot, tab: FilesTab, downloads: Path,
                                       settings_file: Path) -> None:
    original = photo(downloads)
    box = question_after_attach(qtbot, tab, original)
    assert box.text() == ("The file is now in your encrypted vault. Remove the original "
                          f"from {downloads}?")
    assert "not a secure erase" in box.informativeText()
    assert "IMG_0042.jpg" in box.informativeText()
    assert box.defaultButton() is button(box, "Keep it")  # the destructive one is not
    assert box.escapeButton() is button(box, "Keep it")
    assert box.checkBox().text() == "Do the same from now on, without asking"
    assert not box.checkBox().isChecked()
    button(box, "Keep it").click()
    qtbot.waitUntil(lambda: questions(tab) == [], timeout=5000)
    assert original.read_bytes() == PHOTO
    assert prefs.originals_choice(settings_file) == "ask"  # not remembered unless ticked


def test_remove_removes_it_and_the_vault_copy_opens(
        qtbot: QtBot, tab: FilesTab, vault: Vault, case_id: str, downloads: Path) -> None:
    original = photo(downloads)
    box = question_after_attach(qtbot, tab, original)
    with qtbot.waitSignal(tab.originals.removed, timeout=30000):
        button(box, "Remove the original").click()
    assert not original.exists()
    assert tab.notice.text() == f"The original was removed from {downloads}."
    [stored] = svc.list_attachments(vault, case_id)
    assert svc.read_attachment(vault, stored.id) == PHOTO


def test_a_changed_original_is_kept_with_a_sentence(
        qtbot: QtBot, tab: FilesTab, downloads: Path) -> None:
    original = photo(downloads)
    box = question_after_attach(qtbot, tab, original)
    original.write_bytes(b"someone edited it meanwhile")
    button(box, "Remove the original").click()
    qtbot.waitUntil(lambda: "has changed since" in tab.notice.text(), timeout=30000)
    assert original.read_bytes() == b"someone edited it meanwhile"


def test_remove_from_now_on_is_remembered_and_applied_without_asking(
        qtbot: QtBot, tab: FilesTab, downloads: Path, settings_file: Path) -> None:
    first = photo(downloads, "first.jpg")
    box = question_after_attach(qtbot, tab, first)
    box.checkBox().setChecked(True)
    with qtbot.waitSignal(tab.originals.removed, timeout=30000):
        button(box, "Remove the original").click()
    assert prefs.originals_choice(settings_file) == "remove"
    assert "first.jpg" not in settings_file.read_text()  # the choice only, never a path
    assert str(downloads) not in settings_file.read_text()
    second = photo(downloads, "second.jpg")
    with qtbot.waitSignal(tab.originals.removed, timeout=30000):
        tab.add_paths([second])
    assert questions(tab) == []
    assert not second.exists()


def test_keep_from_now_on_is_remembered_and_applied_without_asking(
        qtbot: QtBot, tab: FilesTab, vault: Vault, case_id: str, downloads: Path,
        settings_file: Path) -> None:
    first = photo(downloads, "first.jpg")
    box = question_after_attach(qtbot, tab, first)
    box.checkBox().setChecked(True)
    button(box, "Keep it").click()
    qtbot.waitUntil(lambda: questions(tab) == [], timeout=5000)
    assert prefs.originals_choice(settings_file) == "keep"
    second = photo(downloads, "second.jpg")
    attach_and_wait(qtbot, tab, second)
    assert not tab.originals.busy
    assert questions(tab) == []
    assert first.exists()
    assert second.exists()
    assert len(svc.list_attachments(vault, case_id)) == 2


def test_several_files_are_asked_about_one_at_a_time(
        qtbot: QtBot, tab: FilesTab, downloads: Path) -> None:
    a, b = photo(downloads, "a.jpg"), photo(downloads, "b.jpg")
    with qtbot.waitSignals([tab.attachments_changed] * 2, timeout=30000):
        tab.add_paths([a, b])
    qtbot.waitUntil(lambda: not tab.busy and len(questions(tab)) == 1, timeout=10000)
    [box] = questions(tab)
    assert "a.jpg" in box.informativeText()
    button(box, "Keep it").click()
    qtbot.waitUntil(lambda: len(questions(tab)) == 1 and questions(tab)[0] is not box,
                    timeout=5000)
    [box] = questions(tab)
    assert "b.jpg" in box.informativeText()
    with qtbot.waitSignal(tab.originals.removed, timeout=30000):
        button(box, "Remove the original").click()
    assert a.exists()
    assert not b.exists()


def test_a_recording_is_never_asked_about(qtbot: QtBot, tab: FilesTab, vault: Vault,
                                          case_id: str, settings_file: Path) -> None:
    prefs.set_originals_choice("ask", settings_file)
    tab.recorder.record_button.click()
    qtbot.waitUntil(lambda: tab.recorder.recording is not None
                    and tab.recorder.recording.frames > 0, timeout=10000)
    with qtbot.waitSignal(tab.attachments_changed, timeout=10000):
        tab.recorder.stop_button.click()
    [blob] = svc.list_attachments(vault, case_id)
    assert blob.media_type == "audio/wav"
    assert questions(tab) == []
    assert not tab.originals.busy
    assert tab.originals.pending == []


def test_locking_closes_the_question_and_keeps_the_file(
        qtbot: QtBot, tab: FilesTab, downloads: Path) -> None:
    original = photo(downloads)
    box = question_after_attach(qtbot, tab, original)
    assert box.isVisible()
    tab.show_vault(None)
    assert questions(tab) == []
    assert not tab.originals.busy
    assert original.read_bytes() == PHOTO


def test_the_story_files_step_asks_too(qtbot: QtBot, vault: Vault, case_id: str,
                                       downloads: Path, settings_file: Path) -> None:
    step = FilesStep(capture_factory=lambda: FakeCapture())
    qtbot.addWidget(step)
    step.originals.settings_path = settings_file
    step.set_target(vault, case_id)
    step.show()
    original = photo(downloads)
    with qtbot.waitSignal(step.files_changed, timeout=30000):
        step.add_paths([original])
    qtbot.waitUntil(lambda: len(questions(step)) == 1, timeout=10000)
    [box] = questions(step)
    assert box.text().startswith("The file is now in your encrypted vault.")
    with qtbot.waitSignal(step.originals.removed, timeout=30000):
        button(box, "Remove the original").click()
    assert not original.exists()
    assert len(svc.list_attachments(vault, case_id)) == 1


def test_settings_panel_changes_the_remembered_choice(
        qtbot: QtBot, settings_file: Path, tmp_path: Path) -> None:
    section = SettingsSection(tmp_path / "vault", settings_file)
    qtbot.addWidget(section)
    [panel] = section.findChildren(OriginalsPanel)
    assert panel.choice.currentData() == "ask"
    assert "not a secure erase" in panel.note.text()
    panel.choice.setCurrentIndex(panel.choice.findData("remove"))
    panel.choice.activated.emit(panel.choice.currentIndex())
    assert prefs.originals_choice(settings_file) == "remove"
    assert panel.message.text().startswith("Saved.")
    section.on_auto_lock_changed(9)  # another setting saved afterwards keeps the choice
    assert prefs.originals_choice(settings_file) == "remove"
    prefs.set_originals_choice("keep", settings_file)  # changed by the question meanwhile
    section.show()
    qtbot.waitUntil(lambda: panel.choice.currentData() == "keep", timeout=5000)
