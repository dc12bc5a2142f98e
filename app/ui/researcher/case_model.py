"""The case list's model. It fetches lazily, a page at a time, and sorts and searches in the
database through the case services (the view never holds more than the pages scrolled to),
so it stays smooth with 100,000 cases."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from app.domain.text import fill
from app.services import cases as case_service
from app.services import drafts as draft_service
from app.services import team
from app.services.cases import SearchFilters
from app.services.vaults import Vault
from app.ui.common import i18n
from app.ui.common.table import Column, Index, RecordTable
from app.ui.coordinator.team.triage import status_label as triage_label

StatusRole = Qt.ItemDataRole.UserRole + 3  # the raw status code, for the badge delegate


class CaseColumn(IntEnum):
    REFERENCE = 0
    TITLE = 1
    STATUS = 2
    UPDATED = 3
    MATCH = 4
    TRIAGE = 5  # coordinators: the triage status (instead of STATUS) and the assignee
    ASSIGNEE = 6


STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("CaseList", "Draft"),
    "ready": QT_TRANSLATE_NOOP("CaseList", "Ready"),
    "exported": QT_TRANSLATE_NOOP("CaseList", "Exported"),
    "delivered": QT_TRANSLATE_NOOP("CaseList", "Delivered"),
}
# The database order each sortable column uses (an order of cases.list_cases and find).
_ORDER = {
    CaseColumn.REFERENCE: "reference",
    CaseColumn.TITLE: "title",
    CaseColumn.STATUS: "status",
    CaseColumn.UPDATED: "updated",
    CaseColumn.TRIAGE: "triage",
    CaseColumn.ASSIGNEE: "assignee",
}


# The protected fields a search can match (storage.search.SEARCHABLE_PROTECTED), named in
# "Found in" instead of their value.
PROTECTED_LABELS = {
    "real_name": QT_TRANSLATE_NOOP("CaseList", "real name"),
    "pseudonym": QT_TRANSLATE_NOOP("CaseList", "pseudonym"),
    "location": QT_TRANSLATE_NOOP("CaseList", "where they live"),
    "contact": QT_TRANSLATE_NOOP("CaseList", "contact"),
}


def found_in(hit: case_service.SearchHit) -> str:
    """What "Found in" says of a hit: the snippet around the words, and when a protected
    detail matched, which one by name (never its value: the snippet never holds one)."""
    snippet = " ".join(hit.snippet.text.split())
    if not hit.protected_matches:
        return snippet
    names = ", ".join(QCoreApplication.translate("CaseList", str(PROTECTED_LABELS.get(f, f)))
                      for f in hit.protected_matches)
    note = fill(QCoreApplication.translate("CaseList", "A protected detail matched: %1"), names)
    if not hit.snippet.highlights:  # the words matched only protected details
        return note
    return fill(QCoreApplication.translate("CaseList", "%1 · %2"), note, snippet)


def status_label(status: str) -> str:
    return QCoreApplication.translate("CaseList", str(STATUS_LABELS.get(status, status)))


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the list: what the case summary or the search hit says of a case."""

    case_id: str
    reference: str
    title: str
    status: str
    updated: str
    match: str  # where the search words were found ("" without a query)
    draft: bool = False  # unsaved changes are kept as a draft
    triage: str = "new"  # coordinators: the case's triage status and who it is assigned to
    assignee: str = ""


def _title(row: CaseRow) -> str:
    if not row.draft:
        return row.title
    # In front: a long title is elided at its end.
    return fill(QCoreApplication.translate("CaseList", "Unsaved changes kept: %1"), row.title)


def _title_tip(row: CaseRow) -> str | None:
    if not row.draft:
        return None
    return QCoreApplication.translate(
        "CaseList",
        "Changes to this case are not saved yet. They are kept as a draft in your encrypted "
        "vault: open the case to continue with them or discard them.")


def _when(row: CaseRow) -> str:
    return i18n.stamp_text(row.updated)  # the language's one date format, local time


