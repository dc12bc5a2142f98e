"""Table models. The case list fetches lazily, a page at a time, and sorts and searches in
the database (the view never holds more than the pages scrolled to), so it stays smooth
with 100,000 cases."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from app.ui.common.table import Index as _Index
from app.ui.common.table import RecordRole, SortRole
from storage import cases, search
from storage.search import SearchFilters
from storage.vault import Vault

StatusRole = Qt.ItemDataRole.UserRole + 3  # the raw status code, for the badge delegate


class CaseColumn(IntEnum):
    REFERENCE = 0
    TITLE = 1
    STATUS = 2
    UPDATED = 3
    MATCH = 4


_HEADERS = {
    CaseColumn.REFERENCE: QT_TRANSLATE_NOOP("CaseList", "Reference"),
    CaseColumn.TITLE: QT_TRANSLATE_NOOP("CaseList", "Title"),
    CaseColumn.STATUS: QT_TRANSLATE_NOOP("CaseList", "Status"),
    CaseColumn.UPDATED: QT_TRANSLATE_NOOP("CaseList", "Last changed"),
    CaseColumn.MATCH: QT_TRANSLATE_NOOP("CaseList", "Found in"),
}
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("CaseList", "Draft"),
    "ready": QT_TRANSLATE_NOOP("CaseList", "Ready"),
    "exported": QT_TRANSLATE_NOOP("CaseList", "Exported"),
    "delivered": QT_TRANSLATE_NOOP("CaseList", "Delivered"),
}
# The database order each sortable column uses (storage.cases.ORDERS).
_ORDER = {
    CaseColumn.REFERENCE: "reference",
    CaseColumn.TITLE: "title",
    CaseColumn.STATUS: "status",
    CaseColumn.UPDATED: "updated",
}


def status_label(status: str) -> str:
    return QCoreApplication.translate("CaseList", str(STATUS_LABELS.get(status, status)))


@dataclass(frozen=True, slots=True)
class _Row:
    case_id: str
    reference: str
    title: str
    status: str
    updated: str
    match: str


class CaseListModel(QAbstractTableModel):
    """Cases, `PAGE` rows at a time as the view scrolls. Without a query: every case, newest
    change first. With a query or filters: the search's hits with a snippet of where the
    words were found, best match first. Clicking a header sorts in the database."""

    PAGE = 200

    def __init__(self, vault: Vault | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._rows: list[_Row] = []
        self._more = vault is not None
        self._query = ""
        self._filters = SearchFilters()
        self._order: str | None = None  # None: newest first, or best match with a query
        self._descending = True

    # -- state ---------------------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        self.beginResetModel()
        self._vault = vault
        self._rows = []
        self._more = vault is not None
        if vault is None:
            self._query, self._filters = "", SearchFilters()
        self.endResetModel()

    def set_query(self, query: str, filters: SearchFilters | None = None) -> None:
        """Show what `query` and `filters` find (both empty: every case)."""
        self._query = query.strip()
        self._filters = filters or SearchFilters()
        self.refresh()

    def searching(self) -> bool:
        return bool(self._query) or self._filters != SearchFilters()

    def refresh(self) -> None:
        """Drop the loaded pages and load the first one again (after a change)."""
        self.beginResetModel()
        self._more = self._vault is not None
        self._rows = self._page(0) if self._vault is not None else []
        self._more = self._vault is not None and len(self._rows) == self.PAGE
        self.endResetModel()

    def case_id(self, row: int) -> str | None:
        return self._rows[row].case_id if 0 <= row < len(self._rows) else None

    # -- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(CaseColumn)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._vault is None or not self._more:
            return
        offset = len(self._rows)
        page = self._page(offset)
        self._more = len(page) == self.PAGE
        if not page:
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def _page(self, offset: int) -> list[_Row]:
        assert self._vault is not None
        if self.searching():
            hits = search.search(
                self._vault.conn, self._query, self._filters, limit=self.PAGE, offset=offset,
                order=self._order, descending=self._descending,
            )
            page = [
                _Row(h.case.id, h.case.reference, h.case.title, h.case.status,
                     h.case.updated_at, " ".join(h.snippet.text.split()) if self._query else "")
                for h in hits
            ]
        else:
            summaries = cases.list_cases(
                self._vault.conn, limit=self.PAGE, offset=offset,
                order=self._order or "updated", descending=self._descending,
            )
            page = [_Row(s.id, s.reference, s.title, s.status, s.updated_at, "")
                    for s in summaries]
        return page

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = _ORDER.get(CaseColumn(column)) if 0 <= column < len(CaseColumn) else None
        if name is None:  # the snippet column: back to best match / newest first
            self._order, self._descending = None, True
        else:
            self._order, self._descending = name, order == Qt.SortOrder.DescendingOrder
        if self._vault is not None:
            self.refresh()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = CaseColumn(index.column())
        if role == RecordRole:
            return row.case_id
        if role == StatusRole:
            return row.status
        if role == Qt.ItemDataRole.ToolTipRole and column is CaseColumn.MATCH:
            return row.match or None
        if role in (Qt.ItemDataRole.DisplayRole, SortRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is CaseColumn.REFERENCE:
                return row.reference
            if column is CaseColumn.TITLE:
                return row.title
            if column is CaseColumn.STATUS:
                return row.status if role == SortRole else status_label(row.status)
            if column is CaseColumn.MATCH:
                return row.match
            return row.updated.replace("T", " ").removesuffix("Z")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseList", str(_HEADERS[CaseColumn(section)]))
        return None
