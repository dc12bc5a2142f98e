"""The Identity section: this vault's own safety code, shown large, to read to the
coordinator, with the public key line (and a Copy button) and the fingerprint behind
"Details". No cryptography words on screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.services import identity
from app.services.errors import InvalidComment, VaultError
from app.services.vaults import Vault
from app.ui.common import look
from app.ui.common.fields import Details, SafetyCodeLabel, heading, read_only_line
from app.ui.common.widgets import error_text, plain_label


class IdentitySection(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.code_label = SafetyCodeLabel()
        self.public_key = read_only_line(self.tr("Your public key"))
        self.fingerprint = read_only_line(self.tr("Your key fingerprint"))
        self.copy_button = QPushButton(self.tr("Copy public key"))
        look.with_icon(self.copy_button, "copy")
        self.copy_button.setAccessibleName(self.tr("Copy public key"))
        self.copied = plain_label()
        self.copied.setAccessibleName(self.tr("Message"))
        tech = QWidget()
        form = QFormLayout(tech)
        form.setContentsMargins(0, 0, 0, 0)
        key_row = QHBoxLayout()
        key_row.addWidget(self.public_key, 1)
        key_row.addWidget(self.copy_button)
        form.addRow(self.tr("Public key (OpenSSH)"), key_row)
        form.addRow(self.tr("Fingerprint (SHA256)"), self.fingerprint)
        form.addRow("", plain_label(self.tr(
            "Give the public key to the coordinator (it is not secret). They check it with "
            "the safety code above before accepting files from you."
        )))
        form.addRow("", self.copied)
        self.details = Details(tech)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Your identity")))
        layout.addWidget(plain_label(self.tr(
            "Everything you send is signed by you, so the organisation can tell it really "
            "comes from you and nobody changed it on the way."
        )))
        layout.addWidget(plain_label(self.tr("Your safety code:")))
        layout.addWidget(self.code_label)
        layout.addWidget(plain_label(self.tr(
            "Read these digits to the coordinator by phone or in person, so they can "
            "compare them with the code they see for you."
        )))
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.copy_button.clicked.connect(self.on_copy_clicked)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.copied.clear()
        self.details.toggle.setChecked(False)
        if vault is None:
            self.code_label.show_code("")
            self.public_key.clear()
            self.fingerprint.clear()
            return
        try:
            own = identity.identity(vault)
        except VaultError as err:
            self.copied.setText(error_text(err))
            return
        key = own.public_key
        self.code_label.show_code(key.safety_code())
        pseudonym = " ".join((vault.meta("pseudonym") or "").split())
        try:
            line = key.to_openssh_line(pseudonym)
        except InvalidComment:  # an unusable pseudonym: the line without it
            line = key.to_openssh_line()
        self.public_key.setText(line)
        self.public_key.setCursorPosition(0)
        self.fingerprint.setText(key.fingerprint())

    def on_copy_clicked(self) -> None:
        text = self.public_key.text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.copied.setText(self.tr("The public key was copied."))
