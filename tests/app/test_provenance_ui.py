"""The coordinator's provenance panel with real vaults and a real imported bundle: plain
sentences about who sent it and when, hashes behind Details, receipt status, the
verification summary on the clipboard, and a case made locally."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.services import bundle_import
from app.services.cases import add_case
from app.services.provenance import verification_summary
from app.ui.coordinator.provenance import ProvenancePanel
from app.ui.coordinator.receipts import ReceiptDialog
from storage.provenance import case_provenance
from tests.casedata import minimal, sample
from tests.desk import Desk

AUDIO = b"\x00voice" * 1000


def _imported(desk: Desk) -> tuple[list[str], str, Path]:
    r = desk.researcher("R-07")
    path, ids = desk.export(r, [sample("uz"), sample("kz")], {0: AUDIO})
    outcome = bundle_import.import_bundle(desk.coordinator, path)
    assert outcome.outcome == "imported", outcome.error
    return [str(i) for i in ids], str(outcome.bundle_id), path


def _panel(qtbot: QtBot, desk: Desk) -> ProvenancePanel:
    panel = ProvenancePanel()
    qtbot.addWidget(panel)
    panel.show_vault(desk.coordinator)
    panel.show()
    return panel


def test_imported_case_in_plain_words_with_details(qtbot: QtBot, desk: Desk) -> None:
    ids, bundle_id, path = _imported(desk)
    panel = _panel(qtbot, desk)
    assert not panel.copy_button.isEnabled()  # no case yet
    panel.set_case(ids[0])

    assert len(panel.blocks) == 1
    block = panel.blocks[0]
    assert block.who.text() == "Sent by Researcher R-07, signed with their key (checked)."
    assert block.when.text().startswith("Created ")
    assert ", imported " in block.when.text()
    assert block.receipt.text() == "Receipt: not yet."
    assert "never opened automatically" in block.files.text()
    # Technical details are hidden until asked for, monospace and selectable.
    assert block.technical.isHidden()
    block.details.toggle.click()
    assert not block.technical.isHidden()
    tech = block.technical.text()
    fingerprint = desk.researchers[0].fingerprint
    for expected in (bundle_id, fingerprint, hashlib.sha256(path.read_bytes()).hexdigest(),
                     hashlib.sha256(AUDIO).hexdigest(), str(len(AUDIO)), "recording-0.ogg"):
        assert expected in tech
    assert fingerprint not in block.who.text()  # no jargon in the plain sentence
    assert block.technical.textFormat().name == "PlainText"
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert block.technical.font().family() == fixed.family()
    assert block.technical.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse

    # The other case of the bundle has no file of its own.
    panel.set_case(ids[1])
    assert len(panel.blocks) == 1
    assert panel.blocks[0].files.text() == "No attached files came with this case."


def test_copy_verification_summary(qtbot: QtBot, desk: Desk) -> None:
    ids, bundle_id, _path = _imported(desk)
    panel = _panel(qtbot, desk)
    panel.set_case(ids[0])
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(panel.summary_copied):
        panel.copy_button.click()
    text = QGuiApplication.clipboard().text()
    prov = case_provenance(desk.coordinator.conn, ids[0])  # type: ignore[arg-type]
    assert text == verification_summary(prov)
    assert bundle_id in text
    assert hashlib.sha256(AUDIO).hexdigest() in text
    assert "copied" in panel.message.text()


def test_receipt_from_the_panel_updates_the_status(qtbot: QtBot, desk: Desk) -> None:
    ids, bundle_id, _path = _imported(desk)
    panel = _panel(qtbot, desk)
    panel.set_case(ids[0])
    assert panel.blocks[0].receipt.text() == "Receipt: not yet."
    assert not panel.blocks[0].receipt_button.isHidden()
    panel.blocks[0].receipt_button.click()
    dialog = panel.receipt_dialog
    assert isinstance(dialog, ReceiptDialog)
    assert dialog.chosen() == [bundle_id]
    out = desk.root / "receipts"
    out.mkdir()
    dialog.folder.set_path(out)
    with qtbot.waitSignal(dialog.receipts_created, timeout=30000) as made:
        dialog.create_button.click()
    assert [p.parent for p in made.args[0]] == [out]
    assert made.args[0][0].is_file()
    assert panel.blocks[0].receipt.text().startswith("Receipt: created on ")
    dialog.close()


def test_case_made_locally_and_no_case(qtbot: QtBot, desk: Desk) -> None:
    local = add_case(desk.coordinator, minimal("Written at the desk"))
    panel = _panel(qtbot, desk)
    panel.set_case(local.id)
    assert panel.blocks == []
    assert "made in this vault" in panel.intro.text()
    assert panel.copy_button.isEnabled()
    panel.copy_button.click()
    assert "not received in a bundle" in QGuiApplication.clipboard().text()

    panel.set_case(None)
    assert not panel.copy_button.isEnabled()
    assert panel.provenance is None
    panel.show_vault(None)
    assert panel.blocks == []


def test_unknown_case_shows_one_sentence(qtbot: QtBot, desk: Desk) -> None:
    panel = _panel(qtbot, desk)
    panel.set_case("0" * 26)
    assert panel.message.text()
    assert "\n" not in panel.message.text()
    assert not panel.copy_button.isEnabled()


def test_case_text_is_plain_and_controls_are_named(qtbot: QtBot, desk: Desk) -> None:
    ids, _bundle_id, _path = _imported(desk)
    panel = _panel(qtbot, desk)
    panel.set_case(ids[0])
    panel.blocks[0].details.toggle.click()
    qtbot.waitUntil(panel.blocks[0].technical.isVisible)
    for label in panel.findChildren(QLabel):
        assert label.textFormat().name == "PlainText"
    for widget in panel.findChildren(QWidget):
        if widget.focusPolicy().name != "NoFocus" and widget.isVisible():
            assert widget.accessibleName(), type(widget).__name__
