"""Every sentence Guvoh shows for an error, in one catalog, marked for Qt Linguist.

The core raises typed errors carrying data; this module turns each into an exit status and
one sentence that says what happened and what to do. The desktop app translates the
sentence with QCoreApplication.translate(CONTEXT, text); the command line prints the source
text (translated once the command line loads translations too). Placeholders are
positional (%1, %2) as Qt's arg() expects.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.bundles import (
    BundleCaseInvalid,
    BundleNotFound,
    ConsentMissing,
    DuplicateBundle,
    NoOrganisation,
    NotACoordinator,
    NotDelivered,
    NothingToExport,
    ReceiptMismatch,
    ReplayedBundle,
    SignerExpired,
    UnknownSigner,
)
from app.services.coordinator import TooManyBundles
from app.services.errors import CaseFileMalformed, CaseFileUnreadable, CaseInvalid
from crypto.bundle import (
    BundleCancelled,
    BundleMalformed,
    BundleNotForUs,
    BundleTampered,
    BundleTruncated,
    BundleUnreadable,
    UnsupportedBundleFormat,
)
from crypto.errors import KdfParamsOutOfBounds, KeySlotsCorrupt, RecoveryCodeMalformed
from crypto.identity import InvalidPublicKey
from crypto.orgcard import CardMalformed, CardSignatureInvalid
from storage.bundles import ImportConflict
from storage.errors import (
    AttachmentNotFound,
    BlobCorrupt,
    Cancelled,
    CaseNotFound,
    DatabaseCorrupt,
    DeviceSecretMissing,
    FolderNotEmpty,
    KeyringUnavailable,
    NotAVault,
    OutputExists,
    ReferenceTaken,
    RevisionSealed,
    SchemaTooNew,
    SourceChanged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from storage.fsio import FileSystemError
from storage.keys import (
    OrganisationAmbiguous,
    OrganisationNotFound,
    SignerNameTaken,
    SignerNotFound,
    SignerValidityInvalid,
)

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
    NOT_FOUND = 13
    CORRUPT_ATTACHMENT = 14
    SOURCE_CHANGED = 15
    CANCELLED = 16
    TAMPERED = 20
    UNKNOWN_SIGNER = 21
    REPLAY = 22
    NOT_FOR_US = 23
    DUPLICATE = 24
    MALFORMED_BUNDLE = 25
    UNSUPPORTED_FORMAT = 26
    SIGNER_EXPIRED = 27
    INVALID_CASE = 28
    CONFLICT = 29
    RECEIPT_MISMATCH = 30
    WRONG_ROLE = 31
    CONSENT = 32
    NOTHING_TO_EXPORT = 33
    NOT_DELIVERED = 34
    BAD_CARD = 35
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


CASE_PROBLEMS = {
    "required": _T(CONTEXT, "The case file is missing the field %1."),
    "unknown_field": _T(CONTEXT, "The case file has a field Guvoh does not know at %1: %2."),
    "unknown_code": _T(CONTEXT, "%2 at %1 is not a known code; see resources/vocab/%3.json for the list."),
    "unsupported_version": _T(CONTEXT, "The case file at %1 has schema version %2; this Guvoh reads version 1."),
    "type": _T(CONTEXT, "%1 must be of type %2."),
    "too_long": _T(CONTEXT, "%1 is too long or too large (the limit is %2)."),
    "too_short": _T(CONTEXT, "%1 is empty or too small (at least %2)."),
    "format": _T(CONTEXT, "%1 is not in the expected form: %2."),
    "duplicate_id": _T(CONTEXT, "Two entries use the id %2 (at %1); ids must be unique."),
    "unknown_person": _T(CONTEXT, "%1 names %2, but no person in the case has that id."),
    "unknown_attachment": _T(CONTEXT, "%1 names the file %2, but this case has no attachment with that id."),
    "bad_date": _T(CONTEXT, "%1 is not a real calendar date: %2."),
    "not_allowed_on_add": _T(CONTEXT, "A new case cannot have the field %1; the vault assigns it. To change an existing case use 'guvoh case edit'."),
    "id_mismatch": _T(CONTEXT, "The file is for another case (id %2)."),
    "status_not_allowed": _T(CONTEXT, "The status %2 is set by exporting or by a receipt; a case file may say draft or ready."),
    "schema": _T(CONTEXT, "The case file is not valid at %1: %2"),
}

SOURCE_REASONS = {
    "missing": _T(CONTEXT, "The file %1 does not exist; nothing was stored."),
    "unreadable": _T(CONTEXT, "The file %1 could not be read; nothing was stored."),
    "not_a_file": _T(CONTEXT, "%1 is a folder, not a file; nothing was stored."),
    "vanished": _T(CONTEXT, "The file %1 was moved or deleted while it was being stored; nothing was stored. Try again."),
    "shrank": _T(CONTEXT, "The file %1 changed while it was being stored; nothing was stored. Try again when no other program is writing it."),
    "grew": _T(CONTEXT, "The file %1 changed while it was being stored; nothing was stored. Try again when no other program is writing it."),
}


# The inbox's word for each batch import outcome (app.services.coordinator.BatchItem.reason:
# the kind, or "kind.detail"); the full sentence for an error comes from explain().
IMPORT_OUTCOMES = {
    "imported": _T(CONTEXT, "Imported."),
    "duplicate": _T(CONTEXT, "Already imported; nothing was imported twice."),
    "replay": _T(CONTEXT, "Refused: another file with the same bundle id was seen before (a replay)."),
    "not_for_us": _T(CONTEXT, "Not for us: this bundle is addressed to another organisation."),
    "not_for_us.no_identity": _T(CONTEXT, "Not for us: this bundle is encrypted for another organisation."),
    "not_for_us.recipient": _T(CONTEXT, "Not for us: this bundle was made for another organisation and passed on."),
    "unknown_signer": _T(CONTEXT, "Unknown signer: compare the safety code with the sender, then pin the key and import again."),
    "signer_expired": _T(CONTEXT, "Refused: the signer's key is outside the time it is valid for."),
    "tampered": _T(CONTEXT, "Tampered: the bundle was altered or damaged after it was signed. Nothing was imported."),
    "truncated": _T(CONTEXT, "Incomplete: the file was cut short, perhaps while copying. Nothing was imported."),
    "malformed": _T(CONTEXT, "Refused: not a well-formed Guvoh bundle. Nothing was imported."),
    "unsupported": _T(CONTEXT, "Refused: a bundle format this Guvoh does not read. Update Guvoh."),
    "unreadable": _T(CONTEXT, "Unreadable: not a Guvoh bundle, or a file that could not be read."),
    "invalid_case": _T(CONTEXT, "Refused: a case in the bundle does not follow the case format."),
    "conflict": _T(CONTEXT, "Refused: the bundle would overwrite a case or file that came from elsewhere."),
    "cancelled": _T(CONTEXT, "Cancelled: nothing was imported from this file."),
    "failed": _T(CONTEXT, "Failed: an unexpected error stopped this file; nothing was imported from it."),
}


def import_outcome_text(reason: str) -> str:
    """The sentence for a batch outcome `reason` ("kind" or "kind.detail")."""
    return IMPORT_OUTCOMES.get(reason) or IMPORT_OUTCOMES.get(reason.split(".")[0]) or (
        IMPORT_OUTCOMES["failed"])


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
        case FileSystemError(reason="exists", path=path):
            return E(ExitCode.EXISTS, _T(CONTEXT, "%1 already exists; Guvoh does not overwrite files. Choose another name."), (str(path),))
        case FileSystemError(reason=reason, path=path):
            return E(ExitCode.FILE_SYSTEM, FS_REASONS.get(reason, FS_REASONS["io_error"]), (str(path),))
        case CaseFileUnreadable(path=path, reason="missing"):
            return E(ExitCode.BAD_INPUT, _T(CONTEXT, "The case file %1 does not exist."), (str(path),))
        case CaseFileUnreadable(path=path, reason="too_large"):
            return E(ExitCode.BAD_INPUT, _T(CONTEXT, "The case file %1 is too large (over 32 MiB)."), (str(path),))
        case CaseFileUnreadable(path=path, reason="not_utf8"):
            return E(ExitCode.BAD_INPUT, _T(CONTEXT, "The case file %1 is not UTF-8 text."), (str(path),))
        case CaseFileUnreadable(path=path):
            return E(ExitCode.BAD_INPUT, _T(CONTEXT, "The case file %1 could not be read."), (str(path),))
        case CaseFileMalformed(path=path, line=line, column=column, detail=detail):
            return E(ExitCode.BAD_INPUT, _T(CONTEXT, "The case file %1 is not valid JSON: %4 at line %2, column %3."), (str(path), str(line), str(column), detail))
        case CaseInvalid(where=where, problem=problem, value=value, vocabulary=vocabulary):
            return E(ExitCode.BAD_INPUT, CASE_PROBLEMS.get(problem, CASE_PROBLEMS["schema"]), (where, value, vocabulary))
        case CaseNotFound(case_id=case_id):
            return E(ExitCode.NOT_FOUND, _T(CONTEXT, "No case %1 in this vault. 'guvoh case list' shows the cases."), (case_id,))
        case AttachmentNotFound(blob_id=blob_id):
            return E(ExitCode.NOT_FOUND, _T(CONTEXT, "No attachment %1 in this vault. 'guvoh attachment list CASE' shows them."), (blob_id,))
        case ReferenceTaken(reference=reference):
            return E(ExitCode.BAD_INPUT, _T(CONTEXT, "Another case already has the reference %1; choose another one."), (reference,))
        case RevisionSealed():
            return E(ExitCode.BAD_INPUT, _T(CONTEXT, "That version was exported and is sealed; your edit was saved as a new version instead."))
        case BlobCorrupt(blob_id=blob_id):
            return E(ExitCode.CORRUPT_ATTACHMENT, _T(CONTEXT, "The stored file %1 is damaged or was altered, so it was not given out. Restore the vault from a backup."), (blob_id,))
        case SourceChanged(path=path, reason=reason):
            return E(ExitCode.SOURCE_CHANGED, SOURCE_REASONS.get(reason, SOURCE_REASONS["unreadable"]), (str(path),))
        case OutputExists(path=path):
            return E(ExitCode.EXISTS, _T(CONTEXT, "%1 already exists; Guvoh does not overwrite files. Choose another name."), (str(path),))
        case Cancelled():
            return E(ExitCode.CANCELLED, _T(CONTEXT, "Cancelled. Nothing was half-written."))
        case BundleTampered():
            return E(ExitCode.TAMPERED, _T(CONTEXT, "This bundle was altered after it was signed, or damaged on the way. Nothing was imported; ask the sender for a new copy."))
        case BundleTruncated():
            return E(ExitCode.TAMPERED, _T(CONTEXT, "This bundle is incomplete: the file was cut short, perhaps while copying. Nothing was imported; copy it again."))
        case BundleNotForUs(reason="recipient"):
            return E(ExitCode.NOT_FOR_US, _T(CONTEXT, "This bundle was made for another organisation and passed on to you. Nothing was imported."))
        case BundleNotForUs():
            return E(ExitCode.NOT_FOR_US, _T(CONTEXT, "This bundle is not addressed to this organisation, so it cannot be opened here."))
        case BundleMalformed():
            return E(ExitCode.MALFORMED_BUNDLE, _T(CONTEXT, "This file is not a well-formed Guvoh bundle and was refused. Nothing was imported."))
        case UnsupportedBundleFormat(found=found):
            return E(ExitCode.UNSUPPORTED_FORMAT, _T(CONTEXT, "This bundle uses format %1, which this Guvoh does not read. Update Guvoh."), (found,))
        case BundleUnreadable():
            return E(ExitCode.MALFORMED_BUNDLE, _T(CONTEXT, "This file is not a Guvoh bundle, or it is damaged beyond reading."))
        case BundleCancelled():
            return E(ExitCode.CANCELLED, _T(CONTEXT, "Cancelled. Nothing was half-written."))
        case UnknownSigner(fingerprint=fingerprint, safety_code=code):
            return E(ExitCode.UNKNOWN_SIGNER, _T(CONTEXT, "This bundle is signed by someone you have not confirmed yet (key %1, safety code %2). Compare the code with the sender, then pin the key with 'guvoh signer trust'."), (fingerprint, code))
        case SignerExpired(name=name):
            return E(ExitCode.SIGNER_EXPIRED, _T(CONTEXT, "The key of %1 is outside the time it is valid for. Nothing was imported."), (name,))
        case DuplicateBundle(bundle_id=bundle_id):
            return E(ExitCode.DUPLICATE, _T(CONTEXT, "Bundle %1 was already imported; nothing was imported twice."), (bundle_id,))
        case ReplayedBundle(bundle_id=bundle_id):
            return E(ExitCode.REPLAY, _T(CONTEXT, "Another file with the same bundle id %1 was seen before: this is a replay, and nothing was imported."), (bundle_id,))
        case BundleCaseInvalid(case_id=case_id):
            return E(ExitCode.INVALID_CASE, _T(CONTEXT, "Case %1 in this bundle does not follow the case format, so nothing was imported."), (case_id,))
        case ImportConflict(what=what, ident=ident):
            return E(ExitCode.CONFLICT, _T(CONTEXT, "The bundle would overwrite %1 %2, which came from elsewhere. Nothing was imported."), (what, ident))
        case ReceiptMismatch(bundle_id=bundle_id):
            return E(ExitCode.RECEIPT_MISMATCH, _T(CONTEXT, "This receipt is for bundle %1, which this vault did not send to that organisation."), (bundle_id,))
        case BundleNotFound(bundle_id=bundle_id):
            return E(ExitCode.NOT_FOUND, _T(CONTEXT, "No imported bundle %1 in this vault."), (bundle_id,))
        case NotACoordinator():
            return E(ExitCode.WRONG_ROLE, _T(CONTEXT, "Only a coordinator vault (guvoh init --role coordinator) can do this."))
        case NoOrganisation():
            return E(ExitCode.WRONG_ROLE, _T(CONTEXT, "Create the organisation first with 'guvoh org create'."))
        case ConsentMissing(reference=reference):
            return E(ExitCode.CONSENT, _T(CONTEXT, "Case %1 has no consent, or consent was withdrawn, so it cannot be exported."), (reference,))
        case NothingToExport():
            return E(ExitCode.NOTHING_TO_EXPORT, _T(CONTEXT, "No case is marked ready. Name the cases to export, or mark them ready first."))
        case NotDelivered(reference=reference):
            return E(ExitCode.NOT_DELIVERED, _T(CONTEXT, "Case %1 has not been confirmed as delivered; purging it would lose it. Add --force-undelivered only if you are sure."), (reference,))
        case OrganisationNotFound(name=name):
            return E(ExitCode.NOT_FOUND, _T(CONTEXT, "No trusted organisation %1. 'guvoh org list' shows them; trust one with 'guvoh org trust CARD'."), (name,))
        case OrganisationAmbiguous(name=name):
            return E(ExitCode.BAD_INPUT, _T(CONTEXT, "More than one organisation matches %1; use its fingerprint."), (name,))
        case SignerNameTaken(name=name):
            return E(ExitCode.BAD_INPUT, _T(CONTEXT, "The name %1 is already used for another key."), (name,))
        case SignerNotFound(name=name):
            return E(ExitCode.NOT_FOUND, _T(CONTEXT, "No researcher %1 is pinned in this vault."), (name,))
        case SignerValidityInvalid():
            return E(ExitCode.BAD_INPUT, _T(CONTEXT, "The end of the time a key is valid for must come after its start. Change one of the dates."))
        case InvalidPublicKey():
            return E(ExitCode.BAD_INPUT, _T(CONTEXT, "That is not a valid public key line; it should look like 'ssh-ed25519 AAAA... name'."))
        case CardMalformed() | CardSignatureInvalid():
            return E(ExitCode.BAD_CARD, _T(CONTEXT, "This organisation card is damaged or was altered, so it was not trusted. Ask the organisation for a new copy."))
        case TooManyBundles(limit=limit):
            return E(ExitCode.BAD_INPUT, _T(CONTEXT, "More than %1 bundles were given at once. Import them in smaller groups."), (str(limit),))
        case KeyboardInterrupt():
            return E(ExitCode.INTERRUPTED, _T(CONTEXT, "Stopped. Nothing was half-written."))
    return None
