"""The coordinator's Inbox with real vaults and real bundles: a dropped batch of good,
duplicate, tampered, unknown-signer and junk files, each with its outcome in plain words and
the good ones imported while the window keeps running; pinning an unknown researcher after
comparing the safety code, then the rows become imported; cancelling mid-batch; locking
while a batch runs."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from app.domain.outcomes import IMPORT_KINDS, Outcome
from app.services import coordinator
from app.services.cases import show_case
from app.ui.common import jobs
from app.ui.common.table import RecordRole
from app.ui.coordinator.inbox import outcomes as shown_outcomes
from app.ui.coordinator.inbox.model import InboxColumn as Column
from app.ui.coordinator.inbox.section import InboxSection
from storage import cases, keys
from storage.devicekeyring import DeviceKeyring
from storage.errors import CaseNotFound
from storage.vault import Vault
from tests.app.test_accessibility import _unnamed
from tests.casedata import sample
from tests.conftest import PASSPHRASE
from tests.desk import Desk, make_desk

JARGON = ("sshsig", "age1", " age ", "x25519", "ed25519", "signature", "recipient")


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
    widget.resize(1000, 700)
    widget.show()  # "They match" is enabled only while the whole code is on screen
    qtbot.waitExposed(widget)
    widget.show_vault(desk.coordinator)
    return widget


def flip(path: Path, out: Path, pos: int) -> Path:
    data = bytearray(path.read_bytes())
    data[pos] ^= 0x01
    out.write_bytes(bytes(data))
    return out


def outcomes(section: InboxSection) -> dict[str, str]:
    model = section.model
    return {row.path.name: row.state for row in model.rows}


def texts(section: InboxSection, column: Column) -> dict[str, str]:
    model = section.model
    return {model.rows[r].path.name: model.index(r, column).data()
            for r in range(model.rowCount())}


def run_batch(qtbot: QtBot, section: InboxSection, paths: list[Path]) -> set[str]:
    """Start a batch, check it runs in the background, wait for it; returns the row states
    the window showed while the worker was still running."""
    seen: set[str] = set()

    def note(*_args: Any) -> None:
        if section.busy:
            seen.update(row.state for row in section.model.rows)

    section.model.dataChanged.connect(note)
    section.model.rowsInserted.connect(note)
    assert section.add_paths(paths)
    assert section.busy  # add_paths returned while the batch runs
    assert not section.add_files_button.isEnabled()
    assert not section.progress_box.isHidden()
    qtbot.waitUntil(lambda: not section.busy, timeout=60_000)
    section.model.dataChanged.disconnect(note)
    section.model.rowsInserted.disconnect(note)
    assert section.add_files_button.isEnabled()
    return seen


def row_of(section: InboxSection, name: str) -> int:
    return next(i for i, r in enumerate(section.model.rows) if r.path.name == name)


def test_a_mixed_batch(qtbot: QtBot, desk: Desk, section: InboxSection, tmp_path: Path,
                       qtmodeltester: Any) -> None:
    known = desk.researcher("R-07")
    stranger = desk.researcher("R-99", pin=False)
    good, ids = desk.export(known, [sample("uz"), sample("tj")], {0: b"audio" * 50_000})
    good2, ids2 = desk.export(known, [sample("kz")])
    unknown, ids_unknown = desk.export(stranger, [sample("ru")])
    drop = tmp_path / "usb"
    drop.mkdir()
    shutil.copy2(good, drop / "a-good.age")
    shutil.copy2(good, drop / "b-again.age")
    flip(good2, drop / "c-tampered.age", good2.stat().st_size // 2)
    shutil.copy2(unknown, drop / "d-unknown.age")
    (drop / "e-junk.age").write_bytes(b"this is not a bundle")
    shutil.copy2(good2, tmp_path / "f-good.age")

    with qtbot.waitSignal(section.cases_changed, timeout=60_000):
        seen = run_batch(qtbot, section, [drop, tmp_path / "f-good.age"])
    # The window showed files being checked while the worker was still running.
    assert "reading" in seen

    assert outcomes(section) == {
        "a-good.age": "imported",
        "b-again.age": "duplicate",
        "c-tampered.age": "tampered",
        "d-unknown.age": "unknown_signer",
        "e-junk.age": "unreadable",
        "f-good.age": "imported",
    }
    shown = texts(section, Column.OUTCOME)
    assert shown["a-good.age"] == "Imported"
    assert shown["b-again.age"] == "Already imported"
    assert shown["c-tampered.age"] == "Damaged or altered"
    assert shown["d-unknown.age"] == "Unknown sender"
    assert shown["e-junk.age"] == "Unreadable"
    assert texts(section, Column.CASES)["a-good.age"] == "2"
    assert texts(section, Column.ATTACHMENTS)["a-good.age"] == "1"
    assert texts(section, Column.SENDER)["a-good.age"] == "Researcher R-07 (gave the name R-07)"
    assert texts(section, Column.CASES)["c-tampered.age"] == ""
    assert "Bundles: 6" in section.summary.text()
    assert "Imported: 2" in section.summary.text()

    # The good ones are in the coordinator's vault, the others not.
    for case_id in (*ids, *ids2):
        assert show_case(desk.coordinator, case_id).summary.id == case_id
    with pytest.raises(CaseNotFound):
        show_case(desk.coordinator, ids_unknown[0])
    assert cases.count(desk.coordinator.conn) == 3

    # Plain words on screen; the technical reason sits behind Details.
    for row in range(section.model.rowCount()):
        section.select_row(row)
        sentence = section.outcome_text.text().casefold()
        assert sentence
        assert not any(word in sentence for word in JARGON), sentence
        assert section.details.content.isHidden()
        tooltip = section.model.index(row, Column.OUTCOME).data(Qt.ItemDataRole.ToolTipRole)
        assert tooltip == section.outcome_text.text()
        icon = section.model.index(row, Column.OUTCOME).data(Qt.ItemDataRole.DecorationRole)
        assert not icon.isNull()
    section.select_row(row_of(section, "c-tampered.age"))
    assert section.pin_button.isHidden()
    section.details.toggle.click()
    assert not section.details.content.isHidden()
    assert section.detail_reason.text().startswith("tampered")
    section.select_row(row_of(section, "d-unknown.age"))
    assert not section.pin_button.isHidden()
    assert section.detail_fingerprint.text() == stranger.fingerprint

    # Sorting by outcome keeps the records; the model passes Qt's checks.
    section.table.sortByColumn(Column.OUTCOME, Qt.SortOrder.AscendingOrder)
    first = section.proxy.index(0, 0).data(RecordRole)
    assert first.state == "duplicate"
    qtmodeltester.check(section.model)
    assert section.model.index(0, 0, section.model.index(0, 0)).isValid() is False
    assert section.model.rowCount(section.model.index(0, 0)) == 0
    assert section.model.data(QModelIndex()) is None

    assert _unnamed(section) == []


def test_every_import_outcome_has_a_label_and_a_tone() -> None:
    # The closed list of app.domain.outcomes: an outcome added there fails here until the
    # Inbox can show it.
    for kind in IMPORT_KINDS:
        assert kind in shown_outcomes.LABELS, kind
        assert kind in shown_outcomes.TONES, kind
    assert set(shown_outcomes.LABELS) == set(shown_outcomes.TONES)
    assert shown_outcomes.label(Outcome.DUPLICATE) == "Already imported"
    assert shown_outcomes.tone_of(Outcome.TAMPERED) is shown_outcomes.Tone.BAD
    assert shown_outcomes.tone_of(Outcome.IMPORTED) is shown_outcomes.Tone.GOOD


def test_pin_an_unknown_researcher_from_the_inbox(qtbot: QtBot, desk: Desk,
                                                  section: InboxSection,
                                                  tmp_path: Path) -> None:
    stranger = desk.researcher("R-99", pin=False)
    first, ids1 = desk.export(stranger, [sample("ru")])
    second, ids2 = desk.export(stranger, [sample("uz")])
    run_batch(qtbot, section, [first, second])
    assert set(outcomes(section).values()) == {"unknown_signer"}

    section.select_row(0)
    section.pin_button.click()
    assert not section.pin_panel.isHidden()
    code = keys.identity(stranger.vault.conn).public_key.safety_code()
    assert section.pin_panel.code.code() == code
    assert len(section.pin_panel.code.text().split()) == 8
    assert "by phone or in person" in section.pin_panel.instruction.text()
    assert not section.pin_panel.match_button.isDefault()

    # They do not match: nothing pinned, nothing imported.
    section.pin_panel.mismatch_button.click()
    assert section.pin_panel.isHidden()
    assert keys.signers(desk.coordinator.conn) == []
    assert "Nothing was saved" in section.message.text()
    assert cases.count(desk.coordinator.conn) == 0

    # A name is needed.
    section.pin_button.click()
    section.pin_panel.match_button.click()
    assert "name" in section.pin_panel.message.text()
    assert keys.signers(desk.coordinator.conn) == []

    section.pin_panel.name.setText("  Dilnoza  (Samarkand) ")
    with qtbot.waitSignals([section.cases_changed, section.signers_changed],
                           timeout=60_000):
        section.pin_panel.match_button.click()
        assert section.busy
    qtbot.waitUntil(lambda: not section.busy)
    # Both files of that researcher are imported: the code compared is their key's.
    assert set(outcomes(section).values()) == {"imported"}
    assert [s.name for s in keys.signers(desk.coordinator.conn)] == ["Dilnoza (Samarkand)"]
    for case_id in (*ids1, *ids2):
        assert show_case(desk.coordinator, case_id).summary.id == case_id
    assert section.pin_panel.isHidden()
    assert "Dilnoza (Samarkand) is now one of your senders" in section.message.text()
    assert texts(section, Column.SENDER)[first.name] == "Dilnoza (Samarkand) (gave the name R-99)"


def test_a_name_already_used_pins_nothing(qtbot: QtBot, desk: Desk,
                                          section: InboxSection) -> None:
    desk.researcher("R-07")  # pinned as "Researcher R-07"
    stranger = desk.researcher("R-99", pin=False)
    bundle, _ = desk.export(stranger, [sample("ru")])
    run_batch(qtbot, section, [bundle])
    section.select_row(0)
    section.pin_button.click()
    section.pin_panel.name.setText("Researcher R-07")
    section.pin_panel.match_button.click()
    qtbot.waitUntil(lambda: not section.busy)
    assert "already used" in section.pin_panel.message.text()
    assert not section.pin_panel.isHidden()
    assert outcomes(section) == {bundle.name: "unknown_signer"}
    assert [s.name for s in keys.signers(desk.coordinator.conn)] == ["Researcher R-07"]


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The batch holds before the file whose name starts with "b-" until it is cancelled
    (then that file is read with the cancel already set), so a test can act mid-batch."""
    real = coordinator.import_one
    entered = threading.Event()

    def gated(vault: Vault, path: Path, *, progress: Any = None,
              cancel: threading.Event | None = None,
              verify_only: bool = False) -> coordinator.BatchItem:
        if path.name.startswith("b-"):
            entered.set()
            assert cancel is not None
            cancel.wait(30)
        return real(vault, path, progress=progress, cancel=cancel, verify_only=verify_only)

    monkeypatch.setattr(coordinator, "import_one", gated)
    return entered


