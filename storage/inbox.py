"""The coordinator's Inbox history, inside the encrypted database (migration 0007).

Each bundle file the Inbox read is one entry: when it was read, its outcome, who sent it
(the name this vault knows them by, and the name they gave in the bundle), the case ids it
brought, and whether the coordinator has looked at it yet. Only the file's own name is
kept, never its folder. The entries outlive a lock; "Clear the list" deletes them (the
cases stay).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NewType

from storage.db import Connection, transaction
from storage.timeutil import now_utc

EntryId = NewType("EntryId", int)
MAX_SHOWN = 500  # the newest entries the Inbox lists
_KEPT_NAME = 255  # characters of a file name kept


@dataclass(frozen=True, slots=True)
class NewEntry:
    """What the Inbox learnt about one file."""

    file_name: str
    size: int
    outcome: str
    reason: str
    bundle_id: str | None = None
    sender: str = ""
    sender_gave: str = ""
    fingerprint: str | None = None
    cases: int = 0
    attachments: int = 0


@dataclass(frozen=True, slots=True)
class Entry:
    id: EntryId
    received_at: str  # UTC, "YYYY-MM-DDTHH:MM:SSZ"
    file_name: str
    size: int
    outcome: str
    reason: str
    bundle_id: str | None
    sender: str
    sender_gave: str
    fingerprint: str | None
    cases: int
    attachments: int
    read_at: str | None
    case_ids: tuple[str, ...]

    @property
    def unread(self) -> bool:
        return self.read_at is None


_COLUMNS = ("num, received_at, file_name, size, outcome, reason, bundle_id, sender, "
            "sender_gave, fingerprint, cases, attachments, read_at")
_CASE_OUTCOMES = ("imported", "duplicate")  # entries whose cases are in the vault


def _values(entry: NewEntry, received_at: str) -> tuple[Any, ...]:
    return (received_at, entry.file_name[:_KEPT_NAME], max(0, entry.size), entry.outcome,
            entry.reason, entry.bundle_id, entry.sender, entry.sender_gave,
            entry.fingerprint, max(0, entry.cases), max(0, entry.attachments))


def _link_cases(conn: Connection, num: int, entry: NewEntry) -> None:
    if entry.bundle_id and entry.outcome in _CASE_OUTCOMES:
        conn.execute(
            "INSERT OR IGNORE INTO inbox_cases (entry, case_id) "
            "SELECT ?, case_id FROM bundle_cases WHERE bundle_id = ?",
            (num, entry.bundle_id),
        )


def record(conn: Connection, entries: Sequence[NewEntry],
           received_at: str | None = None) -> list[EntryId]:
    """Add `entries` (one transaction), unread; returns their ids in the same order."""
    when = received_at or now_utc()
    ids: list[EntryId] = []
    with transaction(conn):
        for entry in entries:
            cur = conn.execute(
                "INSERT INTO inbox (received_at, file_name, size, outcome, reason, bundle_id,"
                " sender, sender_gave, fingerprint, cases, attachments)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _values(entry, when),
            )
            num = int(cur.lastrowid)
            _link_cases(conn, num, entry)
            ids.append(EntryId(num))
    return ids


def update(conn: Connection, entry_id: EntryId, entry: NewEntry) -> None:
    """The same file read again (after its sender was accepted): its new outcome, sender
    and cases; it stays as read or unread as it was."""
    with transaction(conn):
        conn.execute(
            "UPDATE inbox SET outcome = ?, reason = ?, bundle_id = ?, sender = ?,"
            " sender_gave = ?, fingerprint = ?, cases = ?, attachments = ? WHERE num = ?",
            (entry.outcome, entry.reason, entry.bundle_id, entry.sender, entry.sender_gave,
             entry.fingerprint, max(0, entry.cases), max(0, entry.attachments), entry_id),
        )
        _link_cases(conn, entry_id, entry)


def _entry(row: Any, case_ids: tuple[str, ...]) -> Entry:
    return Entry(
        id=EntryId(int(row[0])), received_at=str(row[1]), file_name=str(row[2]),
        size=int(row[3]), outcome=str(row[4]), reason=str(row[5]),
        bundle_id=None if row[6] is None else str(row[6]), sender=str(row[7]),
        sender_gave=str(row[8]), fingerprint=None if row[9] is None else str(row[9]),
        cases=int(row[10]), attachments=int(row[11]),
        read_at=None if row[12] is None else str(row[12]), case_ids=case_ids,
    )


def entries(conn: Connection, limit: int = MAX_SHOWN) -> list[Entry]:
    """The newest `limit` entries, oldest first (the order they were read)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM inbox ORDER BY num DESC LIMIT ?", (limit,)).fetchall()
    rows.reverse()
    linked: dict[int, list[str]] = {}
    if rows:
        first = int(rows[0][0])
        for num, case_id in conn.execute(
                "SELECT entry, case_id FROM inbox_cases WHERE entry >= ? ORDER BY case_id",
                (first,)):
            linked.setdefault(int(num), []).append(str(case_id))
    return [_entry(row, tuple(linked.get(int(row[0]), ()))) for row in rows]


def get(conn: Connection, entry_id: EntryId) -> Entry | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM inbox WHERE num = ?", (entry_id,)).fetchone()
    if row is None:
        return None
    case_ids = tuple(str(r[0]) for r in conn.execute(
        "SELECT case_id FROM inbox_cases WHERE entry = ? ORDER BY case_id", (entry_id,)))
    return _entry(row, case_ids)


def mark_read(conn: Connection, entry_ids: Iterable[EntryId]) -> int:
    """Mark entries looked at; returns how many were unread."""
    when = now_utc()
    changed = 0
    with transaction(conn):
        for entry_id in entry_ids:
            cur = conn.execute(
                "UPDATE inbox SET read_at = ? WHERE num = ? AND read_at IS NULL",
                (when, entry_id))
            changed += cur.rowcount
    return changed


def mark_cases_read(conn: Connection, case_ids: Iterable[str]) -> int:
    """Mark read every entry that brought one of `case_ids` (a received case was opened);
    returns how many were unread."""
    when = now_utc()
    changed = 0
    with transaction(conn):
        for case_id in case_ids:
            cur = conn.execute(
                "UPDATE inbox SET read_at = ? WHERE read_at IS NULL AND num IN"
                " (SELECT entry FROM inbox_cases WHERE case_id = ?)", (when, case_id))
            changed += cur.rowcount
    return changed


def unread_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM inbox WHERE read_at IS NULL").fetchone()[0])


def clear(conn: Connection) -> int:
    """Delete every entry (the cases stay); returns how many there were."""
    with transaction(conn):
        cur = conn.execute("DELETE FROM inbox")
        return int(cur.rowcount)
