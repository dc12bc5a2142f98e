"""The coordinator's journey in the real window: bundles dropped into the inbox, an unknown
researcher pinned after comparing codes, the cases found by researcher and bundle, where a
case came from, a report, and the overview of what arrived."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.coordinator.reports import ReportDialog
from app.ui.shell.window import MainWindow
from storage import keys
from tests.casedata import sample
from tests.desk import Desk, make_desk


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    made = make_desk(tmp_path)
    yield made
    for researcher in made.researchers:
        researcher.vault.close()


def test_inbox_to_report(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    known = desk.researcher("R-07")
    stranger = desk.researcher("R-99", pin=False)
    first, first_ids = desk.export(known, [sample("uz"), sample("tj")])
    second, second_ids = desk.export(stranger, [sample("ru")])

    window = MainWindow(desk.root / "coordinator", kdf_seconds=0,
                        settings_path=tmp_path / "settings.json")
    qtbot.addWidget(window)
    window.show()
    window.on_unlocked(desk.coordinator)
    workspace = window.workspace
    assert workspace.current_section() == "inbox"

    inbox = workspace.inbox
    assert inbox.add_paths([first, second])
    qtbot.waitUntil(lambda: not inbox.busy, timeout=60_000)
    states = {row.path.name: row.state for row in inbox.model.rows}
    assert states == {first.name: "imported", second.name: "unknown_signer"}

    row = [r.path.name for r in inbox.model.rows].index(second.name)
    inbox.select_row(row)
    inbox.pin_button.click()
    code = keys.identity(stranger.vault.conn).public_key.safety_code()
    assert inbox.pin_panel.code.code() == code
    inbox.pin_panel.name.setText("Researcher R-99")
    with qtbot.waitSignal(workspace.inbox.cases_changed, timeout=60_000):
        inbox.pin_panel.match_button.click()
    qtbot.waitUntil(lambda: not inbox.busy, timeout=60_000)

    # Every case is in the list, and can be narrowed to one researcher or one bundle.
    workspace.select("cases")
    listing = workspace.cases.list
    assert listing.model.rowCount() == 3
    listing.signer_filter.setCurrentIndex(listing.signer_filter.findText("Researcher R-99"))
    assert [listing.model.case_id(r) for r in range(listing.model.rowCount())] == second_ids
    listing.signer_filter.setCurrentIndex(0)
    bundle_id = str(desk.coordinator.conn.execute(  # the file name is neutral
        "SELECT bundle_id FROM bundle_cases WHERE case_id = ?", (first_ids[0],)).fetchone()[0])
    listing.bundle_filter.setCurrentIndex(listing.bundle_filter.findData(bundle_id))
    assert sorted(listing.model.case_id(r) for r in range(listing.model.rowCount())) == sorted(
        first_ids)

    # Where the selected case came from.
    listing.table.selectRow(0)
    panel = workspace.cases.provenance
    assert panel.isVisible()
    assert panel.case_id in first_ids
    assert panel.blocks
    workspace.cases.report_button.click()
    dialog = workspace.cases._dialog
    assert isinstance(dialog, ReportDialog)
    dialog.close()

    # The overview counts what arrived.
    workspace.select("overview")
    overview = workspace.overview
    qtbot.waitUntil(lambda: overview.charts is not None and overview.charts.total_cases == 3,
                    timeout=30_000)

    window.lock()
    assert inbox.model.rowCount() == 0
    assert listing.model.rowCount() == 0
