"""Every error storage/ raises, under one root, `StorageError`. They carry data, never user
prose; app/messages/ explains them.

`VaultError` is what the vault's own operations raise (the name callers catch);
`FileSystemError` (a write that could not be done) and `DraftTooLarge` are storage errors
but not vault errors, so catching VaultError does not swallow a full disk. A cancel raises
crypto.errors.Cancelled, the one cancellation of every layer.
"""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Base class for errors raised by storage/."""


class VaultError(StorageError):
    """Base class for errors of the vault's operations (opening, cases, keys, bundles)."""


class VaultNotFound(VaultError):
    """No vault at this path (no key-slot file)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class NotAVault(VaultError):
    """The folder exists and holds files, but they are not a Guvoh vault."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class VaultExists(VaultError):
    """`init` was asked to create a vault where one already is."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class VaultInUse(VaultError):
    """Another Guvoh process has this vault open."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class VaultLocked(VaultError):
    """An operation needs an unlocked vault."""


class WrongPassphrase(VaultError):
    """The passphrase opened no key slot."""


class WrongRecoveryCode(VaultError):
    """The recovery code is well formed but opened no key slot."""


class DeviceSecretMissing(VaultError):
    """The vault needs a device secret from the OS keyring and it is not there."""

    def __init__(self, keyring_available: bool) -> None:
        super().__init__("device secret missing")
        self.keyring_available = keyring_available


class RekeyInterrupted(VaultError):
    """A change of the data key stopped half-way (keyslots.next is present) and this
    secret cannot finish it: only the passphrase opens the new key-slot file."""


class KeyringUnavailable(VaultError):
    """The OS keyring refused or failed a request."""

    def __init__(self, backend: str, detail: str) -> None:
        super().__init__(f"{backend}: {detail}")
        self.backend = backend
        self.detail = detail


class WeakPassphrase(VaultError):
    """The passphrase was refused; `reason` is a stable code, `suggestions` codes too."""

    def __init__(self, reason: str, score: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.score = score


class DatabaseCorrupt(VaultError):
    """The encrypted database did not open with a key that opened the key slots."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class SchemaTooNew(VaultError):
    """The vault was written by a newer Guvoh."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"schema {found} > {supported}")
        self.found = found
        self.supported = supported


class FolderNotEmpty(VaultError):
    """`init` was pointed at a folder that already holds other files."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class BackupFolderNotEmpty(VaultError):
    """`backup` was pointed at a file, or at a folder that already holds something."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class BackupInsideVault(VaultError):
    """`backup` was pointed at a folder inside the vault it copies."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class CaseNotFound(VaultError):
    def __init__(self, case_id: str) -> None:
        super().__init__(case_id)
        self.case_id = case_id


class ReferenceTaken(VaultError):
    """Another case already uses this reference code."""

    def __init__(self, reference: str) -> None:
        super().__init__(reference)
        self.reference = reference


class RevisionSealed(VaultError):
    """An exported revision cannot change."""

    def __init__(self, case_id: str, revision: int) -> None:
        super().__init__(f"{case_id} r{revision}")
        self.case_id = case_id
        self.revision = revision


class AttachmentNotFound(VaultError):
    def __init__(self, blob_id: str) -> None:
        super().__init__(blob_id)
        self.blob_id = blob_id


class BlobCorrupt(VaultError):
    """An attachment's encrypted file is missing, damaged or edited; no data was returned.
    `reason`: missing, tampered, truncated, hash_mismatch, size_mismatch."""

    def __init__(self, blob_id: str, reason: str) -> None:
        super().__init__(f"{blob_id}: {reason}")
        self.blob_id = blob_id
        self.reason = reason


class SourceChanged(VaultError):
    """The file being attached vanished, shrank or grew while it was read; nothing stored.
    `reason`: missing, vanished, shrank, grew, unreadable, not_a_file."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class OutputExists(VaultError):
    """Guvoh does not overwrite a file the user did not ask it to replace."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class ImportConflict(VaultError):
    """The bundle would overwrite something that is not its own: a case id or an
    attachment id already used by other content."""

    def __init__(self, what: str, ident: str) -> None:
        super().__init__(f"{what} {ident}")
        self.what = what
        self.ident = ident


class NotEnoughSpace(VaultError):
    """The vault's disk has less free space than reading a bundle of this size needs (its
    quarantine holds about as much as the bundle); nothing was read."""

    def __init__(self, path: Path, needed: int, free: int) -> None:
        super().__init__(f"{path}: {needed} > {free}")
        self.path = path
        self.needed = needed
        self.free = free


class OrganisationNotFound(VaultError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class OrganisationAmbiguous(VaultError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class SignerNameTaken(VaultError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class SignerNotFound(VaultError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class SignerValidityInvalid(VaultError):
    """The end of a validity window is not after its start."""

    def __init__(self, valid_after: str, valid_before: str) -> None:
        super().__init__(valid_after, valid_before)
        self.valid_after = valid_after
        self.valid_before = valid_before


class FileSystemError(StorageError):
    """A write could not be completed; nothing was changed. `reason` is a short code."""

    def __init__(self, path: Path, reason: str, errno_: int | None = None) -> None:
        super().__init__(f"{reason}: {path}")
        self.path = path
        self.reason = reason
        self.errno = errno_


class DraftTooLarge(StorageError, ValueError):
    """The record is larger than any valid case could be; it was not kept. (Still a
    ValueError: the editor's autosave treats a ValueError as a draft it could not keep.)"""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


# -- sealed for travel (storage/seal.py) ----------------------------------------------


class VaultSealed(VaultError):
    """The vault is sealed for travel: nothing opens it until the organisation's release
    token is imported (`guvoh unseal`)."""


class NotSealed(VaultError):
    """Unseal was asked of a vault that is not sealed (or was unsealed already)."""


class SealDamaged(VaultError):
    """The seal file is missing or damaged, or the token's key half does not complete the
    data key: the vault stays sealed."""


# -- duress passphrase (storage/duress.py) --------------------------------------------


class DuressSameAsPassphrase(VaultError):
    """The duress passphrase given is the vault's own passphrase."""


class RecoverySlotUnknown(VaultError):
    """A vault made before duress passphrases existed does not say which key slot its
    recovery code uses: the recovery code is needed once, so the duress slot spares it."""


class NoDuress(VaultError):
    """`remove` or `open_decoy` was asked of a vault without a decoy."""
