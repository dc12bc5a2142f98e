"""Cases: the record (JSON, schema case-v1), its revisions, filter facets and the search
index. Every save is a new revision; sealed (exported) revisions never change. The caller
(app/services/cases.py) validates records before they reach this module."""

from __future__ import annotations

import calendar
import json
import secrets
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from storage import audit
from storage.db import Connection, checkpoint, transaction
from storage.errors import CaseNotFound, ReferenceTaken
from storage.ids import BlobId, CaseId
from storage.placenames import country_names
from storage.textnorm import fold
from storage.timeutil import now_utc

STATUSES = ("draft", "ready", "exported", "delivered")
_REF_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U


@dataclass(frozen=True, slots=True)
class CaseSummary:
    id: CaseId
    reference: str
    title: str
    status: str
    host_country: str | None
    revision: int
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Case:
    summary: CaseSummary
    record: dict[str, Any]  # the stored record of `revision`
    revision: int
    sealed: bool


@dataclass(frozen=True, slots=True)
class Revision:
    revision: int
    saved_at: str
    sealed_at: str | None
    sealed_for: str | None
    title: str


_SUMMARY_COLUMNS = (
    "c.num, c.id, c.reference, c.title, c.status, c.host_country, c.current_revision, "
    "c.created_at, c.updated_at"
)


def _summary(row: Any) -> CaseSummary:
    return CaseSummary(
        id=CaseId(str(row[1])),
        reference=str(row[2]),
        title=str(row[3]),
        status=str(row[4]),
        host_country=None if row[5] is None else str(row[5]),
        revision=int(row[6]),
        created_at=str(row[7]),
        updated_at=str(row[8]),
    )


def new_reference() -> str:
    code = "".join(secrets.choice(_REF_ALPHABET) for _ in range(8))
    return f"{code[:4]}-{code[4:]}"


