"""What the operating system says about the session, as signals the window locks on: the
computer is about to sleep or shut down (`sleeping`), it woke (`woken`: the idle clock is
checked at once), the screen or session was locked (`session_locked`).

Linux, through D-Bus (QtDBus):
- system bus: logind's `org.freedesktop.login1.Manager.PrepareForSleep(true)` and
  `PrepareForShutdown(true)` (sleeping), `PrepareForSleep(false)` (woken), and
  `org.freedesktop.login1.Session.Lock` for our own session (XDG_SESSION_ID; when that is
  unknown, any session's Lock locks: a lock too many is safe, one too few is not);
- session bus: `ActiveChanged(true)` of the screen savers: org.freedesktop.ScreenSaver (KDE
  and others), org.gnome.ScreenSaver, org.cinnamon.ScreenSaver, org.mate.ScreenSaver.
While the vault is open, a logind "delay" inhibitor for sleep is held (`Inhibit("sleep", ...,
"delay")`): logind then waits (at most its InhibitDelayMaxSec, 5 s by default) until the lock
has released it, so the keys are gone before the memory is frozen, not after waking.
The sender is not checked: anyone on the bus who sends these signals can only make Guvoh lock.
DBUS_SYSTEM_BUS_ADDRESS and DBUS_SESSION_BUS_ADDRESS, when set, name the buses (so tests can
send the real signals on their own buses); otherwise Qt's system and session buses are used.

Windows: a native event filter sees WM_POWERBROADCAST (PBT_APMSUSPEND: sleeping; the resume
events: woken) and WM_WTSSESSION_CHANGE (WTS_SESSION_LOCK), once the window registered for
session notifications (WTSRegisterSessionNotification).

macOS: a one-second poll while the vault is open (app.ui.shell.session_watch_macos): a
sleep is seen at the first tick after waking (the clock that stops in sleep fell behind the
one that does not: sleeping), the screen lock by CoreGraphics' session dictionary
(session_locked). QGuiApplication.applicationStateChanged is not a substitute: it also
fires on a simple switch to another window."""

from __future__ import annotations

import os
import string
import sys
from collections.abc import Callable

from PySide6.QtCore import SLOT, QCoreApplication, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCallWatcher,
    QDBusUnixFileDescriptor,
)

from app.ui.shell.session_watch_macos import MacSessionPoll

LOGIN1_SERVICE = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
SCREENSAVERS = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "org.mate.ScreenSaver",
)
_PLAIN = frozenset(string.ascii_letters + string.digits)


def session_object_path(session_id: str) -> str:
    """logind's object path for a session id, escaped as sd_bus_path_encode does ("2" ->
    /org/freedesktop/login1/session/_32: a leading digit and anything not alphanumeric
    become _ and two hex digits)."""
    if not session_id:
        return LOGIN1_PATH + "/session/_"
    out = []
    for i, ch in enumerate(session_id):
        if ch in _PLAIN and not (i == 0 and ch.isdigit()):
            out.append(ch)
        else:
            out.extend(f"_{b:02x}" for b in ch.encode("utf-8"))
    return LOGIN1_PATH + "/session/" + "".join(out)


def _bus(env_name: str, default: Callable[[], QDBusConnection]) -> QDBusConnection:
    """The bus named by `env_name`'s address, else Qt's default one; may be disconnected."""
    address = os.environ.get(env_name, "")
    if address:
        return QDBusConnection.connectToBus(address, f"guvoh:{env_name}:{address}")
    return default()


