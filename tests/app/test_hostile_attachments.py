"""Attachments a hostile sender chose, opened in the real viewer of the Files tab (issue 13,
item 2; DESIGN.md section 6, "Hostile content"): a PDF, an SVG, a TIFF, a WebP, a 30,000 x
30,000 PNG and a truncated JPEG, each under a picture label, are plain messages with "Save a
copy as"; a real PNG and JPEG show at their size; a WAV is read by our parser and goes to
the player; MP3 and Ogg are offered as a copy. The copy's suggested name is neutral, never
the attachment's own (item 7). That no image plugin but PNG/JPEG is loaded into the app's
process is checked in a fresh process: tests/app/test_viewer_plugins.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.services import cases as svc
from app.ui.researcher.files import FilesTab
from app.ui.researcher.viewer import ViewerDialog
from storage.vault import Vault
from tests import attachment_files as files
from tests.casedata import minimal

REFUSED = {
    "format": "Guvoh shows only PNG and JPEG pictures",
    "too_large": "This picture is too large to show inside Guvoh (30000 by 30000 pixels",
    "damaged": "This picture is not shown: it is damaged, cut short",
}
HOSTILE = [
    ("page.pdf", "image/jpeg", "format"),
    ("page.pdf", "image/png", "format"),
    ("drawing.svg", "image/png", "format"),
    ("drawing.svg", "image/jpeg", "format"),
    ("photo.tif", "image/jpeg", "format"),
    ("photo.tif", "image/png", "format"),
    ("photo.webp", "image/jpeg", "format"),
    ("photo.webp", "image/png", "format"),
    ("huge.png", "image/png", "too_large"),
    ("huge.png", "image/jpeg", "too_large"),
    ("cut.jpg", "image/jpeg", "damaged"),
    ("cut.jpg", "image/png", "damaged"),
]


def _bytes(name: str) -> bytes:
    if name == "huge.png":
        return files.png_header(30_000, 30_000)
    if name == "cut.jpg":
        return files.truncated_jpeg()
    return files.vector(name)


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


def _attach(vault: Vault, case_id: str, tmp_path: Path, data: bytes, filename: str,
            media_type: str) -> str:
    source = tmp_path / "source"
    source.write_bytes(data)
    return svc.attach_file(vault, case_id, source, filename=filename,
                           media_type=media_type).id


def _open(qtbot: QtBot, tab: FilesTab, filename: str) -> ViewerDialog:
    tab.refresh()
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, 0).data() == filename:
            tab.table.selectRow(row)
    tab.view_button.click()
    viewer = tab.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.shows_message or viewer.shows_content(), timeout=60000)
    return viewer


@pytest.mark.parametrize(("name", "label", "reason"), HOSTILE,
                         ids=[f"{n}-as-{lab}" for n, lab, _ in HOSTILE])
def test_hostile_pictures_are_plain_messages(qtbot: QtBot, tab: FilesTab, vault: Vault,
                                             case_id: str, tmp_path: Path, name: str,
                                             label: str, reason: str) -> None:
    _attach(vault, case_id, tmp_path, _bytes(name), "photo", label)
    viewer = _open(qtbot, tab, "photo")
    assert viewer.shows_message
    assert not viewer.shows_content()
    assert not viewer.image.has_image()
    assert viewer.error.text().startswith(REFUSED[reason])
    assert viewer.save_button.isVisibleTo(viewer)


@pytest.mark.parametrize(("data", "size"), [
    (files.png(123, 45), (123, 45)), (files.jpeg(), (40, 30)),
])
def test_png_and_jpeg_show_at_their_size(qtbot: QtBot, tab: FilesTab, vault: Vault,
                                         case_id: str, tmp_path: Path, data: bytes,
                                         size: tuple[int, int]) -> None:
    # labelled as something else: the magic bytes decide
    _attach(vault, case_id, tmp_path, data, "photo", "image/gif")
    viewer = _open(qtbot, tab, "photo")
    assert viewer.shows_content()
    assert viewer.stack.currentWidget() is viewer.image
    picture = viewer.image.picture_size()
    assert (picture.width(), picture.height()) == size


def test_a_wav_goes_to_the_player(qtbot: QtBot, tab: FilesTab, vault: Vault, case_id: str,
                                  tmp_path: Path) -> None:
    data = files.wav(rate=48000, channels=2, bits=24, frames=4800)
    _attach(vault, case_id, tmp_path, data, "interview.wav", "audio/wav")
    viewer = _open(qtbot, tab, "interview.wav")
    assert viewer.stack.currentWidget() is viewer.player
    audio = viewer.player.audio
    assert audio is not None
    assert (audio.sample_rate, audio.channels, audio.sample_width, audio.frames) == (
        48000, 2, 4, 4800)
    assert viewer.player.position.text() == "0:00 of 0:00"


@pytest.mark.parametrize(("data", "label", "filename"), [
    (files.mp3(), "audio/mpeg", "voice.mp3"),
    (files.ogg(), "audio/ogg", "voice.ogg"),
    (files.mp3(), "audio/wav", "voice.wav"),  # an MP3 under a WAV label
    (files.ogg(), "image/png", "voice.png"),
])
def test_compressed_sound_is_offered_as_a_copy(qtbot: QtBot, tab: FilesTab, vault: Vault,
                                               case_id: str, tmp_path: Path, data: bytes,
                                               label: str, filename: str) -> None:
    _attach(vault, case_id, tmp_path, data, filename, label)
    viewer = _open(qtbot, tab, filename)
    assert viewer.shows_message
    assert viewer.player.audio is None
    assert viewer.save_button.isVisibleTo(viewer)


def _warning(tab: FilesTab) -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible() and w.parent() is tab]
    assert len(boxes) == 1
    return boxes[0]


HOSTILE_NAMES = ["../../.config/autostart/x.desktop", "invoice\u202egpj.exe",
                 "..\\..\\Startup\\run.bat", "Гувоҳ Anvar photo.jpg"]


@pytest.mark.parametrize("filename", HOSTILE_NAMES)
def test_save_a_copy_suggests_a_neutral_name(qtbot: QtBot, tab: FilesTab, vault: Vault,
                                             case_id: str, tmp_path: Path,
                                             filename: str) -> None:
    blob_id = _attach(vault, case_id, tmp_path, files.vector("page.pdf"), filename,
                      "image/jpeg")
    viewer = _open(qtbot, tab, filename)
    viewer.save_button.click()  # from the viewer's message: the viewer closes, the warning opens
    assert tab.viewer is None
    box = _warning(tab)
    assert "may be made to harm the computer" in box.informativeText()
    [save] = [b for b in box.buttons() if b.text() == "Save unencrypted copy"]
    save.click()
    [dialog] = [d for d in tab.questions.dialogs if isinstance(d, QFileDialog)]
    chosen = [Path(p).name for p in dialog.selectedFiles()]
    assert chosen == [f"attachment-{blob_id[:8]}.pdf"]
    for widget in dialog.findChildren(object):
        text = getattr(widget, "text", None)
        if callable(text):
            shown = text()
            assert not isinstance(shown, str) or filename not in shown
    out = tmp_path / chosen[0]
    dialog.fileSelected.emit(str(out))
    dialog.reject()
    qtbot.waitUntil(lambda: not tab.busy, timeout=30000)
    assert out.read_bytes() == files.vector("page.pdf")
