"""The organisation's desk on several machines (DESIGN.md section 10, docs/team.md).

Coordinator vaults that hold the same organisation key share a folder that Syncthing keeps
in step: `inbox/` receives bundle files, `journal/` holds events. This module is all of it
that is ours: joining (a signed, encrypted key transfer), leaving (the organisation key is
rotated), writing events when a coordinator decides something, and `sync`, which imports the
bundles of `inbox/` and applies every event not applied yet, in the order of
app.domain.team, so that every desk ends with the same archive.

Events are applied in (lamport, id) order inside one transaction per sync: an event that
arrives late and sorts before events already applied makes the desk rebuild what the events
decided from all of them (`_rebuild`), so arrival order never matters.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain import team as rules
from app.domain.team import Event, EventInvalid, Kind
from app.services import bundle_import
from app.services.errors import TeamError
from app.services.identity import require_coordinator
from crypto import teamevent
from crypto.age import X25519Identity, X25519Recipient
from crypto.errors import AgeKeyError, CardError, IdentityError, TeamEventError
from crypto.identity import PublicKey, SigningKey
from crypto.orgcard import make_card, parse_card
from storage import audit, blobs, fsio, keys
from storage import cases as case_store
from storage import team as store
from storage.db import Connection, transaction
from storage.timeutil import now_utc
from storage.vault import Vault

INBOX = "inbox"
JOURNAL = "journal"
EVENT_SUFFIX = ".evt"
INVITE_HEADER = "guvoh-team-member/1"
_EVENT_NAME = re.compile(r"[0-9a-f]{64}\.evt")
MAX_BUNDLES_PER_SYNC = 10_000


# -- who this desk is ------------------------------------------------------------------


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
        return self.public_key.safety_code()


def parse_member_line(text: str) -> MemberLine:
    """Read a line from `guvoh team identity`; TeamError("bad_line") otherwise."""
    parts = text.strip().split(" ", 4)
    if len(parts) != 5 or parts[0] != INVITE_HEADER or len(text) > 1000:
        raise TeamError("bad_line")
    try:
        recipient = X25519Recipient.from_string(parts[1])
        key = PublicKey.from_openssh_line(f"{parts[2]} {parts[3]}")
        rules.check_data(Kind.MEMBER_ADD, {"name": parts[4], "key": "k", "recipient": "r"})
    except (AgeKeyError, IdentityError, EventInvalid):
        raise TeamError("bad_line") from None
    return MemberLine(parts[4], key, recipient)


def _check_name(name: str) -> str:
    name = " ".join(name.split())
    try:
        rules.check_data(Kind.MEMBER_ADD, {"name": name, "key": "k", "recipient": "r"})
    except EventInvalid:
        raise TeamError("bad_name") from None
    return name


def _desk(vault: Vault, name: str | None = None) -> store.Desk:
    """This desk's member key, made on first use (named `name`, or "Coordinator")."""
    require_coordinator(vault)
    found = store.desk(vault.conn)
    if found is None:
        with transaction(vault.conn) as conn:
            found = store.desk(conn) or store.create_desk(
                conn, _check_name(name or "Coordinator"))
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


# -- the state ------------------------------------------------------------------------


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


# -- writing events ---------------------------------------------------------------------


def _new_event(conn: Connection, desk: store.Desk, kind: Kind, data: dict[str, Any], *,
               lamport: int | None = None) -> str:
    """Sign and store one event (not yet in journal/) and apply what follows from it; runs
    inside the caller's transaction."""
    author = desk.signing_key.public_key()
    event = Event(desk.team_id or "", kind,
                  store.max_lamport(conn) + 1 if lamport is None else lamport,
                  store.last_by(conn, author.fingerprint()), now_utc(), data)
    try:
        body = rules.encode(event)
    except EventInvalid as err:
        raise TeamError("bad_value", err.where) from None
    event_id = teamevent.event_id(body)
    store.add_event(conn, store.StoredEvent(
        event_id, event.lamport, author.fingerprint(), author.to_openssh_line(), event.prev,
        kind.value, event.at, body.decode("utf-8"), "new", False))
    _apply_new(conn, desk)
    return event_id


