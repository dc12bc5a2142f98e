"""Every safety-code comparison shows the whole code before "They match" can be used
(issue 14 item 3): the organisation card check inside its scrolling page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.common.code_gate import code_fully_shown
from app.ui.keys.organisations import OrganisationsSection
from storage import keys
from tests.app.test_keys import Pair, make_pair


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    made = make_pair(tmp_path)
    with made.coordinator, made.sender:
        yield made


def test_card_code_scrolled_into_view_and_match_only_while_whole(
        qtbot: QtBot, pair: Pair) -> None:
    section = OrganisationsSection()
    qtbot.addWidget(section)
    section.resize(900, 420)  # a short window: the page scrolls
    section.show()
    qtbot.waitExposed(section)
    section.show_vault(pair.sender)
    check = section.card_check
    assert check.load_card(pair.card_path)
    # The comparison is scrolled into view; then "They match" is usable.
    qtbot.waitUntil(check.match_button.isEnabled)
    assert code_fully_shown(check.code_label)
    assert check.code_label.height() >= check.code_label.sizeHint().height()

    # Scrolled so the code is cut off: "They match" is disabled, and a click does nothing.
    scroll = check.gate.code.parentWidget()
    while scroll is not None and not hasattr(scroll, "verticalScrollBar"):
        scroll = scroll.parentWidget()
    assert scroll is not None
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    top = check.code_label.mapTo(scroll.widget(), check.code_label.rect().topLeft()).y()
    # The view ends half-way down the code: its second row of groups is below the view.
    bar.setValue(top + check.code_label.height() // 2 - scroll.viewport().height())
    assert bar.value() > 0
    qtbot.waitUntil(lambda: not check.match_button.isEnabled())
    assert not code_fully_shown(check.code_label)
    check.on_match_clicked()
    assert keys.organisations(pair.sender.conn) == []

    check.gate.reveal()
    qtbot.waitUntil(check.match_button.isEnabled)
    check.match_button.click()
    assert [o.name for o in keys.organisations(pair.sender.conn)] == ["Memorial"]
