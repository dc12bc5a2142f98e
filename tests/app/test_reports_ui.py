"""The coordinator's receipts and reports dialogs with real vaults: a receipt round trip
with the researcher's vault (one and many bundles), and reports written as PDF, CSV and
JSON, checked for content and for the consent rules (no-publication cases marked,
protected fields left out unless included), private files, never overwritten."""

from __future__ import annotations

import csv
import io
import json
import re
import stat
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from app.services import bundle_import, receipts
from app.services import cases as case_service
from app.services import settings as prefs
from app.services.filenames import neutral_name
from app.ui.common import export_runner, jobs
from app.ui.coordinator.receipts import ReceiptDialog
from app.ui.coordinator.reports import ReportDialog
from storage.provenance import case_provenance
from tests.casedata import sample
from tests.desk import Desk, Researcher
from tests.unit.test_reports import HOSTILE, hostile

WAIT = 30000


def _import(desk: Desk, who: Researcher, records: list[dict[str, Any]],
            attachments: dict[int, bytes] | None = None) -> tuple[str, list[str]]:
    path, ids = desk.export(who, records, attachments)
    outcome = bundle_import.import_bundle(desk.coordinator, path)
    assert outcome.outcome == "imported", outcome.error
    return str(outcome.bundle_id), [str(i) for i in ids]


def _private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def _named(dialog: QWidget) -> None:
    for label in dialog.findChildren(QLabel):
        assert label.textFormat().name == "PlainText"
    for widget in dialog.findChildren(QWidget):
        if widget.focusPolicy().name != "NoFocus" and widget.isVisibleTo(dialog):
            assert widget.accessibleName(), type(widget).__name__


# -- receipts -----------------------------------------------------------------------------


def test_receipt_round_trip_with_the_researcher(qtbot: QtBot, desk: Desk) -> None:
    r = desk.researcher("R-07")
    bundle_id, ids = _import(desk, r, [sample("uz"), sample("kz")])
    assert {case_service.show_case(r.vault, i).summary.status for i in ids} == {"exported"}
    out = desk.root / "receipts"
    out.mkdir()
    dialog = ReceiptDialog(desk.coordinator, [bundle_id])
    qtbot.addWidget(dialog)
    _named(dialog)
    assert dialog.chosen() == [bundle_id]
    text = dialog.model.item(0).text()
    assert bundle_id[:8] in text
    assert "Researcher R-07" in text
    assert "2 cases" in text
    dialog.folder.set_path(out)

    with qtbot.waitSignal(dialog.receipts_created, timeout=WAIT) as signal:
        dialog.create_button.click()
    made = signal.args[0]
    # A neutral name: the date and a number, never the bundle id nor the sender.
    assert len(made) == 1
    assert made[0].parent == out
    assert re.fullmatch(r"\d{4}-\d\d-\d\d-1\.age", made[0].name), made[0].name
    assert "already created" not in dialog.model.item(0).text()
    assert made[0].is_file()
    assert _private(made[0])
    assert dialog.result_field.text() == str(out)
    assert "Only that sender can open it" in dialog.instructions.text()
    assert "import it in Guvoh" in dialog.instructions.text()
    assert f"{made[0].name}: for Researcher R-07" in dialog.instructions.text()
    receipt = case_provenance(desk.coordinator.conn, ids[0]).bundles[0].bundle.receipt  # type: ignore[arg-type]
    assert receipt.created

    again = ReceiptDialog(desk.coordinator, [bundle_id])
    qtbot.addWidget(again)
    assert "a receipt was already created" in again.model.item(0).text()

    prefs.set_receipt_grace(r.vault, None)  # keep the cases (no delete on receipt)
    got = receipts.import_receipt(r.vault, made[0])
    assert got.bundle_id == bundle_id
    assert len(got.delivered) == 2
    assert {case_service.show_case(r.vault, i).summary.status for i in ids} == {"delivered"}


