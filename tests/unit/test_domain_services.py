"""The services apply the domain's rules: a redacted export leaves out exactly the protected
details, a case without consent that counts never leaves the vault, the own organisation is
found by the domain rule, and the plain-text rendering names and masks people as the domain
says."""

from __future__ import annotations

from typing import Any

import pytest

from app import vocabularies
from app.domain.outcomes import Outcome
from app.domain.people import MASK
from app.services import bundle_export, bundle_import, identity, organisations
from app.services.cases import add_case
from app.services.errors import ConsentMissing, NotACoordinator
from app.services.render import render_text
from storage import cases
from storage.ids import CaseId
from tests.casedata import minimal
from tests.desk import Desk

SECRETS = ("Aziza Karimova", "Lola", "+49 170 000", "Berlin")


def person_record() -> dict[str, Any]:
    record = minimal("Protected details")
    record["persons"] = [
        {"id": "p1", "role": "victim", "real_name": "Aziza Karimova", "pseudonym": "Lola",
         "sex": "female", "birth_year": 1987, "nationality": ["UZ"],
         "location": {"country": "DE", "city": "Berlin"}, "contact": "+49 170 000",
         "protected": ["real_name", "pseudonym", "location", "contact"]},
        {"id": "p2", "role": "relative", "pseudonym": "Botir", "relation_to_victim": "sibling",
         "related_victim": "p1", "protected": ["relation_to_victim"]},
    ]
    return record


def test_redacted_export_leaves_out_the_protected_details(desk: Desk) -> None:
    r = desk.researcher("R-07")
    case = add_case(r.vault, person_record())
    result = bundle_export.export_bundle(r.vault, ["Memorial"], desk.outbox, [case.id], redact=True)
    assert bundle_import.import_bundle(desk.coordinator, result.path).outcome is Outcome.IMPORTED
    p1, p2 = cases.get(desk.coordinator.conn, CaseId(case.id)).record["persons"]
    assert p1 == {"id": "p1", "role": "victim", "sex": "female", "birth_year": 1987,
                  "nationality": ["UZ"],
                  "protected": ["real_name", "pseudonym", "location", "contact"]}
    assert p2 == {"id": "p2", "role": "relative", "pseudonym": "Botir", "related_victim": "p1",
                  "protected": ["relation_to_victim"]}
    # The researcher's own copy keeps everything.
    assert cases.get(r.vault.conn, CaseId(case.id)).record["persons"][0]["contact"] == (
        "+49 170 000")


@pytest.mark.parametrize("consent", [
    {"given": False},
    {"given": True, "uses": ["publication"], "withdrawn": True},
])
def test_export_needs_consent_that_counts(desk: Desk, consent: dict[str, Any]) -> None:
    r = desk.researcher("R-07")
    case = add_case(r.vault, minimal() | {"consent": consent})
    with pytest.raises(ConsentMissing):
        bundle_export.export_bundle(r.vault, ["Memorial"], desk.outbox, [case.id])
    assert list(desk.outbox.iterdir()) == []


def test_own_organisation(desk: Desk) -> None:
    own = organisations.own_organisation(desk.coordinator)
    assert own is not None
    assert own.name == "Memorial"
    assert own.fingerprint == identity.identity(desk.coordinator).public_key.fingerprint()
    r = desk.researcher("R-07")  # trusts Memorial's card, but it is not its own
    assert organisations.own_organisation(r.vault) is None
    with pytest.raises(NotACoordinator):
        organisations.export_card(r.vault, desk.root / "card")


def test_rendering_names_and_masks_as_the_domain_says() -> None:
    record = person_record()
    hidden = render_text(record, reveal_protected=False)
    sibling = vocabularies.label("relations", "sibling", "en")
    for secret in (*SECRETS, sibling):
        assert secret not in hidden
    assert "  - [p1] p1 (" in hidden  # no name to show: the id, never the real name
    assert "  - [p2] Botir (" in hidden
    assert hidden.count(MASK) == 4  # name, contact, location, relation
    shown = render_text(record, reveal_protected=True)
    for secret in (*SECRETS, sibling):
        assert secret in shown
    assert "  - [p1] Lola (" in shown
    assert MASK not in shown
