"""Import outcomes are a closed list: every member is named, compares as its string, and a
batch outcome has a sentence."""

from __future__ import annotations

import json

import pytest

from app import messages
from app.domain.outcomes import DETAILED, IMPORT_KINDS, Outcome, reason

ALL = {
    "imported", "verified", "duplicate", "replay", "not_for_us", "unknown_signer",
    "signer_expired", "tampered", "truncated", "malformed", "unsupported", "unreadable",
    "invalid_case", "conflict", "id_conflict", "no_space", "cancelled", "failed",
}


def test_the_list_is_closed() -> None:
    assert {o.value for o in Outcome} == ALL
    assert set(IMPORT_KINDS) == set(Outcome) - {Outcome.VERIFIED}
    assert set(Outcome) >= DETAILED


@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_member(outcome: Outcome) -> None:
    assert outcome == outcome.value  # old comparisons with plain strings keep working
    assert f"{outcome}" == str(outcome) == outcome.value
    assert json.dumps(outcome) == json.dumps(outcome.value)
    assert Outcome(outcome.value) is outcome
    assert outcome.ok is (outcome in (Outcome.IMPORTED, Outcome.VERIFIED))
    assert reason(outcome) == outcome.value


@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_outcome_has_a_sentence(outcome: Outcome) -> None:
    assert outcome in messages.IMPORT_OUTCOMES
    assert messages.import_outcome_text(outcome) == messages.IMPORT_OUTCOMES[outcome]


def test_reason_carries_a_detail_only_where_it_may() -> None:
    assert reason(Outcome.TAMPERED, "signature") == "tampered.signature"
    assert reason(Outcome.NOT_FOR_US, "recipient") == "not_for_us.recipient"
    assert reason(Outcome.DUPLICATE, "x") == "duplicate"
    assert reason(Outcome.TAMPERED, None) == "tampered"
    assert reason(Outcome.TAMPERED, "") == "tampered"
