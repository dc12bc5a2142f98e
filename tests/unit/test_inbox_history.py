"""storage.inbox: the Inbox history kept in the vault (migration 0007)."""

from __future__ import annotations

from storage import inbox
from storage.inbox import NewEntry
from storage.vault import Vault


def test_record_update_read_clear(vault: Vault) -> None:
    conn = vault.conn
    conn.execute(
        "INSERT INTO bundles (id, direction, created_at, file_sha256, signer_fingerprint,"
        " recipients) VALUES ('b1', 'in', '2026-12-05T07:00:00Z', 'x', 'fp', '[]')")
    conn.execute("INSERT INTO bundle_cases (bundle_id, case_id, revision) VALUES"
                 " ('b1', 'c1', 1), ('b1', 'c2', 1)")
    ids = inbox.record(conn, [
        NewEntry("2026-12-05-1.age", 100, "unknown_signer", "unknown_signer",
                 fingerprint="fp"),
        NewEntry("x" * 400, -5, "unreadable", "unreadable.not_age"),
    ], received_at="2026-12-05T07:10:00Z")
    assert inbox.unread_count(conn) == 2
    first, second = inbox.entries(conn)
    assert (first.id, first.received_at, first.case_ids, first.unread) == (
        ids[0], "2026-12-05T07:10:00Z", (), True)
    assert len(second.file_name) == 255
    assert second.size == 0

    # Imported again after the sender was accepted: its cases are linked.
    inbox.update(conn, ids[0], NewEntry("2026-12-05-1.age", 100, "imported", "imported",
                                        bundle_id="b1", sender="Dilnoza", sender_gave="D",
                                        fingerprint="fp", cases=2))
    again = inbox.get(conn, ids[0])
    assert again is not None
    assert (again.outcome, again.sender, again.sender_gave, again.case_ids) == (
        "imported", "Dilnoza", "D", ("c1", "c2"))
    assert again.unread

    assert inbox.mark_cases_read(conn, ["c2"]) == 1
    assert inbox.mark_cases_read(conn, ["c2"]) == 0
    assert inbox.mark_read(conn, [ids[1], ids[1]]) == 1
    assert inbox.unread_count(conn) == 0
    assert inbox.entries(conn, limit=1)[0].id == ids[1]  # the newest
    assert inbox.clear(conn) == 2
    assert inbox.entries(conn) == []
    assert conn.execute("SELECT count(*) FROM inbox_cases").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM bundle_cases").fetchone()[0] == 2
