"""Photos, documents or a recording that go with the story: the case's attachments (the
researcher's table, app.ui.researcher.attachments), adding files with progress and Cancel,
removing one after a question, and the researcher's recorder (app.ui.researcher.recorder),
which saves into the vault as it records. Texts keep the story's context ("StorySection")."""

from __future__ import annotations

import contextlib
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.services import attachment_metadata as meta
from app.services import cases as case_service
from app.services.cases import Attachment
from app.services.errors import Cancelled
from app.services.vaults import Vault
from app.ui.common import jobs
from app.ui.common.questions import OpenDialogs
from app.ui.common.widgets import error_text, plain_label
from app.ui.researcher.attachments import FileColumn, attachments_model, finding_lines
from app.ui.researcher.original import OriginalOffer
from app.ui.researcher.recorder import RecorderPanel
from app.ui.submitter.step import Step

# lupdate reads translate("StorySection", "...") calls; a wrapper of it would hide them.
translate = QCoreApplication.translate



class FilesStep(Step):
    """The files that go with the story (optional)."""

    files_changed = Signal()
    # True while the person records: the window should not lock for lack of activity.
    recording_changed = Signal(bool)

    def __init__(self, capture_factory: Any = None) -> None:
        super().__init__(
            "files", translate("StorySection", "Photos, documents or a recording"),
            translate("StorySection",
                      "If you have a photo or a document about what happened, or would rather "
                      "tell it aloud, add it here. It is encrypted into your vault and goes "
                      "with your story. You may skip this step."), scroll=True)
        self.vault: Vault | None = None
        self.case_id: str | None = None
        self.job: jobs.Job[Attachment] | None = None
        self.queue: list[Path] = []
        self.problems: list[str] = []
        self.questions = OpenDialogs(self)

        self.model = attachments_model(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("StorySection", "Files with your story"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            FileColumn.FILENAME, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(180)
        self.add_button = QPushButton(translate("StorySection", "Add a photo or document..."))
        self.add_button.setAccessibleName(
            translate("StorySection", "Add a photo or document to your story"))
        self.remove_button = QPushButton(translate("StorySection", "Remove"))
        self.remove_button.setAccessibleName(
            translate("StorySection", "Remove the chosen file from your story"))
        self.notice = plain_label()
        self.notice.setAccessibleName(translate("StorySection", "Files message"))
        # What the chosen file reveals (read at intake in the limited child), in the words
        # of the researcher's Files tab: the last step's box removes it from the file sent.
        self.details = plain_label()
        self.details.setAccessibleName(QCoreApplication.translate(
            "FilesTab", "Hidden details of the selected file"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("StorySection", "Progress of adding the file"))
        self.cancel_button = QPushButton(translate("StorySection", "Cancel"))
        self.cancel_button.setAccessibleName(translate("StorySection", "Cancel adding the file"))
        self.progress_box = QWidget()
        progress_row = QHBoxLayout(self.progress_box)
        progress_row.setContentsMargins(0, 0, 0, 0)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)

        self.recorder = RecorderPanel(capture_factory)
        record_box = QGroupBox(translate("StorySection", "Tell it aloud"))
        record_box.setAccessibleName(translate("StorySection", "Tell it aloud"))
        QVBoxLayout(record_box).addWidget(self.recorder)

        self.body.addWidget(self.table)
        self.body.addLayout(buttons)
        self.body.addWidget(self.progress_box)
        self.body.addWidget(self.details)
        self.body.addWidget(self.notice)
        self.body.addWidget(record_box)
        self.body.addStretch(1)

        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.recorder.recording_started.connect(self._update)
        self.recorder.recording_ended.connect(self._update)
        self.recorder.recording_started.connect(lambda: self.recording_changed.emit(True))
        self.recorder.recording_ended.connect(lambda: self.recording_changed.emit(False))
        self.recorder.recording_saved.connect(lambda _a: self._changed())
        self.originals = OriginalOffer(self)  # the question about the original left behind
        self.originals.said.connect(self.notice.setText)
        self._update()

    # -- what the story uses -------------------------------------------------------------

    def set_target(self, vault: Vault | None, case_id: str | None) -> None:
        """The vault and case the files belong to (None: locked, or no case yet). A
        recording under way is saved first; adding is cancelled."""
        if vault is not self.vault or case_id != self.case_id:
            self.recorder.set_target(vault, case_id)  # saves a recording under way
            self.queue.clear()
            if self.job is not None:
                self.job.cancel()
            self.job = None
            jobs.invalidate(self)
            self.originals.cancel()
            self.questions.close_all()
            self.progress_box.hide()
            self.notice.clear()
        self.vault = vault
        self.case_id = case_id
        self.refresh()

    def attachments(self) -> list[Attachment]:
        return list(self.model.rows)

    def refresh(self) -> None:
        rows: list[Attachment] = []
        if self.vault is not None and self.case_id is not None:
            try:
                rows = case_service.list_attachments(self.vault, self.case_id)
            except Exception as err:  # noqa: BLE001 - shown as one sentence
                self.notice.setText(error_text(err))
        self.model.set_rows(rows)
        self._update()

    def selected(self) -> Attachment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def ready(self) -> bool:
        return self.job is None and not self.recorder.is_recording

    def _update(self) -> None:
        free = (self.vault is not None and self.case_id is not None and self.job is None
                and not self.recorder.is_recording)
        self.add_button.setEnabled(free)
        item = self.selected()
        self.remove_button.setEnabled(free and item is not None)
        self.details.setText("\n".join(self._details(item)) if item is not None else "")
        self.recorder.set_blocked(self.job is not None)
        self.changed.emit()

    def _details(self, item: Attachment) -> list[str]:
        """What the file reveals, as stored at intake; nothing for a file with no reading
        (a recording made here: no file is read on this thread)."""
        found = meta.FileFindings(item.id, meta.PENDING)
        if self.vault is not None:
            with contextlib.suppress(Exception):  # a courtesy line; the file itself is safe
                found = meta.findings(self.vault, item.id, read_if_missing=False)
        return [] if found.status == meta.PENDING else finding_lines(item.media_type, found)

    def _changed(self) -> None:
        self.refresh()
        self.files_changed.emit()

    # -- adding ----------------------------------------------------------------------------

    def on_add_clicked(self) -> None:
        dialog = QFileDialog(
            self, translate("StorySection", "Add a photo or document to your story"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.filesSelected.connect(lambda names: self.add_paths([Path(n) for n in names]))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.questions.track(dialog)
        dialog.open()

    def add_paths(self, paths: list[Path]) -> None:
        """Encrypt these files into the story's case, one after another, with progress."""
        if (not paths or self.vault is None or self.case_id is None
                or self.recorder.is_recording):
            return
        self.queue.extend(paths)
        if self.job is None:
            self.problems = []
            self.notice.clear()
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
        self.progress_box.show()

        def work(ctx: jobs.JobContext) -> Attachment:
            return case_service.attach_file(vault, case_id, path, progress=ctx.steps,
                                            cancel=ctx.cancel)

        self.job = jobs.run(self, work, on_done=partial(self._on_attached, path=path),
                            on_failed=self._on_failed, on_progress=self._on_progress)
        self._update()

    def _on_progress(self, payload: object) -> None:
        if isinstance(payload, jobs.Steps) and payload.total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, payload.done * 1000 // payload.total))

    def _on_attached(self, result: Attachment, path: Path | None = None) -> None:
        if path is not None:  # a file from outside: offer to remove its original
            self.originals.offer(path, result)
        self._changed()
        self._next()

    def _on_failed(self, err: BaseException) -> None:
        if isinstance(err, Cancelled):
            self.queue.clear()
        self.problems.append(error_text(err))
        self._next()

    def on_cancel_clicked(self) -> None:
        self.queue.clear()
        if self.job is not None:
            self.job.cancel()

    # -- removing --------------------------------------------------------------------------

    def on_remove_clicked(self) -> None:
        item = self.selected()
        if item is None or not self.remove_button.isEnabled():
            return
        self.questions.ask(
            fill(translate("StorySection", "Remove %1 from your story?"), item.filename),
            translate("StorySection", "The file is deleted from your vault for good."),
            translate("StorySection", "Remove the file"),
            QMessageBox.ButtonRole.DestructiveRole,
            lambda: self.remove(item),
            icon=QMessageBox.Icon.Question,
        )

    def remove(self, item: Attachment) -> bool:
        if self.vault is None:
            return False
        try:
            case_service.delete_attachment(self.vault, item.id)
        except Exception as err:  # noqa: BLE001 - shown as one sentence
            self.notice.setText(error_text(err))
            return False
        self.notice.setText(translate("StorySection", "The file was removed."))
        self._changed()
        return True