def three_bundles(desk: Desk, folder: Path) -> dict[str, list[str]]:
    known = desk.researcher("R-07")
    folder.mkdir()
    ids = {}
    for name, lang in (("a-first.age", "uz"), ("b-second.age", "kz"), ("c-third.age", "tj")):
        path, case_ids = desk.export(known, [sample(lang)])
        shutil.move(path, folder / name)
        ids[name] = list(case_ids)
    return ids


def test_cancel_mid_batch(qtbot: QtBot, desk: Desk, section: InboxSection, tmp_path: Path,
                          gate: threading.Event) -> None:
    ids = three_bundles(desk, tmp_path / "usb")
    assert section.add_paths([tmp_path / "usb"])
    qtbot.waitUntil(gate.is_set, timeout=60_000)
    assert section.busy
    assert section.cancel_button.isEnabled()
    section.cancel_button.click()
    assert not section.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not section.busy, timeout=60_000)
    assert outcomes(section) == {
        "a-first.age": "imported", "b-second.age": "cancelled", "c-third.age": "cancelled"}
    assert "cancelled" in section.message.text()
    assert set(cases.iter_ids(desk.coordinator.conn)) == set(ids["a-first.age"])
    assert section.progress_box.isHidden()
    section.clear_list()  # "Clear the list", confirmed (tests/app/test_inbox_history.py)
    assert section.model.rowCount() == 0