COLUMNS: tuple[Column[CaseRow], ...] = (
    Column(str(QT_TRANSLATE_NOOP("CaseList", "Reference")), lambda r: r.reference),
    Column(str(QT_TRANSLATE_NOOP("CaseList", "Title")), _title, sort=lambda r: r.title,
           tooltip=_title_tip),
    Column(str(QT_TRANSLATE_NOOP("CaseList", "Status")), lambda r: status_label(r.status),
           sort=lambda r: r.status, roles=((StatusRole, lambda r: r.status),)),
    Column(str(QT_TRANSLATE_NOOP("CaseList", "Last changed")), _when),
    Column(str(QT_TRANSLATE_NOOP("CaseList", "Found in")), lambda r: r.match,
           tooltip=lambda r: r.match or None),
    Column(str(QT_TRANSLATE_NOOP("CaseList", "Status")), lambda r: triage_label(r.triage),
           sort=lambda r: r.triage),
    Column(str(QT_TRANSLATE_NOOP("CaseList", "Assigned to")), lambda r: r.assignee,
           tooltip=lambda r: r.assignee or None),
)


class CaseListModel(RecordTable[CaseRow]):
    """Cases, `PAGE` rows at a time as the view scrolls. Without a query: every case, newest
    change first. With a query or filters: the search's hits with a snippet of where the
    words were found, best match first. Clicking a header sorts in the database."""

    PAGE = 200

    def __init__(self, vault: Vault | None = None, parent: Any = None) -> None:
        super().__init__("CaseList", COLUMNS, parent)
        self._vault = vault
        self._more = vault is not None
        self._triage = vault is not None and vault.meta("role") == "coordinator"
        self._query = ""
        self._filters = SearchFilters()
        self._order: str | None = None  # None: newest first, or best match with a query
        self._descending = True

    # -- state ---------------------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        self._more = vault is not None
        self._triage = vault is not None and vault.meta("role") == "coordinator"
        if vault is None:
            self._query, self._filters = "", SearchFilters()
        self.set_rows([])

    def set_query(self, query: str, filters: SearchFilters | None = None) -> None:
        """Show what `query` and `filters` find (both empty: every case)."""
        self._query = query.strip()
        self._filters = filters or SearchFilters()
        self.refresh()

    def searching(self) -> bool:
        return bool(self._query) or self._filters != SearchFilters()

    def refresh(self) -> None:
        """Drop the loaded pages and load the first one again (after a change)."""
        rows = self._page(0) if self._vault is not None else []
        self._more = self._vault is not None and len(rows) == self.PAGE
        self.set_rows(rows)

    def case_id(self, row: int) -> str | None:
        record = self.record(row)
        return record.case_id if record is not None else None

    # -- fetching and sorting in the database ------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._vault is None or not self._more:
            return
        page = self._page(len(self.rows))
        self._more = len(page) == self.PAGE
        self.append(page)

    def _page(self, offset: int) -> list[CaseRow]:
        assert self._vault is not None
        if self.searching():
            hits = case_service.find(
                self._vault, self._query, self._filters, limit=self.PAGE, offset=offset,
                order=self._order, descending=self._descending,
            )
            rows = [
                CaseRow(h.case.id, h.case.reference, h.case.title, h.case.status,
                        h.case.updated_at, found_in(h) if self._query else "")
                for h in hits
            ]
        else:
            summaries = case_service.list_cases(
                self._vault, limit=self.PAGE, offset=offset, order=self._order or "updated",
                descending=self._descending,
            )
            rows = [CaseRow(s.id, s.reference, s.title, s.status, s.updated_at, "")
                    for s in summaries]
        drafts = draft_service.cases_with_drafts(self._vault, [r.case_id for r in rows])
        rows = [replace(r, draft=True) if r.case_id in drafts else r for r in rows]
        if self._triage:  # one query for the page, never one per row
            triage = team.triage_for(self._vault, [r.case_id for r in rows])
            rows = [replace(r, triage=triage[r.case_id][0], assignee=triage[r.case_id][1])
                    for r in rows]
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = _ORDER.get(CaseColumn(column)) if 0 <= column < len(CaseColumn) else None
        if name is None:  # the snippet column: back to best match / newest first
            self._order, self._descending = None, True
        else:
            self._order, self._descending = name, order == Qt.SortOrder.DescendingOrder
        if self._vault is not None:
            self.refresh()
