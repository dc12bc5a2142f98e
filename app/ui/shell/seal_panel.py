"""Sealed for travel in the app (DESIGN.md 2b, docs/seal.md): Settings' "Seal for travel"
(SealPanel: choose the organisation, type the passphrase, save the travel request; the app
locks) and, on the unlock screen of a sealed vault, "Unseal" (UnsealBox: paste the release
token or open its file). What it protects and what it does not is said in plain words, as in
docs/security.md."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.services import organisations
from app.services import seal as seal_service
from app.services.vaults import Vault
from app.ui.common import jobs
from app.ui.common.widgets import (
    error_text,
    local_time,
    open_file_dialog,
    password_field,
    plain_label,
)


class SealPanel(QWidget):
    """Settings: seal the open vault for a crossing."""

    sealed = Signal()  # the vault is sealed and closed: the window locks

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.note = plain_label(self.tr(
            "Seal the vault before a border. Sealed, it opens with neither your passphrase nor "
            "your recovery code, here or from a copy of the disk, until your organisation calls "
            "you and sends a release token. A copy made before sealing is not protected."))
        self.note.setAccessibleName(self.tr("What sealing protects"))
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Organisation that releases the vault"))
        self.passphrase = password_field(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Your passphrase, to seal"))
        self.button = QPushButton(self.tr("Seal for travel..."))
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Sealing status"))
        row = QHBoxLayout()
        row.addWidget(self.organisation, 1)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(self.tr("Seal for travel")))
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.button.clicked.connect(self.on_seal_clicked)
        self.show_vault(None)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.message.clear()
        self.passphrase.clear()
        self.organisation.clear()
        if vault is None or vault.role == "coordinator":
            self.setVisible(False)
            return
        for org in organisations.organisations(vault):
            self.organisation.addItem(org.name, org.fingerprint)
        self.setVisible(self.organisation.count() > 0)

    def on_seal_clicked(self) -> None:
        if self.vault is None:
            return
        if not self.passphrase.text():
            self.message.setText(self.tr("Type your passphrase to seal the vault."))
            return
        name = f"travel-request-{self.organisation.currentText()}.req".replace("/", "-")
        open_file_dialog(self, self.tr("Save the travel request"), str(Path.home() / name),
                         self.on_request_chosen, mode=QFileDialog.FileMode.AnyFile, save=True)

    def on_request_chosen(self, paths: list[str]) -> None:
        vault, secret = self.vault, self.passphrase.text()
        org = str(self.organisation.currentData())
        if vault is None or not paths:
            return
        out = Path(paths[0])
        self.button.setEnabled(False)
        self.message.setText(self.tr("Sealing..."))
        jobs.run(self, lambda _ctx: seal_service.seal(vault, secret, org, out),
                 on_done=self.on_sealed, on_failed=self.on_failed)

    def on_sealed(self, done: seal_service.Sealed) -> None:
        self.button.setEnabled(True)
        self.passphrase.clear()
        self.sealed.emit()

    def on_failed(self, err: BaseException) -> None:
        self.button.setEnabled(True)
        self.message.setText(error_text(err))


class UnsealBox(QWidget):
    """On the unlock screen of a sealed vault: the release token, pasted or from a file."""

    unsealed = Signal()  # the vault opens again: the page unlocks with the typed passphrase

    def __init__(self, vault_dir: Path, passphrase: Callable[[], str]) -> None:
        super().__init__()
        self.vault_dir = vault_dir
        self.passphrase = passphrase  # the unlock page's field
        self.token = QPlainTextEdit()
        self.token.setAccessibleName(self.tr("Release token"))
        self.token.setPlaceholderText(self.tr("Paste the release token here"))
        self.token.setMaximumHeight(self.token.fontMetrics().lineSpacing() * 6)
        self.open_button = QPushButton(self.tr("Open token file..."))
        self.unseal_button = QPushButton(self.tr("Unseal"))
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Unseal status"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unseal_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(self.tr(
            "Your organisation sends the release token after they have spoken with you. "
            "Paste it or open its file, then choose Unseal; your passphrase stays in the "
            "field above.")))
        layout.addWidget(self.token)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.unseal_button.clicked.connect(self.on_unseal_clicked)
        self.setVisible(False)

    def show_if_sealed(self, message: QLabel) -> None:
        """When the lock screen shows: a sealed vault says so at once, with this box."""
        sealed = seal_service.is_sealed(self.vault_dir)
        self.setVisible(sealed)
        if sealed:
            message.setText(error_text(seal_service.VaultSealed()))

    def on_open_clicked(self) -> None:
        open_file_dialog(self, self.tr("Open the release token"), str(Path.home()),
                         self.on_token_chosen)

    def on_token_chosen(self, paths: list[str]) -> None:
        if not paths:
            return
        try:
            data = seal_service.read_token(Path(paths[0]))
            self.token.setPlainText(data.decode("ascii"))
        except (OSError, UnicodeDecodeError):
            self.message.setText(self.tr("This file is not a release token."))
        except Exception as err:  # noqa: BLE001 - a typed error, said in one sentence
            self.message.setText(error_text(err))

    def on_unseal_clicked(self) -> None:
        text, secret, path = self.token.toPlainText(), self.passphrase(), self.vault_dir
        if not text.strip():
            self.message.setText(self.tr("Paste the release token first."))
            return
        self.unseal_button.setEnabled(False)
        self.message.setText(self.tr("Unsealing..."))
        jobs.run(self, lambda _ctx: seal_service.unseal(path, secret, text),
                 on_done=self.on_unsealed, on_failed=self.on_failed)

    def on_unsealed(self, _seal_id: str) -> None:
        self.unseal_button.setEnabled(True)
        self.token.clear()
        self.message.clear()
        self.setVisible(False)
        self.unsealed.emit()

    def on_failed(self, err: BaseException) -> None:
        self.unseal_button.setEnabled(True)
        self.message.setText(error_text(err))


class ReleasePanel(QWidget):
    """Settings, on the organisation's vault: a researcher's travel request, checked, and
    the release token written after a check-in by voice."""

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.request: Path | None = None
        self.note = plain_label(self.tr(
            "A researcher who sealed their vault for travel sent you a travel request. After "
            "the crossing, call them by voice: check that they are safe and free to talk, and "
            "that the safety code they read from their Identity page is the one shown here. "
            "Only then write the release token and send it to them."))
        self.note.setAccessibleName(self.tr("How to release a sealed vault"))
        self.open_button = QPushButton(self.tr("Open travel request..."))
        self.release_button = QPushButton(self.tr("Write release token..."))
        self.release_button.setEnabled(False)
        self.found = plain_label()
        self.found.setAccessibleName(self.tr("Travel request"))
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Release status"))
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.release_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(self.tr("Release a sealed vault")))
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.found)
        layout.addWidget(self.message)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.release_button.clicked.connect(self.on_release_clicked)
        self.show_vault(None)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault, self.request = vault, None
        self.found.clear()
        self.message.clear()
        self.release_button.setEnabled(False)
        self.setVisible(vault is not None and vault.role == "coordinator"
                        and organisations.own_organisation(vault) is not None)

    def on_open_clicked(self) -> None:
        open_file_dialog(self, self.tr("Open the travel request"), str(Path.home()),
                         self.on_request_chosen)

    def on_request_chosen(self, paths: list[str]) -> None:
        vault = self.vault
        if vault is None or not paths:
            return
        path = Path(paths[0])
        self.found.clear()
        self.message.setText(self.tr("Checking..."))
        jobs.run(self, lambda _ctx: (path, seal_service.check_request(vault, path)),
                 on_done=self.on_checked, on_failed=self.on_failed)

    def on_checked(self, result: tuple[Path, seal_service.RequestCheck]) -> None:
        self.request, checked = result
        self.message.clear()
        self.found.setText(fill(self.tr(
            "Travel request from %1, made %2. Their safety code: %3"),
            checked.researcher, local_time(checked.created), checked.safety_code))
        self.release_button.setEnabled(True)

    def on_release_clicked(self) -> None:
        if self.request is None:
            return
        open_file_dialog(self, self.tr("Save the release token"),
                         str(self.request.with_suffix(".token")), self.on_token_chosen,
                         mode=QFileDialog.FileMode.AnyFile, save=True)

    def on_token_chosen(self, paths: list[str]) -> None:
        vault, request = self.vault, self.request
        if vault is None or request is None or not paths:
            return
        out = Path(paths[0])
        jobs.run(self, lambda _ctx: seal_service.release(vault, request, out),
                 on_done=self.on_released, on_failed=self.on_failed)

    def on_released(self, done: seal_service.Released) -> None:
        self.release_button.setEnabled(False)
        self.message.setText(fill(self.tr(
            "The release token is in %1. Send it to them as a file or paste its text in a "
            "message."), str(done.token)))

    def on_failed(self, err: BaseException) -> None:
        self.message.setText(error_text(err))
