"""The desktop app: one window whose title is only "Guvoh". It locks on Ctrl+L, after the
idle time chosen in Settings (5 minutes unless changed) and when closed; locking closes the
database, drops the keys and clears every view and field."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from app.services import vaults
from app.ui.crash import CrashReporter
from app.ui.pages import CreatePage, RecoverPage, RecoveryCodePage, UnlockPage
from app.ui.shell import Workspace
from storage import fsio
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault, is_vault

MINUTE_MS = 60 * 1000


class MainWindow(QMainWindow):
    def __init__(
        self, vault_dir: Path, kdf_seconds: float = 1.0, settings_path: Path | None = None
    ) -> None:
        super().__init__()
        self.setWindowTitle("Guvoh")  # never case content
        self.vault_dir = vault_dir
        self.vault: Vault | None = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.create_page = CreatePage(vault_dir, kdf_seconds)
        self.code_page = RecoveryCodePage()
        self.unlock_page = UnlockPage(vault_dir)
        self.recover_page = RecoverPage(vault_dir)
        self.workspace = Workspace(vault_dir, settings_path)
        for page in (
            self.create_page,
            self.code_page,
            self.unlock_page,
            self.recover_page,
            self.workspace,
        ):
            self.stack.addWidget(page)
        self.create_page.created.connect(self.on_vault_created)
        self.code_page.confirmed.connect(self.on_recovery_code_confirmed)
        self.unlock_page.unlocked.connect(self.on_unlocked)
        self.unlock_page.recovery_requested.connect(
            lambda: self.stack.setCurrentWidget(self.recover_page)
        )
        self.recover_page.recovered.connect(self.on_unlocked)
        self.recover_page.cancelled.connect(lambda: self.stack.setCurrentWidget(self.unlock_page))
        self.workspace.lock_requested.connect(self.lock)
        self.workspace.settings.auto_lock_changed.connect(self.on_auto_lock_changed)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(self.workspace.settings.current.auto_lock_minutes * MINUTE_MS)
        self.idle.timeout.connect(self.lock)
        self.resize(900, 620)
        if is_vault(vault_dir):
            self.stack.setCurrentWidget(self.unlock_page)
        else:
            self.create_page.show_keyring_state(DeviceKeyring.detect().available)
            self.stack.setCurrentWidget(self.create_page)

    def on_vault_created(self, vault: Vault, recovery: object) -> None:
        self.vault = vault
        self.code_page.show_code(str(recovery))
        self.stack.setCurrentWidget(self.code_page)

    def on_recovery_code_confirmed(self) -> None:
        self.on_unlocked(self.vault)

    def on_unlocked(self, vault: Vault | None) -> None:
        self.vault = vault
        self.workspace.show_vault(vault, self.workspace.settings.current.auto_lock_minutes)
        self.stack.setCurrentWidget(self.workspace)
        self.idle.start()

    def on_auto_lock_changed(self, minutes: int) -> None:
        self.idle.setInterval(minutes * MINUTE_MS)
        self.workspace.show_auto_lock(minutes)
        if self.vault is not None:
            self.idle.start()

    def lock(self) -> None:
        """Drop the keys and return to the unlock screen."""
        self.idle.stop()
        self.workspace.show_vault(None)
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self.stack.setCurrentWidget(self.unlock_page)

    def note_activity(self) -> None:
        if self.vault is not None:
            self.idle.start()

    def closeEvent(self, event: object) -> None:  # noqa: N802
        self.lock()
        super().closeEvent(event)  # type: ignore[arg-type]


class ActivityFilter(QObject):
    """Restarts the idle timer on any key press or mouse use."""

    KINDS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self.KINDS:
            self.window.note_activity()
        return False


def main(argv: Sequence[str]) -> int:
    fsio.set_private_umask()
    parser = argparse.ArgumentParser(prog="guvoh")
    parser.add_argument("--vault", metavar="DIR")
    args, qt_args = parser.parse_known_args(list(argv))
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Guvoh")
    app.setDesktopFileName("guvoh")
    reporter = CrashReporter()
    reporter.install()
    vault_dir = Path(args.vault).expanduser() if args.vault else vaults.default_vault_dir()
    window = MainWindow(vault_dir)
    app.installEventFilter(ActivityFilter(window))
    window.show()
    return app.exec()
