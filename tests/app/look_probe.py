"""A fresh Qt process for tests/app/test_look.py: loads and paints every icon Guvoh has (light
and dark, normal, disabled and on the accent), then prints one JSON object with the number
of icons painted and the Qt image plugins mapped into this process. Other tests in a pytest
process may load plugins themselves, so the check needs a process of its own.

python -m tests.app.look_probe"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication

from app.ui.common import look


def plugins() -> list[str]:
    with open("/proc/self/maps", encoding="utf-8") as maps:
        return sorted({line.split()[-1].rsplit("/", 1)[-1] for line in maps
                       if "/imageformats/" in line})


def main() -> int:
    app = QApplication(sys.argv[:1])
    names = sorted({p.name.rsplit("-", 1)[0] for p in look.icons_dir().glob("*.png")})
    painted = 0
    for scheme in (Qt.ColorScheme.Light, Qt.ColorScheme.Dark):
        look.apply(app, scheme)
        for name in names:
            for on_accent in (False, True):
                icon = look.icon(name, on_accent=on_accent)
                for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Selected):
                    for side in (16, 20, 24, 32):
                        image = icon.pixmap(QSize(side, side), 2.0, mode).toImage()
                        image = image.convertToFormat(QImage.Format.Format_ARGB32)
                        painted += int(any(bytes(image.constBits())[3::4]))  # some alpha
    print(json.dumps({"icons": len(names), "painted": painted, "plugins": plugins()}),
          flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
