"""Every error the services raise, under one root, `ServiceError`: bad case files,
refused bundles, exports without consent, batches too large, cards too long for a QR code,
WAV files that cannot be played. Data, not prose: app/messages/ explains each.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

# What a cancelled attach, export or import raises (the one Cancelled of every layer),
# re-exported for the screens, which reach the layers below through the services.
from crypto.errors import Cancelled as Cancelled

# The key and card errors the screens catch when a person pastes a key or opens a card.
from crypto.errors import CardError as CardError
from crypto.errors import IdentityError as IdentityError
from crypto.errors import InvalidComment as InvalidComment

# The vault's errors and the file writer's, which the screens catch.
from storage.errors import FileSystemError as FileSystemError
from storage.errors import OutputExists as OutputExists
from storage.errors import VaultError as VaultError

if TYPE_CHECKING:
    from crypto.identity import PublicKey


class ServiceError(Exception):
    """Base class for errors raised by app/services."""


# -- case files (app.services.cases) ----------------------------------------------------


class CaseFileError(ServiceError):
    """Base for problems with a case JSON file given by the user."""


class CaseFileUnreadable(CaseFileError):
    """`reason`: missing, unreadable, too_large, not_utf8."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class CaseFileMalformed(CaseFileError):
    """Not JSON at all: where the parser stopped."""

    def __init__(self, path: Path, line: int, column: int, detail: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {detail}")
        self.path = path
        self.line = line
        self.column = column
        self.detail = detail


class CaseInvalid(CaseFileError):
    """JSON, but not a valid case: the first violation. `where` is a JSON path like
    events[0].acts[1]; `problem` a code (required, unknown_field, unknown_code, type,
    too_long, too_short, format, duplicate_id, unknown_person, unknown_attachment,
    bad_date, not_allowed_on_add, id_mismatch, status_not_allowed, schema);
    `value` the offending value or field name, shortened."""

    def __init__(self, where: str, problem: str, value: str = "", vocabulary: str = "") -> None:
        super().__init__(f"{where}: {problem} {value}")
        self.where = where
        self.problem = problem
        self.value = value
        self.vocabulary = vocabulary


# -- keys, bundles and receipts (organisations, signers, bundle_export, bundle_import) ------


class NotACoordinator(ServiceError):
    def __init__(self, role: str) -> None:
        super().__init__(role)
        self.role = role


class NoOrganisation(ServiceError):
    """A coordinator vault has not created its organisation yet."""


class OrganisationCardChanged(ServiceError):
    """The card is a new one of an organisation already trusted (a new encryption or
    signing key): it replaces the old card only when the person says so (`replace`)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class NothingToExport(ServiceError):
    """No case given and no case is marked ready."""


class ConsentMissing(ServiceError):
    """A case without given (or with withdrawn) consent cannot leave the vault."""

    def __init__(self, reference: str) -> None:
        super().__init__(reference)
        self.reference = reference


class UnknownSigner(ServiceError):
    """The bundle is signed by a key this vault has not pinned."""

    def __init__(self, key: PublicKey) -> None:
        super().__init__(key.fingerprint())
        self.key = key
        self.fingerprint = key.fingerprint()
        self.safety_code = key.safety_code()


class SignerExpired(ServiceError):
    """The signer is pinned, but its validity window does not include now."""

    def __init__(self, name: str, valid_after: str | None, valid_before: str | None) -> None:
        super().__init__(name)
        self.name = name
        self.valid_after = valid_after
        self.valid_before = valid_before


class DuplicateBundle(ServiceError):
    """This very file was imported before."""

    def __init__(self, bundle_id: str, imported_at: str | None) -> None:
        super().__init__(bundle_id)
        self.bundle_id = bundle_id
        self.imported_at = imported_at


class ReplayedBundle(ServiceError):
    """A different file carrying a bundle id already imported (or written here)."""

    def __init__(self, bundle_id: str) -> None:
        super().__init__(bundle_id)
        self.bundle_id = bundle_id


class BundleIdConflict(ServiceError):
    """Bundle ids are scoped by signer: this bundle's id was already used by another
    sender (`other`, the name that sender is pinned under, or its key's fingerprint).
    One of the two copied it; nothing was imported and the earlier bundle is untouched."""

    def __init__(self, bundle_id: str, other: str) -> None:
        super().__init__(bundle_id)
        self.bundle_id = bundle_id
        self.other = other


class BundleHasNoCase(ServiceError):
    """The bundle verified but holds no case: there is nothing to import or to confirm."""

    reason = "no_case"  # a detail of the "malformed" outcome

    def __init__(self, bundle_id: str) -> None:
        super().__init__(bundle_id)
        self.bundle_id = bundle_id


class BundleCaseInvalid(ServiceError):
    """The bundle verified, but a case inside does not follow the case schema."""

    def __init__(self, case_id: str, problem: CaseFileError) -> None:
        super().__init__(case_id)
        self.case_id = case_id
        self.problem = problem


class ReceiptMismatch(ServiceError):
    """A receipt names a bundle this vault did not send to that organisation."""

    def __init__(self, bundle_id: str) -> None:
        super().__init__(bundle_id)
        self.bundle_id = bundle_id


class BundleNotFound(ServiceError):
    def __init__(self, bundle_id: str) -> None:
        super().__init__(bundle_id)
        self.bundle_id = bundle_id


class NotDelivered(ServiceError):
    """Purging a case the organisation has not confirmed needs --force-undelivered."""

    def __init__(self, reference: str) -> None:
        super().__init__(reference)
        self.reference = reference


# -- the inbox's batches (app.services.coordinator) ---------------------------------------


class TooManyBundles(ServiceError):
    """The files and folders given hold more bundles than one batch takes."""

    def __init__(self, limit: int) -> None:
        super().__init__(str(limit))
        self.limit = limit


# -- the organisation card's QR code (app.services.cardqr) --------------------------------


class CardTooLargeForQr(ServiceError):
    """The card does not fit in the largest QR code. `size`: the card's length in bytes."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


# -- recordings (app.services.recording) --------------------------------------------------


class WavUnreadable(ServiceError):
    """The bytes are not a PCM WAV file this app can play; `reason` is a short code:
    not_wav, no_format, no_data, unsupported."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# -- attachments shown inside the app (app.services.media, .sandbox, .wav) -----------------


class PictureUnreadable(ServiceError):
    """A picture Guvoh will not show; `reason`: format (not PNG or JPEG by its first bytes),
    damaged (its header or end marker is wrong or missing), size (the file is too large to
    decode), decoder (the sandboxed decoder refused it, failed or ran out of memory or time)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PictureTooLarge(ServiceError):
    """A picture whose header claims more pixels than Guvoh decodes (over 50 megapixels, or
    a side over 32,767)."""

    def __init__(self, width: int, height: int) -> None:
        super().__init__(width, height)
        self.width = width
        self.height = height


# -- what a file reveals (app.services.file_metadata, issue 16) -----------------------------


class FileMetadataError(ServiceError):
    """Base for a file whose metadata could not be read or removed."""


class MetadataUnreadable(FileMetadataError):
    """The file is damaged or cut short: the format its first bytes name could not parse
    it (or the parser failed on it)."""


class MetadataLimitHit(FileMetadataError):
    """The metadata child ran out of the memory or time it is given (a file built to
    exhaust it, or simply a very large one)."""


class FileTooLargeToInspect(FileMetadataError):
    """More than `limit` bytes (app.sandbox.metadata.MAX_FILE_BYTES, 512 MiB): not
    inspected at all."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(size, limit)
        self.size = size
        self.limit = limit


class MetadataNotCleanable(FileMetadataError):
    """No cleaner knows this kind of file, or its cleaned copy still showed something."""


class DisguiseError(ServiceError):
    """A switch that cannot be done; `reason`: target_taken (a folder of that name holds
    something else), other_disk (the new folder is on another file system), unknown (no
    such preset)."""

    def __init__(self, reason: str, path: Path | None = None) -> None:
        super().__init__(f"{reason}: {path}" if path else reason)
        self.reason = reason
        self.path = path


class OriginalNotRemoved(ServiceError):
    """The original of an attached file was left where it is (app/services/originals.py);
    `reason`: missing (gone), changed (its bytes differ from the vault's copy), symlink (a
    link, never followed), not_a_file (a folder, device or pipe), failed (the system refused:
    permissions, a read-only disk), emptied (overwritten but the system refused to delete it)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ProvisionRefused(ServiceError):
    """An organisation's provisioning file that was refused (app/services/provisioning.py,
    docs/provisioning.md); nothing from it was used. `reason`: unreadable, too_large,
    malformed (not the format, cut short, or a damaged card), unknown_field, bad_value,
    unsigned (no organisation signature), tampered (the signature or the card's own does not
    match), foreign (signed by a key other than the organisation's it carries). `field`: the
    line's name for unknown_field and bad_value."""

    def __init__(self, reason: str, field: str = "") -> None:
        super().__init__(f"{reason}: {field}" if field else reason)
        self.reason = reason
        self.field = field


class TeamError(ServiceError):
    """Something about the shared desk (app/services/team.py, docs/team.md) that could not
    be done; nothing was changed. `reason`: bad_line, bad_name, bad_value, no_folder,
    folder_missing, folder_unwritable, not_joined, already_joined, other_team,
    has_organisation, bad_invite, unreadable, exists, was_removed, remove_self, no_member,
    ambiguous_member, nothing_to_do. `detail`: the path, name or part concerned."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
