"""Export, receipts and purge dialogs (being built: see issue 5)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from storage.vault import Vault


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(self, vault: Vault, case_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_ids = case_ids
