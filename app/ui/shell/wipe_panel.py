"""The lock screen's "Wipe this vault": a panic wipe without the passphrase (DESIGN.md 2b).

A quiet button at the foot of the lock screen opens one stern confirmation that says exactly
what is lost and what is not protected, asks for a word to be typed, and keeps the wipe
button disabled until it is; "Keep the vault" is the default button, so Enter and Esc never
wipe. The wipe runs on a worker (app.services.wipe) and takes well under a second.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import wipe as wipe_service
from app.services.errors import FileSystemError
from app.services.vaults import Vault
from app.services.wipe import WipeReport
from app.ui.common import jobs, look
from app.ui.common.fields import heading
from app.ui.common.widgets import error_text, plain_label


class WipeDialog(QDialog):
    """Confirm, then wipe the vault at `vault_dir`; accepted once it is wiped."""

    def __init__(self, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = vault_dir
        self.job: jobs.Job[WipeReport] | None = None
        # The word to type, in the interface's language: typed on the keyboard the person
        # already uses, not switched to Latin letters in a hurry.
        self.word = self.tr("wipe")
        self.setWindowTitle(self.tr("Wipe this vault"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        loss = plain_label(self.tr(
            "This destroys the vault on this computer now: every case with its saved "
            "versions and drafts, every recording and file, the organisations you trust and "
            "your keys. Neither your passphrase nor your recovery code will open it again. "
            "Nobody can undo this, and the organisation cannot restore what it has not "
            "received."))
        limit = plain_label(self.tr(
            "It protects you from someone who takes this computer after the wipe. A copy of "
            "the disk made before it still holds the vault, locked as it was."))
        self.prompt = plain_label(self.tr("To wipe the vault, type this word below:"))
        self.word_label = plain_label(self.word, wrap=False)
        self.word_label.setAccessibleName(self.tr("Word to type"))
        bold = self.word_label.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.word_label.setFont(bold)
        self.word_field = QLineEdit()
        self.word_field.setAccessibleName(self.tr("Word to confirm the wipe"))
        self.wipe_button = QPushButton(self.tr("Wipe the vault"))
        look.with_icon(self.wipe_button, "trash-2")
        self.wipe_button.setAccessibleName(self.tr("Wipe the vault"))
        self.wipe_button.setAutoDefault(False)
        self.wipe_button.setDefault(False)
        self.keep_button = QPushButton(self.tr("Keep the vault"))
        self.keep_button.setAccessibleName(self.tr("Keep the vault and close"))
        self.keep_button.setDefault(True)
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        look.error_words(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.wipe_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Wipe this vault?")))
        layout.addWidget(loss)
        layout.addWidget(limit)
        layout.addWidget(self.prompt)
        layout.addWidget(self.word_label)
        layout.addWidget(self.word_field)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.word_field.textChanged.connect(self._update_button)
        self.wipe_button.clicked.connect(self.start)
        self.keep_button.clicked.connect(self.reject)
        self._update_button()
        self.word_field.setFocus()

    def _update_button(self) -> None:
        self.wipe_button.setEnabled(
            self.job is None and wipe_service.confirmed(self.word_field.text(), self.word))

    def start(self) -> None:
        if self.job is not None or not wipe_service.confirmed(self.word_field.text(), self.word):
            return
        self.message.clear()
        self.word_field.setEnabled(False)
        self.keep_button.setEnabled(False)
        path = self.vault_dir
        self.job = jobs.run(self, lambda _ctx: wipe_service.wipe(path),
                            on_done=self.on_finished, on_failed=self.on_failed)
        self._update_button()

    def on_finished(self, _report: WipeReport) -> None:
        self.job = None
        self.accept()

    def on_failed(self, err: BaseException) -> None:
        self.job = None
        self.word_field.setEnabled(True)
        self.keep_button.setEnabled(True)
        self.message.setText(error_text(err))
        self._update_button()

    def reject(self) -> None:
        if self.job is None:  # a wipe under way is not stopped half-way
            super().reject()


class WipeButton(QPushButton):
    """The lock screen's quiet "Wipe this vault..." button; `wiped` once it is done."""

    wiped = Signal()

    def __init__(self, vault_dir: Path) -> None:
        super().__init__()
        self.vault_dir = vault_dir
        self.setText(self.tr("Wipe this vault..."))
        self.setAccessibleName(self.tr("Wipe this vault"))
        self.setFlat(True)
        self.setAutoDefault(False)
        self.dialog: WipeDialog | None = None
        self.clicked.connect(self.open_dialog)

    def open_dialog(self) -> None:
        self.dialog = WipeDialog(self.vault_dir, self.window())
        self.dialog.accepted.connect(self.wiped)
        self.dialog.open()


class WipeAfterRow(QWidget):
    """Settings' line "Wipe the vault after N wrong passphrases in a row" (off by default),
    with what it defeats and what it does not."""

    changed = Signal(object)  # the new limit, or None for off

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Wipe the vault after wrong passphrases"))
        self.note = plain_label(self.tr(
            "It stops someone guessing your passphrase on this computer. It does not stop "
            "anyone who copies the disk first: a copy starts the count again."))
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        self.choice.activated.connect(self.on_chosen)
        self.show_vault(None)

    def _fill(self, current: int | None) -> None:
        self.choice.clear()
        self.choice.addItem(self.tr("Never (off)"), None)
        limits = sorted({*wipe_service.WIPE_AFTER_CHOICES, *([current] if current else [])})
        for limit in limits:
            self.choice.addItem(
                self.tr("After %n wrong passphrases in a row", "", limit), limit)
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.message.clear()
        self._fill(wipe_service.wipe_after(vault.path) if vault is not None else None)
        self.choice.setEnabled(vault is not None)

    def on_chosen(self, index: int) -> None:
        vault = self.vault
        if vault is None:
            return
        limit = self.choice.itemData(index)
        try:
            wipe_service.set_wipe_after(vault, limit)
        except FileSystemError as err:
            self.message.setText(error_text(err))
            self._fill(wipe_service.wipe_after(vault.path))
            return
        self.message.setText(
            self.tr("Wrong passphrases no longer wipe the vault.") if limit is None else
            self.tr("The vault is now wiped after %n wrong passphrases in a row.", "", limit))
        self.changed.emit(limit)
