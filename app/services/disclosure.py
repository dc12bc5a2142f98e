"""What an export discloses about people: how many of the persons in the chosen cases have
protected details that a plain export carries and a redacted one leaves out.

The count is what the redaction rule (app.domain.redaction) would remove, person by person,
so the export dialog's summary and `guvoh export` can never say something other than what
the bundle holds: a person counts when their redacted copy differs from them, i.e. when at
least one of their protected fields holds a value.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.domain.redaction import redact
from app.services import cases as case_service
from app.services.vaults import Vault


def people_with_protected(record: Mapping[str, Any]) -> int:
    """How many persons of `record` have a protected detail that redaction removes."""
    persons = record.get("persons") or []
    redacted = redact(record).get("persons") or []
    return sum(1 for before, after in zip(persons, redacted, strict=True) if before != after)


def protected_people_by_case(vault: Vault, case_keys: Sequence[str]) -> dict[str, int]:
    """For each case (given by id or reference; keyed by its id, so a case given twice
    counts once), the number of its persons with protected details, in its current revision
    (the one an export carries)."""
    counts: dict[str, int] = {}
    for key in dict.fromkeys(case_keys):
        case = case_service.show_case(vault, key)
        counts[case.summary.id] = people_with_protected(case.record)
    return counts


def protected_people(vault: Vault, case_keys: Sequence[str]) -> int:
    """The number of persons with protected details across the cases `case_keys`."""
    return sum(protected_people_by_case(vault, case_keys).values())
