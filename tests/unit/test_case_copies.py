"""Working copies of received cases and restored versions (app.services.cases): each is a
new case or a new version, never a change to what was stored before."""

from __future__ import annotations

from pathlib import Path

from app.services import bundle_import
from app.services import cases as svc
from app.services.provenance import received_in
from storage import audit
from storage.vault import Vault
from tests.casedata import sample
from tests.desk import Desk


def test_working_copy_of_a_received_case(desk: Desk) -> None:
    r = desk.researcher("R-07")
    path, ids = desk.export(r, [sample("uz")], {0: b"\x00voice" * 100})
    assert bundle_import.import_bundle(desk.coordinator, path).outcome == "imported"
    original_id = str(ids[0])
    vault = desk.coordinator
    original = svc.show_case(vault, original_id)
    assert svc.list_attachments(vault, original_id)  # the received case has its recording

    copy = svc.working_copy(vault, original_id, "Notes")
    assert copy.id != original_id
    assert copy.reference != original.summary.reference
    assert copy.status == "draft"
    record = svc.show_case(vault, copy.id).record
    assert record["title"] == "Notes"
    assert record["narrative"] == original.record["narrative"]
    assert record["persons"] == original.record["persons"]
    assert svc.list_attachments(vault, copy.id) == []  # files stay with the original
    assert received_in(vault, copy.id) is None
    assert received_in(vault, original_id) is not None
    assert [e.object_id for e in audit.entries(vault.conn) if e.action == "case_copied"] == [
        f"{copy.id} from {original_id}"]
    assert audit.verify(vault.conn).ok
    assert svc.copied_from(vault, copy.id) == svc.show_case(vault, original_id).summary
    assert svc.copied_from(vault, original_id) is None
    assert [c.id for c in svc.working_copies(vault, original_id)] == [copy.id]
    assert svc.working_copies(vault, copy.id) == []
    svc.delete_case(vault, copy.id)
    assert svc.working_copies(vault, original_id) == []  # a removed copy is not offered
    after = svc.show_case(vault, original_id)
    assert (after.revision, after.record) == (original.revision, original.record)


def test_restore_revision_is_a_new_version(vault: Vault, tmp_path: Path) -> None:
    first = sample("uz")
    case = svc.add_case(vault, first)
    source = tmp_path / "photo.bin"
    source.write_bytes(b"photo")
    attached = svc.attach_file(vault, case.id, source, filename="photo.jpg")
    events = [dict(first["events"][0], attachments=[attached.id]), *first["events"][1:]]
    svc.edit_case(vault, case.id, dict(first, title="With the photo", events=events))
    svc.edit_case(vault, case.id, dict(first, title="Third", status="ready"))
    svc.delete_attachment(vault, attached.id)

    restored = svc.restore_revision(vault, case.id, 2)
    assert restored.revision == 4
    assert restored.status == "draft"
    now = svc.show_case(vault, case.id)
    assert now.record["title"] == "With the photo"
    assert "attachments" not in now.record["events"][0]  # the file is gone since
    assert [svc.show_case(vault, case.id, n).record["title"] for n in (1, 2, 3)] == [
        first["title"], "With the photo", "Third"]
    assert svc.show_case(vault, case.id, 2).record["events"][0]["attachments"] == [
        attached.id]
