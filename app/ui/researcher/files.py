"""The Files tab of the case editor: the case's attachments, adding files (button or drag
and drop, with progress and Cancel), viewing pictures and playing recordings decrypted in
memory only (app.ui.researcher.viewer), "Save a copy as..." only on request, after a
warning and under a neutral name, removing, and recording an interview straight into the
vault."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.services import attachment_metadata as meta
from app.services import cases as svc
from app.services.cases import Attachment
from app.services.errors import Cancelled
from app.services.vaults import Vault
from app.ui.common import jobs, look
from app.ui.common.questions import OpenDialogs
from app.ui.common.table import RecordRole, SortRole
from app.ui.common.widgets import error_text, plain_label
from app.ui.researcher import file_actions
from app.ui.researcher.attachments import FileColumn, attachments_model, finding_lines
from app.ui.researcher.original import OriginalOffer
from app.ui.researcher.recorder import RecorderPanel
from app.ui.researcher.viewer import MAX_PREVIEW, ViewerDialog, kind_of


class FilesTab(QWidget):
    attachments_changed = Signal()
    # True while an interview is being recorded: the window should not lock for lack of
    # keyboard or mouse activity meanwhile (locking would end the recording, safely saved).
    recording_changed = Signal(bool)

    def __init__(self, capture_factory: Any = None) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.case_id: str | None = None
        self.job: jobs.Job[Any] | None = None
        self.view_job: jobs.Job[bytes] | None = None
        self.read_job: jobs.Job[dict[str, meta.FileFindings]] | None = None
        self.findings: dict[str, meta.FileFindings] = {}
        self.queue: list[Path] = []
        self.problems: list[str] = []
        self.viewer: ViewerDialog | None = None
        self.questions = OpenDialogs(self)
        self.setAcceptDrops(True)

        self.model = attachments_model(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(FileColumn.ADDED, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            FileColumn.FILENAME, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Files of this case"))
        self.table.doubleClicked.connect(lambda _index: self.on_view_clicked())

        self.notice = plain_label()
        self.notice.setAccessibleName(self.tr("Files message"))
        self.add_button = QPushButton(self.tr("Add files..."))
        look.with_icon(self.add_button, "paperclip")
        self.add_button.setAccessibleName(self.tr("Add files to this case"))
        self.view_button = QPushButton(self.tr("View or play"))
        self.view_button.setAccessibleName(self.tr("View or play the selected file"))
        self.save_button = QPushButton(self.tr("Save a copy as..."))
        look.with_icon(self.save_button, "download")
        self.save_button.setAccessibleName(
            self.tr("Save an unencrypted copy of the selected file"))
        self.save_cleaned_button = QPushButton(self.tr("Save a cleaned copy as..."))
        look.with_icon(self.save_cleaned_button, "download")
        self.save_cleaned_button.setAccessibleName(
            self.tr("Save an unencrypted copy of the selected file without its hidden details"))
        self.save_cleaned_button.hide()
        # What the selected file reveals (where, on what, by whom it was made), in plain
        # words; the values are the file's own text, shown as plain text only.
        self.details = plain_label()
        self.details.setAccessibleName(self.tr("Hidden details of the selected file"))
        self.remove_button = QPushButton(self.tr("Remove"))
        look.with_icon(self.remove_button, "trash-2")
        self.remove_button.setAccessibleName(self.tr("Remove the selected file"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of adding files"))
        self.progress_label = plain_label()
        self.progress_label.setAccessibleName(self.tr("File being added"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel adding files"))
        self.hint = plain_label(self.tr("You can also drag files here from your computer. "
                                        "They are stored encrypted in the vault."))
        self.hint.setAccessibleName(self.tr("How to add files"))

        buttons = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.save_button,
                       self.save_cleaned_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        self.progress_box.hide()

        self.recorder = RecorderPanel(capture_factory)
        record_box = QGroupBox(self.tr("Record an interview"))
        record_box.setAccessibleName(self.tr("Record an interview"))
        QVBoxLayout(record_box).addWidget(self.recorder)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.hint)
        layout.addWidget(record_box)

        self.add_button.clicked.connect(self.on_add_clicked)
        self.view_button.clicked.connect(self.on_view_clicked)
        self.save_button.clicked.connect(lambda: self.on_save_clicked())
        self.save_cleaned_button.clicked.connect(lambda: self.on_save_clicked(cleaned=True))
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.recorder.recording_started.connect(self._update)
        self.recorder.recording_ended.connect(self._update)
        self.recorder.recording_started.connect(lambda: self.recording_changed.emit(True))
        self.recorder.recording_ended.connect(lambda: self.recording_changed.emit(False))
        self.recorder.recording_saved.connect(self.on_recording_saved)
        self.originals = OriginalOffer(self)  # the question about the original left behind
        self.originals.said.connect(self.notice.setText)
        self._reset()

    # -- the interface the editor uses --------------------------------------------------

    def show_vault(self, vault: Vault | None) -> None:
        """Show `vault`'s files, or (None: locked) clear everything: playback stops, a
        recording under way is saved first, running jobs are cancelled."""
        self.recorder.set_target(None, None)  # saves a recording under way
        self._stop_jobs()
        self._close_viewer()
        self.vault = vault
        self.case_id = None
        self._reset()

    def set_case(self, case_id: str | None) -> None:
        """The case whose files to show; None: a new case not saved yet."""
        if case_id == self.case_id:
            self.refresh()
            return
        self.recorder.set_target(self.vault, None)  # saves a recording under way
        self._stop_jobs()
        self._close_viewer()
        self.case_id = case_id
        self._reset()

    # -- state --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None

    def _reset(self) -> None:
        jobs.invalidate(self)  # results of jobs for the vault or case shown before are dropped
        self.read_job = None
        self.notice.clear()
        self.refresh()
        self.recorder.set_target(self.vault, self.case_id)
        if self.vault is not None and self.case_id is None:
            self.notice.setText(self.tr("Save the case first to add files."))

    def refresh(self) -> None:
        rows: list[Attachment] = []
        self.findings = {}
        if self.vault is not None and self.case_id is not None:
            try:
                rows = svc.list_attachments(self.vault, self.case_id)
                self.findings = meta.case_findings(self.vault, self.case_id)
            except Exception as err:  # noqa: BLE001 - shown as one sentence
                self.notice.setText(error_text(err))
        self.model.set_rows(rows)
        self._read_missing()
        self._update()

    def _read_missing(self) -> None:
        """Files not read yet (attached before readings existed, recordings, received in
        a bundle) are read on a worker, in the limited child process, then shown."""
        vault, case_id = self.vault, self.case_id
        if (vault is None or case_id is None or self.read_job is not None
                or not any(f.status == meta.PENDING for f in self.findings.values())):
            return

        def done(found: dict[str, meta.FileFindings]) -> None:
            self.read_job = None
            if self.vault is vault and self.case_id == case_id:
                self.findings = found
                self._update()

        def failed(_err: BaseException) -> None:
            self.read_job = None  # they stay "checking"; tried again at the next refresh

        self.read_job = jobs.run(self, lambda ctx: meta.read_missing(vault, case_id, ctx.cancel),
                                 on_done=done, on_failed=failed)

    def selected_findings(self) -> meta.FileFindings | None:
        item = self.selected()
        return None if item is None else self.findings.get(item.id)

    def selected(self) -> Attachment | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record = rows[0].data(RecordRole)
        return record if isinstance(record, Attachment) else None

    def _update(self) -> None:
        ready = self.vault is not None and self.case_id is not None
        recording = self.recorder.is_recording
        free = ready and not self.busy and not recording
        chosen = self.selected() is not None
        self.add_button.setEnabled(free)
        self.view_button.setEnabled(free and chosen and self.view_job is None)
        self.save_button.setEnabled(free and chosen)
        item = self.selected()
        found = self.selected_findings()
        cleanable = found is not None and found.can_clean
        self.save_cleaned_button.setVisible(cleanable)
        self.save_cleaned_button.setEnabled(free and cleanable)
        self.details.setText("\n".join(self._details(item, found)) if item is not None else "")
        self.remove_button.setEnabled(free and chosen)
        self.table.setEnabled(ready)
        self.recorder.set_blocked(self.busy)

    def _details(self, item: Attachment, found: meta.FileFindings | None) -> list[str]:
        lines = finding_lines(item.media_type, found or meta.FileFindings(item.id, meta.PENDING))
        if self.vault is not None:
            try:
                copies = meta.custody(self.vault, item.id)
            except Exception:  # noqa: BLE001 - the chain of custody line is a courtesy here
                copies = []
            for copy in copies:
                if copy.received:
                    lines.append(fill(self.tr(
                        "This file arrived as a copy without its hidden details. SHA-256 of "
                        "the copy: %1; of the original, kept by the sender: %2."),
                        copy.cleaned_sha256, copy.original_sha256))
                else:
                    lines.append(fill(self.tr(
                        "A copy without hidden details was made: SHA-256 %1 (of the "
                        "original: %2)."), copy.cleaned_sha256, copy.original_sha256))
        return lines

    # -- adding -------------------------------------------------------------------------

    def on_add_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Add files to this case"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.filesSelected.connect(lambda names: self.add_paths([Path(n) for n in names]))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.questions.track(dialog)
        dialog.open()

    def add_paths(self, paths: list[Path]) -> None:
        """Encrypt these files into the case, one after another, with progress."""
        if not paths or self.vault is None or self.case_id is None or self.recorder.is_recording:
            return
        self.queue.extend(paths)
        self.notice.clear()
        if self.job is None:
            self.problems = []
            self._next()

    def _next(self) -> None:
        vault, case_id = self.vault, self.case_id
        if not self.queue or vault is None or case_id is None:
            self.job = None
            self.progress_box.hide()
            self.notice.setText(" ".join(self.problems))
            self._update()
            return
        path = self.queue.pop(0)
        self.progress.setRange(0, 0)
        self.progress_label.setText(path.name)
        self.progress_box.show()

        def work(ctx: jobs.JobContext) -> Attachment:
            return svc.attach_file(vault, case_id, path, progress=ctx.steps, cancel=ctx.cancel)

        self.job = jobs.run(self, work, on_done=partial(self._on_attached, path=path),
                            on_failed=self._on_attach_failed, on_progress=self._on_progress)
        self._update()

    def _on_progress(self, payload: object) -> None:
        if isinstance(payload, jobs.Steps) and payload.total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, payload.done * 1000 // payload.total))

    def _on_attached(self, result: Attachment, path: Path | None = None) -> None:
        if path is not None:  # a file from outside: offer to remove its original
            self.originals.offer(path, result)
        self.refresh()
        self.attachments_changed.emit()
        self._next()

    def _on_attach_failed(self, err: BaseException) -> None:
        if isinstance(err, Cancelled):
            self.queue.clear()
        self.problems.append(error_text(err))
        self._next()

    def on_cancel_clicked(self) -> None:
        self.queue.clear()
        if self.job is not None:
            self.job.cancel()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if not self._accepts(event):
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths([Path(url.toLocalFile()) for url in event.mimeData().urls()])

    def _accepts(self, event: Any) -> bool:
        mime = event.mimeData()
        return (self.add_button.isEnabled() and mime.hasUrls()
                and all(url.isLocalFile() for url in mime.urls()))

    # -- viewing ------------------------------------------------------------------------

    def on_view_clicked(self) -> None:
        item = self.selected()
        vault = self.vault
        if item is None or vault is None or not self.view_button.isEnabled():
            return
        self._close_viewer()
        viewer = ViewerDialog(self)
        self.viewer = viewer
        viewer.finished.connect(lambda _r: self._forget_viewer(viewer))
        viewer.open()
        viewer.save_requested.connect(lambda: self._save_from_viewer(viewer, item))
        viewer.show_details(self._details(item, self.findings.get(item.id)))
        if kind_of(item.media_type, item.filename) is None:
            viewer.name.setText(item.filename)
            viewer.show_not_shown()
            return
        if item.size > MAX_PREVIEW:
            viewer.name.setText(item.filename)
            viewer.show_error(self.tr("This file is too large to open inside Guvoh (over "
                                      "256 MB)."))
            return
        viewer.show_busy(item.filename)
        blob_id = item.id
        media_type = item.media_type

        def done(data: bytes) -> None:
            if self.viewer is viewer:
                self.view_job = None
                self._update()
                viewer.open_bytes(data if isinstance(data, bytes) else b"", media_type)

        def failed(err: BaseException) -> None:
            if self.viewer is viewer:
                self.view_job = None
                self._update()
                viewer.show_error(error_text(err))

        self.view_job = jobs.run(
            self, lambda _ctx: svc.read_attachment(vault, blob_id, MAX_PREVIEW),
            on_done=done, on_failed=failed)
        self._update()

    def _save_from_viewer(self, viewer: ViewerDialog, item: Attachment) -> None:
        if self.viewer is viewer:
            self._close_viewer()
            self.on_save_clicked(item)

    def _forget_viewer(self, viewer: ViewerDialog) -> None:
        viewer.release()
        if self.viewer is viewer:
            self.viewer = None
        viewer.deleteLater()

    def _close_viewer(self) -> None:
        self.questions.close_all()
        viewer = self.viewer
        self.viewer = None
        self.view_job = None
        if viewer is not None:
            viewer.release()
            viewer.reject()

    # -- saving a copy and removing -------------------------------------------------------

    def on_save_clicked(self, item: Attachment | None = None, *, cleaned: bool = False) -> None:
        """Warn, then ask where to save an unencrypted copy (app.ui.researcher.file_actions)."""
        item = item if isinstance(item, Attachment) else self.selected()
        if item is not None and self.vault is not None:
            file_actions.ask_to_save(self, item, cleaned=cleaned)

    def save_copy(self, item: Attachment, out: Path, *, cleaned: bool = False) -> None:
        """Write an unencrypted copy of `item` to `out` (app.ui.researcher.file_actions)."""
        file_actions.save(self, item, out, cleaned=cleaned)

    def on_remove_clicked(self) -> None:
        item = self.selected()
        if item is not None and self.vault is not None:
            file_actions.ask_to_remove(self, item)

    def remove(self, item: Attachment) -> None:
        file_actions.remove(self, item)

    # -- recording ----------------------------------------------------------------------

    def on_recording_saved(self, _attachment: object) -> None:
        self.refresh()
        self.attachments_changed.emit()

    def _stop_jobs(self) -> None:
        self.originals.cancel()
        self.queue.clear()
        if self.job is not None:
            self.job.cancel()
        self.job = None
        self.view_job = None
        if self.read_job is not None:
            self.read_job.cancel()
        self.read_job = None
        self.progress_box.hide()