def _num(conn: Connection, case_id: CaseId) -> int:
    row = conn.execute("SELECT num FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise CaseNotFound(case_id)
    return int(row[0])


def exists(conn: Connection, case_id: str) -> bool:
    return conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is not None


def resolve(conn: Connection, key: str) -> CaseId:
    """A case id from its id, its reference code (any case), or a unique id prefix (>= 8)."""
    key = key.strip()
    row = conn.execute(
        "SELECT id FROM cases WHERE id = ? OR reference = ? COLLATE NOCASE", (key, key)
    ).fetchone()
    if row is not None:
        return CaseId(str(row[0]))
    if len(key) >= 8 and all(ch in "0123456789abcdef-" for ch in key.lower()):
        rows = conn.execute(
            "SELECT id FROM cases WHERE id >= ? AND id < ? LIMIT 2",
            (key.lower(), key.lower() + "\uffff"),
        ).fetchall()
        if len(rows) == 1:
            return CaseId(str(rows[0][0]))
    raise CaseNotFound(key)


def _stored(record: dict[str, Any], case_id: str, reference: str, status: str) -> str:
    record = {k: v for k, v in record.items() if k not in ("revision", "attachments")}
    record.update(id=case_id, reference=reference, status=status)
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def add(conn: Connection, record: dict[str, Any]) -> CaseSummary:
    """Store a new case as revision 1 (status draft unless the record says ready)."""
    with transaction(conn):
        return add_in_transaction(conn, record)


def add_in_transaction(conn: Connection, record: dict[str, Any]) -> CaseSummary:
    """`add` inside the caller's transaction (the benchmark stores 1,000 cases in one)."""
    case_id = CaseId(str(uuid.uuid4()))
    now = now_utc()
    status = record.get("status", "draft")
    reference = record.get("reference") or _free_reference(conn)
    _check_reference(conn, reference, None)
    cur = conn.execute(
        "INSERT INTO cases (id, reference, title, status, host_country, current_revision, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
        (case_id, reference, record["title"], status, record.get("host_country"), now, now),
    )
    num = int(cur.lastrowid)
    conn.execute(
        "INSERT INTO case_revisions (case_num, revision, saved_at, record) VALUES (?, 1, ?, ?)",
        (num, now, _stored(record, case_id, reference, status)),
    )
    _index(conn, num, record)
    audit.append(conn, "case_added", case_id)
    return get_summary(conn, case_id)


def update(conn: Connection, case_id: CaseId, record: dict[str, Any]) -> CaseSummary:
    """Save a new revision of an existing case; earlier revisions stay as they were."""
    now = now_utc()
    with transaction(conn):
        num = _num(conn, case_id)
        current = get_summary(conn, case_id)
        reference = record.get("reference") or current.reference
        _check_reference(conn, reference, num)
        status = record.get("status", "draft")
        revision = current.revision + 1
        conn.execute(
            "INSERT INTO case_revisions (case_num, revision, saved_at, record) VALUES (?, ?, ?, ?)",
            (num, revision, now, _stored(record, case_id, reference, status)),
        )
        conn.execute(
            "UPDATE cases SET reference = ?, title = ?, status = ?, host_country = ?, "
            "current_revision = ?, updated_at = ? WHERE num = ?",
            (reference, record["title"], status, record.get("host_country"), revision, now, num),
        )
        _index(conn, num, record)
        audit.append(conn, "case_edited", case_id)
    return get_summary(conn, case_id)


def _free_reference(conn: Connection) -> str:
    while True:
        reference = new_reference()
        if conn.execute("SELECT 1 FROM cases WHERE reference = ?", (reference,)).fetchone() is None:
            return reference


def _check_reference(conn: Connection, reference: str, own_num: int | None) -> None:
    row = conn.execute(
        "SELECT num FROM cases WHERE reference = ? COLLATE NOCASE", (reference,)
    ).fetchone()
    if row is not None and int(row[0]) != own_num:
        raise ReferenceTaken(reference)


def get_summary(conn: Connection, case_id: CaseId) -> CaseSummary:
    row = conn.execute(f"SELECT {_SUMMARY_COLUMNS} FROM cases c WHERE c.id = ?", (case_id,))
    found = row.fetchone()
    if found is None:
        raise CaseNotFound(case_id)
    return _summary(found)


def get(conn: Connection, case_id: CaseId, revision: int | None = None) -> Case:
    summary = get_summary(conn, case_id)
    wanted = summary.revision if revision is None else revision
    row = conn.execute(
        "SELECT r.record, r.sealed_at FROM case_revisions r JOIN cases c ON c.num = r.case_num "
        "WHERE c.id = ? AND r.revision = ?",
        (case_id, wanted),
    ).fetchone()
    if row is None:
        raise CaseNotFound(f"{case_id} revision {wanted}")
    record: dict[str, Any] = json.loads(row[0])
    record["revision"] = wanted
    if revision is None or revision == summary.revision:
        record["status"] = summary.status  # the workflow status lives in the cases table
    return Case(summary, record, wanted, row[1] is not None)


# Orders a list may be sorted by: the key is the caller's name, the value fixed SQL.
ORDERS = {
    "updated": "c.updated_at {d}, c.num {d}",
    "reference": "c.reference COLLATE NOCASE {d}, c.num {d}",
    "title": "c.title COLLATE NOCASE {d}, c.num {d}",
    "status": "c.status {d}, c.updated_at DESC, c.num DESC",
    # A coordinator's triage (storage/team.py; never triaged: 'new', nobody), statuses in
    # app.domain.team.STATUSES' order.
    "triage": "CASE IFNULL((SELECT t.value FROM triage t WHERE t.case_id = c.id AND "
              "t.field = 'status'), 'new') WHEN 'new' THEN 0 WHEN 'reviewing' THEN 1 "
              "WHEN 'follow_up' THEN 2 WHEN 'verified' THEN 3 WHEN 'closed' THEN 4 ELSE 5 "
              "END {d}, c.updated_at DESC, c.num DESC",
    "assignee": "IFNULL((SELECT t.value FROM triage t WHERE t.case_id = c.id AND "
                "t.field = 'assignee'), '') COLLATE NOCASE {d}, c.updated_at DESC, "
                "c.num DESC",
}


def order_clause(order: str, descending: bool) -> str:
    """SQL for one of ORDERS (anything else is refused: no caller text reaches SQL)."""
    return ORDERS[order].format(d="DESC" if descending else "ASC")


def list_cases(
    conn: Connection, limit: int = 100, offset: int = 0, statuses: Iterable[str] = (),
    order: str = "updated", descending: bool = True,
) -> list[CaseSummary]:
    wanted = list(statuses)
    where = f"WHERE c.status IN ({','.join('?' * len(wanted))})" if wanted else ""
    rows = conn.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM cases c {where} "
        f"ORDER BY {order_clause(order, descending)} LIMIT ? OFFSET ?",
        (*wanted, limit, offset),
    )
    return [_summary(r) for r in rows]


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])


