"""The coordinator's Inbox history: what each batch read is kept in the vault (storage.inbox)
so the Inbox shows it again after a lock, with unread entries marked.

The Inbox records a batch's outcomes (:func:`record_batch`, on the worker that read them),
updates an entry when its file is imported again after its sender was accepted
(:func:`record_again`), marks entries read when the coordinator looks at them, and lists
them (:func:`history`). A cancelled file was not read and is not recorded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.domain.outcomes import Outcome
from app.services.coordinator import BatchItem
from storage import inbox
from storage.inbox import Entry, EntryId, NewEntry
from storage.timeutil import now_utc
from storage.vault import Vault

__all__ = ["Entry", "EntryId", "clear", "history", "mark_cases_read", "mark_read",
           "record_again", "record_batch", "unread_count"]


def _size(item: BatchItem) -> int:
    try:
        return item.path.stat().st_size
    except OSError:
        return 0


def _new_entry(item: BatchItem, size: int | None = None) -> NewEntry:
    return NewEntry(
        file_name=item.path.name,
        size=_size(item) if size is None else size,
        outcome=str(item.kind),
        reason=item.reason,
        bundle_id=item.bundle_id,
        sender=item.signer_name or "",
        sender_gave=item.sender_gave or "",
        fingerprint=item.signer_fingerprint,
        cases=item.cases if item.ok else 0,
        attachments=item.attachments if item.ok else 0,
    )


def record_batch(vault: Vault, items: Sequence[BatchItem]) -> tuple[list[EntryId | None], str]:
    """Keep the outcome of every file read (not the cancelled ones); returns each item's
    entry id (None for an item not recorded) and the time they were received (UTC)."""
    received_at = now_utc()
    kept = [item for item in items if item.kind is not Outcome.CANCELLED]
    ids = iter(inbox.record(vault.conn, [_new_entry(item) for item in kept], received_at))
    return [None if item.kind is Outcome.CANCELLED else next(ids) for item in items], received_at


def record_again(vault: Vault, entry_id: EntryId, item: BatchItem) -> None:
    """The entry's file was read again (its sender was just accepted): its new outcome."""
    inbox.update(vault.conn, entry_id, _new_entry(item))


def history(vault: Vault) -> list[Entry]:
    """The newest entries, oldest first."""
    return inbox.entries(vault.conn)


def mark_read(vault: Vault, entry_ids: Iterable[EntryId]) -> int:
    return inbox.mark_read(vault.conn, entry_ids)


def mark_cases_read(vault: Vault, case_ids: Iterable[str]) -> int:
    """A received case was opened: the Inbox entries that brought it are read."""
    return inbox.mark_cases_read(vault.conn, case_ids)


def unread_count(vault: Vault) -> int:
    return inbox.unread_count(vault.conn)


def clear(vault: Vault) -> int:
    """Forget the Inbox's list (the imported cases stay); returns how many entries went."""
    return inbox.clear(vault.conn)
