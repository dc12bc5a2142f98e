"""The submitter's "tell your story" flow, from the first question to a bundle the
coordinator imports, with every answer and file in the imported case; kept in the vault while
the person writes, found again at the same step after a lock, a restart or a crash, in one
case; the date starts empty; the review says what will be sent; an organisation added from
its card on the way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.services import bundle_import, organisations
from app.services import cases as case_service
from app.services import story as story_service
from app.ui.submitter.record import StoryAnswers, day_exists, story_date, story_record
from app.ui.submitter.story import STEPS, StorySection
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.app import story_probe
from tests.app.test_keys import Pair, make_pair
from tests.app.test_recorder import RATE, FakeCapture
from tests.attachment_files import jpeg
from tests.conftest import PASSPHRASE
from tests.metadata_tools import exiftool_tags, exiftool_write

STORY = ("Militsiya came to my mother's house in Qoʻqon and asked where I live.\n"
         "Mening akam hibsga olindi.")


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    made = make_pair(tmp_path, role="submitter")
    with made.coordinator, made.sender:
        made.pin_sender()
        yield made


def _section(qtbot: QtBot, pair: Pair, vault: Vault | None = None,
             capture: FakeCapture | None = None) -> StorySection:
    section = StorySection(capture_factory=(lambda: capture) if capture else None)
    qtbot.addWidget(section)
    section.show_vault(vault or pair.sender)
    section.show()
    return section


def _kept(qtbot: QtBot, section: StorySection) -> None:
    """Wait until the answers typed were kept in the vault (the footer says so)."""
    qtbot.waitUntil(lambda: not section.autosave.isActive(), timeout=10000)
    assert section.saved_note.text().startswith("Saved in your encrypted vault at ")


def _next(section: StorySection, expected: str) -> None:
    assert section.next_button.isEnabled(), section.message.text()
    section.next_button.click()
    assert section.current_step() == expected, section.message.text()


def test_story_from_first_question_to_imported_bundle(
        qtbot: QtBot, pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    section = _section(qtbot, pair, capture=FakeCapture())
    out = pair.tmp / "out"
    out.mkdir()
    assert section.current_step() == "consent"
    assert not section.next_button.isEnabled()  # nothing happens without consent
    assert not section.back_button.isVisible()
    section.consent.agree.setChecked(True)
    section.consent.uses["advocacy"].setChecked(True)
    _next(section, "what")
    assert section.case_id is not None  # kept in the vault from the first Next
    assert "Saved" in section.saved_note.text()

    assert not section.next_button.isEnabled()
    section.what.narrative.setPlainText(STORY)
    section.what.title.setText("Visits to my mother")
    _next(section, "when")
    saved = case_service.show_case(pair.sender, str(section.case_id)).record
    assert saved["narrative"] == STORY  # closing now would lose nothing

    section.when.year.setText("2023")
    section.when.month.setCurrentIndex(section.when.month.findData(6))
    _next(section, "where")

    section.where.country.setCurrentIndex(section.where.country.findData("UZ"))
    section.where.city.setText("Qoʻqon")
    _next(section, "who")
    section.back_button.click()
    assert section.current_step() == "where"
    _next(section, "who")
    section.who.involved.setPlainText("Two officers of the local police; my neighbour saw them.")
    _next(section, "files")

    # A photo, and a few seconds told aloud: both go with the story.
    photo = pair.tmp / "summons.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with qtbot.waitSignal(section.files.files_changed, timeout=10000):
        section.files.add_paths([photo])
    recorder = section.files.recorder
    with qtbot.waitSignal(section.recording_changed, timeout=2000):
        recorder.record_button.click()
    qtbot.waitUntil(lambda: recorder.recording is not None
                    and recorder.recording.frames >= RATE // 4, timeout=10000)
    with qtbot.waitSignal(section.files.files_changed, timeout=10000):
        recorder.stop_button.click()
    names = sorted(a.filename for a in section.files.attachments())
    assert names[0].startswith("Recording ")
    assert names[1] == "summons.jpg"
    assert section.files.model.rowCount() == 2
    _next(section, "contact")

    section.contact.yes.setChecked(True)
    section.contact.how.setPlainText("Signal: @botir.77")
    _next(section, "name")

    section.naming.choices["pseudonym_only"].setChecked(True)
    section.naming.pseudonym.setText("Botir")
    section.naming.real_name.setText("Shavkat Gʻiyosov")
    _next(section, "organisation")

    # No organisation yet: load its card and compare the codes on the way.
    assert not section.next_button.isEnabled()
    assert section.organisation.card_check.load_card(pair.card_path)
    assert section.organisation.card_check.code_label.code() == pair.card.safety_code()
    # "They match" waits until the whole code is on screen (issue 14 item 3).
    qtbot.waitUntil(section.organisation.card_check.match_button.isEnabled)
    match = section.organisation.card_check.match_button
    qtbot.waitUntil(match.isEnabled, timeout=5000)  # once the whole code is on screen
    match.click()
    assert [o.name for o in organisations.organisations(pair.sender)] == ["Memorial"]
    assert section.chosen_organisation() == (pair.card.fingerprint(), "Memorial")
    _next(section, "review")
    values = section.review.values
    assert values["title"].text() == "Visits to my mother"
    assert values["narrative"].text() == STORY
    assert values["where"].text() == "Uzbekistan, Qoʻqon"
    assert "2023" in values["when"].text()
    assert "summons.jpg" in values["files"].text()
    assert len(values["files"].text().splitlines()) == 2
    assert values["real_name"].text().startswith("In the file: Shavkat Gʻiyosov.")
    assert "kept protected" in values["real_name"].text()
    assert values["named_as"].text() == "Botir"
    assert values["contact"].text().startswith("In the file: Signal: @botir.77.")
    assert "Memorial" in values["organisation"].text()
    _next(section, "send")
    assert "only Memorial can open" in section.sending.summary.text()

    section.sending.folder.set_path(out)
    with qtbot.waitSignal(section.story_exported, timeout=30000) as signal:
        section.sending.send_button.click()
    result = signal.args[0]
    assert section.current_step() == "done"
    assert result.path.parent == out
    assert section.done.file_field.text() == str(result.path)
    assert "USB stick" in section.done.instructions.text()
    shown: list[Path] = []
    monkeypatch.setattr("app.ui.submitter.sending.show_in_folder", shown.append)
    section.done.show_button.click()
    assert shown == [result.path]  # the folder opens at the file, to copy it on
    assert "Memorial" in section.done.instructions.text()
    assert not section.next_button.isVisible()

    assert story_service.story_in_progress(pair.sender) is None  # told: nothing to resume
    outcome = bundle_import.import_bundle(pair.coordinator, result.path)
    assert outcome.outcome == "imported", outcome.error
    received = case_service.list_attachments(pair.coordinator, str(section.case_id))
    assert sorted(a.filename for a in received)[1] == "summons.jpg"
    assert len(received) == 2
    record = case_service.show_case(pair.coordinator, str(section.case_id)).record
    assert record["title"] == "Visits to my mother"
    assert record["narrative"] == STORY
    assert record["consent"] == {"given": True, "uses": ["documentation", "advocacy"],
                                 "may_contact": True, "anonymity": "pseudonym_only"}
    assert record["persons"] == [{
        "id": "p1", "role": "victim", "pseudonym": "Botir", "real_name": "Shavkat Gʻiyosov",
        "contact": "Signal: @botir.77", "protected": ["real_name", "contact"],
    }]
    event = record["events"][0]
    assert event["date"] == {"value": "2023-06", "precision": "month"}
    assert event["place"] == {"country": "UZ", "city": "Qoʻqon"}
    assert event["description"].startswith("Two officers")
    assert event["victims"] == ["p1"]

    section.done.another_button.click()
    assert section.current_step() == "consent"
    assert section.case_id is None
    assert section.what.narrative.toPlainText() == ""


def test_anonymous_story_with_a_trusted_organisation(qtbot: QtBot, pair: Pair) -> None:
    card, data = organisations.read_card(pair.card_path)
    organisations.trust_organisation(pair.sender, card, data)
    section = _section(qtbot, pair)
    section.consent.agree.setChecked(True)
    _next(section, "what")
    section.what.narrative.setPlainText("Консульство отказалось продлить паспорт.")
    _next(section, "when")
    section.when.year.setText("2023")
    section.when.month.setCurrentIndex(section.when.month.findData(2))
    section.when.day.setCurrentIndex(section.when.day.findData(29))
    section.next_button.click()
    assert section.current_step() == "when"
    assert "does not exist" in section.message.text()
    section.when.year.setText("2024")  # February 2024: 29 days
    _next(section, "where")
    _next(section, "who")
    _next(section, "files")
    _next(section, "contact")
    section.contact.how.setPlainText("not used: they may not contact me")
    _next(section, "name")
    section.naming.choices["fully_anonymous"].setChecked(True)
    _next(section, "organisation")
    assert section.chosen_organisation() == (pair.card.fingerprint(), "Memorial")
    _next(section, "review")
    assert section.review.values["real_name"].text() == "Not in the file."
    assert section.review.values["contact"].text().startswith("Not in the file")
    assert section.review.values["files"].text() == "No files"
    _next(section, "send")
    section.sending.folder.set_path(pair.tmp)
    with qtbot.waitSignal(section.story_exported, timeout=30000) as signal:
        section.sending.send_button.click()
    assert bundle_import.import_bundle(pair.coordinator, signal.args[0].path).outcome == "imported"
    record = case_service.show_case(pair.coordinator, str(section.case_id)).record
    assert record["title"] == "My story"
    assert record["consent"]["anonymity"] == "fully_anonymous"
    assert record["consent"]["may_contact"] is False
    assert record["persons"] == [{"id": "p1", "role": "victim"}]
    assert record["events"][0] == {"id": "e1", "victims": ["p1"],
                                   "date": {"value": "2024-02-29", "precision": "day"}}


def test_locking_mid_step_resumes_at_the_same_step_with_the_text(
        qtbot: QtBot, pair: Pair) -> None:
    """Ctrl+L or auto-lock in the middle of writing, before Next: the fields are cleared
    while locked, and unlocking comes back to the same step with the same text."""
    section = _section(qtbot, pair)
    assert section.saved_note.text() == "Nothing saved yet"
    section.consent.agree.setChecked(True)
    _next(section, "what")
    case_id = section.case_id
    section.what.narrative.setPlainText(STORY)
    assert section.saved_note.text() == "Not saved yet"  # never "Saved" before it is true
    _kept(qtbot, section)
    section.what.title.setText("Visits")
    section.show_vault(None)  # locked at once, before the pause: still kept
    assert section.what.narrative.toPlainText() == ""
    assert section.case_id is None
    assert not section.next_button.isEnabled()

    section.show_vault(pair.sender)
    assert section.current_step() == "what"
    assert section.what.narrative.toPlainText() == STORY
    assert section.what.narrative.textCursor().atEnd()  # ready to go on writing
    assert section.what.title.text() == "Visits"
    assert section.case_id == case_id
    assert section.saved_note.text().startswith("Saved in your encrypted vault at ")
    # the case caught up with what was typed before the lock
    assert case_service.show_case(pair.sender, str(case_id)).record["title"] == "Visits"


def test_a_crash_keeps_the_text(qtbot: QtBot, pair: Pair) -> None:
    """The window is dropped without closing or locking (a crash, a power cut): opening
    the vault again finds the text typed and the step."""
    section = _section(qtbot, pair)
    section.consent.agree.setChecked(True)
    _next(section, "what")
    section.what.narrative.setPlainText(STORY)
    _kept(qtbot, section)
    section.when.year.setText("2019")  # another step's answer, never shown with Next
    _kept(qtbot, section)
    # The process dies: no show_vault(None), nothing is flushed on the way down; the
    # database closes as the operating system would close it.
    section.autosave.stop()
    pair.sender.close()
    section.vault = None  # the dead window's widgets are never used again
    section.deleteLater()

    reopened = Vault.unlock(pair.sender.path, PASSPHRASE, DeviceKeyring.none())
    try:
        again = _section(qtbot, pair, reopened)
        assert again.current_step() == "what"
        assert again.what.narrative.toPlainText() == STORY
        assert again.when.year.text() == "2019"
        assert again.consent.agree.isChecked()
        assert len(case_service.list_cases(reopened)) == 1
        again.show_vault(None)
    finally:
        reopened.close()


def test_one_case_after_two_restarts(qtbot: QtBot, pair: Pair) -> None:
    first = _section(qtbot, pair)
    first.consent.agree.setChecked(True)
    _kept(qtbot, first)
    first.show_vault(None)
    assert case_service.list_cases(pair.sender) == []  # no case before the person went on

    second = _section(qtbot, pair)  # a restart: a new window on the same vault
    assert second.current_step() == "consent"
    assert second.consent.agree.isChecked()
    _next(second, "what")
    second.what.narrative.setPlainText(STORY)
    second.show_vault(None)

    third = _section(qtbot, pair)
    assert third.current_step() == "what"
    assert third.what.narrative.toPlainText() == STORY
    _next(third, "when")
    third.show_vault(None)

    fourth = _section(qtbot, pair)
    assert fourth.current_step() == "when"
    titles = [c.title for c in case_service.list_cases(pair.sender)]
    assert titles == ["My story"]
    assert case_service.show_case(pair.sender, str(fourth.case_id)).record["narrative"] == STORY


def test_a_deleted_story_is_not_brought_back(qtbot: QtBot, pair: Pair) -> None:
    section = _section(qtbot, pair)
    section.consent.agree.setChecked(True)
    _next(section, "what")
    section.what.narrative.setPlainText(STORY)
    case_id = str(section.case_id)
    section.show_vault(None)
    case_service.delete_case(pair.sender, case_id)  # the person deleted it in Cases
    section.show_vault(pair.sender)
    assert section.current_step() == "consent"
    assert section.what.narrative.toPlainText() == ""
    assert section.case_id is None


def test_the_date_starts_empty(qtbot: QtBot, pair: Pair) -> None:
    section = _section(qtbot, pair)
    when = section.when
    assert when.year.text() == ""
    assert when.month.currentText() == ""
    assert when.day.currentText() == ""
    assert not when.unknown.isChecked()
    section.consent.agree.setChecked(True)
    _next(section, "what")
    section.what.narrative.setPlainText(STORY)
    _next(section, "when")
    section.next_button.click()  # nothing given: asked for the year, nothing invented
    assert section.current_step() == "when"
    assert "I do not remember when it happened" in section.message.text()
    when.year.setText("1850")
    assert when.problem() is not None
    when.year.setText("2021")
    assert when.date() == {"value": "2021", "precision": "year"}
    when.day.setCurrentIndex(when.day.findData(5))
    assert "month" in str(when.problem())
    when.unknown.setChecked(True)
    assert not when.year.isEnabled()
    assert when.date() == {"precision": "unknown"}
    _next(section, "where")
    record = case_service.show_case(pair.sender, str(section.case_id)).record
    assert record["events"][0]["date"] == {"precision": "unknown"}


def test_the_review_says_whether_the_real_name_is_in_the_file(
        qtbot: QtBot, pair: Pair) -> None:
    card, data = organisations.read_card(pair.card_path)
    organisations.trust_organisation(pair.sender, card, data)
    section = _section(qtbot, pair)
    section.consent.agree.setChecked(True)
    _next(section, "what")
    section.what.narrative.setPlainText(STORY)
    section.go_to("name")
    section.naming.choices["full_name"].setChecked(True)
    section.naming.real_name.setText("Ali Valiyev")
    section.go_to("review")
    real_name = section.review.values["real_name"].text()
    assert real_name == "In the file: Ali Valiyev. The organisation may use this name."
    assert section.review.values["named_as"].text() == "By your real name"

    section.naming.choices["pseudonym_only"].setChecked(True)
    section.naming.pseudonym.setText("Bek")
    section.go_to("review")
    assert "kept protected" in section.review.values["real_name"].text()
    assert section.review.values["named_as"].text() == "Bek"

    section.naming.choices["fully_anonymous"].setChecked(True)
    section.go_to("review")
    assert section.review.values["real_name"].text() == "Not in the file."
    assert section.review.values["named_as"].text() == "Not at all: you stay anonymous"
    section.review.change_requested.emit("name")
    assert section.current_step() == "name"


def test_every_step_names_its_controls(qtbot: QtBot, pair: Pair) -> None:
    from tests.app.test_accessibility import _unnamed

    section = _section(qtbot, pair)
    assert _unnamed(section) == []


def test_steps_and_organisation_list(qtbot: QtBot, pair: Pair, qtmodeltester: object) -> None:
    card, data = organisations.read_card(pair.card_path)
    organisations.trust_organisation(pair.sender, card, data)
    section = _section(qtbot, pair)
    assert tuple(step.key for step in section.steps) == STEPS
    model = section.organisation.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Memorial"
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    # the uses are offered only once the person agreed
    assert not section.consent.uses["advocacy"].isEnabled()
    section.consent.agree.setChecked(True)
    assert section.consent.uses["advocacy"].isEnabled()


def test_record_follows_the_domain_rules() -> None:
    """Consent uses are kept only while consent is given (app.domain.consent); the real name
    is protected unless the person chose to be named, the contact always
    (app.domain.protected); names the person did not choose to give are left out."""
    answers = StoryAnswers(agreed=False, uses=["documentation", "advocacy"],
                           anonymity="full_name", real_name="  Ali   Valiyev ",
                           pseudonym="Not used", may_contact=True, contact=" @ali ",
                           title="  ", narrative=" What happened. ", city="  ")
    record = story_record(answers, "My story")
    assert record["consent"] == {"given": False, "uses": [], "may_contact": True,
                                 "anonymity": "full_name"}
    assert record["title"] == "My story"
    assert record["narrative"] == "What happened."
    assert record["persons"] == [{"id": "p1", "role": "victim", "real_name": "Ali Valiyev",
                                  "contact": "@ali", "protected": ["contact"]}]
    assert record["events"] == [{"id": "e1", "victims": ["p1"],
                                 "date": {"precision": "unknown"}}]

    anonymous = story_record(StoryAnswers(agreed=True, uses=["legal", "legal"],
                                          anonymity="fully_anonymous", real_name="Ali",
                                          pseudonym="Bek", may_contact=False, contact="x"),
                             "My story")
    assert anonymous["consent"]["uses"] == ["legal"]
    assert anonymous["persons"] == [{"id": "p1", "role": "victim"}]


def test_story_dates() -> None:
    assert story_date("day", 2024, 2, 29) == {"value": "2024-02-29", "precision": "day"}
    assert story_date("month", 2023, 6, 1) == {"value": "2023-06", "precision": "month"}
    assert story_date("year", 999, 1, 1) == {"value": "0999", "precision": "year"}
    assert story_date("unknown", 2023, 6, 1) == {"precision": "unknown"}
    assert day_exists(2024, 2, 29)
    assert not day_exists(2023, 2, 29)


def test_saved_is_said_only_when_it_is_true(qtbot: QtBot, pair: Pair,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A save that fails says so, in the footer and in a sentence; nothing claims "Saved"."""
    import storage.drafts

    section = _section(qtbot, pair)
    section.consent.agree.setChecked(True)
    _next(section, "what")
    monkeypatch.setattr(storage.drafts, "MAX_DRAFT", 100)  # the next save is too large
    section.what.narrative.setPlainText(STORY)
    qtbot.waitUntil(lambda: not section.autosave.isActive(), timeout=10000)
    assert section.saved_note.text() == "Not saved"
    assert section.message.text().startswith("Your story could not be saved: ")
    monkeypatch.undo()
    section.what.title.setText("Visits")
    _kept(qtbot, section)


