"""Provenance of cases: the bundles a case came in (or left in), who signed them, when they
were created and imported, the hashes of the bundle file and of each attachment, and
whether a receipt was made for them; and the bundles of each researcher.

Everything comes from the bundle records (bundles, bundle_cases, bundle_attachments) and,
for receipts a coordinator created, from the audit log's 'receipt_created' entries (the
bundles table records receipts only in the researcher's direction). Read only; codes and
data, no prose.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NewType

from storage.cases import get_summary
from storage.db import Connection
from storage.ids import BlobId, CaseId

BundleId = NewType("BundleId", str)


@dataclass(frozen=True, slots=True)
class AttachmentProof:
    blob_id: BlobId
    size: int
    sha256: str
    filename: str | None  # None when the attachment is no longer in the vault


@dataclass(frozen=True, slots=True)
class ReceiptStatus:
    """'in' bundles: receipts this (coordinator) vault created, from the audit log.
    'out' bundles: the receipt that came back from the organisation."""

    created: bool  # a receipt was created ('in') or received ('out')
    at: str | None  # UTC: the last receipt created ('in'), or delivered_at ('out')
    times: int  # receipts created for this bundle ('in'); 1 or 0 for 'out'
    receipt_sha256: str | None = None  # 'out': hash of the receipt file received


@dataclass(frozen=True, slots=True)
class BundleSummary:
    """One bundle as a list of a researcher's bundles shows it."""

    bundle_id: BundleId
    direction: str  # 'in' (received) or 'out' (sent)
    signer_name: str  # the pinned name at import ('' for bundles this vault wrote)
    signer_fingerprint: str  # SHA256:... of the signing key
    created_at: str  # Created, from the signed bag-info (UTC, as the sender's clock said)
    imported_at: str | None  # UTC, this vault's clock; None for 'out'
    file_sha256: str  # SHA-256 of the whole .age file
    payload_bytes: int
    recipients: tuple[str, ...]  # age1... the bundle was encrypted to
    cases: int
    attachments: int
    receipt: ReceiptStatus


@dataclass(frozen=True, slots=True)
class BundleProvenance:
    """One bundle a case travelled in, with the revision it carried."""

    bundle: BundleSummary
    revision: int  # the case revision stored from (or sealed for) this bundle
    attachments: tuple[AttachmentProof, ...]  # this case's attachments in this bundle


@dataclass(frozen=True, slots=True)
class CaseProvenance:
    case_id: CaseId
    reference: str
    title: str
    status: str
    bundles: tuple[BundleProvenance, ...]  # oldest first

    @property
    def latest(self) -> BundleProvenance | None:
        return self.bundles[-1] if self.bundles else None


@dataclass(frozen=True, slots=True)
class SignerBundles:
    """A signer (pinned or not any more) and the bundles received from it."""

    fingerprint: str
    name: str  # the pinned name now, else the name recorded at import
    pinned: bool
    bundles: tuple[BundleSummary, ...]  # newest first

    @property
    def cases(self) -> int:
        return sum(b.cases for b in self.bundles)


_BUNDLE_COLUMNS = (
    "b.id, b.direction, b.signer_name, b.signer_fingerprint, b.created_at, b.imported_at, "
    "b.file_sha256, b.payload_bytes, b.recipients, b.delivered_at, b.receipt_sha256, "
    "(SELECT count(*) FROM bundle_cases x WHERE x.bundle_id = b.id), "
    "(SELECT count(*) FROM bundle_attachments y WHERE y.bundle_id = b.id)"
)


def _receipts_created(conn: Connection, bundle_ids: Iterable[str]) -> dict[str, list[str]]:
    wanted = sorted(set(bundle_ids))
    if not wanted:
        return {}
    found: dict[str, list[str]] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        for object_id, at in conn.execute(
            "SELECT object_id, at FROM audit_log WHERE action = 'receipt_created' "
            f"AND object_id IN ({','.join('?' * len(part))}) ORDER BY seq",
            part,
        ):
            found.setdefault(str(object_id), []).append(str(at))
    return found