def test_receipts_for_many_bundles_and_an_existing_file(qtbot: QtBot, desk: Desk,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    a = desk.researcher("A")
    b = desk.researcher("B")
    first, ids_a = _import(desk, a, [sample("uz")])
    second, ids_b = _import(desk, b, [sample("tj")])
    out = desk.root / "receipts"
    out.mkdir()
    taken = neutral_name(out)  # today's first name is someone else's file
    taken.write_bytes(b"someone else's file")

    dialog = ReceiptDialog(desk.coordinator, [first, second])
    qtbot.addWidget(dialog)
    dialog.folder.set_path(out)
    with qtbot.waitSignal(dialog.receipts_created, timeout=WAIT) as signal:
        dialog.create_button.click()
    made = signal.args[0]
    assert len(made) == 2
    assert taken not in made
    assert len(set(made)) == 2
    assert dialog.message.text() == ""
    assert taken.read_bytes() == b"someone else's file"
    # Which file goes to which sender.
    assert f"{made[0].name}: for Researcher A" in dialog.instructions.text()
    assert f"{made[1].name}: for Researcher B" in dialog.instructions.text()
    opened: list[Any] = []
    monkeypatch.setattr(export_runner.QDesktopServices, "openUrl",
                        lambda url: opened.append(url) or True)
    dialog.show_button.click()
    assert [u.toLocalFile() for u in opened] == [str(out)]
    for vault in (a.vault, b.vault):
        prefs.set_receipt_grace(vault, None)  # keep the cases (no delete on receipt)
    receipts.import_receipt(a.vault, made[0])
    receipts.import_receipt(b.vault, made[1])
    assert case_service.show_case(a.vault, ids_a[0]).summary.status == "delivered"
    assert case_service.show_case(b.vault, ids_b[0]).summary.status == "delivered"


def test_a_dialog_closed_while_it_works_gets_no_late_result(qtbot: QtBot, desk: Desk,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    r = desk.researcher("R-07")
    bundle_id, _ = _import(desk, r, [sample("uz")])
    out = desk.root / "receipts"
    out.mkdir()
    gate = threading.Event()
    real = receipts.create_receipt

    def held(*args: Any) -> Path:
        gate.wait(10)
        return real(*args)

    monkeypatch.setattr(receipts, "create_receipt", held)
    dialog = ReceiptDialog(desk.coordinator, [bundle_id])
    dialog.folder.set_path(out)
    dialog.create_button.click()
    job = dialog.job
    assert job is not None
    made: list[object] = []
    dialog.receipts_created.connect(made.append)
    dialog.deleteLater()  # closed (WA_DeleteOnClose) while the receipt is being written
    qtbot.waitUntil(lambda: not Shiboken.isValid(dialog), timeout=WAIT)
    gate.set()
    qtbot.waitUntil(lambda: job not in jobs._ACTIVE, timeout=WAIT)
    assert made == []  # the runner dropped the result: its owner is gone
    assert [f.suffix for f in out.iterdir()] == [".age"]  # the work itself was done


def test_receipt_dialog_without_choice_lists_every_bundle_unticked(qtbot: QtBot,
                                                                    desk: Desk) -> None:
    r = desk.researcher("R-07")
    _import(desk, r, [sample("uz")])
    _import(desk, r, [sample("kz")])
    dialog = ReceiptDialog(desk.coordinator, [])
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.chosen() == []
    assert not dialog.create_button.isEnabled()


# -- reports ------------------------------------------------------------------------------


@pytest.fixture
def world(desk: Desk) -> tuple[Desk, list[str]]:
    r = desk.researcher("R-07")
    # uz: documentation + advocacy (no publication); kz: publication; hostile: publication
    # with protected real names and contacts.
    _bundle, ids = _import(desk, r, [sample("uz"), sample("kz"), hostile()],
                           {2: b"recording bytes"})
    return desk, ids


def _report(qtbot: QtBot, desk: Desk, ids: list[str], kind: str, name: str) -> ReportDialog:
    dialog = ReportDialog(desk.coordinator, ids)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.checked, timeout=WAIT)
    dialog.format.setCurrentIndex(dialog.format.findData(kind))
    dialog.path.set_path(desk.root / name)
    return dialog


def _write(qtbot: QtBot, dialog: ReportDialog) -> Path:
    # The warning that the file will not be encrypted is there before anything is written.
    assert not dialog.unencrypted_warning.isHidden()
    assert "will not be encrypted" in dialog.unencrypted_warning.text()
    target = dialog.path.path()
    assert target is not None
    assert not target.exists()
    assert dialog.show_button.isHidden()
    with qtbot.waitSignal(dialog.report_written, timeout=WAIT) as signal:
        dialog.write_button.click()
    path = signal.args[0]
    assert isinstance(path, Path)
    assert _private(path)
    assert "not encrypted" in dialog.message.text()
    return path


def test_report_dialog_lists_cases_without_publication_consent(qtbot: QtBot,
                                                               world: tuple[Desk, list[str]]
                                                               ) -> None:
    desk, ids = world
    dialog = _report(qtbot, desk, ids, "csv", "r.csv")
    _named(dialog)
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == [
        "pdf", "csv", "json"]
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "en", "ru", "uz-Latn", "uz-Cyrl", "tg", "kk", "ky", "tk"]
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "English", "Русский", "Oʻzbekcha", "Ўзбекча", "Тоҷикӣ", "Қазақша", "Кыргызча",
        "Türkmençe"]
    assert not dialog.include_protected.isChecked()
    assert dialog.protected_warning.isHidden()
    dialog.include_protected.setChecked(True)
    assert not dialog.protected_warning.isHidden()
    assert "real names" in dialog.protected_warning.text()
    assert dialog.consent_list.count() == 1
    uz = case_service.show_case(desk.coordinator, ids[0]).summary
    assert uz.reference in dialog.consent_list.item(0).text()
    assert "not for publication" in dialog.consent_list.item(0).text()
    assert "1 of the chosen cases" in dialog.consent_text.text()
    # The file name follows the format.
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert dialog.path.path() == desk.root / "r.json"


