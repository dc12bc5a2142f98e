"""What the consent of the person giving testimony allows (DESIGN.md section 7).

A case's ``consent`` holds ``given`` (true only when the person agreed), the ``uses`` they
allow (documentation, advocacy, publication, legal), ``withdrawn`` (and ``withdrawn_on``),
the anonymity wish and whether they may be contacted. The rules:

- consent counts only when ``given`` is exactly true and it is not withdrawn; a withdrawn
  consent allows nothing, whatever uses it lists;
- a case leaves the vault (an export bundle) only with consent that counts;
- a case may be published only if its consent counts and its uses include "publication";
  the other uses are confidential (docs/reports.md);
- uses are kept only while consent is given (the editor and the story clear them when the
  person has not agreed).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, Final

PUBLICATION_USE: Final = "publication"


class ConsentState(StrEnum):
    """Where a case's consent stands, most restrictive first."""

    WITHDRAWN = "withdrawn"  # given once, then withdrawn: nothing is allowed
    NO_CONSENT = "no_consent"  # never given
    NO_PUBLICATION = "no_publication"  # given, for confidential uses only
    PUBLICATION = "publication"  # given, and publication is among the uses


def consent_of(record: Mapping[str, Any]) -> Mapping[str, Any]:
    """The record's consent block ({} when missing or not an object)."""
    consent = record.get("consent")
    return consent if isinstance(consent, Mapping) else {}


def consent_state(record: Mapping[str, Any]) -> ConsentState:
    consent = consent_of(record)
    if consent.get("withdrawn"):
        return ConsentState.WITHDRAWN
    if consent.get("given") is not True:
        return ConsentState.NO_CONSENT
    if PUBLICATION_USE in _uses(consent):
        return ConsentState.PUBLICATION
    return ConsentState.NO_PUBLICATION


def consent_counts(record: Mapping[str, Any]) -> bool:
    """Consent was given and is not withdrawn."""
    return consent_state(record) in (ConsentState.NO_PUBLICATION, ConsentState.PUBLICATION)


def export_allowed(record: Mapping[str, Any]) -> bool:
    """A case may leave the vault in a bundle only with consent that counts."""
    return consent_counts(record)


def publication_allowed(record: Mapping[str, Any]) -> bool:
    return consent_state(record) is ConsentState.PUBLICATION


def allowed_uses(record: Mapping[str, Any]) -> frozenset[str]:
    """The uses the consent allows now: none unless the consent counts."""
    return _uses(consent_of(record)) if consent_counts(record) else frozenset()


def uses_to_keep(given: bool, chosen: Iterable[str]) -> list[str]:
    """The uses a form stores: the chosen ones (each once, in order) while consent is given,
    none otherwise."""
    return list(dict.fromkeys(chosen)) if given else []


def _uses(consent: Mapping[str, Any]) -> frozenset[str]:
    uses = consent.get("uses") or ()
    if isinstance(uses, str):
        return frozenset((uses,))
    return frozenset(str(use) for use in uses)
