"""Panic wipe (DESIGN.md 2b): the use case behind `guvoh wipe` and the lock screen's
"Wipe this vault". No passphrase is asked: whoever holds the computer may destroy the vault,
never open it. What it defeats: the person at the desk. What it does not: an image of the
disk taken before (docs/security.md)."""

from __future__ import annotations

from pathlib import Path

from storage import fsio
from storage import wipe as storage_wipe
from storage.devicekeyring import DeviceKeyring
from storage.errors import NotAVault, VaultNotFound
from storage.vault import Vault
from storage.wipe import StepHook, looks_like_vault, wipe_vault
from storage.wipe import WipeReport as WipeReport

# The word a person types to confirm, in the command line (the app shows its own,
# translated word). Lower case, compared after trimming and folding case.
CONFIRM_WORD = "wipe"


def confirmed(typed: str, word: str = CONFIRM_WORD) -> bool:
    """True if `typed` is the confirmation word (spaces around it and case ignored)."""
    return typed.strip().casefold() == word.strip().casefold() != ""


def can_wipe(path: Path) -> bool:
    """True if `path` holds a vault, or what is left of one after an interrupted wipe."""
    return looks_like_vault(path)


def require_vault(path: Path) -> None:
    """Raise VaultNotFound or NotAVault unless `path` is something to wipe (asked before
    the confirmation, so nobody confirms a wipe of nothing)."""
    if not looks_like_vault(path):
        raise VaultNotFound(path) if not path.exists() else NotAVault(path)


def wipe(path: Path, on_step: StepHook | None = None) -> WipeReport:
    """Destroy the vault at `path`: key slots overwritten in place with random bytes and
    fsynced, the keyring's device secret deleted, then every file and the folder removed.
    Raises VaultNotFound / NotAVault (nothing to wipe), VaultInUse (open in another
    window or command: lock it there first), FileSystemError (the disk refused)."""
    fsio.set_private_umask()
    return wipe_vault(path, DeviceKeyring.detect(), on_step)


# -- wipe after N wrong passphrases in a row (opt-in, off by default) ------------------------

MIN_WIPE_AFTER = storage_wipe.MIN_WIPE_AFTER
MAX_WIPE_AFTER = storage_wipe.MAX_WIPE_AFTER
WIPE_AFTER_CHOICES = (3, 5, 10, 20)  # what Settings offers besides "off"


def wipe_after(path: Path) -> int | None:
    """The number of wrong passphrases in a row that wipe the vault; None when off."""
    attempts = storage_wipe.read_attempts(path)
    return None if attempts is None else attempts.limit


def set_wipe_after(vault: Vault, limit: int | None) -> None:
    """Turn the wipe after `limit` wrong passphrases on, or off (None), for the vault open
    in `vault` (only someone who could open it may change this). The count is kept in a
    plain file in the vault folder (a failed unlock has no key): a copy of the disk, or
    someone who edits the folder, resets it. ValueError outside MIN_WIPE_AFTER..
    MAX_WIPE_AFTER."""
    vault.conn  # noqa: B018 - raises VaultLocked once the vault is closed
    storage_wipe.set_wipe_after(vault.path, limit)


def after_failed_unlock(path: Path) -> bool:
    """Called by the unlock use case after a wrong passphrase: True if this was the last
    one allowed and the vault is now wiped."""
    if storage_wipe.read_attempts(path) is None:
        return False  # off: no keyring lookup, no write
    return storage_wipe.count_failed_unlock(path, DeviceKeyring.detect())


def after_unlock(path: Path) -> None:
    """Called after the vault opened (passphrase or recovery code): the count restarts."""
    storage_wipe.reset_failed_unlocks(path)
