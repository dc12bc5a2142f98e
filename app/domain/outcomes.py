"""Import outcomes: the closed list of what can happen to one bundle file.

``app.services.bundle_import`` gives an outcome for each bundle verified or imported, and
``app.services.coordinator`` adds two for batches (cancelled, failed). A StrEnum, so an
outcome compares equal to its plain string ("imported") and prints as it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Outcome(StrEnum):
    IMPORTED = "imported"  # verified and committed
    VERIFIED = "verified"  # checked completely, nothing imported (guvoh verify)
    DUPLICATE = "duplicate"  # this very file was imported before
    REPLAY = "replay"  # another file with a bundle id seen before
    NOT_FOR_US = "not_for_us"  # encrypted or addressed to another organisation
    UNKNOWN_SIGNER = "unknown_signer"  # signed by a key not pinned here
    SIGNER_EXPIRED = "signer_expired"  # the signer's key is outside its validity window
    TAMPERED = "tampered"  # altered or damaged after signing
    TRUNCATED = "truncated"  # cut short
    MALFORMED = "malformed"  # not a well-formed Guvoh bundle
    UNSUPPORTED = "unsupported"  # a bundle format this version does not read
    UNREADABLE = "unreadable"  # not a bundle, or a file that could not be read
    INVALID_CASE = "invalid_case"  # a case inside does not follow the case schema
    CONFLICT = "conflict"  # would overwrite a case or file that came from elsewhere
    ID_CONFLICT = "id_conflict"  # another signer already used this bundle id (ids are per signer)
    NO_SPACE = "no_space"  # too little free disk for the bundle's quarantine; nothing read
    CANCELLED = "cancelled"  # the batch was cancelled before or while reading this file
    FAILED = "failed"  # an unexpected error (disk full, a bug); nothing imported

    @property
    def ok(self) -> bool:
        """Nothing was wrong with the file (imported, or verified without importing)."""
        return self in (Outcome.IMPORTED, Outcome.VERIFIED)


# What importing a file can give (every outcome but VERIFIED, which only checking without
# importing gives), in the order the inbox summarises them.
IMPORT_KINDS: Final[tuple[Outcome, ...]] = tuple(o for o in Outcome if o is not Outcome.VERIFIED)

# Outcomes whose reason may carry a finer detail ("tampered.signature").
DETAILED: Final[frozenset[Outcome]] = frozenset(
    {Outcome.NOT_FOR_US, Outcome.TAMPERED, Outcome.MALFORMED, Outcome.UNREADABLE}
)


def reason(outcome: Outcome, detail: object = None) -> str:
    """The key of an outcome's sentence: "kind", or "kind.detail" for a detailed outcome
    whose error names a detail (app.messages.import_outcome_text reads it)."""
    if outcome in DETAILED and isinstance(detail, str) and detail:
        return f"{outcome.value}.{detail}"
    return outcome.value
