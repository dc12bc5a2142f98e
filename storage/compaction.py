"""Compaction: rebuild the database without its free pages, so the file shrinks.

Deleting overwrites what it frees (`secure_delete`, FTS5 `secure-delete`, the WAL
checkpointed and truncated), but the freed pages stay in the file as zeroed free pages: the
file keeps its size, and its size tells how much was once there. VACUUM copies the live
pages into a new database (in memory: temp_store = MEMORY, so nothing plaintext touches the
disk) and writes it back through the WAL, encrypted page by page; the checkpoint that
follows moves it into vault.db, truncates vault.db to its new size and empties the WAL.
A failure (a full disk) rolls back: the database stays as it was.
"""

from __future__ import annotations

import contextlib
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from storage import db
from storage.errors import FileSystemError


@dataclass(frozen=True, slots=True)
class CompactResult:
    bytes_before: int  # vault.db and its WAL before
    bytes_after: int  # the same after (the WAL is empty then)
    bytes_saved: int
    free_pages_before: int
    seconds: float


def files_size(db_path: Path) -> int:
    """vault.db and vault.db-wal together, in bytes."""
    total = 0
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        with contextlib.suppress(FileNotFoundError):
            total += path.stat().st_size
    return total


def compact(conn: db.Connection, db_path: Path) -> CompactResult:
    """VACUUM and checkpoint under the connection's lock (other threads wait; outside any
    transaction). The WAL grows by about the size of the live database before the
    checkpoint, so at least that much free disk space is required first."""
    started = time.monotonic()
    with conn.lock:
        before = files_size(db_path)
        free_pages = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        needed = (pages - free_pages) * page_size
        if shutil.disk_usage(db_path.parent).free < needed:
            raise FileSystemError(db_path, "disk_full")
        try:
            db.vacuum(conn)
        except sqlcipher3.OperationalError as err:
            text = str(err).lower()
            reason = ("disk_full" if "full" in text else
                      "read_only" if "readonly" in text else "io_error")
            raise FileSystemError(db_path, reason) from err
        after = files_size(db_path)
    return CompactResult(before, after, max(0, before - after), free_pages,
                         round(time.monotonic() - started, 3))
