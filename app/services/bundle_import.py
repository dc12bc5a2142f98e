"""Bundle import: each bundle is verified completely into a quarantine (decrypted with this
organisation's key, its signature checked against the pinned researchers' keys, each case
held to the rules of a case file) and committed all or nothing. A bundle id seen before is
a duplicate (the same file) or a replay (another file), and nothing is imported twice.
Every result is an ImportOutcome whose `outcome` is one of app.domain.outcomes.Outcome.

Before the signature is checked nothing of a bundle is held whole in memory: case JSON
spills into the encrypted quarantine as it streams (storage.quarantine), and a bundle
larger than the vault's free disk space is refused before a byte is read. Bundle ids are
scoped by signer: a seen id from the same signer is a duplicate or a replay, the same id
from another signer is a conflict (BundleIdConflict) that never hides as a replay."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.outcomes import Outcome
from app.services import cases as case_service
from app.services.case_text import check_attachment_names, check_text
from app.services.errors import (
    BundleCaseInvalid,
    BundleHasNoCase,
    BundleIdConflict,
    CaseFileError,
    CaseInvalid,
    DuplicateBundle,
    ReplayedBundle,
    ServiceError,
    SignerExpired,
    UnknownSigner,
)
from app.services.hashing import HashingReader
from app.services.organisations import require_own_organisation
from crypto import bundle as fmt
from crypto.errors import (
    BundleError,
    BundleMalformed,
    BundleNotForUs,
    BundleTampered,
    BundleTruncated,
    BundleUnreadable,
    Cancelled,
    UnsupportedBundleFormat,
)
from crypto.identity import PublicKey
from storage import audit, keys
from storage import bundles as records
from storage.db import transaction
from storage.errors import ImportConflict, NotEnoughSpace, VaultError
from storage.quarantine import Quarantine, check_free_space
from storage.timeutil import now_utc
from storage.vault import Vault

Progress = Callable[[int, int], None]


@dataclass
class ImportOutcome:
    path: Path
    outcome: Outcome  # every member but CANCELLED and FAILED (the batch adds those)
    bundle_id: str | None = None
    signer_name: str | None = None
    signer_fingerprint: str | None = None
    signer_key: PublicKey | None = None
    sender_pseudonym: str | None = None  # the name the sender gave (Sender-Pseudonym)
    created: str | None = None
    cases: int = 0
    attachments: int = 0
    payload_bytes: int = 0
    error: BaseException | None = field(default=None, repr=False)


def _signer_check(vault: Vault, seen: dict[str, Any]) -> fmt.SignerCheck:
    """What crypto.bundle.read_bundle calls with the key whose signature it verified: that
    key must be a pinned researcher's (app.services.signers), valid now."""

    def check(key: PublicKey) -> None:
        seen["key"] = key
        signer = keys.signer_by_key(vault.conn, key)
        if signer is None:
            raise UnknownSigner(key)
        seen["name"] = signer.name
        if not signer.valid_at(now_utc()):
            raise SignerExpired(signer.name, signer.valid_after, signer.valid_before)

    return check


_OUTCOME_OF: list[tuple[type[BaseException], Outcome]] = [
    (BundleNotForUs, Outcome.NOT_FOR_US),
    (UnknownSigner, Outcome.UNKNOWN_SIGNER),
    (SignerExpired, Outcome.SIGNER_EXPIRED),
    (BundleTampered, Outcome.TAMPERED),
    (BundleTruncated, Outcome.TRUNCATED),
    (BundleMalformed, Outcome.MALFORMED),
    (UnsupportedBundleFormat, Outcome.UNSUPPORTED),
    (BundleUnreadable, Outcome.UNREADABLE),
    (DuplicateBundle, Outcome.DUPLICATE),
    (ReplayedBundle, Outcome.REPLAY),
    (BundleIdConflict, Outcome.ID_CONFLICT),
    (NotEnoughSpace, Outcome.NO_SPACE),
    (BundleHasNoCase, Outcome.MALFORMED),
    (BundleCaseInvalid, Outcome.INVALID_CASE),
    (ImportConflict, Outcome.CONFLICT),
]


