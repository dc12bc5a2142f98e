"""Batched case insert for the benchmarks: storage's own code, one transaction per batch.

`add_many` calls `storage.cases.add_in_transaction` for each record (what
`storage.cases.add` runs inside its own transaction) in one transaction for the whole
batch, so the benchmark measures the code the application runs, not a copy of it. It
takes a `storage.db.LockedConnection`, so the very same code fills the SQLCipher vault and
the plain SQLite reference (`plain_database` wraps an unkeyed connection the same way).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

from storage import cases, db


def add_many(conn: db.Connection, records: list[dict[str, Any]]) -> None:
    with db.transaction(conn):
        for record in records:
            cases.add_in_transaction(conn, record)


def plain_database(path: Path) -> db.Connection:
    """An unencrypted SQLite database with the vault's schema: every migration of
    storage/migrations applied the way storage.db.migrate applies them, and the same
    journal, sync and foreign-key pragmas (not the secrecy-only ones: key, cipher_*,
    secure_delete). The SQLite inside sqlcipher3, given no key: a plain SQLite file, the same
    SQLite version as the vault's (Debian's Python links SQLite 3.40, older than FTS5's
    secure-delete option of migration 0006, 3.42), so only the encryption differs. Wrapped
    in storage's LockedConnection, as the vault's is."""
    conn = db.LockedConnection(
        sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    )
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")
    db.migrate(conn)
    return conn
