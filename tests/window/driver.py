"""Drives the real app, in one language, through every main screen in real top-level windows
on an X server with a window manager (tests/window/xserver.py), and checks each screen's
layout (tests/window/checks.py) on both screens: 1280x720 maximised and at the window's
default size, 1366x768 maximised; dialogs at their own size over the window on 1366x768, and
they must fit 1280x720 too. One process walks everything, so the app starts once per
language. Faults made on purpose (--canary) show that the checks find them.

    python -m tests.window.driver --lang ru --world DIR --out faults.json [--shots DIR]

(DISPLAY must be the check's X server, QT_QPA_PLATFORM=xcb.) `--lang pseudo --qm FILE`
runs the pseudo-language. Writes the faults as JSON: screen, lang, size, state, widget, what.
With --shots, each screen at 1366x768 maximised (dialogs: their own size) is saved as PNG
(--every-shot: every size and state).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QTimer, QTranslator
from PySide6.QtGui import QPainter, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QWidget

from app.ui.common import i18n, jobs, look
from app.ui.shell.window import MainWindow
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.window import checks
from tests.window.world import PASSPHRASE

Screen = tuple[str, QWidget]  # a name, and the window (or dialog) showing it
EDITOR_TABS = ("interview", "story", "people", "events", "files", "history")


class Driver:
    def __init__(self, app: QApplication, lang: str, tmp: Path, shots: Path | None) -> None:
        self.app = app
        self.lang = lang
        self.tmp = tmp
        self.shots = shots
        self.faults: list[dict[str, str]] = []
        self.visits = 0
        self.screens: list[str] = []
        small, large = sorted(app.screens(), key=lambda s: s.size().width())[:2]
        self.small, self.large = small, large
        self.screen_name = ""
        self._watch = QTimer()
        self._watch.timeout.connect(self._close_unexpected_dialogs)
        self._watch.start(200)
        self.allowed_dialogs: set[int] = set()
        self.every_shot = False  # shots of every size and state, not only 1366x768
        self.canary = False  # plant faults on the first screen (--canary)

    # --- waiting ---------------------------------------------------------------------------

    def settle(self, window: QWidget | None = None, *, least: float = 0.05) -> None:
        """Let the window manager and Qt finish: events, layouts, background jobs, and the
        window's geometry unchanged for a moment."""
        start = time.monotonic()
        deadline = start + 20
        last, steady = None, 0
        while time.monotonic() < deadline:
            self.app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            busy = bool(jobs._ACTIVE)
            now = (window.frameGeometry(), window.geometry()) if window is not None else None
            steady = steady + 1 if now == last and not busy else 0
            last = now
            if steady >= 5 and time.monotonic() - start >= least:
                return
            time.sleep(0.01)
        self.fault("", "the window or a background job did not settle within 20 s")

    def until(self, condition: Callable[[], bool], what: str, seconds: float = 30) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if condition():
                return True
            self.app.processEvents()
            time.sleep(0.01)
        self.fault("", f"timed out waiting for {what}")
        return False

    def _close_unexpected_dialogs(self) -> None:
        """A modal dialog nobody asked for (a message box, a file chooser) would stop the
        walk: note it as a fault and close it."""
        modal = QApplication.activeModalWidget()
        if modal is not None and id(modal) not in self.allowed_dialogs:
            text = getattr(modal, "text", lambda: "")()
            self.fault("", f"unexpected dialog {type(modal).__name__} {text[:80]!r}")
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()

    # --- faults ----------------------------------------------------------------------------

    def fault(self, widget: str, what: str, size: str = "", state: str = "") -> None:
        self.faults.append({"screen": self.screen_name, "lang": self.lang, "size": size,
                            "state": state, "widget": widget, "what": what})

    # --- placing and checking --------------------------------------------------------------

    def place(self, top: QWidget, screen: QScreen, maximised: bool,
              default: tuple[int, int] | None) -> None:
        if top.screen() is not screen:
            top.hide()
            self.settle()
            top.setScreen(screen)
        if maximised:
            top.showMaximized()
            deadline = time.monotonic() + 2  # the window manager's answer
            while time.monotonic() < deadline and not top.isMaximized():
                self.app.processEvents()
                time.sleep(0.01)
        else:
            if top.isMaximized():
                top.showNormal()
                self.settle(top)
            if default is not None:  # where a person would open it: the screen's corner
                top.resize(*default)
                top.move(screen.availableGeometry().topLeft())
            top.show()
        top.raise_()
        top.activateWindow()
        self.settle(top)

    def visit(self, name: str, top: QWidget) -> None:
        """Check screen `name` shown in `top` in every size and state a person would have."""
        self.screen_name = name
        self.screens.append(name)
        default = ((top.property("default_width"), top.property("default_height"))
                   if top.property("default_width") else None)  # dialogs: their own size
        dialog = isinstance(top, QDialog)
        # A dialog opens over its window (on 1366x768, see over()), at its own size, which
        # must also fit 1280x720.
        configs: list[tuple[QScreen, bool]] = (
            [(top.screen(), False)] if dialog
            else [(self.small, False), (self.small, True), (self.large, True)])
        if self.visits % 2 and not dialog:  # fewer moves between the two screens
            configs.reverse()
        self.visits += 1
        for screen, maximised in configs:
            if dialog:
                self.settle(top)
            else:
                self.place(top, screen, maximised, default)
            size = f"{screen.size().width()}x{screen.size().height()}"
            state = "maximised" if maximised else "default size"
            found = self.judge(top, screen)
            if found:  # once more, after the window manager surely finished
                self.settle(top, least=0.3)
                found = self.judge(top, screen)
            for widget, what in found:
                self.fault(checks.describe(widget), what, size, state)
            if self.shots is not None and screen is self.large and (maximised or dialog):
                self.shoot(name, top, screen)
            elif self.shots is not None and self.every_shot:
                self.shoot(f"{name}-{size}-{state.replace(' ', '-')}", top, screen)

    def judge(self, top: QWidget, screen: QScreen) -> list[checks.Fault]:
        frame = frame_of(top)
        found = checks.check(top, screen, frame)
        if isinstance(top, QDialog) and screen is not self.small:
            found += [(w, what + " (1280x720)")
                      for w, what in checks.window_fits(top, self.small, frame)
                      if not top.isMaximized()]
        return found

    def over(self, window: QWidget) -> None:
        """Before a dialog: its window maximised on 1366x768, where the dialog opens."""
        self.place(window, self.large, True, None)

    def shoot(self, name: str, top: QWidget, screen: QScreen) -> None:
        assert self.shots is not None
        self.shots.mkdir(parents=True, exist_ok=True)
        top.raise_()
        self.settle(top, least=0.2)
        found = x_geometry(top)
        frame, client = found if found is not None else (top.frameGeometry(), top.geometry())
        origin = screen.geometry().topLeft()
        # The frame as the window manager drew it, from the screen; the window's own content
        # as Qt renders it (a dialog may not be painted on the X server yet).
        picture = screen.grabWindow(0, frame.x() - origin.x(), frame.y() - origin.y(),
                                    frame.width(), frame.height())
        painter = QPainter(picture)
        painter.drawPixmap(client.topLeft() - frame.topLeft(), top.grab())
        painter.end()
        picture.save(str(self.shots / f"{name}.png"), "PNG")

    def window(self, vault_dir: Path) -> MainWindow:
        settings = self.tmp / f"settings-{vault_dir.name}.json"  # each its own default size
        window = MainWindow(vault_dir, kdf_seconds=0, settings_path=settings)
        window.setProperty("default_width", window.width())
        window.setProperty("default_height", window.height())
        return window

    def walk(self, screens: Iterator[Screen]) -> None:
        """Visit each screen the generator reaches; a screen that cannot be reached is a
        fault, and the walk goes on with the next part."""
        try:
            for name, top in screens:
                self.visit(name, top)
        except Exception:  # noqa: BLE001 - reported as a fault, the other parts still run
            self.fault("", "could not be reached: "
                       + traceback.format_exc(limit=-3).strip().replace("\n", " | "))

    # --- the screens -----------------------------------------------------------------------

    def first_run(self) -> Iterator[Screen]:
        window = self.window(self.tmp / "new")
        self.screen_name = "welcome"
        if self.canary:
            plant_faults(window.create_page)
        window.show()
        yield "welcome", window
        window.code_page.show_code("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789")
        window.stack.setCurrentWidget(window.code_page)
        yield "recovery-code", window
        window.close()

    def unlock(self, window: MainWindow, name: str) -> None:
        vault = Vault.unlock(self.tmp / name, PASSPHRASE, DeviceKeyring.none())
        window.on_unlocked(vault)
        self.settle(window)

    def researcher(self) -> Iterator[Screen]:
        window = self.window(self.tmp / "researcher")
        self.screen_name = "lock"
        window.show()
        yield "lock", window
        window.stack.setCurrentWidget(window.recover_page)
        yield "recover", window
        window.stack.setCurrentWidget(window.unlock_page)
        self.screen_name = "cases"
        self.unlock(window, "researcher")
        workspace = window.workspace
        workspace.select("cases")
        yield "cases", window
        cases = workspace.cases
        first = cases.list.model.case_id(0) if hasattr(cases.list.model, "case_id") else None
        case_id = first or _first_case(window)
        self.screen_name = "editor"
        cases.open_case(case_id)
        editor = cases.editor
        for tab in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(tab)
            yield "editor-" + (EDITOR_TABS[tab] if tab < len(EDITOR_TABS) else str(tab)), window
        editor.closed.emit()
        self.screen_name = "export"
        from app.ui.researcher.export import ExportDialog

        assert window.vault is not None
        self.over(window)
        dialog = ExportDialog(window.vault, [case_id], window)
        folder = getattr(dialog, "folder", None)
        if folder is not None:
            folder.set_path(self.tmp)
        dialog.show()
        yield "export", dialog
        dialog.close()
        from app.ui.researcher.delivered import PurgeDialog, ReceiptImportDialog

        vault = window.vault
        yield from self.dialogs(window, [
            ("receipt-import", lambda: ReceiptImportDialog(vault, window)),
            ("purge", lambda: PurgeDialog(vault, window)),
            ("shortcuts", lambda: _shortcuts(window)),
        ])
        for section in ("organisations", "identity", "settings"):
            self.screen_name = section
            workspace.select(section)
            yield section, window
        self.screen_name = "organisations-card"
        workspace.select("organisations")
        check = workspace.organisations.card_check
        check.path.set_path(self.tmp / "memorial.card")
        check.read_button.click()
        self.settle(window)
        yield "organisations-card", window
        window.lock()
        window.close()

    def submitter(self) -> Iterator[Screen]:
        window = self.window(self.tmp / "submitter")
        window.show()
        self.screen_name = "story"
        self.unlock(window, "submitter")
        window.workspace.select("story")
        story = window.workspace.story
        for step in range(story.pages.count()):
            story.pages.setCurrentIndex(step)
            page = story.pages.currentWidget()
            assert page is not None
            inner = page.findChildren(QWidget)
            kind = next((type(w).__name__ for w in [page, *inner]
                         if type(w).__name__.endswith("Step")), f"step{step}")
            yield f"story-{step + 1}-{kind.removesuffix('Step').lower()}", window
        window.lock()
        window.close()

    def coordinator(self) -> Iterator[Screen]:
        window = self.window(self.tmp / "coordinator")
        window.show()
        self.screen_name = "inbox"
        self.unlock(window, "coordinator")
        workspace = window.workspace
        workspace.select("inbox")
        inbox = workspace.inbox
        inbox.add_paths([self.tmp / "outbox"])
        self.until(lambda: not inbox.busy, "the Inbox to read the bundles")
        self.settle(window)
        yield "inbox", window
        self.screen_name = "inbox-safety-code"
        unknown = _unknown_signer_row(inbox)
        if unknown is None:
            self.fault("", "no file from an unknown sender in the Inbox")
        else:
            inbox.select_row(unknown)
            inbox.pin_button.click()
            self.settle(window)
            yield "inbox-safety-code", window
        from app.services import cases as case_service
        from app.services import team

        # Two received cases triaged: the list's Status and Assigned to columns (a long name).
        vault = window.vault
        assert vault is not None
        for case, status, who in zip(case_service.list_cases(vault)[1:],
                                     ("follow_up", "verified"),
                                     ("Dilnoza Karimova-Rakhmonova", ""), strict=False):
            team.triage(vault, str(case.id), status=status, assign=who or None)
        for section in ("researchers", "overview", "cases"):
            self.screen_name = section
            workspace.select(section)
            self.settle(window)
            if section == "cases":
                workspace.cases.list.table.selectRow(0)
                yield "coordinator-cases", window
            else:
                yield section, window
        from app.services import provenance
        from app.ui.coordinator.receipts import ReceiptDialog
        from app.ui.coordinator.reports import ReportDialog

        shown = [str(case.id) for case in case_service.list_cases(vault)]
        yield from self.dialogs(window, [
            ("report", lambda: ReportDialog(vault, shown, window)),
            ("receipts", lambda: ReceiptDialog(
                vault, provenance.bundles_received_with(vault, shown), window)),
        ])
        self.screen_name = "coordinator-case"  # a received case, opened
        received = workspace.cases.list.model.case_id(0)
        if received is None:
            self.fault("", "no received case in the coordinator's Cases")
        else:
            team.triage(vault, received, status="reviewing", assign="Alice",
                        tags=("urgent", "follow-up"), note="Call the witness back on Monday.")
            workspace.cases.open_case(received)
            self.settle(window)
            yield "coordinator-case", window
            self.screen_name = "coordinator-case-triage"
            editor = workspace.cases.editor
            editor.tabs.setCurrentWidget(editor.triage)
            self.settle(window)
            yield "coordinator-case-triage", window
        window.lock()
        window.close()

    def team(self) -> Iterator[Screen]:
        from tests.window.team_screens import screens

        yield from screens(self)

    def dialogs(self, window: QWidget,
                makers: list[tuple[str, Callable[[], QWidget]]]) -> Iterator[Screen]:
        """Each dialog shown over the window at its own size, then closed; one that cannot
        be made is a fault, and the next is tried."""
        for name, make in makers:
            self.screen_name = name
            try:
                self.over(window)
                dialog = make()
            except Exception:  # noqa: BLE001 - reported, the walk goes on
                self.fault("", "could not be reached: "
                           + traceback.format_exc(limit=-3).strip().replace("\n", " | "))
                continue
            dialog.show()
            yield name, dialog
            dialog.close()
            dialog.deleteLater()

    def run(self, parts: list[str] | None = None) -> None:
        for name in parts or list(PARTS):
            self.walk(getattr(self, name)())