def outcome_name(err: BaseException) -> Outcome:
    for kind, name in _OUTCOME_OF:
        if isinstance(err, kind):
            return name
    return Outcome.UNREADABLE


def _read_into_quarantine(
    vault: Vault, path: Path, quarantine: Quarantine, outcome: ImportOutcome,
    progress: Progress | None, cancel: threading.Event | None, *, hash_file: bool = True,
) -> tuple[fmt.VerifiedBundle, str | None]:
    """Read and verify the bundle into `quarantine`; with `hash_file`, also the SHA-256 of
    the whole file (what an import records; a verify needs it only for a bundle id seen
    before, and then reads the file again: see _file_sha256)."""
    own_org = require_own_organisation(vault)
    identities = keys.decryption_identities(vault.conn)
    seen: dict[str, Any] = {}
    try:
        with path.open("rb") as raw:
            check_free_space(vault.blobs_dir, os.fstat(raw.fileno()).st_size)
            hashing = HashingReader(raw) if hash_file else None
            try:
                verified = fmt.read_bundle(
                    raw if hashing is None else hashing,  # type: ignore[arg-type]
                    identities,
                    [own_org.recipient.to_string(),
                     *(i.recipient.to_string() for i in identities[1:])],
                    _signer_check(vault, seen),
                    quarantine,
                    progress=progress,
                    cancel=cancel,
                )
            finally:
                outcome.signer_key = seen.get("key")
                outcome.signer_name = seen.get("name")
                if outcome.signer_key is not None:
                    outcome.signer_fingerprint = outcome.signer_key.fingerprint()
            file_sha256 = None if hashing is None else hashing.finish()
            quarantine.set_digests(verified.attachments)
    except FileNotFoundError:
        raise BundleUnreadable("missing") from None
    except IsADirectoryError:
        raise BundleUnreadable("not_a_file") from None
    return verified, file_sha256


def _file_sha256(path: Path) -> str:
    try:
        with path.open("rb") as raw:
            return HashingReader(raw).finish()
    except OSError:
        raise BundleUnreadable("missing") from None


def _check_seen(vault: Vault, verified: fmt.VerifiedBundle, file_sha256: str | None,
                path: Path) -> None:
    """Refuse a bundle id seen before: from the same signer, a duplicate (this very file)
    or a replay (another file); from another signer, a conflict naming that signer."""
    bundle_id = verified.bundle_id
    previous = records.get(vault.conn, bundle_id)
    if previous is None:
        return
    if previous.signer_fingerprint != verified.signer.fingerprint():
        raise BundleIdConflict(bundle_id, previous.signer_name or previous.signer_fingerprint)
    if file_sha256 is None:
        file_sha256 = _file_sha256(path)
    if previous.direction == "in" and previous.file_sha256 == file_sha256:
        raise DuplicateBundle(bundle_id, previous.imported_at)
    raise ReplayedBundle(bundle_id)


