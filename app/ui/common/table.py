"""One table model for every list of records, driven by a column spec.

A screen declares its columns once, each with a header and how a record reads in it (text,
raw value to sort by, tooltip, icon, alignment); ``RecordTable`` answers Qt's
``rowCount``/``headerData``/``data`` role ladder for all of them. Every model answers
``RecordRole`` with the row's record and ``SortRole`` with the raw value to sort by, so views,
delegates and tests read any table the same way.

Headers are untranslated source strings with their translation context: Qt Linguist finds
them through ``QT_TRANSLATE_NOOP(context, text)`` where they are declared, and the model
translates them when asked, so a language change needs only ``headerDataChanged``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex  # what Qt passes as a model index
RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

R = TypeVar("R")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header (source text in ``context``) and how a record reads in it."""

    header: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None  # raw value to sort by; the text if None
    tooltip: Callable[[R], str | None] | None = None
    icon: Callable[[R], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    roles: tuple[tuple[int, Callable[[R], Any]], ...] = ()  # extra roles (a badge's code...)


class RecordTable(QAbstractTableModel, Generic[R]):
    """A table of records of one type, read through ``columns``."""

    def __init__(self, context: str, columns: Sequence[Column[R]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.columns = tuple(columns)
        self.rows: list[R] = []

    # -- changes ------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append(self, rows: Sequence[R]) -> int:
        """Add rows at the end; returns the row number of the first."""
        first = len(self.rows)
        if rows:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        return first

    def remove(self, row: int) -> R:
        """Take the record at `row` out of the table and return it."""
        self.beginRemoveRows(QModelIndex(), row, row)
        record = self.rows.pop(row)
        self.endRemoveRows()
        return record

    def changed(self, first: int = 0, last: int | None = None) -> None:
        """Rows ``first``..``last`` (default: to the end) were changed in place."""
        last = len(self.rows) - 1 if last is None else last
        if self.rows and first <= last:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(self.columns) - 1))

    def record(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    # -- the model interface ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        record = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(record)
        if role == RecordRole:
            return record
        if role == SortRole:
            return column.sort(record) if column.sort is not None else column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip is not None else None
        if role == Qt.ItemDataRole.DecorationRole:
            return column.icon(record) if column.icon is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align) if column.align is not None else None
        for extra, read in column.roles:
            if role == extra:
                return read(record)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return QCoreApplication.translate(self.context, self.columns[section].header)
        return None
