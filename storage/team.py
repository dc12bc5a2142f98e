"""The shared desk's tables (migration 0010, docs/team.md): this desk's member key, the
events read or written, the shared folder's files already dealt with, and what the applied
events decided. The rules (which event is valid, what it changes) live in
app.services.team; this module only reads and writes rows."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from crypto.age import X25519Identity
from crypto.identity import SigningKey
from storage.db import Connection
from storage.timeutil import now_utc

DERIVED = ("team_members", "triage", "triage_tags", "triage_history", "team_receipts",
           "team_removed_cases", "team_pins", "team_org_key", "team_key_holders")


@dataclass(frozen=True, slots=True)
class Desk:
    member_name: str
    signing_key: SigningKey
    age_identity: X25519Identity
    team_id: str | None
    folder: str | None


@dataclass(frozen=True, slots=True)
class StoredEvent:
    id: str
    lamport: int
    author: str
    key_line: str
    prev: str | None
    kind: str
    at: str
    body: str
    state: str
    written: bool


@dataclass(frozen=True, slots=True)
class Member:
    fingerprint: str
    name: str
    key_line: str
    recipient: str
    added_by: str
    added_at: str
    removed_by: str | None
    removed_at: str | None
    head: str | None

    @property
    def active(self) -> bool:
        return self.removed_by is None


def desk(conn: Connection) -> Desk | None:
    row = conn.execute("SELECT member_name, signing_seed, age_identity, team_id, folder "
                       "FROM team WHERE singleton = 1").fetchone()
    if row is None:
        return None
    return Desk(str(row[0]), SigningKey.from_bytes(bytes(row[1])),
                X25519Identity.from_string(str(row[2])),
                None if row[3] is None else str(row[3]), None if row[4] is None else str(row[4]))


def create_desk(conn: Connection, name: str) -> Desk:
    key, ident = SigningKey.generate(), X25519Identity.generate()
    conn.execute("INSERT INTO team (singleton, member_name, signing_seed, age_identity, "
                 "created_at) VALUES (1, ?, ?, ?, ?)",
                 (name, key.to_bytes(), ident.to_string(), now_utc()))
    found = desk(conn)
    assert found is not None
    return found


def set_desk(conn: Connection, *, name: str | None = None, team_id: str | None = None,
             folder: str | None = None) -> None:
    if name is not None:
        conn.execute("UPDATE team SET member_name = ? WHERE singleton = 1", (name,))
    if team_id is not None:
        conn.execute("UPDATE team SET team_id = ? WHERE singleton = 1", (team_id,))
    if folder is not None:
        conn.execute("UPDATE team SET folder = ? WHERE singleton = 1", (folder,))


# -- events -----------------------------------------------------------------------------

_EVENT_COLUMNS = "id, lamport, author, key_line, prev, kind, at, body, state, written"


def _event(row: tuple[object, ...]) -> StoredEvent:
    return StoredEvent(str(row[0]), int(row[1]),  # type: ignore[call-overload]
                       str(row[2]), str(row[3]), None if row[4] is None else str(row[4]),
                       str(row[5]), str(row[6]), str(row[7]), str(row[8]), bool(row[9]))


def has_event(conn: Connection, event_id: str) -> bool:
    return conn.execute("SELECT 1 FROM team_events WHERE id = ?", (event_id,)).fetchone() \
        is not None


def add_event(conn: Connection, event: StoredEvent) -> bool:
    """Store `event` unless an event with its id is stored already; whether it was new."""
    cur = conn.execute(f"INSERT OR IGNORE INTO team_events ({_EVENT_COLUMNS}) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (event.id, event.lamport, event.author, event.key_line, event.prev,
                        event.kind, event.at, event.body, event.state, int(event.written)))
    return cur.rowcount == 1


def events(conn: Connection, *, state: str | None = None,
           written: bool | None = None) -> list[StoredEvent]:
    where: list[str] = []
    args: list[object] = []
    if state is not None:
        where.append("state = ?")
        args.append(state)
    if written is not None:
        where.append("written = ?")
        args.append(int(written))
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    rows = conn.execute(f"SELECT {_EVENT_COLUMNS} FROM team_events {clause} "
                        "ORDER BY lamport, id", args).fetchall()
    return [_event(tuple(r)) for r in rows]


def get_event(conn: Connection, event_id: str) -> StoredEvent | None:
    row = conn.execute(f"SELECT {_EVENT_COLUMNS} FROM team_events WHERE id = ?",
                       (event_id,)).fetchone()
    return None if row is None else _event(tuple(row))


def set_state(conn: Connection, event_id: str, state: str) -> None:
    conn.execute("UPDATE team_events SET state = ? WHERE id = ?", (state, event_id))


def set_states(conn: Connection, states: Iterable[tuple[str, str]]) -> None:
    """`set_state` for many (state, event id) pairs, in one statement."""
    conn.executemany("UPDATE team_events SET state = ? WHERE id = ?", states)


def mark_written(conn: Connection, event_id: str) -> None:
    conn.execute("UPDATE team_events SET written = 1 WHERE id = ?", (event_id,))


def max_lamport(conn: Connection) -> int:
    """The highest Lamport number of an applied event (refused ones, e.g. a stranger's
    huge number, never push this desk's clock)."""
    row = conn.execute("SELECT max(lamport) FROM team_events WHERE state = 'applied'").fetchone()
    return -1 if row is None or row[0] is None else int(row[0])


def last_applied(conn: Connection) -> tuple[int, str] | None:
    row = conn.execute("SELECT lamport, id FROM team_events WHERE state != 'new' "
                       "ORDER BY lamport DESC, id DESC LIMIT 1").fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def last_by(conn: Connection, author: str) -> str | None:
    """The id of the latest event `author` wrote (the `prev` of its next one)."""
    row = conn.execute("SELECT id FROM team_events WHERE author = ? ORDER BY lamport DESC, "
                       "id DESC LIMIT 1", (author,)).fetchone()
    return None if row is None else str(row[0])


def prev_map(conn: Connection, author: str) -> dict[str, str | None]:
    rows = conn.execute("SELECT id, prev FROM team_events WHERE author = ?", (author,))
    return {str(r[0]): None if r[1] is None else str(r[1]) for r in rows}


def reset_derived(conn: Connection) -> None:
    for table in DERIVED:
        conn.execute(f"DELETE FROM {table}")
    conn.execute("UPDATE team_events SET state = 'new' WHERE state != 'new'")


def event_count(conn: Connection) -> dict[str, int]:
    rows = conn.execute("SELECT state, count(*) FROM team_events GROUP BY state")
    return {str(r[0]): int(r[1]) for r in rows}


# -- files of the shared folder --------------------------------------------------------


def files_seen(conn: Connection, prefix: str) -> dict[str, tuple[int, int, str]]:
    rows = conn.execute("SELECT name, size, mtime_ns, outcome FROM team_files "
                        "WHERE name >= ? AND name < ?", (prefix, prefix + "\uffff"))
    return {str(r[0]): (int(r[1]), int(r[2]), str(r[3])) for r in rows}


_FILE_SEEN = ("INSERT INTO team_files (name, size, mtime_ns, outcome) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (name) DO UPDATE SET size = excluded.size, "
              "mtime_ns = excluded.mtime_ns, outcome = excluded.outcome")


def file_seen(conn: Connection, name: str, size: int, mtime_ns: int, outcome: str) -> None:
    conn.execute(_FILE_SEEN, (name, size, mtime_ns, outcome))


def files_seen_many(conn: Connection, rows: Iterable[tuple[str, int, int, str]]) -> None:
    """`file_seen` for many (name, size, mtime_ns, outcome) rows, in one statement."""
    conn.executemany(_FILE_SEEN, rows)


# -- members ---------------------------------------------------------------------------

_MEMBER_COLUMNS = ("fingerprint, name, key_line, recipient, added_by, added_at, removed_by, "
                   "removed_at, head")


def _member(row: tuple[object, ...]) -> Member:
    def opt(v: object) -> str | None:
        return None if v is None else str(v)
    return Member(str(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]),
                  str(row[5]), opt(row[6]), opt(row[7]), opt(row[8]))