def _recipients_for(conn: Connection, kind: str) -> list[X25519Recipient]:
    if kind == Kind.ORG_KEY:  # the new key goes to the remaining members only
        return [X25519Recipient.from_string(m.recipient) for m in store.members(conn)
                if m.active]
    return [keys.identity(conn).recipient]


def flush(vault: Vault) -> int:
    """Write every event not yet in journal/ (those made before the folder was named, or
    when writing failed); return how many were written."""
    desk = store.desk(vault.conn)
    if desk is None or desk.folder is None or desk.team_id is None:
        return 0
    journal = Path(desk.folder) / JOURNAL
    written = 0
    for event in store.events(vault.conn, written=False):
        if event.author != desk.signing_key.public_key().fingerprint():
            continue
        data = teamevent.seal_event(event.body.encode("utf-8"), desk.signing_key,
                                    _recipients_for(vault.conn, event.kind))
        name = hashlib.sha256(data).hexdigest() + EVENT_SUFFIX
        try:
            fsio.write_atomic(journal / name, data, replace=True)
        except OSError as err:
            raise TeamError("folder_unwritable", str(journal)) from err
        with transaction(vault.conn) as conn:
            store.mark_written(conn, event.id)
            store.file_seen(conn, f"{JOURNAL}/{name}", len(data), 0, "written")
        written += 1
    return written


def _write(vault: Vault, kind: Kind, data: dict[str, Any]) -> str:
    desk = _desk(vault)
    with transaction(vault.conn) as conn:
        event_id = _new_event(conn, desk, kind, data)
    flush(vault)
    return event_id


# -- founding, the folder, joining -------------------------------------------------------


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
                "org": org.fingerprint})
            body = rules.encode(founding)
            team_id = teamevent.event_id(body)
            store.add_event(conn, store.StoredEvent(
                team_id, 0, key.fingerprint(), key.to_openssh_line(), None, Kind.TEAM.value,
                founding.at, body.decode("utf-8"), "new", False))
            store.set_desk(conn, team_id=team_id)
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
    own = keys.identity(vault.conn)
    payload = {
        "team": desk.team_id,
        "card": base64.b64encode(org.card).decode("ascii"),
        "signing_seed": base64.b64encode(own.signing_key.to_bytes()).decode("ascii"),
        "age_identity": own.age_identity.to_string(),
        "retired": [i.to_string() for i in store.retired_identities(vault.conn)],
        "inviter": desk.member_name,
        "member": line.line,
    }
    body = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")
    data = teamevent.seal_event(body, desk.signing_key, [line.recipient])
    event_id = ""
    if member is None:
        with transaction(vault.conn) as conn:
            event_id = _new_event(conn, desk, Kind.MEMBER_ADD, {
                "name": line.name, "key": line.public_key.to_openssh_line(),
                "recipient": line.recipient.to_string()})
            audit.append(conn, "team_member_invited", line.fingerprint)
    fsio.write_atomic(out, data, replace=False)
    flush(vault)
    return InviteWritten(out, line, event_id)


@dataclass(frozen=True, slots=True)
class Invitation:
    """A key transfer read and checked, not yet accepted: compare both codes first."""

    inviter: str
    inviter_key: PublicKey
    organisation: str
    organisation_code: str
    team_id: str
    payload: dict[str, Any]

    @property
    def inviter_code(self) -> str:
        return self.inviter_key.safety_code()


