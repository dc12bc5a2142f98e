"""Use cases for keys, organisations, signers, bundles and receipts.

Export: chosen cases (their current revisions and attachments) go into one bundle,
encrypted to the chosen organisations and signed by this vault; the file appears only when
complete; the revisions are then sealed. Import: each bundle is verified completely into a
quarantine and committed all or nothing; a bundle id seen before is a duplicate (the same
file) or a replay (another file), and nothing is imported twice."""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from app.domain import organisations as organisation_rule
from app.domain.consent import export_allowed
from app.domain.outcomes import Outcome
from app.domain.redaction import redact as redact_record
from app.services import cases as case_service
from app.services.errors import (
    BundleCaseInvalid,
    BundleNotFound,
    CaseFileError,
    CaseInvalid,
    ConsentMissing,
    DuplicateBundle,
    NoOrganisation,
    NotACoordinator,
    NotDelivered,
    NothingToExport,
    ReceiptMismatch,
    ReplayedBundle,
    ServiceError,
    SignerExpired,
    UnknownSigner,
)
from app.services.render import render_text
from crypto import bundle as fmt
from crypto.age import X25519Recipient
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
from crypto.orgcard import OrganisationCard, make_card, parse_card
from crypto.sshsig import allowed_signers_line
from storage import audit, blobs, cases, fsio, keys, provenance
from storage import bundles as records
from storage.db import transaction
from storage.errors import (
    BlobCorrupt,
    CaseNotFound,
    ImportConflict,
    OutputExists,
    SignerNotFound,
    VaultError,
)
from storage.ids import CaseId
from storage.keys import Organisation as Organisation
from storage.keys import OwnIdentity
from storage.keys import Signer as Signer
from storage.provenance import BundleSummary as BundleSummary
from storage.provenance import SignerBundles as SignerBundles
from storage.quarantine import Quarantine
from storage.timeutil import now_utc
from storage.vault import Vault

SOFTWARE_AGENT = "Guvoh 0.1.0"
Progress = Callable[[int, int], None]


# -- identity, organisations, signers ---------------------------------------------------


def identity(vault: Vault) -> OwnIdentity:
    return keys.identity(vault.conn)


def _require_coordinator(vault: Vault) -> None:
    if vault.role != "coordinator":
        raise NotACoordinator(vault.role)


def create_organisation(vault: Vault, name: str, out: Path) -> OrganisationCard:
    """A coordinator vault becomes the organisation `name` and writes its card."""
    _require_coordinator(vault)
    own = keys.identity(vault.conn)
    card_bytes = make_card(name, own.recipient, own.signing_key, now_utc())
    card = parse_card(card_bytes)
    if out.exists():
        raise OutputExists(out)
    keys.trust_organisation(vault.conn, card, card_bytes, own=True)
    fsio.write_atomic(out, card_bytes, replace=False)
    return card


def export_card(vault: Vault, out: Path) -> Organisation:
    org = _own_org(vault)
    if out.exists():
        raise OutputExists(out)
    fsio.write_atomic(out, org.card, replace=False)
    return org


def own_organisation(vault: Vault) -> Organisation | None:
    """This vault's own organisation (a coordinator's, once created), or None; the rule is
    app.domain.organisations.own_organisation, checked against this vault's signing key."""
    fingerprint = keys.identity(vault.conn).public_key.fingerprint()
    return organisation_rule.own_organisation(keys.organisations(vault.conn), fingerprint)


def _own_org(vault: Vault) -> Organisation:
    _require_coordinator(vault)
    org = own_organisation(vault)
    if org is None:
        raise NoOrganisation()
    return org


def export_org_key(vault: Vault, out: Path) -> None:
    """The organisation's age identity as an age identity file (for stock-tool
    verification and an offline backup). Whoever holds it can read every bundle."""
    _own_org(vault)
    if out.exists():
        raise OutputExists(out)
    own = keys.identity(vault.conn)
    text = (
        f"# Guvoh organisation key, created {own.created_at}\n"
        f"# public key: {own.recipient.to_string()}\n"
        f"{own.age_identity.to_string()}\n"
    )
    fsio.write_atomic(out, text.encode("ascii"), replace=False)


def read_card(path: Path) -> tuple[OrganisationCard, bytes]:
    data = path.read_bytes()[: 64 * 1024 + 1]
    return parse_card(data), data


