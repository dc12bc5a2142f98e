"""The coordinator's inbox with real vaults and real bundles: a folder of good, duplicate,
tampered, unknown-signer, not-for-us and unreadable bundles imported in one batch (each
outcome right, the good ones imported, a bad one never stopping the rest); pinning an
unknown signer then importing its bundle; folder expansion rules; progress; cancel."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from app.messages import explain, import_outcome_text
from app.services import bundle_export, coordinator, organisations
from app.services.cases import add_case
from app.services.coordinator import BatchProgress
from app.services.errors import TooManyBundles
from crypto.kdf import FLOOR
from storage import cases
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.casedata import sample
from tests.conftest import PASSPHRASE
from tests.desk import Desk


def flip(path: Path, out: Path, pos: int) -> Path:
    data = bytearray(path.read_bytes())
    data[pos] ^= 0x01
    out.write_bytes(bytes(data))
    return out


def other_org_bundle(desk: Desk, who_record: dict[str, object]) -> Path:
    """A bundle a pinned researcher made for another organisation only."""
    other, _ = Vault.create(desk.root / "other-org", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                            role="coordinator")
    with other:
        card = desk.root / "other.card"
        organisations.create_organisation(other, "Other", card)
    r = desk.researchers[0]
    parsed, raw = organisations.read_card(card)
    organisations.trust_organisation(r.vault, parsed, raw)
    case = add_case(r.vault, dict(who_record))
    return bundle_export.export_bundle(r.vault, ["Other"], desk.outbox, [case.id]).path


def test_a_mixed_folder(desk: Desk, tmp_path: Path) -> None:
    known = desk.researcher("R-07")
    stranger = desk.researcher("R-99", pin=False)
    good1, ids1 = desk.export(known, [sample("uz"), sample("tj")], {0: b"audio" * 5000})
    good2, ids2 = desk.export(known, [sample("kz")])
    unknown, ids_unknown = desk.export(stranger, [sample("ru")])
    not_ours = other_org_bundle(desk, sample("kz"))

    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    shutil.copy2(good1, inbox / "a-good.age")
    shutil.copy2(good1, inbox / "b-same-file-again.age")  # duplicate
    flip(good2, inbox / "c-tampered.age", good2.stat().st_size // 2)
    shutil.copy2(unknown, inbox / "d-unknown.age")
    (inbox / "e-junk.age").write_bytes(b"this is not a bundle")
    shutil.copy2(not_ours, inbox / "f-not-for-us.age")
    shutil.copy2(good2, inbox / "sub" / "g-good.age")
    (inbox / "notes.txt").write_text("not a bundle name")
    (inbox / "._a-good.age").write_bytes(b"macOS metadata")
    outside = tmp_path / "outside.age"
    shutil.copy2(good2, outside)
    (inbox / "h-link-out.age").symlink_to(outside)
    (inbox / "i-link-in.age").symlink_to(inbox / "sub" / "g-good.age")  # same file again

    reports: list[BatchProgress] = []
    result = coordinator.import_many(desk.coordinator, [inbox], progress=reports.append)

    kinds = {item.path.name: item.kind for item in result.items}
    assert kinds == {
        "a-good.age": "imported",
        "b-same-file-again.age": "duplicate",
        "c-tampered.age": "tampered",
        "d-unknown.age": "unknown_signer",
        "e-junk.age": "unreadable",
        "f-not-for-us.age": "not_for_us",
        "g-good.age": "imported",
    }
    assert not result.cancelled
    assert result.counts()["imported"] == 2
    by_name = {item.path.name: item for item in result.items}
    assert by_name["a-good.age"].cases == 2
    assert by_name["a-good.age"].attachments == 1
    assert by_name["a-good.age"].signer_name == "Researcher R-07"
    assert by_name["c-tampered.age"].reason.startswith("tampered")
    assert by_name["f-not-for-us.age"].reason == "not_for_us.no_identity"
    # Every outcome has a plain sentence, and an error explained by app.messages.
    for item in result.items:
        assert import_outcome_text(item.reason)
        if item.error is not None:
            assert explain(item.error) is not None, item

    # The good ones are in, and only they.
    conn = desk.coordinator.conn
    present = set(cases.iter_ids(conn))
    assert present == {*ids1, *ids2}
    assert not present & set(ids_unknown)

    # The unknown signer comes with its key and safety code; pin it, import again.
    stranger_item = by_name["d-unknown.age"]
    assert stranger_item.signer_key_line is not None
    assert stranger_item.signer_key_line.split()[:2] == stranger.key_line.split()[:2]
    assert stranger_item.signer_fingerprint == stranger.fingerprint
    assert stranger_item.safety_code is not None
    assert len(stranger_item.safety_code.split()) == 8
    again = coordinator.pin_and_import(desk.coordinator, stranger_item, "Researcher R-99")
    assert again.kind == "imported", again
    assert set(ids_unknown) <= set(cases.iter_ids(conn))
    with pytest.raises(ValueError, match="unknown-signer"):
        coordinator.pin_and_import(desk.coordinator, again, "x")

    # Progress: per file and overall, overall never going back, ending at the total.
    assert reports
    overall = [p.overall_done for p in reports]
    assert overall == sorted(overall)
    assert reports[-1].overall_done == reports[-1].overall_total
    assert {p.index for p in reports} == set(range(len(result.items)))
    assert all(p.file_done <= p.file_total for p in reports)


def test_files_given_one_by_one_and_a_missing_file(desk: Desk, tmp_path: Path) -> None:
    known = desk.researcher("R-07")
    good, ids = desk.export(known, [sample("uz")])
    missing = tmp_path / "gone.age"
    result = coordinator.import_many(desk.coordinator, [missing, good, good])
    # Sorted by path, each file once.
    assert [(i.path, i.kind) for i in result.items] == [
        (missing.absolute(), "unreadable"), (good, "imported")]
    assert set(cases.iter_ids(desk.coordinator.conn)) == set(ids)


def test_unreadable_file_does_not_stop_the_batch(desk: Desk, tmp_path: Path) -> None:
    known = desk.researcher("R-07")
    good, _ = desk.export(known, [sample("uz")])
    locked = tmp_path / "a-locked.age"
    shutil.copy2(good, locked)
    locked.chmod(0)
    try:
        result = coordinator.import_many(desk.coordinator, [locked, good])
    finally:
        locked.chmod(0o600)
    kinds = [i.kind for i in result.items]
    if locked.stat().st_uid == 0:  # root reads anything: then it is simply imported
        assert "imported" in kinds
    else:
        assert kinds[0] == "unreadable"
        assert result.items[1].kind == "imported"


def test_cancel_marks_the_rest(desk: Desk, tmp_path: Path) -> None:
    known = desk.researcher("R-07")
    first, _ = desk.export(known, [sample("uz")], {0: os.urandom(3 * 1024 * 1024)})
    second, _ = desk.export(known, [sample("kz")], {0: os.urandom(3 * 1024 * 1024)})
    cancel = threading.Event()

    def on_progress(p: BatchProgress) -> None:
        if p.index == 0 and 0 < p.file_done < p.file_total:  # in the middle of the first
            cancel.set()

    result = coordinator.import_many(desk.coordinator, sorted([first, second]),
                                     progress=on_progress, cancel=cancel)
    assert result.cancelled
    assert [i.kind for i in result.items] == ["cancelled", "cancelled"]
    assert cases.count(desk.coordinator.conn) == 0
    assert list(desk.coordinator.blobs_dir.iterdir()) == []  # the quarantine was emptied
    # Nothing half-imported: both import cleanly afterwards.
    after = coordinator.import_many(desk.coordinator, sorted([first, second]))
    assert [i.kind for i in after.items] == ["imported", "imported"]


def test_too_many_files_are_refused_before_reading(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(4):
        (inbox / f"B-{n}.age").write_bytes(b"x")
    assert len(coordinator.collect_bundles([inbox], limit=4)) == 4
    with pytest.raises(TooManyBundles) as raised:
        coordinator.collect_bundles([inbox], limit=3)
    assert raised.value.limit == 3
    assert explain(raised.value) is not None


def test_folder_rules(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    deep = inbox
    for n in range(coordinator.MAX_DEPTH + 2):
        deep = deep / f"d{n}"
    deep.mkdir(parents=True)
    (deep / "too-deep.age").write_bytes(b"x")
    (inbox / "d0" / "ok.AGE").write_bytes(b"x")
    (inbox / ".hidden").mkdir()
    (inbox / ".hidden" / "B-h.age").write_bytes(b"x")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "B-e.age").write_bytes(b"x")
    (inbox / "linked-folder").symlink_to(elsewhere, target_is_directory=True)
    found = [p.relative_to(inbox).as_posix() for p in coordinator.collect_bundles([inbox])]
    assert found == ["d0/ok.AGE"]
