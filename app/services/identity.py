"""This vault's own identity: its keys, what of them others may know, and its role."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.errors import NotACoordinator
from storage import keys
from storage.keys import OwnIdentity
from storage.vault import Vault


def identity(vault: Vault) -> OwnIdentity:
    return keys.identity(vault.conn)


def require_coordinator(vault: Vault) -> None:
    """Raise NotACoordinator unless this is a coordinator's vault."""
    if vault.role != "coordinator":
        raise NotACoordinator(vault.role)


@dataclass(frozen=True, slots=True)
class PublicIdentity:
    """What others may know of this vault's identity: nothing secret."""

    public_key: str  # "ssh-ed25519 AAAA... pseudonym"
    fingerprint: str
    safety_code: str
    age_recipient: str  # where receipts are encrypted to


def public_identity(vault: Vault) -> PublicIdentity:
    own = identity(vault)
    key = own.public_key
    return PublicIdentity(key.to_openssh_line(vault.meta("pseudonym") or ""), key.fingerprint(),
                          key.safety_code(), own.recipient.to_string())
