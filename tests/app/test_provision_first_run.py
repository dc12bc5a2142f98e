"""First run with the organisation's provisioning file next to the program (issue 17 item
5): the window shows the organisation and its safety code; after "The codes match" the new
vault starts with the organisation trusted and the defaults set. A tampered file is refused
with its one sentence and nothing is set."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.services import organisations, provisioning
from app.services import settings as prefs
from app.services.provisioning import Defaults
from app.ui.common import i18n
from app.ui.shell.window import MainWindow
from crypto.age import X25519Identity
from crypto.identity import SigningKey
from crypto.orgcard import make_card
from tests.conftest import PASSPHRASE

KEY = SigningKey.generate()
CARD = make_card("Memorial", X25519Identity.generate().recipient, KEY, "2026-12-01T00:00:00Z")


def qapp_language() -> str:
    app = QCoreApplication.instance()
    return str(app.property("guvoh_language")) if app is not None else ""


def beside_program(monkeypatch: pytest.MonkeyPatch, folder: Path, data: bytes) -> None:
    folder.mkdir()
    (folder / provisioning.FILE_NAME).write_bytes(data)
    monkeypatch.setattr(provisioning, "program_folder", lambda: folder)


def test_the_file_next_to_the_program_provisions_the_new_vault(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = provisioning.make(CARD, KEY, Defaults("ru", False, None, 7), "2026-12-05T10:00:00Z")
    beside_program(monkeypatch, tmp_path / "program", data)
    settings_path = tmp_path / "settings.json"
    window = MainWindow(tmp_path / "vault", kdf_seconds=0, settings_path=settings_path)
    qtbot.addWidget(window)
    window.show()
    page = window.provision_page
    assert window.stack.currentWidget() is page
    assert page.name_label.text() == "Memorial"
    assert page.code_label.code() == KEY.public_key().safety_code()
    assert "7" in page.settings_label.text()
    qtbot.waitUntil(page.match_button.isEnabled)  # the whole code is on screen
    page.match_button.click()

    assert window.stack.currentWidget() is window.create_page
    assert qapp_language() == "ru"
    saved = prefs.load(settings_path)
    assert (saved.language, saved.auto_lock_minutes) == ("ru", 7)
    assert window.idle.interval() == 7 * 60 * 1000
    assert "Memorial" in window.create_page.provision.message.text()

    create = window.create_page
    create.passphrases.first.setText(PASSPHRASE)
    create.passphrases.second.setText(PASSPHRASE)
    create.create_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.code_page, timeout=30000)
    vault = window.vault
    assert vault is not None
    trusted = organisations.organisations(vault)
    assert [o.name for o in trusted] == ["Memorial"]
    assert trusted[0].fingerprint == KEY.public_key().fingerprint()
    assert prefs.receipt_grace(vault) is None  # keep on receipt, as the file says
    window.close()


def test_a_tampered_file_is_refused_with_its_sentence(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = provisioning.make(CARD, KEY, Defaults("ru", True, None, 7), "2026-12-05T10:00:00Z")
    beside_program(monkeypatch, tmp_path / "program",
                   data.replace(b"Idle-Lock-Minutes: 7", b"Idle-Lock-Minutes: 9"))
    settings_path = tmp_path / "settings.json"
    window = MainWindow(tmp_path / "vault", kdf_seconds=0, settings_path=settings_path)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.create_page
    assert window.create_page.provision.message.text() == (
        "This provisioning file was altered or damaged after the organisation signed it, so "
        "nothing was set. Ask your organisation for a new copy.")
    assert not settings_path.exists()
    assert window.provisioned is None
    window.close()


def test_they_do_not_match_sets_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = provisioning.make(CARD, KEY, Defaults(idle_lock_minutes=7), "2026-12-05T10:00:00Z")
    beside_program(monkeypatch, tmp_path / "program", data)
    settings_path = tmp_path / "settings.json"
    window = MainWindow(tmp_path / "vault", kdf_seconds=0, settings_path=settings_path)
    qtbot.addWidget(window)
    window.show()
    window.provision_page.mismatch_button.click()
    assert window.stack.currentWidget() is window.create_page
    assert "Nothing from the file was used" in window.create_page.provision.message.text()
    assert window.provisioned is None
    assert not settings_path.exists()
    window.close()


def test_the_language_list_is_the_interfaces() -> None:
    assert tuple(language.code for language in i18n.LANGUAGES) == provisioning.LANGUAGES
