"""macOS: sleep and screen lock seen without PyObjC, by a one-second poll while the vault is
open (SessionWatch starts it on macOS only).

- Sleep: Python's time.monotonic() on macOS is mach_absolute_time, which stops while the
  computer sleeps; CLOCK_MONOTONIC (idle.suspend_clock) keeps counting. After a sleep the
  second has run ahead of the first by the time asleep: more than SLEPT_SECONDS, and the
  vault locks at the first tick after waking, before anyone can use the window. (Linux
  locks before the sleep, through logind's delay inhibitor; macOS offers that only through
  IOKit's power callbacks, which need a run-loop source Qt does not expose.)
- Screen lock: CoreGraphics' CGSessionCopyCurrentDictionary() says
  "CGSSessionScreenIsLocked" while the screen is locked (Ctrl+Cmd+Q, the screen saver with
  a password, the lid with "require password"); read through ctypes each tick.

`SleepGap` is plain arithmetic on two clocks, tested on every system with clocks given to
it; the CoreGraphics call runs only on macOS (not run by this project's CI: say so in
docs/security.md)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.ui.shell.idle import suspend_clock

POLL_MS = 1000
# More than this between the two clocks' progress over one tick is a sleep (a busy system
# delays a tick, but both clocks see the delay alike).
SLEPT_SECONDS = 3.0


class SleepGap:
    """Whether `asleep_clock` (counts in sleep) ran ahead of `awake_clock` (stops in sleep)
    by more than SLEPT_SECONDS since the last look."""

    def __init__(self, awake_clock: Callable[[], float] = time.monotonic,
                 asleep_clock: Callable[[], float] = suspend_clock) -> None:
        self.awake_clock = awake_clock
        self.asleep_clock = asleep_clock
        self._last = self._offset()

    def _offset(self) -> float:
        return self.asleep_clock() - self.awake_clock()

    def slept(self) -> bool:
        now = self._offset()
        gap, self._last = now - self._last, now
        return gap > SLEPT_SECONDS


def screen_is_locked() -> bool:  # pragma: no cover - macOS only
    """CGSSessionScreenIsLocked in the current session's dictionary (False when absent or
    when the call fails: a lock missed here is still caught by sleep and the idle clock)."""
    import ctypes
    import ctypes.util

    try:
        cg = ctypes.CDLL(ctypes.util.find_library("CoreGraphics") or "CoreGraphics")
        cf = ctypes.CDLL(ctypes.util.find_library("CoreFoundation") or "CoreFoundation")
    except OSError:
        return False
    cg.CGSessionCopyCurrentDictionary.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
    cf.CFDictionaryGetValue.restype = ctypes.c_void_p
    cf.CFDictionaryGetValue.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    cf.CFBooleanGetValue.restype = ctypes.c_bool
    cf.CFBooleanGetValue.argtypes = [ctypes.c_void_p]
    cf.CFRelease.argtypes = [ctypes.c_void_p]
    session = cg.CGSessionCopyCurrentDictionary()
    if not session:
        return False
    key = cf.CFStringCreateWithCString(None, b"CGSSessionScreenIsLocked", 0x08000100)  # UTF-8
    try:
        value = cf.CFDictionaryGetValue(session, key) if key else None
        return bool(value) and bool(cf.CFBooleanGetValue(value))
    finally:
        if key:
            cf.CFRelease(key)
        cf.CFRelease(session)


class MacSessionPoll(QObject):
    """Ticks while started: `slept` after a sleep, `screen_locked` while the screen is."""

    slept = Signal()
    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None,
                 locked: Callable[[], bool] = screen_is_locked,
                 gap: SleepGap | None = None) -> None:
        super().__init__(parent)
        self.locked = locked
        self.gap = gap or SleepGap()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.gap.slept()  # from now on
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def running(self) -> bool:
        return self._timer.isActive()

    def tick(self) -> None:
        if self.gap.slept():
            self.slept.emit()
        elif self.locked():
            self.screen_locked.emit()
