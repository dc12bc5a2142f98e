"""The SQLCipher database: opened with the raw data key, hardened, migrated.

SQLCipher 4 with a raw 256-bit key (`x'<hex>'`, no PBKDF2: the key is already the output
of Argon2id key slots). Pragmas: memory security on, WAL journal (the WAL and SHM files are
encrypted too), temporary storage in memory, secure delete, foreign keys, full sync.

One connection, one lock: `connect` returns a `LockedConnection`, the only way to reach
the SQLCipher connection. The GUI thread and workers share it, and every use of it takes
its re-entrant lock: each statement, each fetch from a cursor, and every transaction from
its BEGIN (or SAVEPOINT) to its COMMIT or ROLLBACK, however it was started (`transaction`,
`with conn:`, or BEGIN/COMMIT in SQL). Another thread's reads and writes wait until the
transaction ends, so no thread ever sees another's transaction half-done.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import sqlcipher3

from crypto.errors import Cancelled
from crypto.wipe import wipe
from storage.errors import DatabaseCorrupt, SchemaTooNew

_HEX_KEY = re.compile(r"[0-9a-f]{64}")
_HEX_DIGITS = b"0123456789abcdef"
_SQLITE_LIB: Any = None
_MIGRATION_NAME = re.compile(r"(\d{4})_[a-z0-9_]+\.sql")
class LockedCursor:
    """A cursor whose every fetch runs under its connection's lock.

    Between two fetches the lock is free, so rows read lazily by one thread may come from
    before or after another thread's transaction, never from inside one (that thread holds
    the lock until its transaction ends). Code that needs several statements to see one
    state runs them in a transaction, or holds `LockedConnection.lock`.
    """

    __slots__ = ("_cursor", "_lock")

    def __init__(self, cursor: Any, lock: threading.RLock) -> None:
        self._cursor = cursor
        self._lock = lock

    def fetchone(self) -> Any:
        with self._lock:
            return self._cursor.fetchone()

    def fetchmany(self, size: int | None = None) -> list[Any]:
        with self._lock:
            rows = self._cursor.fetchmany() if size is None else self._cursor.fetchmany(size)
        return list(rows)

    def fetchall(self) -> list[Any]:
        with self._lock:
            return list(self._cursor.fetchall())

    def __iter__(self) -> LockedCursor:
        return self

    def __next__(self) -> Any:
        with self._lock:
            row = self._cursor.fetchone()
        if row is None:
            raise StopIteration
        return row

    @property
    def lastrowid(self) -> int:
        return int(self._cursor.lastrowid)

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)

    @property
    def description(self) -> Any:
        return self._cursor.description

    def close(self) -> None:
        with self._lock:
            self._cursor.close()


class LockedConnection:
    """The vault's database connection, usable only under its own re-entrant lock.

    It offers what storage uses of a DB-API connection, nothing more (no attribute falls
    through to the raw connection): `execute`, `executemany` and `executescript` (their
    cursors fetch under the lock too), `commit`, `rollback`, `in_transaction`,
    `total_changes`, `close`. Whenever a statement leaves the connection inside a
    transaction (BEGIN, SAVEPOINT, a script that stops half-way), the thread that ran it
    keeps the lock until a later statement of its own ends the transaction; so no other
    thread runs a statement or fetches a row while a transaction is open, and a transaction
    is never seen half-done.

    `with conn:` is a transaction (BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error),
    the same as `transaction(conn)`. `lock` is the lock itself, for a caller that needs
    several reads to see one state.

    A thread must not wait for another thread that needs the connection while it is inside a
    transaction or holds `lock`: that would deadlock.
    """

    def __init__(self, raw: Any) -> None:
        self._raw = raw  # never handed out
        self._lock = threading.RLock()
        self._held = False  # the lock is held once more for an open transaction

    @property
    def lock(self) -> threading.RLock:
        return self._lock

    def _track(self) -> None:
        """Under the lock, after every statement: take the lock once more when the
        connection is left inside a transaction, give it back when the transaction ends.
        Only the thread that opened the transaction can get here while it is open."""
        try:
            inside = bool(self._raw.in_transaction)
        except Exception:  # noqa: BLE001 - closed (either driver's error): no transaction
            inside = False
        if inside and not self._held:
            self._lock.acquire()
            self._held = True
        elif not inside and self._held:
            self._held = False
            self._lock.release()

    def execute(self, sql: str, parameters: Any = ()) -> LockedCursor:
        with self._lock:
            try:
                cursor = self._raw.execute(sql, parameters)
            finally:
                self._track()
        return LockedCursor(cursor, self._lock)

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any]) -> LockedCursor:
        with self._lock:
            try:
                cursor = self._raw.executemany(sql, seq_of_parameters)
            finally:
                self._track()
        return LockedCursor(cursor, self._lock)

    def executescript(self, script: str) -> LockedCursor:
        with self._lock:
            try:
                cursor = self._raw.executescript(script)
            finally:
                self._track()
        return LockedCursor(cursor, self._lock)

    def commit(self) -> None:
        with self._lock:
            try:
                self._raw.commit()
            finally:
                self._track()

    def rollback(self) -> None:
        with self._lock:
            try:
                self._raw.rollback()
            finally:
                self._track()

    @property
    def in_transaction(self) -> bool:
        with self._lock:
            return bool(self._raw.in_transaction)

    @property
    def total_changes(self) -> int:
        with self._lock:
            return int(self._raw.total_changes)

    def close(self) -> None:
        """Close the connection; waits for another thread's transaction to end (an open
        transaction of the calling thread is rolled back)."""
        with self._lock:
            try:
                self._raw.close()
            finally:
                self._track()

    def __enter__(self) -> LockedConnection:
        self._lock.acquire()
        try:
            self.execute("BEGIN IMMEDIATE")  # inside a transaction already: refused
        except BaseException:
            self._lock.release()
            raise
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            if exc_type is not None:
                if self.in_transaction:  # else SQLite has rolled it back (e.g. disk full)
                    self.execute("ROLLBACK")
            else:
                try:
                    self.execute("COMMIT")
                except BaseException:
                    if self.in_transaction:  # e.g. a full disk: nothing half-kept
                        self.execute("ROLLBACK")
                    raise
        finally:
            self._lock.release()


Connection = LockedConnection


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


def _key_spec(data_key: bytes | bytearray) -> bytearray:
    """SQLCipher's raw-key form `x'<64 lowercase hex>'`, built in a bytearray (no str or bytes
    copy of the key) so that it can be zeroed."""
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    spec = bytearray(b"x'" + bytes(64) + b"'")
    for i, byte in enumerate(data_key):
        spec[2 + 2 * i] = _HEX_DIGITS[byte >> 4]
        spec[3 + 2 * i] = _HEX_DIGITS[byte & 0x0F]
    return spec


def _sqlite_library() -> Any:
    """The SQLCipher library inside the sqlcipher3 extension (already loaded: dlopen hands
    back the same instance), with the two functions `_apply_key` calls."""
    global _SQLITE_LIB  # loaded once
    if _SQLITE_LIB is None:
        lib = ctypes.CDLL(importlib.import_module("sqlcipher3._sqlite3").__file__)
        lib.sqlite3_key_v2.restype = ctypes.c_int
        lib.sqlite3_key_v2.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p,
                                       ctypes.c_int]
        lib.sqlite3_db_filename.restype = ctypes.c_char_p
        lib.sqlite3_db_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        _SQLITE_LIB = lib
    return _SQLITE_LIB


def _apply_key(raw: Any, path: Path, data_key: bytes | bytearray) -> bool:
    """Key a fresh connection (before any statement). Returns True if it went through
    SQLCipher's C API (`sqlite3_key_v2`), False if through `PRAGMA key`.

    The C API reads the key from our bytearray and SQLCipher keeps its own copy, which it
    zeroes when the connection closes. `PRAGMA key` would pass the key through SQL text,
    which the driver caches and SQLite copies into its parser and statement, freed without
    being zeroed (cipher_memory_security is off, DESIGN.md section 4). The C API needs the
    connection's `sqlite3 *`: the first field after the object header of every pysqlite
    connection; it is used only if SQLite confirms it is this database's handle. Otherwise
    (another driver build) the PRAGMA is used and its one str is zeroed after use."""
    spec = _key_spec(data_key)
    try:
        try:
            lib = _sqlite_library()
            handle = ctypes.c_void_p.from_address(id(raw) + object.__basicsize__).value
            name = lib.sqlite3_db_filename(handle, b"main") if handle else None
            same = name is not None and os.path.realpath(os.fsdecode(name)) == os.path.realpath(
                path
            )
        except (OSError, AttributeError, ValueError):
            same = False
        if same:
            buffer = (ctypes.c_char * len(spec)).from_buffer(spec)
            if lib.sqlite3_key_v2(handle, b"main", buffer, len(spec)) != 0:
                raise sqlcipher3.DatabaseError("sqlite3_key_v2 failed")
            return True
        statement = bytearray(b'PRAGMA key = "') + spec + b'"'
        text = statement.decode("ascii")
        wipe(statement)
        try:
            raw.execute(text)
        finally:
            wipe(text)
        return False
    finally:
        wipe(spec)


def connect(path: Path, data_key: bytes | bytearray) -> Connection:
    """Open (or create) the encrypted database with the raw key and set the pragmas.
    Threads share it through its lock (see LockedConnection), hence check_same_thread off.
    The key is applied through SQLCipher's C API from a buffer that is zeroed at once
    (`_apply_key`); the caller keeps (and zeroes) `data_key`."""
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    raw = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn = LockedConnection(raw)
    try:
        # The key comes first (PRAGMA key must be the first statement).
        _apply_key(raw, path, data_key)
        conn.execute("PRAGMA cipher_log_level = NONE")
        # OFF (SQLCipher's default): ON slowed search 2-3x and cannot be undone in a
        # process; the process is made non-dumpable instead (DESIGN.md section 4).
        conn.execute("PRAGMA cipher_memory_security = OFF")
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


def rekey(conn: Connection, data_key: bytes | bytearray) -> None:
    """Re-encrypt every page under a new raw key: SQLCipher's `PRAGMA rekey`, one
    transaction (a crash before its commit leaves the old key in force), with the WAL
    checkpointed into the file before and after."""
    key_hex = data_key.hex()
    if len(data_key) != 32 or not _HEX_KEY.fullmatch(key_hex):
        raise ValueError("the data key must be 32 bytes")
    with conn.lock:
        if conn.in_transaction:
            raise RuntimeError("rekey inside a transaction")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        statement = f"PRAGMA rekey = \"x'{key_hex}'\""
        try:
            conn.execute(statement).fetchall()
        finally:  # best effort: the two str copies of the new key (SQLite's own are freed)
            wipe(statement)
            wipe(key_hex)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def checkpoint(conn: Connection) -> bool:
    """Copy every page of the WAL into the database file and truncate the WAL to zero
    bytes (`wal_checkpoint(TRUNCATE)`), under the connection's lock: called after case
    content is deleted, so that no old frame in the WAL still holds it (the freed pages
    themselves are overwritten by `secure_delete`). Outside a transaction only. It does not
    wait for another connection's reader (a backup's snapshot): then it copies what it can
    and returns False, and a later checkpoint (the backup's end, the next removal, closing
    the vault) finishes it."""
    with conn.lock:
        if conn.in_transaction:
            raise RuntimeError("checkpoint inside a transaction")
        (timeout,) = conn.execute("PRAGMA busy_timeout").fetchall()[0]
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()[0]
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout):d}")
    return int(busy) == 0


def vacuum(conn: Connection) -> None:
    """Rebuild the database without its free pages (VACUUM; its temporary copy lives in
    memory, temp_store = MEMORY), then checkpoint so that the file itself shrinks. Under
    the connection's lock, outside a transaction."""
    with conn.lock:
        if conn.in_transaction:
            raise RuntimeError("vacuum inside a transaction")
        conn.execute("VACUUM")
        checkpoint(conn)


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


def copy_snapshot(
    source: Connection,
    target: Connection,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    pages: int = 256,
) -> None:
    """Copy `source`'s whole database into `target` with SQLite's online backup API, as one
    snapshot: a read transaction is held on `source` from the first page to the last, so
    writes committed meanwhile by other connections (the vault's own) neither restart the
    copy nor reach it. Both connections are keyed with the same data key, so SQLCipher
    writes every page of `target` encrypted, from its first byte. `progress(done, total)`
    counts pages; `cancel` stops between steps (Cancelled), leaving `target` to be thrown
    away. `source` must be a connection of its own (not the vault's shared one), since the
    read transaction holds its lock throughout."""

    def step(_status: int, remaining: int, total: int) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if progress is not None:
            progress(total - remaining, total)

    with source.lock, target.lock:
        source._raw.execute("BEGIN")  # deferred: the snapshot starts at the first read
        try:
            source._raw.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            source._raw.backup(target._raw, pages=pages, progress=step, sleep=0)
        finally:
            source._raw.execute("ROLLBACK")


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error (including a cancel, or a
    failed COMMIT), holding the connection's lock throughout."""
    with conn:
        yield conn
