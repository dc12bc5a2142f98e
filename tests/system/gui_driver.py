"""Runs the real desktop window (offscreen) in its own process, driven line by line on stdin,
for tests that look at the process from outside (its limits, its memory).

    python -m tests.system.gui_driver VAULT_DIR

Hardens the process as `guvoh` does (app.hardening, before any secret), shows the real
MainWindow, then reads commands on stdin and answers each on stdout with one line:

    unlock            the next line is the passphrase; typed into the unlock page and its
                      Unlock button clicked -> "unlocked" (or "failed")
    open              opens the first case in the editor -> "opened <n>" (n cases listed)
    lock              clicks the workspace's Lock button (what Ctrl+L does) -> "locked"
    quit              closes the window -> "bye"
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app import hardening


def main() -> int:
    hardening.harden()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSocketNotifier, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.shell.window import MainWindow

    app = QApplication([sys.argv[0]])
    window = MainWindow(Path(sys.argv[1]))
    window.show()
    state = {"want_passphrase": False}

    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    def when(check: object, then: object, tries: int = 600) -> None:
        """Poll every 50 ms (the driver's own loop; the app's code is untouched)."""
        if check():  # type: ignore[operator]
            then()  # type: ignore[operator]
        elif tries <= 0:
            say("failed")
        else:
            QTimer.singleShot(50, lambda: when(check, then, tries - 1))

    def on_line(line: str) -> None:
        if state["want_passphrase"]:
            state["want_passphrase"] = False
            window.unlock_page.passphrase.setText(line)
            window.unlock_page.unlock_button.click()
            when(lambda: window.vault is not None, lambda: say("unlocked"))
        elif line == "unlock":
            state["want_passphrase"] = True
        elif line == "open":
            cases = window.workspace.cases
            window.workspace.select("cases")
            when(lambda: bool(cases.shown_case_ids()),
                 lambda: (cases.open_case(cases.shown_case_ids()[0]),
                          QTimer.singleShot(500, lambda: say(
                              f"opened {len(cases.shown_case_ids())}"))))
        elif line == "lock":
            window.workspace.lock_button.click()
            when(lambda: window.vault is None, lambda: say("locked"))
        elif line == "quit":
            window.close()
            say("bye")
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    pending = bytearray()

    def on_readable() -> None:
        data = os.read(sys.stdin.fileno(), 4096)  # unbuffered: no line waits in a buffer
        if not data:
            notifier.setEnabled(False)
            app.quit()
            return
        pending.extend(data)
        while b"\n" in pending:
            line, _, rest = bytes(pending).partition(b"\n")
            pending[:] = rest
            on_line(line.decode("utf-8"))

    notifier.activated.connect(on_readable)
    say("ready")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
