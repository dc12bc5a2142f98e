"""Deleting and purging leave no word behind (issue 13 item 4).

An examiner who holds the data key (a coerced passphrase, an image taken while unlocked)
decrypts every page of vault.db and of vault.db-wal (tests/forensics.py, independently of
SQLCipher) and looks for the words of a deleted case and of a purged, delivered one: the
folded victim name in the full-text blocks (FTS5 `secure-delete`), the record in old pages
of the database (`secure_delete`) and in the WAL (checkpoint TRUNCATE). A surviving case's
words are found by the same scan, so the scan can fail. Words are searched by their end,
since FTS5 stores terms prefix-compressed."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from app.services import bundle_import, drafts, purge, receipts
from app.services import cases as case_service
from app.services import settings as prefs
from storage import db, reindex
from storage.textnorm import fold
from storage.vault import DB_NAME, Vault
from tests import forensics
from tests.desk import Desk

# Distinctive words, one set per case; each is searched by its end, as written and folded.
KEEP = ("Vorstandelius Pemberquist", "glassmeadowry")
DELETE = ("Quillifred Ambervane", "marshwallowing")
PURGE = ("Dzhambulatov Oxtonbridge", "thistlecrumbed")
DISCARDED_DRAFT = "saffronbellows"
DELETED_FILE = "periwinkleloft"


def record(name: str, word: str) -> dict[str, Any]:
    return {
        "schema_version": 1,
        "title": f"Testimony of {name}",
        "consent": {"given": True, "uses": ["documentation"]},
        "narrative": f"They took {name} at night. The {word} was all that was left; "
        f"{word} again in the morning.",
        "persons": [{"id": "p1", "role": "victim", "real_name": name}],
    }


def ends(*texts: str, folded: bool = True) -> set[str]:
    """The last 7 characters of every word of `texts`, as written and (for indexed text)
    as folded."""
    found = set()
    for text in texts:
        for form in (text, fold(text)) if folded else (text,):
            found.update(w[-7:] for w in form.split() if len(w) >= 7)
    return found


def gone_words() -> set[str]:
    """The words of everything removed: two cases (indexed), a draft and a file's row."""
    return ends(*DELETE, *PURGE) | ends(DISCARDED_DRAFT, DELETED_FILE, folded=False)


def scan(vault_dir: Path, key: bytes, words: set[str]) -> dict[str, list[tuple[str, int]]]:
    pages = forensics.all_pages(vault_dir, key)
    first = next(p for p in pages if p.source == "db" and p.number == 1)
    forensics.check_first_page(first)  # the decryption, against known plaintext
    return {w: hits for w in sorted(words) if (hits := forensics.pages_holding(pages, w))}


def test_the_scanner_decrypts_known_plaintext(vault: Vault) -> None:
    """Every page's HMAC verifies with the derived key, page 1 reads as SQLite's header,
    and a word just stored is found; with a wrong key the first page is refused."""
    case_service.add_case(vault, record(*KEEP))
    key = vault.data_key
    assert scan(vault.path, key, ends(*KEEP))
    with pytest.raises(forensics.PageHmacMismatch):
        forensics.all_pages(vault.path, bytes(32))


