"""Sealed for travel in the app (DESIGN.md 2b, docs/seal.md): Settings' "Seal for travel"
(SealPanel: choose the organisation, type the passphrase, save the travel request; the app
locks) and, on the unlock screen of a sealed vault, "Unseal" (UnsealBox: paste the release
token or open its file). What it protects and what it does not is said in plain words, as in
docs/security.md."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
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
from app.services import identity, organisations
from app.services import seal as seal_service
from app.services.errors import CardTooLargeForQr
from app.services.vaults import Vault
from app.ui.common import jobs
from app.ui.common.code_gate import WholeCodeGate
from app.ui.common.fields import SafetyCodeLabel, read_only_line
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
        # While sealed, Guvoh cannot show the safety code the organisation asks for when
        # it calls to release the vault: it is said here, before sealing.
        self.own_code = plain_label()
        self.own_code.setAccessibleName(self.tr("Your safety code"))
        self.own_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        layout.addWidget(self.own_code)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.button.clicked.connect(self.on_seal_clicked)
        self.show_vault(None)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.message.clear()
        self.passphrase.clear()
        self.organisation.clear()
        self.own_code.clear()
        if vault is None or vault.role == "coordinator":
            self.setVisible(False)
            return
        self.own_code.setText(fill(self.tr(
            "Your safety code is %1. When your organisation calls to release the vault, they "
            "ask you to read it, and it cannot be shown while the vault is sealed: note it "
            "down."), identity.public_identity(vault).safety_code))
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


def release_offered(vault: Vault | None) -> bool:
    """Releasing a sealed vault is offered only on a coordinator's vault with its own
    organisation (in Settings and in the Inbox alike)."""
    return (vault is not None and vault.role == "coordinator"
            and organisations.own_organisation(vault) is not None)


# Pixels per module of the token's QR code. A release token is about 750 bytes: a version 22
# code at level M (105 modules), 452 px with its quiet zone, whole on a 1280x720 screen and
# large enough for a phone's camera.
QR_SCALE = 4


def qr_pixmap(data: bytes, scale: int = QR_SCALE) -> QPixmap | None:
    """`data` as a QR code (the organisation card's code: app.services.cardqr, byte mode,
    level M); None if it does not fit in any QR code."""
    from app.services import cardqr  # segno: imported when a token is shown, not at startup

    try:
        png = cardqr.card_qr_png(data, scale=scale)
    except CardTooLargeForQr:
        return None
    return QPixmap.fromImage(QImage.fromData(png, "PNG"))  # type: ignore[arg-type] # the stub says bytes; PySide6 wants str


def show_in_folder(path: Path) -> None:
    """app.ui.common.export_runner's, imported on first use: that module brings the bundle
    export (crypto.bundle, jsonschema), which the unlock page (UnsealBox) must not wait for."""
    from app.ui.common import export_runner

    export_runner.show_in_folder(path)


def show_in_folder_button() -> QPushButton:
    from app.ui.common import export_runner  # see show_in_folder

    return export_runner.show_in_folder_button()


class ReleasedToken(QWidget):
    """The release token once written: a QR code to scan, "Copy the token" for a message
    (the window empties the clipboard when it locks), and the file, with "Show in folder"."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.path: Path | None = None
        self.qr = QLabel()
        self.qr.setAccessibleName(self.tr("The release token as a QR code"))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.how = plain_label(self.tr(
            "Send them the token: paste it into a message, send the file, or let them scan "
            "this code with a phone. It opens only their sealed vault, and only with their "
            "passphrase."))
        self.how.setAccessibleName(self.tr("How to send the release token"))
        self.copy_button = QPushButton(self.tr("Copy the token"))
        self.copy_button.setAccessibleName(self.tr("Copy the release token"))
        self.file = read_only_line(self.tr("Release token file"))
        self.show_button = show_in_folder_button()
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Copy status"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.show_button)
        side = QVBoxLayout()
        side.addWidget(self.how)
        side.addWidget(self.copy_button, alignment=Qt.AlignmentFlag.AlignLeft)
        side.addLayout(file_row)
        side.addWidget(self.message)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(side, 1)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.show_button.clicked.connect(self.on_show_clicked)
        self.setVisible(False)

    def show_token(self, path: Path, text: str) -> None:
        self.path, self.text = path, text
        pixmap = qr_pixmap(text.encode("ascii"))
        self.qr.setVisible(pixmap is not None)
        self.qr.setPixmap(pixmap if pixmap is not None else QPixmap())
        self.file.setText(str(path))
        self.message.clear()
        self.setVisible(True)

    def clear(self) -> None:
        self.path, self.text = None, ""
        self.qr.setPixmap(QPixmap())
        self.file.clear()
        self.message.clear()
        self.setVisible(False)

    def on_copy_clicked(self) -> None:
        if not self.text:
            return
        QGuiApplication.clipboard().setText(self.text)
        self.message.setText(self.tr(
            "Copied. Paste it into your message to them; the clipboard is emptied when the "
            "vault locks."))

    def on_show_clicked(self) -> None:
        if self.path is not None:
            show_in_folder(self.path)


