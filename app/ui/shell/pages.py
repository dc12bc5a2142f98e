"""The screens before the vault is open: create a vault, see the recovery code once,
unlock, recover. Plain words, one main action per screen: Enter does it, Esc goes back
where there is a back. Each is a centred column of a readable width, and the space of its
messages and progress bar is kept, so nothing moves under the pointer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.messages import CONTEXT as ERRORS_CONTEXT
from app.messages import WEAK_REASONS
from app.services import recovery, vaults
from app.services.passphrase import assess
from app.services.seal import VaultSealed
from app.services.vaults import Vault
from app.ui.common import jobs, look
from app.ui.common.reveal import PassphraseField
from app.ui.common.widgets import (
    Busy,
    LanguageCombo,
    error_text,
    plain_label,
    ui_language,
)
from app.ui.shell.disguise_panel import DisguiseCombo, named
from app.ui.shell.provision_page import ProvisionOffer
from app.ui.shell.seal_panel import UnsealBox
from app.ui.shell.shortcuts import with_key
from app.ui.shell.wipe_panel import WipeButton

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Readable widths, in average characters: the lock screen's column, and the other pages'.
NARROW_COLUMN = 70
WIDE_COLUMN = 100


def centred_column(page: QWidget, chars: int, outer: QVBoxLayout | None = None) -> QVBoxLayout:
    """A column at most `chars` average characters wide, centred in `page` (or in `outer`,
    a layout of it); returns the column's layout."""
    column = QWidget()
    column.setMaximumWidth(column.fontMetrics().averageCharWidth() * chars)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(column, 100)
    row.addStretch(1)
    if outer is None:
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
    outer.addLayout(row)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


def reserve_lines(label: QLabel, lines: int = 2) -> QLabel:
    """Keep room for `lines` lines of `label` even while it is empty."""
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * lines)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def reserve_busy(busy: Busy) -> Busy:
    """Keep the room of the progress bar while it is hidden."""
    policy = busy.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    busy.setSizePolicy(policy)
    return busy


