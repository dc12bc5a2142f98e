from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services import cases as svc
from app.services.errors import CaseFileMalformed, CaseFileUnreadable, CaseInvalid
from storage import audit
from storage import cases as repo
from storage.errors import CaseNotFound, ReferenceTaken
from storage.vault import Vault
from tests.casedata import minimal, sample


def test_add_show_list(vault: Vault) -> None:
    summary = svc.add_case(vault, sample("uz"))
    assert summary.revision == 1
    assert summary.status == "draft"
    assert len(summary.reference) == 9
    assert summary.reference[4] == "-"
    case = svc.show_case(vault, summary.reference.lower())
    assert case.record["title"] == sample("uz")["title"]
    assert case.record["id"] == summary.id
    assert case.record["persons"][0]["protected"] == ["real_name"]
    assert svc.show_case(vault, summary.id[:8]).summary.id == summary.id
    assert [s.id for s in svc.list_cases(vault)] == [summary.id]
    full = svc.full_record(vault, case)
    svc.validate_record(full, for_add=False, case_id=summary.id)  # round-trips the schema


def test_every_save_is_a_revision_and_sealed_ones_never_change(vault: Vault) -> None:
    summary = svc.add_case(vault, sample("ru"))
    repo.seal(vault.conn, summary.id, 1, "bundle-1")
    edited = sample("ru") | {"title": "Новое название"}
    after = svc.edit_case(vault, summary.id, edited)
    assert after.revision == 2
    history = svc.case_history(vault, summary.id)
    assert [(r.revision, r.sealed_for) for r in history] == [(1, "bundle-1"), (2, None)]
    assert svc.show_case(vault, summary.id, 1).record["title"] == sample("ru")["title"]
    assert svc.show_case(vault, summary.id).record["title"] == "Новое название"
    with pytest.raises(Exception, match="sealed revision"):
        vault.conn.execute(
            "UPDATE case_revisions SET record = '{}' WHERE revision = 1"
        )


def test_reference_is_unique(vault: Vault) -> None:
    svc.add_case(vault, minimal() | {"reference": "KZ-2024-002"})
    with pytest.raises(ReferenceTaken):
        svc.add_case(vault, minimal() | {"reference": "kz-2024-002"})


def test_delete_removes_everything(vault: Vault, tmp_path: Path) -> None:
    summary = svc.add_case(vault, sample("tj"))
    source = tmp_path / "note.txt"
    source.write_bytes(b"x" * 1000)
    blob = svc.attach_file(vault, summary.id, source)
    assert (vault.blobs_dir / blob.id).exists()
    svc.delete_case(vault, summary.reference)
    with pytest.raises(CaseNotFound):
        svc.show_case(vault, summary.id)
    assert not (vault.blobs_dir / blob.id).exists()
    assert vault.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM case_revisions").fetchone()[0] == 0
    assert svc.find(vault, "Душанбе") == []


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "case.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_malformed_json(tmp_path: Path) -> None:
    with pytest.raises(CaseFileMalformed) as info:
        svc.read_case_file(_write(tmp_path, '{"title": "x",\n  "consent": }'))
    assert (info.value.line, info.value.column) == (2, 14)


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(CaseFileUnreadable) as info:
        svc.read_case_file(tmp_path / "nope.json")
    assert info.value.reason == "missing"
    path = tmp_path / "latin1.json"
    path.write_bytes('{"title": "Ñ"}'.encode("latin-1"))
    with pytest.raises(CaseFileUnreadable) as info:
        svc.read_case_file(path)
    assert info.value.reason == "not_utf8"
    with pytest.raises(CaseInvalid):
        svc.read_case_file(_write(tmp_path, "[1, 2]"))


def _mutated(**changes: object) -> dict[str, object]:
    record = sample("uz")
    for key, value in changes.items():
        record[key] = value
    return record