def members(conn: Connection) -> list[Member]:
    rows = conn.execute(f"SELECT {_MEMBER_COLUMNS} FROM team_members ORDER BY added_at, name")
    return [_member(tuple(r)) for r in rows]


def member(conn: Connection, fingerprint: str) -> Member | None:
    row = conn.execute(f"SELECT {_MEMBER_COLUMNS} FROM team_members WHERE fingerprint = ?",
                       (fingerprint,)).fetchone()
    return None if row is None else _member(tuple(row))


def add_member(conn: Connection, fingerprint: str, name: str, key_line: str, recipient: str,
               event_id: str, at: str) -> None:
    conn.execute(f"INSERT OR IGNORE INTO team_members ({_MEMBER_COLUMNS}) "
                 "VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, NULL)",
                 (fingerprint, name, key_line, recipient, event_id, at))


def remove_member(conn: Connection, fingerprint: str, event_id: str, at: str,
                  head: str | None) -> None:
    conn.execute("UPDATE team_members SET removed_by = ?, removed_at = ?, head = ? "
                 "WHERE fingerprint = ? AND removed_by IS NULL",
                 (event_id, at, head, fingerprint))


# -- triage ----------------------------------------------------------------------------


def set_field(conn: Connection, case_id: str, field: str, value: str, event_id: str) -> None:
    conn.execute("INSERT INTO triage (case_id, field, value, event) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (case_id, field) DO UPDATE SET value = excluded.value, "
                 "event = excluded.event", (case_id, field, value, event_id))