PARTS = ("first_run", "researcher", "submitter", "coordinator", "team")


def plant_faults(page: QWidget) -> None:
    """Faults made on purpose (--canary), which the check must find: a button too narrow
    for its words, a label partly outside its parent, two overlapping labels, and a widget
    wider than any screen."""
    squeezed = QPushButton("A button far too narrow for these words", page)
    squeezed.setGeometry(0, 0, 40, 30)
    outside = QLabel("Partly outside", page)
    outside.setGeometry(page.width() - 20, 40, 200, 20)
    page.installEventFilter(_KeepOutside(outside, page))
    first, second = QLabel("One", page), QLabel("Two", page)
    first.setGeometry(0, 80, 100, 20)
    second.setGeometry(50, 85, 100, 20)
    layout = page.layout()
    wide = QWidget()
    wide.setMinimumWidth(3000)
    if layout is not None:
        layout.addWidget(wide)


class _KeepOutside(QObject):
    """Keeps the planted label hanging over its parent's right edge after each resize."""

    def __init__(self, label: QWidget, page: QWidget) -> None:
        super().__init__(page)
        self.label = label

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and isinstance(obj, QWidget):
            self.label.move(obj.width() - 20, 40)
        return False


def frame_of(top: QWidget) -> QRect | None:
    """The window with its frame, as the X server and the window manager see it (Qt may
    keep a stale position or frame)."""
    found = x_geometry(top)
    return found[0] if found is not None else None