@pytest.fixture
def delivered_and_deleted(desk: Desk) -> tuple[Vault, str]:
    """A researcher's vault with four cases: one kept, one deleted, one delivered (export,
    import by the coordinator, receipt) and purged, each with its own words; a discarded
    draft and a deleted attachment of the kept case too."""
    r = desk.researcher("R-04")
    vault = r.vault
    keep = case_service.add_case(vault, record(*KEEP))
    gone = case_service.add_case(vault, record(*DELETE))
    edited = record(*DELETE)
    edited["summary"] = "second revision of the same story"
    case_service.edit_case(vault, gone.id, edited)
    drafts.keep_draft(vault, gone.id, record(*DELETE))
    bundle, ids = desk.export(r, [record(*PURGE)])
    imported = bundle_import.import_bundle(desk.coordinator, bundle)
    assert imported.outcome == "imported", imported.error
    receipt = receipts.create_receipt(desk.coordinator, imported.bundle_id, desk.root)
    prefs.set_receipt_grace(vault, None)  # keep it, to purge it below (delete on receipt:
    receipts.import_receipt(vault, receipt)  # tests/unit/test_delete_on_receipt.py)
    assert case_service.show_case(vault, ids[0]).summary.status == "delivered"
    drafts.keep_draft(vault, keep.id, {**record(*KEEP), "narrative": DISCARDED_DRAFT * 3})
    source = desk.root / "note.txt"
    source.write_bytes(b"an attachment")
    attached = case_service.attach_file(vault, keep.id, source, filename="note.txt",
                                        description=f"{DELETED_FILE} {DELETED_FILE}")
    # Everything is in the vault now (the control for the scan below).
    before = scan(vault.path, vault.data_key, gone_words())
    assert set(before) == gone_words(), before

    case_service.delete_case(vault, gone.id)
    assert purge.purge(vault, delivered=True)
    drafts.discard_draft(vault, keep.id)
    case_service.delete_attachment(vault, attached.id)
    return vault, keep.id


def test_no_word_of_a_deleted_or_purged_case_is_left(
        delivered_and_deleted: tuple[Vault, str]) -> None:
    vault, keep_id = delivered_and_deleted
    key = vault.data_key
    assert case_service.find(vault, fold(DELETE[0].split()[1])) == []
    left = scan(vault.path, key, gone_words())
    assert left == {}, f"words of removed content still in pages: {left}"
    kept = scan(vault.path, key, ends(*KEEP))
    assert set(kept) == ends(*KEEP)  # the same scan finds what is still there
    assert case_service.show_case(vault, keep_id).summary.title == f"Testimony of {KEEP[0]}"
    wal = vault.path / f"{DB_NAME}-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated


@pytest.mark.parametrize("removal", ["draft", "attachment", "case"])
def test_each_removal_alone_leaves_nothing(vault: Vault, tmp_path: Path, removal: str) -> None:
    """Each way of removing content checkpoints the WAL itself (not thanks to a later one)."""
    keep = case_service.add_case(vault, record(*KEEP))
    if removal == "draft":
        drafts.keep_draft(vault, keep.id, {**record(*KEEP), "narrative": DISCARDED_DRAFT})
        words = ends(DISCARDED_DRAFT, folded=False)
        remove = lambda: drafts.discard_draft(vault, keep.id)  # noqa: E731
    elif removal == "attachment":
        source = tmp_path / "note.txt"
        source.write_bytes(b"an attachment")
        attached = case_service.attach_file(vault, keep.id, source, description=DELETED_FILE)
        words = ends(DELETED_FILE, folded=False)
        remove = lambda: case_service.delete_attachment(vault, attached.id)  # noqa: E731
    else:
        gone = case_service.add_case(vault, record(*DELETE))
        words = ends(*DELETE)
        remove = lambda: case_service.delete_case(vault, gone.id)  # noqa: E731
    assert set(scan(vault.path, vault.data_key, words)) == words
    remove()
    assert scan(vault.path, vault.data_key, words) == {}
    assert set(scan(vault.path, vault.data_key, ends(*KEEP))) == ends(*KEEP)


def test_a_delete_during_a_backup_neither_waits_nor_stays(vault: Vault, tmp_path: Path) -> None:
    """A backup reads one snapshot through its own connection for the whole copy; a case
    deleted meanwhile does not wait for it (the checkpoint cannot truncate past the backup's
    reader and does not block on it), and once the backup ends the WAL is emptied."""
    from app.services import backup as backup_service

    case_service.add_case(vault, record(*KEEP))
    gone = case_service.add_case(vault, record(*DELETE))
    waited: list[float] = []

    def progress(done: int, total: int) -> None:
        del done, total
        if not waited:  # during the database copy, inside its snapshot
            started = time.monotonic()
            case_service.delete_case(vault, gone.id)
            waited.append(time.monotonic() - started)

    backup_service.backup_vault(vault, tmp_path / "copy", progress=progress)
    assert len(waited) == 1
    assert waited[0] < 1.0  # busy_timeout is 5 s: it did not wait for the backup's reader
    assert scan(vault.path, vault.data_key, ends(*DELETE)) == {}
    assert set(scan(vault.path, vault.data_key, ends(*KEEP))) == ends(*KEEP)


