"""Writing events and applying them, in the order of app.domain.team: the rules of who
may write what, and what each event changes (docs/team.md)."""


from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain import team as rules
from app.domain.team import Event, EventInvalid, Kind
from app.services.errors import TeamError
from app.services.team.desk import EVENT_SUFFIX, JOURNAL, _desk
from crypto import teamevent
from crypto.age import X25519Identity, X25519Recipient
from crypto.errors import AgeKeyError, CardError, IdentityError
from crypto.identity import PublicKey, SigningKey
from crypto.orgcard import parse_card
from storage import audit, fsio, keys
from storage import team as store
from storage.db import Connection, transaction
from storage.timeutil import now_utc
from storage.vault import Vault


def _new_event(conn: Connection, desk: store.Desk, kind: Kind, data: dict[str, Any], *,
               lamport: int | None = None) -> str:
    """Sign and store one event (not yet in journal/) and apply what follows from it; runs
    inside the caller's transaction."""
    author = desk.signing_key.public_key()
    event = Event(desk.team_id or "", kind,
                  max(store.max_lamport(conn), 0) + 1 if lamport is None else lamport,
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


def _recipients_for(conn: Connection, event: store.StoredEvent) -> list[X25519Recipient]:
    if event.kind == Kind.ORG_KEY:  # a key goes only to the members it names
        to = set(rules.decode(event.body.encode("utf-8")).data["to"])
        return [X25519Recipient.from_string(m.recipient) for m in store.members(conn)
                if m.fingerprint in to]
    return [keys.identity(conn).recipient]


def flush(vault: Vault) -> int:
    """Write every event of this desk not yet in journal/ (those made before the folder was
    named, or when writing failed); return how many were written. Each file is durable when
    written; which were written is recorded in one transaction per batch (a crash in
    between writes an event again, sealed anew: a duplicate every desk drops by its id)."""
    desk = store.desk(vault.conn)
    if desk is None or desk.folder is None or desk.team_id is None:
        return 0
    journal = Path(desk.folder) / JOURNAL
    own = desk.signing_key.public_key().fingerprint()
    pending = [e for e in store.events(vault.conn, written=False)
               if e.author == own and e.state != "refused"]
    written = 0
    for start in range(0, len(pending), _FLUSH_BATCH):
        done: list[tuple[str, str, int]] = []
        try:
            for event in pending[start:start + _FLUSH_BATCH]:
                data = teamevent.seal_event(event.body.encode("utf-8"), desk.signing_key,
                                            _recipients_for(vault.conn, event))
                name = hashlib.sha256(data).hexdigest() + EVENT_SUFFIX
                try:
                    fsio.write_atomic(journal / name, data, replace=True)
                except OSError as err:
                    raise TeamError("folder_unwritable", str(journal)) from err
                done.append((event.id, name, len(data)))
        finally:
            if done:
                with transaction(vault.conn) as conn:
                    for event_id, name, size in done:
                        store.mark_written(conn, event_id)
                        store.file_seen(conn, f"{JOURNAL}/{name}", size, 0, "written")
        written += len(done)
    return written


_FLUSH_BATCH = 500


def _write(vault: Vault, kind: Kind, data: dict[str, Any]) -> str:
    desk = _desk(vault)
    with transaction(vault.conn) as conn:
        event_id = _new_event(conn, desk, kind, data)
    flush(vault)
    return event_id


@dataclass(slots=True)
class _Chains:
    """Which events of removed members stay valid: those on the member's chain of `prev`
    links ending at the head its remover had applied, wherever they sort (an event the
    removed desk wrote later may carry a low Lamport number). `removals` are the heads
    known before the pass starts (from the previous pass of a rebuild)."""

    conn: Connection
    removals: dict[str, str | None] = field(default_factory=dict)
    cache: dict[str, set[str]] = field(default_factory=dict)
    # store.member per author, read once per pass (cleared when a membership event applies)
    members: dict[str, store.Member | None] = field(default_factory=dict)

    def member(self, fingerprint: str) -> store.Member | None:
        if fingerprint not in self.members:
            self.members[fingerprint] = store.member(self.conn, fingerprint)
        return self.members[fingerprint]

    def allows(self, member: store.Member, event_id: str) -> bool:
        if member.fingerprint in self.removals:
            head = self.removals[member.fingerprint]
        elif member.removed_by is not None:
            head = member.head
        else:
            return True
        chain = self.cache.get(member.fingerprint)
        if chain is None:
            prevs = store.prev_map(self.conn, member.fingerprint)
            chain, at = set(), head
            while at is not None and at not in chain:
                chain.add(at)
                at = prevs.get(at)
            self.cache[member.fingerprint] = chain
        return event_id in chain


def _apply_new(conn: Connection, desk: store.Desk,
               decoded: dict[str, Event] | None = None) -> int:
    """Apply the stored events not applied yet, in order; rebuild everything instead when
    one sorts before an event already applied, or changes who is in the team (a removal
    refuses events of the removed member that were applied before it arrived). Events by
    keys that are no member are refused without a rebuild: a membership event that makes
    them a member later rebuilds anyway. `decoded`: the bodies already decoded, by id (the
    events read from journal/ just now), filled with those decoded here."""
    pending = store.events(conn, state="new")
    if not pending:
        return 0
    last = store.last_applied(conn)
    known = {m.fingerprint for m in store.members(conn)}
    founder = _founder(conn, desk)
    own = desk.signing_key.public_key().fingerprint()
    relevant = []
    refused = []
    for event in pending:
        if event.author in known or event.author in (founder, own) or event.id == desk.team_id:
            relevant.append(event)
        else:
            refused.append(("refused", event.id))
    store.set_states(conn, refused)
    if not relevant:
        return len(pending)
    if (last is not None and (relevant[0].lamport, relevant[0].id) < last) or any(
            e.kind in rules.MEMBERSHIP for e in relevant):
        return _rebuild(conn, desk, decoded)
    chains = _Chains(conn, _removal_heads(conn))
    decoded = {} if decoded is None else decoded
    store.set_states(conn, [(_apply_one(conn, desk, event, chains, decoded), event.id)
                            for event in relevant])
    _materialise(conn)
    return len(pending)


def _removal_heads(conn: Connection) -> dict[str, str | None]:
    return {m.fingerprint: m.head for m in store.members(conn) if m.removed_by is not None}


def _rebuild(conn: Connection, desk: store.Desk,
             decoded: dict[str, Event] | None = None) -> int:
    """Apply every event again from the start, in order, until the removals it finds are
    the ones it started with (a removal found late refuses events of that member that
    sorted before it): the same event set gives the same state on every desk. Then make
    the vault match: the organisation key and the pinned researchers the events chose."""
    removals: dict[str, str | None] = {}
    everything = store.events(conn)
    decoded = {} if decoded is None else decoded
    states: list[tuple[str, str]] = []
    for _ in range(len(everything) + 1):  # each pass adds a removal or ends: it ends
        store.reset_derived(conn)
        chains = _Chains(conn, removals)
        # no state is read during a pass: the last pass's are stored once, below
        states = [(_apply_one(conn, desk, event, chains, decoded), event.id)
                  for event in everything]
        found = _removal_heads(conn)
        if found == removals:
            break
        removals = found
    store.set_states(conn, states)
    _materialise(conn)
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
    member = chains.member(event.author)
    if member is None:
        return False
    return chains.allows(member, event.id)


def _founder(conn: Connection, desk: store.Desk) -> str | None:
    founding = store.get_event(conn, desk.team_id or "")
    return None if founding is None else founding.author


def _apply_one(conn: Connection, desk: store.Desk, event: store.StoredEvent,
               chains: _Chains, decoded: dict[str, Event]) -> str:
    """Apply one event; its new state ("applied" or "refused"), for the caller to store."""
    parsed = decoded.get(event.id)
    if parsed is None:
        try:
            parsed = rules.decode(event.body.encode("utf-8"))
        except EventInvalid:
            return "refused"
        decoded[event.id] = parsed  # the id is the body's hash: the same body, decoded
    if not _valid(conn, desk, event, parsed, chains):
        return "refused"
    try:
        _effect(conn, event, parsed.kind, parsed.data)
    except (AgeKeyError, IdentityError, CardError, ValueError, TypeError):
        return "refused"
    finally:
        if parsed.kind in rules.MEMBERSHIP:
            chains.members.clear()
    return "applied"


def _effect(conn: Connection, event: store.StoredEvent, kind: Kind,
            data: dict[str, Any]) -> None:
    """What one valid event changes in the derived tables (nothing outside them: the
    vault follows in _materialise, so a rebuild can undo anything)."""
    match kind:
        case Kind.TEAM | Kind.MEMBER_ADD:
            key = PublicKey.from_openssh_line(str(data["key"]))
            X25519Recipient.from_string(str(data["recipient"]))
            store.add_member(conn, key.fingerprint(), str(data["name"]), key.to_openssh_line(),
                             str(data["recipient"]), event.id, event.at)
            store.add_holder(conn, str(data["org"]), key.fingerprint())
        case Kind.MEMBER_REMOVE:
            store.remove_member(conn, str(data["member"]), event.id, event.at,
                                data["head"])
        case Kind.ORG_KEY:
            _check_org_key(data)
            store.set_org_key(conn, event.id, str(data["recipient"]))
            for member in data["to"]:
                store.add_holder(conn, str(data["recipient"]), str(member))
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
            key = PublicKey.from_openssh_line(str(data["key"]))
            store.set_pin(conn, key.fingerprint(), key.to_openssh_line(), str(data["name"]),
                          data["valid_after"], event.id)
        case Kind.END_SENDER:
            key = PublicKey.from_openssh_line(str(data["key"]))
            store.end_pin(conn, key.fingerprint(), data["at"])


def _check_org_key(data: dict[str, Any]) -> tuple[SigningKey, X25519Identity, bytes]:
    card_bytes = base64.b64decode(str(data["card"]), validate=True)
    card = parse_card(card_bytes)
    signing = SigningKey.from_bytes(base64.b64decode(str(data["signing_seed"]), validate=True))
    age_id = X25519Identity.from_string(str(data["age_identity"]))
    if (signing.public_key() != card.signing_key or age_id.recipient != card.recipient
            or card.recipient.to_string() != data["recipient"]):
        raise ValueError("keys")
    return signing, age_id, card_bytes


def _materialise(conn: Connection) -> None:
    """Make the vault hold what the applied events chose: the organisation key (the last
    valid rotation, else the key this desk founded or joined with; the one replaced is kept
    to open bundles sent to it) and the researchers the team pinned, with the times they
    are valid (pins no valid event makes any more are removed)."""
    base = store.base(conn)
    if base is None:
        return
    chosen = store.org_key_event(conn)
    if chosen is None:
        signing, age_id, card_bytes = base.signing_key, base.age_identity, base.card
    else:
        event = store.get_event(conn, chosen)
        assert event is not None
        signing, age_id, card_bytes = _check_org_key(rules.decode(event.body.encode()).data)
    own = keys.identity(conn)
    if own.recipient != age_id.recipient or own.public_key != signing.public_key():
        store.retire(conn, own.age_identity)
        store.replace_identity(conn, signing, age_id)
        keys.set_own_organisation(conn, parse_card(card_bytes), card_bytes)
        audit.append(conn, "organisation_key_rotated", signing.public_key().fingerprint())
    # every other key a valid rotation handed out (one that lost to a concurrent rotation)
    # still opens what was sent to it: an event sealed to it (the remover's removal), a
    # bundle sent to the card written with it
    for body in store.applied_bodies(conn, Kind.ORG_KEY.value, but=chosen):
        other = X25519Identity.from_string(
            str(rules.decode(str(body).encode("utf-8")).data["age_identity"]))
        if other.recipient != age_id.recipient:
            store.retire(conn, other)
    _materialise_pins(conn)


def _materialise_pins(conn: Connection) -> None:
    wanted = {fp: (line, name, after, before) for fp, line, name, after, before
              in store.pins(conn)}
    by_team = store.pinned_by_team(conn)
    present = store.signer_names(conn)
    for fp in sorted(by_team - set(wanted)):
        store.unpin_signer(conn, fp)
        store.mark_pinned_by_team(conn, fp, pinned=False)
    taken = set(present.values())
    for fp, (line, name, after, before) in sorted(wanted.items()):
        if fp not in present:
            final, n = name, 2
            while final in taken:
                final, n = f"{name} ({n})", n + 1
            taken.add(final)
            store.pin_signer(conn, final, line, fp, after, before)
            store.mark_pinned_by_team(conn, fp, pinned=True)
            audit.append(conn, "signer_trusted", fp)
        else:
            store.set_signer_times(conn, fp, after, before)
