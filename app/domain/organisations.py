"""Which trusted organisation is this vault's own.

A coordinator's vault becomes an organisation once (its card carries the vault's own signing
key and age recipient); it is then stored among the trusted organisations, marked ``own``.
The rule works on any records with ``own`` and ``fingerprint`` (storage.keys.Organisation);
app.services.organisations.own_organisation applies it to the vault.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar


class OrganisationRecord(Protocol):
    @property
    def own(self) -> bool: ...

    @property
    def fingerprint(self) -> str: ...


Org = TypeVar("Org", bound=OrganisationRecord)


def own_organisation(organisations: Iterable[Org], fingerprint: str | None = None) -> Org | None:
    """The organisation marked own, or None.

    With `fingerprint` (this vault's signing-key fingerprint), only an organisation whose
    card carries that key counts. When more than one would count, None: the vault cannot
    tell which is its own, and guessing could read another organisation's safety code out
    as ours.
    """
    found = [
        org for org in organisations
        if org.own and (fingerprint is None or org.fingerprint == fingerprint)
    ]
    return found[0] if len(found) == 1 else None
