"""The window's layout (issue 14, item 8): a long language does not widen the welcome page,
the window's place is remembered, messages have their room before they appear, the lock
screen is a centred column, and the People tab shows its fields whole at the default size."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSize, QTranslator
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.services import settings as prefs
from app.ui.common import i18n
from app.ui.common.checklist import vocab_checklist
from app.ui.shell.window import MainWindow, default_size, placed
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.pseudo import pseudo

LAPTOP = 1280


class PseudoTranslator(QTranslator):
    """Every message 40 % longer than English (tests/pseudo.py), without compiling a file."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802
        return False


@pytest.fixture(params=["ru", "pseudo"])
def long_language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QCoreApplication.instance()
    assert app is not None
    translator = PseudoTranslator()
    if request.param == "ru":
        i18n.install("ru")
    else:
        assert app.installTranslator(translator)
    yield request.param
    app.removeTranslator(translator)
    i18n.install("en")


def _window(qtbot: QtBot, tmp_path: Path, name: str = "new") -> MainWindow:
    window = MainWindow(tmp_path / name, kdf_seconds=0, settings_path=tmp_path / "s.json")
    qtbot.addWidget(window)
    return window


def test_a_long_language_does_not_widen_the_welcome_page(
    qtbot: QtBot, tmp_path: Path, long_language: str
) -> None:
    window = _window(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    page = window.create_page
    assert page.create_button.text() != "Create my vault"  # the language is in use
    needed = window.minimumSizeHint().width()
    assert needed < LAPTOP
    # The page shown sets the width, not the hidden (wider) workspace behind it.
    assert needed <= page.minimumSizeHint().width() + 40
    assert window.width() < LAPTOP


def test_the_window_comes_back_where_it_was(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    window.setGeometry(QRect(30, 20, 700, 620))
    qtbot.waitUntil(lambda: window.geometry() == QRect(30, 20, 700, 620), timeout=5000)
    window.close()
    saved = prefs.load(tmp_path / "s.json")
    assert saved.window == (30, 20, 700, 620, False)
    assert saved == prefs.Settings(window=saved.window)  # nothing else was written

    again = _window(qtbot, tmp_path)
    again.show_restored()
    qtbot.waitExposed(again)
    assert again.geometry() == QRect(30, 20, 700, 620)
    again.showMaximized()
    qtbot.waitUntil(again.isMaximized, timeout=5000)
    again.close()
    assert prefs.load(tmp_path / "s.json").window == (30, 20, 700, 620, True)

    third = _window(qtbot, tmp_path)
    third.show_restored()
    qtbot.waitUntil(third.isMaximized, timeout=5000)


def test_a_window_saved_off_screen_comes_back_on_it(qtbot: QtBot, tmp_path: Path) -> None:
    prefs.save(prefs.Settings().with_window((9000, 7000, 5000, 400, False)), tmp_path / "s.json")
    window = _window(qtbot, tmp_path)
    window.show_restored()
    qtbot.waitExposed(window)
    screen = QApplication.primaryScreen()
    assert screen is not None
    assert screen.availableGeometry().contains(window.geometry())
    area = QRect(0, 0, 1366, 740)
    assert placed(QRect(-300, 900, 800, 500), area) == QRect(0, 240, 800, 500)
    assert placed(QRect(100, 100, 2000, 900), area) == QRect(0, 0, 1366, 740)


def test_the_default_size_fits_a_laptop_screen() -> None:
    for screen in (QSize(1366, 740), QSize(1280, 690)):
        size = default_size(screen)
        assert size.width() >= 1100
        assert size.width() <= screen.width()
        assert size.height() <= screen.height()


def test_a_message_does_not_move_what_is_below_it(qtbot: QtBot, tmp_path: Path) -> None:
    Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none())[0].close()
    window = _window(qtbot, tmp_path, "vault")
    window.show()
    qtbot.waitExposed(window)
    page = window.unlock_page
    below = page.forgot.mapTo(window, page.forgot.rect().topLeft())
    page.unlock_button.click()  # nothing typed: a message appears above "Forgot it?"
    assert page.message.text() == "Please enter your passphrase."
    page.busy.show()
    QApplication.processEvents()
    assert page.forgot.mapTo(window, page.forgot.rect().topLeft()) == below


def test_the_lock_screen_is_a_centred_column(qtbot: QtBot, tmp_path: Path) -> None:
    Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none())[0].close()
    window = _window(qtbot, tmp_path, "vault")
    window.show()
    window.resize(1600, 900)  # as maximised on a large screen
    qtbot.waitUntil(lambda: window.width() == 1600, timeout=5000)
    field = window.unlock_page.passphrase
    left = field.mapTo(window, field.rect().topLeft()).x()
    assert field.width() <= 600
    assert abs(left + field.width() / 2 - window.width() / 2) <= 20


def test_the_people_tab_shows_its_fields_whole(qtbot: QtBot, tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none())
    window = _window(qtbot, tmp_path, "vault")
    window.show()
    window.resize(default_size(QSize(1280, 690)))
    window.on_unlocked(vault)
    cases = window.workspace.cases
    cases.list.new_button.click()
    editor = cases.editor
    editor.tabs.setCurrentWidget(editor.people)
    editor.people.add_person()
    QApplication.processEvents()
    place = editor.people.p_location
    for field in (place.region, place.city):
        text = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert field.width() >= text + 8, field.placeholderText()
    form = editor.people.person_form
    viewport = form.parentWidget()  # inside the scroll area
    assert viewport is not None
    assert form.width() <= viewport.width()  # no sideways scrolling
    window.lock()


def test_ticking_a_first_item_does_not_move_what_is_below(qtbot: QtBot) -> None:
    """The "Chosen:" line has its room before anything is ticked."""
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    checklist = vocab_checklist("countries", "Nationality", rows=4)
    below = QLineEdit()
    layout.addWidget(checklist)
    layout.addWidget(below)
    layout.addStretch(1)
    root.resize(500, 400)
    root.show()
    qtbot.waitExposed(root)
    before = below.mapTo(root, below.rect().topLeft())
    checklist.set_codes(["TR"])
    checklist.changed.emit()
    QApplication.processEvents()
    assert checklist.chosen.text()  # "Chosen: ..." appeared
    assert below.mapTo(root, below.rect().topLeft()) == before


@pytest.mark.parametrize("lang", ["en", "tg", "ru", "kk"])
def test_the_rail_shows_every_section_whole_without_scrolling(
        qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    """Tajik's "Tell your story" (Ҳикояи худро нақл кунед) was cut at the rail's 190 px with a
    scroll bar under it: the rail widens to its longest label (a submitter's rail has it)."""
    i18n.install(lang)
    try:
        vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                                role="submitter")
        window = _window(qtbot, tmp_path, "v")
        window.resize(1366, 768)
        window.show()
        window.on_unlocked(vault)
        rail = window.workspace.rail
        qtbot.waitUntil(rail.isVisible)
        assert rail.count() >= 4
        assert not rail.horizontalScrollBar().isVisible()
        for row in range(rail.count()):
            shown = rail.visualItemRect(rail.item(row))
            assert shown.right() <= rail.viewport().width(), rail.item(row).text()
            needed = rail.fontMetrics().horizontalAdvance(rail.item(row).text())
            assert needed + rail.iconSize().width() < rail.viewport().width(), (
                rail.item(row).text())
        window.lock()
    finally:
        i18n.install("en")
