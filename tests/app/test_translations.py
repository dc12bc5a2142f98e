"""Every interface language is complete and fits on screen.

- Each .ts in resources/i18n is refreshed from the code into a temporary copy (pyside6-
  lupdate): a source string missing from a .ts, or a translation left unfinished, fails.
- Each translation keeps its source's placeholders (%1, %n...).
- The main screens are rendered offscreen in every language, and in a pseudo-language
  whose strings are 40 % longer than English, and no button or single-line label may be
  squeezed below the width its text needs, with the window at most 1280 x 900.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.services import cases as case_service
from app.ui.common import i18n
from app.ui.shell.window import MainWindow
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.casedata import sample
from tests.conftest import PASSPHRASE
from tests.pseudo import pseudo_qm as make_pseudo_qm

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "resources" / "i18n"
BIN = Path(sys.executable).parent
CODES = [language.code for language in i18n.LANGUAGES]
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
MAX_WIDTH, MAX_HEIGHT = 1280, 900


def _ts(code: str) -> Path:
    return I18N / (i18n.file_stem(code) + ".ts")


def _refreshed(code: str, tmp: Path) -> Path:
    """A copy of the language's .ts brought up to date with the code, as lupdate would."""
    copy = tmp / _ts(code).name
    shutil.copyfile(_ts(code), copy)
    extra = ["-pluralonly"] if code == "en" else []
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", "-extensions", "py", "-no-obsolete",
         "-locations", "none", *extra, str(REPO / "app"),
         "-target-language", code.replace("-", "_"), "-ts", str(copy)],
        check=True, capture_output=True, timeout=120,
    )
    return copy


def _messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own file
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("code", CODES)
def test_translation_is_complete_and_current(code: str, tmp_path: Path) -> None:
    refreshed = _refreshed(code, tmp_path)
    unfinished = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in _messages(refreshed)
        if (message.find("translation") is None
            or message.find("translation").get("type") is not None  # type: ignore[union-attr]
            or not all(text.strip() for text in _texts(message)))
    ]
    assert unfinished == [], f"{len(unfinished)} unfinished in {code}: {unfinished[:5]}"


@pytest.mark.parametrize("code", CODES)
def test_translations_keep_their_placeholders(code: str) -> None:
    wrong = []
    for context, message in _messages(_ts(code)):
        source = message.findtext("source") or ""
        wanted = set(PLACEHOLDER.findall(source))
        for text in _texts(message):
            got = set(PLACEHOLDER.findall(text))
            # A singular form may spell out the number ("one case"): %n is optional there.
            if text and got != wanted and got != wanted - {"%n"}:
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert wrong == []


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_pseudo_qm(tmp_path_factory.mktemp("pseudo"))


def _squeezed(root: QWidget) -> list[str]:
    bad = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            need = widget.sizeHint().width()
        elif isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            need = widget.minimumSizeHint().width()
        else:
            continue
        if widget.width() + 1 < need:
            text = widget.text() if hasattr(widget, "text") else ""
            bad.append(f"{type(widget).__name__} {text[:40]!r}: {widget.width()} < {need}")
    return bad


def _screens(qtbot: QtBot, tmp: Path) -> Iterator[tuple[str, MainWindow]]:
    """The main screens, each shown in a window of the default size."""
    window = MainWindow(tmp / "new", kdf_seconds=0, settings_path=tmp / "settings.json")
    qtbot.addWidget(window)
    window.show()
    yield "create", window
    window.close()
    vault, _ = Vault.create(tmp / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none())
    case = case_service.add_case(vault, sample("uz"))
    window = MainWindow(tmp / "vault", kdf_seconds=0, settings_path=tmp / "settings.json")
    qtbot.addWidget(window)
    window.show()
    yield "unlock", window
    window.on_unlocked(vault)
    for section in ("cases", "organisations", "identity", "settings"):
        window.workspace.select(section)
        yield section, window
    window.workspace.select("cases")
    window.workspace.cases.open_case(case.id)
    editor = window.workspace.cases.editor
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        yield f"editor tab {tab}", window
    window.lock()
    window.close()


def _check_screens(qtbot: QtBot, tmp: Path) -> list[str]:
    problems = []
    for name, window in _screens(qtbot, tmp):
        # Layouts of pages not shown yet keep the size they had when built; recompute
        # them all, as showing each page would, and measure the page on screen.
        for widget in [window, *window.findChildren(QWidget)]:
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
                layout.activate()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        page = window.stack.currentWidget()
        assert page is not None
        hint = page.minimumSizeHint()
        if hint.width() > MAX_WIDTH or hint.height() > MAX_HEIGHT:
            problems.append(f"{name}: needs {hint.width()} x {hint.height()}")
        window.resize(max(window.width(), hint.width()), max(window.height(), hint.height()))
        problems.extend(f"{name}: {p}" for p in _squeezed(window))
    return problems


def test_pseudo_language_with_longer_strings_fits(
    qtbot: QtBot, tmp_path: Path, pseudo_qm: Path
) -> None:
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("UnlockPage", "Unlock")== "[Üñlõçk~~]"
        assert _check_screens(qtbot, tmp_path) == []
    finally:
        app.removeTranslator(translator)


@pytest.mark.parametrize("code", CODES)
def test_every_language_renders_the_main_screens(qtbot: QtBot, tmp_path: Path,
                                                 code: str) -> None:
    i18n.install(code)
    try:
        assert _check_screens(qtbot, tmp_path) == []
    finally:
        i18n.install("en")


def test_the_fit_check_catches_a_squeezed_button(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    button = QPushButton("A button whose words are far too long for it")
    button.setFixedWidth(60)
    QVBoxLayout(root).addWidget(button)
    root.show()
    assert len(_squeezed(root)) == 1
    button.setMinimumWidth(0)
    button.setMaximumWidth(10_000)
    root.resize(800, 100)
    assert _squeezed(root) == []
