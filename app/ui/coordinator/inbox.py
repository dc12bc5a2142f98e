"""The coordinator's Inbox: drop bundle files or whole folders; each bundle is verified and
imported off the GUI thread, with progress for the batch and for the bundle being read, and
a Cancel. Every file gets an outcome in plain words (imported, already imported, not for
us, unknown signer, tampered, unreadable...); a file from a researcher not pinned yet can
be imported after comparing the researcher's safety code ("Compare and pin...").

The rules live in app.services.coordinator; this module only shows them. Nothing inside a
bundle is ever opened or handed to another program here.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from app.messages import CONTEXT as ERRORS_CONTEXT
from app.messages import import_outcome_text
from app.services import coordinator
from app.services.coordinator import BatchItem, BatchProgress, BatchResult
from app.ui.common import jobs
from app.ui.common.fields import Details, SafetyCodeLabel, heading, read_only_line
from app.ui.common.sizes import human_size
from app.ui.common.table import Index as _Index
from app.ui.common.table import RecordRole, SortRole
from app.ui.common.widgets import error_text, open_file_dialog, plain_label
from storage.vault import Vault

# How long locking waits for a cancelled job to let go of the vault (reading stops at the
# next block; a commit under way finishes). The window stays responsive the rest of the time.
STOP_WAIT_SECONDS = 10.0
_PROGRESS_INTERVAL = 0.05

# Jobs under way, each kept until its result has been delivered (a Job collected while it
# runs loses its result or crashes the process).
_LIVE_JOBS: set[jobs.Job] = set()


class Column(IntEnum):
    FILE = 0
    SIZE = 1
    OUTCOME = 2
    CASES = 3
    ATTACHMENTS = 4
    SIGNER = 5


_HEADERS = {
    Column.FILE: QT_TRANSLATE_NOOP("Inbox", "File"),
    Column.SIZE: QT_TRANSLATE_NOOP("Inbox", "Size"),
    Column.OUTCOME: QT_TRANSLATE_NOOP("Inbox", "Outcome"),
    Column.CASES: QT_TRANSLATE_NOOP("Inbox", "Cases"),
    Column.ATTACHMENTS: QT_TRANSLATE_NOOP("Inbox", "Files inside"),
    Column.SIGNER: QT_TRANSLATE_NOOP("Inbox", "Researcher"),
}

# Short outcome labels for the table; the full sentence is app.messages.IMPORT_OUTCOMES.
OUTCOME_LABELS = {
    "waiting": QT_TRANSLATE_NOOP("Inbox", "Waiting"),
    "reading": QT_TRANSLATE_NOOP("Inbox", "Checking"),
    "checked": QT_TRANSLATE_NOOP("Inbox", "Checked"),
    "imported": QT_TRANSLATE_NOOP("Inbox", "Imported"),
    "duplicate": QT_TRANSLATE_NOOP("Inbox", "Already imported"),
    "replay": QT_TRANSLATE_NOOP("Inbox", "Refused: seen before"),
    "not_for_us": QT_TRANSLATE_NOOP("Inbox", "Not for us"),
    "unknown_signer": QT_TRANSLATE_NOOP("Inbox", "Unknown researcher"),
    "signer_expired": QT_TRANSLATE_NOOP("Inbox", "Researcher's key ended"),
    "tampered": QT_TRANSLATE_NOOP("Inbox", "Tampered"),
    "truncated": QT_TRANSLATE_NOOP("Inbox", "Incomplete"),
    "malformed": QT_TRANSLATE_NOOP("Inbox", "Refused"),
    "unsupported": QT_TRANSLATE_NOOP("Inbox", "Needs a newer Guvoh"),
    "unreadable": QT_TRANSLATE_NOOP("Inbox", "Unreadable"),
    "invalid_case": QT_TRANSLATE_NOOP("Inbox", "Refused: invalid case"),
    "conflict": QT_TRANSLATE_NOOP("Inbox", "Refused: conflict"),
    "cancelled": QT_TRANSLATE_NOOP("Inbox", "Cancelled"),
    "failed": QT_TRANSLATE_NOOP("Inbox", "Failed"),
}

# good: imported; neutral: nothing happened and nothing is wrong; warn: needs a decision;
# bad: the file is damaged or hostile.
_TONE = {
    "imported": "good",
    "duplicate": "neutral", "cancelled": "neutral", "waiting": "neutral",
    "reading": "neutral", "checked": "neutral",
    "unknown_signer": "warn", "not_for_us": "warn", "signer_expired": "warn",
    "unsupported": "warn",
}
_TONE_COLOURS = {"good": "#2e7d32", "neutral": "#808080", "warn": "#c77700",
                 "bad": "#c62828"}
_ICONS: dict[str, QIcon] = {}


def _tone_icon(tone: str) -> QIcon:
    icon = _ICONS.get(tone)
    if icon is None:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_TONE_COLOURS[tone]))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        icon = _ICONS[tone] = QIcon(pixmap)
    return icon


def tone_of(kind: str) -> str:
    return _TONE.get(kind, "bad")


def outcome_sentence(item: BatchItem) -> str:
    """The translated sentence for a file's outcome."""
    return QCoreApplication.translate(ERRORS_CONTEXT, import_outcome_text(item.reason))


