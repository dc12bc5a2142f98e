"""A coordinator's case list shows each case's triage status and who it is assigned to, and
filters by them (assigned to me, to nobody), on a desk alone (no team): the data comes from
team.triage_for, one query per page of the list."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import bundle_import, team
from app.ui.researcher.case_list import CaseListView
from app.ui.researcher.case_model import CaseColumn
from storage.search import SearchFilters
from tests.casedata import sample
from tests.desk import Desk


def _received(desk: Desk, n: int) -> list[str]:
    r = desk.researcher("R-07")
    path, ids = desk.export(r, [sample("uz") for _ in range(n)])
    outcome = bundle_import.import_bundle(desk.coordinator, path)
    assert outcome.outcome == "imported", outcome.error
    return [str(i) for i in ids]


def _shown(view: CaseListView) -> dict[str, tuple[str, str]]:
    model = view.model
    return {str(model.case_id(r)): (str(model.index(r, CaseColumn.TRIAGE).data()),
                                    str(model.index(r, CaseColumn.ASSIGNEE).data()))
            for r in range(model.rowCount())}


def test_triage_for_reads_status_and_assignee_in_one_query(
        desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, c = _received(desk, 3)
    vault = desk.coordinator
    assert team.triage_for(vault, [a, b]) == {a: ("new", ""), b: ("new", "")}
    team.triage(vault, a, status="reviewing", assign="Alice")
    team.triage(vault, b, assign="Bob")
    statements: list[str] = []
    execute = vault.conn.execute

    def counted(sql: str, *args: Any) -> Any:
        statements.append(sql)
        return execute(sql, *args)

    monkeypatch.setattr(vault.conn, "execute", counted)
    found = team.triage_for(vault, [a, b, c])
    monkeypatch.undo()
    assert found == {a: ("reviewing", "Alice"), b: ("new", "Bob"), c: ("new", "")}
    assert len(statements) == 1
    assert team.triage_for(vault, []) == {}
    assert team.my_name(vault) == "Coordinator"  # the name the first triage gave this desk


def test_the_coordinators_list_shows_and_filters_triage(qtbot: QtBot, desk: Desk) -> None:
    a, b, c = _received(desk, 3)
    vault = desk.coordinator
    team.triage(vault, a, status="verified", assign=team.my_name(vault))
    team.triage(vault, b, status="follow_up", assign="Bob")
    view = CaseListView()
    qtbot.addWidget(view)
    view.resize(1280, 700)
    view.show()
    view.show_vault(vault)
    assert view.assigned_filter.isVisible()
    assert view.table.isColumnHidden(CaseColumn.STATUS)  # the researcher's workflow status
    assert not view.table.isColumnHidden(CaseColumn.TRIAGE)
    assert not view.table.isColumnHidden(CaseColumn.ASSIGNEE)
    assert view.model.headerData(CaseColumn.TRIAGE, view.table.horizontalHeader()
                                 .orientation()) == "Status"
    assert _shown(view) == {a: ("Verified", "Coordinator"), b: ("Needs follow-up", "Bob"),
                            c: ("New", "")}
    assert [view.status_filter.itemData(i) for i in range(view.status_filter.count())] == [
        None, "new", "reviewing", "follow_up", "verified", "closed"]

    view.status_filter.setCurrentIndex(view.status_filter.findData("new"))
    assert set(_shown(view)) == {c}  # never triaged counts as new
    view.status_filter.setCurrentIndex(view.status_filter.findData("follow_up"))
    assert set(_shown(view)) == {b}
    view.status_filter.setCurrentIndex(0)
    view.assigned_filter.setCurrentIndex(view.assigned_filter.findData("me"))
    assert set(_shown(view)) == {a}
    view.assigned_filter.setCurrentIndex(view.assigned_filter.findData("nobody"))
    assert set(_shown(view)) == {c}
    view.status_filter.setCurrentIndex(view.status_filter.findData("verified"))
    assert set(_shown(view)) == set()  # both: verified and assigned to nobody
    assert view.filters() == SearchFilters(triage=("verified",), assignees=("",))

    # Sorted in the database: statuses in their order, assignees by name.
    view.assigned_filter.setCurrentIndex(0)
    view.status_filter.setCurrentIndex(0)
    view.table.sortByColumn(CaseColumn.TRIAGE, Qt.SortOrder.AscendingOrder)
    assert list(_shown(view)) == [c, b, a]  # new, needs follow-up, verified
    view.table.sortByColumn(CaseColumn.TRIAGE, Qt.SortOrder.DescendingOrder)
    assert list(_shown(view)) == [a, b, c]
    view.table.sortByColumn(CaseColumn.ASSIGNEE, Qt.SortOrder.AscendingOrder)
    assert list(_shown(view)) == [c, b, a]  # nobody, Bob, Coordinator
    view.status_filter.setCurrentIndex(view.status_filter.findData("new"))
    view.table.sortByColumn(CaseColumn.TRIAGE, Qt.SortOrder.AscendingOrder)
    assert list(_shown(view)) == [c]  # a filter and an order together

    # With search words too (the search's other statement).
    view.status_filter.setCurrentIndex(0)
    view.status_filter.setCurrentIndex(0)
    view.assigned_filter.setCurrentIndex(view.assigned_filter.findData("me"))
    view.search.setText("the")
    view.apply_search()
    assert set(_shown(view)) <= {a}


def test_a_researchers_list_keeps_the_workflow_status(qtbot: QtBot, desk: Desk) -> None:
    r = desk.researcher("R-07")
    view = CaseListView()
    qtbot.addWidget(view)
    view.show()
    view.show_vault(r.vault)
    assert not view.assigned_filter.isVisible()
    assert not view.table.isColumnHidden(CaseColumn.STATUS)
    assert view.table.isColumnHidden(CaseColumn.TRIAGE)
    assert view.table.isColumnHidden(CaseColumn.ASSIGNEE)
    assert view.status_filter.findData("ready") > 0
    assert view.status_filter.findData("verified") < 0
