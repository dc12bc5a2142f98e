"""app.services.disclosure: the number of people whose protected details an export carries is
exactly the number of persons a redacted export changes (issue 16 item 3)."""

from __future__ import annotations

from typing import Any

from app.domain.redaction import redact
from app.services import cases as case_service
from app.services.disclosure import people_with_protected, protected_people
from app.services.vaults import Vault
from tests.casedata import minimal, sample


def _record(persons: list[dict[str, Any]]) -> dict[str, Any]:
    return minimal() | {"persons": persons}


def test_counts_persons_with_a_protected_value() -> None:
    record = _record([
        {"id": "p1", "role": "victim", "real_name": "A B", "protected": ["real_name"]},
        {"id": "p2", "role": "witness", "contact": "+998 90 000", "pseudonym": "W",
         "protected": ["contact", "pseudonym"]},
        # protected names, but no value to leave out
        {"id": "p3", "role": "witness", "pseudonym": "X", "protected": ["real_name"]},
        # a value, not protected
        {"id": "p4", "role": "relative", "real_name": "C D", "protected": []},
    ])
    assert people_with_protected(record) == 2
    # The same people a redacted copy changes, and no other.
    redacted = redact(record)
    changed = [p["id"] for p, r in zip(record["persons"], redacted["persons"], strict=True)
               if p != r]
    assert changed == ["p1", "p2"]
    assert people_with_protected(redacted) == 0  # nothing left to leave out
    assert people_with_protected(minimal()) == 0  # no persons at all


def test_counts_across_cases_by_id_or_reference(vault: Vault) -> None:
    one = case_service.add_case(vault, _record([
        {"id": "p1", "role": "victim", "real_name": "A B", "protected": ["real_name"]},
        {"id": "p2", "role": "witness", "contact": "c@example.org", "protected": ["contact"]},
    ]))
    two = case_service.add_case(vault, _record([
        {"id": "p1", "role": "victim", "real_name": "E F", "protected": ["real_name"]},
    ]))
    three = case_service.add_case(vault, sample("kz"))  # no persons
    assert protected_people(vault, [one.id, two.id, three.id]) == 3
    assert protected_people(vault, [one.reference, two.id]) == 3
    assert protected_people(vault, [three.id]) == 0
    assert protected_people(vault, [one.id, one.reference]) == 2  # the same case once
    assert protected_people(vault, []) == 0
