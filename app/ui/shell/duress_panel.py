"""Settings' "Duress passphrase" (DESIGN.md 2b, docs/security.md): set, replace or remove a
second passphrase that opens a decoy, and open the decoy to fill it with ordinary cases and
files so that it looks used. What it defeats (the person at the desk who makes you unlock)
and what it does not (a copy of the disk made before; two copies compared) is said next to
the switch, in plain words.

Setting it costs one Argon2id call, so it runs on a worker. A vault made before duress
passphrases existed needs its recovery code once (RecoverySlotUnknown): the panel then shows
a field for it and asks again. The decoy is opened by the window (`decoy_requested`): the
real vault closes and the decoy takes its place until the next lock.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import duress as duress_service
from app.services.vaults import Vault
from app.ui.common import jobs
from app.ui.common.widgets import error_text, password_field, plain_label


class DuressPanel(QWidget):
    """The duress passphrase of the open vault: its state, set or replace, fill, remove."""

    decoy_requested = Signal()  # open the decoy to fill it: the window swaps the vaults

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.note = plain_label(self.tr(
            "A second passphrase for when someone makes you unlock. Typed at the lock screen, "
            "it opens a decoy that looks like this vault, and from then on your passphrase and "
            "your recovery code open nothing, on this computer or from a copy of the disk made "
            "later. It does not protect you from a copy of the disk made before you typed it, "
            "or from two copies compared. Fill the decoy with ordinary cases first, so that it "
            "looks used."))
        self.note.setAccessibleName(self.tr("What the duress passphrase protects"))
        self.state = plain_label()
        self.state.setAccessibleName(self.tr("Duress passphrase status"))
        self.passphrase = password_field(self.tr("Duress passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Duress passphrase"))
        self.repeat = password_field(self.tr("Repeat the duress passphrase"))
        self.repeat.setPlaceholderText(self.tr("Repeat it"))
        self.recovery = QLineEdit()
        self.recovery.setAccessibleName(self.tr("Recovery code"))
        self.recovery.setPlaceholderText(self.tr("Your recovery code, needed once"))
        self.recovery.setVisible(False)
        self.set_button = QPushButton(self.tr("Set the duress passphrase"))
        self.fill_button = QPushButton(self.tr("Open the decoy to fill it"))
        self.fill_button.setToolTip(self.tr(
            "Your vault locks and the decoy opens in its place; add cases and files as usual, "
            "then lock. Your passphrase opens your vault again."))
        self.remove_button = QPushButton(self.tr("Remove..."))
        self.remove_button.setAccessibleName(self.tr("Remove the duress passphrase"))
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Duress passphrase message"))
        fields = QHBoxLayout()
        fields.addWidget(self.passphrase, 1)
        fields.addWidget(self.repeat, 1)
        fields.addWidget(self.set_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fill_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(self.tr("Duress passphrase")))
        layout.addWidget(self.note)
        layout.addWidget(self.state)
        layout.addLayout(fields)
        layout.addWidget(self.recovery)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.set_button.clicked.connect(self.on_set_clicked)
        self.repeat.returnPressed.connect(self.on_set_clicked)
        self.fill_button.clicked.connect(self.decoy_requested)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.show_vault(None)

    def show_vault(self, vault: Vault | None) -> None:
        """Shown on a researcher's or a submitter's vault; hidden on the decoy opened to fill
        it (it has no decoy of its own) and on the organisation's desk."""
        self.vault = vault
        self.message.clear()
        self._clear_fields()
        self.recovery.setVisible(False)
        shown = (vault is not None and vault.role != "coordinator"
                 and not duress_service.is_decoy(vault))
        self.setVisible(shown)
        if shown:
            self._show_state()

    def _clear_fields(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.recovery.clear()

    def _show_state(self) -> None:
        vault = self.vault
        if vault is None or duress_service.is_decoy(vault):
            return
        try:
            state = duress_service.status(vault)
        except Exception as err:  # noqa: BLE001 - a typed error, said in one sentence
            self.state.setText(error_text(err))
            return
        if state.active:
            text = self.tr("A duress passphrase is set and opens the decoy.")
        elif state.decoy_exists:
            text = self.tr(
                "A decoy exists, but no duress passphrase opens it: changing your passphrase "
                "ended it. Set it again.")
        else:
            text = self.tr("No duress passphrase is set.")
        self.state.setText(text)
        self.set_button.setText(self.tr("Replace the duress passphrase") if state.active
                                else self.tr("Set the duress passphrase"))
        self.fill_button.setEnabled(state.decoy_exists)
        self.remove_button.setEnabled(state.decoy_exists)

    def on_set_clicked(self) -> None:
        vault = self.vault
        if vault is None or not self.set_button.isEnabled():
            return
        secret, again = self.passphrase.text(), self.repeat.text()
        code = self.recovery.text().strip() or None
        if not secret:
            self.message.setText(self.tr("Type the duress passphrase twice."))
            self.passphrase.setFocus()
            return
        if secret != again:
            self.message.setText(self.tr("The two duress passphrases are not the same."))
            self.repeat.setFocus()
            return
        if self.recovery.isVisible() and code is None:
            self.message.setText(self.tr("Type your recovery code too."))
            self.recovery.setFocus()
            return
        self.set_button.setEnabled(False)
        self.message.setText(self.tr("Setting the duress passphrase..."))
        jobs.run(self, lambda _ctx: duress_service.set_passphrase(vault, secret, code),
                 on_done=self.on_set, on_failed=self.on_failed)

    def on_set(self, _result: object) -> None:
        self.set_button.setEnabled(True)
        self._clear_fields()
        self.recovery.setVisible(False)
        self._show_state()
        self.message.setText(self.tr(
            "The duress passphrase is set. Now open the decoy and add a few ordinary cases, so "
            "that it looks used."))

    def on_failed(self, err: BaseException) -> None:
        self.set_button.setEnabled(True)
        if isinstance(err, duress_service.RecoverySlotUnknown):
            self.recovery.setVisible(True)
            self.recovery.setFocus()
        self.message.setText(error_text(err))

    def on_remove_clicked(self) -> None:
        vault = self.vault
        if vault is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove the duress passphrase"),
                          self.tr("The duress passphrase will open nothing, and the decoy "
                                  "with its cases and files is destroyed. Go on?"),
                          QMessageBox.StandardButton.NoButton, self)
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is not remove:
            return
        try:
            duress_service.remove(vault)
        except Exception as err:  # noqa: BLE001 - a typed error, said in one sentence
            self.message.setText(error_text(err))
            return
        self._show_state()
        self.message.setText(self.tr(
            "The duress passphrase no longer opens anything, and the decoy was destroyed."))