def test_unlocking_again_makes_no_new_version(qtbot: QtBot, pair: Pair) -> None:
    section = _section(qtbot, pair)
    section.consent.agree.setChecked(True)
    _next(section, "what")
    section.what.narrative.setPlainText(STORY)
    _next(section, "when")
    case_id = str(section.case_id)
    versions = len(case_service.case_history(pair.sender, case_id))
    for _ in range(2):
        section.show_vault(None)
        section.show_vault(pair.sender)
    assert section.current_step() == "when"
    assert len(case_service.case_history(pair.sender, case_id)) == versions


def test_a_story_changed_in_cases_is_not_saved_over(qtbot: QtBot, pair: Pair) -> None:
    """The person opened their story in Cases and changed it there: the flow never saves
    its older answers over that version, and says so."""
    section = _section(qtbot, pair)
    section.consent.agree.setChecked(True)
    _next(section, "what")
    section.what.narrative.setPlainText(STORY)
    _next(section, "when")
    case_id = str(section.case_id)
    edited = case_service.show_case(pair.sender, case_id).record
    edited["title"] = "Changed in the editor"
    case_service.edit_case(pair.sender, case_id, edited)

    section.when.year.setText("2020")
    section.next_button.click()  # in the same session
    assert section.current_step() == "consent"
    assert "changed or deleted in Cases" in section.message.text()
    assert case_service.show_case(pair.sender, case_id).record["title"] == \
        "Changed in the editor"
    assert story_service.story_in_progress(pair.sender) is None

    # and after a lock: a new story's case edited elsewhere is left as it is too
    section.consent.agree.setChecked(True)
    _next(section, "what")
    section.what.narrative.setPlainText("Another story.")
    _next(section, "when")
    second = str(section.case_id)
    assert second != case_id
    section.what.title.setText("Typed, then locked")
    section.show_vault(None)
    record = case_service.show_case(pair.sender, second).record
    record["title"] = "Edited in Cases"
    case_service.edit_case(pair.sender, second, record)
    section.show_vault(pair.sender)
    assert section.current_step() == "consent"
    assert "changed or deleted in Cases" in section.message.text()
    assert case_service.show_case(pair.sender, second).record["title"] == "Edited in Cases"


