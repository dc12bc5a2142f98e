"""Redaction: a case record without the protected details of its persons.

"Leave out protected details" (the researcher's export) and the reports' default (protected
details excluded) are the same rule: every field a person's ``protected`` list names is
removed, and nothing else; the ``protected`` list itself stays, so the reader knows what was
left out, and the record is marked ``"redacted": true``. Free text is not redacted.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

from app.domain.protected import protected_fields

REDACTED_KEY: Final = "redacted"  # set on a redacted copy; never stored in the vault


def _copy(record: Mapping[str, Any]) -> dict[str, Any]:
    # A JSON round trip: a deep copy that shares nothing with the caller's record.
    copy: dict[str, Any] = json.loads(json.dumps(record))
    return copy


def redact(record: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of `record` without each person's protected fields, marked redacted."""
    copy = _copy(record)
    for person in copy.get("persons") or []:
        for name in protected_fields(person):
            person.pop(name, None)
    copy[REDACTED_KEY] = True
    return copy


def for_disclosure(record: Mapping[str, Any], *, include_protected: bool = False) -> dict[
    str, Any
]:
    """The copy of `record` a report or export may show: redacted, unless the user chose to
    include protected details (then a plain copy, not marked redacted)."""
    return _copy(record) if include_protected else redact(record)