def read_invite(vault: Vault, path: Path) -> Invitation:
    """Open a key transfer made for this desk; TeamError("bad_invite") for anything else."""
    desk = _desk(vault)
    try:
        data = path.read_bytes()[: teamevent.MAX_FILE_BYTES + 1]
    except OSError as err:
        raise TeamError("unreadable", str(path)) from err
    try:
        opened = teamevent.open_event(data, [desk.age_identity])
        payload = json.loads(opened.body.decode("utf-8"))
        if not isinstance(payload, dict) or set(payload) != {
                "team", "card", "signing_seed", "age_identity", "retired", "inviter", "member"}:
            raise ValueError("fields")
        card = parse_card(base64.b64decode(payload["card"], validate=True))
        mine = parse_member_line(str(payload["member"]))
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
    return Invitation(str(payload["inviter"]), opened.signer, card.name, card.safety_code(),
                      str(payload["team"]), payload)


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
    org = require_own_organisation(vault)
    new_signing, new_age = SigningKey.generate(), X25519Identity.generate()
    card_bytes = make_card(org.name, new_age.recipient, new_signing, now_utc())
    with transaction(vault.conn) as conn:
        _new_event(conn, desk, Kind.MEMBER_REMOVE, {
            "member": target.fingerprint, "head": store.last_by(conn, target.fingerprint)})
        _new_event(conn, desk, Kind.ORG_KEY, {
            "recipient": new_age.recipient.to_string(),
            "card": base64.b64encode(card_bytes).decode("ascii"),
            "age_identity": new_age.to_string(),
            "signing_seed": base64.b64encode(new_signing.to_bytes()).decode("ascii")})
        audit.append(conn, "team_member_removed", target.fingerprint)
    fsio.write_atomic(card_out, card_bytes, replace=False)
    flush(vault)
    removed = store.member(vault.conn, target.fingerprint)
    assert removed is not None
    return Removed(removed, card_out, new_signing.public_key().safety_code(),
                   new_age.recipient.to_string())


def _find_member(conn: Connection, key: str) -> store.Member:
    found = [m for m in store.members(conn)
             if m.active and (m.fingerprint == key or m.name.casefold() == key.casefold())]
    if len(found) != 1:
        raise TeamError("no_member" if not found else "ambiguous_member", key)
    return found[0]


def members(vault: Vault) -> list[store.Member]:
    return store.members(vault.conn)


# -- applying events --------------------------------------------------------------------


@dataclass(slots=True)
class _Chains:
    """Which events of removed members stay valid: those on the member's chain of `prev`
    links ending at the head its remover had applied."""

    conn: Connection
    cache: dict[str, set[str]] = field(default_factory=dict)

    def allows(self, member: store.Member, event_id: str) -> bool:
        if member.removed_by is None:
            return True
        chain = self.cache.get(member.fingerprint)
        if chain is None:
            prevs = store.prev_map(self.conn, member.fingerprint)
            chain, at = set(), member.head
            while at is not None and at not in chain:
                chain.add(at)
                at = prevs.get(at)
            self.cache[member.fingerprint] = chain
        return event_id in chain


def _apply_new(conn: Connection, desk: store.Desk) -> int:
    """Apply the stored events not applied yet, in order (rebuilding everything when one
    sorts before an event already applied); return how many were applied or refused."""
    pending = store.events(conn, state="new")
    if not pending:
        return 0
    last = store.last_applied(conn)
    if last is not None and (pending[0].lamport, pending[0].id) < last:
        return _rebuild(conn, desk)
    chains = _Chains(conn)
    for event in pending:
        _apply_one(conn, desk, event, chains)
    return len(pending)


def _rebuild(conn: Connection, desk: store.Desk) -> int:
    store.reset_derived(conn)
    chains = _Chains(conn)
    everything = store.events(conn)
    for event in everything:
        _apply_one(conn, desk, event, chains)
    return len(everything)


def _valid(conn: Connection, desk: store.Desk, event: store.StoredEvent, parsed: Event,
           chains: _Chains) -> bool:
    own = desk.signing_key.public_key().fingerprint()
    if desk.team_id is None:  # a desk alone: only its own events
        return event.author == own and parsed.kind not in rules.MEMBERSHIP
    if parsed.team not in ("", desk.team_id):
        return False
    if parsed.kind is Kind.TEAM:
        return event.id == desk.team_id
    if parsed.team == "" and event.author != _founder(conn, desk):
        return False  # only the founder's events from before the team exist
    member = store.member(conn, event.author)
    if member is None:
        return False
    return chains.allows(member, event.id)


def _founder(conn: Connection, desk: store.Desk) -> str | None:
    founding = store.get_event(conn, desk.team_id or "")
    return None if founding is None else founding.author


