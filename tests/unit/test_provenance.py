"""Provenance of imported cases (bundle, signer, times, hashes, receipts), each
researcher's bundles, and search filtered by signer and bundle; with real vaults (minimum
KDF) and real bundles (the `desk` fixture, tests/desk.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.services import bundle_import, receipts
from app.services import settings as prefs
from app.services.provenance import verification_summary
from storage import provenance
from storage.audit import entries
from storage.ids import CaseId
from storage.search import SearchFilters, search
from tests.casedata import sample
from tests.desk import Desk


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_provenance_of_an_imported_case(desk: Desk) -> None:
    r = desk.researcher("R-07")
    audio = b"\x00voice" * 1000
    path, ids = desk.export(r, [sample("uz"), sample("tj")], {0: audio})
    outcome = bundle_import.import_bundle(desk.coordinator, path)
    assert outcome.outcome == "imported", outcome.error

    prov = provenance.case_provenance(desk.coordinator.conn, ids[0])
    assert prov.reference
    assert prov.title == sample("uz")["title"]
    assert prov.status == "delivered"
    assert len(prov.bundles) == 1
    travelled = prov.bundles[0]
    b = travelled.bundle
    assert b.bundle_id == outcome.bundle_id
    assert b.direction == "in"
    assert b.signer_name == "Researcher R-07"
    assert b.signer_fingerprint == r.fingerprint
    assert b.file_sha256 == sha(path)
    assert b.created_at == outcome.created
    assert b.imported_at is not None
    assert b.imported_at >= b.created_at
    assert (b.cases, b.attachments) == (2, 1)
    assert not b.receipt.created
    assert b.receipt.at is None
    assert travelled.revision == 1
    assert [(a.size, a.sha256, a.filename) for a in travelled.attachments] == [
        (len(audio), hashlib.sha256(audio).hexdigest(), "recording-0.ogg")
    ]
    # The other case of the same bundle has no attachment of its own.
    assert provenance.case_provenance(desk.coordinator.conn, ids[1]).bundles[0].attachments == ()

    receipts.create_receipt(desk.coordinator, b.bundle_id, desk.root)
    after = provenance.case_provenance(desk.coordinator.conn, ids[0]).bundles[0].bundle
    receipt_at = [e.at for e in entries(desk.coordinator.conn) if e.action == "receipt_created"]
    assert after.receipt.created
    assert after.receipt.times == 1
    assert after.receipt.at == receipt_at[0]

    text = verification_summary(prov)
    for expected in (b.bundle_id, r.fingerprint, b.file_sha256, "Researcher R-07",
                     hashlib.sha256(audio).hexdigest(), b.created_at, str(b.imported_at),
                     prov.reference):
        assert expected in text


def test_researcher_side_shows_the_sent_bundle_and_its_receipt(desk: Desk) -> None:
    r = desk.researcher("R-07")
    path, ids = desk.export(r, [sample("kz")])
    assert bundle_import.import_bundle(desk.coordinator, path).outcome == "imported"
    sent = provenance.case_provenance(r.vault.conn, ids[0]).bundles[0].bundle
    assert sent.direction == "out"
    assert not sent.receipt.created
    receipt = receipts.create_receipt(desk.coordinator, sent.bundle_id, desk.root)
    prefs.set_receipt_grace(r.vault, None)  # keep the case (no delete on receipt)
    receipts.import_receipt(r.vault, receipt)
    back = provenance.case_provenance(r.vault.conn, ids[0]).bundles[0].bundle
    assert back.receipt.created
    assert back.receipt.at is not None
    assert back.receipt.receipt_sha256 == sha(receipt)


def test_bundles_per_signer_and_search_filters(desk: Desk) -> None:
    a = desk.researcher("A")
    b = desk.researcher("B")
    path_a1, ids_a1 = desk.export(a, [sample("uz")])
    path_a2, ids_a2 = desk.export(a, [sample("ru")])
    path_b, ids_b = desk.export(b, [sample("tj"), sample("kz")])
    for path in (path_a1, path_a2, path_b):
        assert bundle_import.import_bundle(desk.coordinator, path).outcome == "imported"
    conn = desk.coordinator.conn

    by_signer = {s.name: s for s in provenance.signers_with_bundles(conn)}
    assert set(by_signer) == {"Researcher A", "Researcher B"}
    assert len(by_signer["Researcher A"].bundles) == 2
    assert by_signer["Researcher A"].cases == 2
    assert by_signer["Researcher B"].cases == 2
    assert all(s.pinned for s in by_signer.values())
    assert {x.file_sha256 for x in provenance.bundles_of_signer(conn, a.fingerprint)} == {
        sha(path_a1), sha(path_a2)}

    def found(filters: SearchFilters, query: str = "") -> set[str]:
        return {h.case.id for h in search(conn, query, filters, limit=100)}

    assert found(SearchFilters(signers=[a.fingerprint])) == {*ids_a1, *ids_a2}
    assert found(SearchFilters(signers=["Researcher B"])) == set(ids_b)
    assert found(SearchFilters(signers=["Researcher B", a.fingerprint])) == {
        *ids_a1, *ids_a2, *ids_b}
    assert found(SearchFilters(signers=["nobody"])) == set()
    bundle_b = provenance.case_provenance(conn, ids_b[0]).bundles[0].bundle.bundle_id
    assert found(SearchFilters(bundles=[bundle_b])) == set(ids_b)
    assert found(SearchFilters(bundles=[bundle_b], acts=["account_compromise"])) == {ids_b[1]}
    assert found(SearchFilters(signers=[a.fingerprint]), "Москве") == set(ids_a2)


def test_unknown_case_raises(desk: Desk) -> None:
    from storage.errors import CaseNotFound

    with pytest.raises(CaseNotFound):
        provenance.case_provenance(desk.coordinator.conn, CaseId("nope"))
    assert provenance.bundle(desk.coordinator.conn, "nope") is None


def test_summary_is_plain_text(desk: Desk) -> None:
    r = desk.researcher("R-07")
    path, ids = desk.export(r, [sample("uz")])
    bundle_import.import_bundle(desk.coordinator, path)
    text = verification_summary(provenance.case_provenance(desk.coordinator.conn, ids[0]))
    # No person and no testimony in a text meant to be pasted into a messenger.
    record = sample("uz")
    for secret in (record["persons"][0]["real_name"], record["persons"][0]["pseudonym"],
                   record["title"], record["narrative"][:20]):
        assert secret not in text
    assert text.endswith("\n")
