"""Rebuild the search index when the text folding changed (storage/textnorm.py).

The full-text index holds folded text. A vault indexed by another version of `fold`
(a vault from before the cross-script folding, or one written by another release)
would miss words folded differently now, so on unlock the index is rebuilt from the
current revision of every case when the `search_fold` meta key differs from
textnorm.FOLD_VERSION. A vault without the key was indexed by version 1.
"""

from __future__ import annotations

import json

from storage.cases import index_texts
from storage.db import Connection, transaction
from storage.textnorm import FOLD_VERSION, fold

META_KEY = "search_fold"
# FTS5 secure-delete (migration 0006): a deleted case's words leave the index's blocks.
SECURE_DELETE_ON = "INSERT INTO case_fts (case_fts, rank) VALUES ('secure-delete', 1)"
_BATCH = 500


def indexed_fold_version(conn: Connection) -> int:
    """The fold version the vault's index was built with (1 when never recorded)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    try:
        return int(row[0]) if row else 1
    except ValueError:
        return 0  # unreadable: rebuild


def reindex_if_needed(conn: Connection) -> int:
    """Rebuild the index if it was folded by another version; the number of cases
    reindexed (0 when the index is current). One transaction: all or nothing."""
    if indexed_fold_version(conn) == FOLD_VERSION:
        return 0
    return reindex(conn)


def reindex(conn: Connection) -> int:
    """Index the text of every case again from its current revision, and record the fold
    version. The full-text table is dropped and created again from its own schema (much
    faster than deleting row by row; its freed pages are overwritten, and the new table
    gets FTS5 secure-delete again); rows are written as storage.cases._index writes them.
    Facets and dates do not depend on folding and stay as they are."""
    count, last = 0, -1
    with transaction(conn):
        (schema,) = conn.execute(
            "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'case_fts'"
        ).fetchone()
        conn.execute("DROP TABLE case_fts")
        conn.execute(schema)
        # The table's settings go with it: deletes must keep erasing their words.
        conn.execute(SECURE_DELETE_ON)
        while True:
            rows = conn.execute(
                "SELECT c.num, r.record FROM cases c JOIN case_revisions r "
                "ON r.case_num = c.num AND r.revision = c.current_revision "
                "WHERE c.num > ? ORDER BY c.num LIMIT ?",
                (last, _BATCH),
            ).fetchall()
            if not rows:
                break
            conn.executemany(
                "INSERT INTO case_fts (rowid, title, people, places, narrative, other) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(num, *map(fold, index_texts(json.loads(record)))) for num, record in rows],
            )
            count += len(rows)
            last = int(rows[-1][0])
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (META_KEY, str(FOLD_VERSION)),
        )
    return count
