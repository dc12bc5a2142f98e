"""The whole researcher journey in the real window, as a person would go through it: first
run, recovery code, trusting the organisation, writing a case in the editor, exporting it,
and the coordinator opening what arrived; then lock and unlock."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services import bundle_import, identity, organisations, signers
from app.services import cases as case_service
from app.ui.shell.window import MainWindow
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.conftest import PASSPHRASE


def test_first_run_to_an_imported_bundle(qtbot: QtBot, tmp_path: Path) -> None:
    coordinator, _ = Vault.create(tmp_path / "coordinator", PASSPHRASE, FLOOR,
                                  DeviceKeyring.none(), role="coordinator")
    card_path = tmp_path / "memorial.card"
    organisations.create_organisation(coordinator, "Memorial", card_path)

    window = MainWindow(tmp_path / "vault", kdf_seconds=0,
                        settings_path=tmp_path / "settings.json")
    qtbot.addWidget(window)
    window.show()

    # First run: role, pseudonym, passphrase, recovery code.
    create = window.create_page
    create.pseudonym.setText("R-07")
    create.passphrases.first.setText(PASSPHRASE)
    create.passphrases.second.setText(PASSPHRASE)
    create.create_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.code_page, timeout=30000)
    code = window.code_page.code_label.text().split()
    window.code_page.check.setText(code[-1])
    window.code_page.continue_button.click()
    workspace = window.workspace
    assert window.stack.currentWidget() is workspace

    # Trust the organisation after comparing its safety code.
    workspace.select("organisations")
    check = workspace.organisations.card_check
    check.path.set_path(card_path)
    check.read_button.click()
    assert check.name_label.text() == "Memorial"
    check.match_button.click()
    assert workspace.organisations.model.rowCount() == 1

    # Write a case in the editor.
    workspace.select("cases")
    cases = workspace.cases
    cases.list.new_button.click()
    editor = cases.editor
    assert cases.stack.currentWidget() is editor
    qtbot.keyClicks(editor.header.title_edit, "Passport refused at the consulate in Istanbul")
    editor.interview.consent_given.click()
    editor.interview.consent_uses["documentation"].click()
    qtbot.keyClicks(editor.story.narrative, "The consul told him to go home and sort it out there.")
    with qtbot.waitSignal(editor.case_saved, timeout=5000) as saved:
        editor.header.save_button.click()
    case_id = saved.args[0]
    editor.closed.emit()
    assert cases.stack.currentWidget() is cases.list_page
    assert cases.list.model.rowCount() == 1

    # Export it for the organisation.
    out = tmp_path / "usb"
    out.mkdir()
    cases.list.table.selectRow(0)
    cases.export_button.click()
    dialog = cases._dialog
    assert dialog is not None
    assert dialog.chosen_cases() == [case_id]
    dialog.folder.set_path(out)
    dialog.choose_protected(True)  # an explicit choice: Export is off until it is made
    with qtbot.waitSignal(dialog.exported, timeout=30000) as exported:
        dialog.export_button.click()
    bundle_path = exported.args[0].path
    assert bundle_path.parent == out
    dialog.close()

    # The coordinator pins the researcher and imports what arrived.
    assert window.vault is not None
    line = identity.identity(window.vault).public_key.to_openssh_line()
    signers.trust_signer(coordinator, line, "R-07")
    outcome = bundle_import.import_bundle(coordinator, bundle_path)
    assert outcome.outcome == "imported", outcome.error
    record = case_service.show_case(coordinator, case_id).record
    assert record["narrative"] == "The consul told him to go home and sort it out there."
    coordinator.close()

    # Lock, unlock: the case is there, marked exported.
    window.lock()
    assert cases.list.model.rowCount() == 0
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is workspace, timeout=30000)
    assert cases.list.model.index(0, 2).data() == "Exported"
    window.close()
