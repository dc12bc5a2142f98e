"""A separate Qt process on a real X server (Xvfb), for tests/app/test_clipboard_lock.py: the
X clipboard belongs to a process, so "Guvoh owns it" and "someone else owns it" need two.

python -m tests.app.clipboard_peer guvoh VAULT_DIR TEXT   the app, unlocked, TEXT copied from
    its search field (clipboard and selection); commands on stdin, one per line: "lock",
    "status"; each answer is one JSON line; ends at end of input
python -m tests.app.clipboard_peer owner TEXT   another program that copies TEXT; ends at
    end of input
python -m tests.app.clipboard_peer read         prints the clipboard and selection as JSON"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication


def _say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def _owns(app: QApplication) -> dict[str, bool]:
    clipboard = app.clipboard()
    return {"owns_clipboard": clipboard.ownsClipboard(),
            "owns_selection": clipboard.ownsSelection()}


def _on_stdin(app: QApplication, handle: object) -> QSocketNotifier:
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def ready() -> None:
        line = sys.stdin.readline()
        if not line:
            notifier.setEnabled(False)
            app.quit()
            return
        handle(line.strip())  # type: ignore[operator]

    notifier.activated.connect(ready)
    return notifier


def guvoh(app: QApplication, vault_dir: Path, text: str) -> int:
    from app.services import cases as case_service
    from app.ui.shell.window import MainWindow
    from crypto.kdf import FLOOR
    from storage.devicekeyring import DeviceKeyring
    from storage.vault import Vault
    from tests.casedata import sample
    from tests.conftest import PASSPHRASE

    vault, _ = Vault.create(vault_dir, PASSPHRASE, FLOOR, DeviceKeyring.none())
    case_service.add_case(vault, sample("uz"))
    window = MainWindow(vault_dir, kdf_seconds=0, settings_path=vault_dir.parent / "s.json")
    window.show()
    window.on_unlocked(vault)
    search = window.workspace.cases.list.search
    search.setText(text)
    search.selectAll()
    search.copy()  # what Ctrl+C does
    app.clipboard().setText(text, QClipboard.Mode.Selection)  # what selecting with the mouse does

    def handle(command: str) -> None:
        if command == "lock":
            window.lock()
            _say(locked=window.vault is None, **_owns(app))
        elif command == "status":
            _say(**_owns(app))

    notifier = _on_stdin(app, handle)
    QTimer.singleShot(0, lambda: _say(ready=True, **_owns(app)))
    code = app.exec()
    del notifier
    return code


def owner(app: QApplication, text: str) -> int:
    app.clipboard().setText(text, QClipboard.Mode.Clipboard)
    app.clipboard().setText(text, QClipboard.Mode.Selection)
    notifier = _on_stdin(app, lambda _command: None)
    QTimer.singleShot(0, lambda: _say(ready=True, **_owns(app)))
    code = app.exec()
    del notifier
    return code


def read(app: QApplication) -> int:
    clipboard = app.clipboard()
    _say(clipboard=clipboard.text(QClipboard.Mode.Clipboard),
         selection=clipboard.text(QClipboard.Mode.Selection))
    return 0


def main(argv: list[str]) -> int:
    app = QApplication([sys.argv[0]])
    assert app.platformName() == "xcb", app.platformName()
    if argv[0] == "guvoh":
        return guvoh(app, Path(argv[1]), argv[2])
    if argv[0] == "owner":
        return owner(app, argv[1])
    return read(app)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
