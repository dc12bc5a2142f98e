"""A fresh Qt process that drives the real attachment viewer, for
tests/app/test_viewer_plugins.py: which Qt image plugins end up in the app's own process
after it was shown hostile pictures (issue 13, item 2). Other tests in a pytest process may
load plugins themselves, so the check needs a process of its own.

python -m tests.app.viewer_probe   opens each attachment of CASES in one ViewerDialog, one
    after another, and prints one JSON object: what each became ("message" or "picture" and
    its size) and the imageformats plugins mapped into this process at the end."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.researcher.viewer import ViewerDialog
from tests import attachment_files as files

CASES: list[tuple[str, str]] = [
    ("page.pdf", "image/jpeg"), ("page.pdf", "image/png"),
    ("drawing.svg", "image/png"), ("drawing.svg", "image/jpeg"),
    ("photo.tif", "image/jpeg"), ("photo.tif", "image/png"),
    ("photo.webp", "image/png"), ("photo.webp", "image/jpeg"),
    ("huge.png", "image/png"), ("cut.jpg", "image/jpeg"),
    ("photo.jpg", "image/png"), ("small.png", "image/jpeg"),
]


def data_of(name: str) -> bytes:
    made = {"huge.png": lambda: files.png_header(30_000, 30_000),
            "cut.jpg": files.truncated_jpeg, "small.png": lambda: files.png(21, 13)}
    return made[name]() if name in made else files.vector(name)


def plugins() -> list[str]:
    with open("/proc/self/maps", encoding="utf-8") as maps:
        return sorted({line.split()[-1].rsplit("/", 1)[-1] for line in maps
                       if "/imageformats/" in line})


def main() -> int:
    app = QApplication(sys.argv[:1])
    viewer = ViewerDialog()
    viewer.show()
    results: list[dict[str, object]] = []
    pending = list(CASES)
    started = [0.0]

    def next_case() -> None:
        if not pending:
            print(json.dumps({"results": results, "plugins": plugins()}), flush=True)
            app.quit()
            return
        name, label = pending[0]
        started[0] = time.monotonic()
        viewer.open_bytes(data_of(name), label)
        poll.start()

    def check() -> None:
        name, label = pending[0]
        if viewer.shows_message or viewer.shows_content():
            size = viewer.image.picture_size()
            results.append({"name": name, "label": label,
                            "shown": "message" if viewer.shows_message else "picture",
                            "size": [size.width(), size.height()],
                            "text": viewer.error.text()})
        elif time.monotonic() - started[0] < 60:
            return
        else:
            results.append({"name": name, "label": label, "shown": "nothing"})
        poll.stop()
        pending.pop(0)
        viewer.release()
        QTimer.singleShot(0, next_case)

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(check)
    QTimer.singleShot(0, next_case)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