def test_csv_report_leaves_out_protected_fields(qtbot: QtBot,
                                                world: tuple[Desk, list[str]]) -> None:
    desk, ids = world
    path = _write(qtbot, _report(qtbot, desk, ids, "csv", "report.csv"))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert {r["case_id"] for r in rows} == set(ids)
    by_case = {r["case_id"]: r for r in rows}
    assert by_case[ids[0]]["publication_consent"] == "no"
    assert by_case[ids[1]]["publication_consent"] == "yes"
    text = raw.decode("utf-8-sig")
    assert "Aziza Karimova" not in text
    assert "Hidden-Name" not in text
    assert "Lola" in text  # the pseudonym, not protected, names the victim


def test_csv_labels_in_russian(qtbot: QtBot, world: tuple[Desk, list[str]]) -> None:
    desk, ids = world
    dialog = _report(qtbot, desk, ids, "csv", "ru.csv")
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    path = _write(qtbot, dialog)
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    labels = " ".join(r["acts_labels"] for r in rows)
    assert any("\u0400" <= ch <= "\u04ff" for ch in labels)


@pytest.mark.parametrize("include", [False, True])
def test_json_report_respects_the_protected_choice(qtbot: QtBot,
                                                   world: tuple[Desk, list[str]],
                                                   include: bool) -> None:
    desk, ids = world
    dialog = _report(qtbot, desk, ids, "json", f"report-{include}.json")
    dialog.include_protected.setChecked(include)
    path = _write(qtbot, dialog)
    data = json.loads(path.read_text("utf-8"))
    assert data["include_protected"] is include
    states = {c["record"]["id"]: c["publication_consent"] for c in data["cases"]}
    assert states == {ids[0]: False, ids[1]: True, ids[2]: True}
    text = path.read_text("utf-8")
    assert ("Aziza Karimova" in text) is include
    assert ("+49 170 0000000" in text) is include
    if include:
        assert "protected details" in dialog.message.text()