def iter_ids(conn: Connection) -> Iterator[CaseId]:
    for row in conn.execute("SELECT id FROM cases ORDER BY num"):
        yield CaseId(str(row[0]))


def history(conn: Connection, case_id: CaseId) -> list[Revision]:
    num = _num(conn, case_id)
    rows = conn.execute(
        "SELECT revision, saved_at, sealed_at, sealed_for, json_extract(record, '$.title') "
        "FROM case_revisions WHERE case_num = ? ORDER BY revision",
        (num,),
    )
    return [
        Revision(int(r[0]), str(r[1]), r[2], r[3], str(r[4] or "")) for r in rows
    ]


def seal(conn: Connection, case_id: CaseId, revision: int, bundle_id: str) -> None:
    """Mark a revision as exported in `bundle_id`; from then on it never changes.
    Call inside the caller's transaction."""
    num = _num(conn, case_id)
    conn.execute(
        "UPDATE case_revisions SET sealed_at = ?, sealed_for = ? "
        "WHERE case_num = ? AND revision = ? AND sealed_at IS NULL",
        (now_utc(), bundle_id, num, revision),
    )
    audit.append(conn, "revision_sealed", f"{case_id}#{revision}")


def set_status(conn: Connection, case_id: CaseId, status: str) -> None:
    """Workflow status (exported, delivered) set by export and receipts; in a transaction."""
    if status not in STATUSES:
        raise ValueError(status)
    conn.execute("UPDATE cases SET status = ? WHERE id = ?", (status, case_id))


def delete(conn: Connection, case_id: CaseId, *, audited: bool = True) -> list[BlobId]:
    """Delete a case, its revisions, draft, facets and attachments' rows (their keys with
    them) and its words in the search index, leaving no copy in the vault's files: freed
    pages are overwritten (`secure_delete`), the index's blocks are rewritten without the
    words (FTS5 `secure-delete`, migration 0006), and the WAL, whose old frames still hold
    the pages as they were, is checkpointed and truncated after the commit.
    Returns the attachment ids whose encrypted files the caller removes after commit."""
    with transaction(conn):
        num = _num(conn, case_id)
        blob_ids = [
            BlobId(str(r[0]))
            for r in conn.execute("SELECT id FROM attachments WHERE case_num = ?", (num,))
        ]
        conn.execute("DELETE FROM case_fts WHERE rowid = ?", (num,))
        conn.execute("DELETE FROM cases WHERE num = ?", (num,))
        if audited:  # delete on receipt writes one entry with counts instead
            audit.append(conn, "case_deleted", case_id)
    checkpoint(conn)
    return blob_ids


# -- delivery: what a receipt confirmed, and delete on receipt ------------------------------

RECEIPT_GRACE_META = "delete_on_receipt"  # seconds after the receipt, or "never"
# When the default (delete at once) began to apply: receipts from before it are left alone
# until the person chooses a grace period (migration 0008).
RECEIPT_DEFAULT_SINCE_META = "delete_on_receipt_since"


