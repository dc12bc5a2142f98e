"""What consent allows: export needs consent given and not withdrawn; publication also needs
the publication use; a withdrawn consent allows nothing."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain import consent
from app.domain.consent import ConsentState

CASES: list[tuple[Any, ConsentState]] = [
    (None, ConsentState.NO_CONSENT),
    ({}, ConsentState.NO_CONSENT),
    ({"given": False, "uses": ["publication"]}, ConsentState.NO_CONSENT),
    ({"given": "yes", "uses": ["publication"]}, ConsentState.NO_CONSENT),  # only true counts
    ({"given": True}, ConsentState.NO_PUBLICATION),
    ({"given": True, "uses": ["documentation", "legal"]}, ConsentState.NO_PUBLICATION),
    ({"given": True, "uses": ["advocacy", "publication"]}, ConsentState.PUBLICATION),
    ({"given": True, "uses": ["publication"], "withdrawn": True}, ConsentState.WITHDRAWN),
    ({"given": False, "withdrawn": True}, ConsentState.WITHDRAWN),
    ("given", ConsentState.NO_CONSENT),  # not an object
]


@pytest.mark.parametrize(("block", "state"), CASES)
def test_consent_rules(block: Any, state: ConsentState) -> None:
    record = {} if block is None else {"consent": block}
    assert consent.consent_state(record) is state
    counts = state in (ConsentState.PUBLICATION, ConsentState.NO_PUBLICATION)
    assert consent.consent_counts(record) is counts
    assert consent.export_allowed(record) is counts
    assert consent.publication_allowed(record) is (state is ConsentState.PUBLICATION)
    if not counts:
        assert consent.allowed_uses(record) == frozenset()


def test_allowed_uses() -> None:
    record = {"consent": {"given": True, "uses": ["documentation", "publication"]}}
    assert consent.allowed_uses(record) == {"documentation", "publication"}
    record["consent"]["withdrawn"] = True
    assert consent.allowed_uses(record) == frozenset()


def test_states_compare_as_plain_strings() -> None:
    assert [str(s) for s in ConsentState] == [
        "withdrawn", "no_consent", "no_publication", "publication"]
    state: str = ConsentState.PUBLICATION
    assert state == "publication"


def test_uses_are_kept_only_while_consent_is_given() -> None:
    assert consent.uses_to_keep(True, ["legal", "advocacy", "legal"]) == ["legal", "advocacy"]
    assert consent.uses_to_keep(False, ["legal"]) == []
