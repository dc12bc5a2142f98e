"""Launcher for bench/startup.py: starts Guvoh's desktop app (`app`) or a minimal PySide6
window (`minimal`) exactly as their own entry points do, and prints the CLOCK_MONOTONIC time
at which the first top-level window has finished its first paint, then exits.

The hook changes nothing the program does before that moment: PySide6.QtWidgets.QApplication
is replaced by a subclass whose only addition is an application event filter that watches for
the first Paint event of a widget in a visible top-level window; a zero-delay timer started
then fires once the paint pass under way is over (Qt paints a window's widgets in one pass),
and prints `FIRST_PAINT <time.monotonic()>`. Both sides use this same launcher, so the cost
of the hook (one import of PySide6.QtWidgets earlier than the program would make it, and the
filter) is the same on both."""

from __future__ import annotations

import os
import sys
import time


def _install_hook() -> None:
    from PySide6 import QtWidgets
    from PySide6.QtCore import QEvent, QObject, QTimer

    real = QtWidgets.QApplication

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, obj: object, event: QEvent) -> bool:  # noqa: N802
            if (not self.seen and event.type() == QEvent.Type.Paint
                    and isinstance(obj, QtWidgets.QWidget) and obj.window().isVisible()):
                self.seen = True
                QTimer.singleShot(0, _report)
            return False

    def _report() -> None:
        sys.stdout.write(f"FIRST_PAINT {time.monotonic():.6f}\n")
        sys.stdout.flush()
        os._exit(0)

    class BenchApplication(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            self._bench_filter = FirstPaint()
            self.installEventFilter(self._bench_filter)

    QtWidgets.QApplication = BenchApplication  # type: ignore[misc, assignment]


def minimal() -> int:
    """The reference: a QMainWindow holding a label, shown, and the event loop."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.show()
    return app.exec()


def main() -> None:
    which = sys.argv[1]
    sys.argv = [sys.argv[0]]
    _install_hook()
    if which == "minimal":
        sys.exit(minimal())
    from app.entry import main as guvoh_main

    guvoh_main()


if __name__ == "__main__":
    main()
