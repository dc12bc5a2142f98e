"""The submitter's guided "tell your story" flow (being built: see issue 5)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from storage.vault import Vault


class StorySection(QWidget):
    story_exported = Signal(object)  # ExportResult
    cases_changed = Signal()

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
