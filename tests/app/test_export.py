"""The export dialog end to end (a real bundle the coordinator imports, with and without
the protected details), a cancel that leaves no file, the consent sentence, and receipts
and purge through their dialogs."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.services import bundle_export, bundle_import
from app.services import cases as case_service
from app.services import receipts as receipt_service
from app.services import settings as prefs
from app.services.errors import ConsentMissing
from app.ui.common import export_runner
from app.ui.common.widgets import error_text
from app.ui.researcher.delivered import PurgeDialog, ReceiptImportDialog
from app.ui.researcher.export import ExportDialog
from storage.errors import CaseNotFound
from tests.app.test_keys import Pair, make_pair
from tests.attachment_files import jpeg
from tests.casedata import sample
from tests.metadata_tools import exiftool_tags, exiftool_write


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    made = make_pair(tmp_path)
    with made.coordinator, made.sender:
        made.trust()
        yield made


def _case_with_file(pair: Pair, size: int = 200_000) -> str:
    case = case_service.add_case(pair.sender, sample("uz"))
    recording = pair.tmp / "interview.ogg"
    recording.write_bytes(os.urandom(size))
    case_service.attach_file(pair.sender, case.id, recording, media_type="audio/ogg")
    return case.id


def _out(pair: Pair) -> Path:
    out = pair.tmp / "out"
    out.mkdir(exist_ok=True)
    return out


def _dialog(qtbot: QtBot, pair: Pair, case_ids: list[str]) -> ExportDialog:
    dialog = ExportDialog(pair.sender, case_ids)
    qtbot.addWidget(dialog)
    dialog.folder.set_path(_out(pair))
    return dialog


@pytest.mark.parametrize("redact", [False, True])
def test_export_end_to_end(qtbot: QtBot, pair: Pair, redact: bool,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = _case_with_file(pair)
    other = case_service.add_case(pair.sender, sample("tj"))  # not chosen: stays home
    dialog = _dialog(qtbot, pair, [case_id])
    assert dialog.chosen_organisations() == [pair.card.fingerprint()]  # the only one
    assert dialog.chosen_cases() == [case_id]
    summary = dialog.summary.text()
    assert "1 cases" in summary or "1 case" in summary
    assert "Only Memorial can open it" in summary
    assert "MB" in summary or "kB" in summary
    assert dialog.export_button.isDefault()
    assert not dialog.export_button.isEnabled()  # until the protected details are decided
    dialog.choose_protected(not redact)
    assert dialog.export_button.isEnabled()

    with qtbot.waitSignal(dialog.exported, timeout=30000) as signal:
        dialog.export_button.click()
    result = signal.args[0]
    assert result.path.parent == _out(pair)
    # A neutral name: the date and a number, never the tool, sender or bundle id.
    assert re.fullmatch(r"\d{4}-\d\d-\d\d-1\.age", result.path.name), result.path.name
    assert result.bundle_id not in result.path.name
    assert result.path.is_file()
    assert dialog.pages.currentWidget() is dialog.done_page
    assert dialog.file_field.text() == str(result.path)
    assert "USB stick" in dialog.instructions.text()
    assert "e-mail" in dialog.instructions.text()
    # "Show in folder" opens the folder that holds the file.
    opened: list[Any] = []
    monkeypatch.setattr(export_runner.QDesktopServices, "openUrl",
                        lambda url: opened.append(url) or True)
    dialog.show_button.click()
    assert [u.toLocalFile() for u in opened] == [str(result.path.parent)]
    assert "delete" in dialog.instructions.text()

    assert bundle_import.verify_bundle(pair.coordinator, result.path).outcome == "verified"
    outcome = bundle_import.import_bundle(pair.coordinator, result.path)
    assert outcome.outcome == "imported", outcome.error
    assert outcome.cases == 1
    assert outcome.attachments == 1
    imported = case_service.show_case(pair.coordinator, case_id).record
    victim = imported["persons"][0]
    if redact:
        assert "real_name" not in victim
        assert victim["pseudonym"] == "Botir"
    else:
        assert victim["real_name"] == "Shavkat Gʻiyosov"
    with pytest.raises(CaseNotFound):
        case_service.show_case(pair.coordinator, other.id)


def test_cancel_leaves_no_file(qtbot: QtBot, pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = _case_with_file(pair, size=3_000_000)
    started = threading.Event()
    real = bundle_export.export_bundle

    def held(*args: Any, progress: Any = None, cancel: Any = None, **kwargs: Any) -> Any:
        def report(done: int, total: int) -> None:
            progress(done, total)
            started.set()
            assert cancel.wait(20)  # hold the export until the person presses Cancel

        return real(*args, progress=report, cancel=cancel, **kwargs)

    monkeypatch.setattr(bundle_export, "export_bundle", held)
    dialog = _dialog(qtbot, pair, [case_id])
    dialog.choose_protected(False)
    dialog.export_button.click()
    qtbot.waitUntil(started.is_set, timeout=30000)
    assert not dialog.runner.isHidden()
    assert not dialog.form.isEnabled()
    assert not dialog.close_button.isEnabled()
    dialog.runner.cancel_button.click()
    qtbot.waitUntil(lambda: "Cancelled" in dialog.message.text(), timeout=30000)
    assert list(_out(pair).iterdir()) == []
    assert dialog.form.isEnabled()
    assert dialog.export_button.isEnabled()
    assert case_service.show_case(pair.sender, case_id).summary.status != "exported"


def test_consent_missing_is_one_sentence(qtbot: QtBot, pair: Pair) -> None:
    record = sample("uz")
    record["consent"] = {"given": False}
    case = case_service.add_case(pair.sender, record)
    dialog = _dialog(qtbot, pair, [case.id])
    dialog.choose_protected(True)
    dialog.export_button.click()
    expected = error_text(ConsentMissing(case.reference))
    qtbot.waitUntil(lambda: dialog.message.text() == expected, timeout=30000)
    assert "consent" in expected
    assert list(_out(pair).iterdir()) == []


def test_nothing_chosen_says_so(qtbot: QtBot, pair: Pair) -> None:
    case_service.add_case(pair.sender, sample("uz"))
    dialog = _dialog(qtbot, pair, [])  # no case is marked ready: nothing ticked
    assert dialog.chosen_cases() == []
    assert not dialog.export_button.isEnabled()
    dialog.start_export()
    assert "at least one case" in dialog.message.text()


def _delivered(qtbot: QtBot, pair: Pair) -> tuple[str, str]:
    """Export one case, import it at the coordinator, import the receipt through the
    dialog. Returns (delivered case id, a case that stays undelivered)."""
    case_id = _case_with_file(pair)
    kept = case_service.add_case(pair.sender, sample("kz")).id
    result = bundle_export.export_bundle(pair.sender, ["Memorial"], _out(pair), [case_id])
    assert bundle_import.import_bundle(pair.coordinator, result.path).outcome == "imported"
    receipts = pair.tmp / "receipts"
    receipts.mkdir()
    receipt = receipt_service.create_receipt(pair.coordinator, result.bundle_id, receipts)
    prefs.set_receipt_grace(pair.sender, None)  # keep it, for Remove delivered cases

    dialog = ReceiptImportDialog(pair.sender)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.cases_changed, timeout=30000):
        dialog.import_from(receipt)
    reference = case_service.show_case(pair.sender, case_id).summary.reference
    assert dialog.delivered == [reference]
    assert reference in dialog.message.text()
    assert "delivered" in dialog.message.text()
    assert case_service.show_case(pair.sender, case_id).summary.status == "delivered"
    return case_id, kept


def test_receipt_import_round_trip(qtbot: QtBot, pair: Pair) -> None:
    _delivered(qtbot, pair)
    dialog = ReceiptImportDialog(pair.sender)
    qtbot.addWidget(dialog)
    dialog.import_from(pair.tmp / "nothing-here.age")
    assert "no file" in dialog.message.text()
    not_a_receipt = pair.tmp / "R-not-really.age"
    not_a_receipt.write_bytes(b"age-encryption.org/v1\n-> X25519 nonsense\n")
    dialog.import_from(not_a_receipt)
    qtbot.waitUntil(lambda: "Guvoh" in dialog.message.text(), timeout=30000)
    assert dialog.import_button.isEnabled()


def test_purge_removes_delivered_cases_only(qtbot: QtBot, pair: Pair) -> None:
    case_id, kept = _delivered(qtbot, pair)
    dialog = PurgeDialog(pair.sender)
    qtbot.addWidget(dialog)
    assert dialog.case_ids == [case_id]
    assert dialog.model.rowCount() == 1
    assert "cannot be undone" in dialog.loss.text()
    assert "1 recordings or files" in dialog.loss.text() or "1 recording" in dialog.loss.text()
    assert not dialog.remove_button.isDefault()
    assert not dialog.remove_button.autoDefault()
    assert dialog.close_button.isDefault()
    assert not dialog.remove_button.isEnabled()
    dialog.understood.setChecked(True)
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(dialog.cases_changed, timeout=30000):
        dialog.remove_button.click()
    assert len(dialog.removed) == 1
    with pytest.raises(CaseNotFound):
        case_service.show_case(pair.sender, case_id)
    assert case_service.show_case(pair.sender, kept).summary.status == "draft"
    assert dialog.model.rowCount() == 0
    assert not dialog.remove_button.isEnabled()
    assert "Removed" in dialog.message.text()


def test_dialogs_name_every_control(qtbot: QtBot, pair: Pair) -> None:
    from tests.app.test_accessibility import _unnamed

    _case_with_file(pair)
    for dialog in (ExportDialog(pair.sender, []), ReceiptImportDialog(pair.sender),
                   PurgeDialog(pair.sender)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _unnamed(dialog) == [], type(dialog).__name__


def _two_protected(pair: Pair) -> str:
    """A case whose two persons have protected details (and a third who has none), with a
    file: 'the protected details of 2 people'."""
    record = sample("uz")
    record["persons"] = [
        {"id": "p1", "role": "victim", "real_name": "Shavkat Gʻiyosov", "pseudonym": "Botir",
         "protected": ["real_name"]},
        {"id": "p2", "role": "relative", "real_name": "Dilnoza Gʻiyosova",
         "contact": "+998 90 123 45 67", "protected": ["contact"],
         "relation_to_victim": "parent", "related_victim": "p1"},
        {"id": "p3", "role": "witness", "pseudonym": "Qo'shni", "protected": []},
    ]
    case = case_service.add_case(pair.sender, record)
    photo = pair.tmp / "photo.bin"
    photo.write_bytes(os.urandom(1000))
    case_service.attach_file(pair.sender, case.id, photo)
    return case.id


def test_protected_details_are_an_explicit_choice(qtbot: QtBot, pair: Pair) -> None:
    case_id = _two_protected(pair)
    dialog = _dialog(qtbot, pair, [case_id])
    # Nothing preselected; Export stays off and says why.
    assert not dialog.leave_out.isChecked()
    assert not dialog.include.isChecked()
    assert dialog.include_protected() is None
    assert not dialog.strip.isChecked()
    assert not dialog.export_button.isEnabled()
    assert dialog.why.text() == "Choose whether the protected details go."
    assert "protected details of" not in dialog.summary.text()  # nothing said before the choice
    dialog.start_export()  # even if called: nothing is written
    assert dialog.message.text() == "Choose whether the protected details go."
    assert list(_out(pair).iterdir()) == []

    # Leaving them out: the files go cleaned by default.
    dialog.leave_out.click()
    assert dialog.include_protected() is False
    assert dialog.strip.isChecked()
    assert dialog.export_button.isEnabled()
    assert dialog.why.text() == ""
    summary = dialog.summary.text()
    assert "It leaves out the protected details of 2 people." in summary
    assert "Files go cleaned of hidden details" in summary
    assert "Only Memorial can open it" in summary

    # Including them: the default follows while the person has not touched the box.
    dialog.include.click()
    assert dialog.include_protected() is True
    assert not dialog.leave_out.isChecked()
    assert not dialog.strip.isChecked()
    summary = dialog.summary.text()
    assert "It includes the protected details of 2 people." in summary
    assert "Files go as they came" in summary

    # Once the person sets the box, a later choice leaves it as they set it.
    dialog.strip.click()
    assert dialog.strip.isChecked()
    assert "Files go cleaned of hidden details" in dialog.summary.text()
    dialog.leave_out.click()
    dialog.include.click()
    assert dialog.strip.isChecked()
    dialog.leave_out.click()
    dialog.strip.click()
    assert not dialog.strip.isChecked()
    assert "It leaves out the protected details of 2 people." in dialog.summary.text()
    assert "Files go as they came" in dialog.summary.text()


def test_no_protected_details_and_no_files(qtbot: QtBot, pair: Pair) -> None:
    record = sample("kz")  # nobody in it
    case = case_service.add_case(pair.sender, record)
    dialog = _dialog(qtbot, pair, [case.id])
    dialog.choose_protected(True)
    assert "No one in these cases has protected details." in dialog.summary.text()
    assert "Files go" not in dialog.summary.text()  # no file: nothing to say about files


@pytest.mark.parametrize(("include", "strip"), [(True, False), (False, True), (True, True),
                                                (False, False)])
def test_the_choices_reach_the_export(qtbot: QtBot, pair: Pair, include: bool, strip: bool,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = _two_protected(pair)
    calls: list[dict[str, Any]] = []
    real = bundle_export.export_bundle

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(bundle_export, "export_bundle", spy)
    dialog = _dialog(qtbot, pair, [case_id])
    dialog.choose_protected(include)
    if dialog.strip.isChecked() != strip:
        dialog.strip.click()
    with qtbot.waitSignal(dialog.exported, timeout=30000) as signal:
        dialog.export_button.click()
    assert [(c["redact"], c["strip_metadata"]) for c in calls] == [(not include, strip)]
    done = dialog.done_text.text()
    said = "includes" if include else "leaves out"
    assert f"It {said} the protected details of 2 people." in done
    if strip:  # random bytes: no reader knows them, so the file goes as it came, and says so
        assert re.search(r"1 files? could not be checked and went as (they|it) came", done)
        assert "went cleaned" not in done
    else:
        assert "Files go as they came" in done

    outcome = bundle_import.import_bundle(pair.coordinator, signal.args[0].path)
    assert outcome.outcome == "imported", outcome.error
    persons = case_service.show_case(pair.coordinator, case_id).record["persons"]
    assert ("real_name" in persons[0]) is include
    assert ("contact" in persons[1]) is include


def test_left_out_details_send_a_photo_without_its_place(qtbot: QtBot, pair: Pair) -> None:
    """The dialog's defaults with the protected details left out: the photo arrives without
    the place it was taken or the phone (read by exiftool, the reference tool); the original
    stays in the sender's vault as it came."""
    case = case_service.add_case(pair.sender, sample("uz"))
    photo = pair.tmp / "photo.jpg"
    photo.write_bytes(jpeg())
    exiftool_write(photo, "-GPSLatitude=41.3111", "-GPSLatitudeRef=N",
                   "-GPSLongitude=69.2797", "-GPSLongitudeRef=E", "-Model=iPhone 12")
    original = photo.read_bytes()
    blob = case_service.attach_file(pair.sender, case.id, photo).id
    dialog = _dialog(qtbot, pair, [case.id])
    dialog.choose_protected(False)
    assert dialog.strip.isChecked()
    with qtbot.waitSignal(dialog.exported, timeout=30000) as signal:
        dialog.export_button.click()
    assert re.search(r"\b1 files? went cleaned of hidden details", dialog.done_text.text())
    assert "could not be checked" not in dialog.done_text.text()
    outcome = bundle_import.import_bundle(pair.coordinator, signal.args[0].path)
    assert outcome.outcome == "imported", outcome.error
    received = pair.tmp / "received.jpg"
    received.write_bytes(case_service.read_attachment(pair.coordinator, blob))
    tags = exiftool_tags(received)
    assert not [t for t in tags if "GPS" in t or t.endswith(":Model")], tags
    assert case_service.read_attachment(pair.sender, blob) == original
