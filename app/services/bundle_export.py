"""Bundle export: chosen cases (their current revisions and attachments) go into one
bundle, encrypted to the chosen organisations and signed by this vault; the file appears
only when complete; the revisions are then sealed. Only cases whose consent allows export
go, redacted if asked (app.domain.consent, app.domain.redaction)."""

from __future__ import annotations

import io
import json
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.consent import export_allowed
from app.domain.redaction import redact as redact_record
from app.services import attachment_metadata
from app.services import cases as case_service
from app.services.errors import ConsentMissing, NothingToExport
from app.services.filenames import neutral_name
from app.services.render import render_text
from crypto import bundle as fmt
from crypto.age import X25519Recipient
from storage import attachment_metadata as store_metadata
from storage import blobs, cases, fsio, keys
from storage import bundles as records
from storage.errors import BlobCorrupt, OutputExists
from storage.keys import OwnIdentity
from storage.pipeline import HashingFileWriter
from storage.timeutil import now_utc
from storage.vault import Vault

SOFTWARE_AGENT = "Guvoh 0.1.0"  # named in every bundle and receipt this vault writes
Progress = Callable[[int, int], None]


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
    strip_metadata: bool = False,
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
    # With strip_metadata, files that reveal something and can be cleaned travel as cleaned
    # copies, made now from the verified originals in the limited child process (held in
    # memory, never written in clear); the record names both hashes.
    cleaned: dict[str, attachment_metadata.CleanedBytes] = {}
    if strip_metadata:
        for attachment in attachments:
            if attachment_metadata.findings(vault, attachment.id).can_clean:
                cleaned[attachment.id] = attachment_metadata.cleaned_bytes(
                    vault, attachment.id, record=False)
    target = neutral_name(out) if out.is_dir() else out  # never names the bundle id
    if target.exists():
        raise OutputExists(target)
    fsio.remove_stale_temps(target.parent)
    # The bundle's bytes are hashed (for its record) and written on a second thread while
    # this one decrypts the attachments and encrypts the bundle; one fsync at the end.
    with fsio.atomic_writer(target, replace=False) as fh, HashingFileWriter(fh) as hashing:
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
                record = _with_cleaned(record, cleaned)
                data = json.dumps(record, ensure_ascii=False, sort_keys=True, indent=2)
                text = render_text(record, reveal_protected=not redact,
                                   attachments=record.get("attachments"))
                writer.add_case(case.summary.id, data.encode("utf-8"), text.encode("utf-8"))
            for attachment in attachments:
                copy = cleaned.get(attachment.id)
                if copy is not None:
                    digest = writer.add_attachment(attachment.id, len(copy.data),
                                                   io.BytesIO(copy.data))
                    if digest != copy.sha256:
                        raise BlobCorrupt(attachment.id, "hash_mismatch")
                    continue
                # The manifest takes the SHA-256 recorded at intake: every chunk read here
                # is authenticated under the file's own key (BlobCorrupt otherwise) and the
                # size is checked, so these are the bytes that were hashed then.
                with blobs.open_plaintext(vault.conn, vault.blobs_dir, attachment.id) as src:
                    writer.add_attachment(attachment.id, attachment.size, src,
                                          sha256=attachment.sha256)
            written = writer.finish()
        except BaseException:
            writer.abort()
            raise
        hashing.close()
    records.record_export(
        vault.conn, bundle_id, created, hashing.hexdigest(), own.public_key.fingerprint(),
        recipients, [(c.summary.id, c.revision) for c in chosen],
        [(a.id, len(cleaned[a.id].data), cleaned[a.id].sha256) if a.id in cleaned
         else (a.id, a.size, a.sha256) for a in attachments], written.payload_bytes,
    )
    for attachment_id, copy in cleaned.items():
        store_metadata.record_cleaned(vault.conn, attachment_id, copy.sha256,
                                      copy.original_sha256, len(copy.data), made_at=created)
    return ExportResult(target, bundle_id, [c.summary.reference for c in chosen],
                        len(attachments), written.payload_bytes, [o.name for o in orgs])


def _with_cleaned(record: dict[str, Any],
                  cleaned: dict[str, attachment_metadata.CleanedBytes]) -> dict[str, Any]:
    """The record with each cleaned file's entry naming the bytes that travel (`sha256`,
    `size`) and the original's hash (`original_sha256`, docs/bundle-format.md 5.7)."""
    if not cleaned:
        return record
    entries = []
    for entry in record.get("attachments") or []:
        copy = cleaned.get(str(entry.get("id")))
        if copy is not None:
            entry = {**entry, "sha256": copy.sha256, "size": len(copy.data),
                     "original_sha256": copy.original_sha256}
        entries.append(entry)
    return {**record, "attachments": entries}


def _sender_fields(own: OwnIdentity, pseudonym: str) -> dict[str, str]:
    """Signed bag-info fields that tell the organisation where receipts go and who sent
    it (a pseudonym, if one was chosen; single line, printable)."""
    fields = {"Sender-Age-Recipient": own.recipient.to_string()}
    clean = " ".join(pseudonym.split())
    if clean and clean.isprintable() and len(clean) <= 200:
        fields["Sender-Pseudonym"] = clean
    return fields
