"""The one vocabulary picker (app.ui.common.pickers.VocabCombo): typing finds a term by any
of its names, in any script, with or without diacritics; Enter or leaving the field takes
it; text that is not in the list is refused visibly and never saved as "not stated"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app import vocabularies
from app.ui.common.checklist import vocab_checklist
from app.ui.common.pickers import VocabCombo

_FORMS: list[QWidget] = []


@pytest.fixture(autouse=True)
def _forget_forms() -> Iterator[None]:
    yield
    _FORMS.clear()


def _form(qtbot: QtBot, vocabulary: str = "countries") -> tuple[VocabCombo, QLineEdit]:
    """A shown form: the picker (with its message line) and a field after it."""
    form = QWidget()
    layout = QVBoxLayout(form)
    picker = VocabCombo(vocabulary, "Country", "Country not stated")
    after = QLineEdit()
    layout.addWidget(picker.field())
    layout.addWidget(after)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):  # focus changes reach only the active window
        form.show()
        form.activateWindow()
    _FORMS.append(form)  # kept alive for the test (qtbot holds widgets weakly)
    return picker, after


def _type(qtbot: QtBot, picker: VocabCombo, text: str) -> None:
    picker.setFocus()
    line = picker.lineEdit()
    assert line is not None
    line.selectAll()
    for char in text:  # QTest.keyClicks takes ASCII only: Cyrillic as key events with text
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(line, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    qtbot.wait(1)


def _leave(qtbot: QtBot, picker: VocabCombo, after: QWidget) -> None:
    """Click elsewhere: the suggestions close, the next field takes the focus."""
    completer = picker.completer()
    assert completer is not None
    completer.popup().hide()
    # Offscreen, a popup once shown stays the active window: the form is made active again.
    after.window().activateWindow()
    qtbot.waitUntil(after.window().isActiveWindow)
    after.setFocus()
    qtbot.waitUntil(lambda: not picker.hasFocus())


@pytest.mark.parametrize("typed", ["Turkey", "Turk", "Турция", "turkiye", "Turkiya", "Туркия"])
def test_enter_takes_turkiye_however_it_is_typed(qtbot: QtBot, typed: str) -> None:
    picker, _after = _form(qtbot)
    _type(qtbot, picker, typed)
    assert picker.offered_matches(typed)[0] == "TR"  # the first suggestion
    popup = picker.completer().popup()
    if popup.isVisible():  # the suggestions are shown, the first one current: Enter takes it
        assert popup.currentIndex().data() == "Türkiye"
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    else:
        qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert picker.code() == "TR"
    assert picker.currentText() == "Türkiye"
    assert picker.is_acceptable()
    assert picker.message.text() == ""


@pytest.mark.parametrize("typed", ["Turkey", "Турция", "turkiye", "Белоруссия"])
def test_leaving_the_field_takes_a_name_typed_in_full(qtbot: QtBot, typed: str) -> None:
    picker, after = _form(qtbot)
    _type(qtbot, picker, typed)
    _leave(qtbot, picker, after)
    expected = vocabularies.resolve("countries", typed)
    assert expected is not None
    assert picker.code() == expected
    assert picker.currentText() == vocabularies.label("countries", expected)


def test_text_not_in_the_list_is_refused_visibly_and_not_saved(qtbot: QtBot) -> None:
    picker, after = _form(qtbot)
    picker.set_code("UZ")
    field_height = picker.field().height()
    after_y = after.y()
    seen: list[str | None] = []
    picker.changed.connect(lambda: seen.append(picker.code()))

    _type(qtbot, picker, "Atlantis")
    _leave(qtbot, picker, after)

    # What was typed stays in sight, with a warning sign and a message under the field ...
    assert picker.currentText() == "Atlantis"
    assert not picker.is_acceptable()
    assert "not in the list" in picker.message.text().lower()
    assert picker.message.isVisible()
    assert picker.warning.isVisible()
    # ... the value is still the last country chosen, never "not stated" ...
    assert picker.code() == "UZ"
    assert seen
    assert all(code == "UZ" for code in seen)
    # ... and nothing moved: the message line had its space already.
    assert picker.field().height() == field_height
    assert after.y() == after_y

    # Choosing a country clears the refusal.
    _type(qtbot, picker, "Kazakh")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert picker.code() == "KZ"
    assert picker.is_acceptable()
    assert picker.message.text() == ""


def test_several_matches_are_not_guessed_when_leaving(qtbot: QtBot) -> None:
    picker, after = _form(qtbot)
    _type(qtbot, picker, "Turk")  # Türkiye, Turkmenistan, Turks & Caicos
    _leave(qtbot, picker, after)
    assert picker.code() is None
    assert not picker.is_acceptable()
    assert picker.currentText() == "Turk"


def test_other_vocabularies_find_labels_in_any_interface_language(qtbot: QtBot) -> None:
    picker, _after = _form(qtbot, "roles")
    russian = vocabularies.label("roles", "witness", "ru")
    _type(qtbot, picker, russian)
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert picker.code() == "witness"
    assert picker.currentText() == vocabularies.label("roles", "witness", "en")


def test_search_finds_exonyms_other_scripts_and_prefixes() -> None:
    for typed in ("Turkey", "Turk", "Турция", "turkiye", "TÜRKİYE", "Türkiýe", "TR"):
        assert vocabularies.search("countries", typed)[0][0] == "TR", typed
    assert vocabularies.resolve("countries", "Ivory Coast") == "CI"
    assert vocabularies.resolve("countries", "Qirg'iziston") == "KG"
    assert vocabularies.resolve("countries", "Киргизия") == "KG"
    assert vocabularies.resolve("countries", "Turk") is None  # several
    assert vocabularies.search("countries", "Atlantis") == []
    assert vocabularies.search("countries", "  ") == []


def test_checklists_search_as_the_pickers_do(qtbot: QtBot) -> None:
    nationality = vocab_checklist("countries", "Nationality")
    qtbot.addWidget(nationality)
    for typed in ("Турция", "turkey", "Turkiya"):
        nationality.search.setText(typed)
        assert nationality.proxy.rowCount() == 1, typed
        nationality.tick_only_match()
    # Three ticks of the one match: ticked, unticked, ticked.
    assert nationality.codes() == ["TR"]
    nationality.search.setText("Atlantis")
    assert nationality.proxy.rowCount() == 0
    nationality.search.clear()
    assert nationality.proxy.rowCount() == nationality.model.rowCount()


def test_the_story_does_not_go_on_past_a_country_not_in_the_list(qtbot: QtBot) -> None:
    from app.ui.submitter.writing import WhereStep

    step = WhereStep()
    _FORMS.append(step)
    with qtbot.waitActive(step):
        step.show()
        step.activateWindow()
    _type(qtbot, step.country, "Atlantis")
    problem = step.problem()  # what Next asks, without leaving the field first
    assert problem is not None
    assert "not in the list" in problem.lower()
    assert step.country.message.isVisible()
    assert step.country_code() == ""
    assert step.state()["country"] == ""
    _type(qtbot, step.country, "Turkey")
    assert step.problem() is None
    assert step.country_code() == "TR"


def test_none_is_a_placeholder_so_typing_starts_afresh(qtbot: QtBot) -> None:
    picker, _after = _form(qtbot)
    picker.set_code("UZ")
    picker.set_code(None)
    assert picker.currentText() == ""
    assert picker.lineEdit().placeholderText() == "Country not stated"
    picker.setFocus()
    qtbot.keyClicks(picker.lineEdit(), "Turkey")  # no select-all needed
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert picker.code() == "TR"
    picker.setCurrentIndex(0)  # "Country not stated" chosen from the list
    assert picker.currentText() == ""
    assert picker.code() is None


def test_choosing_the_current_item_again_clears_what_was_typed(qtbot: QtBot) -> None:
    picker, after = _form(qtbot)
    _type(qtbot, picker, "Atlantis")
    _leave(qtbot, picker, after)
    assert not picker.is_acceptable()
    picker.setCurrentIndex(0)  # already current: a form reset (the story, on lock)
    assert picker.currentText() == ""
    assert picker.is_acceptable()
    assert picker.message.text() == ""
