"""Provenance: which bundles this vault received or sent, who signed them, and which
bundles a case travelled in."""

from __future__ import annotations

from collections.abc import Sequence

from storage import provenance
from storage.ids import CaseId
from storage.provenance import BundleSummary as BundleSummary
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
