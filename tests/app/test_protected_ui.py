"""Protected details in the app (issue 16 items 1, 2, 6): the Cases list finds a case by a
protected real name (the canary) and says a protected detail matched, never the value;
Settings' "Protected by default" changes what a new person in the editor starts with."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services import cases as case_service
from app.services import settings as prefs
from app.ui.researcher.case_model import CaseColumn, CaseListModel
from app.ui.researcher.editor.people import PeopleTab
from app.ui.shell.protect_panel import ProtectPanel
from app.ui.shell.settings import SettingsSection
from storage.vault import Vault
from tests.casedata import sample
from tests.protected_canary import CANARY, canary_case, canary_only_in_name, leaks


def _everything(model: CaseListModel) -> str:
    """Every text the model gives for every cell: display and tooltip."""
    out = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (0, 3):  # DisplayRole, ToolTipRole
                value = index.data(role)
                if value is not None:
                    out.append(str(value))
    return "\n".join(out)


def test_found_in_names_the_protected_detail_never_its_value(qtbot: QtBot,
                                                            vault: Vault) -> None:
    both = case_service.add_case(vault, canary_case())
    named = case_service.add_case(vault, canary_only_in_name())
    case_service.add_case(vault, sample("uz"))
    model = CaseListModel(vault)
    model.set_query(CANARY)
    assert {model.case_id(r) for r in range(model.rowCount())} == {both.id, named.id}
    shown = _everything(model)
    assert leaks(shown) == []
    found = {model.case_id(r): model.index(r, CaseColumn.MATCH).data()
             for r in range(model.rowCount())}
    assert found[named.id] == "A protected detail matched: real name"
    # The narrative repeats the name: masked there, so nothing else is shown either.
    assert found[both.id] == "A protected detail matched: real name"
    model.set_query(f"{CANARY} market")  # an unprotected word too: its snippet follows
    (text,) = [model.index(r, CaseColumn.MATCH).data() for r in range(model.rowCount())]
    assert text.startswith("A protected detail matched: real name · ")
    assert "market" in text
    assert leaks(text) == []

    model.set_query("Botirjon")  # the pseudonym, next to the protected name
    assert model.rowCount() == 1
    assert "Botirjon" in model.index(0, CaseColumn.MATCH).data()
    assert leaks(_everything(model)) == []
    assert "Karimov" not in _everything(model)


def test_a_new_person_starts_protected_by_the_vault_setting(qtbot: QtBot, vault: Vault,
                                                           tmp_path: Path) -> None:
    section = SettingsSection(vault.path, tmp_path / "settings.json")
    qtbot.addWidget(section)
    panel = section.protect
    assert isinstance(panel, ProtectPanel)
    assert panel.isHidden() or not panel.isVisible()  # no vault yet
    section.show_vault(vault)
    assert not panel.isHidden()
    assert panel.box.isChecked()  # on by default

    people = PeopleTab()
    qtbot.addWidget(people)
    people.vault = vault
    people.add_person()
    assert people.persons_model.persons[0]["protected"] == ["real_name", "location", "contact"]
    assert people.p_protected["real_name"].isChecked()
    assert people.p_protected["contact"].isChecked()
    assert not people.p_protected["pseudonym"].isChecked()

    panel.box.click()  # off
    assert not prefs.protect_by_default(vault)
    assert "nothing protected" in panel.message.text()
    people.add_person()
    assert "protected" not in people.persons_model.persons[1]
    assert not people.p_protected["real_name"].isChecked()

    panel.box.click()  # on again
    assert prefs.protect_by_default(vault)
    section.show_vault(None)
    assert panel.isHidden()
