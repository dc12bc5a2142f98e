"""Receipts: a coordinator's signed acknowledgement of a bundle it imported (a file with a
neutral name, app.services.filenames, encrypted to the researcher who sent it), and the
researcher's import of one, which marks the revisions it confirms delivered and then, with
delete on receipt (the default), destroys them (app.services.purge.remove_delivered)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services.bundle_export import SOFTWARE_AGENT
from app.services.errors import BundleNotFound, ReceiptMismatch, UnknownSigner
from app.services.filenames import neutral_name
from app.services.hashing import HashingReader
from app.services.organisations import require_own_organisation
from app.services.purge import Removal, remove_delivered
from crypto import bundle as fmt
from crypto.age import X25519Recipient
from crypto.errors import BundleMalformed, BundleUnreadable
from crypto.identity import PublicKey
from storage import audit, cases, fsio, keys
from storage import bundles as records
from storage.db import transaction
from storage.errors import OutputExists
from storage.ids import CaseId
from storage.keys import Organisation
from storage.quarantine import Quarantine
from storage.timeutil import now_utc
from storage.vault import Vault


def create_receipt(vault: Vault, bundle_id: str, out: Path) -> Path:
    """A receipt signed by the organisation, encrypted to the researcher; in a folder
    `out` it gets a neutral name ("2026-12-05-1.age"), else `out` is the file."""
    org = require_own_organisation(vault)
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
    target = neutral_name(out) if out.is_dir() else out  # never names the bundle id
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
    from app.services import team  # the other desks of the team learn it was issued

    team.receipt_issued(vault, bundle_id)
    return target


@dataclass(frozen=True, slots=True)
class ReceiptOutcome:
    bundle_id: str
    delivered: list[str]  # references of the cases now delivered
    edited: list[str]  # references of cases edited since export: the later edits stay
    removed: Removal  # what delete on receipt destroyed (nothing with a grace period)


def import_receipt(vault: Vault, path: Path) -> ReceiptOutcome:
    """Verify a receipt from a trusted organisation; mark the revisions it confirms
    delivered (even of a case edited since export), then apply delete on receipt."""
    own = keys.identity(vault.conn)
    quarantine = Quarantine(vault.blobs_dir)
    seen: dict[str, Any] = {}

    def check(key: PublicKey) -> None:
        seen["org"] = keys.organisation_by_key(vault.conn, key)
        if seen["org"] is None:
            raise UnknownSigner(key)

    try:
        with path.open("rb") as raw:
            hashing = HashingReader(raw)
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
    delivered, edited = records.mark_delivered(vault.conn, bundle_id, confirmed, receipt_sha)
    refs = [cases.get_summary(vault.conn, CaseId(c)).reference for c in delivered]
    edited_refs = [cases.get_summary(vault.conn, CaseId(c)).reference for c in edited]
    return ReceiptOutcome(bundle_id, refs, edited_refs, remove_delivered(vault))
