"""Founding a team, inviting and joining (the key transfer), removing a coordinator (a new
organisation key for the remaining members) (docs/team.md)."""


from __future__ import annotations

import base64
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain import team as rules
from app.domain.team import Event, Kind
from app.services.errors import TeamError
from app.services.team.apply import _new_event, _rebuild, flush
from app.services.team.desk import (
    INBOX,
    JOURNAL,
    MemberLine,
    TeamStatus,
    _desk,
    parse_member_line,
    status,
)
from crypto import teamevent
from crypto.age import X25519Identity
from crypto.errors import AgeKeyError, CardError, IdentityError, TeamEventError
from crypto.identity import SigningKey
from crypto.orgcard import make_card, parse_card
from storage import audit, fsio, keys
from storage import team as store
from storage.db import Connection, transaction
from storage.timeutil import now_utc
from storage.vault import Vault


def set_folder(vault: Vault, folder: Path, name: str | None = None) -> TeamStatus:
    """Name the shared folder (creating inbox/ and journal/ in it). On the desk that
    created the organisation and has no team yet, this founds the team: the founding event,
    and one event for every researcher already pinned, so a desk that joins later learns
    them too; events made before (triage on this desk alone) are written to journal/."""
    from app.services.organisations import own_organisation

    desk = _desk(vault, name)
    folder = folder.expanduser().resolve()
    try:
        for sub in (INBOX, JOURNAL):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise TeamError("folder_unwritable", str(folder)) from err
    if not os.access(folder / JOURNAL, os.W_OK):
        raise TeamError("folder_unwritable", str(folder))
    with transaction(vault.conn) as conn:
        store.set_desk(conn, folder=str(folder))
        if desk.team_id is None:
            org = own_organisation(vault)
            if org is None:
                raise TeamError("not_joined")
            key = desk.signing_key.public_key()
            founding = Event("", Kind.TEAM, 0, None, now_utc(), {
                "name": desk.member_name, "key": key.to_openssh_line(),
                "recipient": desk.age_identity.recipient.to_string(),
                "org": keys.identity(conn).recipient.to_string()})
            body = rules.encode(founding)
            team_id = teamevent.event_id(body)
            store.add_event(conn, store.StoredEvent(
                team_id, 0, key.fingerprint(), key.to_openssh_line(), None, Kind.TEAM.value,
                founding.at, body.decode("utf-8"), "new", False))
            store.set_desk(conn, team_id=team_id)
            own = keys.identity(conn)
            store.set_base(conn, own.signing_key, own.age_identity, org.card)
            desk = store.desk(conn)  # type: ignore[assignment]
            assert desk is not None
            _rebuild(conn, desk)
            for signer in keys.signers(conn):
                _new_event(conn, desk, Kind.PIN, {
                    "key": signer.public_key.to_openssh_line(), "name": signer.name,
                    "valid_after": signer.valid_after})
                if signer.valid_before is not None:
                    _new_event(conn, desk, Kind.END_SENDER, {
                        "key": signer.public_key.to_openssh_line(),
                        "at": signer.valid_before})
            audit.append(conn, "team_founded", team_id)
    flush(vault)
    found = status(vault)
    assert found is not None
    return found


@dataclass(frozen=True, slots=True)
class InviteWritten:
    file: Path
    member: MemberLine
    event_id: str