@dataclass
class InboxRow:
    """One file of a batch: waiting, being read (bytes `done` of `size`), or its outcome."""

    path: Path
    size: int
    done: int = 0
    reading: bool = False
    checked: bool = False  # read; its outcome shows when the batch ends
    item: BatchItem | None = None

    @property
    def state(self) -> str:
        if self.item is not None:
            return self.item.kind
        if self.reading:
            return "reading"
        return "checked" if self.checked else "waiting"


class InboxModel(QAbstractTableModel):
    """The files of this session's batches, in the order they were taken. RecordRole gives
    the InboxRow; SortRole raw values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[InboxRow] = []

    # -- changes ------------------------------------------------------------------------

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.endResetModel()

    def append(self, files: Sequence[tuple[Path, int]]) -> int:
        """Add files waiting to be read; returns the row of the first."""
        first = len(self.rows)
        if files:
            self.beginInsertRows(QModelIndex(), first, first + len(files) - 1)
            self.rows.extend(InboxRow(path, size) for path, size in files)
            self.endInsertRows()
        return first

    def set_progress(self, row: int, done: int, total: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        entry = self.rows[row]
        if entry.item is not None:
            return
        for other in self.rows:  # one file is read at a time, in order
            if other is not entry and other.reading and other.item is None:
                other.reading = False
                other.checked = True
        entry.reading = True
        entry.done = max(0, min(done, total if total > 0 else entry.size))
        if total > 0:
            entry.size = total
        self._changed(0, len(self.rows) - 1)

    def set_item(self, row: int, item: BatchItem) -> None:
        if not 0 <= row < len(self.rows):
            return
        entry = self.rows[row]
        entry.item = item
        entry.reading = False
        entry.done = entry.size
        self._changed(row, row)

    def stop_waiting(self) -> None:
        """A batch ended early (an error before any file was read): nothing still shows
        as waiting or being read."""
        for entry in self.rows:
            entry.reading = False
            entry.checked = False
        if self.rows:
            self._changed(0, len(self.rows) - 1)

    def index_of(self, entry: InboxRow) -> int:
        return next(i for i, r in enumerate(self.rows) if r is entry)

    def _changed(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))

    # -- the model interface ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        entry = self.rows[index.row()]
        column = Column(index.column())
        item = entry.item
        if role == RecordRole:
            return entry
        if role == SortRole:
            return self._sort_value(entry, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.OUTCOME and item is not None:
                return outcome_sentence(item)
            if column is Column.FILE:
                return str(entry.path)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column is Column.OUTCOME:
            return _tone_icon(tone_of(entry.state))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                Column.SIZE, Column.CASES, Column.ATTACHMENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: InboxRow, column: Column) -> str:
        item = entry.item
        if column is Column.FILE:
            return entry.path.name
        if column is Column.SIZE:
            return human_size(entry.size)
        if column is Column.OUTCOME:
            label = QCoreApplication.translate("Inbox", str(OUTCOME_LABELS.get(
                entry.state, OUTCOME_LABELS["failed"])))
            if entry.reading and entry.size > 0:
                percent = str(min(100, entry.done * 100 // entry.size))
                return QCoreApplication.translate("Inbox", "%1 (%2%)").replace(
                    "%1", label).replace("%2", percent)
            return label
        if item is None or not item.ok:
            return "" if column is not Column.SIGNER or item is None else (
                item.signer_name or "")
        if column is Column.CASES:
            return str(item.cases)
        if column is Column.ATTACHMENTS:
            return str(item.attachments)
        return item.signer_name or ""

    @staticmethod
    def _sort_value(entry: InboxRow, column: Column) -> Any:
        item = entry.item
        if column is Column.FILE:
            return entry.path.name.casefold()
        if column is Column.SIZE:
            return entry.size
        if column is Column.OUTCOME:
            return entry.state
        if column is Column.CASES:
            return item.cases if item is not None else -1
        if column is Column.ATTACHMENTS:
            return item.attachments if item is not None else -1
        return (item.signer_name or "").casefold() if item is not None else ""

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(Column)):
            return QCoreApplication.translate("Inbox", str(_HEADERS[Column(section)]))
        return None


# -- the drop area ------------------------------------------------------------------------


class DropArea(QFrame):
    """A framed area that takes files and folders dropped on it (local files only)."""

    dropped = Signal(object)  # list[Path]

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        self.setMinimumHeight(72)
        self.label = plain_label(self.tr("Drop bundle files or whole folders here"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("Drop area for bundle files and folders"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    @staticmethod
    def _local_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.isEnabled() and self._local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self._local_paths(event)
        if not self.isEnabled() or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.dropped.emit(paths)


# -- running a batch off the GUI thread ------------------------------------------------------


class _BatchBridge(QObject):
    """Carries a batch's news from the worker thread to the GUI (queued signals)."""

    listed = Signal(object)  # list[tuple[Path, int]]: the files, before reading starts
    progressed = Signal(object)  # BatchProgress


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class InboxSection(QWidget):
    """Drop or choose bundles; see each file's outcome; pin an unknown researcher after
    comparing the safety code. `cases_changed` after cases were imported;
    `signers_changed` after a researcher was pinned here."""

    cases_changed = Signal()
    signers_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.job: jobs.Job | None = None
        self._job_done: threading.Event | None = None
        self._generation = 0
        self._batch_first = 0
        self._pin_entry: InboxRow | None = None

        self.model = InboxModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)

        self.drop_area = DropArea()
        self.add_files_button = QPushButton(self.tr("Add files..."))
        self.add_files_button.setAccessibleName(self.tr("Add bundle files"))
        self.add_folder_button = QPushButton(self.tr("Add a folder..."))
        self.add_folder_button.setAccessibleName(self.tr("Add a folder of bundles"))
        self.clear_button = QPushButton(self.tr("Clear the list"))
        self.clear_button.setAccessibleName(self.tr("Clear the list of bundles"))
        self.clear_button.setAutoDefault(False)

        self.progress_box = QWidget()
        self.progress_label = plain_label()
        self.progress_label.setAccessibleName(self.tr("Import progress"))
        self.overall_bar = QProgressBar()
        self.overall_bar.setRange(0, 1000)
        self.overall_bar.setAccessibleName(self.tr("Progress of all bundles"))
        self.overall_bar.setTextVisible(False)
        self.file_label = plain_label()
        self.file_label.setAccessibleName(self.tr("Bundle being checked"))
        self.file_bar = QProgressBar()
        self.file_bar.setRange(0, 1000)
        self.file_bar.setAccessibleName(self.tr("Progress of this bundle"))
        self.file_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.setAutoDefault(False)
        box = QVBoxLayout(self.progress_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.progress_label)
        box.addWidget(self.overall_bar)
        box.addWidget(self.file_label)
        bar_row = QHBoxLayout()
        bar_row.addWidget(self.file_bar, 1)
        bar_row.addWidget(self.cancel_button)
        box.addLayout(bar_row)
        self.progress_box.hide()

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
        header.setSectionResizeMode(Column.FILE, QHeaderView.ResizeMode.Stretch)

        # The selected file: its outcome in a sentence, what to do, technical details.
        self.selected = QWidget()
        self.outcome_text = plain_label()
        self.outcome_text.setAccessibleName(self.tr("Outcome of the selected bundle"))
        self.pin_button = QPushButton(self.tr("Compare and pin..."))
        self.pin_button.setAccessibleName(self.tr("Compare the safety code and pin"))
        self.pin_button.setAutoDefault(False)
        tech = QWidget()
        form = QFormLayout(tech)
        form.setContentsMargins(0, 0, 0, 0)
        self.detail_path = read_only_line(self.tr("File"))
        self.detail_bundle = read_only_line(self.tr("Bundle id"))
        self.detail_fingerprint = read_only_line(self.tr("Key fingerprint of the signer"))
        self.detail_created = read_only_line(self.tr("Created"))
        self.detail_reason = read_only_line(self.tr("Reason"))
        self.detail_explanation = plain_label()
        self.detail_explanation.setAccessibleName(self.tr("Explanation"))
        form.addRow(self.tr("File"), self.detail_path)
        form.addRow(self.tr("Bundle id"), self.detail_bundle)
        form.addRow(self.tr("Fingerprint (SHA256)"), self.detail_fingerprint)
        form.addRow(self.tr("Created (UTC)"), self.detail_created)
        form.addRow(self.tr("Reason"), self.detail_reason)
        form.addRow("", self.detail_explanation)
        self.details = Details(tech)
        selected = QVBoxLayout(self.selected)
        selected.setContentsMargins(0, 0, 0, 0)
        selected.addWidget(self.outcome_text)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_button)
        pin_row.addStretch(1)
        selected.addLayout(pin_row)
        selected.addWidget(self.details)
        self.selected.hide()

        # Comparing and pinning an unknown researcher.
        self.pin_panel = QFrame()
        self.pin_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.pin_code = SafetyCodeLabel()
        self.pin_instruction = plain_label(self.tr(
            "Compare these digits with the researcher by phone or in person: ask them to "
            "read the safety code on their Identity screen aloud, group by group. Do not "
            "use a message for this: someone who could change the file could change the "
            "message too."
        ))
        self.pin_name = QLineEdit()
        self.pin_name.setAccessibleName(self.tr("Name for this researcher"))
        self.pin_name.setPlaceholderText(self.tr("A name or pseudonym you will recognise"))
        self.pin_name.setMaxLength(200)
        self.match_button = QPushButton(self.tr("They match"))
        self.match_button.setAccessibleName(self.tr("They match"))
        self.mismatch_button = QPushButton(self.tr("They do not match"))
        self.mismatch_button.setAccessibleName(self.tr("They do not match"))
        for button in (self.match_button, self.mismatch_button):
            button.setAutoDefault(False)
        self.pin_message = plain_label()
        self.pin_message.setAccessibleName(self.tr("Message about pinning"))
        pin = QVBoxLayout(self.pin_panel)
        pin.addWidget(heading(self.tr("Is this the researcher you know?")))
        pin.addWidget(plain_label(self.tr("Safety code of the researcher who signed this "
                                          "file:")))
        pin.addWidget(self.pin_code)
        pin.addWidget(self.pin_instruction)
        name_form = QFormLayout()
        name_form.addRow(self.tr("Name"), self.pin_name)
        pin.addLayout(name_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.match_button)
        buttons.addWidget(self.mismatch_button)
        buttons.addStretch(1)
        pin.addLayout(buttons)
        pin.addWidget(self.pin_message)
        self.pin_panel.hide()

        add_row = QHBoxLayout()
        add_row.addWidget(self.add_files_button)
        add_row.addWidget(self.add_folder_button)
        add_row.addStretch(1)
        add_row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Inbox")))
        layout.addWidget(plain_label(self.tr(
            "Bundles from researchers arrive on USB sticks or through messengers. Drop the "
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
        layout.addWidget(self.pin_panel)

        self.drop_area.dropped.connect(self.add_paths)
        self.add_files_button.clicked.connect(self.on_add_files_clicked)
        self.add_folder_button.clicked.connect(self.on_add_folder_clicked)
        self.clear_button.clicked.connect(self.on_clear_clicked)
        self.cancel_button.clicked.connect(self.cancel)
        self.pin_button.clicked.connect(self.on_pin_clicked)
        self.match_button.clicked.connect(self.on_match_clicked)
        self.mismatch_button.clicked.connect(self.on_mismatch_clicked)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.model.dataChanged.connect(self._refresh_selected)
        self._update_controls()

    # -- the interface the window uses --------------------------------------------------

    def show_vault(self, vault: Vault | None) -> None:
        """Show the inbox for `vault`, or (None: locked) clear everything. A batch under
        way is cancelled, and this waits (briefly) until it has let go of the vault, so
        the vault can be closed: nothing is half-imported."""
        self._stop_job()
        self.vault = vault
        self.model.clear()
        self.summary.clear()
        self.message.clear()
        self._hide_pin()
        self.selected.hide()
        self.progress_box.hide()
        if vault is not None and vault.role != "coordinator":
            self.message.setText(self.tr("Only a coordinator's vault imports bundles."))
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
        bridge = _BatchBridge()
        done = threading.Event()
        last = [0.0, -1.0]

        def run(progress: jobs.Progress, cancel: threading.Event) -> BatchResult:
            del progress  # this job reports BatchProgress through the bridge
            try:
                files = coordinator.collect_bundles(given)
                bridge.listed.emit([(f, _size(f)) for f in files])

                def report(p: BatchProgress) -> None:
                    now = time.monotonic()
                    if (p.index != last[1] or p.file_done >= p.file_total
                            or now - last[0] >= _PROGRESS_INTERVAL):
                        last[0], last[1] = now, float(p.index)
                        bridge.progressed.emit(p)

                return coordinator.import_many(vault, files, progress=report, cancel=cancel)
            finally:
                done.set()

        generation = self._generation
        bridge.listed.connect(lambda files: self._on_listed(generation, files))
        bridge.progressed.connect(lambda p: self._on_batch_progress(generation, p))
        self.message.clear()
        self.summary.clear()
        self.progress_label.setText(self.tr("Looking for bundles..."))
        self.file_label.clear()
        self.overall_bar.setValue(0)
        self.file_bar.setValue(0)
        self.progress_box.show()
        self._start(run, done, self._on_batch_finished, self._on_batch_failed,
                    keep=bridge)
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling..."))

    # -- jobs -----------------------------------------------------------------------------

    def _start(self, fn: Callable[[jobs.Progress, threading.Event], Any],
               done: threading.Event, on_finished: Callable[[Any], None],
               on_failed: Callable[[BaseException], None],
               on_progress: Callable[[int, int], None] | None = None,
               keep: QObject | None = None) -> None:
        generation = self._generation
        holder: list[jobs.Job] = []

        def current() -> bool:
            _LIVE_JOBS.discard(holder[0])
            return Shiboken.isValid(self) and generation == self._generation

        keep_alive = [keep]  # the bridge lives until its last signal was delivered

        def finished(result: Any) -> None:
            keep_alive.clear()
            if current():
                self.job = None
                self._job_done = None
                on_finished(result)
                self._update_controls()

        def failed(err: BaseException) -> None:
            keep_alive.clear()
            if current():
                self.job = None
                self._job_done = None
                on_failed(err)
                self._update_controls()

        def progressed(done_: int, total: int) -> None:
            if on_progress is not None and Shiboken.isValid(self) and (
                    generation == self._generation):
                on_progress(done_, total)

        job = jobs.start_cancellable(fn, finished, failed, progressed)
        holder.append(job)
        _LIVE_JOBS.add(job)
        self.job = job
        self._job_done = done
        self._update_controls()

    def _stop_job(self) -> None:
        self._generation += 1  # results of a job started before are not shown
        job, done = self.job, self._job_done
        self.job = None
        self._job_done = None
        if job is not None:
            job.cancel()
            if done is not None:
                done.wait(STOP_WAIT_SECONDS)

    # -- a batch --------------------------------------------------------------------------

    def _on_listed(self, generation: int, files: list[tuple[Path, int]]) -> None:
        if not Shiboken.isValid(self) or generation != self._generation:
            return
        self._batch_first = self.model.append(files)
        if not files:
            self.progress_label.setText(self.tr("No bundle files were found there."))
        else:
            self.progress_label.setText(
                self.tr("Bundles found: %n. Checking...", "", len(files)))

    def _on_batch_progress(self, generation: int, p: BatchProgress) -> None:
        if not Shiboken.isValid(self) or generation != self._generation:
            return
        self.model.set_progress(self._batch_first + p.index, p.file_done, p.file_total)
        if p.overall_total > 0:
            self.overall_bar.setValue(int(p.overall_done * 1000 // p.overall_total))
        if p.file_total > 0:
            self.file_bar.setValue(int(min(p.file_done, p.file_total) * 1000 // p.file_total))
        if self.cancel_button.isEnabled():
            self.progress_label.setText(
                self.tr("Checking bundle %1 of %2").replace("%1", str(p.index + 1))
                .replace("%2", str(p.count)))
        self.file_label.setText(p.path.name)

    def _on_batch_finished(self, result: BatchResult) -> None:
        first = self._batch_first
        for n, item in enumerate(result.items):
            self.model.set_item(first + n, item)
        self.model.stop_waiting()
        self.progress_box.hide()
        self.summary.setText(self._summary_text(result))
        if result.cancelled:
            self.message.setText(self.tr(
                "The import was cancelled. Bundles marked Cancelled were not imported; add "
                "them again when you are ready."))
        if any(item.kind == "unknown_signer" for item in result.items):
            self.message.setText(self.tr(
                "Some bundles come from researchers you have not pinned yet. Select one and "
                "choose \"Compare and pin...\"."))
        if any(item.ok for item in result.items):
            self.cases_changed.emit()

    def _on_batch_failed(self, err: BaseException) -> None:
        self.model.stop_waiting()
        self.progress_box.hide()
        self.message.setText(error_text(err))

    def _summary_text(self, result: BatchResult) -> str:
        counts = result.counts()
        total = len(result.items)
        if total == 0:
            return self.tr("No bundle files were found there.")
        parts = [self.tr("Bundles: %n", "", total)]
        for kind in coordinator.KINDS:
            if counts.get(kind):
                label = QCoreApplication.translate("Inbox", str(OUTCOME_LABELS[kind]))
                parts.append(self.tr("%1: %2").replace("%1", label)
                             .replace("%2", str(counts[kind])))
        return self.tr("; ").join(parts)

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
        if self.busy:
            return
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
        self._show_selected(entry if isinstance(entry, InboxRow) else None)

    def _refresh_selected(self, *_args: object) -> None:
        self._show_selected(self.selected_entry())

    def _show_selected(self, entry: InboxRow | None) -> None:
        item = entry.item if entry is not None else None
        if entry is None or item is None:
            self.selected.hide()
            return
        self.outcome_text.setText(outcome_sentence(item))
        self.detail_path.setText(str(entry.path))
        self.detail_bundle.setText(item.bundle_id or "")
        self.detail_fingerprint.setText(item.signer_fingerprint or "")
        self.detail_created.setText(item.created or "")
        self.detail_reason.setText(item.reason)
        self.detail_explanation.setText(error_text(item.error) if item.error is not None
                                        else "")
        self.pin_button.setVisible(item.kind == "unknown_signer"
                                   and item.signer_key_line is not None)
        self.selected.show()
        self._update_controls()

    # -- comparing and pinning ------------------------------------------------------------

    def on_pin_clicked(self) -> None:
        entry = self.selected_entry()
        item = entry.item if entry is not None else None
        if entry is None or item is None or item.kind != "unknown_signer" or self.busy:
            return
        self._pin_entry = entry
        self.pin_code.show_code(item.safety_code or "")
        self.pin_name.clear()
        self.pin_message.clear()
        self.pin_panel.show()
        self.pin_name.setFocus()
        self._update_controls()

    def on_match_clicked(self) -> None:
        vault, entry = self.vault, self._pin_entry
        item = entry.item if entry is not None else None
        if vault is None or entry is None or item is None or self.busy:
            return
        name = " ".join(self.pin_name.text().split())
        if not name:
            self.pin_message.setText(self.tr(
                "Type a name for this researcher first, so you can recognise their files."))
            self.pin_name.setFocus()
            return
        # Other files in this list signed by the same key are imported too: the code
        # compared is that key's.
        others = [r for r in self.model.rows
                  if r is not entry and r.item is not None
                  and r.item.kind == "unknown_signer"
                  and r.item.signer_fingerprint == item.signer_fingerprint]
        done = threading.Event()

        def run(progress: jobs.Progress,
                cancel: threading.Event) -> list[tuple[InboxRow, BatchItem]]:
            try:
                results = [(entry, coordinator.pin_and_import(
                    vault, item, name, progress=progress, cancel=cancel))]
                for other in others:
                    assert other.item is not None
                    results.append((other, coordinator.import_one(
                        vault, other.item.path, progress=progress, cancel=cancel)))
                return results
            finally:
                done.set()

        self.pin_message.setText(self.tr("Pinning and importing..."))
        self.progress_label.setText(self.tr("Importing the bundles of %1").replace("%1", name))
        self.file_label.clear()
        self.overall_bar.setValue(0)
        self.file_bar.setValue(0)
        self.progress_box.show()
        self._start(run, done, lambda results: self._on_pinned(name, results),
                    self._on_pin_failed, self._on_pin_progress)

    def _on_pin_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.file_bar.setValue(int(min(done, total) * 1000 // total))

    def _on_pinned(self, name: str, results: list[tuple[InboxRow, BatchItem]]) -> None:
        self.progress_box.hide()
        for entry, item in results:
            self.model.set_item(self.model.index_of(entry), item)
        imported = sum(1 for _, item in results if item.ok)
        self._hide_pin()
        self.message.setText(
            self.tr("%1 is now pinned. Bundles imported: %2.").replace("%1", name)
            .replace("%2", str(imported)))
        self.signers_changed.emit()
        if imported:
            self.cases_changed.emit()
        self._refresh_selected()

    def _on_pin_failed(self, err: BaseException) -> None:
        self.progress_box.hide()
        self.pin_message.setText(error_text(err))

    def on_mismatch_clicked(self) -> None:
        self._hide_pin()
        self.message.setText(self.tr(
            "Nothing was pinned and this file was not imported. Do not use it: someone may "
            "have made it in the researcher's name. Ask the researcher to send it again, "
            "and compare the codes in person if you can."))

    def _hide_pin(self) -> None:
        self._pin_entry = None
        self.pin_panel.hide()
        self.pin_code.show_code("")
        self.pin_name.clear()
        self.pin_message.clear()

    # -- state ----------------------------------------------------------------------------

    def _update_controls(self) -> None:
        usable = self.vault is not None and self.vault.role == "coordinator"
        free = usable and not self.busy
        for control in (self.drop_area, self.add_files_button, self.add_folder_button):
            control.setEnabled(free)
        self.clear_button.setEnabled(free and self.model.rowCount() > 0)
        self.cancel_button.setEnabled(self.busy)
        self.pin_button.setEnabled(free)
        self.match_button.setEnabled(free)
        self.mismatch_button.setEnabled(free)
        self.pin_name.setEnabled(free)
