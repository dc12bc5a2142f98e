"""Organisations: a coordinator's vault becomes one and hands out its card (and keeps its
age key); a researcher trusts the cards of the organisations it sends bundles to."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain import organisations as organisation_rule
from app.services.errors import NoOrganisation, OrganisationCardChanged
from app.services.identity import require_coordinator
from crypto.orgcard import OrganisationCard as OrganisationCard
from crypto.orgcard import make_card, parse_card
from storage import fsio, keys
from storage.errors import OutputExists
from storage.keys import Organisation as Organisation
from storage.timeutil import now_utc
from storage.vault import Vault


def create_organisation(vault: Vault, name: str, out: Path) -> OrganisationCard:
    """A coordinator vault becomes the organisation `name` and writes its card."""
    require_coordinator(vault)
    own = keys.identity(vault.conn)
    card_bytes = make_card(name, own.recipient, own.signing_key, now_utc())
    card = parse_card(card_bytes)
    if out.exists():
        raise OutputExists(out)
    keys.trust_organisation(vault.conn, card, card_bytes, own=True)
    fsio.write_atomic(out, card_bytes, replace=False)
    return card


def export_card(vault: Vault, out: Path) -> Organisation:
    org = require_own_organisation(vault)
    if out.exists():
        raise OutputExists(out)
    fsio.write_atomic(out, org.card, replace=False)
    return org


def own_organisation(vault: Vault) -> Organisation | None:
    """This vault's own organisation (a coordinator's, once created), or None; the rule is
    app.domain.organisations.own_organisation, checked against this vault's signing key."""
    fingerprint = keys.identity(vault.conn).public_key.fingerprint()
    return organisation_rule.own_organisation(keys.organisations(vault.conn), fingerprint)


def require_own_organisation(vault: Vault) -> Organisation:
    """This coordinator vault's own organisation; NotACoordinator or NoOrganisation."""
    require_coordinator(vault)
    org = own_organisation(vault)
    if org is None:
        raise NoOrganisation()
    return org


def export_org_key(vault: Vault, out: Path) -> None:
    """The organisation's age identity as an age identity file (for stock-tool
    verification and an offline backup). Whoever holds it can read every bundle."""
    require_own_organisation(vault)
    if out.exists():
        raise OutputExists(out)
    own = keys.identity(vault.conn)
    text = (
        f"# Guvoh organisation key, created {own.created_at}\n"
        f"# public key: {own.recipient.to_string()}\n"
        f"{own.age_identity.to_string()}\n"
    )
    fsio.write_atomic(out, text.encode("ascii"), replace=False)


def read_card(path: Path) -> tuple[OrganisationCard, bytes]:
    data = path.read_bytes()[: 64 * 1024 + 1]
    return parse_card(data), data


@dataclass(frozen=True, slots=True)
class CardChange:
    """A card that would replace cards already trusted for the same organisation (the same
    name, signing key or encryption key, with a new encryption or signing key)."""

    name: str
    previous: tuple[Organisation, ...]
    card: OrganisationCard

    @property
    def old_safety_code(self) -> str:
        return self.previous[0].signing_key.safety_code()

    @property
    def new_safety_code(self) -> str:
        return self.card.safety_code()

    @property
    def old_recipient(self) -> str:
        return self.previous[0].recipient.to_string()

    @property
    def new_recipient(self) -> str:
        return self.card.recipient.to_string()


def card_change(vault: Vault, card: OrganisationCard) -> CardChange | None:
    """What trusting `card` would replace, or None when it is new or the same card."""
    related = keys.related_organisations(vault.conn, card)
    changed = [
        org for org in related
        if org.fingerprint != card.fingerprint()
        or org.recipient.to_string() != card.recipient.to_string()
    ]
    if not changed:
        return None
    return CardChange(changed[0].name, tuple(related), card)


def trust_organisation(vault: Vault, card: OrganisationCard, card_bytes: bytes, *,
                       replace: bool = False) -> Organisation:
    """Trust `card`. A newer card of an organisation already trusted (see card_change) is
    refused with OrganisationCardChanged unless `replace`: then it replaces the old cards,
    and exports go to its encryption key only."""
    change = card_change(vault, card)
    if change is None:
        return keys.trust_organisation(vault.conn, card, card_bytes)
    if not replace:
        raise OrganisationCardChanged(change.name)
    return keys.replace_organisation(vault.conn, list(change.previous), card, card_bytes)


def organisations(vault: Vault) -> list[Organisation]:
    """The trusted organisations (and this vault's own, if it is one)."""
    return keys.organisations(vault.conn)
