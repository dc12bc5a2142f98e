"""Small shared pieces: error sentences and placeholders filled in one pass."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services.errors import CaseInvalid
from app.ui.common.fields import PathField
from app.ui.common.widgets import error_text
from app.ui.keys.card_check import CardCheck


def test_error_text_reads_each_argument_once() -> None:
    # %1 is "notes%2x": a chained replace used to put the second argument inside the first.
    err = CaseInvalid("notes%2x", "unknown_field", "colour")
    assert error_text(err) == "The case file has a field Guvoh does not know at notes%2x: colour."


def test_paths_with_placeholders_are_shown_as_they_are(qtbot: QtBot, tmp_path: Path) -> None:
    check = CardCheck()
    qtbot.addWidget(check)
    missing = tmp_path / "100%1 done.card"
    assert not check.load_card(missing)
    assert check.message.text() == f"There is no file at {missing}."
    field = PathField("Card %1 file", "Choose")
    qtbot.addWidget(field)
    assert field.choose.accessibleName() == "Choose: Card %1 file"
