"""The Cases section: the case list with search, filters and status badges, and the case
editor in its place when a case is open. The list asks the database for one page at a time
and sorts there, so years of interviews stay quick to scroll."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.services import provenance
from app.services.cases import SearchFilters
from app.services.vaults import Vault
from app.ui.common import i18n, look
from app.ui.common.pickers import VocabCombo
from app.ui.common.table import Index as _Index
from app.ui.common.widgets import plain_label
from app.ui.coordinator.provenance import ProvenancePanel
from app.ui.coordinator.receipts import ReceiptDialog
from app.ui.coordinator.reports import ReportDialog
from app.ui.coordinator.team.case_filters import assigned_combo, fill_status_filter, triage_filters
from app.ui.researcher import delete_case
from app.ui.researcher.case_model import CaseColumn, CaseListModel, StatusRole
from app.ui.researcher.delivered import PurgeDialog, ReceiptImportDialog
from app.ui.researcher.editor.case_editor import CaseEditor
from app.ui.researcher.export import ExportDialog

SEARCH_DELAY_MS = 250


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
        painter.setBrush(look.status_colour(str(status)))  # what the status means
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(look.ON_ACCENT))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 24, hint.height() + 6)


class CaseListView(QWidget):
    """Search box and filters on top, the table below."""

    case_activated = Signal(str)  # case id
    new_case_requested = Signal()
    search_changed = Signal(str, object)  # query, SearchFilters

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
        for column in (CaseColumn.UPDATED, CaseColumn.TRIAGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # A coordinator's triage where the workflow status stands; a long name is elided.
        header.moveSection(header.visualIndex(CaseColumn.TRIAGE), CaseColumn.STATUS + 1)
        header.moveSection(header.visualIndex(CaseColumn.ASSIGNEE), CaseColumn.STATUS + 2)
        # Fit those two to the rows in view, not to every row loaded (Qt's default, 1,000):
        # measuring all 200 rows of a page, several times, was most of the first paint.
        header.setResizeContentsPrecision(0)
        self.table.setColumnHidden(CaseColumn.MATCH, True)
        self.table.setColumnHidden(CaseColumn.TRIAGE, True)
        self.table.setColumnHidden(CaseColumn.ASSIGNEE, True)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, places, words..."))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status"))
        fill_status_filter(self.status_filter, coordinator=False)
        self.act_filter = VocabCombo("acts", self.tr("What happened"), self.tr("Any act"),
                                     min_chars=10, filter_by=True)
        self.country_filter = VocabCombo("countries", self.tr("Country"),
                                         self.tr("Any country"), min_chars=10, filter_by=True)
        # Coordinators: which researcher sent it, in which bundle.
        self.signer_filter = QComboBox()
        self.signer_filter.setAccessibleName(self.tr("Researcher"))
        self.bundle_filter = QComboBox()
        self.bundle_filter.setAccessibleName(self.tr("Bundle"))
        for combo in (self.signer_filter, self.bundle_filter):
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.hide()
        self.assigned_filter = assigned_combo()  # coordinators: assigned to me, nobody
        self.new_button = QPushButton(self.tr("New case"))
        look.primary(look.with_icon(self.new_button, "plus"))
        self.new_button.setToolTip(self.tr("Start a new case (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New case"))
        self.summary = plain_label()
        self.summary.setAccessibleName(self.tr("Number of cases shown"))
        self.empty = plain_label(
            self.tr("No cases yet. Press \"New case\" to record the first testimony.")
        )

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter, 1, Qt.AlignmentFlag.AlignTop)
        filters.addWidget(self.act_filter.field(), 2)
        filters.addWidget(self.country_filter.field(), 2)
        # Coordinators' two filters on a row of their own: five in one row cut their words.
        sources = QHBoxLayout()
        sources.addWidget(self.signer_filter, 1)
        sources.addWidget(self.bundle_filter, 1)
        sources.addWidget(self.assigned_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(sources)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

        self.delay = QTimer(self)
        self.delay.setSingleShot(True)
        self.delay.setInterval(SEARCH_DELAY_MS)
        self.delay.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self.delay.start)
        for combo in (self.status_filter, self.act_filter, self.country_filter,
                      self.signer_filter, self.bundle_filter, self.assigned_filter):
            combo.currentIndexChanged.connect(self.apply_search)
        self.table.activated.connect(self._on_activated)
        self.new_button.clicked.connect(self.new_case_requested)
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.search.setFocus)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.delay.stop()
        coordinator = vault is not None and vault.meta("role") == "coordinator"
        self._fill_provenance_filters(vault if coordinator else None)
        self.signer_filter.setVisible(coordinator)
        self.bundle_filter.setVisible(coordinator)
        self.assigned_filter.setVisible(coordinator)
        fill_status_filter(self.status_filter, coordinator)
        # A coordinator's Status is the triage status; the researcher's workflow is not theirs.
        self.table.setColumnHidden(CaseColumn.STATUS, coordinator)
        self.table.setColumnHidden(CaseColumn.TRIAGE, not coordinator)
        self.table.setColumnHidden(CaseColumn.ASSIGNEE, not coordinator)
        # 'Assigned to': its header whole, about 16 letters of a name (longer ones elided).
        metrics = self.fontMetrics()
        title = str(self.model.headerData(CaseColumn.ASSIGNEE, Qt.Orientation.Horizontal))
        self.table.horizontalHeader().resizeSection(CaseColumn.ASSIGNEE, max(
            metrics.horizontalAdvance(title) + 24, metrics.averageCharWidth() * 16))
        self.new_button.setVisible(not coordinator)
        self.empty.setText(
            self.tr("No cases yet. Cases arrive through the Inbox: import the files "
                    "researchers and people telling their story send you.")
            if coordinator else
            self.tr("No cases yet. Press \"New case\" to record the first testimony."))
        for combo in (self.status_filter, self.act_filter, self.country_filter,
                      self.assigned_filter):
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

    def _fill_provenance_filters(self, vault: Vault | None) -> None:
        """The researchers bundles came from, and the bundles, for the two filters."""
        for combo in (self.signer_filter, self.bundle_filter):
            combo.blockSignals(True)
            combo.clear()
        self.signer_filter.addItem(self.tr("Any researcher"), None)
        self.bundle_filter.addItem(self.tr("Any bundle"), None)
        if vault is not None:
            for signer in provenance.signers_with_bundles(vault):
                self.signer_filter.addItem(signer.name or signer.fingerprint, signer.fingerprint)
                for bundle in signer.bundles:
                    when = i18n.stamp_text(bundle.imported_at or bundle.created_at, day_only=True)
                    self.bundle_filter.addItem(
                        f"{bundle.bundle_id[:8]}  {when}  {signer.name}", bundle.bundle_id
                    )
        for combo in (self.signer_filter, self.bundle_filter):
            combo.blockSignals(False)

    def refresh_filters(self) -> None:
        """After an import: new researchers and bundles to filter by."""
        if self.vault is not None and self.vault.meta("role") == "coordinator":
            signer, bundle = self.signer_filter.currentData(), self.bundle_filter.currentData()
            self._fill_provenance_filters(self.vault)
            self.signer_filter.setCurrentIndex(max(0, self.signer_filter.findData(signer)))
            self.bundle_filter.setCurrentIndex(max(0, self.bundle_filter.findData(bundle)))

    def filters(self) -> SearchFilters:
        def one(code: object) -> tuple[str, ...]:
            return (str(code),) if code else ()

        if self.assigned_filter.isVisibleTo(self):  # a coordinator: triage, not workflow
            triage, assignees = triage_filters(self.vault, self.status_filter.currentData(),
                                               self.assigned_filter.currentData())
            return SearchFilters(
                acts=one(self.act_filter.code()), countries=one(self.country_filter.code()),
                signers=one(self.signer_filter.currentData()),
                bundles=one(self.bundle_filter.currentData()), triage=triage,
                assignees=assignees)
        return SearchFilters(
            acts=one(self.act_filter.code()),
            countries=one(self.country_filter.code()),
            statuses=one(self.status_filter.currentData()),
            signers=one(self.signer_filter.currentData()),
            bundles=one(self.bundle_filter.currentData()),
        )

    def apply_search(self) -> None:
        self.delay.stop()
        if self.vault is None:
            return
        query = self.search.text()
        filters = self.filters()
        self.model.set_query(query, filters)
        self.table.setColumnHidden(CaseColumn.MATCH, not query.strip())
        self.search_changed.emit(query, filters)
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
        look.with_icon(self.export_button, "package")
        self.export_button.setAccessibleName(self.tr("Export for an organisation"))
        self.export_button.setToolTip(
            self.tr("Make an encrypted file of the selected cases (or all ready cases)")
        )
        self.receipt_button = QPushButton(self.tr("Import a receipt..."))
        look.with_icon(self.receipt_button, "file-down")
        self.receipt_button.setAccessibleName(self.tr("Import a receipt"))
        self.purge_button = QPushButton(self.tr("Remove delivered cases..."))
        look.with_icon(self.purge_button, "trash-2")
        self.purge_button.setAccessibleName(self.tr("Remove delivered cases"))
        # Coordinators: where the selected case came from, reports, receipts.
        self.provenance = ProvenancePanel()
        self.provenance.setAccessibleName(self.tr("Where this case came from"))
        self.report_button = QPushButton(self.tr("Report..."))
        look.with_icon(self.report_button, "file-text")
        self.report_button.setAccessibleName(self.tr("Write a report of the selected cases"))
        self.report_button.setToolTip(
            self.tr("PDF, CSV or JSON of the selected cases (or of every case shown)"))
        self.receipts_button = QPushButton(self.tr("Create receipts..."))
        look.with_icon(self.receipts_button, "receipt")
        self.receipts_button.setAccessibleName(self.tr("Create receipts"))
        # After Back with unsaved changes: where they are (kept as a draft), calmly.
        self.draft_note = plain_label()
        self.draft_note.setAccessibleName(self.tr("Unsaved changes kept as a draft"))
        self.draft_note.hide()
        actions = self._actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.report_button)
        actions.addStretch(1)
        actions.addWidget(self.receipt_button)
        actions.addWidget(self.receipts_button)
        actions.addWidget(self.purge_button)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.list)
        self.split.addWidget(self.provenance)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.draft_note)
        list_layout.addWidget(self.split, 1)
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
        self.editor.draft_left.connect(self.on_draft_left)
        self.editor.case_saved.connect(lambda _case_id: self.list.refresh())
        self.export_button.clicked.connect(self.on_export_clicked)
        self.report_button.clicked.connect(self.on_report_clicked)
        self.receipts_button.clicked.connect(self.on_receipts_clicked)
        self.list.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.list.model.modelReset.connect(lambda: self.provenance.set_case(None))
        self.receipt_button.clicked.connect(self.on_receipt_clicked)
        self.purge_button.clicked.connect(self.on_purge_clicked)
        self.delete_action = delete_case.install(self)  # right-click or Delete: Delete case
        QShortcut(QKeySequence("Ctrl+N"), self).activated.connect(lambda: self.open_case(None))
        self._show_role(None)
        self._dialog: Any = None

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        if self._dialog is not None:
            self._dialog.close()
            self._dialog = None
        self.editor.show_vault(vault)
        self.list.show_vault(vault)
        self.draft_note.clear()
        self.draft_note.hide()
        self._show_role(vault.meta("role") if vault is not None else None)
        self.stack.setCurrentWidget(self.list_page)

    def _show_role(self, role: str | None) -> None:
        """A coordinator sees where cases came from, reports and receipts; others export."""
        coordinator = role == "coordinator"
        self.provenance.show_vault(self.vault if coordinator else None)
        self.provenance.setVisible(coordinator)
        for button in (self.report_button, self.receipts_button):
            button.setVisible(coordinator)
        for button in (self.export_button, self.receipt_button, self.purge_button):
            button.setVisible(role is not None and not coordinator)
        # Hiding buttons of a page not shown yet leaves its layout's minimum width stale (all
        # five buttons side by side: too wide for 1280 px in Russian): measure it again.
        self._actions.invalidate()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.provenance.isVisible():
            self.provenance.set_case(self.list.model.case_id(current.row()))

    def shown_case_ids(self) -> list[str]:
        """The selected cases, or else every case the list shows (loaded so far)."""
        chosen = self.list.selected_case_ids()
        if chosen:
            return chosen
        model = self.list.model
        return [c for c in (model.case_id(r) for r in range(model.rowCount())) if c]

    def open_case_id(self) -> str | None:
        """The case open in the editor (None: the list is shown, or a new unsaved case)."""
        if self.stack.currentWidget() is not self.editor:
            return None
        return self.editor.case_id

    def open_case(self, case_id: str | None) -> None:
        if self.vault is None:
            return
        self.draft_note.hide()
        self.editor.open_case(case_id)
        self.stack.setCurrentWidget(self.editor)

    def on_editor_closed(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.list.refresh()
        self.list.table.setFocus()

    def on_draft_left(self, reference: str) -> None:
        """The editor was left with unsaved changes, kept as a draft: say where they are."""
        if reference:
            text = fill(self.tr(
                "Your changes to case %1 are not saved yet. They are kept as a draft in your "
                "encrypted vault: open the case to continue with them or discard them."),
                reference)
        else:
            text = self.tr(
                "The new case you started is not saved yet. It is kept as a draft in your "
                "encrypted vault: press \"New case\" to continue with it or discard it.")
        self.draft_note.setText(text)
        self.draft_note.show()

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

    def on_report_clicked(self) -> None:
        if self.vault is not None:
            self._open_dialog(ReportDialog(self.vault, self.shown_case_ids(), self))

    def on_receipts_clicked(self) -> None:
        if self.vault is None:
            return
        bundle_ids = provenance.bundles_received_with(self.vault,
                                                      self.list.selected_case_ids())
        self._open_dialog(ReceiptDialog(self.vault, bundle_ids, self))

    def on_receipt_clicked(self) -> None:
        if self.vault is not None:
            self._open_dialog(ReceiptImportDialog(self.vault, self))

    def on_purge_clicked(self) -> None:
        if self.vault is not None:
            self._open_dialog(PurgeDialog(self.vault, self))
