"""Redaction removes every protected field of every person and nothing else."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from app.domain.protected import PROTECTABLE_FIELDS, protected_paths
from app.domain.redaction import REDACTED_KEY, for_disclosure, redact
from tests.casedata import sample

VALUES: dict[str, Any] = {
    "real_name": "Aziza Karimova", "pseudonym": "Lola", "sex": "female", "birth_year": 1987,
    "nationality": ["UZ"], "location": {"country": "DE", "city": "Berlin"},
    "relation_to_victim": "sister", "contact": "+49 170 000",
}


def _expected(record: dict[str, Any]) -> dict[str, Any]:
    """The record with exactly the fields protected_paths names removed, and the mark."""
    expected = copy.deepcopy(record)
    for index, name in protected_paths(record):
        del expected["persons"][index][name]
    expected[REDACTED_KEY] = True
    return expected


persons = st.lists(
    st.tuples(
        st.sets(st.sampled_from(PROTECTABLE_FIELDS)),  # fields present
        st.sets(st.sampled_from(PROTECTABLE_FIELDS)),  # fields protected
    ),
    max_size=4,
)


@given(persons)
def test_redact_removes_every_protected_field_and_nothing_else(
    drawn: list[tuple[set[str], set[str]]],
) -> None:
    record: dict[str, Any] = {"id": "c", "title": "T", "narrative": "Aziza told us.",
                              "persons": []}
    for n, (present, hidden) in enumerate(drawn):
        person: dict[str, Any] = {"id": f"p{n}", "role": "victim"}
        person.update({name: VALUES[name] for name in sorted(present)})
        if hidden:
            person["protected"] = sorted(hidden)
        record["persons"].append(person)
    before = copy.deepcopy(record)
    redacted = redact(record)
    assert record == before  # the caller's record is untouched
    assert redacted == _expected(record)
    for person, original in zip(redacted["persons"], record["persons"], strict=True):
        assert not set(person) & set(original.get("protected") or [])
        assert person.get("protected") == original.get("protected")  # the list stays
    assert redacted["narrative"] == "Aziza told us."  # free text is not redacted


def test_sample_cases() -> None:
    for name in ("uz", "kz", "hostile"):
        record = sample(name) if name != "hostile" else _hostile()
        redacted = redact(record)
        assert redacted == _expected(record)
        assert protected_paths(redacted) == []


def _hostile() -> dict[str, Any]:
    return {"id": "c", "persons": [
        {"id": "p1", "role": "victim", "real_name": "Aziza", "pseudonym": "Lola",
         "contact": "+49", "protected": ["real_name", "contact"]},
        {"id": "p2", "role": "witness", "real_name": "Timur", "pseudonym": "Hidden-Name",
         "protected": ["real_name", "pseudonym"]},
    ]}


def test_for_disclosure() -> None:
    record = _hostile()
    assert for_disclosure(record) == redact(record)
    full = for_disclosure(record, include_protected=True)
    assert full == record
    assert REDACTED_KEY not in full
    full["persons"][0]["real_name"] = "changed"
    assert record["persons"][0]["real_name"] == "Aziza"  # a copy, never the record itself
