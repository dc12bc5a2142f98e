"""Organisations and Identity, driven as a person would: read a card, compare its safety
code, say whether it matches; see your own safety code and public key.

`Pair` and `make_pair` (a coordinator vault with its organisation card, and a researcher or
submitter vault, both at the minimum KDF) are shared with test_export and test_story."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.services import identity, organisations, signers
from app.ui.keys.identity import IdentitySection
from app.ui.keys.organisations import OrganisationsSection
from crypto.kdf import FLOOR
from crypto.orgcard import OrganisationCard
from storage import keys
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.conftest import PASSPHRASE


@dataclass
class Pair:
    coordinator: Vault
    sender: Vault
    card_path: Path
    card: OrganisationCard
    tmp: Path

    def trust(self) -> None:
        """The sender trusts the card; the coordinator pins the sender's key."""
        card, data = organisations.read_card(self.card_path)
        organisations.trust_organisation(self.sender, card, data)
        self.pin_sender()

    def pin_sender(self) -> None:
        line = identity.identity(self.sender).public_key.to_openssh_line()
        signers.trust_signer(self.coordinator, line, "R-07")


def make_pair(tmp: Path, role: str = "researcher") -> Pair:
    coordinator, _ = Vault.create(tmp / "coordinator", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                                  role="coordinator")
    sender, _ = Vault.create(tmp / "sender", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                             role=role, pseudonym="R-07")
    card_path = tmp / "memorial.card"
    card = organisations.create_organisation(coordinator, "Memorial", card_path)
    return Pair(coordinator, sender, card_path, card, tmp)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    made = make_pair(tmp_path)
    with made.coordinator, made.sender:
        yield made


def test_trust_a_card_after_the_codes_match(qtbot: QtBot, pair: Pair,
                                            qtmodeltester: object) -> None:
    section = OrganisationsSection()
    qtbot.addWidget(section)
    section.resize(1000, 700)
    section.show()  # "They match" is enabled only while the whole code is on screen
    qtbot.waitExposed(section)
    section.show_vault(pair.sender)
    assert section.model.rowCount() == 0
    assert not section.empty.isHidden()

    check = section.card_check
    check.path.set_path(pair.card_path)
    check.read_button.click()
    assert not check.compare.isHidden()
    assert check.name_label.text() == "Memorial"
    shown = check.code_label.text()
    assert check.code_label.code() == pair.card.safety_code()
    assert len(shown.split()) == 8
    assert all(len(g) == 4 for g in shown.split())
    assert "by phone or in person" in check.instruction.text()
    assert not check.match_button.isDefault()
    assert not check.mismatch_button.isDefault()

    qtbot.waitUntil(check.match_button.isEnabled)  # scrolled into view, whole
    with qtbot.waitSignal(section.organisations_changed):
        check.match_button.click()
    assert [o.name for o in keys.organisations(pair.sender.conn)] == ["Memorial"]
    assert section.model.rowCount() == 1
    assert "Memorial is now trusted" in check.message.text()
    assert check.compare.isHidden()
    qtmodeltester.check(section.model)  # type: ignore[attr-defined]

    # Selecting it shows its safety code; the technical details wait behind "Details".
    section.table.selectRow(0)
    assert not section.selected.isHidden()
    assert section.detail_code.code() == pair.card.safety_code()
    assert section.details.content.isHidden()
    section.details.toggle.click()
    assert not section.details.content.isHidden()
    assert section.detail_fingerprint.text() == pair.card.signing_key.fingerprint()
    assert section.detail_recipient.text().startswith("age1")

    section.show_vault(None)
    assert section.model.rowCount() == 0
    assert check.path.field.text() == ""


def test_codes_that_do_not_match_trust_nothing(qtbot: QtBot, pair: Pair) -> None:
    section = OrganisationsSection()
    qtbot.addWidget(section)
    section.show_vault(pair.sender)
    assert section.load_card(pair.card_path)
    with qtbot.waitSignal(section.card_check.declined):
        section.card_check.mismatch_button.click()
    assert keys.organisations(pair.sender.conn) == []
    assert section.model.rowCount() == 0
    assert "Nothing was trusted" in section.card_check.message.text()
    assert section.card_check.card is None


def test_an_edited_card_is_refused(qtbot: QtBot, pair: Pair) -> None:
    edited = pair.tmp / "edited.card"
    edited.write_bytes(pair.card_path.read_bytes().replace(b"Memorial", b"Memorlal"))
    section = OrganisationsSection()
    qtbot.addWidget(section)
    section.show_vault(pair.sender)
    assert not section.load_card(edited)
    assert "damaged or was altered" in section.card_check.message.text()
    assert section.card_check.compare.isHidden()
    assert not section.load_card(pair.tmp / "missing.card")
    assert "no file" in section.card_check.message.text()
    assert keys.organisations(pair.sender.conn) == []


def test_own_identity_shows_the_services_safety_code(qtbot: QtBot, pair: Pair) -> None:
    section = IdentitySection()
    qtbot.addWidget(section)
    section.show_vault(pair.sender)
    own = identity.identity(pair.sender)
    assert section.code_label.code() == own.public_key.safety_code()
    assert section.details.content.isHidden()
    section.details.toggle.click()
    assert section.public_key.text() == own.public_key.to_openssh_line("R-07")
    assert section.fingerprint.text() == own.public_key.fingerprint()
    section.copy_button.click()
    assert QGuiApplication.clipboard().text() == section.public_key.text()
    assert section.copied.text()

    section.show_vault(None)
    assert section.code_label.text() == ""
    assert section.public_key.text() == ""


def test_coordinator_creates_its_organisation_and_saves_the_card(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.app.test_accessibility import _unnamed

    vault, _ = Vault.create(tmp_path / "c", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                            role="coordinator")
    with vault:
        section = OrganisationsSection()
        qtbot.addWidget(section)
        section.show()
        section.show_vault(vault)
        panel = section.own
        assert panel.isVisible()
        assert _unnamed(section) == []
        assert not panel.create_box.isHidden()
        panel.folder.set_path(tmp_path)
        panel.create_button.click()
        assert "name" in panel.message.text()
        panel.name.setText("Memorial")
        panel.create_button.click()
        card_path = tmp_path / "organisation.card"
        card, _data = organisations.read_card(card_path)
        assert card.name == "Memorial"
        assert panel.create_box.isHidden()
        assert panel.code_label.code() == card.safety_code()
        assert section.model.rowCount() == 1
        assert section.model.rows[0].own

        panel.save_button.click()  # the same file again: never overwritten
        assert "already exists" in panel.message.text()
        again = tmp_path / "again"
        again.mkdir()
        panel.folder.set_path(again)
        panel.save_button.click()
        assert (again / "organisation.card").read_bytes() == card_path.read_bytes()

    other = make_pair(tmp_path / "r")
    with other.coordinator, other.sender:
        researcher = OrganisationsSection()
        qtbot.addWidget(researcher)
        researcher.show()
        researcher.show_vault(other.sender)
        assert not researcher.own.isVisible()
