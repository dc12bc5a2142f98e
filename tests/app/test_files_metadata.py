"""What a file reveals, in plain words on the Files tab (issue 16 item 4): a photo with GPS
and a camera written by exiftool, a plain text file no reader knows, a file attached before
readings existed (read on a worker when shown), and "Save a cleaned copy as..." offered only
when there is something to remove, leaving the original as it came."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.services import attachment_metadata as meta
from app.services import cases as svc
from app.ui.researcher.attachments import FileColumn
from app.ui.researcher.files import FilesTab
from storage import blobs
from storage.vault import Vault
from tests.attachment_files import jpeg
from tests.casedata import minimal
from tests.metadata_tools import exiftool_tags, exiftool_write


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


def photo(folder: Path) -> Path:
    path = folder / "photo.jpg"
    path.write_bytes(jpeg())
    exiftool_write(path, "-GPSLatitude=41.3111", "-GPSLatitudeRef=N",
                   "-GPSLongitude=69.2797", "-GPSLongitudeRef=E", "-Make=Apple",
                   "-Model=iPhone 12")
    return path


def select(tab: FilesTab, filename: str) -> None:
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, FileColumn.FILENAME).data() == filename:
            tab.table.selectRow(row)
            return
    raise AssertionError(f"{filename} not listed")


def test_plain_words_on_the_file(qtbot: QtBot, tab: FilesTab, vault: Vault, case_id: str,
                                 tmp_path: Path) -> None:
    svc.attach_file(vault, case_id, photo(tmp_path))
    (tmp_path / "notes.txt").write_text("hello")
    svc.attach_file(vault, case_id, tmp_path / "notes.txt")
    tab.refresh()

    select(tab, "photo.jpg")
    text = tab.details.text()
    assert "This photo contains the place where it was taken: 41.3111 N 69.2797 E" in text
    assert "This photo contains the phone or camera it was taken with:" in text
    assert "iPhone 12" in text
    assert not tab.save_cleaned_button.isHidden()
    assert tab.save_cleaned_button.isEnabled()
    tab.on_view_clicked()  # the viewer says the same above the picture
    assert tab.viewer is not None
    assert "41.3111 N 69.2797 E" in tab.viewer.details.text()
    assert not tab.viewer.details.isHidden()
    tab.viewer.reject()

    select(tab, "notes.txt")
    assert tab.details.text() == "Guvoh cannot check this kind of file for hidden details."
    assert tab.save_cleaned_button.isHidden()


def test_a_file_without_a_reading_is_read_when_shown(qtbot: QtBot, vault: Vault,
                                                     case_id: str, tmp_path: Path) -> None:
    plain = tmp_path / "plain.jpg"
    plain.write_bytes(jpeg())
    blobs.attach(vault.conn, vault.blobs_dir, case_id, plain)  # as before readings existed
    widget = FilesTab()
    qtbot.addWidget(widget)
    widget.show_vault(vault)
    widget.set_case(case_id)
    select(widget, "plain.jpg")
    assert widget.details.text() in ("Checking this file for hidden details...",
                                     "No hidden details found.")
    qtbot.waitUntil(lambda: widget.details.text() == "No hidden details found.", timeout=60000)
    assert widget.save_cleaned_button.isHidden()


def test_save_a_cleaned_copy_from_the_tab(qtbot: QtBot, tab: FilesTab, vault: Vault,
                                          case_id: str, tmp_path: Path) -> None:
    source = photo(tmp_path)
    original = source.read_bytes()
    attachment = svc.attach_file(vault, case_id, source)
    tab.refresh()
    select(tab, "photo.jpg")
    tab.save_cleaned_button.click()
    [box] = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible() and w.parent() is tab]
    [save] = [b for b in box.buttons() if b.text() == "Save unencrypted copy"]
    save.click()
    [dialog] = [d for d in tab.questions.dialogs if isinstance(d, QFileDialog)]
    assert dialog.windowTitle() == "Save a cleaned copy as"
    out = tmp_path / "clean.jpg"
    dialog.fileSelected.emit(str(out))
    dialog.reject()
    qtbot.waitUntil(lambda: not tab.busy, timeout=60000)
    assert "without hidden details was saved" in tab.notice.text()
    assert not any("GPS" in key for key in exiftool_tags(out))
    assert blobs.get(vault.conn, attachment.id).sha256 == hashlib.sha256(original).hexdigest()
    [copy] = meta.custody(vault, attachment.id)
    assert copy.cleaned_sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    tab.refresh()
    select(tab, "photo.jpg")
    assert copy.cleaned_sha256 in tab.details.text()
