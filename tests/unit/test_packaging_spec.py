"""The frozen build's exclusion rules (issue 17 item 3): packaging/guvoh.spec leaves out every
Qt module and image plugin the issue and DESIGN.md section 6 name, and
packaging/check/contents.py (run on the real build by `make package-check`) fails on any of
them inside a build and on anything the program needs that is missing."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _contents() -> ModuleType:
    spec = importlib.util.spec_from_file_location("contents", ROOT / "packaging/check/contents.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contents = _contents()

PLUGINS = "_internal/PySide6/Qt/plugins"
LIBS = "_internal/PySide6/Qt/lib"
FORBIDDEN = [
    f"{LIBS}/libQt6WebEngineCore.so.6", f"{LIBS}/libQt6Qml.so.6", f"{LIBS}/libQt6Quick.so.6",
    f"{LIBS}/libQt63DCore.so.6", f"{LIBS}/libQt6Pdf.so.6", f"{LIBS}/libQt6Svg.so.6",
    "_internal/PySide6/QtWebEngineWidgets.abi3.so", "_internal/PySide6/QtQuick.abi3.so",
    *(f"{PLUGINS}/imageformats/libq{fmt}.so"
      for fmt in ("pdf", "svg", "tiff", "webp", "icns", "tga", "gif")),
    f"{PLUGINS}/multimedia/libffmpegmediaplugin.so", "_internal/libavcodec.so.61",
    f"{PLUGINS}/platformthemes/libqgtk3.so", "_internal/libgtk-3.so.0",
]


def _build(tmp: Path, extra: list[str]) -> Path:
    onedir = tmp / "guvoh"
    for name in [*contents.NEEDED, f"{LIBS}/libQt6Widgets.so.6",
                 f"{PLUGINS}/platforms/libqwayland.so", *extra]:
        path = onedir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith("migrations"):
            path.mkdir(exist_ok=True)
        else:
            path.write_bytes(b"x")
    return onedir


def test_a_build_with_only_what_is_needed_passes(tmp_path: Path) -> None:
    onedir = _build(tmp_path, [])
    assert contents.offending(onedir) == []
    assert contents.missing(onedir) == []
    assert contents.main([str(onedir)]) == 0


@pytest.mark.parametrize("name", FORBIDDEN)
def test_a_build_holding_a_left_out_file_fails(tmp_path: Path, name: str) -> None:
    onedir = _build(tmp_path, [name])
    assert contents.offending(onedir) == [name.removeprefix("_internal/")]
    assert contents.main([str(onedir)]) == 1


def test_a_build_without_the_jpeg_plugin_or_translations_fails(tmp_path: Path) -> None:
    onedir = _build(tmp_path, [])
    (onedir / f"{PLUGINS}/imageformats/libqjpeg.so").unlink()
    (onedir / "_internal/resources/i18n/guvoh_ru.qm").unlink()
    assert len(contents.missing(onedir)) == 2
    assert contents.main([str(onedir)]) == 1


def test_the_spec_leaves_out_what_the_issue_names() -> None:
    rules = contents.spec_rules()
    for module in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtPdf", "QtSvg"):
        assert module in rules["EXCLUDED_QT_MODULES"]
    for fmt in ("pdf", "svg", "tiff", "webp", "icns", "tga"):
        assert fmt in rules["EXCLUDED_IMAGE_FORMATS"]
    assert rules["KEPT_IMAGE_FORMATS"] == ("jpeg",)
