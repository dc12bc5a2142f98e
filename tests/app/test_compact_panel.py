"""Settings' "Compact the vault" (issue 13 item 4): the job on a worker, the result or the
error in one sentence, the button off while it runs and while the vault is locked."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services import cases as case_service
from app.ui.common.widgets import error_text
from app.ui.shell.settings import SettingsSection
from storage.errors import VaultLocked
from storage.vault import DB_NAME, Vault


@pytest.fixture
def section(qtbot: QtBot, tmp_path: Path, vault: Vault) -> SettingsSection:
    made = SettingsSection(vault.path, tmp_path / "settings.json")
    qtbot.addWidget(made)
    made.show_vault(vault)
    return made


def test_compact_from_settings(qtbot: QtBot, section: SettingsSection, vault: Vault) -> None:
    keep = case_service.add_case(vault, {"schema_version": 1, "title": "kept",
                                         "consent": {"given": True}})
    for n in range(20):
        gone = case_service.add_case(vault, {
            "schema_version": 1, "title": f"gone {n}", "consent": {"given": True},
            "narrative": "words of the account " * 300})
        case_service.delete_case(vault, gone.id)
    size_before = (vault.path / DB_NAME).stat().st_size
    panel = section.compact
    assert panel.start_button.isEnabled()
    with qtbot.waitSignal(panel.compacted, timeout=60_000) as done:
        panel.start_button.click()
        assert panel.running()
        assert not panel.start_button.isEnabled()
    result = done.args[0]
    assert result.bytes_after < result.bytes_before
    assert (vault.path / DB_NAME).stat().st_size < size_before
    assert panel.status.text().startswith("Compacted: ")
    assert not panel.running()
    assert panel.start_button.isEnabled()
    assert case_service.show_case(vault, keep.id).summary.title == "kept"


def test_off_while_locked(section: SettingsSection) -> None:
    section.show_vault(None)
    assert not section.compact.start_button.isEnabled()
    section.compact.start()  # a stray call does nothing
    assert not section.compact.running()


def test_a_failure_is_one_sentence(qtbot: QtBot, section: SettingsSection,
                                   vault: Vault) -> None:
    vault.close()  # locked from elsewhere between showing the button and the click
    panel = section.compact
    with qtbot.waitSignal(panel.compact_failed, timeout=10_000) as failed:
        panel.start_button.click()
    assert isinstance(failed.args[0], VaultLocked)
    assert panel.status.text() == error_text(VaultLocked())
    assert "unexpected" not in panel.status.text()
    assert panel.start_button.isEnabled()
