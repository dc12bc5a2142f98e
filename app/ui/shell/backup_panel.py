"""Settings' "Back up the vault": pick a folder (a drive kept apart from the laptop), then a
consistent, encrypted copy is written there on a worker, with progress and a Cancel that
leaves nothing half-written (app.services.backup)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.services import backup as backup_service
from app.services.backup import BackupResult
from app.services.vaults import Vault
from app.ui.common import jobs, look
from app.ui.common.sizes import human_size
from app.ui.common.widgets import error_text, open_file_dialog, plain_label


class BackupPanel(QWidget):
    """The button, the progress bar with its Cancel, and one line saying how it went."""

    backed_up = Signal(object)  # BackupResult
    backup_failed = Signal(object)  # the exception

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.job: jobs.Job[BackupResult] | None = None
        self.total = 0
        self.start_button = QPushButton(self.tr("Back up the vault..."))
        look.with_icon(self.start_button, "archive")
        self.start_button.setAccessibleName(self.tr("Back up the vault"))
        self.start_button.setAutoDefault(False)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Backup progress"))
        self.bar.setRange(0, 1000)
        self.cancel_button = QPushButton(self.tr("Cancel backup"))
        self.cancel_button.setAccessibleName(self.tr("Cancel backup"))
        self.cancel_button.setAutoDefault(False)
        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Backup status"))
        note = plain_label(self.tr(
            "A backup is a copy of the whole vault, encrypted as the vault is, taken safely "
            "while you work. Keep it on a drive apart from this computer. On another "
            "computer it opens with your recovery code."))
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.start_button.clicked.connect(self.on_start_clicked)
        self.cancel_button.clicked.connect(self.cancel)
        self._show_running(False)
        self.show_vault(None)

    def show_vault(self, vault: Vault | None) -> None:
        """The vault to back up; None (locked) cancels a backup under way."""
        if vault is None and self.job is not None:
            jobs.cancel_and_wait(self)
            self.job = None
            self._show_running(False)
        self.vault = vault
        self.start_button.setEnabled(vault is not None and self.job is None)
        if vault is None:
            self.status.clear()

    def running(self) -> bool:
        return self.job is not None

    def on_start_clicked(self) -> None:
        open_file_dialog(self, self.tr("Choose where to keep the backup"), str(Path.home()),
                         self.on_folder_chosen, mode=QFileDialog.FileMode.Directory)

    def on_folder_chosen(self, chosen: list[str]) -> None:
        if chosen:
            self.start(backup_service.folder_in(Path(chosen[0])))

    def start(self, target: Path) -> None:
        """Write the backup to `target` (new, or an empty folder)."""
        vault = self.vault
        if vault is None or self.job is not None:
            return
        self.total = backup_service.estimate_size(vault)
        self.bar.setValue(0)
        self.status.setText(fill(self.tr("Backing up to %1..."), str(target)))
        self._show_running(True)

        def work(ctx: jobs.JobContext) -> BackupResult:
            return backup_service.backup_vault(vault, target, progress=ctx.steps,
                                               cancel=ctx.cancel)

        self.job = jobs.run(self, work, on_done=self.on_finished, on_failed=self.on_failed,
                            on_progress=self.on_progress)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping..."))

    def on_progress(self, payload: object) -> None:
        if isinstance(payload, jobs.Steps) and payload.total > 0:
            self.bar.setValue(min(1000, payload.done * 1000 // payload.total))

    def on_finished(self, result: BackupResult) -> None:
        self.job = None
        self._show_running(False)
        self.status.setText(fill(
            self.tr("Backed up to %1: %2, %3. Keep it apart from this computer."),
            str(result.path), self.tr("%n cases", "", result.cases),
            human_size(result.bytes_written)))
        self.backed_up.emit(result)

    def on_failed(self, err: BaseException) -> None:
        self.job = None
        self._show_running(False)
        self.status.setText(error_text(err))
        self.backup_failed.emit(err)

    def _show_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.start_button.setEnabled(not running and self.vault is not None)
