"""The SQLCipher database: opened with the raw data key, hardened, migrated.

SQLCipher 4 with a raw 256-bit key (`x'<hex>'`, no PBKDF2: the key is already the output
of Argon2id key slots). Pragmas: memory security on, WAL journal (the WAL and SHM files are
encrypted too), temporary storage in memory, secure delete, foreign keys, full sync.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import sqlcipher3

from storage.errors import DatabaseCorrupt, SchemaTooNew

_HEX_KEY = re.compile(r"[0-9a-f]{64}")
_MIGRATION_NAME = re.compile(r"(\d{4})_[a-z0-9_]+\.sql")
Connection = Any  # sqlcipher3.dbapi2.Connection has no type stubs


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """The numbered migrations shipped in storage/migrations, in order, without gaps."""
    found: list[Migration] = []
    for entry in resources.files("storage.migrations").iterdir():
        match = _MIGRATION_NAME.fullmatch(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration {expected} is missing")
    return found


def head_version() -> int:
    return len(migrations())


def connect(path: Path, data_key: bytes) -> Connection:
    """Open (or create) the encrypted database with the raw key and set the pragmas."""
    key_hex = data_key.hex()
    if len(data_key) != 32 or not _HEX_KEY.fullmatch(key_hex):
        raise ValueError("the data key must be 32 bytes")
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # PRAGMA key must be the first statement. Pragmas take no parameters, so the
        # statement is built from validated lowercase hex only.
        conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = ON")
        # The first read is where a wrong key shows up ("file is not a database").
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlcipher3.DatabaseError as err:
        conn.close()
        raise DatabaseCorrupt(str(err)) from err
    return conn


def user_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection) -> int:
    """Apply every pending migration, each in one transaction with its user_version bump."""
    current = user_version(conn)
    all_migrations = migrations()
    if current > len(all_migrations):
        raise SchemaTooNew(current, len(all_migrations))
    for migration in all_migrations[current:]:
        script = (
            "BEGIN IMMEDIATE;\n"
            f"{migration.sql}\n"
            f"PRAGMA user_version = {migration.version:d};\n"
            "COMMIT;\n"
        )
        try:
            conn.executescript(script)
        except sqlcipher3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return user_version(conn)


def integrity_problems(conn: Connection) -> list[str]:
    """SQLCipher's page HMAC check, SQLite's structural check and foreign keys."""
    problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        problems.extend(rows)
    problems.extend(f"foreign key: {tuple(r)}" for r in conn.execute("PRAGMA foreign_key_check"))
    return problems


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error (including a cancel)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
