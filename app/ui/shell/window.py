"""The desktop app: one window whose title is only "Guvoh". It locks on Ctrl+L, after the
idle time chosen in Settings (5 minutes unless changed, counted on a clock that includes time
asleep), when the computer is about to sleep, when the screen or session is locked, and when
closed; locking closes the database, drops the keys, clears every view and field, and empties
the clipboard if Guvoh owns it.

Only the page shown sets the window's minimum size (a wide page not shown, in a long
language, never widens the welcome page). The window's position, size and maximised state
are kept in the settings when it closes and restored, on a screen that is there, when the
app starts. F1 lists the keyboard shortcuts."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from app import hardening
from app.services import disguise, provisioning, vaults
from app.services import duress as duress_service
from app.services import settings as prefs
from app.services.errors import FileSystemError
from app.services.provisioning import Provisioning
from app.services.vaults import Vault
from app.ui.common import i18n, look
from app.ui.common.widgets import error_text
from app.ui.shell import disguise_panel
from app.ui.shell.clipboard import clear_owned_clipboard
from app.ui.shell.crash import CrashReporter
from app.ui.shell.idle import IdleClock
from app.ui.shell.pages import CreatePage, RecoverPage, RecoveryCodePage, UnlockPage
from app.ui.shell.provision_page import ProvisionPage, read_file
from app.ui.shell.session_watch import SessionWatch
from app.ui.shell.shortcuts import HELP_KEY, ShortcutsDialog

if TYPE_CHECKING:  # built on first use (the unlocked window): not imported at startup
    from app.ui.shell.workspace import Workspace

MINUTE_MS = 60 * 1000
# The default window: this size, or the screen less a margin on a smaller screen (never
# below the size the pages were laid out for).
DEFAULT_SIZE = QSize(1120, 720)
SMALLEST_DEFAULT = QSize(900, 620)
SCREEN_MARGIN = QSize(80, 60)


def default_size(available: QSize) -> QSize:
    room = available - SCREEN_MARGIN
    return DEFAULT_SIZE.boundedTo(room).expandedTo(SMALLEST_DEFAULT)


def placed(saved: QRect, available: QRect) -> QRect:
    """`saved` made to fit in `available` (a screen's free area): no larger, moved inside."""
    size = saved.size().boundedTo(available.size())
    x = min(max(saved.x(), available.left()), available.right() + 1 - size.width())
    y = min(max(saved.y(), available.top()), available.bottom() + 1 - size.height())
    return QRect(x, y, size.width(), size.height())


class MainWindow(QMainWindow):
    """The one window. Its pages are built for the current language; choosing another
    language rebuilds them in place (the vault stays open, the open case keeps a draft)."""

    def __init__(
        self, vault_dir: Path, kdf_seconds: float = 1.0, settings_path: Path | None = None
    ) -> None:
        super().__init__()
        self.setWindowTitle(disguise_panel.app_title())  # never case content
        self.vault_dir = vault_dir
        self.kdf_seconds = kdf_seconds
        self.settings_path = settings_path
        self.vault: Vault | None = None
        self.recording = False
        self.stack = QStackedWidget()
        self.stack.currentChanged.connect(self._on_page_changed)
        self.setCentralWidget(self.stack)
        self.shortcuts_dialog: ShortcutsDialog | None = None
        help_shortcut = QShortcut(QKeySequence(HELP_KEY), self)
        help_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        help_shortcut.activated.connect(self.show_shortcuts)
        self.idle = IdleClock(self)
        self.idle.expired.connect(self.lock)
        self.session_watch = SessionWatch(self)
        self.session_watch.sleeping.connect(self.lock)
        self.session_watch.session_locked.connect(self.lock)
        self.session_watch.woken.connect(self.idle.check)  # asleep past the limit: lock now
        self.provisioned: Provisioning | None = None  # accepted, applied once the vault exists
        # The Workspace (the unlocked window) is built when first needed (`workspace`); until
        # then the preferences are read and kept here (_build).
        self._workspace: Workspace | None = None
        self._settings: prefs.Settings | None = None
        self._build()
        self.idle.setInterval(self.current_settings().auto_lock_minutes * MINUTE_MS)
        screen = self.screen() or QGuiApplication.primaryScreen()
        self.resize(default_size(screen.availableGeometry().size()) if screen
                    else SMALLEST_DEFAULT)
        if vaults.is_vault(vault_dir):
            self.stack.setCurrentWidget(self.unlock_page)
        else:
            self.stack.setCurrentWidget(self.create_page)
            found = provisioning.find_next_to_program()
            if found is not None:
                self.offer_provisioning(found)
        self._on_page_changed(self.stack.currentIndex())

    def _build(self) -> None:
        """Make every page anew, in the language installed now (the Workspace is made
        when first needed)."""
        vault_dir = self.vault_dir
        self.create_page = CreatePage(vault_dir, self.kdf_seconds)
        self.code_page = RecoveryCodePage()
        self.unlock_page = UnlockPage(vault_dir)
        self.recover_page = RecoverPage(vault_dir)
        self._workspace = None
        self._settings = prefs.load(self.settings_path)  # read anew, as the Settings section
        self.provision_page = ProvisionPage()
        for page in (
            self.provision_page,
            self.create_page,
            self.code_page,
            self.unlock_page,
            self.recover_page,
        ):
            self.stack.addWidget(page)
        self.create_page.created.connect(self.on_vault_created)
        self.create_page.provision.chosen.connect(self.offer_provisioning)
        self.provision_page.accepted.connect(self.on_provisioning_accepted)
        self.provision_page.declined.connect(self.on_provisioning_declined)
        if self.provisioned is not None:
            self.create_page.provision.show_used(self.provisioned)
        self.code_page.confirmed.connect(self.on_recovery_code_confirmed)
        self.unlock_page.unlocked.connect(self.on_unlocked)
        self.unlock_page.recovery_requested.connect(
            lambda: self.stack.setCurrentWidget(self.recover_page)
        )
        self.unlock_page.wiped.connect(self.on_vault_wiped)
        self.recover_page.recovered.connect(self.on_unlocked)
        self.recover_page.cancelled.connect(lambda: self.stack.setCurrentWidget(self.unlock_page))
        self.create_page.disguise.chosen.connect(
            lambda key: disguise_panel.switch_window(self, None, key))
        self.create_page.language.chosen.connect(self.on_language_chosen)
        self.unlock_page.language.chosen.connect(self.on_language_chosen)
        if not vaults.is_vault(vault_dir):
            self.create_page.show_keyring_state(vaults.keyring_available())

    @property
    def workspace(self) -> Workspace:
        """The unlocked window's page, built (in the language installed now) and added to
        the stack on first use: the first screen does not wait for it."""
        if self._workspace is None:
            self._workspace = self._build_workspace()
        return self._workspace

    def _build_workspace(self) -> Workspace:
        from app.ui.shell.workspace import Workspace  # slow: not imported at startup

        workspace = Workspace(self.vault_dir, self.settings_path)
        if self._settings is not None:  # read in _build, and any change since
            workspace.settings.current = self._settings
        self.stack.addWidget(workspace)
        page = QSizePolicy.Policy.Ignored  # not shown yet (_on_page_changed)
        workspace.setSizePolicy(page, page)
        workspace.lock_requested.connect(self.lock)
        settings = workspace.settings
        settings.auto_lock_changed.connect(self.on_auto_lock_changed)
        settings.language_changed.connect(self.set_language)
        settings.shortcuts_requested.connect(self.show_shortcuts)
        settings.seal.sealed.connect(self.lock)  # sealed for travel
        settings.duress.decoy_requested.connect(self.open_decoy)
        panel = settings.disguise
        panel.chosen.connect(lambda key: disguise_panel.switch_window(self, panel, key))
        workspace.cases.editor.files.recording_changed.connect(self.on_recording_changed)
        workspace.story.recording_changed.connect(self.on_recording_changed)
        return workspace

    def current_settings(self) -> prefs.Settings:
        """The preferences in force: the Workspace's Settings section's once it is built."""
        if self._workspace is not None:
            return self._workspace.settings.current
        if self._settings is None:
            self._settings = prefs.load(self.settings_path)
        return self._settings

    def save_settings(self, settings: prefs.Settings) -> None:
        """Keep `settings` for next time (in force now even if that fails)."""
        if self._workspace is not None:
            self._workspace.settings.save(settings)
            return
        self._settings = settings
        # As the Settings section does: in force now, just not kept for next time.
        with contextlib.suppress(OSError, FileSystemError):
            prefs.save(settings, self.settings_path)

    def _on_page_changed(self, _index: int) -> None:
        """Only the page shown counts for the window's minimum size."""
        current = self.stack.currentWidget()
        for i in range(self.stack.count()):
            page = self.stack.widget(i)
            if page is None:
                continue
            policy = (QSizePolicy.Policy.Preferred if page is current
                      else QSizePolicy.Policy.Ignored)
            page.setSizePolicy(policy, policy)

    def show_shortcuts(self) -> None:
        """F1, or Settings' "Keyboard shortcuts...": the list, on top of the window."""
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self)
            self.shortcuts_dialog.destroyed.connect(self._forget_shortcuts_dialog)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        self.shortcuts_dialog.activateWindow()

    def _forget_shortcuts_dialog(self) -> None:
        self.shortcuts_dialog = None

    def show_restored(self) -> None:
        """Show the window where it was when last closed (made to fit a screen that is
        there now), maximised if it was; else at the default size, centred."""
        saved = self.current_settings().window
        screen = QGuiApplication.primaryScreen()
        if saved is not None:
            x, y, width, height, maximised = saved
            rect = QRect(x, y, width, height)
            screen = QGuiApplication.screenAt(rect.center()) or screen
            rect.setSize(rect.size().expandedTo(self.minimumSizeHint()))
            if screen is not None:
                self.setGeometry(placed(rect, screen.availableGeometry()))
            if maximised:
                self.showMaximized()
                return
        elif screen is not None:
            area = screen.availableGeometry()
            frame = self.frameGeometry()
            frame.moveCenter(area.center())
            self.move(frame.topLeft())
        self.show()

    def remember_geometry(self) -> None:
        """Keep where the window is, for next time (its normal geometry if maximised)."""
        maximised = self.isMaximized()
        rect = self.normalGeometry() if maximised else self.geometry()
        if rect.width() <= 0 or rect.height() <= 0:
            return
        current = self.current_settings()
        geometry = (rect.x(), rect.y(), rect.width(), rect.height(), maximised)
        if current.window != geometry:
            self.save_settings(current.with_window(geometry))

    def on_language_chosen(self, code: str) -> None:
        """A language picked before the vault is open: keep it, then apply it."""
        self.save_settings(self.current_settings().with_language(code))
        self.set_language(code)

    def set_language(self, code: str) -> None:
        """Apply `code` at once: translations, locale, and every page rebuilt in place."""
        i18n.install(code)
        old = [w for i in range(self.stack.count()) if (w := self.stack.widget(i)) is not None]
        current = self.stack.currentWidget()
        pages: dict[QWidget | None, str] = {
            self.create_page: "create", self.provision_page: "create", self.code_page: "code",
            self.unlock_page: "unlock", self.recover_page: "recover",
        }
        built = self._workspace
        if built is not None:
            pages[built] = "workspace"
        where = pages.get(current, "unlock")
        section = built.current_section() if built is not None else None
        open_case = built.cases.open_case_id() if built is not None else None
        create = (self.create_page.role(), self.create_page.pseudonym.text())
        code_shown = self.code_page.shown_code()
        if built is not None:
            built.show_vault(None)  # the editor keeps a draft of unsaved changes
        self._build()
        for widget in old:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.create_page.set_role(create[0])
        self.create_page.pseudonym.setText(create[1])
        if code_shown:
            self.code_page.show_code(code_shown)
        target: QWidget
        if where == "workspace":
            target = workspace = self.workspace
            if self.vault is not None:
                workspace.show_vault(self.vault, self.current_settings().auto_lock_minutes)
                if section:
                    workspace.select(section)
                if open_case:
                    workspace.ensure_loaded("cases")
                    workspace.cases.open_case(open_case)
        else:
            target = {"create": self.create_page, "code": self.code_page,
                      "unlock": self.unlock_page, "recover": self.recover_page}[where]
        self.stack.setCurrentWidget(target)
        self._on_page_changed(self.stack.currentIndex())

    def offer_provisioning(self, path: Path) -> None:
        """The organisation's file, found next to the program or chosen: its safety code to
        compare, or the sentence why it was refused (nothing set)."""
        found = read_file(path)
        if isinstance(found, str):
            self.create_page.provision.show_refused(found)
            return
        self.provision_page.show_file(found)
        self.stack.setCurrentWidget(self.provision_page)

    def on_provisioning_accepted(self, provisioned: Provisioning) -> None:
        """"The codes match": the language, idle lock and disguise now; the organisation
        and delete on receipt once the vault exists (on_vault_created)."""
        self.provisioned = provisioned
        wanted = provisioned.defaults
        self.save_settings(provisioning.applied_preferences(self.current_settings(), wanted))
        self.idle.setInterval(self.current_settings().auto_lock_minutes * MINUTE_MS)
        self.stack.setCurrentWidget(self.create_page)
        key = provisioning.disguise_key(wanted)
        if wanted.disguise is not None and key != disguise.current().key:
            if wanted.language is not None:
                i18n.install(wanted.language)  # the switch rebuilds the pages in it
            disguise_panel.switch_window(self, None, key)
        elif wanted.language is not None:
            self.set_language(wanted.language)
        self.create_page.provision.show_used(provisioned)

    def on_provisioning_declined(self) -> None:
        self.stack.setCurrentWidget(self.create_page)
        self.create_page.provision.show_declined()

    def on_vault_created(self, vault: Vault, recovery: object) -> None:
        self.vault = vault
        if self.provisioned is not None:
            try:
                provisioning.apply_to_vault(vault, self.provisioned)
            except Exception as err:  # noqa: BLE001 - a typed error, said in one sentence
                QMessageBox.warning(self, disguise_panel.app_title(), error_text(err))
            self.provisioned = None
        self.session_watch.hold_sleep_delay()
        self.code_page.show_code(str(recovery))
        self.stack.setCurrentWidget(self.code_page)

    def on_recovery_code_confirmed(self) -> None:
        self.on_unlocked(self.vault)

    def on_unlocked(self, vault: Vault | None) -> None:
        self.vault = vault
        workspace = self.workspace
        workspace.show_vault(vault, self.current_settings().auto_lock_minutes)
        self.stack.setCurrentWidget(workspace)
        self.idle.start()
        self.session_watch.hold_sleep_delay()  # sleep waits for the lock

    def on_auto_lock_changed(self, minutes: int) -> None:
        self.idle.setInterval(minutes * MINUTE_MS)
        self.workspace.show_auto_lock(minutes)
        if self.vault is not None and not self.recording:
            self.idle.start()

    def lock(self) -> None:
        """Drop the keys and return to the unlock screen. Jobs still running are cancelled,
        and the vault is closed only once they have let go of it."""
        self.idle.stop()
        self.recording = False
        if self._workspace is not None:  # never built: nothing shown, nothing to clear
            self._workspace.stop_jobs()
            self._workspace.show_vault(None)
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase.setFocus()
        clear_owned_clipboard()
        self.session_watch.release_sleep_delay()  # keys gone: the computer may sleep now

    def open_decoy(self) -> None:
        """Settings' "Open the decoy to fill it": the real vault closes and its decoy opens
        in its place, with a banner saying so, until the next lock; the real passphrase then
        opens the real vault again."""
        vault = self.vault
        if vault is None:
            return
        self.workspace.stop_jobs()
        self.workspace.show_vault(None)
        self.vault = None
        try:
            decoy = duress_service.open_decoy(vault)  # closes `vault`
        except Exception as err:  # noqa: BLE001 - a typed error, said on the lock screen
            vault.close()
            self.lock()
            self.unlock_page.message.setText(error_text(err))
            return
        self.on_unlocked(decoy)

    def on_vault_wiped(self) -> None:
        """Wiped from the lock screen: the window starts over, as on a first run."""
        self.create_page.show_keyring_state(vaults.keyring_available())
        self.stack.setCurrentWidget(self.create_page)

    def on_recording_changed(self, recording: bool) -> None:
        """No auto-lock in the middle of an interview being recorded (Ctrl+L still locks)."""
        self.recording = recording
        if recording:
            self.idle.stop()
        elif self.vault is not None:
            self.idle.start()

    def note_activity(self) -> None:
        """A key press or click: the idle clock starts over, unless its limit already
        passed (while the computer slept), in which case the vault locks now."""
        if self.vault is not None and not self.recording:
            self.idle.touch()

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        self.session_watch.watch_window(int(self.winId()))  # Windows: session-lock messages

    def closeEvent(self, event: object) -> None:  # noqa: N802
        if self.isVisible():
            self.remember_geometry()
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
    hardening.harden()  # no core dump, not dumpable; done already when entered via app.entry
    vaults.set_private_umask()
    parser = argparse.ArgumentParser(prog="guvoh")
    parser.add_argument("--vault", metavar="DIR")
    args, qt_args = parser.parse_known_args(list(argv))
    disguise_panel.name_application()  # before Qt names any folder after the app
    app = QApplication([sys.argv[0], *qt_args])
    look.apply(app)  # Fusion, the system's light or dark scheme, one accent
    reporter = CrashReporter()
    reporter.install()
    vault_dir = Path(args.vault).expanduser() if args.vault else vaults.default_vault_dir()
    i18n.install(i18n.resolve(prefs.load().language))
    window = MainWindow(vault_dir)
    app.installEventFilter(ActivityFilter(window))
    window.show_restored()
    return app.exec()