def delivered_revision(conn: Connection, case_id: CaseId) -> int | None:
    """The latest revision of the case an organisation confirmed receiving, if any."""
    row = conn.execute(
        "SELECT MAX(bc.revision) FROM bundle_cases bc JOIN bundles b ON b.id = bc.bundle_id "
        "WHERE bc.case_id = ? AND b.direction = 'out' AND b.delivered_at IS NOT NULL",
        (case_id,),
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def delivered_waiting(conn: Connection) -> list[tuple[CaseId, int, str]]:
    """Cases that still hold a delivered revision (or earlier): (id, the latest delivered
    revision, when the first receipt for it arrived), oldest receipt first."""
    rows = conn.execute(
        "SELECT c.id, MAX(bc.revision), MIN(b.delivered_at) FROM cases c "
        "JOIN bundle_cases bc ON bc.case_id = c.id JOIN bundles b ON b.id = bc.bundle_id "
        "WHERE b.direction = 'out' AND b.delivered_at IS NOT NULL "
        "GROUP BY c.id "
        "HAVING MAX(bc.revision) >= (SELECT MIN(r.revision) FROM case_revisions r "
        "                            WHERE r.case_num = c.num) "
        "ORDER BY MIN(b.delivered_at)"
    ).fetchall()
    return [(CaseId(str(r[0])), int(r[1]), str(r[2])) for r in rows]


def drop_revisions_through(conn: Connection, case_id: CaseId, revision: int) -> int:
    """Delete the saved revisions up to `revision` (delivered) of a case edited since: the
    later ones stay. Never the current revision. In the caller's transaction; the caller
    checkpoints. Returns how many were deleted."""
    num = _num(conn, case_id)
    cur = conn.execute(
        "DELETE FROM case_revisions WHERE case_num = ? AND revision <= ? "
        "AND revision < (SELECT current_revision FROM cases WHERE num = ?)",
        (num, revision, num),
    )
    return int(cur.rowcount)


def receipt_grace(conn: Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (RECEIPT_GRACE_META,)).fetchone()
    return None if row is None else str(row[0])


def receipt_default_since(conn: Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?",
                       (RECEIPT_DEFAULT_SINCE_META,)).fetchone()
    return None if row is None else str(row[0])


def set_receipt_grace(conn: Connection, value: str) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (RECEIPT_GRACE_META, value),
        )
        audit.append(conn, "setting_changed", f"{RECEIPT_GRACE_META}={value}")


# -- index: facets, dates, full text ----------------------------------------------------


def _index(conn: Connection, num: int, record: dict[str, Any]) -> None:
    conn.execute("DELETE FROM case_facets WHERE case_num = ?", (num,))
    conn.execute("DELETE FROM case_dates WHERE case_num = ?", (num,))
    conn.execute("DELETE FROM case_fts WHERE rowid = ?", (num,))
    facets: set[tuple[str, str]] = set()
    spans: set[tuple[str, str]] = set()
    if record.get("host_country"):
        facets.add(("country", record["host_country"]))
    interview = record.get("interview") or {}
    if (interview.get("place") or {}).get("country"):
        facets.add(("country", interview["place"]["country"]))
    if interview.get("date"):
        spans.add(date_span(interview["date"]))
    for event in record.get("events") or []:
        facets.update(("act", a) for a in event.get("acts") or [])
        facets.update(("perpetrator", p) for p in event.get("perpetrator_types") or [])
        if (event.get("place") or {}).get("country"):
            facets.add(("country", event["place"]["country"]))
        value = (event.get("date") or {}).get("value")
        if value:
            spans.add(date_span(value))
    for person in record.get("persons") or []:
        facets.update(("country", c) for c in person.get("nationality") or [])
    conn.executemany(
        "INSERT OR IGNORE INTO case_facets (case_num, kind, value) VALUES (?, ?, ?)",
        [(num, kind, value) for kind, value in sorted(facets)],
    )
    conn.executemany(
        "INSERT INTO case_dates (case_num, date_from, date_to) VALUES (?, ?, ?)",
        [(num, a, b) for a, b in sorted(spans)],
    )
    title, people, places, narrative, other = index_texts(record)
    conn.execute(
        "INSERT INTO case_fts (rowid, title, people, places, narrative, other) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (num, fold(title), fold(people), fold(places), fold(narrative), fold(other)),
    )


