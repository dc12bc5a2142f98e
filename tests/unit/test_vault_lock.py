"""One connection, one lock (DESIGN.md section 4): the GUI thread and workers share the
vault's connection only through its lock, reads and transactions alike."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
import sqlcipher3

from storage import cases, db, drafts, search
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.casedata import minimal, sample
from tests.conftest import PASSPHRASE

WAIT = 60.0  # seconds before a thread that should have finished counts as hung


def _set_pair(conn: db.Connection, value: int) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('pair_a', ?)", (str(value),))
    conn.execute("SELECT count(*) FROM cases").fetchone()  # the transaction lasts a while
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('pair_b', ?)", (str(value),))


def _pair(conn: db.Connection) -> tuple[str, str]:
    row = conn.execute(
        "SELECT (SELECT value FROM meta WHERE key = 'pair_a'), "
        "(SELECT value FROM meta WHERE key = 'pair_b')"
    ).fetchone()
    return row[0], row[1]


def _consistent_counts(conn: db.Connection) -> tuple[int, int, int]:
    """Cases, their index rows and their 'case_added' audit entries, read at once: equal
    unless a cases.add is seen half-done."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM case_fts), "
        "(SELECT count(*) FROM audit_log WHERE action = 'case_added')"
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def _in_thread(target: Callable[[], Any]) -> tuple[threading.Thread, list[BaseException]]:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            target()
        except BaseException as err:  # noqa: BLE001 - handed to the test thread
            errors.append(err)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, errors


