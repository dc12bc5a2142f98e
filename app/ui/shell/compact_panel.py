"""Settings' "Compact the vault": the database rebuilt without its emptied pages, on a
worker (app.services.compaction), with a busy bar and one line saying how it went. It cannot
be stopped half-way (SQLite rolls back a failed VACUUM by itself), so there is no Cancel;
locking waits for it to end."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.domain.text import fill
from app.services import compaction
from app.services.compaction import CompactResult
from app.services.vaults import Vault
from app.ui.common import jobs
from app.ui.common.sizes import human_size
from app.ui.common.widgets import error_text, plain_label


class CompactPanel(QWidget):
    """The button, a busy bar while it runs, and the result or the error in one line."""

    compacted = Signal(object)  # CompactResult
    compact_failed = Signal(object)  # the exception

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.job: jobs.Job[CompactResult] | None = None
        self.start_button = QPushButton(self.tr("Compact the vault"))
        self.start_button.setAccessibleName(self.tr("Compact the vault"))
        self.start_button.setAutoDefault(False)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Compacting"))
        self.bar.setRange(0, 0)  # busy: SQLite does not say how far it is
        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Compaction status"))
        note = plain_label(self.tr(
            "Deleted and purged cases are overwritten at once. Compacting also removes the "
            "emptied space, so the vault's size no longer shows how much it once held. "
            "It can take a while on a large vault."))
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.bar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.start_button.clicked.connect(self.start)
        self._show_running(False)
        self.show_vault(None)

    def show_vault(self, vault: Vault | None) -> None:
        """The vault to compact; None (locked) waits for a compaction under way to end."""
        if vault is None and self.job is not None:
            jobs.cancel_and_wait(self, timeout=600.0)
            self.job = None
            self._show_running(False)
        self.vault = vault
        self.start_button.setEnabled(vault is not None and self.job is None)
        if vault is None:
            self.status.clear()

    def running(self) -> bool:
        return self.job is not None

    def start(self) -> None:
        vault = self.vault
        if vault is None or self.job is not None:
            return
        self.status.setText(self.tr("Compacting the vault..."))
        self._show_running(True)
        self.job = jobs.run(self, lambda _ctx: compaction.compact(vault),
                            on_done=self.on_finished, on_failed=self.on_failed)

    def on_finished(self, result: CompactResult) -> None:
        self.job = None
        self._show_running(False)
        self.status.setText(fill(self.tr("Compacted: %1 before, %2 now."),
                                 human_size(result.bytes_before), human_size(result.bytes_after)))
        self.compacted.emit(result)

    def on_failed(self, err: BaseException) -> None:
        self.job = None
        self._show_running(False)
        self.status.setText(error_text(err))
        self.compact_failed.emit(err)

    def _show_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.start_button.setEnabled(not running and self.vault is not None)