class UnlockPage(QWidget):
    unlocked = Signal(object)
    recovery_requested = Signal()
    wiped = Signal()  # the vault was wiped from here (wipe_panel)

    def __init__(self, vault_dir: Path) -> None:
        super().__init__()
        self.vault_dir = vault_dir
        title = plain_label(named(self.tr("Guvoh")), wrap=False)  # named: or a disguise
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        title.setFont(font)
        self.passphrase = PassphraseField(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        look.primary(look.with_icon(self.unlock_button, "lock-open"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setToolTip(with_key(self.tr("Unlock"), "Enter"))
        self.busy = reserve_busy(Busy())
        self.message = reserve_lines(plain_label())
        self.message.setAccessibleName(self.tr("Message"))
        self.forgot = QPushButton(self.tr("Forgot it? Use your recovery code"))
        self.forgot.setFlat(True)
        self.wipe = WipeButton(vault_dir)
        self.unseal = UnsealBox(vault_dir, self.passphrase.text)  # shown when sealed

        self.language = LanguageCombo(ui_language())
        outer = QVBoxLayout(self)
        outer.addWidget(self.language, alignment=Qt.AlignmentFlag.AlignRight)
        outer.addStretch(1)
        layout = centred_column(self, NARROW_COLUMN, outer)
        outer.addStretch(2)
        outer.addWidget(self.wipe, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(plain_label(self.tr("Enter your passphrase to open your vault.")))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.unlock_button)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.unseal)
        layout.addWidget(self.forgot, alignment=Qt.AlignmentFlag.AlignLeft)

        self.unlock_button.clicked.connect(self.on_unlock_clicked)
        self.unseal.unsealed.connect(self.on_unlock_clicked)
        self.forgot.clicked.connect(self.recovery_requested)
        self.wipe.wiped.connect(self.wiped)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.passphrase.setFocus()
        self.unseal.show_if_sealed(self.message)  # sealed for travel: said at once

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter anywhere on the page unlocks (a field passes Enter on to its page)."""
        if event.key() in ENTER_KEYS and self.unlock_button.isEnabled():
            self.on_unlock_clicked()
            return
        super().keyPressEvent(event)

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
        self.unseal.setVisible(isinstance(err, VaultSealed))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        # A language change rebuilds this page: the vault being opened would go unclaimed.
        self.language.setEnabled(not busy)
        self.wipe.setEnabled(not busy)


class PassphrasePair(QWidget):
    """Two passphrase fields with a live strength estimate and the reason for a refusal."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.first = PassphraseField(self.tr("Passphrase"))
        self.second = PassphraseField(self.tr("Repeat the passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.feedback = reserve_lines(plain_label())
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
        intro = plain_label(named(
            self.tr(
                "Guvoh keeps testimonies encrypted on this computer. First, tell us how you "
                "will use it, and choose a passphrase."
            )
        ))
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
        self.create_button.setToolTip(with_key(self.tr("Create my vault"), "Enter"))
        self.busy = reserve_busy(Busy())
        self.message = reserve_lines(plain_label())

        heading = plain_label(named(self.tr("Welcome to Guvoh")))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        heading.setFont(font)
        self.language = LanguageCombo(ui_language())
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 28, 24, 28)
        layout = centred_column(self, WIDE_COLUMN, outer)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(intro)
        self.provision = ProvisionOffer()  # the organisation's file, chosen or found
        layout.addWidget(self.provision)
        layout.addLayout(roles)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Name others will see"), self.pseudonym)
        self.disguise = DisguiseCombo()  # a neutral name for the window and folders
        form.addRow(self.tr("Name shown for this app"), self.disguise)
        layout.addLayout(form)
        layout.addWidget(self.passphrases)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.create_button)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        outer.addStretch(1)

        self.passphrases.changed.connect(self._update_button)
        self.pseudonym.textChanged.connect(self._on_pseudonym_changed)
        self.create_button.clicked.connect(self.on_create_clicked)
        self._update_button()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        checked = self.role_group.checkedButton()
        if checked is not None and self.focusWidget() is None:
            checked.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter anywhere on the page creates the vault, once the passphrase is good."""
        if event.key() in ENTER_KEYS:
            self.on_create_clicked()
            return
        super().keyPressEvent(event)

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
        self.continue_button.setDefault(True)
        self.continue_button.setToolTip(with_key(self.tr("I have written it down"), "Enter"))
        outer = QVBoxLayout(self)
        layout = centred_column(self, WIDE_COLUMN, outer)
        outer.addStretch(1)
        layout.addWidget(explain_label)
        layout.addWidget(self.code_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Type the last group to confirm"), self.check)
        layout.addLayout(form)
        layout.addWidget(self.continue_button)
        self.check.textChanged.connect(self._on_check_changed)
        self.continue_button.clicked.connect(self.on_continue_clicked)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.check.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter goes on once the last group is typed right."""
        if event.key() in ENTER_KEYS:
            if self.continue_button.isEnabled():
                self.on_continue_clicked()
            return
        super().keyPressEvent(event)

    def shown_code(self) -> str:
        """The code on screen until confirmed (kept when the language changes)."""
        return self._code

    def show_code(self, code: str) -> None:
        self._code = code
        self.code_label.setText(code.replace("-", " "))
        self.check.clear()

    def _on_check_changed(self, text: str) -> None:
        last = self._code.rsplit("-", 1)[-1]
        # Typed as the recovery page reads it: any case, В for B on a Russian layout...
        self.continue_button.setEnabled(bool(last) and recovery.normalized(text) == last)

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
        self.recover_button.setDefault(True)
        self.recover_button.setToolTip(
            with_key(self.tr("Open and set the new passphrase"), "Enter"))
        self.back_button = back = QPushButton(self.tr("Back"))
        back.setToolTip(with_key(self.tr("Back"), "Esc"))
        self.busy = reserve_busy(Busy())
        self.message = reserve_lines(plain_label())
        outer = QVBoxLayout(self)
        layout = centred_column(self, WIDE_COLUMN, outer)
        outer.addStretch(1)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Type the recovery code you wrote down when the vault was created, then "
                    "choose a new passphrase. The forgotten passphrase will stop working."
                )
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
        back.clicked.connect(self.cancelled)
        self.recover_button.clicked.connect(self.on_recover_clicked)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.code.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter opens the vault; Esc goes back to the unlock screen."""
        if event.key() in ENTER_KEYS and self.recover_button.isEnabled():
            self.on_recover_clicked()
            return
        if event.key() == Qt.Key.Key_Escape and self.back_button.isEnabled():
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

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
