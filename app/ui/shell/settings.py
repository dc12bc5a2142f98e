"""The Settings section: how soon Guvoh locks itself, and where the vault lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import settings as prefs
from app.services.errors import FileSystemError
from app.services.vaults import Vault
from app.ui.common import i18n
from app.ui.common.widgets import LanguageCombo, plain_label
from app.ui.shell.backup_panel import BackupPanel
from app.ui.shell.compact_panel import CompactPanel
from app.ui.shell.disguise_panel import DisguisePanel
from app.ui.shell.duress_panel import DuressPanel
from app.ui.shell.originals_panel import OriginalsPanel
from app.ui.shell.protect_panel import ProtectPanel
from app.ui.shell.receipt_panel import ReceiptPanel
from app.ui.shell.seal_panel import ReleasePanel, SealPanel
from app.ui.shell.shortcuts import HELP_KEY, with_key
from app.ui.shell.wipe_panel import WipeAfterRow


class SettingsSection(QWidget):
    auto_lock_changed = Signal(int)  # minutes
    language_changed = Signal(str)  # language code, already saved
    shortcuts_requested = Signal()

    def __init__(self, vault_dir: Path, settings_path: Path | None = None) -> None:
        super().__init__()
        self.settings_path = settings_path
        self.current = prefs.load(settings_path)
        heading = plain_label(self.tr("Settings"), wrap=False)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        heading.setFont(font)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(prefs.MIN_AUTO_LOCK_MINUTES, prefs.MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(self.current.auto_lock_minutes)
        self.auto_lock.setAccessibleName(self.tr("Lock after this many minutes of no activity"))
        self.language = LanguageCombo(i18n.resolve(self.current.language))
        self.folder = plain_label(str(vault_dir))
        self.folder.setAccessibleName(self.tr("Vault folder"))
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.shortcuts_button = QPushButton(self.tr("Keyboard shortcuts..."))
        self.shortcuts_button.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.shortcuts_button.setToolTip(with_key(self.tr("Keyboard shortcuts"), HELP_KEY))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Lock after no activity for"), self.auto_lock)
        form.addRow(self.tr("Your vault folder"), self.folder)
        form.addRow(self.tr("Keyboard"), self.shortcuts_button)
        self.wipe_after = WipeAfterRow()  # opt-in: wipe after N wrong passphrases
        form.addRow(self.tr("Wipe the vault"), self.wipe_after)
        content = QWidget()  # scrolls: the panels are taller than a laptop's screen
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(form)
        note: QLabel = plain_label(
            self.tr(
                "Everything in the vault folder is encrypted. Do not copy the folder while "
                "Guvoh is open; make a backup here instead."
            )
        )
        layout.addWidget(note)
        layout.addWidget(OriginalsPanel(settings_path))  # the original left behind
        self.protect = ProtectPanel()  # protected by default (a setting inside the vault)
        layout.addWidget(self.protect)
        self.receipt = ReceiptPanel()  # delete on receipt (a setting inside the vault)
        layout.addWidget(self.receipt)
        self.backup = BackupPanel()
        layout.addWidget(self.backup)
        self.compact = CompactPanel()
        layout.addWidget(self.compact)
        self.disguise = DisguisePanel()
        layout.addWidget(self.disguise)
        self.duress = DuressPanel()  # a second passphrase that opens a decoy
        layout.addWidget(self.duress)
        self.seal = SealPanel()  # sealed for travel; the window locks once sealed
        layout.addWidget(self.seal)
        self.release = ReleasePanel()  # the organisation's side of a seal
        layout.addWidget(self.release)
        layout.addWidget(self.message)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.auto_lock.valueChanged.connect(self.on_auto_lock_changed)
        self.language.chosen.connect(self.on_language_chosen)
        self.shortcuts_button.clicked.connect(self.shortcuts_requested)

    def show_vault(self, vault: Vault | None) -> None:
        self.message.clear()
        self.backup.show_vault(vault)
        self.compact.show_vault(vault)
        self.wipe_after.show_vault(vault)
        self.receipt.show_vault(vault)
        self.protect.show_vault(vault)
        self.duress.show_vault(vault)
        self.seal.show_vault(vault)
        self.release.show_vault(vault)

    def save(self, settings: prefs.Settings) -> bool:
        """Keep `settings` for next time; say so inline when that fails."""
        self.current = settings
        try:
            prefs.save(settings, self.settings_path)
        except (OSError, FileSystemError):
            self.message.setText(
                self.tr("The setting applies now but could not be saved for next time.")
            )
            return False
        return True

    def on_language_chosen(self, code: str) -> None:
        self.save(self.current.with_language(code))
        self.language_changed.emit(code)

    def on_auto_lock_changed(self, minutes: int) -> None:
        if self.save(self.current.with_auto_lock(minutes)):
            self.message.setText(
                self.tr("Guvoh now locks after %n minutes of no activity.", "", minutes)
            )
        self.auto_lock_changed.emit(minutes)
