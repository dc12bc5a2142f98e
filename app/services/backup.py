"""Back up the open vault: a consistent, encrypted copy in a new or empty folder, for a drive
kept apart from the laptop (storage.backup says how it stays consistent and encrypted).

The copy is a vault folder. On this computer it opens like the vault (passphrase, and the
keyring's device secret if the vault uses one); on any other computer, with the recovery
code and a new passphrase (`guvoh --vault COPY recover`, or the app's "Use the recovery
code"), since the device secret never leaves this computer's keyring.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

from storage import backup as storage_backup
from storage.backup import BackupResult as BackupResult
from storage.vault import Vault

NAME_PREFIX = "backup-"  # a neutral name: nothing on the drive names Guvoh


def backup_vault(
    vault: Vault,
    out: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> BackupResult:
    """Write the copy to `out`, which must not exist yet or be an empty folder."""
    return storage_backup.backup(vault, out, progress=progress, cancel=cancel)


def estimate_size(vault: Vault) -> int:
    """About how many bytes the copy will take."""
    return storage_backup.estimate_size(vault)


def folder_in(chosen: Path, today: dt.date | None = None) -> Path:
    """Where a backup goes when a person picks `chosen` (a drive, a folder): `chosen`
    itself if it is empty, else a new `backup-YYYY-MM-DD` in it (`-2`, `-3`... if taken)."""
    if chosen.is_dir() and not any(chosen.iterdir()):
        return chosen
    stem = NAME_PREFIX + (today or dt.date.today()).isoformat()
    candidate, n = chosen / stem, 1
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = chosen / f"{stem}-{n}"
    return candidate
