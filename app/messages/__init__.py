"""Every sentence Guvoh shows for an error, in one catalog, marked for Qt Linguist.

The core raises typed errors carrying data; this module turns each into an exit status and
one sentence that says what happened and what to do. The desktop app translates the
sentence with QCoreApplication.translate(CONTEXT, text); the command line prints the source
text (translated once the command line loads translations too). Placeholders are
positional (%1, %2) as Qt's arg() expects.
"""

from __future__ import annotations

from app.domain.sizes import human_size
from app.messages.tables import (
    CASE_PROBLEMS,
    CONTEXT,
    FS_REASONS,
    IMPORT_OUTCOME_DETAILS,
    IMPORT_OUTCOMES,
    ORIGINAL_REASONS,
    PROVISION_REASONS,
    QT_TRANSLATE_NOOP,
    RECOVERY_REASONS,
    SOURCE_REASONS,
    TEAM_REASONS,
    WEAK_REASONS,
    ExitCode,
    Explanation,
    import_outcome_text,
)
from app.services.errors import (
    BundleCaseInvalid,
    BundleHasNoCase,
    BundleIdConflict,
    BundleNotFound,
    CardTooLargeForQr,
    CaseFileError,
    CaseFileMalformed,
    CaseFileUnreadable,
    CaseInvalid,
    ConsentMissing,
    DisguiseError,
    DuplicateBundle,
    FileMetadataError,
    FileTooLargeToInspect,
    MetadataLimitHit,
    MetadataNotCleanable,
    MetadataUnreadable,
    NoOrganisation,
    NotACoordinator,
    NotDelivered,
    NothingToExport,
    OrganisationCardChanged,
    OriginalNotRemoved,
    PictureTooLarge,
    PictureUnreadable,
    ProvisionRefused,
    ReceiptMismatch,
    ReplayedBundle,
    SignerExpired,
    TeamError,
    TooManyBundles,
    UnknownSigner,
    WavUnreadable,
)
from crypto.errors import (
    AgeArmorUnsupported,
    AgeError,
    AgeHeaderError,
    AgeHeaderMacError,
    AgeKeyError,
    AgeNoMatch,
    AgePayloadError,
    Bech32Error,
    BundleError,
    BundleMalformed,
    BundleNotForUs,
    BundleTampered,
    BundleTruncated,
    BundleUnreadable,
    Cancelled,
    CardError,
    CardMalformed,
    CardSignatureInvalid,
    IdentityError,
    InvalidAllowedSigner,
    InvalidComment,
    InvalidNamespace,
    InvalidPublicKey,
    InvalidSafetyCode,
    InvalidSigningKey,
    KdfParamsOutOfBounds,
    KeySlotsCorrupt,
    NoSlotOpened,
    RecoveryCodeMalformed,
    SignatureInvalid,
    SignatureMalformed,
    SignatureNamespaceMismatch,
    SignatureUnsupported,
    SignerNotAllowed,
    SshSigError,
    TeamEventError,
    UnsupportedBundleFormat,
)
from crypto.seal import (
    RequestMalformed,
    SealError,
    SealFileCorrupt,
    SlotSealed,
    TokenMalformed,
    TokenNotFromOrganisation,
    TokenWrongSeal,
    TokenWrongVault,
)
from storage.errors import (
    AttachmentNotFound,
    BackupFolderNotEmpty,
    BackupInsideVault,
    BlobCorrupt,
    CaseNotFound,
    DatabaseCorrupt,
    DeviceSecretMissing,
    DraftTooLarge,
    DuressSameAsPassphrase,
    FileSystemError,
    FolderNotEmpty,
    ImportConflict,
    KeyringUnavailable,
    NoDuress,
    NotAVault,
    NotEnoughSpace,
    OrganisationAmbiguous,
    OrganisationNotFound,
    OutputExists,
    RecoverySlotUnknown,
    ReferenceTaken,
    RekeyInterrupted,
    RevisionSealed,
    SchemaTooNew,
    SignerNameTaken,
    SignerNotFound,
    SignerValidityInvalid,
    SourceChanged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from storage.seal import NotSealed, SealDamaged, VaultSealed

__all__ = [
    "CASE_PROBLEMS",
    "CONTEXT",
    "FS_REASONS",
    "IMPORT_OUTCOMES",
    "IMPORT_OUTCOME_DETAILS",
    "ORIGINAL_REASONS",
    "PROVISION_REASONS",
    "QT_TRANSLATE_NOOP",
    "RECOVERY_REASONS",
    "SOURCE_REASONS",
    "TEAM_REASONS",
    "WEAK_REASONS",
    "ExitCode",
    "Explanation",
    "explain",
    "import_outcome_text",
]


def explain(err: BaseException) -> Explanation | None:
    """The exit status and sentence for an expected error; None for a real bug."""
    E = Explanation  # noqa: N806
    match err:
        case VaultSealed() | SlotSealed():
            return E(ExitCode.SEALED, QT_TRANSLATE_NOOP("Errors", "This vault is sealed for travel. It opens again only when your organisation sends its release token; then choose Unseal (or run 'guvoh unseal')."))
        case NotSealed():
            return E(ExitCode.FAILURE, QT_TRANSLATE_NOOP("Errors", "This vault is not sealed, so there is nothing to unseal. It opens with its passphrase."))
        case SealDamaged() | SealFileCorrupt():
            return E(ExitCode.CORRUPT, QT_TRANSLATE_NOOP("Errors", "The seal of this vault could not be opened with this token: the seal file is damaged or missing. The vault stays sealed; ask your organisation for help."))
        case TokenMalformed():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "This is not a release token, or part of it is missing. Copy the whole token again, from its first line to its last."))
        case TokenNotFromOrganisation():
            return E(ExitCode.TAMPERED, QT_TRANSLATE_NOOP("Errors", "This release token is not signed by the organisation this vault was sealed for, so it was refused. The vault stays sealed."))
        case TokenWrongVault():
            return E(ExitCode.NOT_FOR_US, QT_TRANSLATE_NOOP("Errors", "This release token is for another vault, so it was refused. The vault stays sealed."))
        case TokenWrongSeal():
            return E(ExitCode.REPLAY, QT_TRANSLATE_NOOP("Errors", "This release token was for an earlier seal of this vault and has been used already, so it was refused. Ask your organisation for a token for the travel request you sent last."))
        case RequestMalformed():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "This travel request could not be read or was not made for this organisation, so no release token was written."))
        case DuressSameAsPassphrase():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "The duress passphrase must differ from the vault's own passphrase. Choose another one."))
        case RecoverySlotUnknown():
            return E(ExitCode.WRONG_SECRET, QT_TRANSLATE_NOOP("Errors", "This vault was made before duress passphrases existed, so its recovery code is needed once to set one. Give the recovery code and try again."))
        case DisguiseError(path=path):
            return E(ExitCode.EXISTS, QT_TRANSLATE_NOOP("Errors", "A folder of that name already holds other files, or is on another disk (%1). Nothing was moved; choose another name."), (str(path or ""),))
        case NoDuress():
            return E(ExitCode.NOT_FOUND, QT_TRANSLATE_NOOP("Errors", "This vault has no decoy: set a duress passphrase first."))
        case WrongPassphrase():
            return E(ExitCode.WRONG_SECRET, QT_TRANSLATE_NOOP("Errors", "That passphrase did not open the vault. Check the keyboard language and Caps Lock."))
        case RekeyInterrupted():
            return E(ExitCode.WRONG_SECRET, QT_TRANSLATE_NOOP("Errors", "A change of the vault's key was interrupted and only your passphrase can finish it. Open the vault with your passphrase, then run rekey again for a new recovery code."))
        case WrongRecoveryCode():
            return E(ExitCode.WRONG_SECRET, QT_TRANSLATE_NOOP("Errors", "That recovery code does not belong to this vault."))
        case NoSlotOpened():
            return E(ExitCode.WRONG_SECRET, QT_TRANSLATE_NOOP("Errors", "That passphrase or recovery code does not open this vault. Check it and try again."))
        case RecoveryCodeMalformed(reason=reason):
            return E(ExitCode.WRONG_SECRET, RECOVERY_REASONS.get(reason, RECOVERY_REASONS["characters"]))
        case VaultNotFound(path=path):
            return E(ExitCode.NO_VAULT, QT_TRANSLATE_NOOP("Errors", "There is no vault at %1. Create one with 'guvoh init' or choose another folder."), (str(path),))
        case NotAVault(path=path):
            return E(ExitCode.NO_VAULT, QT_TRANSLATE_NOOP("Errors", "%1 is not a Guvoh vault. Choose the folder that holds the vault."), (str(path),))
        case VaultExists(path=path):
            return E(ExitCode.EXISTS, QT_TRANSLATE_NOOP("Errors", "A vault already exists at %1; nothing was changed."), (str(path),))
        case FolderNotEmpty(path=path):
            return E(ExitCode.EXISTS, QT_TRANSLATE_NOOP("Errors", "%1 already holds other files. Choose a new or empty folder for the vault."), (str(path),))
        case BackupFolderNotEmpty(path=path):
            return E(ExitCode.EXISTS, QT_TRANSLATE_NOOP("Errors", "%1 already exists and is not an empty folder. Choose a new or empty folder for the backup; nothing was written."), (str(path),))
        case BackupInsideVault(path=path):
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "%1 is inside the vault itself. Choose a folder on another drive for the backup; nothing was written."), (str(path),))
        case VaultInUse():
            return E(ExitCode.IN_USE, QT_TRANSLATE_NOOP("Errors", "This vault is already open in another Guvoh window or command. Close it there first."))
        case VaultLocked():
            return E(ExitCode.WRONG_SECRET, QT_TRANSLATE_NOOP("Errors", "The vault is locked. Unlock it first."))
        case DeviceSecretMissing(keyring_available=True):
            return E(ExitCode.KEYRING, QT_TRANSLATE_NOOP("Errors", "This vault also needs a key kept in this computer's keyring, and the keyring does not have it. Open the vault with your recovery code."))
        case DeviceSecretMissing():
            return E(ExitCode.KEYRING, QT_TRANSLATE_NOOP("Errors", "This vault also needs a key kept in this computer's keyring, and no keyring is running. Log in to your desktop session, or open the vault with your recovery code."))
        case KeyringUnavailable():
            return E(ExitCode.KEYRING, QT_TRANSLATE_NOOP("Errors", "The system keyring did not answer, so nothing was changed. Unlock your keyring and try again."))
        case WeakPassphrase(reason=reason):
            return E(ExitCode.WEAK_PASSPHRASE, QT_TRANSLATE_NOOP("Errors", "That passphrase is too weak: %1"), (WEAK_REASONS.get(reason, WEAK_REASONS["guessable"]),))
        case KeySlotsCorrupt():
            return E(ExitCode.CORRUPT, QT_TRANSLATE_NOOP("Errors", "The vault's key file is damaged or was edited, so the vault cannot be opened. Restore it from a backup."))
        case KdfParamsOutOfBounds():
            return E(ExitCode.CORRUPT, QT_TRANSLATE_NOOP("Errors", "The vault's key file asks for unsafe settings and was refused; it may have been tampered with. Restore it from a backup."))
        case DatabaseCorrupt():
            return E(ExitCode.CORRUPT, QT_TRANSLATE_NOOP("Errors", "The vault's database is damaged and could not be read. Restore it from a backup."))
        case SchemaTooNew():
            return E(ExitCode.CORRUPT, QT_TRANSLATE_NOOP("Errors", "This vault was written by a newer version of Guvoh. Update Guvoh to open it."))
        case FileSystemError(reason="exists", path=path):
            return E(ExitCode.EXISTS, QT_TRANSLATE_NOOP("Errors", "%1 already exists; Guvoh does not overwrite files. Choose another name."), (str(path),))
        case FileSystemError(reason=reason, path=path):
            return E(ExitCode.FILE_SYSTEM, FS_REASONS.get(reason, FS_REASONS["io_error"]), (str(path),))
        case CaseFileUnreadable(path=path, reason="missing"):
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "The case file %1 does not exist."), (str(path),))
        case CaseFileUnreadable(path=path, reason="too_large"):
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "The case file %1 is too large (over 32 MB)."), (str(path),))
        case CaseFileUnreadable(path=path, reason="not_utf8"):
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "The case file %1 is not UTF-8 text."), (str(path),))
        case CaseFileUnreadable(path=path):
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "The case file %1 could not be read."), (str(path),))
        case CaseFileMalformed(path=path, line=line, column=column, detail=detail):
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "The case file %1 is not valid JSON: %4 at line %2, column %3."), (str(path), str(line), str(column), detail))
        case CaseInvalid(where=where, problem=problem, value=value, vocabulary=vocabulary):
            return E(ExitCode.BAD_INPUT, CASE_PROBLEMS.get(problem, CASE_PROBLEMS["schema"]), (where, value, vocabulary))
        case CaseNotFound(case_id=case_id):
            return E(ExitCode.NOT_FOUND, QT_TRANSLATE_NOOP("Errors", "No case %1 in this vault. 'guvoh case list' shows the cases."), (case_id,))
        case AttachmentNotFound(blob_id=blob_id):
            return E(ExitCode.NOT_FOUND, QT_TRANSLATE_NOOP("Errors", "No attachment %1 in this vault. 'guvoh attachment list CASE' shows them."), (blob_id,))
        case DraftTooLarge():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "The case is too large to keep as a draft. Shorten the longest texts, then save."))
        case ReferenceTaken(reference=reference):
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "Another case already has the reference %1; choose another one."), (reference,))
        case RevisionSealed():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "That version was exported and is sealed; your edit was saved as a new version instead."))
        case BlobCorrupt(blob_id=blob_id):
            return E(ExitCode.CORRUPT_ATTACHMENT, QT_TRANSLATE_NOOP("Errors", "The stored file %1 is damaged or was altered, so it was not given out. Restore the vault from a backup."), (blob_id,))
        case SourceChanged(path=path, reason=reason):
            return E(ExitCode.SOURCE_CHANGED, SOURCE_REASONS.get(reason, SOURCE_REASONS["unreadable"]), (str(path),))
        case OriginalNotRemoved(path=path, reason=reason):
            return E(ExitCode.FILE_SYSTEM if reason in ("failed", "emptied") else ExitCode.SOURCE_CHANGED, ORIGINAL_REASONS.get(reason, ORIGINAL_REASONS["failed"]), (str(path),))
        case OutputExists(path=path):
            return E(ExitCode.EXISTS, QT_TRANSLATE_NOOP("Errors", "%1 already exists; Guvoh does not overwrite files. Choose another name."), (str(path),))
        case Cancelled():
            return E(ExitCode.CANCELLED, QT_TRANSLATE_NOOP("Errors", "Cancelled. Nothing was half-written."))
        case BundleTampered():
            return E(ExitCode.TAMPERED, QT_TRANSLATE_NOOP("Errors", "This bundle was altered after it was signed, or damaged on the way. Nothing was imported; ask the sender for a new copy."))
        case BundleTruncated():
            return E(ExitCode.TAMPERED, QT_TRANSLATE_NOOP("Errors", "This bundle is incomplete: the file was cut short, perhaps while copying. Nothing was imported; copy it again."))
        case BundleNotForUs(reason="recipient"):
            return E(ExitCode.NOT_FOR_US, QT_TRANSLATE_NOOP("Errors", "This bundle was made for another organisation and passed on to you. Nothing was imported."))
        case BundleNotForUs():
            return E(ExitCode.NOT_FOR_US, QT_TRANSLATE_NOOP("Errors", "This bundle is not addressed to this organisation, so it cannot be opened here."))
        case BundleMalformed():
            return E(ExitCode.MALFORMED_BUNDLE, QT_TRANSLATE_NOOP("Errors", "This file is not a well-formed Guvoh bundle and was refused. Nothing was imported."))
        case UnsupportedBundleFormat(found=found):
            return E(ExitCode.UNSUPPORTED_FORMAT, QT_TRANSLATE_NOOP("Errors", "This bundle uses format %1, which this Guvoh does not read. Update Guvoh."), (found,))
        case BundleUnreadable():
            return E(ExitCode.MALFORMED_BUNDLE, QT_TRANSLATE_NOOP("Errors", "This file is not a Guvoh bundle, or it is damaged beyond reading."))
        case UnknownSigner(fingerprint=fingerprint, safety_code=code):
            return E(ExitCode.UNKNOWN_SIGNER, QT_TRANSLATE_NOOP("Errors", "This bundle is signed by someone you have not confirmed yet (key %1, safety code %2). Compare the code with the sender, then pin the key with 'guvoh signer trust'."), (fingerprint, code))
        case SignerExpired(name=name):
            return E(ExitCode.SIGNER_EXPIRED, QT_TRANSLATE_NOOP("Errors", "The key of %1 is outside the time it is valid for. Nothing was imported."), (name,))
        case DuplicateBundle(bundle_id=bundle_id):
            return E(ExitCode.DUPLICATE, QT_TRANSLATE_NOOP("Errors", "Bundle %1 was already imported; nothing was imported twice."), (bundle_id,))
        case ReplayedBundle(bundle_id=bundle_id):
            return E(ExitCode.REPLAY, QT_TRANSLATE_NOOP("Errors", "Another file with the same bundle id %1 was seen before: this is a replay, and nothing was imported."), (bundle_id,))
        case BundleIdConflict(bundle_id=bundle_id, other=other):
            return E(ExitCode.CONFLICT, QT_TRANSLATE_NOOP("Errors", "Another sender (%2) already used this bundle's id %1, so nothing was imported; one of the two copied it."), (bundle_id, other))
        case BundleHasNoCase(bundle_id=bundle_id):
            return E(ExitCode.MALFORMED_BUNDLE, QT_TRANSLATE_NOOP("Errors", "Bundle %1 holds no case, so nothing was imported."), (bundle_id,))
        case NotEnoughSpace(path=path, needed=needed, free=free):
            return E(ExitCode.FILE_SYSTEM, QT_TRANSLATE_NOOP("Errors", "The disk holding %1 has %3 bytes free, but reading this bundle needs %2; nothing was read. Free some space and try again."), (str(path), str(needed), str(free)))
        case BundleCaseInvalid(case_id=case_id, problem=CaseInvalid(problem="bad_filename", where=where)):
            return E(ExitCode.INVALID_CASE, QT_TRANSLATE_NOOP("Errors", "Case %1 in this bundle gives an attachment a file name with a slash, a backslash, a control character or a text-direction mark (at %2), which could disguise the file, so nothing was imported."), (case_id, where))
        case BundleCaseInvalid(case_id=case_id, problem=CaseInvalid(problem="bad_text", where=where)):
            return E(ExitCode.INVALID_CASE, QT_TRANSLATE_NOOP("Errors", "Case %1 in this bundle holds a broken character (a lone surrogate) at %2, so nothing was imported."), (case_id, where))
        case BundleCaseInvalid(case_id=case_id):
            return E(ExitCode.INVALID_CASE, QT_TRANSLATE_NOOP("Errors", "Case %1 in this bundle does not follow the case format, so nothing was imported."), (case_id,))
        case ImportConflict(what=what, ident=ident):
            return E(ExitCode.CONFLICT, QT_TRANSLATE_NOOP("Errors", "The bundle would overwrite %1 %2, which came from elsewhere. Nothing was imported."), (what, ident))
        case ReceiptMismatch(bundle_id=bundle_id):
            return E(ExitCode.RECEIPT_MISMATCH, QT_TRANSLATE_NOOP("Errors", "This receipt is for bundle %1, which this vault did not send to that organisation."), (bundle_id,))
        case BundleNotFound(bundle_id=bundle_id):
            return E(ExitCode.NOT_FOUND, QT_TRANSLATE_NOOP("Errors", "No imported bundle %1 in this vault."), (bundle_id,))
        case NotACoordinator():
            return E(ExitCode.WRONG_ROLE, QT_TRANSLATE_NOOP("Errors", "Only a coordinator vault (guvoh init --role coordinator) can do this."))
        case OrganisationCardChanged(name=name):
            return E(ExitCode.CONFLICT, QT_TRANSLATE_NOOP("Errors", "This card has new keys for %1, which you already trust. Compare its new safety code with the organisation, then confirm that it replaces the old card; nothing was changed."), (name,))
        case NoOrganisation():
            return E(ExitCode.WRONG_ROLE, QT_TRANSLATE_NOOP("Errors", "Create the organisation first with 'guvoh org create'."))
        case ConsentMissing(reference=reference):
            return E(ExitCode.CONSENT, QT_TRANSLATE_NOOP("Errors", "Case %1 has no consent, or consent was withdrawn, so it cannot be exported."), (reference,))
        case NothingToExport():
            return E(ExitCode.NOTHING_TO_EXPORT, QT_TRANSLATE_NOOP("Errors", "No case is marked ready. Name the cases to export, or mark them ready first."))
        case NotDelivered(reference=reference):
            return E(ExitCode.NOT_DELIVERED, QT_TRANSLATE_NOOP("Errors", "Case %1 has not been confirmed as delivered; purging it would lose it. Add --force-undelivered only if you are sure."), (reference,))
        case OrganisationNotFound(name=name):
            return E(ExitCode.NOT_FOUND, QT_TRANSLATE_NOOP("Errors", "No trusted organisation %1. 'guvoh org list' shows them; trust one with 'guvoh org trust CARD'."), (name,))
        case OrganisationAmbiguous(name=name):
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "More than one organisation matches %1; use its fingerprint."), (name,))
        case SignerNameTaken(name=name):
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "The name %1 is already used for another key."), (name,))
        case SignerNotFound(name=name):
            return E(ExitCode.NOT_FOUND, QT_TRANSLATE_NOOP("Errors", "No researcher %1 is pinned in this vault."), (name,))
        case SignerValidityInvalid():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "The end of the time a key is valid for must come after its start. Change one of the dates."))
        case InvalidPublicKey():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "That is not a valid public key line; it should look like 'ssh-ed25519 AAAA... name'."))
        case InvalidSigningKey():
            return E(ExitCode.CORRUPT, QT_TRANSLATE_NOOP("Errors", "This vault's signing key is damaged, so nothing can be signed. Restore the vault from a backup."))
        case InvalidComment():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "A name on a key cannot contain line breaks or tabs, or begin or end with a space. Change the name and try again."))
        case InvalidSafetyCode():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "A safety code has 32 digits. Check that none is missing or mistyped."))
        case SignatureMalformed() | SignatureUnsupported():
            return E(ExitCode.TAMPERED, QT_TRANSLATE_NOOP("Errors", "This signature is damaged or of a kind Guvoh does not accept, so what it signs was not trusted."))
        case SignatureInvalid() | SignatureNamespaceMismatch():
            return E(ExitCode.TAMPERED, QT_TRANSLATE_NOOP("Errors", "This signature does not match what it signs: one of them was altered, so neither was trusted."))
        case SignerNotAllowed(fingerprint=fingerprint):
            return E(ExitCode.UNKNOWN_SIGNER, QT_TRANSLATE_NOOP("Errors", "This was signed by a key you have not confirmed (%1), so it was not trusted."), (fingerprint,))
        case InvalidNamespace(namespace=namespace):
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "Nothing was signed: %1 is not a signature purpose Guvoh accepts."), (namespace,))
        case InvalidAllowedSigner():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "A researcher's name or dates could not be written to the list of allowed signers. Use a name without spaces or punctuation, and check the dates."))
        case TeamError(reason=reason, detail=detail):
            return E(*TEAM_REASONS.get(reason, TEAM_REASONS["bad_value"]), (detail,))
        case ProvisionRefused(reason=reason, field=field):
            return E(*PROVISION_REASONS.get(reason, PROVISION_REASONS["malformed"]), (field,))
        case TeamEventError():
            return E(ExitCode.BAD_CARD, QT_TRANSLATE_NOOP("Errors", "This file of the shared folder is damaged, too large or not for this desk, so it was not used."))
        case CardMalformed() | CardSignatureInvalid():
            return E(ExitCode.BAD_CARD, QT_TRANSLATE_NOOP("Errors", "This organisation card is damaged or was altered, so it was not trusted. Ask the organisation for a new copy."))
        case TooManyBundles(limit=limit):
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "More than %1 bundles were given at once. Import them in smaller groups."), (str(limit),))
        case CardTooLargeForQr():
            return E(ExitCode.BAD_CARD, QT_TRANSLATE_NOOP("Errors", "This card is too long for a QR code. Give your researchers the card file instead."))
        case WavUnreadable():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "This recording could not be read; it is not a WAV sound file Guvoh can play."))
        case PictureTooLarge():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "This picture is too large to show inside Guvoh (%1 by %2 pixels; at most 50 megapixels are shown)."), (str(err.width), str(err.height)))
        case PictureUnreadable():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "This picture is not shown: it is damaged, cut short, or not a PNG or JPEG picture."))
        case MetadataUnreadable():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "What this file reveals could not be read: it is damaged, cut short, or not the kind of file its beginning says."))
        case MetadataLimitHit():
            return E(ExitCode.FAILURE, QT_TRANSLATE_NOOP("Errors", "Looking for what this file reveals took more memory or time than Guvoh allows, so it was stopped. The file itself is unchanged."))
        case FileTooLargeToInspect():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "This file is larger than %1, so Guvoh does not look for what it reveals."), (human_size(err.limit),))
        case MetadataNotCleanable():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "Guvoh cannot make a copy of this kind of file without what it reveals, so no cleaned copy was made."))
        case FileMetadataError():
            return E(ExitCode.FAILURE, QT_TRANSLATE_NOOP("Errors", "Guvoh could not look for what this file reveals. The file itself is unchanged."))
        case Bech32Error() | AgeKeyError():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "That encryption key is not valid: part of it is missing or mistyped. Copy the whole key again."))
        case AgeHeaderMacError() | AgePayloadError():
            return E(ExitCode.TAMPERED, QT_TRANSLATE_NOOP("Errors", "This encrypted file was altered or damaged, so nothing from it was used. Ask for a new copy."))
        case AgeArmorUnsupported() | AgeHeaderError():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "This is not an encrypted file Guvoh can read, or its beginning is damaged. Nothing was changed."))
        case AgeNoMatch():
            return E(ExitCode.NOT_FOR_US, QT_TRANSLATE_NOOP("Errors", "None of this vault's keys opens this encrypted file: it was made for someone else."))
        # A family's own sentence, for a member raised bare (AgeError("STREAM counter
        # overflow")); every named member above has its own.
        case AgeError():
            return E(ExitCode.FAILURE, QT_TRANSLATE_NOOP("Errors", "An encrypted file could not be read or written, so nothing was changed. If this happens again, the file may be damaged."))
        case IdentityError():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "That key could not be used. Copy it again from where it came from."))
        case SealError():
            return E(ExitCode.FAILURE, QT_TRANSLATE_NOOP("Errors", "Sealing or unsealing could not be done, so nothing was changed."))
        case SshSigError():
            return E(ExitCode.TAMPERED, QT_TRANSLATE_NOOP("Errors", "This signature could not be checked, so what it signs was not trusted."))
        case CardError():
            return E(ExitCode.BAD_CARD, QT_TRANSLATE_NOOP("Errors", "This organisation card could not be read, so it was not trusted. Ask the organisation for a new copy."))
        case BundleError():
            return E(ExitCode.MALFORMED_BUNDLE, QT_TRANSLATE_NOOP("Errors", "This bundle could not be read, so nothing was imported."))
        case CaseFileError():
            return E(ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "The case file could not be used, so nothing was changed. Check the file and try again."))
        case VaultError():
            return E(ExitCode.FAILURE, QT_TRANSLATE_NOOP("Errors", "The vault could not complete this, so nothing was changed."))
        case KeyboardInterrupt():
            return E(ExitCode.INTERRUPTED, QT_TRANSLATE_NOOP("Errors", "Stopped. Nothing was half-written."))
    return None
