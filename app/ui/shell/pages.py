"""The screens before the vault is open: create a vault, see the recovery code once,
unlock, recover. Plain words, one main action per screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.messages import CONTEXT as ERRORS_CONTEXT
from app.messages import WEAK_REASONS
from app.services import vaults
from app.services.passphrase import assess
from app.services.vaults import Vault
from app.ui.common import jobs, look
from app.ui.common.widgets import (
    Busy,
    LanguageCombo,
    error_text,
    password_field,
    plain_label,
    ui_language,
)


class UnlockPage(QWidget):
    unlocked = Signal(object)
    recovery_requested = Signal()

    def __init__(self, vault_dir: Path) -> None:
        super().__init__()
        self.vault_dir = vault_dir
        title = plain_label(self.tr("Guvoh"), wrap=False)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        title.setFont(font)
        self.passphrase = password_field(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        look.primary(look.with_icon(self.unlock_button, "lock-open"))
        self.unlock_button.setDefault(True)
        self.busy = Busy()
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        forgot = QPushButton(self.tr("Forgot it? Use your recovery code"))
        forgot.setFlat(True)

        self.language = LanguageCombo(ui_language())
        layout = QVBoxLayout(self)
        layout.addWidget(self.language, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(plain_label(self.tr("Enter your passphrase to open your vault.")))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.unlock_button)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(forgot, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)

        self.unlock_button.clicked.connect(self.on_unlock_clicked)
        self.passphrase.returnPressed.connect(self.on_unlock_clicked)
        forgot.clicked.connect(self.recovery_requested)

    def on_unlock_clicked(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self.message.setText(self.tr("Please enter your passphrase."))
            return
        self._set_busy(True)
        self.message.setText(self.tr("Opening your vault..."))
        path = self.vault_dir
        jobs.run(self, lambda _ctx: vaults.unlock(path, secret),
                 on_done=self.on_unlock_finished, on_failed=self.on_unlock_failed)

    def on_unlock_finished(self, vault: Vault) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.message.clear()
        self.unlocked.emit(vault)

    def on_unlock_failed(self, err: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.message.setText(error_text(err))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        # A language change rebuilds this page: the vault being opened would go unclaimed.
        self.language.setEnabled(not busy)


class PassphrasePair(QWidget):
    """Two passphrase fields with a live strength estimate and the reason for a refusal."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.first = password_field(self.tr("Passphrase"))
        self.second = password_field(self.tr("Repeat the passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.feedback = plain_label()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Repeat it"), self.second)
        form.addRow(self.tr("Strength"), self.meter)
        form.addRow("", self.feedback)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.personal: list[str] = []
        self._update()

    def acceptable(self) -> bool:
        return assess(self.first.text(), self.personal).acceptable and self.matches()

    def matches(self) -> bool:
        return self.first.text() == self.second.text()

    def _update(self) -> None:
        verdict = assess(self.first.text(), self.personal)
        self.meter.setValue(verdict.score)
        if not self.first.text():
            self.feedback.setText(
                self.tr("Four or five unrelated words, in any language, make a good passphrase.")
            )
        elif verdict.reason:
            self.feedback.setText(
                QCoreApplication.translate(ERRORS_CONTEXT, WEAK_REASONS[verdict.reason])
            )
        elif not self.matches():
            self.feedback.setText(self.tr("The two passphrases are not the same yet."))
        else:
            self.feedback.setText(self.tr("Good passphrase."))
        self.changed.emit()

    def set_personal(self, words: list[str]) -> None:
        self.personal = words
        self._update()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


