"""The vault's own identity (signing key and age identity), organisations it trusts, and
researchers (signers) it has pinned. Private keys never leave the encrypted database
except through `export_age_identity`, which the user asks for explicitly."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from crypto.age import X25519Identity, X25519Recipient
from crypto.identity import PublicKey, SigningKey
from storage import audit
from storage.db import Connection, transaction
from storage.errors import (
    OrganisationAmbiguous,
    OrganisationNotFound,
    SignerNameTaken,
    SignerNotFound,
    SignerValidityInvalid,
)
from storage.timeutil import now_utc

if TYPE_CHECKING:
    from crypto.orgcard import OrganisationCard


@dataclass(frozen=True, slots=True)
class OwnIdentity:
    signing_key: SigningKey
    age_identity: X25519Identity
    created_at: str

    @property
    def public_key(self) -> PublicKey:
        return self.signing_key.public_key()

    @property
    def recipient(self) -> X25519Recipient:
        return self.age_identity.recipient


def identity(conn: Connection) -> OwnIdentity:
    """This vault's keys, created on first use."""
    row = conn.execute(
        "SELECT signing_seed, age_identity, created_at FROM identity WHERE singleton = 1"
    ).fetchone()
    if row is None:
        with transaction(conn):
            row = conn.execute(
                "SELECT signing_seed, age_identity, created_at FROM identity"
            ).fetchone()
            if row is None:
                signing, age_id, now = SigningKey.generate(), X25519Identity.generate(), now_utc()
                conn.execute(
                    "INSERT INTO identity (singleton, signing_seed, age_identity, created_at) "
                    "VALUES (1, ?, ?, ?)",
                    (signing.to_bytes(), age_id.to_string(), now),
                )
                return OwnIdentity(signing, age_id, now)
    return OwnIdentity(
        SigningKey.from_bytes(bytes(row[0])), X25519Identity.from_string(str(row[1])), str(row[2])
    )


def decryption_identities(conn: Connection) -> list[X25519Identity]:
    """This vault's age identity, then the organisation keys a rotation replaced (table
    org_keys_retired, docs/team.md): bundles sent to an old key still import."""
    rows = conn.execute("SELECT age_identity FROM org_keys_retired ORDER BY retired_at")
    return [identity(conn).age_identity, *(X25519Identity.from_string(str(r[0])) for r in rows)]


# -- organisations ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    recipient: X25519Recipient
    signing_key: PublicKey
    fingerprint: str
    card: bytes
    own: bool
    trusted_at: str


def _org(row: tuple[object, ...]) -> Organisation:
    return Organisation(
        name=str(row[0]),
        recipient=X25519Recipient.from_string(str(row[1])),
        signing_key=PublicKey.from_openssh_line(str(row[2])),
        fingerprint=str(row[3]),
        card=bytes(row[4]),  # type: ignore[call-overload]
        own=bool(row[5]),
        trusted_at=str(row[6]),
    )


_ORG_COLUMNS = "name, age_recipient, signing_key, fingerprint, card, own, trusted_at"


def trust_organisation(conn: Connection, card: OrganisationCard, card_bytes: bytes,
                       own: bool = False) -> Organisation:
    with transaction(conn):
        conn.execute(
            f"INSERT INTO organisations ({_ORG_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (fingerprint) DO UPDATE SET name = excluded.name, "
            "card = excluded.card",
            (card.name, card.recipient.to_string(), card.signing_key.to_openssh_line(),
             card.signing_key.fingerprint(), card_bytes, int(own), now_utc()),
        )
        audit.append(conn, "organisation_trusted", card.signing_key.fingerprint())
    return find_organisation(conn, card.signing_key.fingerprint())


def set_own_organisation(conn: Connection, card: OrganisationCard, card_bytes: bytes) -> None:
    """Inside the caller's transaction: `card` becomes this vault's own organisation, in
    place of any other (a desk joining a team, a rotation of the organisation's keys)."""
    conn.execute("DELETE FROM organisations WHERE own = 1")
    conn.execute(
        f"INSERT INTO organisations ({_ORG_COLUMNS}) VALUES (?, ?, ?, ?, ?, 1, ?) "
        "ON CONFLICT (fingerprint) DO UPDATE SET own = 1, card = excluded.card, "
        "age_recipient = excluded.age_recipient",
        (card.name, card.recipient.to_string(), card.signing_key.to_openssh_line(),
         card.signing_key.fingerprint(), card_bytes, now_utc()),
    )
    audit.append(conn, "organisation_trusted", card.signing_key.fingerprint())


def related_organisations(conn: Connection, card: OrganisationCard) -> list[Organisation]:
    """Trusted (not own) organisations that `card` may be a newer card of: the same name
    (any case), the same signing key or the same age recipient."""
    rows = conn.execute(
        f"SELECT {_ORG_COLUMNS} FROM organisations WHERE own = 0 AND (name = ? COLLATE "
        "NOCASE OR fingerprint = ? OR age_recipient = ?) ORDER BY trusted_at, num",
        (card.name, card.signing_key.fingerprint(), card.recipient.to_string()),
    ).fetchall()
    return [_org(tuple(r)) for r in rows]