def _apply_one(conn: Connection, desk: store.Desk, event: store.StoredEvent,
               chains: _Chains) -> None:
    try:
        parsed = rules.decode(event.body.encode("utf-8"))
    except EventInvalid:
        store.set_state(conn, event.id, "refused")
        return
    if not _valid(conn, desk, event, parsed, chains):
        store.set_state(conn, event.id, "refused")
        return
    data = parsed.data
    try:
        _effect(conn, desk, event, parsed.kind, data)
    except (AgeKeyError, IdentityError, CardError, ValueError, TypeError):
        store.set_state(conn, event.id, "refused")
        return
    store.set_state(conn, event.id, "applied")


def _effect(conn: Connection, desk: store.Desk, event: store.StoredEvent, kind: Kind,
            data: dict[str, Any]) -> None:
    match kind:
        case Kind.TEAM | Kind.MEMBER_ADD:
            key = PublicKey.from_openssh_line(str(data["key"]))
            X25519Recipient.from_string(str(data["recipient"]))
            store.add_member(conn, key.fingerprint(), str(data["name"]), key.to_openssh_line(),
                             str(data["recipient"]), event.id, event.at)
        case Kind.MEMBER_REMOVE:
            store.remove_member(conn, str(data["member"]), event.id, event.at,
                                data["head"])
        case Kind.ORG_KEY:
            _rotate(conn, data)
        case Kind.STATUS | Kind.ASSIGN:
            field_name = "status" if kind is Kind.STATUS else "assignee"
            store.set_field(conn, data["case"], field_name, data["value"], event.id)
            store.add_history(conn, data["case"], event.id, field_name, data["value"])
        case Kind.TAG:
            store.set_tag(conn, data["case"], data["tag"], data["on"], event.id)
            store.add_history(conn, data["case"], event.id, "tag" if data["on"] else "untag",
                              data["tag"])
        case Kind.NOTE:
            store.add_history(conn, data["case"], event.id, "note", data["text"])
        case Kind.RECEIPT:
            store.add_receipt(conn, data["bundle"], event.id)
        case Kind.REMOVE_CASE:
            store.add_removed_case(conn, data["case"], event.id)
            store.add_history(conn, data["case"], event.id, "removed", "")
        case Kind.PIN:
            _pin(conn, PublicKey.from_openssh_line(str(data["key"])), str(data["name"]),
                 data["valid_after"])
        case Kind.END_SENDER:
            key = PublicKey.from_openssh_line(str(data["key"]))
            conn.execute("UPDATE signers SET valid_before = ? WHERE fingerprint = ? AND "
                         "(valid_before IS NULL OR valid_before > ?)",
                         (data["at"], key.fingerprint(), data["at"]))


def _pin(conn: Connection, key: PublicKey, name: str, valid_after: str | None) -> None:
    if conn.execute("SELECT 1 FROM signers WHERE fingerprint = ?",
                    (key.fingerprint(),)).fetchone() is not None:
        return
    taken = {str(r[0]) for r in conn.execute("SELECT name FROM signers")}
    final, n = name, 2
    while final in taken:
        final, n = f"{name} ({n})", n + 1
    conn.execute("INSERT INTO signers (name, public_key, fingerprint, valid_after, "
                 "valid_before, trusted_at) VALUES (?, ?, ?, ?, NULL, ?)",
                 (final, key.to_openssh_line(), key.fingerprint(), valid_after, now_utc()))
    audit.append(conn, "signer_trusted", key.fingerprint())


def _rotate(conn: Connection, data: dict[str, Any]) -> None:
    card_bytes = base64.b64decode(str(data["card"]), validate=True)
    card = parse_card(card_bytes)
    signing = SigningKey.from_bytes(base64.b64decode(str(data["signing_seed"]), validate=True))
    age_id = X25519Identity.from_string(str(data["age_identity"]))
    if signing.public_key() != card.signing_key or age_id.recipient != card.recipient:
        raise ValueError("keys")
    own = keys.identity(conn)
    if own.recipient == age_id.recipient:
        return
    store.retire(conn, own.age_identity)
    store.replace_identity(conn, signing, age_id)
    keys.set_own_organisation(conn, card, card_bytes)
    audit.append(conn, "organisation_key_rotated", card.fingerprint())


# -- sync -------------------------------------------------------------------------------


