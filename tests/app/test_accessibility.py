"""Every control a person can reach has a name a screen reader can say, and the window
title never carries case content."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.services import cases as case_service
from app.ui.shell.window import MainWindow
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.casedata import sample
from tests.conftest import PASSPHRASE

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox,
            QPlainTextEdit, QTextEdit)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit)):
            continue  # Qt's own parts: a combo box's editor, a field's clear button
        if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
            continue  # table headers (named by their model) and corner buttons
        if widget.window() is not root.window():
            continue  # pop-up lists Qt makes for combo boxes and completers
        named = widget.accessibleName() or (
            isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip()
        )
        if not named:
            missing.append(f"{type(widget).__name__} in {type(parent).__name__}"
                           f" ({widget.objectName() or '?'})")
    return missing


@pytest.mark.parametrize("role", ["researcher", "submitter", "coordinator"])
def test_every_control_has_an_accessible_name(qtbot: QtBot, tmp_path: Path, role: str) -> None:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                            role=role)
    case = case_service.add_case(vault, sample("uz"))
    window = MainWindow(tmp_path / "vault", kdf_seconds=0,
                        settings_path=tmp_path / "settings.json")
    qtbot.addWidget(window)
    window.show()
    assert _unnamed(window.unlock_page) == []
    window.on_unlocked(vault)
    rail = window.workspace.rail
    for row in range(rail.count()):  # every section reads the vault when first chosen
        rail.setCurrentRow(row)
    window.workspace.select("cases")
    window.workspace.cases.open_case(case.id)
    assert _unnamed(window) == []
    assert window.windowTitle() == "Guvoh"
    window.lock()


def test_first_run_screens_have_accessible_names(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "vault", kdf_seconds=0,
                        settings_path=tmp_path / "settings.json")
    qtbot.addWidget(window)
    window.show()
    for page in (window.create_page, window.code_page, window.recover_page):
        assert _unnamed(page) == [], type(page).__name__
