"""How a person is named and masked: the pseudonym unless it is protected, never the real
name, the id when there is no name to show; one mask of fixed length."""

from __future__ import annotations

import pytest

from app.domain import people
from app.domain.people import MASK, display_name, name_or_id, shown

BOTH = {"id": "p1", "real_name": "Aziza Karimova", "pseudonym": "Lola"}


@pytest.mark.parametrize(
    ("person", "hidden", "revealed"),
    [
        (BOTH, "Lola", "Lola"),  # name and pseudonym: the pseudonym
        ({"id": "p2", "pseudonym": "Lola"}, "Lola", "Lola"),  # pseudonym only
        ({"id": "p3", "real_name": "Aziza Karimova"}, None, None),  # name only: never shown
        ({"id": "p4", "real_name": "Aziza Karimova", "protected": ["real_name"]}, None, None),
        ({"id": "p5"}, None, None),  # neither
        (BOTH | {"protected": ["pseudonym"]}, None, "Lola"),  # protected pseudonym
        (BOTH | {"protected": ["real_name", "pseudonym"]}, None, "Lola"),
        ({"id": "p6", "pseudonym": "   "}, None, None),  # a blank pseudonym is no name
    ],
)
def test_display_name(person: dict[str, object], hidden: str | None,
                      revealed: str | None) -> None:
    assert display_name(person) == hidden
    assert display_name(person, reveal=True) == revealed
    for reveal in (False, True):
        assert "Aziza" not in name_or_id(person, reveal=reveal)


def test_name_or_id_falls_back_to_the_id() -> None:
    assert name_or_id({"id": "p3", "real_name": "Aziza"}) == "p3"
    assert name_or_id(BOTH | {"protected": ["pseudonym"]}) == "p1"
    assert name_or_id(BOTH | {"protected": ["pseudonym"]}, reveal=True) == "Lola"
    assert name_or_id(BOTH) == "Lola"


def test_mask() -> None:
    assert people.MASK == "\u2022" * 8
    person = {"id": "p1", "contact": "+49 170", "birth_year": 1990,
              "protected": ["contact"]}
    assert shown(person, "contact", "+49 170") == MASK
    assert shown(person, "contact", "+49 170", reveal=True) == "+49 170"
    assert shown(person, "birth_year", "1990") == "1990"
    # The mask never depends on the value it hides.
    assert shown(person, "contact", "x") == shown(person, "contact", "x" * 500)
