"""What happens when Guvoh meets a bug: a local report the user can read and copy.

sys.excepthook and threading.excepthook both land here. The report names the error's type,
the function that failed (module and name) and the code path to it (module, function, file
inside Guvoh or a library, line), innermost last, and nothing else: no exception message (it
may quote a field of a case), no local variables, no arguments, no paths of the user's files.
An error Qt raises while calling a Python slot has no Python frames: then the slot's name is
taken from PySide's message (identifiers only) and the Python stack at that moment is shown.
Nothing is written to disk and nothing is sent anywhere.
"""

from __future__ import annotations

import contextlib
import platform
import re
import sys
import threading
import traceback
from importlib import metadata
from types import FrameType, TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.shell.disguise_panel import named

_REPO_MARKERS = ("/app/", "/crypto/", "/storage/")
_OWN_PACKAGES = ("app", "crypto", "storage")
MAX_FRAMES = 20  # the innermost ones; a deep path says how many outer frames were left out
# PySide6: 'Cannot call meta function "void _on_state(QAudio::State)" because parameter 0 of
# type "QAudio::State" cannot be converted.' Only C++ identifiers are taken from it.
_QT_SLOT = re.compile(r'Cannot call meta function "[\w:<>*& ]*?(\w+)\(([\w:<>*&, ]*)\)"')


def _where(filename: str) -> str:
    """The file's path inside Guvoh or a library, never the full path on this machine."""
    path = filename.replace("\\", "/")
    for marker in (*_REPO_MARKERS, "/site-packages/"):
        if marker in path:
            return marker.strip("/") + "/" + path.split(marker, 1)[1]
    return path.rsplit("/", 1)[-1]


def _frame_line(frame: FrameType, lineno: int | None) -> tuple[str, str]:
    """("module.function", "  module.function (file:line)") for one frame."""
    code = frame.f_code
    module = frame.f_globals.get("__name__")
    name = f"{module if isinstance(module, str) else '?'}.{code.co_qualname}"
    return name, f"  {name} ({_where(code.co_filename)}:{lineno})"


def _path(frames: list[tuple[FrameType, int | None]]) -> tuple[str, list[str]]:
    """The innermost function's name and the lines of the innermost MAX_FRAMES frames."""
    described = [_frame_line(frame, lineno) for frame, lineno in frames]
    lines = [line for _, line in described[-MAX_FRAMES:]]
    if len(described) > MAX_FRAMES:
        lines.insert(0, f"  ... {len(described) - MAX_FRAMES} outer frames left out")
    return (described[-1][0] if described else ""), lines


def _takes(function: object, count: int, bound: bool) -> bool:
    """Whether `function` (a plain Python function) can take `count` arguments."""
    code = getattr(function, "__code__", None)
    if code is None:
        return False
    if code.co_flags & 0x04:  # *args
        return True
    return int(code.co_argcount) - int(bound) >= count


def _defined_as(name: str, count: int) -> list[str]:
    """Where Guvoh's loaded code defines a function or method called `name` that takes
    `count` arguments (at most three): the slot's module, which Qt's message does not
    give."""
    found: list[str] = []
    for module_name, module in sorted(sys.modules.items()):
        if module_name.split(".", 1)[0] not in _OWN_PACKAGES or module is None:
            continue
        for obj in list(vars(module).values()):
            if getattr(obj, "__module__", None) != module_name:
                continue
            if isinstance(obj, type) and _takes(vars(obj).get(name), count, bound=True):
                found.append(f"{module_name}.{obj.__qualname__}.{name}")
            elif getattr(obj, "__name__", None) == name and _takes(obj, count, bound=False):
                found.append(f"{module_name}.{name}")
    return found[:3]


def _outside_this_module() -> list[tuple[FrameType, int | None]]:
    """The Python stack now, outermost first, without the crash handler's own frames."""
    frames: list[tuple[FrameType, int | None]] = []
    frame: FrameType | None = sys._getframe()
    while frame is not None:
        if frame.f_globals.get("__name__") != __name__:
            frames.append((frame, frame.f_lineno))
        frame = frame.f_back
    return frames[::-1]


def report(kind: type[BaseException], tb: TracebackType | None, thread: str = "",
           value: BaseException | None = None) -> str:
    """The text of a crash report: versions, the error's type, the function that failed
    and its code path. `value` is read only for the name of a slot Qt could not call."""
    try:
        version = metadata.version("guvoh")
    except metadata.PackageNotFoundError:
        version = "unknown"
    lines = [
        f"Guvoh {version}, Python {platform.python_version()}, PySide6 {pyside_version}, "
        f"{platform.system()} {platform.machine()}",
        f"Error type: {kind.__module__}.{kind.__qualname__}" + (f" (thread {thread})"
                                                                if thread else ""),
    ]
    if tb is not None:
        failing, path = _path(list(traceback.walk_tb(tb)))
        lines.append(f"Failed in: {failing}")
        lines.append("Code path (most recent call last):")
    else:
        slot = _QT_SLOT.search(str(value)) if isinstance(value, TypeError) else None
        lines.append("Failed in: " + (f"Qt could not call the Python slot {slot[1]}({slot[2]})"
                                      if slot else "code outside Python (no Python frames)"))
        if slot:
            with contextlib.suppress(Exception):  # the report goes on without it
                count = len([p for p in slot[2].split(",") if p.strip()])
                lines.extend(f"  a slot of that name: {where}"
                             for where in _defined_as(slot[1], count))
        failing, path = _path(_outside_this_module())
        lines.append("Python stack when it happened (most recent call last):")
    lines.extend(path)
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
        self._handle(report(kind, tb, value=_value))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        name = args.thread.name if args.thread is not None else ""
        self._handle(report(args.exc_type, args.exc_traceback, name, args.exc_value))

    def _handle(self, text: str) -> None:
        print(text, file=sys.stderr)
        self.reports.append(text)
        self.crashed.emit(text)

    def on_crashed(self, text: str) -> None:
        if QApplication.instance() is None:
            return
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(named("Guvoh"))  # named: a disguise's name instead, if one is set
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(named(QCoreApplication.translate(
            "Crash",
            "Guvoh ran into a problem it did not expect. What was saved in your vault is "
            "safe; the last change may not have been saved.",
        )))
        box.setInformativeText(named(QCoreApplication.translate(
            "Crash",
            "The details below name only the place in Guvoh's code, never what you wrote. "
            "You may copy them to the people who maintain Guvoh.",
        )))
        box.setDetailedText(named(text))
        box.setAccessibleName(QCoreApplication.translate("Crash", "Unexpected problem"))
        box.open()
        self._box = box