@dataclass(slots=True)
class SyncReport:
    events_read: int = 0
    events_applied: int = 0
    events_refused: int = 0
    incomplete: int = 0  # files whose bytes do not match their name yet (still copying)
    unreadable: int = 0  # not for this desk's keys (e.g. a key sent to other members)
    bad_files: int = 0
    imported: int = 0
    waiting: int = 0  # bundles from senders not pinned yet: imported once a pin arrives
    refused_bundles: int = 0
    cases_removed: int = 0
    written: int = 0
    items: list[Any] = field(default_factory=list)


SyncProgress = Callable[[str, int, int], None]


def sync(vault: Vault, *, progress: SyncProgress | None = None,
         cancel: threading.Event | None = None) -> SyncReport:
    """Apply every new event of journal/, import every new bundle of inbox/, apply the
    events again (a pin may have let bundles in), remove the cases the team removed."""
    desk = _desk(vault)
    if desk.team_id is None or desk.folder is None:
        raise TeamError("no_folder")
    folder = Path(desk.folder)
    if not (folder / JOURNAL).is_dir():
        raise TeamError("folder_missing", str(folder))
    report = SyncReport()
    report.written = flush(vault)
    _read_journal(vault, folder, report, progress)
    _import_inbox(vault, folder, report, progress, cancel)
    report.cases_removed = _remove_cases(vault)
    report.events_refused = store.event_count(vault.conn).get("refused", 0)
    return report


def _read_journal(vault: Vault, folder: Path, report: SyncReport,
                  progress: SyncProgress | None) -> None:
    seen = store.files_seen(vault.conn, JOURNAL + "/")
    todo: list[tuple[str, Path, os.stat_result]] = []
    with os.scandir(folder / JOURNAL) as entries:
        for entry in entries:
            if not _EVENT_NAME.fullmatch(entry.name) or not entry.is_file(follow_symlinks=False):
                continue
            st = entry.stat(follow_symlinks=False)
            key = f"{JOURNAL}/{entry.name}"
            if key in seen and seen[key][0] == st.st_size:
                continue
            todo.append((key, Path(entry.path), st))
    desk = store.desk(vault.conn)
    assert desk is not None
    identities = _identities(vault.conn, desk)
    with transaction(vault.conn) as conn:
        for n, (key, path, st) in enumerate(todo):
            if progress is not None and n % 200 == 0:
                progress("journal", n, len(todo))
            outcome = _read_event(conn, path, identities, report)
            if outcome is not None:
                store.file_seen(conn, key, st.st_size, st.st_mtime_ns, outcome)
        applied = _apply_new(conn, desk)
        report.events_applied += applied
        # a rotation applied above gives keys that open events read before it
        if applied and len(_identities(conn, desk)) != len(identities):
            identities = _identities(conn, desk)
            for key, path, st in todo:
                if key not in store.files_seen(conn, key):
                    outcome = _read_event(conn, path, identities, report)
                    if outcome is not None:
                        store.file_seen(conn, key, st.st_size, st.st_mtime_ns, outcome)
            report.events_applied += _apply_new(conn, desk)


def _identities(conn: Connection, desk: store.Desk) -> list[X25519Identity]:
    return [keys.identity(conn).age_identity, *store.retired_identities(conn),
            desk.age_identity]


def _read_event(conn: Connection, path: Path, identities: Sequence[X25519Identity],
                report: SyncReport) -> str | None:
    """Read one journal file; the outcome to remember, or None to look again next time."""
    try:
        with path.open("rb") as fh:
            data = fh.read(teamevent.MAX_FILE_BYTES + 1)
    except OSError:
        report.incomplete += 1
        return None
    if hashlib.sha256(data).hexdigest() + EVENT_SUFFIX != path.name:
        report.incomplete += 1  # still being copied, or damaged: looked at again later
        return None
    try:
        opened = teamevent.open_event(data, identities)
        parsed = rules.decode(opened.body)
    except TeamEventError as err:
        if err.reason == "not_for_us":
            report.unreadable += 1
            return None
        report.bad_files += 1
        return f"refused:{err.reason}"
    except EventInvalid as err:
        report.bad_files += 1
        return f"refused:{err.where}"
    if not store.has_event(conn, opened.id):
        store.add_event(conn, store.StoredEvent(
            opened.id, parsed.lamport, opened.signer.fingerprint(),
            opened.signer.to_openssh_line(), parsed.prev, parsed.kind.value, parsed.at,
            opened.body.decode("utf-8"), "new", True))
        report.events_read += 1
    return "read"


