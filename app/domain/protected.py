"""Which fields of a person are protected.

A person's ``protected`` list names their identifying fields (resources/schema: the enum of
``person.protected``). A protected field is masked on screen until the user shows it, and a
redacted export or report leaves it out (:mod:`app.domain.redaction`). Free text (the
narrative, event descriptions) is never a protected field: it is shown and exported as
written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

# The person fields that can be marked protected, in the order the editor lists them
# (the same list as the case schema's enum for person.protected).
PROTECTABLE_FIELDS: Final[tuple[str, ...]] = (
    "real_name",
    "pseudonym",
    "sex",
    "birth_year",
    "nationality",
    "location",
    "relation_to_victim",
    "contact",
)


# The fields a new person starts with protected, unless the vault's setting says otherwise
# (app.services.settings.protect_by_default): who they are, how to reach them, where they live.
DEFAULT_PROTECTED: Final[tuple[str, ...]] = ("real_name", "location", "contact")


def with_default_protection(record: Mapping[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    """A copy of `record` in which each person without a ``protected`` list gets `fields`
    (in PROTECTABLE_FIELDS order); a person with a list, even an empty one, keeps it."""
    wanted = [name for name in PROTECTABLE_FIELDS if name in set(fields)]
    out = dict(record)
    persons = record.get("persons")
    if isinstance(persons, list):
        out["persons"] = [
            {**person, "protected": list(wanted)}
            if isinstance(person, Mapping) and "protected" not in person and wanted
            else person
            for person in persons
        ]
    return out


def protected_fields(person: Mapping[str, Any]) -> frozenset[str]:
    """The field names a person's ``protected`` list names (a lone string counts as one
    name, so a malformed list never protects less than it says)."""
    listed = person.get("protected") or ()
    if isinstance(listed, str):
        return frozenset((listed,))
    return frozenset(str(name) for name in listed)


def is_protected(person: Mapping[str, Any], field: str) -> bool:
    return field in protected_fields(person)


def is_masked(person: Mapping[str, Any], field: str, *, reveal: bool = False) -> bool:
    """Whether `field` is hidden behind the mask: protected, and the user did not ask to see
    protected details."""
    return not reveal and is_protected(person, field)


def protected_paths(record: Mapping[str, Any]) -> list[tuple[int, str]]:
    """(person index, field name) of every protected field the record holds a value for,
    in the order of the persons and of their ``protected`` lists."""
    paths: list[tuple[int, str]] = []
    for index, person in enumerate(record.get("persons") or ()):
        listed = person.get("protected") or ()
        names = (listed,) if isinstance(listed, str) else listed
        for name in dict.fromkeys(str(n) for n in names):
            if name in person:
                paths.append((index, name))
    return paths


def protected_by_wish(anonymity: str | None, present: Iterable[str]) -> list[str]:
    """The fields protected for a person who tells their own story (the submitter's flow),
    among the fields `present`: the contact always, the real name unless they chose to be
    named in full (anonymity "full_name"); in PROTECTABLE_FIELDS order."""
    wanted = {"contact"} if anonymity == "full_name" else {"real_name", "contact"}
    given = set(present)
    return [name for name in PROTECTABLE_FIELDS if name in wanted and name in given]
