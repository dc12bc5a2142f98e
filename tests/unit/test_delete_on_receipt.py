"""Delete on receipt (issue 15 item 1, DESIGN.md 2b): once the organisation's receipt is in,
what it confirms is destroyed, at once by default or after the vault's grace period; a case
edited after export keeps its later edits, undelivered, and loses only what was delivered.

The forensic test decrypts every page of vault.db and its WAL with the data key
(tests/forensics.py) and every remaining attachment file, and finds no word of a delivered
case; the same scan finds the words that must stay, so it can fail."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.services import bundle_export, bundle_import, purge, receipts, vaults
from app.services import cases as case_service
from app.services import settings as prefs
from storage import audit
from storage import cases as case_rows
from storage.db import transaction
from storage.devicekeyring import DeviceKeyring
from storage.errors import CaseNotFound
from storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.desk import Desk, Researcher
from tests.unit.test_forensic_delete import KEEP, ends, record, scan

DELIVERED = ("Ozodbekova Quarrington", "lanternwhistle")
EXPORTED_ONLY = "brackenfeathering"  # in the exported version only, edited out later
LATER = "cinnamonharbour"  # added after the export: stays, undelivered
FILE_BYTES = b"recording of the delivered case: tamarindsoliloquy " * 50


def _send(desk: Desk, who: Researcher, case_ids: list[str]) -> Path:
    """Export `case_ids`, import the bundle at the coordinator; returns its receipt."""
    result = bundle_export.export_bundle(who.vault, ["Memorial"], desk.outbox, case_ids)
    imported = bundle_import.import_bundle(desk.coordinator, result.path)
    assert imported.outcome == "imported", imported.error
    assert imported.bundle_id is not None
    return receipts.create_receipt(desk.coordinator, imported.bundle_id, desk.root)


def _delivered_case(desk: Desk, who: Researcher) -> tuple[str, str]:
    """A case with an attachment; returns (case id, blob id)."""
    case = case_service.add_case(who.vault, record(*DELIVERED))
    source = desk.root / "delivered.ogg"
    source.write_bytes(FILE_BYTES)
    blob = case_service.attach_file(who.vault, case.id, source, filename="delivered.ogg",
                                    media_type="audio/ogg")
    return case.id, blob.id


def _edited_case(who: Researcher) -> str:
    """A case whose exported version (revision 1) is edited afterwards (revision 2)."""
    first = record("Tursunboev Wexley", EXPORTED_ONLY)
    return case_service.add_case(who.vault, first).id


def _edit_after_export(who: Researcher, case_id: str) -> None:
    later = record("Tursunboev Wexley", LATER)
    case_service.edit_case(who.vault, case_id, later)


def test_a_receipt_destroys_the_delivered_case_and_keeps_later_edits(desk: Desk) -> None:
    r = desk.researcher("R-11")
    vault = r.vault
    assert prefs.receipt_grace(vault) == 0  # on by default, at once
    keep = case_service.add_case(vault, record(*KEEP))
    source = desk.root / "kept.txt"
    source.write_bytes(b"the kept case's file")
    kept_blob = case_service.attach_file(vault, keep.id, source, filename="kept.txt").id
    delivered_id, blob_id = _delivered_case(desk, r)
    edited_id = _edited_case(r)
    receipt = _send(desk, r, [delivered_id, edited_id])
    _edit_after_export(r, edited_id)
    delivered_ref = case_service.show_case(vault, delivered_id).summary.reference
    edited_ref = case_service.show_case(vault, edited_id).summary.reference
    gone = ends(*DELIVERED) | ends(EXPORTED_ONLY)
    # The control: everything is in the vault before the receipt.
    assert set(scan(vault.path, vault.data_key, gone)) == gone
    assert (vault.blobs_dir / blob_id).exists()

    got = receipts.import_receipt(vault, receipt)

    assert got.delivered == [delivered_ref]
    assert got.edited == [edited_ref]
    assert (got.removed.cases, got.removed.versions, got.removed.files) == (1, 1, 1)
    with pytest.raises(CaseNotFound):
        case_service.show_case(vault, delivered_id)
    # The edited case: its exported revision is the delivered one and is gone; the later
    # edits stay as an undelivered draft the person can export again or delete.
    edited = case_service.show_case(vault, edited_id)
    assert edited.summary.status == "draft"
    assert edited.record["narrative"].count(LATER) == 2
    assert case_rows.delivered_revision(vault.conn, edited.summary.id) == 1
    assert [v.revision for v in case_service.case_history(vault, edited_id)] == [2]
    # Forensics: no word of what was delivered in any page of the database or the WAL...
    left = scan(vault.path, vault.data_key, gone)
    assert left == {}, f"words of delivered content still in pages: {left}"
    stay = ends(*KEEP) | ends(LATER)
    assert set(scan(vault.path, vault.data_key, stay)) == stay
    wal = vault.path / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    # ...no file of its attachments, and the remaining files hold none of it.
    remaining = sorted(p.name for p in vault.blobs_dir.iterdir())
    assert remaining == [kept_blob]
    for name in remaining:
        assert b"tamarindsoliloquy" not in case_service.read_attachment(vault, name)
    # What stays: one audit entry with counts, no id of the destroyed case after the receipt.
    log = audit.entries(vault.conn)
    last = [e for e in log if e.action == "delivered_removed"]
    assert [e.object_id for e in last] == ["cases=1 versions=1 files=1"]
    assert not [e for e in log if e.action == "case_deleted"]
    assert vault.check().ok


def test_receipt_for_an_edited_case_is_no_longer_a_no_op(desk: Desk) -> None:
    """Before: a case edited after export was never marked and could never be removed.
    With delete on receipt off, the exported revision is still marked delivered."""
    r = desk.researcher("R-12")
    prefs.set_receipt_grace(r.vault, None)
    edited_id = _edited_case(r)
    receipt = _send(desk, r, [edited_id])
    _edit_after_export(r, edited_id)
    got = receipts.import_receipt(r.vault, receipt)
    ref = case_service.show_case(r.vault, edited_id).summary.reference
    assert (got.delivered, got.edited, bool(got.removed)) == ([], [ref], False)
    summary = case_service.show_case(r.vault, edited_id).summary
    assert case_rows.delivered_revision(r.vault.conn, summary.id) == 1
    assert [v.revision for v in case_service.case_history(r.vault, edited_id)] == [1, 2]
    # Switching delete on receipt on later destroys the delivered revision at the next run.
    prefs.set_receipt_grace(r.vault, 0)
    removed = purge.remove_delivered(r.vault)
    assert (removed.cases, removed.versions) == (0, 1)
    assert [v.revision for v in case_service.case_history(r.vault, edited_id)] == [2]
    assert not purge.remove_delivered(r.vault)  # nothing twice


def test_a_grace_period_waits_then_destroys(desk: Desk) -> None:
    r = desk.researcher("R-13")
    prefs.set_receipt_grace(r.vault, 86_400)
    assert prefs.receipt_grace(r.vault) == 86_400
    delivered_id, blob_id = _delivered_case(desk, r)
    got = receipts.import_receipt(r.vault, _send(desk, r, [delivered_id]))
    assert not got.removed
    assert case_service.show_case(r.vault, delivered_id).summary.status == "delivered"
    soon = datetime.now(UTC) + timedelta(hours=23)
    assert not purge.remove_delivered(r.vault, now=soon)
    later = datetime.now(UTC) + timedelta(days=1, minutes=1)
    removed = purge.remove_delivered(r.vault, now=later)
    assert (removed.cases, removed.files) == (1, 1)
    with pytest.raises(CaseNotFound):
        case_service.show_case(r.vault, delivered_id)
    assert not (r.vault.blobs_dir / blob_id).exists()


def test_never_keeps_them_and_unlock_applies_a_grace_that_ended(desk: Desk) -> None:
    r = desk.researcher("R-14")
    prefs.set_receipt_grace(r.vault, None)
    delivered_id, _ = _delivered_case(desk, r)
    got = receipts.import_receipt(r.vault, _send(desk, r, [delivered_id]))
    assert got.delivered
    assert not got.removed
    far = datetime.now(UTC) + timedelta(days=3650)
    assert not purge.remove_delivered(r.vault, now=far)
    assert case_service.show_case(r.vault, delivered_id).summary.status == "delivered"
    # The setting lives in the vault: "at once" now, applied at the next unlock.
    prefs.set_receipt_grace(r.vault, 0)
    path = r.vault.path
    r.vault.close()
    with vaults.unlock(path, PASSPHRASE) as again:
        assert prefs.receipt_grace(again) == 0
        with pytest.raises(CaseNotFound):
            case_service.show_case(again, delivered_id)
        assert scan(path, again.data_key, ends(*DELIVERED)) == {}
    r.vault = Vault.unlock(path, PASSPHRASE, DeviceKeyring.none())  # for desk.close()


def test_defaults_and_bad_values(desk: Desk, vault: Vault,
                                 make_vault: Callable[..., Vault]) -> None:
    assert prefs.receipt_grace(desk.coordinator) is None  # coordinators keep what they get
    assert prefs.receipt_grace(vault) == 0  # researchers: at once
    assert prefs.receipt_grace(make_vault("story", role="submitter")) == 0
    with pytest.raises(ValueError, match="cannot be negative"):
        prefs.set_receipt_grace(vault, -1)
    prefs.set_receipt_grace(vault, 7 * 86_400)
    assert prefs.receipt_grace(vault) == 7 * 86_400
    with transaction(vault.conn):
        vault.conn.execute("UPDATE meta SET value = 'soon' WHERE key = ?",
                           (case_rows.RECEIPT_GRACE_META,))
    assert prefs.receipt_grace(vault) == 0  # a damaged value: the safe side


def test_the_default_spares_receipts_from_before_it_existed(desk: Desk) -> None:
    """A vault made before delete on receipt: its earlier deliveries are not destroyed by
    the new default at the first unlock after the upgrade; a grace period chosen by the
    person applies to them."""
    r = desk.researcher("R-16")
    delivered_id, _blob = _delivered_case(desk, r)
    receipt = _send(desk, r, [delivered_id])
    later = (datetime.now(UTC) + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with transaction(r.vault.conn):  # as migration 0008 records it in an upgraded vault
        r.vault.conn.execute("UPDATE meta SET value = ? WHERE key = ?",
                             (later, case_rows.RECEIPT_DEFAULT_SINCE_META))
    got = receipts.import_receipt(r.vault, receipt)
    assert not got.removed
    assert not purge.remove_delivered(r.vault)
    assert case_service.show_case(r.vault, delivered_id).summary.status == "delivered"
    prefs.set_receipt_grace(r.vault, 0)  # the person chooses: at once
    assert purge.remove_delivered(r.vault).cases == 1


def test_a_new_vault_counts_every_receipt(desk: Desk) -> None:
    r = desk.researcher("R-17")
    since = case_rows.receipt_default_since(r.vault.conn)
    assert since is not None
    assert since <= datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