@pytest.mark.parametrize(
    ("record", "where", "problem", "value"),
    [
        ({"schema_version": 1, "consent": {"given": True}}, "title", "required", ""),
        (minimal() | {"colour": "red"}, "(top)", "unknown_field", "colour"),
        (minimal() | {"schema_version": 2}, "schema_version", "unsupported_version", "2"),
        (minimal() | {"host_country": "XX"}, "host_country", "unknown_code", "XX"),
        (_mutated(events=[{"id": "e1", "acts": ["murder_by_magic"]}]),
         "events[0].acts[0]", "unknown_code", "murder_by_magic"),
        (_mutated(events=[{"id": "e1"}, {"id": "e1"}]), "events[1].id", "duplicate_id", "e1"),
        (_mutated(events=[{"id": "e1", "victims": ["p9"]}]), "events[0].victims[0]",
         "unknown_person", "p9"),
        (_mutated(events=[{"id": "e1", "date": {"value": "2023-02-30", "precision": "day"}}]),
         "events[0].date.value", "bad_date", "2023-02-30"),
        (_mutated(events=[{"id": "e1", "attachments": ["f00d"]}]), "events[0].attachments[0]",
         "unknown_attachment", "f00d"),
        (minimal() | {"id": "3c23b8a5-7c5d-45da-bffe-34c5b253295f"}, "id",
         "not_allowed_on_add", "id"),
        (minimal() | {"status": "delivered"}, "status", "status_not_allowed", "delivered"),
        (minimal() | {"title": "x" * 301}, "title", "too_long", "300"),
    ],
)
def test_first_violation_is_explained(
    vault: Vault, record: dict[str, object], where: str, problem: str, value: str
) -> None:
    with pytest.raises(CaseInvalid) as info:
        svc.add_case(vault, record)
    assert (info.value.where, info.value.problem, info.value.value) == (where, problem, value)
    assert svc.list_cases(vault) == []


def test_edit_may_link_events_to_own_attachments(vault: Vault, tmp_path: Path) -> None:
    summary = svc.add_case(vault, sample("uz"))
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"\xff\xd8\xff" + b"0" * 100)
    blob = svc.attach_file(vault, summary.id, source)
    record = sample("uz")
    record["events"][0]["attachments"] = [blob.id]
    assert svc.edit_case(vault, summary.id, record).revision == 2
    other = svc.add_case(vault, minimal())
    foreign = minimal() | {"events": [{"id": "e1", "attachments": [blob.id]}]}
    with pytest.raises(CaseInvalid) as info:
        svc.edit_case(vault, other.id, foreign)
    assert info.value.problem == "unknown_attachment"
    shown = svc.full_record(vault, svc.show_case(vault, summary.id))
    assert shown["attachments"][0]["sha256"] == blob.sha256


def test_edit_of_another_case_id_refused(vault: Vault) -> None:
    one = svc.add_case(vault, minimal())
    two = svc.add_case(vault, minimal())
    with pytest.raises(CaseInvalid) as info:
        svc.edit_case(vault, one.id, minimal() | {"id": two.id})
    assert info.value.problem == "id_mismatch"


class TestAuditLog:
    def test_actions_are_chained(self, vault: Vault, tmp_path: Path) -> None:
        summary = svc.add_case(vault, minimal())
        svc.edit_case(vault, summary.id, minimal("changed"))
        svc.delete_case(vault, summary.id)
        actions = [e.action for e in reversed(audit.entries(vault.conn))]
        assert actions == ["vault_created", "case_added", "case_edited", "case_deleted"]
        assert audit.verify(vault.conn).ok
        # never content: the log holds ids only
        dump = json.dumps([tuple(r) for r in vault.conn.execute(
            "SELECT at, action, object_id FROM audit_log")])
        assert "changed" not in dump

    def test_append_only(self, vault: Vault) -> None:
        with pytest.raises(Exception, match="append-only"):
            vault.conn.execute("DELETE FROM audit_log")
        with pytest.raises(Exception, match="append-only"):
            vault.conn.execute("UPDATE audit_log SET action = 'x'")

    @pytest.mark.parametrize(
        ("edit", "reason"),
        [
            ("UPDATE audit_log SET action = 'case_deleted' WHERE seq = 3", "hash_mismatch"),
            ("UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE seq = 3", "hash_mismatch"),
            ("DELETE FROM audit_log WHERE seq = 3", "gap"),
            ("UPDATE audit_log SET prev_hash = zeroblob(32) WHERE seq = 3", "link_mismatch"),
        ],
    )
    def test_edits_are_named(self, vault: Vault, edit: str, reason: str) -> None:
        for i in range(4):
            svc.add_case(vault, minimal(f"case {i}"))
        vault.conn.execute("DROP TRIGGER audit_log_no_update")
        vault.conn.execute("DROP TRIGGER audit_log_no_delete")
        vault.conn.execute(edit)
        verdict = audit.verify(vault.conn)
        assert not verdict.ok
        assert verdict.first_broken in (3, 4)
        assert verdict.reason == reason
        assert not vault.check().ok