def _validated_cases(vault: Vault, quarantine: Quarantine,
                     verified: fmt.VerifiedBundle) -> dict[str, dict[str, Any]]:
    if not verified.cases:
        raise BundleHasNoCase(verified.bundle_id)
    incoming_blobs = {b.blob_id for b in quarantine.blobs}
    validated: dict[str, dict[str, Any]] = {}
    spilled = quarantine.cases
    for case_id in sorted(spilled):
        data = spilled[case_id]  # read back only now that the bundle verified, one at a time
        try:
            try:
                record = json.loads(data.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
                raise CaseInvalid("(top)", "schema", "not JSON") from None
            if not isinstance(record, dict):
                raise CaseInvalid("(top)", "type", "object")
            check_text(record)  # every field, the status too: what storage cannot encode
            check_attachment_names(record)  # the sender's choice, shown to the coordinator
            listed = {a.get("id") for a in record.get("attachments") or [] if isinstance(a, dict)}
            # The workflow status travels for information (exported, delivered...); only
            # the content is held to the rules of a case file.
            content = {k: v for k, v in record.items() if k != "status"}
            case_service.validate_record(content, for_add=False, case_id=case_id,
                                         attachment_ids={str(x) for x in listed})
            missing = {str(x) for x in listed} - incoming_blobs
            if missing:
                raise CaseInvalid("attachments", "unknown_attachment", sorted(missing)[0])
        except CaseFileError as err:
            raise BundleCaseInvalid(case_id, err) from err
        validated[case_id] = record
    return validated


def verify_bundle(vault: Vault, path: Path, progress: Progress | None = None,
                  cancel: threading.Event | None = None) -> ImportOutcome:
    """Check a bundle completely without importing anything."""
    outcome = ImportOutcome(path, Outcome.VERIFIED)
    quarantine = Quarantine(vault.blobs_dir, durable=False)  # all discarded: no fsync
    try:
        verified, file_sha256 = _read_into_quarantine(vault, path, quarantine, outcome,
                                                      progress, cancel, hash_file=False)
        _fill(outcome, verified)
        _check_seen(vault, verified, file_sha256, path)
        validated = _validated_cases(vault, quarantine, verified)
        records.check_conflicts(vault.conn, quarantine, validated,
                                verified.signer.fingerprint())
    except (BundleError, Cancelled, ServiceError, VaultError) as err:
        outcome.outcome = outcome_name(err)
        outcome.error = err
    finally:
        quarantine.discard()
    return outcome


def _fill(outcome: ImportOutcome, verified: fmt.VerifiedBundle) -> None:
    outcome.bundle_id = verified.bundle_id
    outcome.created = verified.created
    outcome.cases = len(verified.cases)
    outcome.attachments = len(verified.attachments)
    outcome.payload_bytes = verified.payload_bytes
    outcome.signer_fingerprint = verified.signer.fingerprint()
    given = verified.bag_info.get("Sender-Pseudonym") or ()
    outcome.sender_pseudonym = given[0] if given else None
    outcome.signer_key = verified.signer


def import_bundle(vault: Vault, path: Path, progress: Progress | None = None,
                  cancel: threading.Event | None = None) -> ImportOutcome:
    """Verify and import one bundle, all or nothing. Expected failures are returned as the
    outcome (and recorded in the audit log); the vault is unchanged by them."""
    outcome = ImportOutcome(path, Outcome.IMPORTED)
    quarantine = Quarantine(vault.blobs_dir)
    try:
        verified, file_sha256 = _read_into_quarantine(vault, path, quarantine, outcome,
                                                      progress, cancel)
        _fill(outcome, verified)
        file_sha256 = file_sha256 or _file_sha256(path)  # always hashed on the way in
        _check_seen(vault, verified, file_sha256, path)
        validated = _validated_cases(vault, quarantine, verified)
        records.commit_import(
            vault.conn, vault.blobs_dir, quarantine, validated,
            bundle_id=verified.bundle_id, created=verified.created, file_sha256=file_sha256,
            signer_fingerprint=verified.signer.fingerprint(),
            signer_name=outcome.signer_name or "",
            sender_recipient=(verified.bag_info.get("Sender-Age-Recipient") or ("",))[0],
            recipients=list(verified.recipients), payload_bytes=verified.payload_bytes,
        )
        quarantine.drop_spills()
    except (BundleError, Cancelled, ServiceError, VaultError) as err:
        outcome.outcome = outcome_name(err)
        outcome.error = err
        quarantine.discard()
        with transaction(vault.conn):
            audit.append(vault.conn, "bundle_refused", outcome.bundle_id or path.name[:80])
        return outcome
    except BaseException:
        quarantine.discard()
        raise
    return outcome
