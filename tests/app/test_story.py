"""The submitter's "tell your story" flow, from the first question to a bundle the
coordinator imports, with every answer in the imported case; kept in the vault at each
step; an organisation added from its card on the way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services import bundle_import, organisations
from app.services import cases as case_service
from app.ui.submitter.record import StoryAnswers, day_exists, story_date, story_record
from app.ui.submitter.story import STEPS, StorySection
from tests.app.test_keys import Pair, make_pair

STORY = ("Militsiya came to my mother's house in Qoʻqon and asked where I live.\n"
         "Mening akam hibsga olindi.")


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    made = make_pair(tmp_path, role="submitter")
    with made.coordinator, made.sender:
        made.pin_sender()
        yield made


def _section(qtbot: QtBot, pair: Pair) -> StorySection:
    section = StorySection()
    qtbot.addWidget(section)
    section.show_vault(pair.sender)
    section.show()
    return section


def _next(section: StorySection, expected: str) -> None:
    assert section.next_button.isEnabled(), section.message.text()
    section.next_button.click()
    assert section.current_step() == expected, section.message.text()


def test_story_from_first_question_to_imported_bundle(qtbot: QtBot, pair: Pair) -> None:
    section = _section(qtbot, pair)
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
    saved = case_service.show_case(pair.sender, section.case_id).record
    assert saved["narrative"] == STORY  # closing now would lose nothing

    section.when.precision.setCurrentIndex(section.when.precision.findData("month"))
    assert section.when.day.isHidden()
    assert not section.when.month.isHidden()
    section.when.year.setValue(2023)
    section.when.month.setCurrentIndex(5)
    _next(section, "where")

    section.where.country.setCurrentIndex(section.where.country.findData("UZ"))
    section.where.city.setText("Qoʻqon")
    _next(section, "who")
    section.back_button.click()
    assert section.current_step() == "where"
    _next(section, "who")
    section.who.involved.setPlainText("Two officers of the local police; my neighbour saw them.")
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
    section.organisation.card_check.match_button.click()
    assert [o.name for o in organisations.organisations(pair.sender)] == ["Memorial"]
    assert section.chosen_organisation() == (pair.card.fingerprint(), "Memorial")
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
    assert "Memorial" in section.done.instructions.text()
    assert not section.next_button.isVisible()

    outcome = bundle_import.import_bundle(pair.coordinator, result.path)
    assert outcome.outcome == "imported", outcome.error
    record = case_service.show_case(pair.coordinator, section.case_id).record
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
    section.when.precision.setCurrentIndex(section.when.precision.findData("day"))
    section.when.year.setValue(2024)
    section.when.month.setCurrentIndex(1)  # February 2024: 29 days
    assert section.when.day.maximum() == 29
    section.when.day.setValue(29)
    _next(section, "where")
    _next(section, "who")
    _next(section, "contact")
    section.contact.how.setPlainText("not used: they may not contact me")
    _next(section, "name")
    section.naming.choices["fully_anonymous"].setChecked(True)
    _next(section, "organisation")
    assert section.chosen_organisation() == (pair.card.fingerprint(), "Memorial")
    _next(section, "send")
    section.sending.folder.set_path(pair.tmp)
    with qtbot.waitSignal(section.story_exported, timeout=30000) as signal:
        section.sending.send_button.click()
    assert bundle_import.import_bundle(pair.coordinator, signal.args[0].path).outcome == "imported"
    record = case_service.show_case(pair.coordinator, section.case_id).record
    assert record["title"] == "My story"
    assert record["consent"]["anonymity"] == "fully_anonymous"
    assert record["consent"]["may_contact"] is False
    assert record["persons"] == [{"id": "p1", "role": "victim"}]
    assert record["events"][0] == {"id": "e1", "victims": ["p1"],
                                   "date": {"value": "2024-02-29", "precision": "day"}}


def test_locking_clears_the_story(qtbot: QtBot, pair: Pair) -> None:
    section = _section(qtbot, pair)
    section.consent.agree.setChecked(True)
    _next(section, "what")
    section.what.narrative.setPlainText(STORY)
    _next(section, "when")
    case_id = section.case_id
    section.show_vault(None)
    assert section.what.narrative.toPlainText() == ""
    assert section.case_id is None
    assert not section.next_button.isEnabled()
    assert case_service.show_case(pair.sender, str(case_id)).record["narrative"] == STORY


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
