"""The idle clock behind auto-lock. It counts on a clock that keeps running while the computer
sleeps (Linux CLOCK_BOOTTIME), so a lid shut for an hour counts as an hour of no activity: on
waking, the vault locks at once if the idle limit passed meanwhile. Qt's timers run on a
monotonic clock that stops during suspend, so they only schedule the next look at the clock
(at most a second away); the decision is always made on the suspend-aware clock."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

# The longest Qt's (suspend-blind) timer waits before the suspend-aware clock is read again:
# after a resume the vault locks within this time even if no wake-up signal arrives.
TICK_MS = 1000


def _windows_clock() -> float:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
    kernel32.GetTickCount64.restype = ctypes.c_uint64
    return float(kernel32.GetTickCount64()) / 1000.0  # counts while asleep


def suspend_clock() -> float:
    """Seconds on a clock that includes time spent asleep: CLOCK_BOOTTIME on Linux,
    CLOCK_MONOTONIC on macOS (which, unlike Python's time.monotonic there, keeps counting
    in sleep), GetTickCount64 on Windows."""
    if sys.platform.startswith("linux"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin":  # pragma: no cover - macOS only
        return time.clock_gettime(time.CLOCK_MONOTONIC)
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_clock()
    return time.monotonic()  # pragma: no cover - other systems: best effort


class IdleClock(QObject):
    """A deadline `interval()` ms after the last activity, on `clock` (seconds). `expired`
    is emitted once when the deadline is found passed: at the next tick, on `check()` (a
    wake-up), or on `touch()` (the first key press after waking does not reset a deadline
    that passed while the computer slept)."""

    expired = Signal()

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], float] = suspend_clock
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.tick_ms = TICK_MS
        self._interval_ms = 5 * 60 * 1000
        self._deadline: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)

    def interval(self) -> int:
        return self._interval_ms

    def setInterval(self, ms: int) -> None:  # noqa: N802 - as QTimer's
        """A new idle limit; a running clock starts over from now, as a QTimer would."""
        self._interval_ms = ms
        if self._deadline is not None:
            self.start()

    def isActive(self) -> bool:  # noqa: N802 - as QTimer's
        return self._deadline is not None

    def start(self) -> None:
        """Count from now."""
        self._deadline = self.clock() + self._interval_ms / 1000.0
        self._schedule()

    def stop(self) -> None:
        self._deadline = None
        self._timer.stop()

    def remaining(self) -> float | None:
        """Seconds left on the suspend-aware clock, or None when stopped."""
        return None if self._deadline is None else self._deadline - self.clock()

    def touch(self) -> None:
        """Activity: expire if the deadline already passed (asleep, say), else start over
        (a stopped clock starts)."""
        if self._deadline is None or self.check():
            self.start()

    def check(self) -> bool:
        """Expire now if the deadline passed; True if the clock still runs afterwards."""
        left = self.remaining()
        if left is None:
            return False
        if left <= 0:
            self.stop()
            self.expired.emit()
            return False
        self._schedule()
        return True

    def _schedule(self) -> None:
        left = self.remaining()
        if left is not None:
            self._timer.start(max(0, min(self.tick_ms, int(left * 1000) + 1)))
