"""What happens when Guvoh meets a bug: a local report the user can read and copy.

sys.excepthook and threading.excepthook both land here. The report names the error's type
and the code path (file, line, function) and nothing else: no exception message (it may
quote a field of a case), no local variables, no arguments, no paths of the user's files.
Nothing is written to disk and nothing is sent anywhere.
"""

from __future__ import annotations

import platform
import sys
import threading
import traceback
from importlib import metadata
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

_REPO_MARKERS = ("/app/", "/crypto/", "/storage/")


def _where(filename: str) -> str:
    """The file's path inside Guvoh or a library, never the full path on this machine."""
    path = filename.replace("\\", "/")
    for marker in (*_REPO_MARKERS, "/site-packages/"):
        if marker in path:
            return marker.strip("/") + "/" + path.split(marker, 1)[1]
    return path.rsplit("/", 1)[-1]


def report(kind: type[BaseException], tb: TracebackType | None, thread: str = "") -> str:
    """The text of a crash report: versions, the error's type and its code path."""
    try:
        version = metadata.version("guvoh")
    except metadata.PackageNotFoundError:
        version = "unknown"
    lines = [
        f"Guvoh {version}, Python {platform.python_version()}, PySide6 {pyside_version}, "
        f"{platform.system()} {platform.machine()}",
        f"Error type: {kind.__module__}.{kind.__qualname__}" + (f" (thread {thread})"
                                                                if thread else ""),
        "Code path (most recent call last):",
    ]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_where(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


class CrashReporter(QObject):
    """Receives failures from any thread and shows them on the GUI thread."""

    crashed = Signal(str)  # the report

    def __init__(self) -> None:
        super().__init__()
        self.reports: list[str] = []
        self.crashed.connect(self.on_crashed, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def excepthook(self, kind: type[BaseException], _value: BaseException,
                   tb: TracebackType | None) -> None:
        self._handle(report(kind, tb))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        name = args.thread.name if args.thread is not None else ""
        self._handle(report(args.exc_type, args.exc_traceback, name))

    def _handle(self, text: str) -> None:
        print(text, file=sys.stderr)
        self.reports.append(text)
        self.crashed.emit(text)

    def on_crashed(self, text: str) -> None:
        if QApplication.instance() is None:
            return
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Guvoh")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(QCoreApplication.translate(
            "Crash",
            "Guvoh ran into a problem it did not expect. What was saved in your vault is "
            "safe; the last change may not have been saved.",
        ))
        box.setInformativeText(QCoreApplication.translate(
            "Crash",
            "The details below name only the place in Guvoh's code, never what you wrote. "
            "You may copy them to the people who maintain Guvoh.",
        ))
        box.setDetailedText(text)
        box.setAccessibleName(QCoreApplication.translate("Crash", "Unexpected problem"))
        box.open()
        self._box = box
