"""File dialogs open without a nested event loop, and what is chosen reaches the field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.ui.common.fields import PathField
from app.ui.coordinator.reports import SavePathField


def _dialog(field: PathField) -> QFileDialog:
    [dialog] = [d for d in field.findChildren(QFileDialog) if d.isVisible()]
    return dialog


def test_choose_a_file(qtbot: QtBot, tmp_path: Path) -> None:
    card = tmp_path / "memorial.card"
    card.write_text("card")
    field = PathField("Card file", "Choose the card")
    qtbot.addWidget(field)
    field.set_path(tmp_path)
    field.choose.click()  # returns at once: the dialog is open, nothing waits for it
    dialog = _dialog(field)
    dialog.selectFile(str(card))
    dialog.accept()
    assert field.path() == card


def test_choose_a_folder_and_cancel(qtbot: QtBot, tmp_path: Path) -> None:
    field = PathField("Folder", "Choose a folder", folder=True)
    qtbot.addWidget(field)
    field.set_path(tmp_path)
    field.choose.click()
    _dialog(field).reject()
    assert field.path() == tmp_path  # unchanged


def test_save_dialog_never_asks_to_overwrite(qtbot: QtBot, tmp_path: Path) -> None:
    field = SavePathField("Report file", "Save the report as", "PDF (*.pdf)")
    qtbot.addWidget(field)
    field.set_path(tmp_path / "report.pdf")
    field.choose.click()
    dialog = _dialog(field)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)
    dialog.selectFile(str(tmp_path / "other.pdf"))
    dialog.accept()
    assert field.path() == tmp_path / "other.pdf"
