"""The case editor (being built: see issue 5). Interface used by the main window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.files import FilesTab
from storage.vault import Vault


class CaseEditor(QWidget):
    case_saved = Signal(str)  # case id
    closed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.case_id: str | None = None
        self.files = FilesTab()
        QVBoxLayout(self).addWidget(self.files)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.case_id = None
        self.files.show_vault(vault)

    def open_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        self.files.set_case(case_id)