def invite(vault: Vault, line: MemberLine, out: Path) -> InviteWritten:
    """After comparing `line.safety_code` with the newcomer: add it to the team (an event)
    and write the key transfer to `out`: the organisation's keys and card and the team's id,
    signed by this desk and encrypted to the newcomer only."""
    from app.services.organisations import require_own_organisation

    desk = _desk(vault)
    if desk.team_id is None or desk.folder is None:
        raise TeamError("no_folder")
    if out.exists():
        raise TeamError("exists", str(out))
    org = require_own_organisation(vault)
    member = store.member(vault.conn, line.fingerprint)
    if member is not None and not member.active:
        raise TeamError("was_removed", member.name)
    if member is None and any(m.active and m.name.casefold() == line.name.casefold()
                              for m in store.members(vault.conn)):
        raise TeamError("name_taken", line.name)
    own = keys.identity(vault.conn)
    mine = MemberLine(desk.member_name, desk.signing_key.public_key(),
                      desk.age_identity.recipient)
    payload = {
        "team": desk.team_id,
        "card": base64.b64encode(org.card).decode("ascii"),
        "signing_seed": base64.b64encode(own.signing_key.to_bytes()).decode("ascii"),
        "age_identity": own.age_identity.to_string(),
        "retired": [i.to_string() for i in store.retired_identities(vault.conn)],
        "inviter": mine.line,
        "member": line.line,
    }
    body = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")
    data = teamevent.seal_event(body, desk.signing_key, [line.recipient],
                                teamevent.TRANSFER_NAMESPACE)
    event_id = ""
    if member is None:
        with transaction(vault.conn) as conn:
            event_id = _new_event(conn, desk, Kind.MEMBER_ADD, {
                "name": line.name, "key": line.public_key.to_openssh_line(),
                "recipient": line.recipient.to_string(),
                "org": own.recipient.to_string()})
            audit.append(conn, "team_member_invited", line.fingerprint)
    fsio.write_atomic(out, data, replace=False)
    flush(vault)
    return InviteWritten(out, line, event_id)


@dataclass(frozen=True, slots=True)
class Invitation:
    """A key transfer read and checked, not yet accepted: compare both codes first."""

    inviter_line: MemberLine
    organisation: str
    organisation_code: str
    team_id: str
    payload: dict[str, Any]

    @property
    def inviter(self) -> str:
        return self.inviter_line.name

    @property
    def inviter_code(self) -> str:
        """What the inviter's `team identity` shows (its key and recipient)."""
        return self.inviter_line.safety_code


def read_invite(vault: Vault, path: Path) -> Invitation:
    """Open a key transfer made for this desk; TeamError("bad_invite") for anything else."""
    desk = _desk(vault)
    try:
        with path.open("rb") as fh:
            data = fh.read(teamevent.MAX_FILE_BYTES + 1)
    except OSError as err:
        raise TeamError("unreadable", str(path)) from err
    try:
        opened = teamevent.open_event(data, [desk.age_identity], teamevent.TRANSFER_NAMESPACE)
        payload = json.loads(opened.body.decode("utf-8"))
        if not isinstance(payload, dict) or set(payload) != {
                "team", "card", "signing_seed", "age_identity", "retired", "inviter", "member"}:
            raise ValueError("fields")
        card = parse_card(base64.b64decode(payload["card"], validate=True))
        mine = parse_member_line(str(payload["member"]))
        inviter = parse_member_line(str(payload["inviter"]))
        if inviter.public_key != opened.signer:
            raise ValueError("inviter")
        SigningKey.from_bytes(base64.b64decode(payload["signing_seed"], validate=True))
        X25519Identity.from_string(str(payload["age_identity"]))
        for retired in payload["retired"]:
            X25519Identity.from_string(str(retired))
        if not re.fullmatch(r"[0-9a-f]{64}", str(payload["team"])):
            raise ValueError("team")
    except TeamEventError as err:
        raise TeamError("bad_invite", err.reason) from None
    except (ValueError, TypeError, UnicodeDecodeError, CardError, AgeKeyError, IdentityError,
            TeamError):
        raise TeamError("bad_invite", "malformed") from None
    if mine.fingerprint != desk.signing_key.public_key().fingerprint():
        raise TeamError("bad_invite", "not_for_us")
    if mine.recipient != desk.age_identity.recipient:
        raise TeamError("bad_invite", "not_for_us")
    return Invitation(inviter, card.name, card.safety_code(), str(payload["team"]), payload)