def _place_text(place: dict[str, Any] | None) -> list[str]:
    if not place:
        return []
    parts = [str(place.get(k, "")) for k in ("city", "region") if place.get(k)]
    if place.get("country"):
        parts.extend(country_names(str(place["country"])))
    return parts


def index_texts(record: dict[str, Any]) -> tuple[str, str, str, str, str]:
    """The searchable text of a record, by column (before folding)."""
    people: list[str] = []
    places: list[str] = []
    other: list[str] = list(record.get("tags") or [])
    for person in record.get("persons") or []:
        people.extend(str(person[k]) for k in ("real_name", "pseudonym") if person.get(k))
        places.extend(_place_text(person.get("location")))
        other.extend(str(person[k]) for k in ("contact",) if person.get(k))
    interview = record.get("interview") or {}
    places.extend(_place_text(interview.get("place")))
    other.extend(str(interview[k]) for k in ("interviewer_pseudonym", "interpreter")
                 if interview.get(k))
    if record.get("host_country"):
        places.extend(country_names(str(record["host_country"])))
    for event in record.get("events") or []:
        places.extend(_place_text(event.get("place")))
        if event.get("description"):
            other.append(str(event["description"]))
    consent = record.get("consent") or {}
    if consent.get("notes"):
        other.append(str(consent["notes"]))
    narrative = "\n".join(str(record[k]) for k in ("summary", "narrative") if record.get(k))
    return (
        str(record.get("title", "")),
        "\n".join(dict.fromkeys(people)),
        "\n".join(dict.fromkeys(places)),
        narrative,
        "\n".join(other),
    )


def date_span(value: str) -> tuple[str, str]:
    """The first and last day an ISO partial date (YYYY, YYYY-MM, YYYY-MM-DD) covers."""
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(parts[1])
    if len(parts) == 2:
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    return value, value


def store_imported(conn: Connection, case_id: CaseId, record: dict[str, Any]) -> CaseSummary:
    """Insert or add a revision to a case received in a bundle, keeping its id and
    reference; inside the caller's transaction (an import commits all or nothing)."""
    now = now_utc()
    row = conn.execute(
        "SELECT num, current_revision FROM cases WHERE id = ?", (case_id,)
    ).fetchone()
    reference = str(record.get("reference") or "")
    if not reference or conn.execute(
        "SELECT 1 FROM cases WHERE reference = ? COLLATE NOCASE AND id != ?",
        (reference, case_id),
    ).fetchone():
        reference = _free_reference(conn)
    status = str(record.get("status", "delivered"))
    if row is None:
        cur = conn.execute(
            "INSERT INTO cases (id, reference, title, status, host_country, current_revision, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
            (case_id, reference, record["title"], status, record.get("host_country"), now, now),
        )
        num, revision = int(cur.lastrowid), 1
    else:
        num, revision = int(row[0]), int(row[1]) + 1
        conn.execute(
            "UPDATE cases SET reference = ?, title = ?, status = ?, host_country = ?, "
            "current_revision = ?, updated_at = ? WHERE num = ?",
            (reference, record["title"], status, record.get("host_country"), revision, now, num),
        )
    conn.execute(
        "INSERT INTO case_revisions (case_num, revision, saved_at, record) VALUES (?, ?, ?, ?)",
        (num, revision, now, _stored(record, case_id, reference, status)),
    )
    _index(conn, num, record)
    return get_summary(conn, case_id)
