"""Several codes from a list: a search field over checkable labels (``Checklist``), and one
over a vocabulary's terms (``vocab_checklist``). Typing filters the list: a vocabulary's
terms as the pickers find them (any interface language, other names, other scripts, no
diacritics: app.vocabularies.search), other lists by any part of a label. Enter in the
search field ticks the only match left; the ticked labels are repeated on one line below,
so a choice far down the list is seen.

The texts keep the translation context they had in the case editor ("CaseEditor").
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget

from app.domain.text import fill
from app.ui.common.pickers import matching_terms, offered_terms
from app.ui.common.widgets import plain_label

CodeRole = Qt.ItemDataRole.UserRole + 3


class _Found(QSortFilterProxyModel):
    """The rows whose code is in `codes` (a vocabulary's search), or, with no vocabulary,
    whose label holds the text typed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.codes: set[str] | None = None  # None: every row

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex,  # noqa: N802
                         ) -> bool:
        if self.codes is None:
            return super().filterAcceptsRow(row, parent)
        code = self.sourceModel().index(row, 0, parent).data(CodeRole)
        return str(code) in self.codes


class Checklist(QWidget):
    """Several codes: a search field over a list of checkable labels."""

    changed = Signal()

    def __init__(self, accessible: str, rows: int = 6) -> None:
        super().__init__()
        self.vocabulary: str | None = None  # set by vocab_checklist: search as the pickers do
        self.model = QStandardItemModel(self)
        self.proxy = _Found(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("CaseEditor", "Type to search"))
        self.search.setAccessibleName(
            accessible + " - " + QCoreApplication.translate("CaseEditor", "search")
        )
        self.search.setClearButtonEnabled(True)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(accessible)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMinimumHeight(rows * 20)
        self.view.setMaximumHeight(rows * 26)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chosen = plain_label()
        self.chosen.setAccessibleName(
            accessible + " - " + QCoreApplication.translate("CaseEditor", "chosen")
        )
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        layout.addWidget(self.chosen)
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self.tick_only_match)
        self.model.itemChanged.connect(self._on_item_changed)
        self.setAccessibleName(accessible)

    def _on_search(self, text: str) -> None:
        if self.vocabulary is not None and text.strip():
            self.proxy.codes = set(matching_terms(self.vocabulary, text))
            self.proxy.setFilterFixedString("")
            self.proxy.invalidate()
        else:
            self.proxy.codes = None
            self.proxy.setFilterFixedString(text)

    def _on_item_changed(self, _item: QStandardItem) -> None:
        self._show_chosen()
        self.changed.emit()

    def _show_chosen(self) -> None:
        """The ticked labels in one line, so a choice far down the list is seen."""
        labels = [
            self.model.item(r).text()
            for r in range(self.model.rowCount())
            if self.model.item(r).checkState() == Qt.CheckState.Checked
        ]
        self.chosen.setText(
            fill(QCoreApplication.translate("CaseEditor", "Chosen: %1"), ", ".join(labels))
            if labels
            else ""
        )

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """(code, label) pairs in display order; ticks are kept for codes still listed."""
        ticked = set(self.codes())
        self.model.blockSignals(True)
        self.model.clear()
        for code, text in items:
            item = _item(code, text)
            item.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        self.model.blockSignals(False)
        self.proxy.invalidate()
        self._show_chosen()

    def codes(self) -> list[str]:
        out: list[str] = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(CodeRole)))
        return out

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(codes))
        known = {str(self.model.item(r).data(CodeRole)) for r in range(self.model.rowCount())}
        self.model.blockSignals(True)
        for code in wanted:
            if code not in known:  # kept from the record even if no longer offered
                self.model.appendRow(_item(code, code))
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            checked = str(item.data(CodeRole)) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.model.blockSignals(False)
        self.search.clear()
        self.view.viewport().update()
        self._show_chosen()

    def tick_only_match(self) -> None:
        if self.proxy.rowCount() != 1:
            return
        item = self.model.itemFromIndex(self.proxy.mapToSource(self.proxy.index(0, 0)))
        item.setCheckState(
            Qt.CheckState.Unchecked
            if item.checkState() == Qt.CheckState.Checked
            else Qt.CheckState.Checked
        )

    def clear(self) -> None:
        self.set_codes([])


def _item(code: str, text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(code, CodeRole)
    item.setCheckable(True)
    item.setEditable(False)
    return item


def vocab_checklist(vocabulary: str, accessible: str, rows: int = 6) -> Checklist:
    """A checklist of the terms a vocabulary picker offers (app.ui.common.pickers)."""
    checklist = Checklist(accessible, rows)
    checklist.vocabulary = vocabulary
    checklist.set_items(offered_terms(vocabulary))
    return checklist