def trust_organisation(vault: Vault, card: OrganisationCard, card_bytes: bytes) -> Organisation:
    return keys.trust_organisation(vault.conn, card, card_bytes)


def trust_signer(vault: Vault, line: str, name: str, valid_after: str | None = None,
                 valid_before: str | None = None) -> Signer:
    _require_coordinator(vault)
    key = PublicKey.from_openssh_line(line)
    return keys.trust_signer(vault.conn, name, key, valid_after, valid_before)


def set_signer_validity(vault: Vault, name_or_fingerprint: str, valid_after: str | None,
                        valid_before: str | None) -> Signer:
    """Set or clear when a pinned researcher's key is valid (UTC, valid_before exclusive)."""
    _require_coordinator(vault)
    return keys.set_signer_validity(vault.conn, name_or_fingerprint, valid_after, valid_before)


def end_signer(vault: Vault, name_or_fingerprint: str) -> Signer:
    """End a pinned researcher's key now: bundles it signs from now on are refused."""
    _require_coordinator(vault)
    signer = next((s for s in keys.signers(vault.conn)
                   if name_or_fingerprint in (s.name, s.fingerprint)), None)
    if signer is None:
        raise SignerNotFound(name_or_fingerprint)
    now = now_utc()
    after = signer.valid_after if signer.valid_after is None or signer.valid_after < now else None
    return keys.set_signer_validity(vault.conn, signer.fingerprint, after, now)


def organisations(vault: Vault) -> list[Organisation]:
    """The trusted organisations (and this vault's own, if it is one)."""
    return keys.organisations(vault.conn)


def signers(vault: Vault) -> list[Signer]:
    """The pinned researchers whose bundles this vault accepts."""
    return keys.signers(vault.conn)


def signer_by_key(vault: Vault, key: PublicKey) -> Signer | None:
    """The pinned researcher with this public key, or None (not pinned)."""
    return keys.signer_by_key(vault.conn, key)


def bundle_summary(vault: Vault, bundle_id: str) -> BundleSummary | None:
    """A bundle this vault received or sent (who signed it, when, its cases, its receipt),
    or None if there is no bundle with this id."""
    return provenance.bundle(vault.conn, bundle_id)


def signers_with_bundles(vault: Vault) -> list[SignerBundles]:
    """Every pinned researcher and every key bundles were received from, each with the
    bundles received from it (newest first); sorted by name."""
    return provenance.signers_with_bundles(vault.conn)


def bundles_received_with(vault: Vault, case_ids: Sequence[str]) -> list[str]:
    """The ids of the bundles the given cases were received in, each once, in the order
    the cases and their bundles come (what a coordinator's receipts acknowledge)."""
    found: list[str] = []
    for case_id in case_ids:
        for travelled in provenance.case_provenance(vault.conn, CaseId(case_id)).bundles:
            bundle = travelled.bundle
            if bundle.direction == "in" and bundle.bundle_id not in found:
                found.append(bundle.bundle_id)
    return found


@dataclass(frozen=True, slots=True)
class PublicIdentity:
    """What others may know of this vault's identity: nothing secret."""

    public_key: str  # "ssh-ed25519 AAAA... pseudonym"
    fingerprint: str
    safety_code: str
    age_recipient: str  # where receipts are encrypted to


def public_identity(vault: Vault) -> PublicIdentity:
    own = identity(vault)
    key = own.public_key
    return PublicIdentity(key.to_openssh_line(vault.meta("pseudonym") or ""), key.fingerprint(),
                          key.safety_code(), own.recipient.to_string())


def write_allowed_signers(vault: Vault, out: Path) -> Path:
    """The pinned researchers as an OpenSSH allowed_signers file; never overwrites."""
    if out.exists():
        raise OutputExists(out)
    fsio.write_atomic(out, allowed_signers_text(vault).encode("utf-8"), replace=False)
    return out


def allowed_signers_text(vault: Vault) -> str:
    lines = []
    for signer in keys.signers(vault.conn):
        after = _dt(signer.valid_after)
        before = _dt(signer.valid_before)
        lines.append(allowed_signers_line(signer.name, signer.public_key,
                                          valid_after=after, valid_before=before))
    return "".join(line + "\n" for line in lines)


def _dt(value: str | None) -> datetime | None:
    if value is None:
        return None
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


