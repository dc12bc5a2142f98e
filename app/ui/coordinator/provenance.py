"""The provenance of a case, for coordinators: which bundle it came in, who signed it,
when it was created and imported, the hashes of each attachment and whether a receipt was
made; one button copies the verification summary for pasting into a report or a message.

Plain words on screen ("Sent by R-07, signed with their key (checked)"); the fingerprint,
bundle id and hashes sit behind a "Details" expander in a selectable monospace font.
Everything comes from app.services.provenance (case_provenance, verification_summary); the
panel only shows it. Attachments are listed by name and hash only: nothing here opens them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.services import inbox
from app.services.errors import VaultError
from app.services.provenance import (
    BundleProvenance,
    CaseProvenance,
    case_provenance,
    verification_summary,
)
from app.services.vaults import Vault
from app.ui.common.fields import Details, heading
from app.ui.common.widgets import error_text, local_time, plain_label
from app.ui.coordinator.receipts import ReceiptDialog


def monospace_label(text: str, accessible: str) -> QLabel:
    """Technical text (fingerprints, hashes): plain, monospace, selectable for copying."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setAccessibleName(accessible)
    return label


class BundleBlock(QFrame):
    """One bundle a case travelled in: plain sentences, and the technical details. For a
    received bundle, a button asks for a receipt (`receipt_requested`, the bundle id)."""

    receipt_requested = Signal(str)

    def __init__(self, travelled: BundleProvenance) -> None:
        super().__init__()
        self.bundle_id = str(travelled.bundle.bundle_id)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        b = travelled.bundle
        if b.direction == "in":
            who = fill(self.tr("Sent by %1, signed with their key (checked)."),
                       b.signer_name or self.tr("an unnamed sender"))
            when = fill(self.tr("Created %1, imported %2."), local_time(b.created_at),
                        local_time(b.imported_at))
            receipt = (fill(self.tr("Receipt: created on %1."), local_time(b.receipt.at))
                       if b.receipt.created else self.tr("Receipt: not yet."))
        else:
            who = self.tr("Sent from this vault, signed by you.")
            when = fill(self.tr("Created %1."), local_time(b.created_at))
            receipt = (fill(self.tr("Receipt: received on %1."), local_time(b.receipt.at))
                       if b.receipt.created else self.tr("Receipt: not yet."))
        self.who = plain_label(who)
        self.who.setAccessibleName(self.tr("Who sent it"))
        self.when = plain_label(when)
        self.when.setAccessibleName(self.tr("When"))
        self.files = plain_label(
            self.tr("%n attached files from this bundle, each checked against the signed "
                    "bundle. They are never opened automatically.", "",
                    len(travelled.attachments))
            if travelled.attachments else self.tr("No attached files came with this case."))
        self.files.setAccessibleName(self.tr("Attached files"))
        self.receipt = plain_label(receipt)
        self.receipt.setAccessibleName(self.tr("Receipt"))

        lines = [
            fill(self.tr("Bundle: %1"), b.bundle_id),
            fill(self.tr("Signer key fingerprint: %1"), b.signer_fingerprint),
            fill(self.tr("Bundle file SHA-256: %1"), b.file_sha256),
            fill(self.tr("Created (UTC): %1"), b.created_at),
        ]
        if b.imported_at is not None:
            lines.append(fill(self.tr("Imported (UTC): %1"), b.imported_at))
        lines.append(fill(self.tr("Case revision carried: %1"), travelled.revision))
        for a in travelled.attachments:
            lines.append(fill(self.tr("Attachment %1 (%2): %3 bytes, SHA-256 %4"), a.blob_id,
                              a.filename or self.tr("no longer in the vault"), a.size,
                              a.sha256))
        self.technical = monospace_label("\n".join(lines), self.tr("Technical details"))
        self.details = Details(self.technical)

        self.receipt_button = QPushButton(self.tr("Create a receipt..."))
        self.receipt_button.setAccessibleName(self.tr("Create a receipt"))
        self.receipt_button.setAutoDefault(False)
        self.receipt_button.setVisible(b.direction == "in")
        self.receipt_button.clicked.connect(
            lambda: self.receipt_requested.emit(self.bundle_id))

        receipt_row = QHBoxLayout()
        receipt_row.addWidget(self.receipt, 1)
        receipt_row.addWidget(self.receipt_button)
        layout = QVBoxLayout(self)
        for widget in (self.who, self.when, self.files):
            layout.addWidget(widget)
        layout.addLayout(receipt_row)
        layout.addWidget(self.details)


class ProvenancePanel(QWidget):
    """Where the chosen case came from. `show_vault`, then `set_case`."""

    summary_copied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.case_id: str | None = None
        self.provenance: CaseProvenance | None = None
        self.blocks: list[BundleBlock] = []
        self.receipt_dialog: QDialog | None = None

        self.title = heading(self.tr("Where this case came from"))
        self.intro = plain_label()
        self.intro.setAccessibleName(self.tr("Provenance"))
        self.copy_button = QPushButton(self.tr("Copy verification summary"))
        self.copy_button.setAccessibleName(self.tr("Copy verification summary"))
        self.copy_button.setToolTip(self.tr(
            "Copies the bundle, sender, times and file hashes as text. It names no person "
            "and quotes no testimony."))
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))

        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list_widget)
        scroll.setAccessibleName(self.tr("Bundles this case came in"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.set_case(None)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.set_case(None)

    def _clear(self) -> None:
        for block in self.blocks:
            self.list_layout.removeWidget(block)
            block.deleteLater()
        self.blocks = []

    def set_case(self, case_id: str | None) -> None:
        self._clear()
        self.case_id = case_id
        self.provenance = None
        self.message.clear()
        if self.vault is None or case_id is None:
            self.intro.setText(self.tr("Choose a case to see where it came from."))
            self.copy_button.setEnabled(False)
            return
        try:
            prov = case_provenance(self.vault, case_id)
        except VaultError as err:
            self.intro.setText("")
            self.message.setText(error_text(err))
            self.copy_button.setEnabled(False)
            return
        self.provenance = prov
        self.copy_button.setEnabled(True)
        if any(t.bundle.direction == "in" for t in prov.bundles):
            inbox.mark_cases_read(self.vault, [case_id])  # looked at: no longer new
        if not prov.bundles:
            self.intro.setText(self.tr(
                "This case was made in this vault. It did not come in a bundle, so there "
                "is no sender to check."))
            return
        self.intro.setText(self.tr("This case came in %n bundles, oldest first.", "",
                                   len(prov.bundles)))
        for travelled in prov.bundles:
            block = BundleBlock(travelled)
            block.receipt_requested.connect(self.on_receipt_requested)
            self.blocks.append(block)
            self.list_layout.insertWidget(self.list_layout.count() - 1, block)

    def on_receipt_requested(self, bundle_id: str) -> None:
        if self.vault is None:
            return
        dialog = ReceiptDialog(self.vault, [bundle_id], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.receipts_created.connect(self.on_receipts_created)
        self.receipt_dialog = dialog
        dialog.open()

    def on_receipts_created(self, _paths: list[object]) -> None:
        self.set_case(self.case_id)  # the receipt status changed

    def summary_text(self) -> str:
        return verification_summary(self.provenance) if self.provenance is not None else ""

    def on_copy_clicked(self) -> None:
        if self.provenance is None:
            return
        QGuiApplication.clipboard().setText(self.summary_text())
        self.message.setText(self.tr(
            "The verification summary is copied. It names no person and quotes no "
            "testimony."))
        self.summary_copied.emit()
