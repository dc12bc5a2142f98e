"""Take the README's screenshots from the real app: `xvfb-run -a .venv/bin/python
tools/screenshots.py` (a throwaway vault in a temporary folder; nothing of yours is read)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.main import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(Path(tmp) / "vault", kdf_seconds=0)
        window.resize(760, 620)
        window.show()
        page = window.create_page
        page.pseudonym.setText("Researcher 7")
        page.passphrases.first.setText("mountain river lantern")
        page.passphrases.second.setText("mountain river lantern")

        def shoot() -> None:
            OUT.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(OUT / "create-vault.png"))
            app.quit()

        QTimer.singleShot(500, shoot)
        app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