def join(vault: Vault, invitation: Invitation, folder: Path | None = None) -> TeamStatus:
    """Accept a key transfer (after both codes were compared): this vault holds the
    organisation's keys from now on, and knows the team; with `folder`, names it too."""
    from app.services.organisations import own_organisation

    desk = _desk(vault)
    if desk.team_id is not None:
        if desk.team_id == invitation.team_id:
            raise TeamError("already_joined")
        raise TeamError("other_team")
    existing = own_organisation(vault)
    card_bytes = base64.b64decode(invitation.payload["card"])
    card = parse_card(card_bytes)
    if existing is not None and existing.fingerprint != card.fingerprint():
        raise TeamError("has_organisation", existing.name)
    signing = SigningKey.from_bytes(base64.b64decode(invitation.payload["signing_seed"]))
    age_id = X25519Identity.from_string(str(invitation.payload["age_identity"]))
    if signing.public_key() != card.signing_key or age_id.recipient != card.recipient:
        raise TeamError("bad_invite", "keys")
    with transaction(vault.conn) as conn:
        store.replace_identity(conn, signing, age_id)
        for retired in invitation.payload["retired"]:
            store.retire(conn, X25519Identity.from_string(str(retired)))
        keys.set_own_organisation(conn, card, card_bytes)
        store.set_desk(conn, team_id=invitation.team_id)
        store.set_base(conn, signing, age_id, card_bytes)
        audit.append(conn, "team_joined", invitation.team_id)
        desk = store.desk(conn)  # type: ignore[assignment]
        assert desk is not None
        _rebuild(conn, desk)
    if folder is not None:
        return set_folder(vault, folder)
    found = status(vault)
    assert found is not None
    return found


@dataclass(frozen=True, slots=True)
class Removed:
    member: store.Member
    card: Path
    safety_code: str
    recipient: str


def remove_member(vault: Vault, name_or_fingerprint: str, card_out: Path) -> Removed:
    """End a coordinator: its events after this one are refused everywhere, and the
    organisation gets a new age key and signing key (sent to the remaining members only);
    the new card is written to `card_out` for researchers to trust."""
    from app.services.organisations import require_own_organisation

    desk = _desk(vault)
    if desk.team_id is None:
        raise TeamError("not_joined")
    if card_out.exists():
        raise TeamError("exists", str(card_out))
    target = _find_member(vault.conn, name_or_fingerprint)
    if target.fingerprint == desk.signing_key.public_key().fingerprint():
        raise TeamError("remove_self")
    require_own_organisation(vault)
    with transaction(vault.conn) as conn:
        _new_event(conn, desk, Kind.MEMBER_REMOVE, {
            "member": target.fingerprint, "head": store.last_by(conn, target.fingerprint)})
        card_bytes, new_signing, new_age = rotate(conn, desk)
        audit.append(conn, "team_member_removed", target.fingerprint)
    fsio.write_atomic(card_out, card_bytes, replace=False)
    flush(vault)
    removed = store.member(vault.conn, target.fingerprint)
    assert removed is not None
    return Removed(removed, card_out, new_signing.public_key().safety_code(),
                   new_age.recipient.to_string())


def rotate(conn: Connection, desk: store.Desk, *, same: bool = False
           ) -> tuple[bytes, SigningKey, X25519Identity]:
    """Inside the caller's transaction: an org_key event giving the organisation new keys
    (or, with `same`, the current ones again) to the active members only."""
    org = keys.organisations(conn, own=True)[0]
    own = keys.identity(conn)
    if same:
        signing, age_id, card_bytes = own.signing_key, own.age_identity, org.card
    else:
        signing, age_id = SigningKey.generate(), X25519Identity.generate()
        card_bytes = make_card(org.name, age_id.recipient, signing, now_utc())
    _new_event(conn, desk, Kind.ORG_KEY, {
        "recipient": age_id.recipient.to_string(),
        "card": base64.b64encode(card_bytes).decode("ascii"),
        "age_identity": age_id.to_string(),
        "signing_seed": base64.b64encode(signing.to_bytes()).decode("ascii"),
        "to": sorted(m.fingerprint for m in store.members(conn) if m.active)})
    return card_bytes, signing, age_id


def _find_member(conn: Connection, key: str) -> store.Member:
    found = [m for m in store.members(conn)
             if m.active and (m.fingerprint == key or m.name.casefold() == key.casefold())]
    if len(found) != 1:
        raise TeamError("no_member" if not found else "ambiguous_member", key)
    return found[0]


def members(vault: Vault) -> list[store.Member]:
    return store.members(vault.conn)
