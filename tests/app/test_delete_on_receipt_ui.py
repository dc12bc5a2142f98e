"""Delete on receipt in the app: the receipt dialog says what was deleted and what stays,
Settings chooses when (a setting inside the vault), and any case can be deleted after a
confirmation that names it; the delete button is never the default."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import bundle_export, bundle_import, receipts
from app.services import cases as case_service
from app.services import settings as prefs
from app.ui.researcher.case_list import CasesSection
from app.ui.researcher.delete_case import DeleteCaseDialog
from app.ui.researcher.delivered import ReceiptImportDialog
from app.ui.shell.receipt_panel import ReceiptPanel
from app.ui.shell.settings import SettingsSection
from storage.errors import CaseNotFound
from tests.casedata import sample
from tests.desk import Desk, Researcher

WAIT = 30_000


def _receipt(desk: Desk, who: Researcher, case_ids: list[str]) -> Path:
    result = bundle_export.export_bundle(who.vault, ["Memorial"], desk.outbox, case_ids)
    imported = bundle_import.import_bundle(desk.coordinator, result.path)
    assert imported.bundle_id is not None
    return receipts.create_receipt(desk.coordinator, imported.bundle_id, desk.root)


def test_the_receipt_dialog_says_what_was_deleted_and_what_stays(qtbot: QtBot,
                                                                 desk: Desk) -> None:
    r = desk.researcher("R-21")
    delivered = case_service.add_case(r.vault, sample("uz"))
    edited = case_service.add_case(r.vault, sample("ru"))
    receipt = _receipt(desk, r, [delivered.id, edited.id])
    case_service.edit_case(r.vault, edited.id, sample("ru") | {"title": "Changed later"})
    dialog = ReceiptImportDialog(r.vault)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.cases_changed, timeout=WAIT):
        dialog.import_from(receipt)
    text = dialog.message.text()
    assert delivered.reference in text
    assert "deleted from this computer" in text
    # "1 case was changed after you exported it" once the English plural forms are loaded
    # (by an earlier test in the same process), "case(s) were ... them" without them.
    assert re.search(rf"changed after you exported (it|them): {edited.reference}", text)
    assert "your later changes stay here, not delivered" in text
    with pytest.raises(CaseNotFound):
        case_service.show_case(r.vault, delivered.id)
    assert case_service.show_case(r.vault, edited.id).summary.title == "Changed later"


def test_with_a_grace_period_the_dialog_says_when(qtbot: QtBot, desk: Desk) -> None:
    r = desk.researcher("R-22")
    prefs.set_receipt_grace(r.vault, 7 * 86_400)
    case = case_service.add_case(r.vault, sample("uz"))
    dialog = ReceiptImportDialog(r.vault)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.cases_changed, timeout=WAIT):
        dialog.import_from(_receipt(desk, r, [case.id]))
    assert "waiting time set in Settings" in dialog.message.text()
    assert case_service.show_case(r.vault, case.id).summary.status == "delivered"


def test_settings_chooses_when_inside_the_vault(qtbot: QtBot, desk: Desk,
                                                tmp_path: Path) -> None:
    r = desk.researcher("R-23")
    section = SettingsSection(r.vault.path, tmp_path / "settings.json")
    qtbot.addWidget(section)
    panel = section.receipt
    assert isinstance(panel, ReceiptPanel)
    section.show_vault(r.vault)
    assert not panel.isHidden()
    assert panel.when.currentData() == 0  # the default: at once
    assert "a copy of the disk made before the receipt" in panel.note.text()
    never = panel.when.findText("Never: keep them on this computer")
    panel.when.setCurrentIndex(never)
    panel.when.activated.emit(never)
    assert prefs.receipt_grace(r.vault) is None
    assert "stay on this computer" in panel.message.text()
    day = panel.when.findData(86_400)
    panel.when.activated.emit(day)
    assert prefs.receipt_grace(r.vault) == 86_400
    assert not (tmp_path / "settings.json").exists()  # nothing of it in the preferences file
    section.show_vault(None)  # locked: nothing to show
    assert panel.isHidden()
    section.show_vault(desk.coordinator)  # coordinators get no receipts
    assert panel.isHidden()
    other = ReceiptPanel()
    qtbot.addWidget(other)
    other.show_vault(r.vault)
    assert other.when.currentData() == 86_400  # read back from the vault


def test_delete_case_names_it_and_keep_is_the_default(qtbot: QtBot, desk: Desk) -> None:
    r = desk.researcher("R-24")
    case = case_service.add_case(r.vault, sample("uz"))
    dialog = DeleteCaseDialog(r.vault, case.id)
    qtbot.addWidget(dialog)
    assert case.reference in dialog.question.text()
    assert case.title in dialog.question.text()
    assert "cannot be undone" in dialog.warning.text()
    assert "has not confirmed" in dialog.warning.text()
    assert dialog.keep_button.isDefault()
    assert not dialog.delete_button.isDefault()
    assert not dialog.delete_button.autoDefault()
    dialog.keep_button.click()
    assert case_service.show_case(r.vault, case.id).summary.reference == case.reference
    again = DeleteCaseDialog(r.vault, case.id)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.deleted, timeout=WAIT) as signal:
        again.delete_button.click()
    assert signal.args == [case.reference]
    with pytest.raises(CaseNotFound):
        case_service.show_case(r.vault, case.id)
    # A coordinator's case: no word of a receipt it will never get.
    theirs = case_service.add_case(desk.coordinator, sample("kz"))
    asked = DeleteCaseDialog(desk.coordinator, theirs.id)
    qtbot.addWidget(asked)
    assert asked.warning.text() == "This cannot be undone."


def test_the_case_list_offers_delete_on_the_selected_case(qtbot: QtBot, desk: Desk) -> None:
    r = desk.researcher("R-25")
    case = case_service.add_case(r.vault, sample("uz"))
    section = CasesSection()
    qtbot.addWidget(section)
    section.show_vault(r.vault)
    table = section.list.table
    assert section.delete_action in table.actions()
    assert section.delete_action.shortcut().toString() == "Del"
    qtbot.waitUntil(lambda: section.list.model.rowCount() == 1, timeout=WAIT)
    assert section.delete_action.open_dialog() is None  # nothing selected: nothing asked
    table.selectRow(0)
    section.show()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=WAIT)
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # the Delete key asks
    dialog = section.delete_action.dialog
    assert dialog is not None
    assert section.delete_action.open_dialog() is None  # one question at a time
    assert case.reference in dialog.question.text()
    with qtbot.waitSignal(dialog.finished, timeout=WAIT):
        dialog.delete_button.click()
    qtbot.waitUntil(lambda: section.list.model.rowCount() == 0, timeout=WAIT)
