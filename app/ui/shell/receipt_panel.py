"""Settings' "Delete on receipt": when the cases an organisation confirmed receiving are
deleted from this computer (at once, after a day or a week, or never), and, in plain words,
what that protects against and what it does not (docs/security.md). The setting lives inside
the vault (app.services.settings.receipt_grace), so the panel shows only while it is open,
and not to coordinators, who get no receipts."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from app.services import settings as prefs
from app.services.errors import FileSystemError
from app.services.vaults import Vault
from app.ui.common.widgets import error_text, plain_label


class ReceiptPanel(QWidget):
    """One choice and what it means."""

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.when = QComboBox()
        self.when.setAccessibleName(self.tr("Delete delivered cases"))
        labels = {
            0: self.tr("At once, when the receipt arrives"),
            86_400: self.tr("One day after the receipt"),
            7 * 86_400: self.tr("Seven days after the receipt"),
            None: self.tr("Never: keep them on this computer"),
        }
        for seconds in prefs.RECEIPT_GRACE_CHOICES:
            self.when.addItem(labels[seconds], seconds)
        self.note = plain_label(self.tr(
            "When the organisation's receipt arrives, the cases it confirms are deleted from "
            "this computer with their files, so neither someone at this desk nor a copy of the "
            "disk made later can read them. Changes made after the export stay. Cases not yet "
            "delivered, and a copy of the disk made before the receipt, are not protected."))
        self.note.setAccessibleName(self.tr("What delete on receipt protects"))
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Delete on receipt status"))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Delete delivered cases"), self.when)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        self.when.activated.connect(self.on_chosen)
        self.show_vault(None)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.message.clear()
        self.setVisible(vault is not None and vault.role != "coordinator")
        if vault is None:
            return
        current = prefs.receipt_grace(vault)
        index = self.when.findData(current)
        self.when.setCurrentIndex(index if index >= 0 else 0)

    def on_chosen(self, index: int) -> None:
        if self.vault is None:
            return
        seconds = self.when.itemData(index)
        try:
            prefs.set_receipt_grace(self.vault, seconds)
        except (OSError, FileSystemError) as err:
            self.message.setText(error_text(err))
            return
        if seconds is None:
            self.message.setText(self.tr(
                "Delivered cases stay on this computer until you remove them."))
        else:
            self.message.setText(self.tr(
                "Saved. Delivered cases whose time has come are deleted the next time you "
                "unlock or import a receipt."))
