"""What attached files reveal, kept in the vault; cleaned copies with their own hash and the
original's (issue 16 item 4): attach -> reading stored; Save a cleaned copy; export with
strip_metadata -> the bundle's file has no GPS and its record names both hashes; import ->
the coordinator keeps both hashes; reports carry no metadata. Real vaults (the `desk`
fixture), real bundles, the real child process, and exiftool as the independent judge."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest

from app.services import attachment_metadata as meta
from app.services import bundle_export, bundle_import
from app.services.cases import add_case, attach_file, export_attachment, read_attachment
from app.services.errors import OutputExists
from app.services.reports import csv_report, json_report, printable
from crypto.age import decrypt
from storage import blobs, keys
from tests.attachment_files import jpeg
from tests.casedata import sample
from tests.desk import Desk, Researcher
from tests.metadata_tools import exiftool_tags, exiftool_write

GPS = ("-GPSLatitude=41.3111", "-GPSLatitudeRef=N", "-GPSLongitude=69.2797",
       "-GPSLongitudeRef=E")
DEVICE = ("-Make=Apple", "-Model=iPhone 12")


def gps_photo(folder: Path) -> Path:
    path = folder / "photo.jpg"
    path.write_bytes(jpeg())
    exiftool_write(path, *GPS, *DEVICE, "-Artist=Karim Tashkentov")
    assert "GPS:GPSLatitude" in exiftool_tags(path)  # the reference tool sees it
    return path


def has_location(path: Path) -> bool:
    return any(key.startswith("GPS:") or "GPS" in key for key in exiftool_tags(path))


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def attached(desk: Desk, who: Researcher) -> tuple[str, str, bytes]:
    case = add_case(who.vault, sample("uz"))
    photo = gps_photo(desk.root)
    original = photo.read_bytes()
    attachment = attach_file(who.vault, case.id, photo)
    return case.id, attachment.id, original


def test_attach_reads_and_keeps_what_the_file_reveals(desk: Desk) -> None:
    r = desk.researcher("R-1")
    case_id, blob_id, original = attached(desk, r)
    stored = meta.findings(r.vault, blob_id, read_if_missing=False)
    assert stored.status == meta.READ
    assert stored.format == "jpeg"
    assert {"location", "device", "author"} <= set(stored.kinds)
    assert stored.values("location") == ["41.3111 N 69.2797 E"]
    assert any("iPhone 12" in v for v in stored.values("device"))
    assert stored.can_clean
    assert meta.case_findings(r.vault, case_id)[blob_id] == stored
    # the original is untouched, with its intake hash
    assert blobs.get(r.vault.conn, blob_id).sha256 == sha(original)
    assert read_attachment(r.vault, blob_id) == original


def test_a_file_no_reader_knows_and_one_not_read_yet(desk: Desk) -> None:
    r = desk.researcher("R-2")
    case = add_case(r.vault, sample("tj"))
    text = desk.root / "notes.txt"
    text.write_bytes(b"just words\n")
    attachment = attach_file(r.vault, case.id, text)
    assert meta.findings(r.vault, attachment.id).status == meta.UNSUPPORTED
    assert not meta.findings(r.vault, attachment.id).can_clean
    # a file attached before readings existed (no row): pending, then read when shown
    photo = gps_photo(desk.root)
    raw = blobs.attach(r.vault.conn, r.vault.blobs_dir, case.id, photo)
    assert meta.case_findings(r.vault, case.id)[raw.id].status == meta.PENDING
    assert meta.read_missing(r.vault, case.id)[raw.id].kinds[0] == "location"
    assert meta.findings(r.vault, raw.id, read_if_missing=False).status == meta.READ


def test_a_damaged_picture_is_attached_and_marked_failed(desk: Desk) -> None:
    r = desk.researcher("R-3")
    case = add_case(r.vault, sample("kz"))
    broken = desk.root / "broken.jpg"
    broken.write_bytes(jpeg()[:200])
    attachment = attach_file(r.vault, case.id, broken)
    assert blobs.get(r.vault.conn, attachment.id).size == 200
    assert meta.findings(r.vault, attachment.id).status == meta.FAILED


def test_save_a_cleaned_copy(desk: Desk) -> None:
    r = desk.researcher("R-4")
    _case_id, blob_id, original = attached(desk, r)
    out = desk.root / "clean.jpg"
    export_attachment(r.vault, blob_id, out, cleaned=True)
    assert not has_location(out)
    tags = exiftool_tags(out)
    assert not any("iPhone" in v or "Karim" in v for v in tags.values())
    assert tags.get("File:ImageWidth") == "40"  # still the picture
    # recorded with both hashes; the original untouched with its intake hash
    [copy] = meta.custody(r.vault, blob_id)
    assert copy.cleaned_sha256 == sha(out.read_bytes())
    assert copy.original_sha256 == sha(original)
    assert not copy.received
    assert blobs.get(r.vault.conn, blob_id).sha256 == sha(original)
    assert read_attachment(r.vault, blob_id) == original
    with pytest.raises(OutputExists):
        export_attachment(r.vault, blob_id, out, cleaned=True)
    plain = desk.root / "original.jpg"
    export_attachment(r.vault, blob_id, plain)
    assert plain.read_bytes() == original


def _payload(desk: Desk, bundle: Path) -> dict[str, bytes]:
    plain = io.BytesIO()
    with bundle.open("rb") as src:
        decrypt(src, plain, [keys.identity(desk.coordinator.conn).age_identity])
    plain.seek(0)
    out = {}
    with tarfile.open(fileobj=plain, mode="r:") as tar:
        for member in tar.getmembers():
            handle = tar.extractfile(member)
            if handle is not None:
                out[member.name] = handle.read()
    return out


def test_export_with_strip_metadata_carries_the_cleaned_copy(desk: Desk) -> None:
    r = desk.researcher("R-5")
    case_id, blob_id, original = attached(desk, r)
    result = bundle_export.export_bundle(r.vault, ["Memorial"], desk.outbox, [case_id],
                                         strip_metadata=True)
    payload = _payload(desk, result.path)
    travelled = payload[f"data/attachments/{blob_id}"]
    assert travelled != original
    sent = desk.root / "travelled.jpg"
    sent.write_bytes(travelled)
    assert not has_location(sent)
    record = json.loads(payload[f"data/cases/{case_id}.json"])
    [entry] = record["attachments"]
    assert entry["sha256"] == sha(travelled)
    assert entry["size"] == len(travelled)
    assert entry["original_sha256"] == sha(original)
    manifest = payload["manifest-sha256.txt"].decode()
    assert f"{sha(travelled)}  data/attachments/{blob_id}" in manifest
    # the sender keeps its original and the record of the copy that left
    assert read_attachment(r.vault, blob_id) == original
    assert [(c.cleaned_sha256, c.original_sha256) for c in meta.custody(r.vault, blob_id)] == [
        (sha(travelled), sha(original))]

    notes = desk.root / "notes.txt"
    notes.write_bytes(b"words")
    attach_file(r.vault, case_id, notes)
    assert meta.strip_plan(r.vault, [case_id]) == meta.StripPlan(1, 0, 1)

    # the coordinator imports it and sees both hashes
    outcome = bundle_import.import_bundle(desk.coordinator, result.path)
    assert outcome.outcome == "imported", outcome.error
    received = blobs.get(desk.coordinator.conn, blob_id)
    assert received.sha256 == sha(travelled)
    [copy] = meta.custody(desk.coordinator, blob_id)
    assert (copy.cleaned_sha256, copy.original_sha256, copy.received) == (
        sha(travelled), sha(original), True)
    # its findings are read (in the child) when shown: nothing left to find
    shown = meta.read_missing(desk.coordinator, case_id)[blob_id]
    assert shown.status == meta.READ
    assert shown.findings == ()


def test_export_without_strip_metadata_carries_the_original(desk: Desk) -> None:
    r = desk.researcher("R-6")
    case_id, blob_id, original = attached(desk, r)
    result = bundle_export.export_bundle(r.vault, ["Memorial"], desk.outbox, [case_id])
    payload = _payload(desk, result.path)
    assert payload[f"data/attachments/{blob_id}"] == original
    record = json.loads(payload[f"data/cases/{case_id}.json"])
    assert "original_sha256" not in record["attachments"][0]
    assert bundle_import.import_bundle(desk.coordinator, result.path).outcome == "imported"
    assert meta.custody(desk.coordinator, blob_id) == []
    shown = meta.read_missing(desk.coordinator, case_id)[blob_id]
    assert shown.values("location") == ["41.3111 N 69.2797 E"]


def test_reports_never_include_metadata(desk: Desk, tmp_path: Path) -> None:
    """A received photo whose reading (place, phone, author) is in the coordinator's vault:
    no report of its case, JSON, CSV or printable, carries any of it."""
    r = desk.researcher("R-7")
    case_id, blob_id, _original = attached(desk, r)
    result = bundle_export.export_bundle(r.vault, ["Memorial"], desk.outbox, [case_id])
    assert bundle_import.import_bundle(desk.coordinator, result.path).outcome == "imported"
    shown = meta.read_missing(desk.coordinator, case_id)[blob_id]
    assert {"location", "device", "author"} <= set(shown.kinds)  # the vault holds them
    reports = [
        json_report.export_json(desk.coordinator, [case_id], tmp_path / "r.json",
                                include_protected=True).read_text("utf-8"),
        csv_report.export_csv(desk.coordinator, [case_id], tmp_path / "r.csv",
                              include_protected=True).read_text("utf-8-sig"),
        printable.render_html(printable.build_report(desk.coordinator, [case_id],
                                                     include_protected=True)),
    ]
    for report in reports:
        for secret in ("41.3111", "69.2797", "iPhone", "Tashkentov", "Apple"):
            assert secret not in report
    assert "photo.jpg" in reports[0]  # the file is named in the report, its details are not