def _summary(row: Any, receipts: dict[str, list[str]]) -> BundleSummary:
    bundle_id, direction = str(row[0]), str(row[1])
    if direction == "in":
        times = receipts.get(bundle_id, [])
        receipt = ReceiptStatus(bool(times), times[-1] if times else None, len(times))
    else:
        delivered = None if row[9] is None else str(row[9])
        receipt = ReceiptStatus(delivered is not None, delivered, int(delivered is not None),
                                None if row[10] is None else str(row[10]))
    return BundleSummary(
        bundle_id=BundleId(bundle_id),
        direction=direction,
        signer_name=str(row[2]),
        signer_fingerprint=str(row[3]),
        created_at=str(row[4]),
        imported_at=None if row[5] is None else str(row[5]),
        file_sha256=str(row[6]),
        payload_bytes=int(row[7]),
        recipients=tuple(str(r) for r in json.loads(row[8])),
        cases=int(row[11]),
        attachments=int(row[12]),
        receipt=receipt,
    )


def _summaries(conn: Connection, where: str, params: list[Any], order: str) -> list[
    BundleSummary
]:
    rows = conn.execute(
        f"SELECT {_BUNDLE_COLUMNS} FROM bundles b {where} ORDER BY {order}", params
    ).fetchall()
    receipts = _receipts_created(conn, (str(r[0]) for r in rows if str(r[1]) == "in"))
    return [_summary(r, receipts) for r in rows]


def bundle(conn: Connection, bundle_id: str) -> BundleSummary | None:
    found = _summaries(conn, "WHERE b.id = ?", [bundle_id], "b.id")
    return found[0] if found else None


def case_provenance(conn: Connection, case_id: CaseId) -> CaseProvenance:
    """Where a case came from: every bundle it travelled in, oldest first (import time,
    then creation time). Raises CaseNotFound for an unknown case."""
    summary = get_summary(conn, case_id)
    rows = conn.execute(
        "SELECT bc.bundle_id, bc.revision FROM bundle_cases bc JOIN bundles b "
        "ON b.id = bc.bundle_id WHERE bc.case_id = ? "
        "ORDER BY coalesce(b.imported_at, b.created_at), b.created_at, b.id",
        (case_id,),
    ).fetchall()
    ids = [str(r[0]) for r in rows]
    by_id = {
        b.bundle_id: b
        for b in _summaries(conn, f"WHERE b.id IN ({','.join('?' * len(ids))})", ids, "b.id")
    } if ids else {}
    travelled = []
    for bundle_id, revision in rows:
        proofs = tuple(
            AttachmentProof(BlobId(str(a[0])), int(a[1]), str(a[2]),
                            None if a[3] is None else str(a[3]))
            for a in conn.execute(
                "SELECT ba.blob_id, ba.size, ba.sha256, a.filename FROM bundle_attachments ba "
                "LEFT JOIN attachments a ON a.id = ba.blob_id "
                "WHERE ba.bundle_id = ? AND ba.blob_id IN (SELECT a2.id FROM attachments a2 "
                "JOIN cases c ON c.num = a2.case_num WHERE c.id = ?) ORDER BY ba.blob_id",
                (bundle_id, case_id),
            )
        )
        travelled.append(BundleProvenance(by_id[BundleId(str(bundle_id))], int(revision),
                                          proofs))
    return CaseProvenance(case_id, summary.reference, summary.title, summary.status,
                          tuple(travelled))


def bundles_of_signer(conn: Connection, fingerprint: str) -> list[BundleSummary]:
    """Bundles received from the signer with this fingerprint, newest import first."""
    return _summaries(
        conn, "WHERE b.direction = 'in' AND b.signer_fingerprint = ?", [fingerprint],
        "b.imported_at DESC, b.created_at DESC, b.id",
    )


def signers_with_bundles(conn: Connection) -> list[SignerBundles]:
    """Every pinned signer (even without bundles yet) and every fingerprint bundles were
    received from, each with its bundles; sorted by name."""
    pinned = {
        str(r[0]): str(r[1]) for r in conn.execute("SELECT fingerprint, name FROM signers")
    }
    received = _summaries(conn, "WHERE b.direction = 'in'", [],
                          "b.imported_at DESC, b.created_at DESC, b.id")
    grouped: dict[str, list[BundleSummary]] = {fp: [] for fp in pinned}
    recorded_name: dict[str, str] = {}
    for item in received:
        grouped.setdefault(item.signer_fingerprint, []).append(item)
        recorded_name.setdefault(item.signer_fingerprint, item.signer_name)
    out = [
        SignerBundles(fp, pinned.get(fp, recorded_name.get(fp, "")), fp in pinned,
                      tuple(items))
        for fp, items in grouped.items()
    ]
    return sorted(out, key=lambda s: (s.name.casefold(), s.fingerprint))