def set_tag(conn: Connection, case_id: str, tag: str, present: bool, event_id: str) -> None:
    conn.execute("INSERT INTO triage_tags (case_id, tag, present, event) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (case_id, tag) DO UPDATE SET present = excluded.present, "
                 "event = excluded.event", (case_id, tag, int(present), event_id))


def add_history(conn: Connection, case_id: str, event_id: str, field: str, value: str) -> None:
    conn.execute("INSERT INTO triage_history (case_id, event, field, value) VALUES (?, ?, ?, ?)",
                 (case_id, event_id, field, value))


def triage_of(conn: Connection, case_ids: Iterable[str]) -> dict[str, dict[str, str]]:
    """The status and assignee recorded for each of `case_ids` (only those with any), in one
    statement: {case id: {field: value}} (the case list reads a page of 200 at once)."""
    rows = conn.execute(
        "SELECT case_id, field, value FROM triage WHERE case_id IN "
        "(SELECT value FROM json_each(?))", (json.dumps(list(case_ids)),))
    found: dict[str, dict[str, str]] = {}
    for case_id, fld, value in rows:
        found.setdefault(str(case_id), {})[str(fld)] = str(value)
    return found


def desk_name(conn: Connection) -> str | None:
    """This desk's member name, None before it has a member key."""
    row = conn.execute("SELECT member_name FROM team WHERE singleton = 1").fetchone()
    return None if row is None else str(row[0])


def fields(conn: Connection, case_id: str) -> dict[str, tuple[str, str]]:
    rows = conn.execute("SELECT field, value, event FROM triage WHERE case_id = ?", (case_id,))
    return {str(r[0]): (str(r[1]), str(r[2])) for r in rows}


def tags(conn: Connection, case_id: str) -> list[str]:
    rows = conn.execute("SELECT tag FROM triage_tags WHERE case_id = ? AND present = 1 "
                        "ORDER BY tag", (case_id,))
    return [str(r[0]) for r in rows]


def history(conn: Connection, case_id: str) -> list[tuple[str, str, str, str, str, int]]:
    """(event id, field, value, author fingerprint, author's time, lamport) in applied order."""
    rows = conn.execute(
        "SELECT h.event, h.field, h.value, e.author, e.at, e.lamport FROM triage_history h "
        "JOIN team_events e ON e.id = h.event WHERE h.case_id = ? ORDER BY h.seq", (case_id,))
    return [(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), int(r[5])) for r in rows]


def add_receipt(conn: Connection, bundle_id: str, event_id: str) -> None:
    conn.execute("INSERT OR IGNORE INTO team_receipts (bundle_id, event) VALUES (?, ?)",
                 (bundle_id, event_id))


def receipt(conn: Connection, bundle_id: str) -> str | None:
    row = conn.execute("SELECT event FROM team_receipts WHERE bundle_id = ?",
                       (bundle_id,)).fetchone()
    return None if row is None else str(row[0])


def add_removed_case(conn: Connection, case_id: str, event_id: str) -> None:
    conn.execute("INSERT OR IGNORE INTO team_removed_cases (case_id, event) VALUES (?, ?)",
                 (case_id, event_id))


