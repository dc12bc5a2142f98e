"""The Files tab driven as a person would: add files (button queue and drag and drop) with
progress, view a picture and play a recording decrypted in memory, a tampered file shown
as an error and never as content, save a copy only after a warning, remove with a
confirmation whose default is to keep the file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.services import cases as svc
from app.services import recording
from app.ui.common.table import RecordRole, SortRole
from app.ui.researcher.attachments import FileColumn, attachments_model
from app.ui.researcher.files import FilesTab
from app.ui.researcher.viewer import kind_of
from storage.vault import Vault
from tests.casedata import minimal


@pytest.fixture
def case_id(vault: Vault) -> str:
    return svc.add_case(vault, minimal()).id


@pytest.fixture
def tab(qtbot: QtBot, vault: Vault, case_id: str) -> FilesTab:
    widget = FilesTab()
    qtbot.addWidget(widget)
    widget.show_vault(vault)
    widget.set_case(case_id)
    widget.show()
    return widget


def png(path: Path, size: int = 32) -> Path:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    path.write_bytes(bytes(data.data()))
    return path


def select(tab: FilesTab, filename: str) -> None:
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, FileColumn.FILENAME).data() == filename:
            tab.table.selectRow(row)
            return
    raise AssertionError(f"{filename} not listed")


def attach(vault: Vault, case_id: str, path: Path) -> str:
    return svc.attach_file(vault, case_id, path).id


def message_box(tab: FilesTab) -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible() and w.parent() is tab]
    assert len(boxes) == 1
    return boxes[0]


def test_model(qtmodeltester: object, vault: Vault, case_id: str, tmp_path: Path) -> None:
    attach(vault, case_id, png(tmp_path / "photo.png"))
    (tmp_path / "notes.txt").write_text("hello")
    attach(vault, case_id, tmp_path / "notes.txt")
    model = attachments_model()
    model.set_rows(svc.list_attachments(vault, case_id))
    assert model.rowCount() == 2
    kinds = {model.index(r, FileColumn.TYPE).data() for r in range(2)}
    assert kinds == {"Picture", "Text"}
    assert model.headerData(FileColumn.SIZE, Qt.Orientation.Horizontal) == "Size"
    rows = {model.index(r, FileColumn.FILENAME).data(): r for r in range(2)}
    notes = model.index(rows["notes.txt"], FileColumn.SIZE)
    assert notes.data() == "5 bytes"  # the one size formatter (kB/MB/GB, as the export)
    assert notes.data(SortRole) == 5
    assert notes.data(RecordRole).filename == "notes.txt"
    assert model.index(rows["notes.txt"], FileColumn.TYPE).data(
        Qt.ItemDataRole.ToolTipRole) == "text/plain"
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_unsaved_case_and_locked(qtbot: QtBot, vault: Vault) -> None:
    widget = FilesTab()
    qtbot.addWidget(widget)
    widget.show_vault(vault)
    widget.set_case(None)
    assert widget.notice.text() == "Save the case first to add files."
    assert not widget.add_button.isEnabled()
    assert not widget.view_button.isEnabled()
    widget.show_vault(None)
    assert widget.vault is None
    assert widget.model.rowCount() == 0
    assert not widget.add_button.isEnabled()


def test_add_several_files_in_sequence(qtbot: QtBot, tab: FilesTab, vault: Vault,
                                       case_id: str, tmp_path: Path) -> None:
    paths = [png(tmp_path / "a.png")]
    for name, size in (("b.bin", 3 * 1024 * 1024), ("c.bin", 10)):
        (tmp_path / name).write_bytes(os.urandom(size))
        paths.append(tmp_path / name)
    with qtbot.waitSignals([tab.attachments_changed] * 3, timeout=30000):
        tab.add_paths(paths)
        assert tab.progress_box.isVisibleTo(tab)
        assert not tab.add_button.isEnabled()
    qtbot.waitUntil(lambda: not tab.busy, timeout=30000)
    assert not tab.progress_box.isVisibleTo(tab)
    assert tab.notice.text() == ""
    assert sorted(a.filename for a in svc.list_attachments(vault, case_id)) == [
        "a.png", "b.bin", "c.bin"]
    assert tab.model.rowCount() == 3
    assert tab.add_button.isEnabled()


def test_cancel_adding_leaves_nothing(qtbot: QtBot, tab: FilesTab, vault: Vault,
                                      case_id: str, tmp_path: Path) -> None:
    """A pipe as the source holds the worker until the test has pressed Cancel."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    writer = os.open(pipe, os.O_RDWR)
    before = set(os.listdir(vault.blobs_dir))
    tab.add_paths([pipe, png(tmp_path / "next.png")])
    assert tab.busy
    assert tab.cancel_button.isVisibleTo(tab)
    tab.cancel_button.click()
    # wakes a worker already blocked reading; fits in the pipe, so never blocks the test.
    # The write end stays open until the end: a worker that has not opened the pipe yet
    # must not block on opening it.
    os.write(writer, os.urandom(4096))
    try:
        qtbot.waitUntil(lambda: not tab.busy, timeout=30000)
    finally:
        os.close(writer)
    assert tab.notice.text() == "Cancelled. Nothing was half-written."
    assert svc.list_attachments(vault, case_id) == []  # the queued file was not added either
    assert set(os.listdir(vault.blobs_dir)) == before
    assert tab.add_button.isEnabled()


