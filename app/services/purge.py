"""Purge: remove the local copies of cases once they are delivered (or, if forced, before).
Each case goes as `delete_case` removes it: no word of it left in any page of the database,
the search index or the WAL (storage/cases.delete)."""

from __future__ import annotations

from collections.abc import Sequence

from app.services import cases as case_service
from app.services.errors import NotDelivered
from storage import audit, cases
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
