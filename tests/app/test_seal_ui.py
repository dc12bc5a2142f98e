"""Sealed for travel in the app (issue 15 item 4): Settings' "Seal for travel" writes the
travel request and locks the window; the unlock screen then says the vault is sealed and
offers Unseal; the organisation's release token, pasted there, opens the vault as it was."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services import cases as case_service
from app.ui.shell.seal_panel import ReleasePanel
from app.ui.shell.window import MainWindow
from storage import keys
from tests.casedata import sample
from tests.conftest import PASSPHRASE
from tests.desk import Desk

SHOTS = Path(os.environ.get("GUVOH_SHOTS", "/tmp/issue14/shots"))


def _unlock(qtbot: QtBot, window: MainWindow) -> None:
    page = window.unlock_page
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()


def _shot(window: MainWindow, name: str) -> None:
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        window.grab().save(str(SHOTS / name))


def test_seal_in_settings_then_unseal_on_the_lock_screen(
    qtbot: QtBot, tmp_path: Path, desk: Desk
) -> None:
    r = desk.researcher("R-07")
    safety_code = keys.identity(r.vault.conn).public_key.safety_code()
    case_service.add_case(r.vault, sample("uz"))
    path = r.vault.path
    r.vault.close()
    window = MainWindow(path, kdf_seconds=0, settings_path=tmp_path / "config" / "s.json")
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=20_000)

    window.workspace.select("settings")
    panel = window.workspace.settings.seal
    assert panel.isVisibleTo(window.workspace.settings)
    assert panel.organisation.currentText() == "Memorial"
    assert "copy made before sealing is not protected" in panel.note.text()
    assert safety_code in panel.own_code.text()  # to note: a sealed vault cannot show it
    _shot(window, "seal-settings-after.png")
    panel.passphrase.setText(PASSPHRASE)
    request = tmp_path / "travel.req"
    panel.on_request_chosen([str(request)])
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page, timeout=20_000)
    assert request.is_file()
    assert window.vault is None

    page = window.unlock_page
    assert page.unseal.isVisible()  # said at once, before any passphrase
    assert "sealed for travel" in page.message.text()
    page.message.clear()
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: "sealed for travel" in page.message.text(), timeout=20_000)
    assert page.unseal.isVisible()
    _shot(window, "seal-unlock-sealed-after.png")

    token = tmp_path / "release.token"
    release = ReleasePanel()  # the organisation's Settings
    qtbot.addWidget(release)
    release.show_vault(desk.coordinator)
    release.resize(900, 700)
    release.show()  # "They match" is enabled only while the whole code is on screen
    assert not release.isHidden()
    assert "by voice" in release.note.text()
    release.on_request_chosen([str(request)])
    qtbot.waitUntil(release.release_button.isEnabled, timeout=20_000)
    assert "Researcher R-07" in release.found.text()
    assert release.code.code() == safety_code
    release.on_token_chosen([str(token)])
    qtbot.waitUntil(lambda: "release token is in" in release.message.text(), timeout=20_000)
    assert token.is_file()
    page.unseal.token.setPlainText("not a token")
    page.unseal.unseal_button.click()
    qtbot.waitUntil(lambda: "not a release token" in page.unseal.message.text(), timeout=20_000)
    page.unseal.token.setPlainText(token.read_text())
    page.unseal.unseal_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=20_000)
    assert window.vault is not None
    assert len(case_service.list_cases(window.vault)) == 1
    window.lock()
