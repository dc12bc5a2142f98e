"""Organisations and identity sections (being built: see issue 5)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from storage.vault import Vault


class OrganisationsSection(QWidget):
    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault


class IdentitySection(QWidget):
    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
