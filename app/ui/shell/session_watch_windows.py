"""Windows: sleep and session lock as Qt sees them in native messages. WM_POWERBROADCAST
reaches every top-level window; WM_WTSSESSION_CHANGE only a window registered with
WTSRegisterSessionNotification (NOTIFY_FOR_THIS_SESSION). Imported only on Windows; not
run by the test suite (Linux), so kept to the few documented constants and calls."""

from __future__ import annotations

import ctypes
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication

if TYPE_CHECKING:
    from app.ui.shell.session_watch import SessionWatch

WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
PBT_APMRESUMESUSPEND = 0x0007
PBT_APMRESUMEAUTOMATIC = 0x0012
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


class _Msg(ctypes.Structure):
    """The start of winuser.h's MSG: hwnd, message, wParam, lParam."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    ]


class SessionEventFilter(QAbstractNativeEventFilter):
    def __init__(self, watch: SessionWatch) -> None:
        super().__init__()
        self.watch = watch

    def nativeEventFilter(  # noqa: N802 - Qt's name
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        if bytes(event_type.data() if isinstance(event_type, QByteArray) else event_type) != (
            b"windows_generic_MSG"
        ) or not message:
            return False, 0
        msg = _Msg.from_address(int(message))
        if msg.message == WM_POWERBROADCAST:
            if msg.wParam == PBT_APMSUSPEND:
                self.watch.sleeping.emit()
            elif msg.wParam in (PBT_APMRESUMESUSPEND, PBT_APMRESUMEAUTOMATIC):
                self.watch.woken.emit()
        elif msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
            self.watch.session_locked.emit()
        return False, 0


def install(watch: SessionWatch, win_id: int) -> SessionEventFilter | None:
    """Register `win_id` for session notifications and filter the app's native messages;
    the returned filter must be kept alive."""
    if sys.platform != "win32":
        return None
    wtsapi32 = ctypes.WinDLL("wtsapi32")
    wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(win_id), NOTIFY_FOR_THIS_SESSION)
    event_filter = SessionEventFilter(watch)
    app = QCoreApplication.instance()
    if app is not None:
        app.installNativeEventFilter(event_filter)
    return event_filter