def test_compaction_shrinks_the_file_and_keeps_the_rest(
        delivered_and_deleted: tuple[Vault, str]) -> None:
    from app.services import compaction

    vault, keep_id = delivered_and_deleted
    for n in range(30):  # enough to leave free pages behind once deleted
        summary = case_service.add_case(vault, record(f"Filler Person{n}", "x" * 3000))
        case_service.delete_case(vault, summary.id)
    free_before = int(vault.conn.execute("PRAGMA freelist_count").fetchone()[0])
    assert free_before > 0
    result = compaction.compact(vault)
    assert result.bytes_before > result.bytes_after
    assert result.free_pages_before == free_before
    assert int(vault.conn.execute("PRAGMA freelist_count").fetchone()[0]) == 0
    assert (vault.path / DB_NAME).stat().st_size == result.bytes_after
    assert vault.check().ok
    assert case_service.show_case(vault, keep_id).summary.title == f"Testimony of {KEEP[0]}"
    assert [h.case.id for h in case_service.find(vault, fold("Pemberquist"))] == [keep_id]
    left = scan(vault.path, vault.data_key, ends(*DELETE, *PURGE, "Person29"))
    assert left == {}
    assert set(scan(vault.path, vault.data_key, ends(*KEEP))) == ends(*KEEP)


def fts_secure_delete(conn: db.Connection) -> int | None:
    row = conn.execute(
        "SELECT v FROM case_fts_config WHERE k = 'secure-delete'").fetchone()
    return None if row is None else int(row[0])


def test_new_vaults_and_reindexed_ones_keep_secure_delete(vault: Vault) -> None:
    assert int(vault.conn.execute("PRAGMA secure_delete").fetchone()[0]) == 1
    assert fts_secure_delete(vault.conn) == 1
    case_service.add_case(vault, record(*KEEP))
    assert reindex.reindex(vault.conn) == 1  # drops and re-creates the index
    assert fts_secure_delete(vault.conn) == 1


def test_the_migration_clears_what_older_deletes_left(tmp_path: Path) -> None:
    """A vault at schema 5 (before secure-delete) where a case was deleted: its words sit
    in the full-text blocks; migrating to head leaves none in any page."""
    key = bytes(range(32))
    path = tmp_path / "old"
    path.mkdir()
    conn = db.connect(path / DB_NAME, key)
    for migration in db.migrations()[:5]:
        conn.executescript(f"BEGIN IMMEDIATE;\n{migration.sql}\n"
                           f"PRAGMA user_version = {migration.version};\nCOMMIT;")
    texts = [fold(f"{KEEP[0]} {KEEP[1]}"), fold(f"{DELETE[0]} {DELETE[1]}")]
    for num, text in enumerate(texts, start=1):
        conn.execute("INSERT INTO case_fts (rowid, title, people, places, narrative, other) "
                     "VALUES (?, '', ?, '', '', '')", (num, text))
    conn.execute("DELETE FROM case_fts WHERE rowid = 2")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    stale = scan(path, key, ends(fold(DELETE[0]), fold(DELETE[1])))
    assert stale  # the old index still holds the deleted words
    db.migrate(conn)
    conn.close()
    assert scan(path, key, ends(fold(DELETE[0]), fold(DELETE[1]))) == {}
    assert scan(path, key, ends(fold(KEEP[0]), fold(KEEP[1])))