def test_a_worker_and_the_main_thread_hammer_one_vault(vault: Vault) -> None:
    """A worker writes in transactions (cases.add, a two-row update) while the main thread
    reads, searches and writes too; no error, and no transaction is ever seen half-done."""
    conn = vault.conn
    with db.transaction(conn):
        _set_pair(conn, 0)
    rounds = 600
    worker_done = threading.Event()

    def worker() -> None:
        try:
            for i in range(1, rounds + 1):
                if i % 3 == 0:
                    cases.add(conn, sample(("uz", "tj", "kz", "ru")[i % 4]))
                else:
                    with db.transaction(conn):
                        _set_pair(conn, i)
                if i % 50 == 0:  # a transaction started and ended in plain SQL
                    conn.execute("BEGIN IMMEDIATE")
                    _set_pair(conn, -i)
                    _set_pair(conn, i)
                    conn.execute("COMMIT")
        finally:
            worker_done.set()

    thread, errors = _in_thread(worker)
    own = cases.add(conn, minimal("Edited by the main thread"))
    reads = writes = 0
    while not worker_done.is_set() or reads < 3000:
        a, b = _pair(conn)
        assert a == b, f"a transaction of the worker seen half-done: {a} != {b}"
        n_cases, n_index, n_audit = _consistent_counts(conn)
        assert n_cases == n_index == n_audit, "a cases.add seen half-done"
        if reads % 20 == 0:
            hits = search.search(conn, "Toshkentda", limit=5)
            assert all(hit.case.title for hit in hits)
            assert 1 <= len(cases.list_cases(conn, limit=20)) <= 20
            assert cases.get_summary(conn, own.id).id == own.id
        if reads % 50 == 0:  # the GUI thread writes too: a draft, a new revision
            drafts.save(conn, drafts.new_key(), minimal(f"draft {reads}"))
            cases.update(conn, own.id, minimal(f"Edited by the main thread {reads}"))
            writes += 2
        reads += 1
    thread.join(WAIT)
    assert not thread.is_alive()
    assert errors == []
    assert _pair(conn) == (str(rounds), str(rounds))
    assert _consistent_counts(conn) == (rounds // 3 + 1,) * 3
    assert cases.get(conn, own.id).revision == 1 + writes // 2
    assert rounds + reads + writes > 3500


def test_another_threads_read_waits_until_the_transaction_ends(vault: Vault) -> None:
    conn = vault.conn
    with db.transaction(conn):
        _set_pair(conn, 0)
    cursor = conn.execute("SELECT key FROM meta ORDER BY key")  # read lazily, below
    seen: list[tuple[str, str]] = []
    read_done = threading.Event()

    def reader() -> None:
        seen.append(_pair(conn))
        read_done.set()

    with db.transaction(conn):
        _set_pair(conn, 1)
        assert not _lock_free_elsewhere(conn)
        thread, errors = _in_thread(reader)
        fetch, fetch_errors = _in_thread(cursor.fetchall)
        # Both stay blocked for as long as the transaction is open.
        assert not read_done.wait(0.3)
        assert thread.is_alive()
        assert fetch.is_alive()
        _set_pair(conn, 2)
    thread.join(WAIT)
    fetch.join(WAIT)
    assert not thread.is_alive()
    assert not fetch.is_alive()
    assert errors == fetch_errors == []
    assert seen == [("2", "2")]  # the committed state, never "1" or a mix
    assert _lock_free_elsewhere(conn)


@pytest.mark.parametrize("how", ["transaction", "with", "sql", "savepoint"])
def test_every_kind_of_transaction_holds_the_lock(vault: Vault, how: str) -> None:
    conn = vault.conn
    if how == "transaction":
        with db.transaction(conn):
            assert not _lock_free_elsewhere(conn)
    elif how == "with":
        with conn:
            assert not _lock_free_elsewhere(conn)
    elif how == "sql":
        conn.execute("BEGIN")
        assert not _lock_free_elsewhere(conn)
        conn.execute("ROLLBACK")
    else:
        conn.execute("SAVEPOINT outer_one")
        assert not _lock_free_elsewhere(conn)
        conn.execute("RELEASE outer_one")
    assert not conn.in_transaction
    assert _lock_free_elsewhere(conn)


def test_a_failed_statement_inside_a_transaction_keeps_then_frees_the_lock(
    vault: Vault,
) -> None:
    conn = vault.conn
    with pytest.raises(sqlcipher3.IntegrityError), db.transaction(conn):
        _set_pair(conn, 7)
        conn.execute("INSERT INTO meta (key, value) VALUES ('pair_a', 'again')")
    assert not conn.in_transaction
    assert _lock_free_elsewhere(conn)
    assert vault.meta("pair_a") is None  # rolled back whole


def test_a_transaction_inside_another_is_refused_and_the_outer_one_goes_on(
    vault: Vault,
) -> None:
    conn = vault.conn
    with db.transaction(conn):
        _set_pair(conn, 1)
        with pytest.raises(sqlcipher3.OperationalError), db.transaction(conn):
            pass
        assert conn.in_transaction
        assert not _lock_free_elsewhere(conn)
        summary = cases.add_in_transaction(conn, minimal())
    assert _pair(conn) == ("1", "1")
    assert cases.get(conn, summary.id).summary.title == minimal()["title"]
    assert _lock_free_elsewhere(conn)


def test_closing_waits_for_another_threads_transaction(vault: Vault) -> None:
    conn = vault.conn
    inside = threading.Event()
    finish = threading.Event()

    def writer() -> None:
        with db.transaction(conn):
            _set_pair(conn, 5)
            inside.set()
            assert finish.wait(WAIT)

    thread, errors = _in_thread(writer)
    assert inside.wait(WAIT)
    closer, close_errors = _in_thread(vault.close)
    closer.join(0.3)
    assert closer.is_alive()  # waiting for the transaction
    finish.set()
    thread.join(WAIT)
    closer.join(WAIT)
    assert errors == close_errors == []
    assert not closer.is_alive()
    reopened = Vault.unlock(vault.path, PASSPHRASE, DeviceKeyring.none())
    with reopened:
        assert reopened.meta("pair_a") == reopened.meta("pair_b") == "5"


def _try_lock(conn: db.Connection) -> bool:
    if conn.lock.acquire(blocking=False):
        conn.lock.release()
        return True
    return False


def _lock_free_elsewhere(conn: db.Connection) -> bool:
    """Whether another thread could take the connection's lock right now."""
    got: list[bool] = []
    probe = threading.Thread(target=lambda: got.append(_try_lock(conn)))
    probe.start()
    probe.join(WAIT)
    return got == [True]
