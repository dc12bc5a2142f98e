"""Every sentence Guvoh shows for an error, in one catalog, marked for Qt Linguist.

The core raises typed errors carrying data; this module turns each into an exit status and
one sentence that says what happened and what to do. The desktop app translates the
sentence with QCoreApplication.translate(CONTEXT, text); the command line prints the source
text (translated once the command line loads translations too). Placeholders are
positional (%1, %2) as Qt's arg() expects.
"""

from __future__ import annotations

from dataclasses import dataclass

from crypto.errors import KdfParamsOutOfBounds, KeySlotsCorrupt, RecoveryCodeMalformed
from storage.errors import (
    DatabaseCorrupt,
    DeviceSecretMissing,
    FolderNotEmpty,
    KeyringUnavailable,
    NotAVault,
    SchemaTooNew,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from storage.fsio import FileSystemError

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker
    """Marks `text` for extraction by lupdate; translation happens where it is shown."""
    del context
    return text


class ExitCode:
    OK = 0
    FAILURE = 1
    USAGE = 2
    WRONG_SECRET = 3
    NO_VAULT = 4
    IN_USE = 5
    CORRUPT = 6
    WEAK_PASSPHRASE = 7
    KEYRING = 8
    CHECK_FAILED = 9
    FILE_SYSTEM = 10
    EXISTS = 11
    BAD_INPUT = 12
    INTERRUPTED = 130


@dataclass(frozen=True, slots=True)
class Explanation:
    exit_code: int
    text: str  # English source text with %1.. placeholders, translated by the UI
    args: tuple[str, ...] = ()

    def render(self, translated: str | None = None) -> str:
        out = translated if translated is not None else self.text
        for i, arg in enumerate(self.args, start=1):
            out = out.replace(f"%{i}", arg)
        return out


_T = QT_TRANSLATE_NOOP

WEAK_REASONS = {
    "empty": _T(CONTEXT, "Please enter a passphrase."),
    "too_short": _T(CONTEXT, "Use at least 12 characters; four or five unrelated words work well."),
    "common_words": _T(CONTEXT, "It is built from very common words or passwords; add unusual words."),
    "keyboard_pattern": _T(CONTEXT, "It follows a pattern on the keyboard; use unrelated words instead."),
    "repeated": _T(CONTEXT, "It repeats the same characters; use several different words."),
    "sequence": _T(CONTEXT, "It is an easy sequence like abcd or 1234; use unrelated words."),
    "dates": _T(CONTEXT, "Dates and years are easy to guess; use words instead."),
    "personal": _T(CONTEXT, "It contains your name or the program's name; choose other words."),
    "guessable": _T(CONTEXT, "It would be too easy to guess; add two or three more unrelated words."),
}

FS_REASONS = {
    "disk_full": _T(CONTEXT, "The disk is full, so nothing was changed. Free some space and try again."),
    "read_only": _T(CONTEXT, "The disk is read-only, so nothing was changed."),
    "permission_denied": _T(CONTEXT, "Guvoh may not write to %1, so nothing was changed."),
    "io_error": _T(CONTEXT, "Writing to %1 failed, so nothing was changed. The disk may be failing."),
}

RECOVERY_REASONS = {
    "length": _T(CONTEXT, "A recovery code has 8 groups of 4 letters and digits; check that none is missing."),
    "characters": _T(CONTEXT, "The recovery code contains characters it cannot have; check for typing mistakes."),
    "checksum": _T(CONTEXT, "The recovery code has a typing mistake; compare each group with your copy."),
}


def explain(err: BaseException) -> Explanation | None:
    """The exit status and sentence for an expected error; None for a real bug."""
    E = Explanation  # noqa: N806
    match err:
        case WrongPassphrase():
            return E(ExitCode.WRONG_SECRET, _T(CONTEXT, "That passphrase did not open the vault. Check the keyboard language and Caps Lock."))
        case WrongRecoveryCode():
            return E(ExitCode.WRONG_SECRET, _T(CONTEXT, "That recovery code does not belong to this vault."))
        case RecoveryCodeMalformed(reason=reason):
            return E(ExitCode.WRONG_SECRET, RECOVERY_REASONS.get(reason, RECOVERY_REASONS["characters"]))
        case VaultNotFound(path=path):
            return E(ExitCode.NO_VAULT, _T(CONTEXT, "There is no vault at %1. Create one with 'guvoh init' or choose another folder."), (str(path),))
        case NotAVault(path=path):
            return E(ExitCode.NO_VAULT, _T(CONTEXT, "%1 is not a Guvoh vault. Choose the folder that holds the vault."), (str(path),))
        case VaultExists(path=path):
            return E(ExitCode.EXISTS, _T(CONTEXT, "A vault already exists at %1; nothing was changed."), (str(path),))
        case FolderNotEmpty(path=path):
            return E(ExitCode.EXISTS, _T(CONTEXT, "%1 already holds other files. Choose a new or empty folder for the vault."), (str(path),))
        case VaultInUse():
            return E(ExitCode.IN_USE, _T(CONTEXT, "This vault is already open in another Guvoh window or command. Close it there first."))
        case VaultLocked():
            return E(ExitCode.WRONG_SECRET, _T(CONTEXT, "The vault is locked. Unlock it first."))
        case DeviceSecretMissing(keyring_available=True):
            return E(ExitCode.KEYRING, _T(CONTEXT, "This vault also needs a key kept in this computer's keyring, and the keyring does not have it. Open the vault with your recovery code."))
        case DeviceSecretMissing():
            return E(ExitCode.KEYRING, _T(CONTEXT, "This vault also needs a key kept in this computer's keyring, and no keyring is running. Log in to your desktop session, or open the vault with your recovery code."))
        case KeyringUnavailable():
            return E(ExitCode.KEYRING, _T(CONTEXT, "The system keyring did not answer, so nothing was changed. Unlock your keyring and try again."))
        case WeakPassphrase(reason=reason):
            return E(ExitCode.WEAK_PASSPHRASE, _T(CONTEXT, "That passphrase is too weak: %1"), (WEAK_REASONS.get(reason, WEAK_REASONS["guessable"]),))
        case KeySlotsCorrupt():
            return E(ExitCode.CORRUPT, _T(CONTEXT, "The vault's key file is damaged or was edited, so the vault cannot be opened. Restore it from a backup."))
        case KdfParamsOutOfBounds():
            return E(ExitCode.CORRUPT, _T(CONTEXT, "The vault's key file asks for unsafe settings and was refused; it may have been tampered with. Restore it from a backup."))
        case DatabaseCorrupt():
            return E(ExitCode.CORRUPT, _T(CONTEXT, "The vault's database is damaged and could not be read. Restore it from a backup."))
        case SchemaTooNew():
            return E(ExitCode.CORRUPT, _T(CONTEXT, "This vault was written by a newer version of Guvoh. Update Guvoh to open it."))
        case FileSystemError(reason=reason, path=path):
            return E(ExitCode.FILE_SYSTEM, FS_REASONS.get(reason, FS_REASONS["io_error"]), (str(path),))
        case KeyboardInterrupt():
            return E(ExitCode.INTERRUPTED, _T(CONTEXT, "Stopped. Nothing was half-written."))
    return None
