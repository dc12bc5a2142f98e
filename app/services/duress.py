"""Duress passphrase (DESIGN.md 2b): the use cases behind `guvoh duress ...` and the
Settings panel. What it defeats: the person at the desk who makes you unlock. What it does
not: an image of the disk taken before the unlock (it still holds the real key slots), or
two images compared (the decoy's file changed, the real one did not). storage/duress.py
says how the decoy is kept and opened.

Unlocking with the duress passphrase needs no call here: vaults.unlock opens the decoy
and quietly leaves only the duress slot.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.vaults import Vault, require_strong
from storage import duress
from storage.duress import DuressSameAsPassphrase as DuressSameAsPassphrase
from storage.duress import NoDuress as NoDuress
from storage.duress import RecoverySlotUnknown as RecoverySlotUnknown


@dataclass(frozen=True, slots=True)
class DuressStatus:
    decoy_exists: bool  # a decoy database was made (it may hold cases)
    active: bool  # the duress passphrase opens it (a passphrase change ends it)


def status(vault: Vault) -> DuressStatus:
    exists, active = duress.status(vault)
    return DuressStatus(exists, active)


def set_passphrase(vault: Vault, duress_passphrase: str, recovery_code: str | None = None) -> None:
    """Point `duress_passphrase` at the decoy (made empty if there is none). Refuses a weak
    one (WeakPassphrase), the vault's own (DuressSameAsPassphrase); RecoverySlotUnknown on a
    vault made before this feature: call again with the recovery code."""
    require_strong(duress_passphrase)
    duress.set_duress(vault, duress_passphrase, recovery_code)


def remove(vault: Vault) -> None:
    """The duress passphrase stops working and the decoy becomes random bytes again."""
    duress.remove_duress(vault)


def open_decoy(vault: Vault) -> Vault:
    """Close the real vault and return its decoy, open, to fill it like any vault (cases,
    files). The real vault's files are left alone; lock the decoy when done."""
    return duress.open_decoy(vault)


def is_decoy(vault: Vault) -> bool:
    """True for a decoy opened to fill it (the app says so, so nobody fills the wrong one).
    A decoy opened by the duress passphrase says nothing."""
    return vault.decoy == "fill"
