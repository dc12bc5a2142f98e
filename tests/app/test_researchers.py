"""The Researchers section with real vaults: pinning a researcher from their key line after
comparing the safety code (a mismatch pins nothing), setting and ending a key's validity (a
bundle signed after the end is refused), and the bundles of a researcher."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import bundle_import, receipts
from app.services.errors import SignerExpired
from app.ui.common import i18n
from app.ui.common.table import RecordRole
from app.ui.coordinator.researchers.dates import (
    day_after,
    day_start,
    shown_from,
    shown_until,
    stamp_text,
    until_day,
)
from app.ui.coordinator.researchers.models import BundleColumn, ResearcherColumn, short_code
from app.ui.coordinator.researchers.section import ResearchersSection
from storage import keys
from tests.app.test_accessibility import _unnamed
from tests.casedata import sample
from tests.desk import Desk


@pytest.fixture
def section(qtbot: QtBot, desk: Desk) -> ResearchersSection:
    widget = ResearchersSection()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()  # "They match" is enabled only while the whole code is on screen
    qtbot.waitExposed(widget)
    widget.show_vault(desk.coordinator)
    return widget


def cell(section: ResearchersSection, row: int, column: ResearcherColumn) -> str:
    return str(section.model.index(row, column).data())


def test_add_a_researcher_after_comparing_codes(qtbot: QtBot, desk: Desk,
                                                section: ResearchersSection,
                                                qtmodeltester: Any) -> None:
    r = desk.researcher("R-07", pin=False)
    assert section.model.rowCount() == 0
    assert not section.empty.isHidden()

    # Not a key: an explanation, nothing to compare.
    section.key_line.setText("ssh-rsa nonsense")
    section.show_code_button.click()
    assert section.compare.isHidden()
    assert "public key" in section.add_message.text()

    # The codes do not match: nothing is pinned.
    section.key_line.setText(r.key_line)
    section.show_code_button.click()
    assert not section.compare.isHidden()
    code = keys.identity(r.vault.conn).public_key.safety_code()
    assert section.compare_code.code() == code
    assert section.name.text() == "Researcher R-07"  # from the key line's comment
    assert "by phone or in person" in section.instruction.text()
    assert not section.match_button.isDefault()
    section.mismatch_button.click()
    assert section.compare.isHidden()
    assert keys.signers(desk.coordinator.conn) == []
    assert "Nothing was pinned" in section.add_message.text()

    # They match, with a name: pinned.
    section.key_line.setText(r.key_line)
    section.show_code_button.click()
    section.name.setText("  Dilnoza ")
    with qtbot.waitSignal(section.signers_changed):
        qtbot.waitUntil(section.match_button.isEnabled)
        section.match_button.click()
    pinned = keys.signers(desk.coordinator.conn)
    assert [(s.name, s.fingerprint) for s in pinned] == [("Dilnoza", r.fingerprint)]
    assert section.model.rowCount() == 1
    assert cell(section, 0, ResearcherColumn.NAME) == "Dilnoza"
    assert cell(section, 0, ResearcherColumn.CODE) == " ".join(code.split()[:2]) + " ..."
    assert cell(section, 0, ResearcherColumn.STATUS) == "Accepted"
    assert cell(section, 0, ResearcherColumn.BUNDLES) == "0"
    assert cell(section, 0, ResearcherColumn.VALID_UNTIL) == ""
    assert section.empty.isHidden()
    assert not section.selected.isHidden()  # the new researcher is selected
    assert section.code_label.code() == code
    assert section.key_line.text() == ""

    # The same key again: already pinned, nothing to compare.
    section.key_line.setText(r.key_line)
    section.show_code_button.click()
    assert section.compare.isHidden()
    assert "already pinned as Dilnoza" in section.add_message.text()
    qtmodeltester.check(section.model)
    assert _unnamed(section) == []


def test_set_and_end_validity(qtbot: QtBot, desk: Desk, section: ResearchersSection) -> None:
    r = desk.researcher("R-07")
    section.refresh()
    section.select_row(0)
    assert not section.from_check.isChecked()
    assert not section.until_check.isChecked()

    # The end before the start is refused, in words.
    section.set_validity(date(2031, 1, 1), date(2030, 1, 1))
    section.save_validity_button.click()
    assert "must come after its start" in section.validity_message.text()
    assert keys.signers(desk.coordinator.conn)[0].valid_after is None

    start, last = date.today() - timedelta(days=30), date.today() + timedelta(days=30)
    with qtbot.waitSignal(section.signers_changed):
        section.set_validity(start, last)
        section.save_validity_button.click()
    signer = keys.signers(desk.coordinator.conn)[0]
    assert (signer.valid_after, signer.valid_before) == (day_start(start), day_after(last))
    assert cell(section, 0, ResearcherColumn.VALID_FROM) == i18n.date_text(start)
    assert cell(section, 0, ResearcherColumn.VALID_UNTIL) == i18n.date_text(last)
    assert section.current() is not None  # still selected, with the dates shown
    assert section.from_check.isChecked()
    assert section.until_date.date().toPython() == last

    # Still accepted within the dates.
    good, _ = desk.export(r, [sample("uz")])
    assert bundle_import.import_bundle(desk.coordinator, good).outcome == "imported"

    # End now: what they sign afterwards is refused as expired.
    with qtbot.waitSignal(section.signers_changed):
        section.end_button.click()
    signer = keys.signers(desk.coordinator.conn)[0]
    assert signer.valid_before is not None
    assert signer.valid_after == day_start(start)
    assert cell(section, 0, ResearcherColumn.STATUS) == "Ended"
    assert cell(section, 0, ResearcherColumn.VALID_UNTIL) == shown_until(signer.valid_before)
    assert "has ended" in section.validity_message.text()
    late, _ = desk.export(r, [sample("kz")])
    outcome = bundle_import.import_bundle(desk.coordinator, late)
    assert outcome.outcome == "signer_expired"
    assert isinstance(outcome.error, SignerExpired)

    # Clearing both dates accepts them again.
    section.set_validity(None, None)
    section.save_validity_button.click()
    signer = keys.signers(desk.coordinator.conn)[0]
    assert (signer.valid_after, signer.valid_before) == (None, None)
    assert bundle_import.import_bundle(desk.coordinator, late).outcome == "imported"


def test_the_bundles_of_a_researcher(qtbot: QtBot, desk: Desk, section: ResearchersSection,
                                     tmp_path: Path, qtmodeltester: Any) -> None:
    a = desk.researcher("R-07")
    b = desk.researcher("R-08")
    first, _ = desk.export(a, [sample("uz"), sample("tj")])
    second, _ = desk.export(a, [sample("kz")])
    other, _ = desk.export(b, [sample("ru")])
    imported = [bundle_import.import_bundle(desk.coordinator, p) for p in (first, second, other)]
    assert [o.outcome for o in imported] == ["imported"] * 3
    receipts.create_receipt(desk.coordinator, str(imported[0].bundle_id), tmp_path)

    section.refresh()
    assert [cell(section, n, ResearcherColumn.NAME) for n in range(2)] == [
        "Researcher R-07", "Researcher R-08"]
    assert cell(section, 0, ResearcherColumn.BUNDLES) == "2"
    section.select_row(0)
    model = section.bundle_model
    assert model.rowCount() == 2
    rows = {model.index(n, 0).data(RecordRole).bundle_id: n for n in range(2)}
    with_receipt = rows[str(imported[0].bundle_id)]
    without = rows[str(imported[1].bundle_id)]
    assert model.index(with_receipt, BundleColumn.BUNDLE).data() == str(
        imported[0].bundle_id)[:8]
    assert model.index(with_receipt, BundleColumn.BUNDLE).data(
        Qt.ItemDataRole.ToolTipRole) == imported[0].bundle_id
    assert model.index(with_receipt, BundleColumn.CASES).data() == "2"
    assert model.index(with_receipt, BundleColumn.RECEIPT).data().startswith("Receipt made")
    assert model.index(without, BundleColumn.RECEIPT).data() == "No receipt yet"
    assert model.index(without, BundleColumn.CREATED).data()
    assert model.index(without, BundleColumn.IMPORTED).data()
    assert section.no_bundles.isHidden()
    qtmodeltester.check(model)

    section.select_row(1)
    assert section.bundle_model.rowCount() == 1
    assert section.selected_title.text() == "Researcher R-08"


def test_locked_clears_everything(qtbot: QtBot, desk: Desk,
                                  section: ResearchersSection) -> None:
    desk.researcher("R-07")
    section.refresh()
    section.select_row(0)
    section.key_line.setText("ssh-ed25519 AAAA")
    section.show_vault(None)
    assert section.model.rowCount() == 0
    assert section.selected.isHidden()
    assert section.key_line.text() == ""
    assert not section.show_code_button.isEnabled()


def test_days_and_stamps() -> None:
    day = date(2030, 2, 28)
    assert until_day(day_after(day)) == day  # "until" a day includes it
    assert shown_until(day_after(day)) == "28/02/2030"  # the language's one date format
    assert shown_from(day_start(day)) == "28/02/2030"
    ended = i18n.stamp_text("2030-03-01T12:30:00Z")  # ended now: a moment, in local time
    assert shown_until("2030-03-01T12:30:00Z") == ended
    assert stamp_text("2030-03-01T12:30:00Z") == ended
    assert ended.startswith(("01/03/2030", "28/02/2030", "02/03/2030"))
    assert stamp_text("not a stamp") == "not a stamp"
    assert short_code("1111 2222 3333 4444") == "1111 2222 ..."