class ReleasePanel(QWidget):
    """On the organisation's vault (Settings, and the Inbox's "Release a sealed vault..."):
    a researcher's travel request, checked; who sent it, when, and their safety code, to
    compare at a check-in by voice; then the release token, written and shown."""

    request_checked = Signal()  # who sent it and their safety code are shown
    token_written = Signal(object)  # seal_service.Released

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.request: Path | None = None
        self.note = plain_label(self.tr(
            "A researcher who sealed their vault for travel sent you a travel request. After "
            "the crossing, call them by voice, on a number you already know: check that it is "
            "them, that they are safe and free to talk, and that the safety code they noted "
            "before sealing is the one shown here. Only then write the release token and "
            "send it to them."))
        self.note.setAccessibleName(self.tr("How to release a sealed vault"))
        self.open_button = QPushButton(self.tr("Open travel request..."))
        self.found = plain_label()
        self.found.setAccessibleName(self.tr("Travel request"))
        self.code = SafetyCodeLabel()
        self.code.setVisible(False)
        self.ask = plain_label(self.tr(
            "Ask them to read their safety code aloud. Does every group of four digits "
            "match?"))
        self.ask.setAccessibleName(self.tr("Compare the safety code"))
        self.ask.setVisible(False)
        self.release_button = QPushButton(self.tr("They match: write the release token..."))
        self.release_button.setAccessibleName(self.tr("They match: write the release token"))
        self.mismatch_button = QPushButton(self.tr("They do not match"))
        self.mismatch_button.setAccessibleName(self.tr("They do not match"))
        self.mismatch_button.setAutoDefault(False)
        self.gate = WholeCodeGate(self.code, self.release_button)
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Release status"))
        self.token = ReleasedToken()
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        choice = QHBoxLayout()
        choice.addWidget(self.release_button)
        choice.addWidget(self.mismatch_button)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(self.tr("Release a sealed vault")))
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.found)
        layout.addWidget(self.code)
        layout.addWidget(self.ask)
        layout.addLayout(choice)
        layout.addWidget(self.message)
        layout.addWidget(self.token)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.release_button.clicked.connect(self.on_release_clicked)
        self.mismatch_button.clicked.connect(self.on_mismatch_clicked)
        self.show_vault(None)

    def show_vault(self, vault: Vault | None) -> None:
        jobs.cancel_and_wait(self)  # a check or a token for the vault shown before: dropped
        self.vault = vault
        self._forget_request()
        self.message.clear()
        self.token.clear()
        self.setVisible(release_offered(vault))

    def _forget_request(self) -> None:
        self.request = None
        self.found.clear()
        self.code.show_code("")
        for widget in (self.code, self.ask, self.release_button, self.mismatch_button):
            widget.setVisible(False)
        self.gate.set_free(False)

    def on_open_clicked(self) -> None:
        open_file_dialog(self, self.tr("Open the travel request"), str(Path.home()),
                         self.on_request_chosen)

    def on_request_chosen(self, paths: list[str]) -> None:
        vault = self.vault
        if vault is None or not paths:
            return
        path = Path(paths[0])
        self._forget_request()
        self.token.clear()
        self.message.setText(self.tr("Checking..."))
        jobs.run(self, lambda _ctx: (path, seal_service.check_request(vault, path)),
                 on_done=self.on_checked, on_failed=self.on_failed)

    def on_checked(self, result: tuple[Path, seal_service.RequestCheck]) -> None:
        self.request, checked = result
        self.message.clear()
        self.found.setText(fill(self.tr(
            "Travel request from %1, made %2. Their safety code:"),
            checked.researcher, local_time(checked.created)))
        self.code.show_code(checked.safety_code)
        for widget in (self.code, self.ask, self.release_button, self.mismatch_button):
            widget.setVisible(True)
        self.gate.set_free(True)
        self.request_checked.emit()
        self.gate.reveal()

    def on_mismatch_clicked(self) -> None:
        self._forget_request()
        self.message.setText(self.tr(
            "No token was written. Do not release the vault: someone else may have made this "
            "request or may be with them. Talk to them again another way."))

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
        self.gate.set_free(False)
        self.message.setText(self.tr("Writing the release token..."))

        def write(_ctx: jobs.JobContext) -> tuple[seal_service.Released, str]:
            done = seal_service.release(vault, request, out)
            return done, seal_service.read_token(done.token).decode("ascii")

        jobs.run(self, write, on_done=self.on_released, on_failed=self.on_failed)

    def on_released(self, result: tuple[seal_service.Released, str]) -> None:
        done, text = result
        self._forget_request()
        self.message.setText(fill(self.tr(
            "The release token is in %1. Send it to them as a file or paste its text in a "
            "message."), str(done.token)))
        self.token.show_token(done.token, text)
        self.token_written.emit(done)

    def on_failed(self, err: BaseException) -> None:
        self.gate.set_free(self.request is not None)
        self.message.setText(error_text(err))