# -- export -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    bundle_id: str
    cases: list[str]  # references
    attachments: int
    payload_bytes: int
    organisations: list[str]


def export_bundle(
    vault: Vault,
    to: Sequence[str],
    out: Path,
    case_keys: Sequence[str] = (),
    *,
    redact: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ExportResult:
    orgs = [keys.find_organisation(vault.conn, name) for name in to]
    if case_keys:
        case_ids = sorted({cases.resolve(vault.conn, k) for k in case_keys})
    else:
        case_ids = sorted(s.id for s in cases.list_cases(vault.conn, 1_000_000, 0, ["ready"]))
    if not case_ids:
        raise NothingToExport()
    own = keys.identity(vault.conn)
    chosen = [cases.get(vault.conn, case_id) for case_id in case_ids]
    for case in chosen:
        if not export_allowed(case.record):
            raise ConsentMissing(case.summary.reference)
    attachments = sorted(
        (a for case_id in case_ids for a in blobs.list_for_case(vault.conn, case_id)),
        key=lambda a: a.id,
    )
    bundle_id = str(uuid.uuid4())
    created = now_utc()
    recipients = sorted({org.recipient.to_string() for org in orgs})
    info = fmt.BundleInfo(
        bundle_id=bundle_id,
        created=created,
        recipients=tuple(recipients),
        signer_fingerprint=own.public_key.fingerprint(),
        software_agent=SOFTWARE_AGENT,
        extra=_sender_fields(own, vault.meta("pseudonym") or ""),
    )
    target = out / f"B-{bundle_id}.age" if out.is_dir() else out
    if target.exists():
        raise OutputExists(target)
    fsio.remove_stale_temps(target.parent)
    with fsio.atomic_writer(target, replace=False) as fh:
        hashing = _HashingWriter(fh)
        writer = fmt.BundleWriter(
            hashing,  # type: ignore[arg-type]  # write/flush are all it needs
            [X25519Recipient.from_string(r) for r in recipients], own.signing_key,
            info, progress=progress, cancel=cancel,
        )
        try:
            for case in chosen:
                record = case_service.full_record(vault, case)
                if redact:
                    record = redact_record(record)
                data = json.dumps(record, ensure_ascii=False, sort_keys=True, indent=2)
                text = render_text(record, reveal_protected=not redact,
                                   attachments=record.get("attachments"))
                writer.add_case(case.summary.id, data.encode("utf-8"), text.encode("utf-8"))
            for attachment in attachments:
                with blobs.open_plaintext(vault.conn, vault.blobs_dir, attachment.id) as src:
                    digest = writer.add_attachment(attachment.id, attachment.size, src)
                if digest != attachment.sha256:
                    raise BlobCorrupt(attachment.id, "hash_mismatch")
            written = writer.finish()
        except BaseException:
            writer.abort()
            raise
    records.record_export(
        vault.conn, bundle_id, created, hashing.hexdigest(), own.public_key.fingerprint(),
        recipients, [(c.summary.id, c.revision) for c in chosen],
        [(a.id, a.size, a.sha256) for a in attachments], written.payload_bytes,
    )
    return ExportResult(target, bundle_id, [c.summary.reference for c in chosen],
                        len(attachments), written.payload_bytes, [o.name for o in orgs])


def _sender_fields(own: OwnIdentity, pseudonym: str) -> dict[str, str]:
    """Signed bag-info fields that tell the organisation where receipts go and who sent
    it (a pseudonym, if one was chosen; single line, printable)."""
    fields = {"Sender-Age-Recipient": own.recipient.to_string()}
    clean = " ".join(pseudonym.split())
    if clean and clean.isprintable() and len(clean) <= 200:
        fields["Sender-Pseudonym"] = clean
    return fields


class _HashingWriter:
    """Passes writes through to a file while hashing them (the bundle file's SHA-256)."""

    def __init__(self, dst: BinaryIO) -> None:
        self._dst = dst
        self._hash = hashlib.sha256()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._hash.update(data)
        return self._dst.write(data)

    def flush(self) -> None:
        self._dst.flush()

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


class _HashingReader:
    def __init__(self, src: BinaryIO) -> None:
        self._src = src
        self._hash = hashlib.sha256()
        self.count = 0

    def read(self, n: int = -1) -> bytes:
        data = self._src.read(n)
        self._hash.update(data)
        self.count += len(data)
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:
        n = self._src.readinto(buffer)  # type: ignore[attr-defined]
        if n:
            self._hash.update(memoryview(buffer)[:n])
            self.count += n
        return int(n or 0)

    def finish(self) -> str:
        while self.read(1024 * 1024):
            pass
        return self._hash.hexdigest()


# -- verify and import ------------------------------------------------------------------


@dataclass
class ImportOutcome:
    path: Path
    outcome: Outcome  # every member but CANCELLED and FAILED (the batch adds those)
    bundle_id: str | None = None
    signer_name: str | None = None
    signer_fingerprint: str | None = None
    signer_key: PublicKey | None = None
    created: str | None = None
    cases: int = 0
    attachments: int = 0
    payload_bytes: int = 0
    error: BaseException | None = field(default=None, repr=False)


def _signer_check(vault: Vault, seen: dict[str, Any]) -> fmt.SignerCheck:
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
    progress: Progress | None, cancel: threading.Event | None,
) -> tuple[fmt.VerifiedBundle, str]:
    own_org = _own_org(vault)
    own = keys.identity(vault.conn)
    seen: dict[str, Any] = {}
    try:
        with path.open("rb") as raw:
            hashing = _HashingReader(raw)
            try:
                verified = fmt.read_bundle(
                    hashing,  # type: ignore[arg-type]
                    [own.age_identity],
                    [own_org.recipient.to_string()],
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
            file_sha256 = hashing.finish()
    except FileNotFoundError:
        raise BundleUnreadable("missing") from None
    except IsADirectoryError:
        raise BundleUnreadable("not_a_file") from None
    return verified, file_sha256


def _check_seen(vault: Vault, bundle_id: str, file_sha256: str) -> None:
    previous = records.get(vault.conn, bundle_id)
    if previous is None:
        return
    if previous.direction == "in" and previous.file_sha256 == file_sha256:
        raise DuplicateBundle(bundle_id, previous.imported_at)
    raise ReplayedBundle(bundle_id)


def _validated_cases(vault: Vault, quarantine: Quarantine,
                     verified: fmt.VerifiedBundle) -> dict[str, dict[str, Any]]:
    incoming_blobs = {b.blob_id for b in quarantine.blobs}
    validated: dict[str, dict[str, Any]] = {}
    for case_id, data in sorted(quarantine.cases.items()):
        try:
            try:
                record = json.loads(data.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
                raise CaseInvalid("(top)", "schema", "not JSON") from None
            if not isinstance(record, dict):
                raise CaseInvalid("(top)", "type", "object")
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
    quarantine = Quarantine(vault.blobs_dir)
    try:
        verified, file_sha256 = _read_into_quarantine(vault, path, quarantine, outcome,
                                                      progress, cancel)
        _fill(outcome, verified)
        _validated_cases(vault, quarantine, verified)
        _check_seen(vault, verified.bundle_id, file_sha256)
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
        _check_seen(vault, verified.bundle_id, file_sha256)
        validated = _validated_cases(vault, quarantine, verified)
        records.commit_import(
            vault.conn, vault.blobs_dir, quarantine, validated,
            bundle_id=verified.bundle_id, created=verified.created, file_sha256=file_sha256,
            signer_fingerprint=verified.signer.fingerprint(),
            signer_name=outcome.signer_name or "",
            sender_recipient=(verified.bag_info.get("Sender-Age-Recipient") or ("",))[0],
            recipients=list(verified.recipients), payload_bytes=verified.payload_bytes,
        )
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


# -- receipts ---------------------------------------------------------------------------


def create_receipt(vault: Vault, bundle_id: str, out: Path) -> Path:
    """R-<bundle-uuid>.age: signed by the organisation, encrypted to the researcher."""
    org = _own_org(vault)
    record = records.get(vault.conn, bundle_id)
    if record is None or record.direction != "in":
        raise BundleNotFound(bundle_id)
    own = keys.identity(vault.conn)
    receipt = {
        "format": fmt.RECEIPT_FORMAT,
        "bundle_id": bundle_id,
        "received_at": record.imported_at,
        "organisation": org.name,
        "cases": sorted(case_id for case_id, _ in record.cases),
        "attachments": [[b, h] for b, h in records.bundle_attachments(vault.conn, bundle_id)],
    }
    info = fmt.BundleInfo(
        bundle_id=bundle_id, created=now_utc(), recipients=(record.sender_recipient,),
        signer_fingerprint=own.public_key.fingerprint(), software_agent=SOFTWARE_AGENT,
        bundle_format=fmt.RECEIPT_FORMAT,
    )
    target = out / f"R-{bundle_id}.age" if out.is_dir() else out
    if target.exists():
        raise OutputExists(target)
    with fsio.atomic_writer(target, replace=False) as fh:
        writer = fmt.BundleWriter(
            fh, [X25519Recipient.from_string(record.sender_recipient)], own.signing_key, info,
            namespace=fmt.RECEIPT_NAMESPACE,
        )
        try:
            writer.add_payload_file(
                "receipt.json",
                json.dumps(receipt, ensure_ascii=False, sort_keys=True, indent=2).encode(),
            )
            writer.finish()
        except BaseException:
            writer.abort()
            raise
    with transaction(vault.conn):
        audit.append(vault.conn, "receipt_created", bundle_id)
    return target


def import_receipt(vault: Vault, path: Path) -> tuple[str, list[str]]:
    """Verify a receipt from a trusted organisation; mark the cases it confirms delivered.
    Returns (bundle id, references of the cases now delivered)."""
    own = keys.identity(vault.conn)
    quarantine = Quarantine(vault.blobs_dir)
    seen: dict[str, Any] = {}

    def check(key: PublicKey) -> None:
        seen["org"] = keys.organisation_by_key(vault.conn, key)
        if seen["org"] is None:
            raise UnknownSigner(key)

    try:
        with path.open("rb") as raw:
            hashing = _HashingReader(raw)
            verified = fmt.read_bundle(
                hashing,  # type: ignore[arg-type]
                [own.age_identity], [own.recipient.to_string()], check, quarantine,
                namespace=fmt.RECEIPT_NAMESPACE, formats=(fmt.RECEIPT_FORMAT,),
            )
            receipt_sha = hashing.finish()
        raw_json = quarantine.files.get("receipt.json")
    except FileNotFoundError:
        raise BundleUnreadable("missing") from None
    finally:
        quarantine.discard()
    if raw_json is None:
        raise BundleMalformed("receipt", "data/receipt.json is missing")
    try:
        data = json.loads(raw_json.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise BundleMalformed("receipt", "data/receipt.json is not JSON") from None
    if not isinstance(data, dict) or data.get("format") != fmt.RECEIPT_FORMAT:
        raise BundleMalformed("receipt", "unexpected receipt content")
    bundle_id = str(data.get("bundle_id", ""))
    sent = records.get(vault.conn, bundle_id)
    org: Organisation = seen["org"]
    if (sent is None or sent.direction != "out" or bundle_id != verified.bundle_id
            or org.recipient.to_string() not in sent.recipients):
        raise ReceiptMismatch(bundle_id)
    confirmed = [str(c) for c in data.get("cases") or []]
    delivered = records.mark_delivered(vault.conn, bundle_id, confirmed, receipt_sha)
    return bundle_id, [cases.get_summary(vault.conn, CaseId(c)).reference for c in delivered]


# -- purge ------------------------------------------------------------------------------


def purge(vault: Vault, *, delivered: bool = False, case_keys: Sequence[str] = (),
          force_undelivered: bool = False) -> list[str]:
    """Remove local copies: all delivered cases, and/or the cases named (which must be
    delivered unless `force_undelivered`). Returns the references removed."""
    targets: list[CaseId] = []
    if delivered:
        targets.extend(s.id for s in cases.list_cases(vault.conn, 1_000_000, 0, ["delivered"]))
    for key in case_keys:
        case_id = cases.resolve(vault.conn, key)
        if not records.case_delivered(vault.conn, case_id) and not force_undelivered:
            raise NotDelivered(cases.get_summary(vault.conn, case_id).reference)
        targets.append(case_id)
    removed = []
    for case_id in dict.fromkeys(targets):
        try:
            summary = cases.get_summary(vault.conn, case_id)
        except CaseNotFound:
            continue
        case_service.delete_case(vault, case_id)
        with transaction(vault.conn):
            audit.append(vault.conn, "case_purged", case_id)
        removed.append(summary.reference)
    return removed