def replace_organisation(conn: Connection, previous: list[Organisation],
                         card: OrganisationCard, card_bytes: bytes) -> Organisation:
    """In one transaction: forget the `previous` cards (by fingerprint) and trust `card`,
    so that exports go to its age recipient only."""
    with transaction(conn):
        for old in previous:
            conn.execute("DELETE FROM organisations WHERE fingerprint = ? AND own = 0",
                          (old.fingerprint,))
            audit.append(conn, "organisation_replaced", old.fingerprint)
        conn.execute(
            f"INSERT INTO organisations ({_ORG_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (card.name, card.recipient.to_string(), card.signing_key.to_openssh_line(),
             card.signing_key.fingerprint(), card_bytes, 0, now_utc()),
        )
        audit.append(conn, "organisation_trusted", card.signing_key.fingerprint())
    return find_organisation(conn, card.signing_key.fingerprint())


def organisations(conn: Connection, own: bool | None = None) -> list[Organisation]:
    where = "" if own is None else f"WHERE own = {int(own)}"
    rows = conn.execute(f"SELECT {_ORG_COLUMNS} FROM organisations {where} ORDER BY name")
    return [_org(tuple(r)) for r in rows]


def find_organisation(conn: Connection, key: str) -> Organisation:
    """By name (any case), fingerprint, or age recipient."""
    rows = conn.execute(
        f"SELECT {_ORG_COLUMNS} FROM organisations WHERE name = ? COLLATE NOCASE "
        "OR fingerprint = ? OR age_recipient = ?",
        (key, key, key),
    ).fetchall()
    if not rows:
        raise OrganisationNotFound(key)
    if len(rows) > 1:
        raise OrganisationAmbiguous(key)
    return _org(tuple(rows[0]))


def organisation_by_key(conn: Connection, key: PublicKey) -> Organisation | None:
    row = conn.execute(
        f"SELECT {_ORG_COLUMNS} FROM organisations WHERE fingerprint = ?", (key.fingerprint(),)
    ).fetchone()
    return None if row is None else _org(tuple(row))


# -- signers ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Signer:
    name: str
    public_key: PublicKey
    fingerprint: str
    valid_after: str | None
    valid_before: str | None
    trusted_at: str

    def valid_at(self, when: str) -> bool:
        return (self.valid_after is None or when >= self.valid_after) and (
            self.valid_before is None or when < self.valid_before
        )


_SIGNER_COLUMNS = "name, public_key, fingerprint, valid_after, valid_before, trusted_at"


def _signer(row: tuple[object, ...]) -> Signer:
    return Signer(str(row[0]), PublicKey.from_openssh_line(str(row[1])), str(row[2]),
                  None if row[3] is None else str(row[3]),
                  None if row[4] is None else str(row[4]), str(row[5]))


def trust_signer(conn: Connection, name: str, key: PublicKey, valid_after: str | None = None,
                 valid_before: str | None = None) -> Signer:
    """Pin a researcher's key (or update the validity window of one already pinned)."""
    with transaction(conn):
        existing = conn.execute(
            "SELECT fingerprint FROM signers WHERE name = ?", (name,)
        ).fetchone()
        if existing is not None and str(existing[0]) != key.fingerprint():
            raise SignerNameTaken(name)
        conn.execute(
            f"INSERT INTO signers ({_SIGNER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (fingerprint) DO UPDATE SET name = excluded.name, "
            "valid_after = excluded.valid_after, valid_before = excluded.valid_before",
            (name, key.to_openssh_line(), key.fingerprint(), valid_after, valid_before,
             now_utc()),
        )
        audit.append(conn, "signer_trusted", key.fingerprint())
    found = signer_by_key(conn, key)
    assert found is not None
    return found


def signers(conn: Connection) -> list[Signer]:
    rows = conn.execute(f"SELECT {_SIGNER_COLUMNS} FROM signers ORDER BY name")
    return [_signer(tuple(r)) for r in rows]


def signer_by_key(conn: Connection, key: PublicKey) -> Signer | None:
    row = conn.execute(
        f"SELECT {_SIGNER_COLUMNS} FROM signers WHERE fingerprint = ?", (key.fingerprint(),)
    ).fetchone()
    return None if row is None else _signer(tuple(row))


def set_signer_validity(conn: Connection, name_or_fingerprint: str,
                        valid_after: str | None, valid_before: str | None) -> Signer:
    """Set (or clear, with None) the validity window of a pinned signer, found by its name
    or fingerprint. Times are UTC "YYYY-MM-DDTHH:MM:SSZ"; valid_before is exclusive.
    Raises SignerNotFound, or SignerValidityInvalid when the end is not after the start."""
    if valid_after is not None and valid_before is not None and valid_before <= valid_after:
        raise SignerValidityInvalid(valid_after, valid_before)
    with transaction(conn):
        row = conn.execute(
            "SELECT fingerprint FROM signers WHERE fingerprint = ? OR name = ?",
            (name_or_fingerprint, name_or_fingerprint),
        ).fetchone()
        if row is None:
            raise SignerNotFound(name_or_fingerprint)
        fingerprint = str(row[0])
        conn.execute(
            "UPDATE signers SET valid_after = ?, valid_before = ? WHERE fingerprint = ?",
            (valid_after, valid_before, fingerprint),
        )
        audit.append(conn, "signer_trusted", fingerprint)  # the pin changed
    found = conn.execute(
        f"SELECT {_SIGNER_COLUMNS} FROM signers WHERE fingerprint = ?", (fingerprint,)
    ).fetchone()
    return _signer(tuple(found))
