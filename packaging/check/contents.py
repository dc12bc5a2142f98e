"""What is inside a frozen build (issue 17 item 3): nothing the spec leaves out, everything
the program needs, and its size.

    python3 packaging/check/contents.py PATH/TO/ONEDIR [ARCHIVE ...]

Fails (exit 1, one line per offending file) when the onedir holds a Qt module Guvoh does
not use (WebEngine, QML and Quick, 3D, Pdf, Svg, ...), an image format plugin other than
JPEG (DESIGN.md section 6: pdf, svg, tiff, webp, icns, tga and the rest), FFmpeg or the
build host's GTK; or when it lacks the program, the compiled translations, the JPEG plugin
or the X11 platform plugin. The rules are the spec's own (packaging/guvoh.spec, EXCLUDED_*
and _excluded), read from it so the two cannot drift apart.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

SPEC = Path(__file__).resolve().parents[1] / "guvoh.spec"

# Named by the issue and DESIGN.md section 6: whatever the spec's lists say, none of these.
NEVER = ("WebEngine", "Qml", "Quick", "Qt63D", "Qt3D", "Pdf", "Svg", "qpdf", "qsvg",
         "qtiff", "qwebp", "qicns", "qtga", "libavcodec", "libavformat")

NEEDED = ("guvoh", "_internal/PySide6/Qt/plugins/imageformats/libqjpeg.so",
          "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
          "_internal/resources/i18n/guvoh_ru.qm", "_internal/resources/i18n/guvoh_en.qm",
          "_internal/storage/migrations")


def spec_rules() -> dict[str, Any]:
    """The spec's lists and its _excluded(), without PyInstaller: everything above the
    Analysis call, run with SPECPATH set."""
    head = SPEC.read_text().split("\na = Analysis(")[0]
    names: dict[str, Any] = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC)}
    exec(compile(head, str(SPEC), "exec"), names)  # noqa: S102 (our own spec file)
    return names


def offending(onedir: Path) -> list[str]:
    rules = spec_rules()
    excluded = rules["_excluded"]
    internal = onedir / "_internal"
    bad = []
    for path in sorted(onedir.rglob("*")):
        if not path.is_file():
            continue
        inside = str(path.relative_to(internal if internal in path.parents else onedir))
        if excluded(inside) or any(word.lower() in path.name.lower() for word in NEVER):
            bad.append(inside)
    return bad


def missing(onedir: Path) -> list[str]:
    return [name for name in NEEDED if not (onedir / name).exists()]


def main(argv: list[str]) -> int:
    onedir = Path(argv[0])
    bad, lacking = offending(onedir), missing(onedir)
    for name in bad:
        print(f"FAILED: left out by the spec but inside the build: {name}")
    for name in lacking:
        print(f"FAILED: the build lacks {name}")
    real = [p for p in onedir.rglob("*") if p.is_file() and not p.is_symlink()]
    size, files = sum(p.stat().st_size for p in real), len(real)
    print(f"size: {files} files, {size / 1e6:.1f} MB unpacked")
    for archive in argv[1:]:
        print(f"size: {Path(archive).name} {Path(archive).stat().st_size / 1e6:.1f} MB")
    if bad or lacking:
        return 1
    print("ok   nothing left out by the spec is inside; the program, translations and "
          "plugins it needs are")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