def test_result_for_the_case_shown_before_is_dropped(qtbot: QtBot, tab: FilesTab,
                                                     vault: Vault, case_id: str,
                                                     tmp_path: Path) -> None:
    """Changing case while a file is being added: the job is cancelled and its late result
    (the runner drops it: jobs.invalidate) says nothing on the new case's tab."""
    other = svc.add_case(vault, minimal()).id
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    writer = os.open(pipe, os.O_RDWR)
    tab.add_paths([pipe])
    job = tab.job
    assert job is not None
    try:
        with qtbot.waitSignal(job.signals.failed, timeout=30000):
            tab.set_case(other)
            os.write(writer, os.urandom(4096))
    finally:
        os.close(writer)
    assert not tab.busy
    assert tab.notice.text() == ""
    assert not tab.progress_box.isVisibleTo(tab)
    assert svc.list_attachments(vault, case_id) == []
    assert tab.add_button.isEnabled()


def test_drop_local_files(qtbot: QtBot, tab: FilesTab, vault: Vault, case_id: str,
                          tmp_path: Path) -> None:
    source = png(tmp_path / "dropped.png")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    event = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(tab.attachments_changed, timeout=30000):
        tab.dropEvent(event)
    assert [a.filename for a in svc.list_attachments(vault, case_id)] == ["dropped.png"]

    remote = QMimeData()
    remote.setUrls([QUrl("https://example.org/x.png")])
    refused = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, remote,
                         Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tab.dropEvent(refused)
    assert not tab.busy
    assert not refused.isAccepted()


def test_view_picture_in_memory(qtbot: QtBot, tab: FilesTab, vault: Vault, case_id: str,
                                tmp_path: Path) -> None:
    attach(vault, case_id, png(tmp_path / "photo.png"))
    tab.refresh()
    select(tab, "photo.png")
    tab.view_button.click()
    viewer = tab.viewer
    assert viewer is not None
    assert viewer.windowTitle() == "Guvoh - File"  # never the file's name
    qtbot.waitUntil(lambda: viewer.shows_content(), timeout=30000)
    assert viewer.stack.currentWidget() is viewer.image
    assert viewer.image.has_image()
    assert viewer.name.text() == "photo.png"
    viewer.close_button.click()
    assert not viewer.image.has_image()
    assert tab.viewer is None


def test_tampered_picture_is_an_error_not_content(qtbot: QtBot, tab: FilesTab, vault: Vault,
                                                  case_id: str, tmp_path: Path) -> None:
    blob_id = attach(vault, case_id, png(tmp_path / "photo.png"))
    stored = vault.blobs_dir / blob_id
    raw = bytearray(stored.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    stored.write_bytes(bytes(raw))
    tab.refresh()
    select(tab, "photo.png")
    tab.view_button.click()
    viewer = tab.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.shows_message, timeout=30000)
    assert "damaged or was altered" in viewer.error.text()
    assert not viewer.image.has_image()
    assert not viewer.shows_content()


def test_recording_player_without_speakers(qtbot: QtBot, tab: FilesTab, vault: Vault,
                                           case_id: str) -> None:
    rec = recording.start(vault, case_id)
    rec.feed(b"\x10\x00" * 16000)
    rec.stop()
    tab.refresh()
    select(tab, tab.model.rows[0].filename)
    tab.view_button.click()
    viewer = tab.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.stack.currentWidget() is viewer.player, timeout=30000)
    player = viewer.player
    assert player.audio is not None
    assert player.audio.frames == 16000
    assert player.position.text() == "0:00 of 0:01"
    # the offscreen test machine has no sound output: the player says so
    assert "No speakers or headphones" in player.message.text()
    assert not player.play_button.isEnabled()
    tab.show_vault(None)
    assert player.audio is None
    assert tab.viewer is None