def x_geometry(top: QWidget) -> tuple[QRect, QRect] | None:
    """The window's frame and its client area on its screen: the client's place from the X
    server (xwininfo), the frame's margins from the window manager (_NET_FRAME_EXTENTS:
    left, right, top, bottom)."""
    window = str(int(top.winId()))
    info = subprocess.run(["xwininfo", "-id", window], capture_output=True, text=True,
                          check=False).stdout
    extents = subprocess.run(["xprop", "-id", window, "-notype", "_NET_FRAME_EXTENTS"],
                             capture_output=True, text=True, check=False).stdout
    numbers = re.findall(r"\d+", extents.partition("=")[2])
    place = {key: re.search(rf"{key}:\s+(-?\d+)", info) for key in (
        "Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")}
    if len(numbers) != 4 or not all(place.values()):
        return None
    x, y, w, h = (int(m.group(1)) for m in place.values() if m is not None)
    left, right, above, below = (int(n) for n in numbers)
    return QRect(x - left, y - above, w + left + right, h + above + below), QRect(x, y, w, h)


def _shortcuts(window: MainWindow) -> QWidget:
    window.show_shortcuts()
    dialog = window.shortcuts_dialog
    assert dialog is not None
    return dialog


def _first_case(window: MainWindow) -> str:
    from app.services import cases as case_service

    assert window.vault is not None
    return str(case_service.list_cases(window.vault)[0].id)


