"""Autosaved editor drafts: kept inside the encrypted database, found again after a crash,
newer-than-saved only, gone after a save or a delete."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import cases as svc
from app.services import drafts as draft_svc
from crypto.kdf import FLOOR
from storage import cases as repo
from storage import db, drafts
from storage.devicekeyring import DeviceKeyring
from storage.errors import DraftTooLarge
from storage.vault import Vault
from tests.casedata import minimal, sample
from tests.conftest import PASSPHRASE


def test_save_replace_get_delete(vault: Vault) -> None:
    key = drafts.new_key()
    assert drafts.is_new_key(key)
    assert drafts.get(vault.conn, key) is None
    first = drafts.save(vault.conn, key, minimal("first"))
    second = drafts.save(vault.conn, key, minimal("second"))
    assert second >= first
    assert drafts.count(vault.conn) == 1
    found = drafts.get(vault.conn, key)
    assert found is not None
    assert found.case_id is None
    assert found.record["title"] == "second"
    assert found.saved_at == second
    assert len(found.saved_at) == len("2026-01-01T00:00:00.000Z")
    assert found.saved_at_seconds.endswith("Z")
    assert len(found.saved_at_seconds) == 20
    drafts.delete(vault.conn, key)
    assert drafts.get(vault.conn, key) is None


def test_new_case_drafts_newest_first(vault: Vault) -> None:
    a, b = drafts.new_key(), drafts.new_key()
    drafts.save(vault.conn, a, minimal("a"))
    vault.conn.execute("UPDATE drafts SET saved_at = '2020-01-01T00:00:00.000Z'")
    drafts.save(vault.conn, b, minimal("b"))
    found = drafts.new_case_drafts(vault.conn)
    assert [d.key for d in found] == [b, a]
    newest = draft_svc.new_case_draft(vault)
    assert newest is not None
    assert newest.record["title"] == "b"


def test_draft_for_case_only_when_newer_than_the_saved_version(vault: Vault) -> None:
    summary = svc.add_case(vault, sample("uz"))
    assert draft_svc.draft_for_case(vault, summary.id) is None
    edited = svc.show_case(vault, summary.id).record | {"title": "edited, not saved"}
    draft_svc.keep_draft(vault, summary.id, edited, summary.revision)
    found = draft_svc.draft_for_case(vault, summary.id)
    assert found is not None
    assert found.case_id == summary.id
    assert found.base_revision == 1
    assert found.record["title"] == "edited, not saved"

    # The case is saved again elsewhere afterwards: the draft is older, not offered.
    vault.conn.execute("UPDATE drafts SET saved_at = '2000-01-01T00:00:00.000Z'")
    svc.edit_case(vault, summary.id, sample("uz"))
    assert draft_svc.draft_for_case(vault, summary.id) is None
    draft_svc.discard_draft(vault, summary.id)
    assert drafts.count(vault.conn) == 0


def test_the_case_list_learns_which_cases_have_drafts_in_one_query(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """cases_with_drafts asks the drafts table once, whatever the number of rows shown,
    and says exactly the cases draft_for_case would offer (not a stale draft, not a story,
    not a new case's draft)."""
    ids = [svc.add_case(vault, sample("uz")).id for _ in range(30)]
    fresh, stale = ids[3], ids[7]
    for case_id in (fresh, stale):
        record = svc.show_case(vault, case_id).record | {"title": "not saved"}
        draft_svc.keep_draft(vault, case_id, record, 1)
    vault.conn.execute("UPDATE drafts SET saved_at = '2000-01-01T00:00:00.000Z' "
                       "WHERE case_key = ?", (stale,))
    svc.edit_case(vault, stale, sample("uz"))
    draft_svc.keep_draft(vault, "new:1", minimal(), None)

    read: list[str] = []
    real_get = drafts.get
    monkeypatch.setattr(drafts, "get", lambda conn, key: read.append(key) or real_get(conn, key))
    assert draft_svc.cases_with_drafts(vault, ids) == {fresh}
    assert sorted(read) == sorted([fresh, stale])  # not one query per row of the list


def test_deleting_the_case_deletes_its_draft(vault: Vault) -> None:
    summary = svc.add_case(vault, minimal())
    other = drafts.new_key()
    drafts.save(vault.conn, summary.id, minimal("draft of the case"), 1)
    drafts.save(vault.conn, other, minimal("a new case"))
    svc.delete_case(vault, summary.id)
    assert drafts.get(vault.conn, summary.id) is None
    assert drafts.get(vault.conn, other) is not None


def test_too_large_a_draft_is_refused(vault: Vault) -> None:
    with pytest.raises(DraftTooLarge):
        drafts.save(vault.conn, drafts.new_key(), minimal() | {"narrative": "x" * 9_000_000})
    assert drafts.count(vault.conn) == 0


def test_draft_survives_a_crash_and_stays_encrypted(tmp_path: Path) -> None:
    """The process dies without closing the vault; the draft is there after the next
    unlock, and no file of the vault carries its text."""
    canary = "DRAFT-CANARY-Qoʻqon-5e1d"
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, PASSPHRASE, FLOOR, DeviceKeyring.none())
    key = drafts.new_key()
    drafts.save(vault.conn, key, minimal() | {"narrative": canary})
    for name in ("vault.db", "vault.db-wal"):
        file = path / name
        if file.exists():
            data = file.read_bytes()
            assert canary.encode() not in data
            assert canary.encode("utf-16-le") not in data
    vault.close()
    with Vault.unlock(path, PASSPHRASE, DeviceKeyring.none()) as again:
        found = drafts.get(again.conn, key)
        assert found is not None
        assert found.record["narrative"] == canary


def test_drafts_table_is_in_the_schema(vault: Vault) -> None:
    assert db.user_version(vault.conn) == db.head_version()
    assert db.head_version() >= 5
    names = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_schema")}
    assert {"drafts", "drafts_follow_case_delete"} <= names
    assert repo.count(vault.conn) == 0