def _import_inbox(vault: Vault, folder: Path, report: SyncReport,
                  progress: SyncProgress | None, cancel: threading.Event | None) -> None:
    from app.services import coordinator, inbox

    inbox_dir = folder / INBOX
    if not inbox_dir.is_dir():
        return
    seen = store.files_seen(vault.conn, INBOX + "/")
    todo: list[tuple[str, Path, os.stat_result]] = []
    with os.scandir(inbox_dir) as entries:
        for entry in entries:
            if not entry.name.endswith(coordinator.BUNDLE_SUFFIX) or entry.name.startswith(
                    ".") or not entry.is_file(follow_symlinks=False):
                continue
            st = entry.stat(follow_symlinks=False)
            key = f"{INBOX}/{entry.name}"
            old = seen.get(key)
            if old is not None and old[:2] == (st.st_size, st.st_mtime_ns):
                continue
            todo.append((key, Path(entry.path), st))
    todo.sort()
    for n, (key, path, st) in enumerate(todo[:MAX_BUNDLES_PER_SYNC]):
        if cancel is not None and cancel.is_set():
            break
        if progress is not None:
            progress("inbox", n, len(todo))
        item = coordinator.import_one(vault, path, cancel=cancel)
        report.items.append(item)
        kind = str(item.kind)
        if item.kind in (bundle_import.Outcome.IMPORTED,):
            report.imported += 1
        elif item.kind is bundle_import.Outcome.UNKNOWN_SIGNER:
            report.waiting += 1
        elif kind not in ("duplicate",):
            report.refused_bundles += 1
        if item.kind in (bundle_import.Outcome.UNKNOWN_SIGNER, bundle_import.Outcome.CANCELLED,
                         bundle_import.Outcome.UNREADABLE, bundle_import.Outcome.FAILED):
            continue  # looked at again at the next sync
        with transaction(vault.conn) as conn:
            store.file_seen(conn, key, st.st_size, st.st_mtime_ns, kind)
    if report.items:
        inbox.record_batch(vault, [i for i in report.items
                                   if i.kind is not bundle_import.Outcome.UNKNOWN_SIGNER])


def _remove_cases(vault: Vault) -> int:
    gone = 0
    for case_id in sorted(store.removed_cases(vault.conn)):
        if case_store.exists(vault.conn, case_id):
            removed = case_store.delete(vault.conn, case_id)  # type: ignore[arg-type]
            blobs.remove_files(vault.blobs_dir, removed)
            gone += 1
    return gone


# -- what coordinators decide -----------------------------------------------------------


def in_team(vault: Vault) -> bool:
    desk = store.desk(vault.conn)
    return desk is not None and desk.team_id is not None


def triage(vault: Vault, case_key: str, *, status: str | None = None,
           assign: str | None = None, tags: Iterable[str] = (), untags: Iterable[str] = (),
           note: str | None = None) -> list[str]:
    """Record what a coordinator decided about a received case, as events (shared with
    the team when this desk has one); returns their ids."""
    case_id = case_store.resolve(vault.conn, case_key)
    desk = _desk(vault)
    wanted: list[tuple[Kind, dict[str, Any]]] = []
    if status is not None:
        wanted.append((Kind.STATUS, {"case": case_id, "value": status}))
    if assign is not None:
        wanted.append((Kind.ASSIGN, {"case": case_id, "value": " ".join(assign.split())}))
    for tag in tags:
        wanted.append((Kind.TAG, {"case": case_id, "tag": _tag(tag), "on": True}))
    for tag in untags:
        wanted.append((Kind.TAG, {"case": case_id, "tag": _tag(tag), "on": False}))
    if note is not None:
        if not note.strip():
            raise TeamError("bad_value", "data.text")
        wanted.append((Kind.NOTE, {"case": case_id, "text": note}))
    if not wanted:
        raise TeamError("nothing_to_do")
    with transaction(vault.conn) as conn:
        made = [_new_event(conn, desk, kind, data) for kind, data in wanted]
    flush(vault)
    return made


