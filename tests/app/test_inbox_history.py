"""The Inbox keeps its history in the vault across locks (received when, outcome, sender,
case ids), marks unread rows, has Received and Sender columns and refreshes its counts
after a sender is accepted; the safety code to compare is always whole (issue 14, items 3
and 5)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from app.services import coordinator, inbox
from app.ui.coordinator.inbox.model import InboxColumn as Column
from app.ui.coordinator.inbox.section import InboxSection
from storage import cases
from tests.casedata import sample
from tests.desk import Desk, make_desk


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    made = make_desk(tmp_path / "desk")
    try:
        yield made
    finally:
        made.close()


@pytest.fixture
def section(qtbot: QtBot, desk: Desk) -> InboxSection:
    widget = InboxSection()
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_vault(desk.coordinator)
    return widget


def run(qtbot: QtBot, section: InboxSection, paths: list[Path]) -> None:
    assert section.add_paths(paths)
    qtbot.waitUntil(lambda: not section.busy, timeout=60_000)


def cell(section: InboxSection, row: int, column: Column) -> str:
    return str(section.model.index(row, column).data())


def open_pin(qtbot: QtBot, desk: Desk, section: InboxSection) -> None:
    stranger = desk.researcher("R-99", pin=False)
    bundle, _ = desk.export(stranger, [sample("ru")])
    run(qtbot, section, [bundle])
    section.select_row(0)
    section.pin_button.click()
    assert not section.pin_panel.isHidden()


@pytest.mark.parametrize("height", [480, 560, 640, 700])
def test_every_group_of_the_code_is_shown(qtbot: QtBot, desk: Desk, section: InboxSection,
                                          height: int) -> None:
    open_pin(qtbot, desk, section)
    # The Inbox inside a 1280x720 or 1366x768 window (rail, status line, title bar) has
    # about 560 to 640 px; a 780 px window about 700.
    section.resize(1000, height)
    qtbot.waitUntil(lambda: section.height() == height)
    code = section.pin_panel.code
    assert len(code.text().splitlines()) == 2
    assert code.height() >= code.sizeHint().height()  # both lines of groups, whole
    assert code.visibleRegion().boundingRect().height() >= code.sizeHint().height()
    assert section.pin_panel.code_fully_shown()
    assert section.pin_panel.match_button.isEnabled()
    assert section.minimumSizeHint().height() <= 480  # the rest of the page scrolls


def test_they_match_waits_for_the_whole_code(qtbot: QtBot, desk: Desk,
                                             section: InboxSection) -> None:
    open_pin(qtbot, desk, section)
    panel = section.pin_panel
    assert panel.match_button.isEnabled()
    need = panel.code.sizeHint().height()
    panel.code.setMinimumHeight(0)
    panel.code.setFixedHeight(need // 2)  # the second row of groups cut off
    qtbot.waitUntil(lambda: panel.code.height() == need // 2)
    assert not panel.code_fully_shown()
    assert not panel.match_button.isEnabled()
    panel.code.setMinimumHeight(need)
    panel.code.setMaximumHeight(16_777_215)
    qtbot.waitUntil(lambda: panel.code.height() >= need)
    assert panel.match_button.isEnabled()


def test_history_survives_a_lock(qtbot: QtBot, desk: Desk, section: InboxSection,
                                 tmp_path: Path) -> None:
    known = desk.researcher("R-07")
    good, ids = desk.export(known, [sample("uz"), sample("tj")])
    junk = tmp_path / "junk.age"
    junk.write_bytes(b"not a bundle")
    run(qtbot, section, [good, junk])
    assert section.model.unread() == 2
    assert cell(section, 0, Column.RECEIVED).endswith("(new)")
    bold = section.model.index(0, Column.FILE).data(Qt.ItemDataRole.FontRole)
    assert isinstance(bold, QFont)
    assert bold.bold()

    section.show_vault(None)  # locked: nothing on screen
    assert section.model.rowCount() == 0
    with qtbot.waitSignal(section.unread_changed) as unread:
        section.show_vault(desk.coordinator)
    assert unread.args == [2]
    rows = {r.path.name: r for r in section.model.rows}
    assert set(rows) == {good.name, "junk.age"}
    assert rows[good.name].state == "imported"
    assert rows["junk.age"].state == "unreadable"
    assert all(r.earlier and r.unread for r in rows.values())
    first = section.model.rows.index(rows[good.name])
    assert cell(section, first, Column.SENDER) == "Researcher R-07 (gave the name R-07)"
    assert cell(section, first, Column.CASES) == "2"
    assert cell(section, first, Column.RECEIVED).endswith("(new)")
    kept = {e.file_name: e for e in inbox.history(desk.coordinator)}
    assert sorted(kept[good.name].case_ids) == sorted(ids)
    assert kept["junk.age"].case_ids == ()

    # Selecting a row marks it read, in the vault too.
    section.select_row(first)
    assert not cell(section, first, Column.RECEIVED).endswith("(new)")
    assert section.model.index(first, Column.FILE).data(Qt.ItemDataRole.FontRole) is None
    assert "Imported" in section.outcome_text.text()
    assert inbox.unread_count(desk.coordinator) == 1
    section.show_vault(None)
    section.show_vault(desk.coordinator)
    assert {r.path.name: r.unread for r in section.model.rows} == {
        good.name: False, "junk.age": True}

    # Opening a received case elsewhere marks its entry read as well.
    assert inbox.mark_cases_read(desk.coordinator, [ids[0]]) == 0  # already read
    # "Clear the list" asks first (Cancel is the default), then forgets the history, not
    # the cases.
    section.clear_button.click()
    box = section.confirm_box
    assert box is not None
    assert "imported cases stay" in box.informativeText()
    assert box.defaultButton() is not None
    assert box.defaultButton().text() == "Cancel"
    box.defaultButton().click()
    assert section.model.rowCount() == 2
    section.clear_button.click()
    box = section.confirm_box
    clear = next(b for b in box.buttons() if b.text() == "Clear the list")
    clear.click()
    assert section.model.rowCount() == 0
    assert len(inbox.history(desk.coordinator)) == 0
    assert cases.count(desk.coordinator.conn) == 2
    section.show_vault(None)
    section.show_vault(desk.coordinator)
    assert section.model.rowCount() == 0


def test_counts_and_history_follow_a_pin(qtbot: QtBot, desk: Desk,
                                         section: InboxSection) -> None:
    stranger = desk.researcher("R-99", pin=False)
    first, _ = desk.export(stranger, [sample("ru")])
    second, _ = desk.export(stranger, [sample("uz")])
    run(qtbot, section, [first, second])
    assert "Unknown sender: 2" in section.summary.text()
    section.select_row(0)
    section.pin_button.click()
    section.pin_panel.name.setText("Dilnoza")
    with qtbot.waitSignal(section.cases_changed, timeout=60_000):
        section.pin_panel.match_button.click()
    qtbot.waitUntil(lambda: not section.busy, timeout=60_000)
    assert "Imported: 2" in section.summary.text()
    assert "Unknown sender" not in section.summary.text()
    # The history has the new outcome and sender too.
    section.show_vault(None)
    section.show_vault(desk.coordinator)
    assert [r.state for r in section.model.rows] == ["imported", "imported"]
    assert all(cell(section, n, Column.SENDER).startswith("Dilnoza") for n in range(2))
    entries = inbox.history(desk.coordinator)
    assert all(e.cases == 1 and len(e.case_ids) == 1 for e in entries)


def test_an_earlier_unknown_sender_asks_for_the_file_again(
        qtbot: QtBot, desk: Desk, section: InboxSection) -> None:
    stranger = desk.researcher("R-99", pin=False)
    bundle, _ = desk.export(stranger, [sample("ru")])
    run(qtbot, section, [bundle])
    section.show_vault(None)
    section.show_vault(desk.coordinator)
    section.select_row(0)
    assert section.model.rows[0].state == "unknown_signer"
    assert section.pin_button.isHidden()  # the file is not at hand: nothing to pin
    assert section.outcome_text.text() == (
        "Unknown sender. To compare the safety codes, add this file again.")


MAIN_PATH_JARGON = ("signer", "pin the", "pinned", "openssh", "sha256", "tamper", "researcher")


def test_plain_words_on_the_main_path(qtbot: QtBot, desk: Desk, section: InboxSection,
                                      tmp_path: Path) -> None:
    """No "signer", "pin the key", "OpenSSH", "SHA256", "Tampered" or "researcher" outside
    Details (issue 14 item 10): on the Inbox, in its column headers, in every outcome's
    label and sentence, and in the comparison panel."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from app.domain.outcomes import IMPORT_KINDS
    from app.ui.coordinator.inbox import outcomes

    stranger = desk.researcher("R-99", pin=False)
    bundle, _ = desk.export(stranger, [sample("ru")])
    broken = tmp_path / "broken.age"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 1
    broken.write_bytes(bytes(data))
    run(qtbot, section, [bundle, broken])
    section.select_row(0)
    section.pin_button.click()
    texts = [section.model.headerData(c, Qt.Orientation.Horizontal)
             for c in range(section.model.columnCount())]
    for kind in IMPORT_KINDS:
        texts.append(outcomes.label(kind))
        texts.append(outcomes.sentence(coordinator.BatchItem(bundle, kind, str(kind))))
    for row in range(section.model.rowCount()):
        texts += [str(section.model.index(row, c).data())
                  for c in range(section.model.columnCount())]
    details = section.details.content
    for widget in (*section.findChildren(QLabel), *section.findChildren(QAbstractButton)):
        if widget.isVisibleTo(section) and not details.isAncestorOf(widget):
            texts.append(widget.text())
    assert "Damaged or altered" in texts
    for text in texts:
        assert not any(word in str(text).casefold() for word in MAIN_PATH_JARGON), text