def removed_cases(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT case_id FROM team_removed_cases")}


# -- organisation keys -----------------------------------------------------------------


def retired_identities(conn: Connection) -> list[X25519Identity]:
    rows = conn.execute("SELECT age_identity FROM org_keys_retired ORDER BY retired_at")
    return [X25519Identity.from_string(str(r[0])) for r in rows]


def retire(conn: Connection, identity: X25519Identity) -> None:
    conn.execute("INSERT OR IGNORE INTO org_keys_retired (recipient, age_identity, retired_at) "
                 "VALUES (?, ?, ?)",
                 (identity.recipient.to_string(), identity.to_string(), now_utc()))


def replace_identity(conn: Connection, signing_key: SigningKey, identity: X25519Identity) -> None:
    """The vault's own identity becomes the organisation's (a join, a rotation)."""
    conn.execute("UPDATE identity SET signing_seed = ?, age_identity = ? WHERE singleton = 1",
                 (signing_key.to_bytes(), identity.to_string()))


def canonical_dump(conn: Connection) -> list[tuple[object, ...]]:
    """What the applied events decided, in a fixed order: equal on desks that converged."""
    out: list[tuple[object, ...]] = []
    for query in (
        "SELECT 'member', fingerprint, name, removed_by, head FROM team_members "
        "ORDER BY fingerprint",
        "SELECT 'field', case_id, field, value, event FROM triage ORDER BY case_id, field",
        "SELECT 'tag', case_id, tag, present, event FROM triage_tags ORDER BY case_id, tag",
        "SELECT 'history', case_id, event, field, value FROM triage_history ORDER BY seq",
        "SELECT 'receipt', bundle_id, event FROM team_receipts ORDER BY bundle_id",
        "SELECT 'removed', case_id, event FROM team_removed_cases ORDER BY case_id",
        "SELECT 'pin', fingerprint, name, valid_after, valid_before FROM team_pins "
        "ORDER BY fingerprint",
        "SELECT 'signer', fingerprint, valid_after, valid_before FROM signers "
        "ORDER BY fingerprint",
        "SELECT 'org', recipient, event FROM team_org_key",
        "SELECT 'own', age_recipient, fingerprint FROM organisations WHERE own = 1",
        "SELECT 'case', id FROM cases ORDER BY id",
        "SELECT 'holder', recipient, member FROM team_key_holders ORDER BY recipient, member",
    ):
        out.extend(tuple(r) for r in conn.execute(query))
    return out



# -- the organisation key and pins the events decided ----------------------------------


@dataclass(frozen=True, slots=True)
class BaseKeys:
    signing_key: SigningKey
    age_identity: X25519Identity
    card: bytes


def set_base(conn: Connection, signing_key: SigningKey, identity: X25519Identity,
             card: bytes) -> None:
    conn.execute("UPDATE team SET base_signing_seed = ?, base_age_identity = ?, base_card = ? "
                 "WHERE singleton = 1", (signing_key.to_bytes(), identity.to_string(), card))


def base(conn: Connection) -> BaseKeys | None:
    row = conn.execute("SELECT base_signing_seed, base_age_identity, base_card FROM team "
                       "WHERE singleton = 1").fetchone()
    if row is None or row[0] is None:
        return None
    return BaseKeys(SigningKey.from_bytes(bytes(row[0])), X25519Identity.from_string(str(row[1])),
                    bytes(row[2]))


def set_org_key(conn: Connection, event_id: str, recipient: str) -> None:
    conn.execute("INSERT INTO team_org_key (singleton, event, recipient) VALUES (1, ?, ?) "
                 "ON CONFLICT (singleton) DO UPDATE SET event = excluded.event, "
                 "recipient = excluded.recipient", (event_id, recipient))


def org_key_event(conn: Connection) -> str | None:
    row = conn.execute("SELECT event FROM team_org_key WHERE singleton = 1").fetchone()
    return None if row is None else str(row[0])


def add_holder(conn: Connection, recipient: str, member: str) -> None:
    conn.execute("INSERT OR IGNORE INTO team_key_holders (recipient, member) VALUES (?, ?)",
                 (recipient, member))


def holders(conn: Connection, recipient: str) -> set[str]:
    rows = conn.execute("SELECT member FROM team_key_holders WHERE recipient = ?", (recipient,))
    return {str(r[0]) for r in rows}


def set_pin(conn: Connection, fingerprint: str, key_line: str, name: str,
            valid_after: str | None, event_id: str) -> None:
    conn.execute("INSERT INTO team_pins (fingerprint, key_line, name, valid_after, valid_before, "
                 "event) VALUES (?, ?, ?, ?, NULL, ?) ON CONFLICT (fingerprint) DO UPDATE SET "
                 "name = excluded.name, valid_after = excluded.valid_after, "
                 "event = excluded.event",
                 (fingerprint, key_line, name, valid_after, event_id))


def end_pin(conn: Connection, fingerprint: str, at: str | None) -> None:
    conn.execute("UPDATE team_pins SET valid_before = ? WHERE fingerprint = ?",
                 (at, fingerprint))


def pins(conn: Connection) -> list[tuple[str, str, str, str | None, str | None]]:
    rows = conn.execute("SELECT fingerprint, key_line, name, valid_after, valid_before "
                        "FROM team_pins ORDER BY fingerprint")
    return [(str(r[0]), str(r[1]), str(r[2]), None if r[3] is None else str(r[3]),
             None if r[4] is None else str(r[4])) for r in rows]


def pinned_by_team(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT fingerprint FROM team_pinned")}


def mark_pinned_by_team(conn: Connection, fingerprint: str, pinned: bool) -> None:
    if pinned:
        conn.execute("INSERT OR IGNORE INTO team_pinned (fingerprint) VALUES (?)", (fingerprint,))
    else:
        conn.execute("DELETE FROM team_pinned WHERE fingerprint = ?", (fingerprint,))


def applied_heads(conn: Connection) -> dict[str, int]:
    """Each author's highest applied Lamport number."""
    rows = conn.execute("SELECT author, max(lamport) FROM team_events WHERE state = 'applied' "
                        "GROUP BY author")
    return {str(r[0]): int(r[1]) for r in rows}


def removed_case_events(conn: Connection) -> list[tuple[str, str, int]]:
    """(case id, author, lamport) of each applied removal."""
    rows = conn.execute("SELECT r.case_id, e.author, e.lamport FROM team_removed_cases r "
                        "JOIN team_events e ON e.id = r.event ORDER BY r.case_id")
    return [(str(r[0]), str(r[1]), int(r[2])) for r in rows]


# -- the signers table, as the team's pins make it -------------------------------------


def applied_bodies(conn: Connection, kind: str, *, but: str | None) -> list[str]:
    rows = conn.execute("SELECT body FROM team_events WHERE state = 'applied' AND kind = ? "
                        "AND id IS NOT ? ORDER BY lamport, id", (kind, but))
    return [str(r[0]) for r in rows]


def signer_names(conn: Connection) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in conn.execute("SELECT fingerprint, name FROM signers")}


def signer_times(conn: Connection) -> list[str]:
    """One line per pinned signer: its fingerprint and validity (what a wait depends on)."""
    rows = conn.execute("SELECT fingerprint || ' ' || coalesce(valid_after, '') || ' ' || "
                        "coalesce(valid_before, '') FROM signers ORDER BY fingerprint")
    return [str(r[0]) for r in rows]


def pin_signer(conn: Connection, name: str, key_line: str, fingerprint: str,
               valid_after: str | None, valid_before: str | None) -> None:
    conn.execute("INSERT INTO signers (name, public_key, fingerprint, valid_after, "
                 "valid_before, trusted_at) VALUES (?, ?, ?, ?, ?, ?)",
                 (name, key_line, fingerprint, valid_after, valid_before, now_utc()))


def unpin_signer(conn: Connection, fingerprint: str) -> None:
    conn.execute("DELETE FROM signers WHERE fingerprint = ?", (fingerprint,))


def set_signer_times(conn: Connection, fingerprint: str, valid_after: str | None,
                     valid_before: str | None) -> None:
    conn.execute("UPDATE signers SET valid_after = ?, valid_before = ? WHERE fingerprint = ? "
                 "AND (valid_after IS NOT ? OR valid_before IS NOT ?)",
                 (valid_after, valid_before, fingerprint, valid_after, valid_before))
