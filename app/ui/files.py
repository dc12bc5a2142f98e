"""The Files tab of the case editor (being built: see issue 5)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from storage.vault import Vault


class FilesTab(QWidget):
    attachments_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.case_id: str | None = None

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.case_id = None

    def set_case(self, case_id: str | None) -> None:
        self.case_id = case_id