def read_note(path: Path) -> str:
    """A note from a UTF-8 text file (the CLI's --note-file)."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(rules.MAX_NOTE_CHARS * 4 + 1)
    except OSError as err:
        raise TeamError("unreadable", str(path)) from err
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise TeamError("bad_value", "data.text") from None
    if len(raw) > rules.MAX_NOTE_CHARS * 4 or len(text) > rules.MAX_NOTE_CHARS:
        raise TeamError("bad_value", "data.text")
    return text


def _tag(tag: str) -> str:
    try:
        return rules.clean_tag(tag)
    except EventInvalid:
        raise TeamError("bad_value", "data.tag") from None


def remove_case(vault: Vault, case_key: str) -> str:
    """Remove a case from the archive on every desk (and here, now)."""
    case_id = case_store.resolve(vault.conn, case_key)
    event_id = _write(vault, Kind.REMOVE_CASE, {"case": case_id})
    _remove_cases(vault)
    return event_id


def receipt_issued(vault: Vault, bundle_id: str) -> str | None:
    """Tell the team a receipt was issued for `bundle_id` (nothing without a team)."""
    if not in_team(vault):
        return None
    return _write(vault, Kind.RECEIPT, {"bundle": bundle_id})


def sender_pinned(vault: Vault, key_line: str, name: str, valid_after: str | None) -> None:
    if in_team(vault):
        _write(vault, Kind.PIN, {"key": key_line, "name": name, "valid_after": valid_after})


def sender_ended(vault: Vault, key_line: str, at: str) -> None:
    if in_team(vault):
        _write(vault, Kind.END_SENDER, {"key": key_line, "at": at})


@dataclass(frozen=True, slots=True)
class Change:
    event_id: str
    field: str  # status, assignee, tag, untag, note, removed
    value: str
    author: str  # the member's name (or fingerprint when unknown)
    at: str
    current: bool  # the value the case has now (False: overridden, e.g. a lost conflict)
    conflict: bool  # made at the same time as another change of the same field


@dataclass(frozen=True, slots=True)
class CaseTriage:
    case_id: str
    status: str
    assignee: str
    tags: tuple[str, ...]
    notes: tuple[Change, ...]
    history: tuple[Change, ...]
    receipts: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        def change(c: Change) -> dict[str, Any]:
            return {"field": c.field, "value": c.value, "by": c.author, "at": c.at,
                    "current": c.current, "conflict": c.conflict, "event": c.event_id}
        return {"status": self.status, "assignee": self.assignee, "tags": list(self.tags),
                "notes": [{"text": n.value, "by": n.author, "at": n.at} for n in self.notes],
                "history": [change(c) for c in self.history]}


def case_triage(vault: Vault, case_id: str) -> CaseTriage:
    conn = vault.conn
    names = {m.fingerprint: m.name for m in store.members(conn)}
    desk = store.desk(conn)
    if desk is not None:
        names.setdefault(desk.signing_key.public_key().fingerprint(), desk.member_name)
    current = store.fields(conn, case_id)
    rows = store.history(conn, case_id)
    lamports: dict[tuple[str, int], int] = {}
    for _, fld, _, _, _, lamport in rows:
        lamports[(fld, lamport)] = lamports.get((fld, lamport), 0) + 1
    history = []
    for event_id, fld, value, author, at, lamport in rows:
        key = "assignee" if fld == "assignee" else fld
        is_current = (current.get(key, ("", ""))[1] == event_id) if key in (
            "status", "assignee") else True
        history.append(Change(event_id, fld, value, names.get(author, author), at, is_current,
                              fld in ("status", "assignee") and lamports[(fld, lamport)] > 1))
    return CaseTriage(
        case_id, current.get("status", (rules.Status.NEW.value, ""))[0],
        current.get("assignee", ("", ""))[0], tuple(store.tags(conn, case_id)),
        tuple(c for c in history if c.field == "note"), tuple(history))


def canonical_dump(vault: Vault) -> list[tuple[object, ...]]:
    """What the team's events decided here, for comparing desks (tests, `team check`)."""
    return store.canonical_dump(vault.conn)
