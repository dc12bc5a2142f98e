"""Render Guvoh's icons to PNG, once, on a developer's machine (the app never loads SVG).

The sources are Lucide icons (ISC licence) kept in tools/icons/lucide/, copied unchanged from
the npm package lucide-static. Each is rendered as a black-on-transparent mask at 16 and 24
pixels, at 1x and 2x, into resources/icons/<name>-<size>[@2x].png; app/ui/common/look.py
tints the mask with the palette's colours when it paints it.

    # add an icon: copy its SVG from lucide-static's icons/ folder, then
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/icons.py [--from DIR NAME...]

`--from DIR NAME...` copies NAME.svg from DIR (an unpacked lucide-static's `icons` folder)
into tools/icons/lucide/ first. Rendering uses QtSvg's QSvgRenderer here, in this tool only.
The output is the same bytes for the same inputs and Qt version (no time stamps in PNG).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "tools" / "icons" / "lucide"
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24)


def render(svg: Path, side: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    text = svg.read_text(encoding="utf-8").replace("currentColor", "#000000")
    renderer = QSvgRenderer(QByteArray(text.encode()))
    if not renderer.isValid():
        raise ValueError(f"{svg.name} is not an SVG Qt can render")
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, help="lucide-static's icons folder")
    parser.add_argument("names", nargs="*", help="icons to copy from --from")
    args = parser.parse_args(argv)
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication([])
    SOURCES.mkdir(parents=True, exist_ok=True)
    OUT.mkdir(parents=True, exist_ok=True)
    for name in args.names:
        if args.source is None:
            parser.error("names need --from")
        shutil.copyfile(args.source / f"{name}.svg", SOURCES / f"{name}.svg")
    made = 0
    for svg in sorted(SOURCES.glob("*.svg")):
        for side in SIZES:
            for scale, suffix in ((1, ""), (2, "@2x")):
                target = OUT / f"{svg.stem}-{side}{suffix}.png"
                target.write_bytes(render(svg, side * scale))
                made += 1
    print(f"{made} PNG files from {len(list(SOURCES.glob('*.svg')))} icons in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
