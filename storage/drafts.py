"""Autosaved drafts of the case editor, inside the encrypted database.

A draft is the whole record being edited, saved every few seconds while the user types, so
that a crash or a power cut loses at most those seconds. It lives in the `drafts` table
(SQLCipher), never in a file. One draft per case: the key is the case id, or `new:<uuid>`
for a case that was never saved. Saving the case deletes the draft.

The submitter's story in progress (app/services/story.py) is kept the same way under a
`story:<uuid>` key: its answers and the step it is at, with the case it is saved into.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from storage.db import Connection
from storage.errors import DraftTooLarge
from storage.ids import CaseId

NEW_PREFIX = "new:"
STORY_PREFIX = "story:"
MAX_DRAFT = 8 * 1024 * 1024  # a record is at most ~1 MB of narrative plus its parts


@dataclass(frozen=True, slots=True)
class Draft:
    key: str
    case_id: CaseId | None  # None: a case not saved yet
    base_revision: int | None
    record: dict[str, Any]
    saved_at: str  # UTC, "YYYY-MM-DDTHH:MM:SS.mmmZ"

    @property
    def saved_at_seconds(self) -> str:
        """saved_at in the form of the case timestamps (second precision), to compare."""
        return self.saved_at[:19] + "Z"


def new_key() -> str:
    return f"{NEW_PREFIX}{uuid.uuid4()}"


def is_new_key(key: str) -> bool:
    return key.startswith(NEW_PREFIX)


def new_story_key() -> str:
    return f"{STORY_PREFIX}{uuid.uuid4()}"


def is_story_key(key: str) -> bool:
    return key.startswith(STORY_PREFIX)


_last_saved: datetime | None = None


def _now() -> str:
    """When a draft is saved: milliseconds, and strictly after the previous save in this
    process, so that "newest first" is the order of the saves even within one millisecond."""
    global _last_saved
    now = datetime.now(UTC)
    now = now.replace(microsecond=now.microsecond // 1000 * 1000)
    if _last_saved is not None and now <= _last_saved:
        now = _last_saved + timedelta(milliseconds=1)
    _last_saved = now
    return now.strftime("%Y-%m-%dT%H:%M:%S.%f")[:23] + "Z"


def _draft(row: Any) -> Draft:
    key = str(row[0])
    record = json.loads(row[2])
    if not isinstance(record, dict):
        record = {}
    return Draft(
        key=key,
        case_id=None if is_new_key(key) or is_story_key(key) else CaseId(key),
        base_revision=None if row[1] is None else int(row[1]),
        record=record,
        saved_at=str(row[3]),
    )


def encode(record: dict[str, Any]) -> str:
    """The stored form of a record (compact JSON); callers compare it to skip no-op saves."""
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def save(
    conn: Connection, key: str, record: dict[str, Any], base_revision: int | None = None,
    *, encoded: str | None = None,
) -> str:
    """Keep `record` as the draft of `key`, replacing the previous one, in one statement
    (its own transaction). Returns the time it was saved."""
    text = encoded if encoded is not None else encode(record)
    if len(text) > MAX_DRAFT:
        raise DraftTooLarge(len(text))
    saved_at = _now()
    conn.execute(
        "INSERT INTO drafts (case_key, base_revision, record, saved_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (case_key) DO UPDATE SET base_revision = excluded.base_revision, "
        "record = excluded.record, saved_at = excluded.saved_at",
        (key, base_revision, text, saved_at),
    )
    return saved_at


def get(conn: Connection, key: str) -> Draft | None:
    row = conn.execute(
        "SELECT case_key, base_revision, record, saved_at FROM drafts WHERE case_key = ?",
        (key,),
    ).fetchone()
    return None if row is None else _draft(row)


def keys(conn: Connection) -> set[str]:
    """The keys of every draft (a handful: one per case being edited), in one query."""
    return {str(row[0]) for row in conn.execute("SELECT case_key FROM drafts")}


def delete(conn: Connection, key: str) -> None:
    conn.execute("DELETE FROM drafts WHERE case_key = ?", (key,))


def new_case_drafts(conn: Connection) -> list[Draft]:
    """Drafts of cases never saved, newest first."""
    rows = conn.execute(
        "SELECT case_key, base_revision, record, saved_at FROM drafts "
        "WHERE case_key LIKE 'new:%' ORDER BY saved_at DESC, case_key"
    )
    return [_draft(r) for r in rows]


def story_drafts(conn: Connection) -> list[Draft]:
    """The submitter's stories in progress, newest first."""
    rows = conn.execute(
        "SELECT case_key, base_revision, record, saved_at FROM drafts "
        "WHERE case_key LIKE 'story:%' ORDER BY saved_at DESC, case_key"
    )
    return [_draft(r) for r in rows]


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM drafts").fetchone()[0])