def test_a_row_looked_at_during_an_import_is_saved_as_read_after_it(
        qtbot: QtBot, desk: Desk, section: InboxSection, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Marking a row read never makes the window wait for an import holding the vault:
    it is kept until the job ends."""
    import threading

    junk = tmp_path / "junk.age"
    junk.write_bytes(b"not a bundle")
    run(qtbot, section, [junk])
    section.show_vault(None)
    section.show_vault(desk.coordinator)
    assert inbox.unread_count(desk.coordinator) == 1

    release = threading.Event()
    real = coordinator.import_one

    def held(*args: object, **kwargs: object) -> coordinator.BatchItem:
        release.wait(30)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(coordinator, "import_one", held)
    later = tmp_path / "later.age"
    later.write_bytes(b"not a bundle either")
    assert section.add_paths([later])
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    section.select_row(0)  # the earlier row, while the import runs
    assert not section.model.rows[0].unread
    assert section.busy
    # Not written while the job may hold the vault (the worker waits before any import).
    assert {e.file_name: e.unread for e in inbox.history(desk.coordinator)} == {
        "junk.age": True}
    release.set()
    qtbot.waitUntil(lambda: not section.busy, timeout=60_000)
    entries = {e.file_name: e.unread for e in inbox.history(desk.coordinator)}
    assert entries == {"junk.age": False, "later.age": True}


def test_a_received_case_looked_at_marks_its_inbox_row_read(
        qtbot: QtBot, desk: Desk, section: InboxSection) -> None:
    from app.ui.coordinator.provenance import ProvenancePanel

    known = desk.researcher("R-07")
    first, first_ids = desk.export(known, [sample("uz")])
    second, _ = desk.export(known, [sample("tj")])
    run(qtbot, section, [first, second])
    assert section.model.unread() == 2
    panel = ProvenancePanel()
    qtbot.addWidget(panel)
    panel.show_vault(desk.coordinator)
    panel.set_case(first_ids[0])  # where the case came from: it has been looked at
    section.hide()
    with qtbot.waitSignal(section.unread_changed) as unread:
        section.show()  # back to the Inbox
    assert unread.args == [1]
    assert {r.path.name: r.unread for r in section.model.rows} == {
        first.name: False, second.name: True}
    assert inbox.unread_count(desk.coordinator) == 1
