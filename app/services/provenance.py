"""Provenance: which bundles this vault received or sent, who signed them, which bundles a
case travelled in, and the verification summary a coordinator can paste."""

from __future__ import annotations

from collections.abc import Sequence

from storage import provenance
from storage.ids import CaseId
from storage.provenance import BundleProvenance as BundleProvenance
from storage.provenance import BundleSummary as BundleSummary
from storage.provenance import CaseProvenance as CaseProvenance
from storage.provenance import SignerBundles as SignerBundles
from storage.vault import Vault


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


def case_provenance(vault: Vault, case_id: str) -> CaseProvenance:
    """Where a case came from: each bundle it travelled in (oldest first), who signed it,
    when it was created and imported, its attachments' hashes and receipts. Raises
    CaseNotFound."""
    return provenance.case_provenance(vault.conn, CaseId(case_id))


def received_in(vault: Vault, case_id: str) -> BundleProvenance | None:
    """The last bundle this vault received the case in (who signed it, when it was
    imported; its signature was checked on import), or None for a case made here. A
    received case is evidence: the editor opens it read-only. Raises CaseNotFound."""
    received = [t for t in case_provenance(vault, case_id).bundles
                if t.bundle.direction == "in"]
    return received[-1] if received else None


def verification_summary(prov: CaseProvenance) -> str:
    """Plain-English text a coordinator can paste: the case, and for each bundle it came
    in the bundle id, signer name and fingerprint, times, file hash, attachment hashes and
    receipt status. Names no person and quotes no testimony (attachment file names are
    left out too)."""
    lines = [
        "Guvoh verification summary",
        f"Case reference: {prov.reference}",
        f"Case id: {prov.case_id}",
        f"Status: {prov.status}",
    ]
    if not prov.bundles:
        lines.append("This case was not received in a bundle: it was entered in this vault.")
    for n, travelled in enumerate(prov.bundles, start=1):
        b = travelled.bundle
        how = "Received in" if b.direction == "in" else "Sent in"
        lines += [
            "",
            f"{how} bundle {n} of {len(prov.bundles)}: {b.bundle_id}",
            f"  Signed by: {b.signer_name or 'this vault'}",
            f"  Signer key fingerprint: {b.signer_fingerprint}",
            f"  Created (signed in the bundle, UTC): {b.created_at}",
        ]
        if b.imported_at is not None:
            lines.append(f"  Imported into this vault (UTC): {b.imported_at}")
        lines += [
            f"  SHA-256 of the bundle file: {b.file_sha256}",
            f"  Contents: {b.cases} case(s), {b.attachments} attachment(s), "
            f"{b.payload_bytes} bytes of payload",
            f"  Case revision carried: {travelled.revision}",
        ]
        for a in travelled.attachments:
            lines.append(f"  Attachment {a.blob_id}: {a.size} bytes, SHA-256 {a.sha256}")
        if b.direction == "in":
            receipt = (f"created {b.receipt.at}" if b.receipt.created
                       else "not created yet")
        else:
            receipt = (f"received {b.receipt.at}" if b.receipt.created
                       else "not received yet")
        lines.append(f"  Receipt: {receipt}")
    lines += ["", "Check a bundle file with: sha256sum <the bundle file>"]
    return "\n".join(lines) + "\n"
