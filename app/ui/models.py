"""Table models. The case list fetches lazily, a page at a time."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from storage import cases
from storage.vault import Vault

_Index = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


class CaseColumn(IntEnum):
    REFERENCE = 0
    TITLE = 1
    STATUS = 2
    UPDATED = 3


_HEADERS = {
    CaseColumn.REFERENCE: QT_TRANSLATE_NOOP("CaseList", "Reference"),
    CaseColumn.TITLE: QT_TRANSLATE_NOOP("CaseList", "Title"),
    CaseColumn.STATUS: QT_TRANSLATE_NOOP("CaseList", "Status"),
    CaseColumn.UPDATED: QT_TRANSLATE_NOOP("CaseList", "Last changed"),
}
_STATUS = {
    "draft": QT_TRANSLATE_NOOP("CaseList", "Draft"),
    "ready": QT_TRANSLATE_NOOP("CaseList", "Ready"),
    "exported": QT_TRANSLATE_NOOP("CaseList", "Exported"),
    "delivered": QT_TRANSLATE_NOOP("CaseList", "Delivered"),
}


class CaseListModel(QAbstractTableModel):
    """Cases, newest change first, fetched `PAGE` rows at a time as the view scrolls."""

    PAGE = 200

    def __init__(self, vault: Vault | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._rows: list[tuple[str, str, str, str, str]] = []
        self._more = vault is not None

    def set_vault(self, vault: Vault | None) -> None:
        self.beginResetModel()
        self._vault = vault
        self._rows = []
        self._more = vault is not None
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(CaseColumn)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._vault is None or not self._more:
            return
        page = cases.list_cases(self._vault.conn, limit=self.PAGE, offset=len(self._rows))
        self._more = len(page) == self.PAGE
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend((s.id, s.reference, s.title, s.status, s.updated_at) for s in page)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case_id, reference, title, status, updated = self._rows[index.row()]
        column = CaseColumn(index.column())
        if role == RecordRole:
            return case_id
        if role in (Qt.ItemDataRole.DisplayRole, SortRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is CaseColumn.REFERENCE:
                return reference
            if column is CaseColumn.TITLE:
                return title
            if column is CaseColumn.STATUS:
                if role == SortRole:
                    return status
                return QCoreApplication.translate("CaseList", str(_STATUS.get(status, status)))
            return updated.replace("T", " ").removesuffix("Z")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseList", str(_HEADERS[CaseColumn(section)]))
        return None