def test_keyboard_first_field_enter_and_esc(qtbot: QtBot, pair: Pair) -> None:
    """Each question puts the cursor in its first answer; Enter in a one-line answer goes
    on as Next does; Esc goes back."""
    section = _section(qtbot, pair)
    section.activateWindow()
    assert section.focusWidget() is section.consent.agree
    section.consent.agree.setChecked(True)
    _next(section, "what")
    assert section.focusWidget() is section.what.narrative
    section.what.narrative.setPlainText(STORY)
    _next(section, "when")
    assert section.focusWidget() is section.when.year
    section.when.year.setText("2022")
    QTest.keyClick(section.when.year, Qt.Key.Key_Return)
    assert section.current_step() == "where"
    QTest.keyClick(section.where.city, Qt.Key.Key_Escape)
    assert section.current_step() == "when"


def test_a_name_or_contact_chosen_must_be_given(qtbot: QtBot, pair: Pair) -> None:
    """Choosing to be contacted, or named by a name, without writing it stops at that
    question with one sentence, instead of a file that silently lacks it."""
    section = _section(qtbot, pair)
    section.consent.agree.setChecked(True)
    _next(section, "what")
    section.what.narrative.setPlainText(STORY)
    section.go_to("contact")
    section.contact.yes.setChecked(True)
    section.next_button.click()
    assert section.current_step() == "contact"
    assert section.message.text().startswith("Write how they can reach you")
    section.contact.how.setPlainText("Signal: @botir.77")
    _next(section, "name")
    section.naming.choices["full_name"].setChecked(True)
    section.next_button.click()
    assert section.current_step() == "name"
    assert section.message.text().startswith("Write your real name")
    section.naming.choices["pseudonym_only"].setChecked(True)
    section.next_button.click()
    assert section.message.text().startswith("Write the name to use instead")
    section.naming.pseudonym.setText("Botir")
    _next(section, "organisation")


