"""The coordinator's Inbox: drop bundle files or whole folders; each bundle is verified and
imported off the GUI thread, with progress for the batch and for the bundle being read, and
a Cancel. Every file gets an outcome in plain words (imported, already imported, not for
us, unknown signer, tampered, unreadable...); a file from a researcher not pinned yet can
be imported after comparing the researcher's safety code ("Compare and pin...").

The rules live in app.services.coordinator; this module only shows them. Nothing inside a
bundle is ever opened or handed to another program here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.outcomes import Outcome
from app.domain.text import fill
from app.services import inbox
from app.services.coordinator import BatchProgress
from app.services.vaults import Vault
from app.ui.common import jobs, look
from app.ui.common.fields import heading
from app.ui.common.table import RecordRole, SortRole
from app.ui.common.widgets import error_text, open_file_dialog, plain_label
from app.ui.coordinator.inbox.batch import Found, Read, read_batch
from app.ui.coordinator.inbox.clearing import ask_to_clear
from app.ui.coordinator.inbox.drop_area import DropArea
from app.ui.coordinator.inbox.model import InboxModel, InboxRow, row_of_entry
from app.ui.coordinator.inbox.pin import Pinned, PinPanel, pin_and_import, same_signer
from app.ui.coordinator.inbox.progress import ImportProgress, summary_text
from app.ui.coordinator.inbox.selected import SelectedFile
from app.ui.coordinator.release import ReleaseButton

T = TypeVar("T")

# How long locking waits for a cancelled job to let go of the vault (reading stops at the
# next block; a commit under way finishes). The window stays responsive the rest of the time.
STOP_WAIT_SECONDS = 10.0


class InboxSection(QWidget):
    """Drop or choose bundles; see each file's outcome; pin an unknown researcher after
    comparing the safety code. The list starts with the history kept in the vault; a row
    stays unread (bold, "new") until selected. `cases_changed` after cases were imported;
    `signers_changed` after a sender was accepted here; `unread_changed(count)` when the
    number of unread rows changed."""

    cases_changed = Signal()
    signers_changed = Signal()
    unread_changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.job: jobs.Job[Any] | None = None  # the batch or the pinning under way
        self._batch_first = 0
        self._batch_rows: list[InboxRow] = []  # the last batch's rows, for its summary
        self._read_later: list[InboxRow] = []  # looked at while a job held the vault
        self.confirm_box: QMessageBox | None = None  # "Clear the list?"
        self._pin_entry: InboxRow | None = None

        self.model = InboxModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)

        self.drop_area = DropArea()
        self.add_files_button = QPushButton(self.tr("Add files..."))
        look.primary(look.with_icon(self.add_files_button, "download"))
        self.add_files_button.setAccessibleName(self.tr("Add bundle files"))
        self.add_folder_button = QPushButton(self.tr("Add a folder..."))
        look.with_icon(self.add_folder_button, "folder-open")
        self.add_folder_button.setAccessibleName(self.tr("Add a folder of bundles"))
        self.clear_button = QPushButton(self.tr("Clear the list"))
        self.clear_button.setAccessibleName(self.tr("Clear the list of bundles"))
        self.clear_button.setAutoDefault(False)
        self.release_button = ReleaseButton()  # a researcher's sealed vault (issue 15)

        self.progress_box = ImportProgress()
        self.progress_label = self.progress_box.progress_label
        self.overall_bar = self.progress_box.overall_bar
        self.file_label = self.progress_box.file_label
        self.file_bar = self.progress_box.file_bar
        self.cancel_button = self.progress_box.cancel_button

        self.summary = plain_label()
        self.summary.setAccessibleName(self.tr("Summary of the batch"))
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Bundles in this batch"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(160)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Every column as wide as its words (the file's name is short: a date and a
        # number); the last one takes the room left, and a table wider than the window
        # scrolls sideways rather than squeezing a column to "2026-1..." (issue 14, F5).
        header.setStretchLastSection(True)
        self.table.setAccessibleDescription(self.tr("Unread rows are marked new."))

        # The selected file: its outcome in a sentence, what to do, technical details.
        self.selected = SelectedFile()
        self.outcome_text = self.selected.outcome_text
        self.pin_button = self.selected.pin_button
        self.details = self.selected.details
        self.detail_fingerprint = self.selected.detail_fingerprint
        self.detail_reason = self.selected.detail_reason

        # Comparing and pinning an unknown researcher.
        self.pin_panel = PinPanel()

        add_row = QHBoxLayout()
        add_row.addWidget(self.add_files_button)
        add_row.addWidget(self.add_folder_button)
        add_row.addStretch(1)
        add_row.addWidget(self.release_button)
        add_row.addWidget(self.clear_button)
        # Everything but the comparison panel scrolls; the panel keeps the room it needs,
        # so no digit group of the safety code is ever cut off (issue 14, item 3).
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Inbox")))
        layout.addWidget(plain_label(self.tr(
            "Bundles arrive on USB sticks or through messengers. Drop the "
            "files, or a whole folder, below. Each one is checked before anything is "
            "imported, and nothing inside is opened."
        )))
        layout.addWidget(self.drop_area)
        layout.addLayout(add_row)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.selected)
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidget(body)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        outer.addWidget(self.page_scroll, 1)
        outer.addWidget(self.pin_panel)

        self.drop_area.dropped.connect(self.add_paths)
        self.add_files_button.clicked.connect(self.on_add_files_clicked)
        self.add_folder_button.clicked.connect(self.on_add_folder_clicked)
        self.clear_button.clicked.connect(self.on_clear_clicked)
        self.cancel_button.clicked.connect(self.cancel)
        self.pin_button.clicked.connect(self.on_pin_clicked)
        self.pin_panel.match_button.clicked.connect(self.on_match_clicked)
        self.pin_panel.mismatch_button.clicked.connect(self.on_mismatch_clicked)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.model.dataChanged.connect(self._refresh_selected)
        self._update_controls()

    # -- the interface the window uses --------------------------------------------------

    def show_vault(self, vault: Vault | None) -> None:
        """Show the inbox for `vault`, or (None: locked) clear everything. A batch under
        way is cancelled, and this waits (briefly) until it has let go of the vault, so
        the vault can be closed: nothing is half-imported."""
        self._stop_job()
        self._save_read()  # rows looked at while that job ran, into the vault they came from
        self.vault = vault
        self.release_button.show_vault(vault)
        self.model.clear()
        self._batch_rows = []
        self._read_later = []
        self.summary.clear()
        self.message.clear()
        self._hide_pin()
        self.selected.hide()
        self.progress_box.hide()
        if vault is not None and vault.role != "coordinator":
            self.message.setText(self.tr("Only a coordinator's vault imports bundles."))
        elif vault is not None:
            self.model.set_rows(row_of_entry(e) for e in inbox.history(vault))
            self.table.scrollToBottom()
        self.unread_changed.emit(self.model.unread())
        self._update_controls()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Rows marked read elsewhere meanwhile (a received case opened in Cases) show so."""
        super().showEvent(event)
        if self.vault is None or self.busy or self.vault.role != "coordinator":
            return
        unread = {e.id: e.unread for e in inbox.history(self.vault)}
        for row in self.model.rows:
            if row.entry_id in unread and row.unread and not unread[row.entry_id]:
                self.model.mark_read(row)
        self.unread_changed.emit(self.model.unread())

    def reload_history(self) -> None:
        """Read the list again from the vault (bundles the team's sync imported from the
        shared folder), unless a batch or a comparison is under way here."""
        vault = self.vault
        if vault is None or self.busy or vault.role != "coordinator" or (
                self._pin_entry is not None):
            return
        self._save_read()
        self.model.set_rows(row_of_entry(e) for e in inbox.history(vault))
        self.selected.hide()
        self.unread_changed.emit(self.model.unread())
        self._update_controls()

    @property
    def busy(self) -> bool:
        return self.job is not None

    def add_paths(self, paths: Sequence[Path]) -> bool:
        """Verify and import the bundles in `paths` (files or folders) in the background.
        Returns False when nothing was started (locked, busy, or nothing given)."""
        vault = self.vault
        if vault is None or self.busy or not paths or vault.role != "coordinator":
            return False
        given = [Path(p) for p in paths]
        self.message.clear()
        self.summary.clear()
        self.progress_box.begin(self.tr("Looking for bundles..."))
        self._run(lambda ctx: read_batch(vault, given, ctx), self._on_batch_finished,
                  self._on_batch_failed, self._on_batch_news)
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.progress_box.cancelling()

    # -- jobs -----------------------------------------------------------------------------

    def _run(self, fn: Callable[[jobs.JobContext], T], on_done: Callable[[T], None],
             on_failed: Callable[[BaseException], None],
             on_progress: Callable[[Any], None] | None = None) -> None:
        """Run one job of this section (the runner drops its results once the section
        was reset by show_vault)."""

        def done(result: T) -> None:
            self.job = None
            on_done(result)
            self._save_read()
            self._update_controls()

        def failed(err: BaseException) -> None:
            self.job = None
            on_failed(err)
            self._save_read()
            self._update_controls()

        self.job = jobs.run(self, fn, on_done=done, on_failed=failed, on_progress=on_progress)
        self._update_controls()

    def _stop_job(self) -> None:
        """Cancel the job under way, drop its result, and wait until it let go of the
        vault."""
        jobs.cancel_and_wait(self, STOP_WAIT_SECONDS)
        self.job = None

    # -- a batch --------------------------------------------------------------------------

    def _on_batch_news(self, news: object) -> None:
        if isinstance(news, Found):
            self._on_found(news)
        elif isinstance(news, BatchProgress):
            self._on_batch_progress(news)

    def _on_found(self, found: Found) -> None:
        self._batch_first = self.model.add_files(found.files)
        self._batch_rows = self.model.rows[self._batch_first:]
        self.table.scrollToBottom()
        if not found.files:
            self.progress_label.setText(self.tr("No bundle files were found there."))
        else:
            self.progress_label.setText(
                self.tr("Bundles found: %n. Checking...", "", len(found.files)))

    def _on_batch_progress(self, p: BatchProgress) -> None:
        self.model.set_progress(self._batch_first + p.index, p.file_done, p.file_total)
        self.progress_box.batch_progress(p)

    def _on_batch_finished(self, read: Read) -> None:
        result = read.result
        first = self._batch_first
        for n, item in enumerate(result.items):
            self.model.set_item(first + n, item, read.entry_ids[n], read.received_at)
        self.model.stop_waiting()
        self.progress_box.hide()
        self.summary.setText(self._summary())
        self.unread_changed.emit(self.model.unread())
        if result.cancelled:
            self.message.setText(self.tr(
                "The import was cancelled. Bundles marked Cancelled were not imported; add "
                "them again when you are ready."))
        if any(item.kind is Outcome.UNKNOWN_SIGNER for item in result.items):
            self.message.setText(self.tr(
                "Some bundles come from senders you do not know yet. Select one and choose "
                "\"Compare safety codes...\"."))
        if any(item.ok for item in result.items):
            self.cases_changed.emit()

    def _on_batch_failed(self, err: BaseException) -> None:
        self.model.stop_waiting()
        self.progress_box.hide()
        self.message.setText(error_text(err))

    def _summary(self) -> str:
        return summary_text(self._batch_rows, lambda n: self.tr("Bundles: %n", "", n))

    # -- choosing files -----------------------------------------------------------------

    def on_add_files_clicked(self) -> None:
        open_file_dialog(
            self, self.tr("Choose bundle files"), str(Path.home()), self._on_chosen,
            mode=QFileDialog.FileMode.ExistingFiles,
            filters=self.tr("Guvoh bundles (*.age);;All files (*)"))

    def on_add_folder_clicked(self) -> None:
        open_file_dialog(self, self.tr("Choose a folder of bundles"), str(Path.home()),
                         self._on_chosen, mode=QFileDialog.FileMode.Directory)

    def _on_chosen(self, chosen: list[str]) -> None:
        if chosen:
            self.add_paths([Path(c) for c in chosen])

    def on_clear_clicked(self) -> None:
        """Ask first: clearing forgets which files arrived and when (the cases stay)."""
        if self.busy or self.vault is None or self.model.rowCount() == 0:
            return
        self.confirm_box = ask_to_clear(self, self.clear_list)

    def clear_list(self) -> None:
        """Empty the list and the history kept in the vault (the cases stay)."""
        if self.busy or self.vault is None:
            return
        inbox.clear(self.vault)
        self._batch_rows = []
        self.unread_changed.emit(0)
        self.model.clear()
        self.summary.clear()
        self.message.clear()
        self._hide_pin()
        self.selected.hide()

    # -- the selected file ----------------------------------------------------------------

    def selected_entry(self) -> InboxRow | None:
        index = self.table.selectionModel().currentIndex()
        entry = index.data(RecordRole) if index.isValid() else None
        return entry if isinstance(entry, InboxRow) else None

    def select_row(self, row: int) -> None:
        """Select the model's `row` (for tests and keyboard users)."""
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(proxy_index, flags)

    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(RecordRole) if current.isValid() else None
        if not isinstance(entry, InboxRow) or entry is not self._pin_entry:
            self._hide_pin()
        if isinstance(entry, InboxRow):
            self._mark_read(entry)
        self._show_selected(entry if isinstance(entry, InboxRow) else None)

    def _mark_read(self, entry: InboxRow) -> None:
        """The coordinator looked at this row: it is no longer new, here and in the vault
        (once no job holds the vault: the window never waits for an import)."""
        if not entry.unread or self.vault is None:
            return
        if entry.entry_id is not None:
            self._read_later.append(entry)
        self.model.mark_read(entry)
        self._save_read()
        self.unread_changed.emit(self.model.unread())

    def _save_read(self) -> None:
        if self.busy or self.vault is None or not self._read_later:
            return
        ids = [e.entry_id for e in self._read_later if e.entry_id is not None]
        self._read_later = []
        inbox.mark_read(self.vault, ids)

    def _refresh_selected(self, *_args: object) -> None:
        self._show_selected(self.selected_entry())

    def _show_selected(self, entry: InboxRow | None) -> None:
        self.selected.show_entry(entry)
        self._update_controls()

    # -- comparing and pinning (pin.py) ---------------------------------------------------

    def on_pin_clicked(self) -> None:
        entry = self.selected_entry()
        item = entry.item if entry is not None else None
        if entry is None or item is None or item.kind is not Outcome.UNKNOWN_SIGNER or (
                self.busy):
            return
        self._pin_entry = entry
        self.pin_panel.ask(item.safety_code or "")
        self._update_controls()

    def on_match_clicked(self) -> None:
        vault, entry = self.vault, self._pin_entry
        if vault is None or entry is None or entry.item is None or self.busy:
            return
        name = self.pin_panel.entered_name()
        if name is None:
            return
        others = same_signer(self.model.rows, entry)
        self.pin_panel.show_working()
        self.progress_box.begin(fill(self.tr("Importing the bundles of %1"), name))
        self._run(lambda ctx: pin_and_import(vault, entry, name, others, ctx),
                  lambda results: self._on_pinned(name, results), self._on_pin_failed,
                  self.progress_box.steps)

    def _on_pinned(self, name: str, results: Pinned) -> None:
        self.progress_box.hide()
        for entry, item in results:
            self.model.set_item(self.model.index_of(entry), item)
        imported = sum(1 for _, item in results if item.ok)
        self._hide_pin()
        if self._batch_rows:
            self.summary.setText(self._summary())
        self.message.setText(
            fill(self.tr("%1 is now one of your senders. Bundles imported: %2."), name, imported))
        self.signers_changed.emit()
        if imported:
            self.cases_changed.emit()
        self._refresh_selected()

    def _on_pin_failed(self, err: BaseException) -> None:
        self.progress_box.hide()
        self.pin_panel.message.setText(error_text(err))

    def on_mismatch_clicked(self) -> None:
        self._hide_pin()
        self.message.setText(self.tr(
            "Nothing was saved and this file was not imported. Do not use it: someone may "
            "have made it in the sender's name. Ask the sender to send it again, and "
            "compare the codes in person if you can."))

    def _hide_pin(self) -> None:
        self._pin_entry = None
        self.pin_panel.reset()

    # -- state ----------------------------------------------------------------------------

    def _update_controls(self) -> None:
        usable = self.vault is not None and self.vault.role == "coordinator"
        free = usable and not self.busy
        for control in (self.drop_area, self.add_files_button, self.add_folder_button):
            control.setEnabled(free)
        self.clear_button.setEnabled(free and self.model.rowCount() > 0)
        self.cancel_button.setEnabled(self.busy)
        self.pin_button.setEnabled(free)
        self.pin_panel.set_free(free)
