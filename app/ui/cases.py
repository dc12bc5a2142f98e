"""The Cases section: the case list with search, filters and status badges, and the case
editor in its place when a case is open. The list asks the database for one page at a time
and sorts there, so years of interviews stay quick to scroll."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import vocabularies
from app.ui.common import plain_label, ui_language
from app.ui.editor import CaseEditor
from app.ui.export import ExportDialog, PurgeDialog, ReceiptImportDialog
from app.ui.models import CaseColumn, CaseListModel, StatusRole, status_label
from storage.search import SearchFilters
from storage.vault import Vault

SEARCH_DELAY_MS = 250
_Index = QModelIndex | QPersistentModelIndex
# Badge colours: calm, readable on light and dark themes (text is always white).
_BADGE = {
    "draft": QColor("#6b7280"),
    "ready": QColor("#2563eb"),
    "exported": QColor("#b45309"),
    "delivered": QColor("#15803d"),
}


class StatusBadgeDelegate(QStyledItemDelegate):
    """Draws the status as a small rounded badge with its (translated) word."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        status = index.data(StatusRole)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(style.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 16
        height = metrics.height() + 4
        rect = QRectF(option.rect.x() + 6, option.rect.center().y() - height / 2 + 1,
                      min(width, option.rect.width() - 12), height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_BADGE.get(status, QColor("#6b7280")))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 24, hint.height() + 6)


