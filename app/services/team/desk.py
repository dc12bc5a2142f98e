"""This desk in the team: its member key and line, where it stands (docs/team.md)."""


from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app.domain import team as rules
from app.domain.team import EventInvalid, Kind
from app.services.errors import TeamError
from app.services.identity import require_coordinator
from crypto.age import X25519Recipient
from crypto.errors import AgeKeyError, IdentityError
from crypto.identity import PublicKey, normalize_safety_code, safety_code
from storage import audit
from storage import team as store
from storage.db import transaction
from storage.vault import Vault

INBOX = "inbox"


JOURNAL = "journal"


EVENT_SUFFIX = ".evt"


INVITE_HEADER = "guvoh-team-member/1"


_EVENT_NAME = re.compile(r"[0-9a-f]{64}\.evt")


MAX_BUNDLES_PER_SYNC = 10_000


@dataclass(frozen=True, slots=True)
class MemberLine:
    """What a coordinator gives the one who invites it: one line, with its name, the key
    that will sign its events and the age recipient its key transfer is encrypted to."""

    name: str
    public_key: PublicKey
    recipient: X25519Recipient

    @property
    def line(self) -> str:
        return (f"{INVITE_HEADER} {self.recipient.to_string()} "
                f"{self.public_key.to_openssh_line()} {self.name}")

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint()

    @property
    def safety_code(self) -> str:
        """Digits over the key AND the recipient: a line whose age recipient was swapped
        (to receive the organisation's key) reads differently."""
        recipient = self.recipient.to_string().encode("ascii")
        return safety_code(self.public_key.to_blob() + len(recipient).to_bytes(4, "big")
                           + recipient)


def parse_member_line(text: str) -> MemberLine:
    """Read a line from `guvoh team identity`; TeamError("bad_line") otherwise."""
    parts = text.strip().split(" ", 4)
    if len(parts) != 5 or parts[0] != INVITE_HEADER or len(text) > 1000:
        raise TeamError("bad_line")
    try:
        recipient = X25519Recipient.from_string(parts[1])
        key = PublicKey.from_openssh_line(f"{parts[2]} {parts[3]}")
        rules.check_data(Kind.MEMBER_ADD, {"name": parts[4], "key": "k", "recipient": "r",
                                            "org": "o"})
    except (AgeKeyError, IdentityError, EventInvalid):
        raise TeamError("bad_line") from None
    return MemberLine(parts[4], key, recipient)


def _check_name(name: str) -> str:
    name = " ".join(name.split())
    try:
        rules.check_data(Kind.MEMBER_ADD, {"name": name, "key": "k", "recipient": "r",
                                            "org": "o"})
    except EventInvalid:
        raise TeamError("bad_name") from None
    return name


DEFAULT_NAME = "Coordinator"  # a desk nobody named (its first triage made its key)


def _desk(vault: Vault, name: str | None = None) -> store.Desk:
    """This desk's member key, made on first use (named `name`, or "Coordinator")."""
    require_coordinator(vault)
    found = store.desk(vault.conn)
    if found is None:
        with transaction(vault.conn) as conn:
            found = store.desk(conn) or store.create_desk(
                conn, _check_name(name or DEFAULT_NAME))
            audit.append(conn, "team_member_key_created",
                         found.signing_key.public_key().fingerprint())
    elif name is not None and _check_name(name) != found.member_name and found.team_id is None:
        with transaction(vault.conn) as conn:
            store.set_desk(conn, name=_check_name(name))
        found = store.desk(vault.conn)
        assert found is not None
    return found


def my_line(vault: Vault, name: str | None = None) -> MemberLine:
    """This desk's member line (`guvoh team identity`)."""
    desk = _desk(vault, name)
    return MemberLine(desk.member_name, desk.signing_key.public_key(), desk.age_identity.recipient)


@dataclass(frozen=True, slots=True)
class TeamStatus:
    member_name: str
    fingerprint: str
    safety_code: str
    team_id: str | None
    folder: str | None
    members: tuple[store.Member, ...]
    events: dict[str, int]
    unwritten: int

    @property
    def joined(self) -> bool:
        return self.team_id is not None


def status(vault: Vault) -> TeamStatus | None:
    """Where this desk stands, or None when it has no member key yet."""
    desk = store.desk(vault.conn)
    if desk is None:
        return None
    key = desk.signing_key.public_key()
    return TeamStatus(desk.member_name, key.fingerprint(), key.safety_code(), desk.team_id,
                      desk.folder, tuple(store.members(vault.conn)),
                      store.event_count(vault.conn),
                      len(store.events(vault.conn, written=False)))


def folder_of(vault: Vault) -> Path | None:
    desk = store.desk(vault.conn)
    return None if desk is None or desk.folder is None else Path(desk.folder)


def in_team(vault: Vault) -> bool:
    desk = store.desk(vault.conn)
    return desk is not None and desk.team_id is not None


def code_matches(expected: str, typed: str) -> bool:
    """Whether `typed` (spaces, dashes, any script's digits) is `expected`;
    InvalidSafetyCode when it is not a safety code at all."""
    return normalize_safety_code(typed) == expected
