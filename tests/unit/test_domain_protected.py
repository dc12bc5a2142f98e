"""Which person fields are protected: the one list, the same as the case schema's."""

from __future__ import annotations

import json
from pathlib import Path

from app.domain import protected

SCHEMA = Path(__file__).resolve().parents[2] / "resources" / "schema" / "case-v1.schema.json"


def test_protectable_fields_are_the_schema_enum() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    enum = schema["$defs"]["person"]["properties"]["protected"]["items"]["enum"]
    assert list(protected.PROTECTABLE_FIELDS) == enum


def test_protected_fields_and_masking() -> None:
    person = {"id": "p1", "real_name": "A", "contact": "x", "protected": ["real_name"]}
    assert protected.protected_fields(person) == {"real_name"}
    assert protected.is_protected(person, "real_name")
    assert not protected.is_protected(person, "contact")
    assert protected.is_masked(person, "real_name")
    assert not protected.is_masked(person, "real_name", reveal=True)
    assert not protected.is_masked(person, "contact")
    assert protected.protected_fields({"id": "p2"}) == frozenset()
    # A malformed lone string protects that one field, never its letters.
    assert protected.protected_fields({"protected": "contact"}) == {"contact"}


def test_protected_paths_name_only_fields_with_values() -> None:
    record = {"persons": [
        {"id": "p1", "real_name": "A", "pseudonym": "B", "protected": ["pseudonym", "contact"]},
        {"id": "p2", "contact": "c", "location": {"country": "UZ"},
         "protected": ["location", "contact", "location"]},
        {"id": "p3"},
    ]}
    assert protected.protected_paths(record) == [(0, "pseudonym"), (1, "location"),
                                                 (1, "contact")]
    assert protected.protected_paths({}) == []


def test_protected_by_the_anonymity_wish() -> None:
    both = ["real_name", "pseudonym", "contact"]
    assert protected.protected_by_wish("full_name", both) == ["contact"]
    assert protected.protected_by_wish("pseudonym_only", both) == ["real_name", "contact"]
    assert protected.protected_by_wish("fully_anonymous", ["contact"]) == ["contact"]
    assert protected.protected_by_wish(None, ["real_name"]) == ["real_name"]  # no wish: protect
    assert protected.protected_by_wish("full_name", ["real_name"]) == []