class SessionWatch(QObject):
    sleeping = Signal()
    woken = Signal()
    session_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        session_id = os.environ.get("XDG_SESSION_ID", "")
        self.session_path = session_object_path(session_id) if session_id else None
        self.listening: list[str] = []  # what is watched, for diagnostics and tests
        self._delay_fd: int | None = None  # logind's sleep-delay inhibitor, while held
        self._delay_wanted = False
        self._delay_asked = False
        system = _bus("DBUS_SYSTEM_BUS_ADDRESS", QDBusConnection.systemBus)
        self._system = system if system.isConnected() else None
        if system.isConnected():
            self._listen(system, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep",
                         "on_prepare_for_sleep(bool)")
            self._listen(system, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForShutdown",
                         "on_prepare_for_shutdown(bool)")
            # the match rule names our session's path (none: every session's)
            self._listen(system, self.session_path or "", LOGIN1_SESSION, "Lock",
                         "on_session_lock()")
        session = _bus("DBUS_SESSION_BUS_ADDRESS", QDBusConnection.sessionBus)
        if session.isConnected():
            for interface in SCREENSAVERS:  # any path: /ScreenSaver, /org/gnome/ScreenSaver...
                self._listen(session, "", interface, "ActiveChanged",
                             "on_screensaver_active(bool)")
        self._native: object | None = None
        self.poll: MacSessionPoll | None = None
        if sys.platform == "darwin":
            self.poll = MacSessionPoll(self)
            self.poll.slept.connect(self.sleeping)
            self.poll.screen_locked.connect(self.session_locked)

    def _listen(self, bus: QDBusConnection, path: str, interface: str, name: str,
                slot: str) -> None:
        # PySide6 wants the SLOT() string here; its stub says bytes.
        if bus.connect("", path, interface, name, self, SLOT(slot)):  # type: ignore[call-overload]
            self.listening.append(f"{interface}.{name}")

    @Slot(bool)
    def on_prepare_for_sleep(self, start: bool) -> None:
        if start:
            self.sleeping.emit()
        else:
            self.woken.emit()

    @Slot(bool)
    def on_prepare_for_shutdown(self, start: bool) -> None:
        if start:
            self.sleeping.emit()

    @Slot()
    def on_session_lock(self) -> None:
        self.session_locked.emit()

    @Slot(bool)
    def on_screensaver_active(self, active: bool) -> None:
        if active:
            self.session_locked.emit()

    def hold_sleep_delay(self) -> None:
        """The vault is open: ask logind to wait for our lock before sleeping (answered
        later; nothing happens without logind)."""
        self._delay_wanted = True
        if self.poll is not None:
            self.poll.start()
        if self._system is None or self._delay_fd is not None or self._delay_asked:
            return
        call = QDBusMessage.createMethodCall(LOGIN1_SERVICE, LOGIN1_PATH, LOGIN1_MANAGER,
                                             "Inhibit")
        who = QCoreApplication.applicationName() or "Guvoh"  # a disguised name if one is set
        call.setArguments(["sleep", who, "Lock before sleep", "delay"])
        watcher = QDBusPendingCallWatcher(self._system.asyncCall(call, 5000), self)
        watcher.finished.connect(self._on_inhibit_reply)
        self._delay_asked = True

    def _on_inhibit_reply(self, watcher: QDBusPendingCallWatcher) -> None:
        self._delay_asked = False
        fd = None
        if not watcher.isError():
            args = watcher.reply().arguments()
            if args and isinstance(args[0], QDBusUnixFileDescriptor) and args[0].isValid():
                fd = os.dup(args[0].fileDescriptor())  # ours to close; not inherited
        watcher.deleteLater()  # drops Qt's copy of the descriptor
        if fd is None:
            return
        if self._delay_wanted and self._delay_fd is None:
            self._delay_fd = fd
        else:  # locked meanwhile
            os.close(fd)

    def release_sleep_delay(self) -> None:
        """The vault is locked: let the computer sleep at once."""
        self._delay_wanted = False
        if self.poll is not None:
            self.poll.stop()
        if self._delay_fd is not None:
            os.close(self._delay_fd)
            self._delay_fd = None

    def holds_sleep_delay(self) -> bool:
        return self._delay_fd is not None

    def watch_window(self, win_id: int) -> None:
        """Windows: ask for session-lock messages for this top-level window and filter the
        native messages (elsewhere there is nothing to do)."""
        if sys.platform == "win32" and self._native is None:  # pragma: no cover - Windows
            from app.ui.shell.session_watch_windows import install

            self._native = install(self, win_id)
