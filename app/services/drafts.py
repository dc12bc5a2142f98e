"""Use cases for the editor's autosaved drafts: keep, find, restore and discard them.
Drafts are kept inside the encrypted vault (storage/drafts.py), never in a file."""

from __future__ import annotations

from typing import Any

from storage import cases, drafts
from storage.db import checkpoint
from storage.drafts import Draft, encode, new_key
from storage.errors import CaseNotFound
from storage.vault import Vault

__all__ = [
    "Draft",
    "cases_with_drafts",
    "discard_draft",
    "draft_for_case",
    "encode",
    "keep_draft",
    "new_case_draft",
    "new_key",
]


def keep_draft(
    vault: Vault, key: str, record: dict[str, Any], base_revision: int | None = None,
    *, encoded: str | None = None,
) -> str:
    """Save the editor's record as the draft of `key` (a case id or a `new:` key)."""
    return drafts.save(vault.conn, key, record, base_revision, encoded=encoded)


def discard_draft(vault: Vault, key: str) -> None:
    """Throw the draft away, leaving no copy in the WAL either (storage.db.checkpoint)."""
    drafts.delete(vault.conn, key)
    checkpoint(vault.conn)


def draft_for_case(vault: Vault, case_id: str) -> Draft | None:
    """The draft of a saved case, if it is newer than the case's last saved version.
    An older one (the case was saved since, e.g. from the command line) is left alone."""
    draft = drafts.get(vault.conn, case_id)
    if draft is None:
        return None
    try:
        summary = cases.get_summary(vault.conn, cases.resolve(vault.conn, case_id))
    except CaseNotFound:
        drafts.delete(vault.conn, case_id)
        return None
    if draft.base_revision == summary.revision or draft.saved_at_seconds >= summary.updated_at:
        return draft
    return None


def cases_with_drafts(vault: Vault, case_ids: list[str]) -> set[str]:
    """Which of these cases have unsaved changes kept as a draft (the drafts
    draft_for_case would offer), for the case list to say so."""
    kept = drafts.keys(vault.conn)  # one query, not one per row of the list
    return {case_id for case_id in case_ids
            if case_id in kept and draft_for_case(vault, case_id) is not None}


def new_case_draft(vault: Vault) -> Draft | None:
    """The newest draft of a case that was never saved, if any."""
    found = drafts.new_case_drafts(vault.conn)
    return found[0] if found else None