def test_pdf_report(qtbot: QtBot, world: tuple[Desk, list[str]]) -> None:
    desk, ids = world
    dialog = _report(qtbot, desk, ids, "pdf", "report.pdf")
    path = _write(qtbot, dialog)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(data) > 5000
    assert dialog.document is not None
    text = dialog.document.toPlainText()
    assert sample("uz")["title"] in text
    assert sample("kz")["title"] in text
    assert "NOT FOR PUBLICATION" in text  # the uz case's banner
    assert HOSTILE in text  # hostile markup stays text
    assert "Aziza Karimova" not in text
    assert "Lola" in text
    size = dialog.document.pageSize()  # A4 less 15 mm margins: 180 x 267 mm
    assert size.width() / size.height() == pytest.approx(180 / 267, rel=0.01)
    assert dialog.document.defaultFont().pointSizeF() == 10.0
    assert dialog.document.pageCount() >= 3  # one page (at least) per case


def test_existing_file_is_not_overwritten(qtbot: QtBot, world: tuple[Desk, list[str]]
                                          ) -> None:
    desk, ids = world
    for kind in ("pdf", "csv", "json"):
        target = desk.root / f"taken.{kind}"
        target.write_bytes(b"keep me")
        dialog = _report(qtbot, desk, ids, kind, target.name)
        dialog.write_button.click()
        assert "already exists" in dialog.message.text()
        assert "\n" not in dialog.message.text()
        assert target.read_bytes() == b"keep me"
        assert dialog.written is None
        assert dialog.write_button.isEnabled()


def test_file_appearing_while_writing_is_not_overwritten(qtbot: QtBot,
                                                        world: tuple[Desk, list[str]]) -> None:
    """The check before writing is not the only guard: the atomic write refuses too."""
    desk, ids = world
    dialog = _report(qtbot, desk, ids, "pdf", "late.pdf")
    dialog.write_button.click()  # builds the HTML on a worker
    (desk.root / "late.pdf").write_bytes(b"arrived first")
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT)
    assert (desk.root / "late.pdf").read_bytes() == b"arrived first"
    assert "already exists" in dialog.message.text()
    assert dialog.written is None


def test_no_case_chosen(qtbot: QtBot, desk: Desk) -> None:
    dialog = ReportDialog(desk.coordinator, [])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.consent_checked, timeout=WAIT):
        pass
    assert "No case is chosen" in dialog.consent_text.text()
    assert not dialog.write_button.isEnabled()


@pytest.mark.parametrize(("interface", "labels"), [
    ("en", "en"), ("ru", "ru"), ("uz-Latn", "uz-Latn"), ("uz-Cyrl", "uz-Cyrl"), ("kk", "kk"),
    ("tk", "tk"), ("de", "en")])
def test_labels_follow_the_interface_language(qtbot: QtBot, desk: Desk, interface: str,
                                              labels: str) -> None:
    app = QApplication.instance()
    assert app is not None
    saved = app.property("guvoh_language")
    app.setProperty("guvoh_language", interface)
    try:
        dialog = ReportDialog(desk.coordinator, [])
        qtbot.addWidget(dialog)
        assert dialog.chosen_language() == labels
    finally:
        app.setProperty("guvoh_language", saved)
    qtbot.waitUntil(lambda: dialog.checked or dialog.job is None, timeout=WAIT)


def test_the_default_name_is_neutral_and_free(qtbot: QtBot, world: tuple[Desk, list[str]],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    desk, ids = world
    monkeypatch.setattr("app.ui.coordinator.reports.default_folder", lambda: desk.root)
    taken = neutral_name(desk.root, ".csv")
    taken.write_bytes(b"an earlier report")
    dialog = ReportDialog(desk.coordinator, ids)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.checked, timeout=WAIT)
    first = dialog.path.path()
    assert first == neutral_name(desk.root, ".pdf")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d-1\.pdf", first.name)  # no tool, no case
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.path.path() == neutral_name(desk.root, ".csv") != taken  # a free name
    path = _write(qtbot, dialog)
    opened: list[Any] = []
    monkeypatch.setattr(export_runner.QDesktopServices, "openUrl",
                        lambda url: opened.append(url) or True)
    assert not dialog.show_button.isHidden()
    dialog.show_button.click()
    assert [u.toLocalFile() for u in opened] == [str(path.parent)]
    assert taken.read_bytes() == b"an earlier report"
