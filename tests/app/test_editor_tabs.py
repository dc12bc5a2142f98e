"""The case editor's parts on their own: each tab loads a record and collects back exactly
what it showed; one vocabulary picker behaves the same in the editor and the case list; a
person is named by the domain's rule; the case list's coordinator filters and receipts read
the vault through the services."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app import vocabularies
from app.services import bundle_import, provenance
from app.ui.common.pickers import VocabCombo, offered_terms, term_label
from app.ui.common.widgets import ui_language
from app.ui.researcher.case_list import CaseListView
from app.ui.researcher.editor.case_editor import CaseEditor
from app.ui.researcher.editor.events import EventsTab
from app.ui.researcher.editor.header import CaseHeader
from app.ui.researcher.editor.interview import InterviewTab
from app.ui.researcher.editor.people import PeopleTab, person_label
from app.ui.researcher.editor.story import StoryTab
from tests.casedata import sample
from tests.desk import Desk

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "case-uz.json"


def _example() -> dict[str, Any]:
    record: dict[str, Any] = json.loads(EXAMPLE.read_text("utf-8"))
    return record


def _tabs(qtbot: QtBot) -> list[Any]:
    people = PeopleTab()
    tabs = [InterviewTab(), StoryTab(), people, EventsTab(people.persons_model)]
    for tab in tabs:
        qtbot.addWidget(tab)
    return tabs


def test_each_tab_collects_back_what_it_loaded(qtbot: QtBot) -> None:
    record = _example()
    for tab in _tabs(qtbot):
        tab.load(record)
        collected = copy.deepcopy(record)
        tab.collect(collected)
        assert collected == record, type(tab).__name__
    header = CaseHeader()
    qtbot.addWidget(header)
    header.load(record | {"status": "ready"}, saved=True)
    collected = {}
    header.collect(collected)
    assert collected == {"title": record["title"], "status": "ready"}


def test_each_tab_cleared_takes_its_fields_out(qtbot: QtBot) -> None:
    record = _example()
    for tab in _tabs(qtbot):
        tab.load(record)
        tab.clear()
        collected = copy.deepcopy(record)
        tab.collect(collected)
        consent = collected.pop("consent")
        # Tags are written only when typed: cleared is not typed, the record's stay.
        gone = set(tab.FIELDS) - ({"tags"} if isinstance(tab, StoryTab) else set())
        assert collected == {k: v for k, v in record.items()
                             if k not in (*gone, "consent")}, type(tab).__name__
        if isinstance(tab, InterviewTab):  # not given: no uses, nothing else left but no's
            assert consent == {"given": False, "may_contact": False, "withdrawn": False}
        else:
            assert consent == record["consent"]


def test_a_field_error_leads_to_the_tab_that_shows_it(qtbot: QtBot) -> None:
    editor = CaseEditor()
    qtbot.addWidget(editor)
    shown = {key: tab for tab in editor._record_tabs() for key in tab.FIELDS}
    assert shown == {
        "interview": editor.interview, "consent": editor.interview,
        "host_country": editor.interview, "languages": editor.interview,
        "summary": editor.story, "narrative": editor.story, "tags": editor.story,
        "persons": editor.people, "events": editor.events,
    }


def test_one_vocabulary_picker_in_the_editor_and_the_case_list(qtbot: QtBot) -> None:
    view = CaseListView()
    editor = CaseEditor()
    qtbot.addWidget(view)
    qtbot.addWidget(editor)
    pickers = [view.act_filter, view.country_filter, editor.interview.host_country,
               editor.people.p_role, editor.events.e_place.country]
    assert all(type(p) is VocabCombo for p in pickers)

    # The same terms in the same order: the vocabulary's order; countries by their label.
    acts = [view.act_filter.itemData(i) for i in range(1, view.act_filter.count())]
    assert acts == [t.code for t in vocabularies.load("acts") if not t.deprecated]
    countries = [editor.events.e_place.country.itemText(i)
                 for i in range(1, editor.events.e_place.country.count())]
    assert countries == sorted(countries, key=str.casefold)
    filter_countries = [view.country_filter.itemData(i)
                        for i in range(1, view.country_filter.count())]
    assert filter_countries == [code for code, _label in offered_terms("countries")]

    # A label typed in full, in any case, is its code; nothing typed is no code.
    combo = view.country_filter
    combo.setEditText(vocabularies.label("countries", "UZ", ui_language()).upper())
    assert combo.code() == "UZ"
    combo.setEditText("")
    assert combo.code() is None
    # A code kept in a record but no longer offered is still shown, by its label.
    combo.set_code("ZZ")
    assert combo.code() == "ZZ"


@pytest.mark.parametrize(("person", "expected"), [
    ({"id": "p1", "pseudonym": "Lochin", "role": "victim"}, "Lochin (Victim)"),
    ({"id": "p6", "pseudonym": "Lawyer", "role": "victim", "protected": ["pseudonym"]},
     "Person p6 (Victim)"),
    ({"id": "p2", "real_name": "Never shown"}, "Person p2"),
])
def test_a_person_is_named_by_the_domain_rule(person: dict[str, Any], expected: str) -> None:
    assert term_label("roles", "victim") == "Victim"
    assert person_label(person) == expected


def test_coordinator_filters_and_receipts_through_the_services(
    qtbot: QtBot, desk: Desk
) -> None:
    researcher = desk.researcher("R-07")
    path, ids = desk.export(researcher, [sample("uz")])
    outcome = bundle_import.import_bundle(desk.coordinator, path)
    assert outcome.outcome == "imported", outcome.error

    view = CaseListView()
    qtbot.addWidget(view)
    view.show_vault(desk.coordinator)
    signers = [view.signer_filter.itemData(i) for i in range(view.signer_filter.count())]
    assert signers == [None, researcher.fingerprint]
    bundles = [view.bundle_filter.itemData(i) for i in range(view.bundle_filter.count())]
    assert bundles == [None, str(outcome.bundle_id)]
    assert provenance.bundles_received_with(desk.coordinator, [str(ids[0])] * 2) == [
        str(outcome.bundle_id)
    ]
    view.show_vault(None)