class CreatePage(QWidget):
    created = Signal(object, object)  # vault, recovery code

    ROLES = ("researcher", "submitter", "coordinator")

    def __init__(self, vault_dir: Path, kdf_seconds: float = 1.0) -> None:
        super().__init__()
        self.vault_dir = vault_dir
        self.kdf_seconds = kdf_seconds
        intro = plain_label(
            self.tr(
                "Guvoh keeps testimonies encrypted on this computer. First, tell us how you "
                "will use it, and choose a passphrase."
            )
        )
        self.role_group = QButtonGroup(self)
        labels = {
            "researcher": self.tr("I interview people"),
            "submitter": self.tr("I want to tell my own story"),
            "coordinator": self.tr("I receive bundles for an organisation"),
        }
        roles = QVBoxLayout()
        for i, role in enumerate(self.ROLES):
            button = QRadioButton(labels[role])
            button.setAccessibleName(labels[role])
            self.role_group.addButton(button, i)
            roles.addWidget(button)
        self.role_group.button(0).setChecked(True)
        self.pseudonym = QLineEdit()
        self.pseudonym.setAccessibleName(self.tr("Name others will see"))
        self.pseudonym.setPlaceholderText(self.tr("A pseudonym is fine"))
        self.passphrases = PassphrasePair()
        self.keyring_note = plain_label()
        self.create_button = QPushButton(self.tr("Create my vault"))
        look.primary(look.with_icon(self.create_button, "shield-check"))
        self.create_button.setDefault(True)
        self.busy = Busy()
        self.message = plain_label()

        heading = plain_label(self.tr("Welcome to Guvoh"), wrap=False)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        heading.setFont(font)
        self.language = LanguageCombo(ui_language())
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addLayout(roles)
        form = QFormLayout()
        form.addRow(self.tr("Name others will see"), self.pseudonym)
        layout.addLayout(form)
        layout.addWidget(self.passphrases)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.create_button)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.passphrases.changed.connect(self._update_button)
        self.pseudonym.textChanged.connect(self._on_pseudonym_changed)
        self.create_button.clicked.connect(self.on_create_clicked)
        self._update_button()

    def show_keyring_state(self, available: bool) -> None:
        if available:
            self.keyring_note.setText(
                self.tr(
                    "Your vault will also be tied to this computer's keyring, so copied files "
                    "alone cannot be opened."
                )
            )
        else:
            self.keyring_note.setText(
                self.tr(
                    "This computer has no system keyring, so your passphrase alone protects "
                    "the vault. Choose it well, and keep copies of the vault folder safe."
                )
            )

    def role(self) -> str:
        return self.ROLES[self.role_group.checkedId()]

    def set_role(self, role: str) -> None:
        if role in self.ROLES:
            self.role_group.button(self.ROLES.index(role)).setChecked(True)

    def _on_pseudonym_changed(self, text: str) -> None:
        self.passphrases.set_personal([text])

    def _update_button(self) -> None:
        self.create_button.setEnabled(self.passphrases.acceptable())

    def on_create_clicked(self) -> None:
        if not self.passphrases.acceptable():
            return
        secret = self.passphrases.first.text()
        role, pseudonym, path = self.role(), self.pseudonym.text().strip(), self.vault_dir
        seconds = self.kdf_seconds
        self.setEnabled(False)
        self.busy.show()
        self.message.setText(self.tr("Creating your vault. This takes a few seconds..."))
        jobs.run(
            self,
            lambda _ctx: vaults.create_vault(
                path, secret, role=role, pseudonym=pseudonym, kdf_seconds=seconds
            ),
            on_done=self.on_create_finished,
            on_failed=self.on_create_failed,
        )

    def on_create_finished(self, result: tuple[Vault, Any]) -> None:
        self.busy.hide()
        self.setEnabled(True)
        self.passphrases.clear()
        self.message.clear()
        self.created.emit(*result)

    def on_create_failed(self, err: BaseException) -> None:
        self.busy.hide()
        self.setEnabled(True)
        self.message.setText(error_text(err))


class RecoveryCodePage(QWidget):
    """The one-time recovery code; the user types its last group back to go on."""

    confirmed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._code = ""
        explain_label = plain_label(
            self.tr(
                "This is your recovery code. It is shown only this once. Write it on paper and "
                "keep it apart from this computer: with it, your vault can be opened on another "
                "computer if you forget your passphrase."
            )
        )
        self.code_label = plain_label(wrap=True)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.6)
        self.code_label.setFont(font)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.check = QLineEdit()
        self.check.setAccessibleName(self.tr("Last group of the recovery code"))
        self.continue_button = QPushButton(self.tr("I have written it down"))
        look.primary(look.with_icon(self.continue_button, "check"))
        self.continue_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(explain_label)
        layout.addWidget(self.code_label)
        form = QFormLayout()
        form.addRow(self.tr("Type the last group to confirm"), self.check)
        layout.addLayout(form)
        layout.addWidget(self.continue_button)
        layout.addStretch(1)
        self.check.textChanged.connect(self._on_check_changed)
        self.continue_button.clicked.connect(self.on_continue_clicked)

    def shown_code(self) -> str:
        """The code on screen until confirmed (kept when the language changes)."""
        return self._code

    def show_code(self, code: str) -> None:
        self._code = code
        self.code_label.setText(code.replace("-", " "))
        self.check.clear()

    def _on_check_changed(self, text: str) -> None:
        last = self._code.rsplit("-", 1)[-1]
        self.continue_button.setEnabled(bool(last) and text.strip().upper() == last)

    def on_continue_clicked(self) -> None:
        self._code = ""
        self.code_label.clear()
        self.check.clear()
        self.confirmed.emit()


class RecoverPage(QWidget):
    recovered = Signal(object)
    cancelled = Signal()

    def __init__(self, vault_dir: Path) -> None:
        super().__init__()
        self.vault_dir = vault_dir
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.passphrases = PassphrasePair()
        self.recover_button = QPushButton(self.tr("Open and set the new passphrase"))
        look.primary(look.with_icon(self.recover_button, "lock-open"))
        back = QPushButton(self.tr("Back"))
        self.busy = Busy()
        self.message = plain_label()
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Type the recovery code you wrote down when the vault was created, then "
                    "choose a new passphrase. The forgotten passphrase will stop working."
                )
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Recovery code"), self.code)
        layout.addLayout(form)
        layout.addWidget(self.passphrases)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)
        back.clicked.connect(self.cancelled)
        self.recover_button.clicked.connect(self.on_recover_clicked)

    def on_recover_clicked(self) -> None:
        if not self.passphrases.matches():
            self.message.setText(self.tr("The two passphrases are not the same yet."))
            return
        code, secret, path = self.code.text(), self.passphrases.first.text(), self.vault_dir
        self.setEnabled(False)
        self.busy.show()
        jobs.run(self, lambda _ctx: vaults.recover(path, code, secret),
                 on_done=self.on_recover_finished, on_failed=self.on_recover_failed)

    def on_recover_finished(self, vault: Vault) -> None:
        self.busy.hide()
        self.setEnabled(True)
        self.code.clear()
        self.passphrases.clear()
        self.message.clear()
        self.recovered.emit(vault)

    def on_recover_failed(self, err: BaseException) -> None:
        self.busy.hide()
        self.setEnabled(True)
        self.message.setText(error_text(err))
