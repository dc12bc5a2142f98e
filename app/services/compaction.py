"""Compact the vault: its database rebuilt without free pages, so the file shrinks and no
freed page is left in it (storage/compaction.py). `guvoh compact` and Settings' "Compact
the vault" call this; it can take a while on a large vault (the UI runs it on a worker)."""

from __future__ import annotations

from storage import compaction
from storage.compaction import CompactResult
from storage.vault import DB_NAME, Vault

__all__ = ["CompactResult", "compact"]


def compact(vault: Vault) -> CompactResult:
    return compaction.compact(vault.conn, vault.path / DB_NAME)
