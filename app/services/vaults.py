"""Use cases of the vault: create, unlock, change passphrase, rekey, recover, check, status.

The command line and the desktop app call these; neither holds business rules. Slow steps
(Argon2id) happen inside; callers run them off the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from app.services import disguise, wipe
from app.services.passphrase import assess
from crypto import kdf
from crypto.kdf import Argon2Params
from crypto.keyslots import RecoveryCode
from storage import audit, fsio
from storage.audit import AuditVerdict as AuditVerdict
from storage.devicekeyring import DeviceKeyring
from storage.errors import WeakPassphrase, WrongPassphrase
from storage.vault import CheckReport as CheckReport
from storage.vault import Vault as Vault
from storage.vault import VaultStatus as VaultStatus
from storage.vault import is_vault as storage_is_vault

DEFAULT_KDF_SECONDS = kdf.DEFAULT_TARGET_SECONDS  # what `init` tunes Argon2id to take


def default_vault_dir() -> Path:
    """The platform's user data folder: ~/.local/share/Guvoh/vault on Linux,
    ~/Library/Application Support/Guvoh/vault on macOS, %LOCALAPPDATA%\\Guvoh\\vault on
    Windows."""
    return disguise.vault_dir(disguise.current())  # a neutral folder when disguised


def require_strong(passphrase: str, personal: Sequence[str] = ()) -> None:
    verdict = assess(passphrase, personal)
    if not verdict.acceptable:
        raise WeakPassphrase(verdict.reason or "guessable", verdict.score)


def create_vault(
    path: Path,
    passphrase: str,
    *,
    role: str = "researcher",
    pseudonym: str = "",
    kdf_seconds: float = kdf.DEFAULT_TARGET_SECONDS,
    use_keyring: bool = True,
) -> tuple[Vault, RecoveryCode]:
    """Refuse a weak passphrase, calibrate Argon2id, create the vault."""
    fsio.set_private_umask()
    require_strong(passphrase, [pseudonym])
    params = kdf.calibrate(kdf_seconds)
    keyring = DeviceKeyring.detect() if use_keyring else DeviceKeyring.none()
    return Vault.create(path, passphrase, params, keyring, role=role, pseudonym=pseudonym)


def unlock(path: Path, passphrase: str) -> Vault:
    fsio.set_private_umask()
    try:
        vault = Vault.unlock(path, passphrase, DeviceKeyring.detect())
    except WrongPassphrase:
        wipe.after_failed_unlock(path)  # opt-in: wiped after N wrong passphrases in a row
        raise
    wipe.after_unlock(path)
    from app.services import purge  # the cases service and jsonschema: not at startup

    purge.remove_delivered(vault)  # delete on receipt: receipts whose grace period ended
    return vault


def change_passphrase(vault: Vault, new_passphrase: str) -> None:
    require_strong(new_passphrase, [vault.meta("pseudonym") or ""])
    vault.change_passphrase(new_passphrase)


def rekey(
    vault: Vault,
    passphrase: str,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> RecoveryCode:
    """Replace the vault's data key: every page of the database is re-encrypted, the
    passphrase slot re-wrapped (fresh salt, and a new device secret if the vault is tied to
    the keyring), and a NEW recovery code issued, returned here to be shown once; the old
    code stops working. Old copies of the key-slot file open nothing written after.

    Why a new code rather than asking for the old one: we never keep the recovery code, so
    its slot can only be re-wrapped by typing it again, and a rekey is what one runs after
    a copy of the vault or its secrets may have been taken - the paper code included. A new
    code revokes every old secret at once and needs nothing the user may not have at hand.
    """
    return vault.rekey(passphrase, progress, cancel)


def recover(path: Path, code_text: str, new_passphrase: str) -> Vault:
    """Open with the recovery code, then set a new passphrase (the old one is revoked)."""
    fsio.set_private_umask()
    code = RecoveryCode.parse(code_text)
    require_strong(new_passphrase)
    vault = Vault.recover(path, code, new_passphrase, DeviceKeyring.detect())
    wipe.after_unlock(path)
    return vault


def is_vault(path: Path) -> bool:
    """True if `path` holds a vault (the window then asks to unlock it, else to create one)."""
    return storage_is_vault(path)


def keyring_available() -> bool:
    """True if this computer has a system keyring a new vault can be tied to."""
    return DeviceKeyring.detect().available


def set_private_umask() -> None:
    """Files and folders this process creates are private to the user (0600/0700)."""
    fsio.set_private_umask()


def status(vault: Vault) -> VaultStatus:
    """Keyring protection, KDF parameters and schema version of an unlocked vault."""
    return vault.status()


def check(vault: Vault, *, deep: bool = False) -> CheckReport:
    """Verify every part of the vault; `deep` also decrypts and hashes every attachment."""
    return vault.check(deep=deep)


def verify_audit(vault: Vault) -> AuditVerdict:
    """Recompute the audit log's hash chain."""
    return audit.verify(vault.conn)


def kdf_description(params: Argon2Params) -> str:
    return (
        f"Argon2id, {params.memory_kib // 1024} MiB, {params.time_cost} passes, "
        f"{params.parallelism} lane{'s' if params.parallelism != 1 else ''}"
    )
