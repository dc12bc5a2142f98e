"""The Cases section as a researcher uses it: search with snippets, filters, sorting in the
database, badges, and nothing left on screen after locking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.researcher.case_list import CaseListView, CasesSection
from app.ui.researcher.case_model import CaseColumn, CaseListModel, StatusRole
from storage.vault import Vault
from tests.casedata import minimal, sample

pytestmark = pytest.mark.vault(
    cases=[sample("uz"), sample("tj"), sample("ru"),
           *(minimal(f"Untitled note {i}") for i in range(5))]
)


def _titles(view: CaseListView) -> list[str]:
    model = view.model
    return [model.index(r, CaseColumn.TITLE).data() for r in range(model.rowCount())]


def test_search_shows_hits_with_a_snippet(qtbot: QtBot, vault: Vault) -> None:
    view = CaseListView()
    qtbot.addWidget(view)
    view.show()
    view.show_vault(vault)
    assert view.model.rowCount() == 8
    assert view.table.isColumnHidden(CaseColumn.MATCH)

    view.search.setText("Qo'qon")  # the Uzbek apostrophe variants fold together
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert _titles(view) == [sample("uz")["title"]]
    snippet = view.model.index(0, CaseColumn.MATCH).data()
    assert "Qo'qon" in snippet or "Qoʻqon" in snippet
    assert not view.table.isColumnHidden(CaseColumn.MATCH)
    assert view.summary.text() == "1 case found"

    view.search.setText("nothing-like-this-anywhere")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5000)
    assert "Nothing found" in view.summary.text()
    assert not view.empty.isVisible()  # "no cases yet" would be a lie

    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 8, timeout=5000)


def test_filters_by_act_country_and_status(qtbot: QtBot, vault: Vault) -> None:
    view = CaseListView()
    qtbot.addWidget(view)
    view.show_vault(vault)
    view.act_filter.setCurrentIndex(view.act_filter.findData("enforced_disappearance"))
    assert _titles(view) == [sample("tj")["title"]]
    view.act_filter.setCurrentIndex(0)
    view.country_filter.setCurrentIndex(view.country_filter.findData("UZ"))
    assert sample("uz")["title"] in _titles(view)
    assert sample("tj")["title"] not in _titles(view)
    view.country_filter.setCurrentIndex(0)
    view.status_filter.setCurrentIndex(view.status_filter.findData("ready"))
    assert _titles(view) == []
    view.status_filter.setCurrentIndex(view.status_filter.findData("draft"))
    assert len(_titles(view)) == 8


def test_act_filter_finds_terms_by_any_part_of_their_label(qtbot: QtBot, vault: Vault) -> None:
    view = CaseListView()
    qtbot.addWidget(view)
    assert "enforced_disappearance" in view.act_filter.offered_matches("disappear")


def test_header_click_sorts_in_the_database(qtbot: QtBot, vault: Vault) -> None:
    view = CaseListView()
    qtbot.addWidget(view)
    view.show_vault(vault)
    view.model.sort(CaseColumn.TITLE, Qt.SortOrder.AscendingOrder)
    titles = _titles(view)
    assert titles == sorted(titles, key=str.casefold)
    view.model.sort(CaseColumn.TITLE, Qt.SortOrder.DescendingOrder)
    assert _titles(view) == sorted(titles, key=str.casefold, reverse=True)
    refs = [view.model.index(r, CaseColumn.REFERENCE).data() for r in range(8)]
    view.model.sort(CaseColumn.REFERENCE, Qt.SortOrder.AscendingOrder)
    assert [view.model.index(r, CaseColumn.REFERENCE).data() for r in range(8)] == sorted(refs)


def test_search_model_passes_the_model_tester(qtmodeltester: object, vault: Vault) -> None:
    for i in range(450):
        vault.conn.execute(
            "INSERT INTO cases (id, reference, title, status, created_at, updated_at) "
            "VALUES (?, ?, ?, 'ready', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z')",
            (f"bulk{i}", f"BULK-{i:04}", f"bulk {i}"),
        )
    model = CaseListModel(vault)
    model.set_query("", None)
    assert model.rowCount() == CaseListModel.PAGE
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    from storage.search import SearchFilters

    # (Qt's tester fetches more inside a reset it watches, so each state gets its own model.)
    filtered = CaseListModel(vault)
    filtered.set_query("", SearchFilters(statuses=("ready",)))
    assert filtered.searching()
    while filtered.canFetchMore():
        filtered.fetchMore()
    assert filtered.rowCount() == 450
    statuses = {filtered.index(r, CaseColumn.STATUS).data(StatusRole) for r in range(450)}
    assert statuses == {"ready"}
    qtmodeltester.check(filtered)  # type: ignore[attr-defined]
    found = CaseListModel(vault)
    found.set_query("Qo‘qon")
    qtmodeltester.check(found)  # type: ignore[attr-defined]
    assert found.rowCount() == 1
    assert "Qo" in found.index(0, CaseColumn.MATCH).data()


def test_section_opens_the_editor_and_locking_clears_everything(
    qtbot: QtBot, vault: Vault
) -> None:
    section = CasesSection()
    qtbot.addWidget(section)
    section.show()
    section.show_vault(vault)
    section.list.search.setText("Qoʻqon")
    section.list.apply_search()
    assert section.list.model.rowCount() == 1
    section.list.table.setCurrentIndex(section.list.model.index(0, 0))
    section.list.table.activated.emit(section.list.model.index(0, 0))
    assert section.stack.currentWidget() is section.editor

    section.show_vault(None)
    assert section.stack.currentWidget() is section.list_page
    assert section.list.search.text() == ""
    assert section.list.model.rowCount() == 0
    assert section.list.summary.text() == ""
