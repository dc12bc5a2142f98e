"""Settings' "Protected by default": whether a new person's real name, contact and where they
live start protected (masked on screen, left out of a redacted export), in the editor and in
a case file whose person has no `protected` list. The setting lives inside the vault
(app.services.settings.protect_by_default), so the panel shows only while it is open, and
not to a submitter, whose own story says what is protected."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QVBoxLayout, QWidget

from app.services import settings as prefs
from app.services.errors import FileSystemError
from app.services.vaults import Vault
from app.ui.common.widgets import error_text, plain_label


class ProtectPanel(QWidget):
    """One box and what it means."""

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.box = QCheckBox(self.tr(
            "Protect a new person's real name, contact and where they live"))
        self.box.setAccessibleName(self.tr("Protected by default"))
        self.note = plain_label(self.tr(
            "Protected details are hidden on screen until you press Show, never appear in "
            "search results, and are left out of a redacted export. This applies to people "
            "you add and to case files that do not say what is protected; people already in "
            "your cases keep what they have."))
        self.note.setAccessibleName(self.tr("What protected by default does"))
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Protected by default status"))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Protected by default"), self.box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        self.box.clicked.connect(self.on_clicked)
        self.show_vault(None)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.message.clear()
        # A person telling their own story chooses what is protected in it (protected_by_wish).
        self.setVisible(vault is not None and vault.role != "submitter")
        if vault is not None:
            self.box.setChecked(prefs.protect_by_default(vault))

    def on_clicked(self, checked: bool) -> None:
        if self.vault is None:
            return
        try:
            prefs.set_protect_by_default(self.vault, checked)
        except (OSError, FileSystemError) as err:
            self.message.setText(error_text(err))
            self.box.setChecked(not checked)
            return
        self.message.setText(self.tr(
            "Saved. New people start with these details protected.") if checked else self.tr(
            "Saved. New people start with nothing protected: tick each detail yourself."))