def test_a_killed_process_keeps_the_text(qtbot: QtBot, tmp_path: Path) -> None:
    """A real crash: the process is killed (SIGKILL) after typing, before any Next; the
    vault opens again (its lock let go) and the story is there, at the same step."""
    made, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                           role="submitter")
    made.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parents[2]
    probe = subprocess.Popen(
        [sys.executable, "-m", "tests.app.story_probe", str(tmp_path / "vault")], cwd=root,
        env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert probe.stdout is not None
        assert probe.stdout.readline().strip() == "kept"
    finally:
        probe.send_signal(signal.SIGKILL)
        probe.wait(timeout=30)
    assert probe.returncode == -signal.SIGKILL

    vault = Vault.unlock(tmp_path / "vault", PASSPHRASE, DeviceKeyring.none())
    try:
        section = StorySection()
        qtbot.addWidget(section)
        section.show_vault(vault)
        assert section.current_step() == "what"
        assert section.what.narrative.toPlainText() == story_probe.STORY
        assert len(case_service.list_cases(vault)) == 1
        section.show_vault(None)
    finally:
        vault.close()


def test_writing_without_a_pause_is_still_kept(qtbot: QtBot, pair: Pair,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Someone who never pauses for the 1.5 s the save waits for is kept every 10 s."""
    import app.ui.submitter.story as story_module

    clock = [1000.0]
    monkeypatch.setattr(story_module, "monotonic", lambda: clock[0])
    section = _section(qtbot, pair)
    section.consent.agree.setChecked(True)
    _next(section, "what")
    section.what.narrative.setPlainText("Они")
    assert section.autosave.isActive()
    clock[0] += 5
    section.what.narrative.setPlainText("Они пришли")
    assert section.saved_note.text() == "Not saved yet"
    clock[0] += 6  # 11 s after the first change not kept
    section.what.narrative.setPlainText("Они пришли ночью")
    assert not section.autosave.isActive()
    assert section.saved_note.text().startswith("Saved in your encrypted vault at ")
    found = story_service.story_in_progress(pair.sender)
    assert found is not None
    assert found.answers["what"]["narrative"] == "Они пришли ночью"


def test_the_story_sends_files_without_their_hidden_details_by_default(
        qtbot: QtBot, pair: Pair) -> None:
    """An exile's phone photo carries where it was taken and the phone: the story's file goes
    cleaned unless the box is unticked (the original stays in the vault as it came)."""
    card, data = organisations.read_card(pair.card_path)
    organisations.trust_organisation(pair.sender, card, data)
    section = _section(qtbot, pair)
    section.consent.agree.setChecked(True)
    _next(section, "what")
    section.what.narrative.setPlainText("Консульство отказалось продлить паспорт.")
    _next(section, "when")
    section.when.year.setText("2024")
    for step in ("where", "who", "files"):
        _next(section, step)
    photo = pair.tmp / "home.jpg"
    photo.write_bytes(jpeg())
    exiftool_write(photo, "-GPSLatitude=41.3111", "-GPSLatitudeRef=N",
                   "-GPSLongitude=69.2797", "-GPSLongitudeRef=E", "-Model=iPhone 12")
    with qtbot.waitSignal(section.files.files_changed, timeout=10000):
        section.files.add_paths([photo])
    section.files.table.selectRow(0)  # what it reveals, in the Files tab's words
    assert ("This photo contains the place where it was taken: 41.3111 N 69.2797 E"
            in section.files.details.text())
    assert "iPhone 12" in section.files.details.text()
    _next(section, "contact")
    _next(section, "name")
    section.naming.choices["fully_anonymous"].setChecked(True)
    _next(section, "organisation")
    _next(section, "review")
    _next(section, "send")
    assert section.sending.strip.isChecked()  # on by default
    assert section.sending.strip.accessibleName() == "Remove hidden details from files"
    section.sending.folder.set_path(pair.tmp)
    with qtbot.waitSignal(section.story_exported, timeout=30000) as signal:
        section.sending.send_button.click()
    assert bundle_import.import_bundle(pair.coordinator, signal.args[0].path).outcome == "imported"
    [received] = case_service.list_attachments(pair.coordinator, str(section.case_id))
    sent = pair.tmp / "received.jpg"
    case_service.export_attachment(pair.coordinator, received.id, sent)
    tags = exiftool_tags(sent)
    assert not [t for t in tags if "GPS" in t or t.endswith(":Model")], tags
    [kept] = case_service.list_attachments(pair.sender, str(section.case_id))
    original = pair.tmp / "original.jpg"
    case_service.export_attachment(pair.sender, kept.id, original)
    assert original.read_bytes() == photo.read_bytes()  # the vault's copy as it came


def _to_the_send_step(section: StorySection) -> None:
    section.consent.agree.setChecked(True)
    _next(section, "what")
    section.what.narrative.setPlainText("Консульство отказалось продлить паспорт.")
    _next(section, "when")
    section.when.year.setText("2024")
    for step in ("where", "who", "files", "contact", "name"):
        _next(section, step)
    section.naming.choices["fully_anonymous"].setChecked(True)
    for step in ("organisation", "review", "send"):
        _next(section, step)


def test_locking_while_the_file_is_made_leaves_the_send_step_usable(
        qtbot: QtBot, pair: Pair) -> None:
    """The folder field and the "Remove hidden details" box are disabled while the file is
    made; a lock in the middle cancels it, and its answer may never reach the screen (or
    arrive once the vault is gone): after unlocking both must be usable again."""
    card, data = organisations.read_card(pair.card_path)
    organisations.trust_organisation(pair.sender, card, data)
    section = _section(qtbot, pair)
    _to_the_send_step(section)
    section.sending.folder.set_path(pair.tmp)
    section.sending.send_button.click()
    assert section.sending.runner.running()
    assert not section.sending.folder.isEnabled()
    assert not section.sending.strip.isEnabled()
    section.show_vault(None)  # locked while the file is being made
    assert section.sending.folder.isEnabled()
    assert section.sending.strip.isEnabled()
    qtbot.waitUntil(lambda: not section.sending.runner.running(), timeout=30000)
    assert section.sending.folder.isEnabled()
    assert section.sending.strip.isEnabled()

    section.show_vault(pair.sender)
    assert section.current_step() == "send"
    assert section.sending.folder.isEnabled()
    assert section.sending.strip.isEnabled()
    assert section.sending.strip.isChecked()
    assert section.sending.send_button.isEnabled()


def test_the_step_counter_follows_the_step_after_resuming(qtbot: QtBot, pair: Pair) -> None:
    """Unlocking comes back to the step where the person was, and the counter says that
    step, not the first; however the page comes to be shown."""
    section = _section(qtbot, pair)
    assert section.step_label.text() == "Step 1 of 11"
    section.consent.agree.setChecked(True)
    _next(section, "what")
    section.what.narrative.setPlainText(STORY)
    _next(section, "when")
    section.when.year.setText("2023")
    for step in ("where", "who"):
        _next(section, step)
    assert section.step_label.text() == "Step 5 of 11"
    section.show_vault(None)
    assert section.step_label.text() == "Step 1 of 11"  # cleared: the first question

    again = _section(qtbot, pair)  # a new window, as after a restart
    assert again.current_step() == "who"
    assert again.step_label.text() == "Step 5 of 11"
    again.next_button.click()
    assert again.step_label.text() == "Step 6 of 11"
    again.pages.setCurrentIndex(STEPS.index("contact"))  # as the real-window walk shows pages
    assert again.step_label.text() == "Step 7 of 11"
    again.pages.setCurrentIndex(STEPS.index("done"))
    assert again.step_label.text() == ""