def _unknown_signer_row(inbox: Any) -> int | None:
    from app.domain.outcomes import Outcome

    rows = getattr(inbox.model, "rows", None) or getattr(inbox.model, "_rows", [])
    for n, row in enumerate(rows):
        item = getattr(row, "item", None)
        if item is not None and item.kind is Outcome.UNKNOWN_SIGNER:
            return int(inbox.proxy.mapFromSource(inbox.model.index(n, 0)).row())
    return None


def install_language(app: QApplication, lang: str, qm: Path | None) -> list[QObject]:
    if lang != "pseudo":
        i18n.install(lang)
        return []
    i18n.install("en")
    translator = QTranslator(app)
    if qm is None or not translator.load(str(qm)):
        raise SystemExit(f"cannot load the pseudo-language from {qm}")
    app.installTranslator(translator)
    return [translator]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", required=True)
    parser.add_argument("--world", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--qm", type=Path)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--every-shot", action="store_true")
    parser.add_argument("--canary", action="store_true",
                        help="plant faults on the first screen, to see the check find them")
    parser.add_argument("--parts", help="walk only these parts: " + ",".join(PARTS))
    args = parser.parse_args(argv)
    app = QApplication([sys.argv[0]])
    app.setApplicationName("Guvoh")
    look.apply(app)  # the app's own look, as app.ui.shell.window.main sets it
    if len(app.screens()) < 2:
        raise SystemExit("needs the check's X server with two screens (tests/window/xserver.py)")
    keep = install_language(app, args.lang, args.qm)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="guvoh-window-") as tmp_name:
        tmp = Path(tmp_name) / "world"
        shutil.copytree(args.world, tmp)
        driver = Driver(app, args.lang, tmp, args.shots)
        driver.every_shot = args.every_shot
        driver.canary = args.canary
        driver.run(args.parts.split(",") if args.parts else None)
        jobs.wait_all(10)
    del keep
    args.out.write_text(json.dumps({"faults": driver.faults, "screens": driver.screens,
                                    "seconds": round(time.monotonic() - started, 1)},
                                   ensure_ascii=False,
                                   indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