def _vocab_combo(vocabulary: str, any_label: str, accessible: str) -> QComboBox:
    """A filter drop-down over a vocabulary, with type-to-search anywhere in the label."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem(any_label, None)
    lang = ui_language()
    terms = sorted(vocabularies.load(vocabulary), key=lambda t: t.label(lang).casefold())
    for term in terms:
        combo.addItem(term.label(lang), term.code)
    completer = combo.completer()
    assert completer is not None  # an editable combo box always has one
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setAccessibleName(accessible)
    combo.setMinimumContentsLength(14)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class CaseListView(QWidget):
    """Search box and filters on top, the table below."""

    case_activated = Signal(str)  # case id
    new_case_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.model = CaseListModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            CaseColumn.UPDATED, Qt.SortOrder.DescendingOrder
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(CaseColumn.STATUS, StatusBadgeDelegate(self.table))
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CaseColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CaseColumn.MATCH, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CaseColumn.REFERENCE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(CaseColumn.MATCH, True)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, places, words..."))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for code in ("draft", "ready", "exported", "delivered"):
            self.status_filter.addItem(status_label(code), code)
        self.act_filter = _vocab_combo("acts", self.tr("Any act"), self.tr("What happened"))
        self.country_filter = _vocab_combo(
            "countries", self.tr("Any country"), self.tr("Country")
        )
        self.new_button = QPushButton(self.tr("New case"))
        self.new_button.setToolTip(self.tr("Start a new case (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New case"))
        self.summary = plain_label()
        self.summary.setAccessibleName(self.tr("Number of cases shown"))
        self.empty = plain_label(
            self.tr("No cases yet. Press \"New case\" to record the first testimony.")
        )

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.act_filter, 2)
        filters.addWidget(self.country_filter, 2)
        filters.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

        self.delay = QTimer(self)
        self.delay.setSingleShot(True)
        self.delay.setInterval(SEARCH_DELAY_MS)
        self.delay.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self.delay.start)
        for combo in (self.status_filter, self.act_filter, self.country_filter):
            combo.currentIndexChanged.connect(self.apply_search)
        self.table.activated.connect(self._on_activated)
        self.new_button.clicked.connect(self.new_case_requested)
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.search.setFocus)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.delay.stop()
        for combo in (self.status_filter, self.act_filter, self.country_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_vault(vault)
        if vault is not None:
            self.model.fetchMore()
        self._update_labels()

    def filters(self) -> SearchFilters:
        def picked(combo: QComboBox) -> tuple[str, ...]:
            code = combo.currentData()
            return (code,) if code else ()

        return SearchFilters(
            acts=picked(self.act_filter),
            countries=picked(self.country_filter),
            statuses=picked(self.status_filter),
        )

    def apply_search(self) -> None:
        self.delay.stop()
        if self.vault is None:
            return
        query = self.search.text()
        self.model.set_query(query, self.filters())
        self.table.setColumnHidden(CaseColumn.MATCH, not query.strip())
        self._update_labels()

    def refresh(self) -> None:
        if self.vault is not None:
            self.model.refresh()
        self._update_labels()

    def selected_case_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [c for c in (self.model.case_id(r) for r in rows) if c]

    def _on_activated(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id:
            self.case_activated.emit(case_id)

    def _update_labels(self) -> None:
        rows = self.model.rowCount()
        searching = self.model.searching()
        self.empty.setVisible(self.vault is not None and rows == 0 and not searching)
        self.table.setVisible(rows > 0 or searching)
        if self.vault is None:
            self.summary.clear()
        elif searching and rows == 0:
            self.summary.setText(self.tr("Nothing found. Try fewer words or other filters."))
        elif searching:
            if self.model.canFetchMore():
                self.summary.setText(self.tr("More than %n cases found", "", rows))
            else:
                self.summary.setText(self.tr("%n cases found", "", rows))
        else:
            self.summary.clear()


class CasesSection(QWidget):
    """The list, and the open case in its place; export, receipts and purge from here."""

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.list = CaseListView()
        self.editor = CaseEditor()
        self.export_button = QPushButton(self.tr("Export for an organisation..."))
        self.export_button.setAccessibleName(self.tr("Export for an organisation"))
        self.export_button.setToolTip(
            self.tr("Make an encrypted file of the selected cases (or all ready cases)")
        )
        self.receipt_button = QPushButton(self.tr("Import a receipt..."))
        self.receipt_button.setAccessibleName(self.tr("Import a receipt"))
        self.purge_button = QPushButton(self.tr("Remove delivered cases..."))
        self.purge_button.setAccessibleName(self.tr("Remove delivered cases"))
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.receipt_button)
        actions.addWidget(self.purge_button)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list, 1)
        list_layout.addLayout(actions)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.editor)
        self.list_page = list_page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.list.case_activated.connect(self.open_case)
        self.list.new_case_requested.connect(lambda: self.open_case(None))
        self.editor.closed.connect(self.on_editor_closed)
        self.editor.case_saved.connect(lambda _case_id: self.list.refresh())
        self.export_button.clicked.connect(self.on_export_clicked)
        self.receipt_button.clicked.connect(self.on_receipt_clicked)
        self.purge_button.clicked.connect(self.on_purge_clicked)
        QShortcut(QKeySequence("Ctrl+N"), self).activated.connect(lambda: self.open_case(None))
        self._dialog: Any = None

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        if self._dialog is not None:
            self._dialog.close()
            self._dialog = None
        self.editor.show_vault(vault)
        self.list.show_vault(vault)
        self.stack.setCurrentWidget(self.list_page)

    def open_case_id(self) -> str | None:
        """The case open in the editor (None: the list is shown, or a new unsaved case)."""
        if self.stack.currentWidget() is not self.editor:
            return None
        return self.editor.case_id

    def open_case(self, case_id: str | None) -> None:
        if self.vault is None:
            return
        self.editor.open_case(case_id)
        self.stack.setCurrentWidget(self.editor)

    def on_editor_closed(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.list.refresh()
        self.list.table.setFocus()

    def _open_dialog(self, dialog: Any) -> None:
        self._dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        self._dialog = None
        self.list.refresh()

    def on_export_clicked(self) -> None:
        if self.vault is not None:
            self._open_dialog(ExportDialog(self.vault, self.list.selected_case_ids(), self))

    def on_receipt_clicked(self) -> None:
        if self.vault is not None:
            self._open_dialog(ReceiptImportDialog(self.vault, self))

    def on_purge_clicked(self) -> None:
        if self.vault is not None:
            self._open_dialog(PurgeDialog(self.vault, self))
