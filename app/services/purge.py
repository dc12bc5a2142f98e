"""Purge: remove the local copies of cases once they are delivered (or, if forced, before).
Each case goes as `delete_case` removes it: no word of it left in any page of the database,
the search index or the WAL (storage/cases.delete).

Delete on receipt (DESIGN.md 2b): once the organisation's receipt is in and the vault's grace
period (app.services.settings.receipt_grace) has passed, what it confirmed is destroyed by
`remove_delivered`: a case whose delivered revision is its current one goes entirely (rows,
revisions, draft, attachments and their encrypted files, its words in the index); a case
edited since loses only the delivered revision and those before it, and keeps the later
edits, undelivered. One audit entry with counts is all that stays."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app.services import cases as case_service
from app.services import settings
from app.services.errors import NotDelivered
from storage import audit, blobs, cases
from storage import bundles as records
from storage.db import checkpoint, transaction
from storage.errors import CaseNotFound
from storage.ids import CaseId
from storage.vault import Vault


def purge(vault: Vault, *, delivered: bool = False, case_keys: Sequence[str] = (),
          force_undelivered: bool = False) -> list[str]:
    """Remove local copies: all delivered cases, and/or the cases named (which must be
    delivered unless `force_undelivered`). Returns the references removed."""
    targets: list[CaseId] = []
    if delivered:
        targets.extend(s.id for s in cases.list_cases(vault.conn, 1_000_000, 0, ["delivered"]))
    for key in case_keys:
        case_id = cases.resolve(vault.conn, key)
        if not records.case_delivered(vault.conn, case_id) and not force_undelivered:
            raise NotDelivered(cases.get_summary(vault.conn, case_id).reference)
        targets.append(case_id)
    removed = []
    for case_id in dict.fromkeys(targets):
        try:
            summary = cases.get_summary(vault.conn, case_id)
        except CaseNotFound:
            continue
        case_service.delete_case(vault, case_id)
        with transaction(vault.conn):
            audit.append(vault.conn, "case_purged", case_id)
        removed.append(summary.reference)
    if removed:
        checkpoint(vault.conn)  # the WAL ends empty (each delete checkpointed already)
    return removed


@dataclass(frozen=True, slots=True)
class Removal:
    """What delete on receipt destroyed: counts only."""

    cases: int = 0  # whole cases
    versions: int = 0  # older saved versions of cases edited since delivery
    files: int = 0  # attachments

    def __bool__(self) -> bool:
        return bool(self.cases or self.versions or self.files)


def _parse(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def remove_delivered(vault: Vault, *, now: datetime | None = None) -> Removal:
    """Destroy what the organisation confirmed receiving, for receipts older than the vault's
    grace period (at once by default; nothing if it is "never"). Called after a receipt is
    imported and at every unlock."""
    grace = settings.receipt_grace(vault)
    if grace is None:
        return Removal()
    cutoff = (now or datetime.now(UTC)) - timedelta(seconds=grace)
    # Only the default, never chosen: receipts from before it existed stay (migration 0008).
    since = (cases.receipt_default_since(vault.conn)
             if cases.receipt_grace(vault.conn) is None else None)
    whole = versions = 0
    files: list[str] = []
    for case_id, revision, delivered_at in cases.delivered_waiting(vault.conn):
        if _parse(delivered_at) > cutoff:
            continue
        if since is not None and _parse(delivered_at) < _parse(since):
            continue
        current = cases.get_summary(vault.conn, case_id).revision
        if revision >= current:
            removed = cases.delete(vault.conn, case_id, audited=False)
            blobs.remove_files(vault.blobs_dir, removed)
            files.extend(removed)
            whole += 1
        else:
            with transaction(vault.conn):
                versions += cases.drop_revisions_through(vault.conn, case_id, revision)
    result = Removal(whole, versions, len(files))
    if result:
        with transaction(vault.conn):
            audit.append(vault.conn, "delivered_removed",
                         f"cases={result.cases} versions={result.versions} files={result.files}")
        checkpoint(vault.conn)  # TRUNCATE: the WAL ends empty
    return result