def test_cancel_then_import_again(qtbot: QtBot, desk: Desk, section: InboxSection,
                                  tmp_path: Path, gate: threading.Event,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    ids = three_bundles(desk, tmp_path / "usb")
    assert section.add_paths([tmp_path / "usb"])
    qtbot.waitUntil(gate.is_set, timeout=60_000)
    section.cancel()
    qtbot.waitUntil(lambda: not section.busy, timeout=60_000)
    monkeypatch.undo()  # no gate any more
    run_batch(qtbot, section, [tmp_path / "usb"])
    states = [row.state for row in section.model.rows]
    assert states == ["imported", "cancelled", "cancelled", "duplicate", "imported",
                      "imported"]
    assert set(cases.iter_ids(desk.coordinator.conn)) == {
        c for found in ids.values() for c in found}


def test_locking_during_a_batch(qtbot: QtBot, desk: Desk, section: InboxSection,
                                tmp_path: Path, gate: threading.Event) -> None:
    ids = three_bundles(desk, tmp_path / "usb")
    assert section.add_paths([tmp_path / "usb"])
    qtbot.waitUntil(gate.is_set, timeout=60_000)
    qtbot.waitUntil(lambda: section.model.rowCount() == 3)
    job = section.job
    assert job is not None

    section.show_vault(None)  # cancels, and returns once the worker let go of the vault
    assert not section.busy
    assert section.model.rowCount() == 0
    assert section.progress_box.isHidden()
    assert not section.add_files_button.isEnabled()
    assert not section.drop_area.isEnabled()
    assert not section.add_paths([tmp_path / "usb"])
    desk.coordinator.close()
    # The late result of the cancelled batch is dropped, not shown.
    assert jobs.running(section) == []
    qtbot.waitUntil(lambda: job not in jobs._ACTIVE, timeout=60_000)
    assert section.model.rowCount() == 0
    assert section.summary.text() == ""

    with Vault.unlock(desk.root / "coordinator", PASSPHRASE, DeviceKeyring.none()) as again:
        assert set(cases.iter_ids(again.conn)) == set(ids["a-first.age"])
        section.show_vault(again)
        assert section.add_files_button.isEnabled()
        gate.clear()
        section.show_vault(None)


def test_dropping_files_starts_a_batch(qtbot: QtBot, desk: Desk, section: InboxSection,
                                       tmp_path: Path) -> None:
    known = desk.researcher("R-07")
    good, ids = desk.export(known, [sample("uz")])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl("https://example.org/B-x.age")])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    section.drop_area.dragEnterEvent(enter)
    assert enter.isAccepted()
    remote = QMimeData()
    remote.setUrls([QUrl("https://example.org/B-x.age")])
    refused = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, remote,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    section.drop_area.dragEnterEvent(refused)
    assert not refused.isAccepted()

    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(section.cases_changed, timeout=60_000):
        section.drop_area.dropEvent(drop)
        assert section.busy
    qtbot.waitUntil(lambda: not section.busy)
    assert outcomes(section) == {good.name: "imported"}
    assert show_case(desk.coordinator, ids[0]).summary.id == ids[0]
