"""Choosing the interface language applies at once, without losing what is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from app.services import cases as case_service
from app.services import settings as prefs
from app.ui.common import i18n
from app.ui.shell.window import MainWindow
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.casedata import sample
from tests.conftest import PASSPHRASE


def test_switching_language_keeps_the_vault_section_and_case(
    qtbot: QtBot, tmp_path: Path
) -> None:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none())
    case = case_service.add_case(vault, sample("uz"))
    settings = tmp_path / "settings.json"
    window = MainWindow(tmp_path / "vault", kdf_seconds=0, settings_path=settings)
    qtbot.addWidget(window)
    window.show()
    window.on_unlocked(vault)
    window.workspace.cases.open_case(case.id)
    old_workspace = window.workspace

    window.workspace.settings.language.chosen.emit("ru")
    assert QCoreApplication.instance().property("guvoh_language") == "ru"
    assert QLocale().language() == QLocale.Language.Russian
    assert prefs.load(settings).language == "ru"
    assert window.workspace is not old_workspace  # rebuilt in the new language
    assert window.vault is vault
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.cases.open_case_id() == case.id
    assert window.workspace.cases.editor.header.title_edit.text() == sample("uz")["title"]
    assert window.workspace.settings.language.currentData() == "ru"

    window.workspace.settings.language.chosen.emit("en")
    assert window.workspace.cases.open_case_id() == case.id
    window.lock()


def test_language_chosen_at_first_run_keeps_what_was_typed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(tmp_path / "vault", kdf_seconds=0,
                        settings_path=tmp_path / "settings.json")
    qtbot.addWidget(window)
    window.show()
    window.create_page.set_role("submitter")
    window.create_page.pseudonym.setText("Lochin")
    window.create_page.language.chosen.emit("uz-Cyrl")
    assert window.stack.currentWidget() is window.create_page
    assert window.create_page.role() == "submitter"
    assert window.create_page.pseudonym.text() == "Lochin"
    assert window.create_page.language.currentData() == "uz-Cyrl"
    assert prefs.load(tmp_path / "settings.json").language == "uz-Cyrl"
    i18n.install("en")


def test_system_locale_picks_the_language() -> None:
    assert i18n.system_language(QLocale("ru_RU")) == "ru"
    assert i18n.system_language(QLocale("kk_KZ")) == "kk"
    assert i18n.system_language(QLocale("uz_Cyrl_UZ")) == "uz-Cyrl"
    assert i18n.system_language(QLocale("uz_Latn_UZ")) == "uz-Latn"
    assert i18n.system_language(QLocale("de_DE")) == "en"
    assert i18n.resolve("tk") == "tk"
    assert i18n.resolve("xx") in {lang.code for lang in i18n.LANGUAGES}
