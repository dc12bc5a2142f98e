"""Issue 13, item 7: the Organisations section names a newer card of an organisation
already trusted (old safety code, old and new encryption key) before "They match", and
after it the new card replaces the old one; "They do not match" keeps the old one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services import organisations
from app.ui.keys.organisations import OrganisationsSection
from crypto.age import X25519Identity
from crypto.orgcard import make_card
from storage import keys
from tests.app.test_keys import Pair, make_pair


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    made = make_pair(tmp_path)
    with made.coordinator, made.sender:
        yield made


def _newer_card(pair: Pair) -> tuple[Path, X25519Identity]:
    age_id = X25519Identity.generate()
    signing = keys.identity(pair.coordinator.conn).signing_key
    path = pair.tmp / "memorial-2099.card"
    path.write_bytes(make_card("Memorial", age_id.recipient, signing, "2099-01-01T00:00:00Z"))
    return path, age_id


def test_newer_card_shows_the_change_then_replaces(qtbot: QtBot, pair: Pair) -> None:
    pair.trust()
    old = organisations.organisations(pair.sender)[0]
    section = OrganisationsSection()
    qtbot.addWidget(section)
    section.resize(1000, 700)
    section.show()  # "They match" is enabled only while the whole code is on screen
    qtbot.waitExposed(section)
    section.show_vault(pair.sender)
    path, age_id = _newer_card(pair)
    assert section.load_card(path)
    check = section.card_check
    assert not check.change_label.isHidden()
    text = check.change_label.text()
    assert "replaces the card you trust for Memorial" in text
    assert old.signing_key.safety_code() in text
    assert old.recipient.to_string() in text
    assert age_id.recipient.to_string() in text

    qtbot.waitUntil(check.match_button.isEnabled)
    with qtbot.waitSignal(section.organisations_changed):
        check.match_button.click()
    [now] = organisations.organisations(pair.sender)
    assert now.recipient.to_string() == age_id.recipient.to_string()
    assert check.change_label.isHidden()


def test_newer_card_declined_keeps_the_old_one(qtbot: QtBot, pair: Pair) -> None:
    pair.trust()
    old = organisations.organisations(pair.sender)
    section = OrganisationsSection()
    qtbot.addWidget(section)
    section.show_vault(pair.sender)
    path, _ = _newer_card(pair)
    assert section.load_card(path)
    section.card_check.mismatch_button.click()
    assert organisations.organisations(pair.sender) == old


def test_first_card_shows_no_change(qtbot: QtBot, pair: Pair) -> None:
    section = OrganisationsSection()
    qtbot.addWidget(section)
    section.show_vault(pair.sender)
    assert section.load_card(pair.card_path)
    assert section.card_check.change_label.isHidden()
