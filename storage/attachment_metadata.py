"""What attachments reveal (their metadata readings) and the cleaned copies made of them,
kept in the encrypted database beside the attachments (migration 0009). This module stores
and returns JSON text and hashes; app.services.attachment_metadata reads and cleans (in the
limited child process) and gives the readings their types."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from storage.db import Connection, transaction
from storage.errors import AttachmentNotFound
from storage.timeutil import now_utc

STATUSES = ("read", "unsupported", "too_large", "failed")


@dataclass(frozen=True, slots=True)
class StoredReading:
    attachment_id: str
    status: str  # one of STATUSES
    reading: str  # JSON
    read_at: str


@dataclass(frozen=True, slots=True)
class CleanedCopy:
    attachment_id: str
    cleaned_sha256: str
    original_sha256: str
    cleaned_size: int
    made_at: str
    received: bool  # came in a bundle as a cleaned copy (the sender made it)


def put_reading(conn: Connection, attachment_id: str, status: str, reading: str) -> None:
    """Keep (or replace) the reading of an attachment."""
    if status not in STATUSES:
        raise ValueError(status)
    with transaction(conn):
        if conn.execute("SELECT 1 FROM attachments WHERE id = ?",
                        (attachment_id,)).fetchone() is None:
            raise AttachmentNotFound(attachment_id)
        conn.execute(
            "INSERT INTO attachment_metadata (attachment_id, status, reading, read_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (attachment_id) DO UPDATE SET "
            "status = excluded.status, reading = excluded.reading, read_at = excluded.read_at",
            (attachment_id, status, reading, now_utc()),
        )


def get_reading(conn: Connection, attachment_id: str) -> StoredReading | None:
    row = conn.execute(
        "SELECT attachment_id, status, reading, read_at FROM attachment_metadata "
        "WHERE attachment_id = ?", (attachment_id,)).fetchone()
    return None if row is None else StoredReading(str(row[0]), str(row[1]), str(row[2]),
                                                  str(row[3]))


def readings(conn: Connection, attachment_ids: Iterable[str]) -> dict[str, StoredReading]:
    """The stored readings of these attachments (those not read yet are missing)."""
    found: dict[str, StoredReading] = {}
    for attachment_id in attachment_ids:
        reading = get_reading(conn, attachment_id)
        if reading is not None:
            found[attachment_id] = reading
    return found


def record_cleaned(conn: Connection, attachment_id: str, cleaned_sha256: str,
                   original_sha256: str, cleaned_size: int, *, received: bool = False,
                   made_at: str | None = None) -> CleanedCopy:
    """Record a cleaned copy of an attachment (once per distinct cleaned hash). The action
    that made it (a bundle export, a saved copy) is what the audit log records."""
    with transaction(conn):
        record_cleaned_in_transaction(conn, attachment_id, cleaned_sha256, original_sha256,
                                      cleaned_size, received=received, made_at=made_at)
    found = [c for c in cleaned_copies(conn, attachment_id) if c.cleaned_sha256 == cleaned_sha256]
    return found[0]


def record_cleaned_in_transaction(conn: Connection, attachment_id: str, cleaned_sha256: str,
                                  original_sha256: str, cleaned_size: int, *,
                                  received: bool = False, made_at: str | None = None) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO attachment_cleaned (attachment_id, cleaned_sha256, "
        "original_sha256, cleaned_size, made_at, received) VALUES (?, ?, ?, ?, ?, ?)",
        (attachment_id, cleaned_sha256, original_sha256, cleaned_size, made_at or now_utc(),
         int(received)),
    )


def cleaned_copies(conn: Connection, attachment_id: str) -> list[CleanedCopy]:
    """The cleaned copies recorded for an attachment, oldest first."""
    return [
        CleanedCopy(str(r[0]), str(r[1]), str(r[2]), int(r[3]), str(r[4]), bool(r[5]))
        for r in conn.execute(
            "SELECT attachment_id, cleaned_sha256, original_sha256, cleaned_size, made_at, "
            "received FROM attachment_cleaned WHERE attachment_id = ? ORDER BY made_at, rowid",
            (attachment_id,))
    ]