def test_phone_recording_is_offered_as_a_copy(qtbot: QtBot, tab: FilesTab, vault: Vault,
                                             case_id: str, tmp_path: Path) -> None:
    # compressed sound would need FFmpeg on a sender's bytes: never played, only saved
    (tmp_path / "voice.m4a").write_bytes(b"\x00\x00\x00\x18ftypM4A " + os.urandom(200))
    attach(vault, case_id, tmp_path / "voice.m4a")
    tab.refresh()
    select(tab, "voice.m4a")
    tab.view_button.click()
    viewer = tab.viewer
    assert viewer is not None
    assert viewer.shows_message
    assert viewer.save_button.isVisibleTo(viewer)
    assert not viewer.shows_content()
    viewer.reject()


def test_kinds() -> None:
    assert kind_of("image/png") == "image"
    assert kind_of("audio/wav") == kind_of("application/octet-stream", "a.WAV") == "audio"
    assert kind_of("audio/mpeg") is kind_of("application/octet-stream", "a.opus") is None
    assert kind_of("text/plain") == "text"
    assert kind_of("application/pdf", "a.pdf") is None


def test_unknown_kind_and_text(qtbot: QtBot, tab: FilesTab, vault: Vault, case_id: str,
                               tmp_path: Path) -> None:
    (tmp_path / "data.bin").write_bytes(b"\x00\x01")
    attach(vault, case_id, tmp_path / "data.bin")
    (tmp_path / "notes.txt").write_text("<b>not bold</b>", encoding="utf-8")
    attach(vault, case_id, tmp_path / "notes.txt")
    tab.refresh()
    select(tab, "data.bin")
    tab.view_button.click()
    assert tab.viewer is not None
    assert "not opened here" in tab.viewer.error.text()
    tab.viewer.reject()
    select(tab, "notes.txt")
    tab.view_button.click()
    viewer = tab.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.shows_content(), timeout=30000)
    assert viewer.text.toPlainText() == "<b>not bold</b>"


def test_save_copy_only_after_warning(qtbot: QtBot, tab: FilesTab, vault: Vault,
                                      case_id: str, tmp_path: Path) -> None:
    source = png(tmp_path / "photo.png")
    attach(vault, case_id, source)
    tab.refresh()
    select(tab, "photo.png")

    tab.save_button.click()
    box = message_box(tab)
    assert "NOT be encrypted" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not any(isinstance(d, QFileDialog) for d in tab.questions.dialogs)

    tab.save_button.click()
    box = message_box(tab)
    [save] = [b for b in box.buttons() if b.text() == "Save unencrypted copy"]
    save.click()
    [dialog] = [d for d in tab.questions.dialogs if isinstance(d, QFileDialog)]
    assert dialog.isVisible()
    out = tmp_path / "copy.png"
    with qtbot.waitSignal(tab.attachments_changed, timeout=1000, raising=False):
        dialog.fileSelected.emit(str(out))
    dialog.reject()
    qtbot.waitUntil(lambda: not tab.busy, timeout=30000)
    assert out.read_bytes() == source.read_bytes()
    assert "unencrypted copy was saved" in tab.notice.text()


def test_remove_asks_and_keeps_by_default(qtbot: QtBot, tab: FilesTab, vault: Vault,
                                          case_id: str, tmp_path: Path) -> None:
    attach(vault, case_id, png(tmp_path / "photo.png"))
    tab.refresh()
    select(tab, "photo.png")
    tab.remove_button.click()
    box = message_box(tab)
    assert "photo.png" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(svc.list_attachments(vault, case_id)) == 1

    select(tab, "photo.png")
    tab.remove_button.click()
    box = message_box(tab)
    [remove] = [b for b in box.buttons() if b.text() == "Remove file"]
    with qtbot.waitSignal(tab.attachments_changed, timeout=1000):
        remove.click()
    assert svc.list_attachments(vault, case_id) == []
    assert tab.model.rowCount() == 0


def test_lock_closes_questions(qtbot: QtBot, tab: FilesTab, vault: Vault, case_id: str,
                               tmp_path: Path) -> None:
    attach(vault, case_id, png(tmp_path / "photo.png"))
    tab.refresh()
    select(tab, "photo.png")
    tab.remove_button.click()
    box = message_box(tab)
    tab.show_vault(None)  # locked while the question was open
    assert not box.isVisible()
    assert len(svc.list_attachments(vault, case_id)) == 1
    assert tab.questions.dialogs == []


def test_accessible_names(tab: FilesTab) -> None:
    from PySide6.QtWidgets import QAbstractButton, QProgressBar, QTableView

    missing = [
        w for w in tab.findChildren(QAbstractButton) + tab.findChildren(QProgressBar)
        + tab.findChildren(QTableView)
        if not w.accessibleName() and w.isVisibleTo(tab)
    ]
    assert [(type(w).__name__, w.objectName()) for w in missing] == []
