"""Batched case insert for the benchmarks (storage has one transaction per case).

`add_many` does, for each record, exactly what `storage.cases.add` does (the same private
helpers: reference, record JSON, facets, dates, full-text row, audit entry, summary read
back), but inside one transaction for the whole batch. It takes any DB-API connection, so
the very same code fills the SQLCipher vault and the plain SQLite reference.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

from storage import audit, cases, db
from storage.ids import CaseId
from storage.timeutil import now_utc


def add_many(conn: Any, records: list[dict[str, Any]]) -> None:
    with db.transaction(conn):
        for record in records:
            _add(conn, record)


def _add(conn: Any, record: dict[str, Any]) -> None:
    # storage.cases.add without its own BEGIN/COMMIT
    case_id = CaseId(str(uuid.uuid4()))
    now = now_utc()
    status = record.get("status", "draft")
    reference = record.get("reference") or cases._free_reference(conn)
    cases._check_reference(conn, reference, None)
    cur = conn.execute(
        "INSERT INTO cases (id, reference, title, status, host_country, current_revision, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
        (case_id, reference, record["title"], status, record.get("host_country"), now, now),
    )
    num = int(cur.lastrowid)
    conn.execute(
        "INSERT INTO case_revisions (case_num, revision, saved_at, record) VALUES (?, 1, ?, ?)",
        (num, now, cases._stored(record, case_id, reference, status)),
    )
    cases._index(conn, num, record)
    audit.append(conn, "case_added", case_id)
    cases.get_summary(conn, case_id)


def plain_database(path: Path) -> sqlite3.Connection:
    """An unencrypted SQLite database (Python's sqlite3) with the vault's schema: every
    migration of storage/migrations applied the way storage.db.migrate applies them, and
    the same journal, sync and foreign-key pragmas (not the secrecy-only ones: key,
    cipher_*, secure_delete)."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")
    db.migrate(conn)
    return conn
