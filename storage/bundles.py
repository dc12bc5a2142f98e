"""Bundles sent and received: their records, the provenance of imported cases, commits of
verified imports, exports sealing revisions, and receipts marking cases delivered."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storage import attachment_metadata, audit, cases, fsio
from storage.db import Connection, transaction
from storage.errors import ImportConflict
from storage.ids import CaseId
from storage.quarantine import Quarantine
from storage.timeutil import now_utc


@dataclass(frozen=True, slots=True)
class BundleRecord:
    id: str
    direction: str
    created_at: str
    file_sha256: str
    signer_fingerprint: str
    signer_name: str
    sender_recipient: str
    recipients: list[str]
    payload_bytes: int
    imported_at: str | None
    delivered_at: str | None
    cases: list[tuple[str, int]]


_COLUMNS = (
    "id, direction, created_at, file_sha256, signer_fingerprint, signer_name, "
    "sender_recipient, recipients, payload_bytes, imported_at, delivered_at"
)


def get(conn: Connection, bundle_id: str) -> BundleRecord | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM bundles WHERE id = ?", (bundle_id,)).fetchone()
    if row is None:
        return None
    members = [
        (str(r[0]), int(r[1]))
        for r in conn.execute(
            "SELECT case_id, revision FROM bundle_cases WHERE bundle_id = ? ORDER BY case_id",
            (bundle_id,),
        )
    ]
    return BundleRecord(
        str(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), str(row[5]),
        str(row[6]), list(json.loads(row[7])), int(row[8]),
        None if row[9] is None else str(row[9]), None if row[10] is None else str(row[10]),
        members,
    )


def bundle_attachments(conn: Connection, bundle_id: str) -> list[tuple[str, str]]:
    return [(str(r[0]), str(r[1])) for r in conn.execute(
        "SELECT blob_id, sha256 FROM bundle_attachments WHERE bundle_id = ? ORDER BY blob_id",
        (bundle_id,))]


def record_export(
    conn: Connection, bundle_id: str, created: str, file_sha256: str, signer_fingerprint: str,
    recipients: list[str], members: list[tuple[CaseId, int]],
    attachments: list[tuple[str, int, str]], payload_bytes: int,
) -> None:
    """After the bundle file is in place: seal the exported revisions, mark the cases
    exported, remember the bundle. One transaction."""
    with transaction(conn):
        conn.execute(
            f"INSERT INTO bundles ({_COLUMNS}) VALUES (?, 'out', ?, ?, ?, '', '', ?, ?, NULL, "
            "NULL)",
            (bundle_id, created, file_sha256, signer_fingerprint,
             json.dumps(sorted(recipients)), payload_bytes),
        )
        for case_id, revision in members:
            cases.seal(conn, case_id, revision, bundle_id)
            cases.set_status(conn, case_id, "exported")
            conn.execute(
                "INSERT INTO bundle_cases (bundle_id, case_id, revision) VALUES (?, ?, ?)",
                (bundle_id, case_id, revision),
            )
        conn.executemany(
            "INSERT INTO bundle_attachments (bundle_id, blob_id, size, sha256) "
            "VALUES (?, ?, ?, ?)",
            [(bundle_id, b, s, h) for b, s, h in attachments],
        )
        audit.append(conn, "bundle_exported", bundle_id)


def check_conflicts(conn: Connection, quarantine: Quarantine, case_ids: Iterable[str],
                    signer_fingerprint: str) -> set[str]:
    """Raise ImportConflict if the bundle would overwrite an attachment with other bytes,
    or a case that came from elsewhere; return the blob ids already stored with the same
    bytes. Verify calls it too, so it refuses what import would refuse. Only the rows of
    this bundle's attachments and cases are looked up (by primary key and the
    bundle_cases_case index): the cost does not grow with the vault."""
    reused: set[str] = set()
    for blob in quarantine.blobs:
        row = conn.execute("SELECT sha256 FROM attachments WHERE id = ?",
                           (blob.blob_id,)).fetchone()
        if row is not None:
            if str(row[0]) != blob.sha256:
                raise ImportConflict("attachment", blob.blob_id)
            reused.add(blob.blob_id)
    for case_id in case_ids:
        local = conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone()
        if local is None:
            continue
        # A case already here may only be updated by the signer it came from (every
        # incoming bundle holding it has that signer: any other was refused here).
        ours = conn.execute(
            "SELECT 1 FROM bundle_cases bc JOIN bundles b ON b.id = bc.bundle_id "
            "WHERE bc.case_id = ? AND b.direction = 'in' AND b.signer_fingerprint = ? "
            "LIMIT 1", (case_id, signer_fingerprint)).fetchone()
        if ours is None:
            raise ImportConflict("case", case_id)
    return reused


def commit_import(
    conn: Connection,
    blobs_dir: Path,
    quarantine: Quarantine,
    records: dict[str, dict[str, Any]],
    *,
    bundle_id: str,
    created: str,
    file_sha256: str,
    signer_fingerprint: str,
    signer_name: str,
    sender_recipient: str,
    recipients: list[str],
    payload_bytes: int,
) -> None:
    """Make a verified bundle part of the vault, all or nothing. `records` are the
    validated case records by case id; attachment files move from quarantine into place
    before the transaction (a crash leaves only orphans, removed at the next open)."""
    reused = check_conflicts(conn, quarantine, records, signer_fingerprint)
    moves = [(b.local_file, b.blob_id) for b in quarantine.blobs if b.blob_id not in reused]
    for local_file, blob_id in moves:
        (blobs_dir / local_file).replace(blobs_dir / blob_id)
    fsio.fsync_dir(blobs_dir)
    now = now_utc()
    with transaction(conn):
        conn.execute(
            f"INSERT INTO bundles ({_COLUMNS}) VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
            (bundle_id, created, file_sha256, signer_fingerprint, signer_name,
             sender_recipient, json.dumps(sorted(recipients)), payload_bytes, now),
        )
        for case_id in sorted(records):
            record = dict(records[case_id])
            record["status"] = "delivered"
            summary = cases.store_imported(conn, CaseId(case_id), record)
            conn.execute(
                "INSERT INTO bundle_cases (bundle_id, case_id, revision) VALUES (?, ?, ?)",
                (bundle_id, case_id, summary.revision),
            )
        by_case = {
            blob_id: case_id
            for case_id, record in records.items()
            for blob_id in (a["id"] for a in record.get("attachments") or [])
        }
        for blob in quarantine.blobs:
            meta: dict[str, Any] = next(
                (a for r in records.values() for a in r.get("attachments") or []
                 if a["id"] == blob.blob_id),
                {},
            )
            if blob.blob_id not in reused:
                case_num = conn.execute(
                    "SELECT num FROM cases WHERE id = ?", (by_case.get(blob.blob_id, ""),)
                ).fetchone()
                if case_num is None:
                    raise ImportConflict("attachment", blob.blob_id)
                conn.execute(
                    "INSERT INTO attachments (id, case_num, filename, media_type, size, sha256, "
                    "file_key, description, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (blob.blob_id, int(case_num[0]), str(meta.get("filename", blob.blob_id)),
                     str(meta.get("media_type", "application/octet-stream")), blob.size,
                     blob.sha256, blob.file_key, str(meta.get("description", "")), now),
                )
            conn.execute(
                "INSERT INTO bundle_attachments (bundle_id, blob_id, size, sha256) "
                "VALUES (?, ?, ?, ?)",
                (bundle_id, blob.blob_id, blob.size, blob.sha256),
            )
            original = meta.get("original_sha256")
            if isinstance(original, str) and original != blob.sha256:
                # a cleaned copy: keep its original's hash (docs/bundle-format.md 5.7)
                attachment_metadata.record_cleaned_in_transaction(
                    conn, blob.blob_id, blob.sha256, original, blob.size, received=True,
                    made_at=created)
        audit.append(conn, "bundle_imported", bundle_id)
    for blob_id in reused:
        local = next(b.local_file for b in quarantine.blobs if b.blob_id == blob_id)
        fsio.remove_file(blobs_dir / local)


def mark_delivered(conn: Connection, bundle_id: str, case_ids: list[str],
                   receipt_sha256: str) -> tuple[list[str], list[str]]:
    """A receipt for `bundle_id` arrived: the exported revision of each case it confirms is
    delivered (cases.delivered_revision). A case not edited since becomes delivered; one
    edited since keeps its later edits as they are, undelivered.
    Returns (cases now delivered, cases edited since export)."""
    delivered: list[str] = []
    edited: list[str] = []
    with transaction(conn):
        conn.execute(
            "UPDATE bundles SET delivered_at = COALESCE(delivered_at, ?), receipt_sha256 = ? "
            "WHERE id = ?",
            (now_utc(), receipt_sha256, bundle_id),
        )
        for case_id, revision in conn.execute(
            "SELECT case_id, revision FROM bundle_cases WHERE bundle_id = ?", (bundle_id,)
        ).fetchall():
            if str(case_id) not in case_ids:
                continue
            row = conn.execute(
                "SELECT current_revision, status FROM cases WHERE id = ?", (case_id,)
            ).fetchone()
            if row is None:
                continue
            if int(row[0]) == int(revision):
                if str(row[1]) != "delivered":
                    cases.set_status(conn, CaseId(str(case_id)), "delivered")
                    delivered.append(str(case_id))
            elif int(row[0]) > int(revision):
                edited.append(str(case_id))
        audit.append(conn, "receipt_imported", bundle_id)
    return delivered, edited


def case_delivered(conn: Connection, case_id: str) -> bool:
    row = conn.execute("SELECT status FROM cases WHERE id = ?", (case_id,)).fetchone()
    return row is not None and str(row[0]) == "delivered"
