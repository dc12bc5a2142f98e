"""Encrypted attachments: round trips, tampering, sources that change, cancel, orphans."""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from pathlib import Path

import pytest

from app.services import cases as svc
from crypto.errors import Cancelled
from crypto.kdf import FLOOR
from storage import blobs, fsio
from storage.devicekeyring import DeviceKeyring
from storage.errors import AttachmentNotFound, BlobCorrupt, OutputExists, SourceChanged
from storage.vault import Vault
from tests.casedata import minimal
from tests.conftest import PASSPHRASE


@pytest.fixture
def case_id(vault: Vault) -> str:
    return svc.add_case(vault, minimal()).id


def _file(tmp_path: Path, size: int, name: str = "source.bin") -> Path:
    path = tmp_path / name
    path.write_bytes(os.urandom(size))
    return path


@pytest.mark.parametrize("size", [0, 1, 65535, 65536, 65537, 3 * 65536, 3 * 1024 * 1024 + 7])
def test_round_trip(vault: Vault, case_id: str, tmp_path: Path, size: int) -> None:
    source = _file(tmp_path, size)
    blob = svc.attach_file(vault, case_id, source, description="recording")
    data = source.read_bytes()
    assert blob.size == size
    assert blob.sha256 == hashlib.sha256(data).hexdigest()
    stored = vault.blobs_dir / blob.id
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert stored.stat().st_size == blobs.encrypted_size(size)
    if size >= 64:
        assert data[:64] not in stored.read_bytes()
    assert svc.read_attachment(vault, blob.id) == data
    out = tmp_path / "out.bin"
    svc.export_attachment(vault, blob.id, out)
    assert out.read_bytes() == data
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [a.id for a in svc.list_attachments(vault, case_id)] == [blob.id]


def test_names_and_types(vault: Vault, case_id: str, tmp_path: Path) -> None:
    blob = svc.attach_file(vault, case_id, _file(tmp_path, 10, "интервью.ogg"))
    assert blob.filename == "интервью.ogg"
    assert blob.media_type in ("audio/ogg", "audio/x-ogg", "application/ogg")
    other = svc.attach_file(vault, case_id, _file(tmp_path, 10, "x"), filename="scan.pdf",
                            media_type="application/pdf")
    assert (other.filename, other.media_type) == ("scan.pdf", "application/pdf")


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda d: d[:40] + bytes([d[40] ^ 1]) + d[41:], "tampered"),  # flipped byte
        (lambda d: d[:-1], "size_mismatch"),  # truncated
        (lambda d: d + b"\0", "size_mismatch"),  # appended
        (lambda d: d[:16] + d[16 + 65552 : 16 + 2 * 65552] + d[16:16 + 65552] + d[16 + 2 * 65552:],
         "tampered"),  # two chunks swapped
    ],
)
def test_edited_blob_never_returned(vault: Vault, case_id: str, tmp_path: Path,
                                    damage: object, reason: str) -> None:
    blob = svc.attach_file(vault, case_id, _file(tmp_path, 3 * 65536 + 10))
    stored = vault.blobs_dir / blob.id
    stored.write_bytes(damage(stored.read_bytes()))  # type: ignore[operator]
    with pytest.raises(BlobCorrupt) as info:
        svc.read_attachment(vault, blob.id)
    assert info.value.reason == reason
    out = tmp_path / "out.bin"
    with pytest.raises(BlobCorrupt):
        svc.export_attachment(vault, blob.id, out)
    assert not out.exists()
    temps = (".guvoh-tmp", ".~part-")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(temps)] == []
    report = vault.check(deep=True)
    assert not report.ok
    assert report.attachment_problems


def test_swapped_blob_files_detected(vault: Vault, case_id: str, tmp_path: Path) -> None:
    one = svc.attach_file(vault, case_id, _file(tmp_path, 5000, "a"))
    two = svc.attach_file(vault, case_id, _file(tmp_path, 5000, "b"))
    a, b = vault.blobs_dir / one.id, vault.blobs_dir / two.id
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)
    with pytest.raises(BlobCorrupt):
        svc.read_attachment(vault, one.id)


def test_missing_blob_file(vault: Vault, case_id: str, tmp_path: Path) -> None:
    blob = svc.attach_file(vault, case_id, _file(tmp_path, 100))
    (vault.blobs_dir / blob.id).unlink()
    with pytest.raises(BlobCorrupt) as info:
        svc.read_attachment(vault, blob.id)
    assert info.value.reason == "missing"
    assert vault.check().attachment_problems == [f"attachment {blob.id}: missing"]


def test_export_never_overwrites(vault: Vault, case_id: str, tmp_path: Path) -> None:
    blob = svc.attach_file(vault, case_id, _file(tmp_path, 100))
    out = tmp_path / "existing"
    out.write_bytes(b"keep me")
    with pytest.raises(OutputExists):
        svc.export_attachment(vault, blob.id, out)
    assert out.read_bytes() == b"keep me"


def test_unknown_attachment(vault: Vault) -> None:
    with pytest.raises(AttachmentNotFound):
        svc.read_attachment(vault, "0" * 32)


def test_source_missing_or_a_folder(vault: Vault, case_id: str, tmp_path: Path) -> None:
    with pytest.raises(SourceChanged) as info:
        svc.attach_file(vault, case_id, tmp_path / "gone.bin")
    assert info.value.reason == "missing"
    with pytest.raises(SourceChanged) as info:
        svc.attach_file(vault, case_id, tmp_path)
    assert info.value.reason == "not_a_file"
    _assert_nothing_stored(vault)


def _assert_nothing_stored(vault: Vault) -> None:
    assert list(vault.blobs_dir.iterdir()) == []
    assert vault.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


@pytest.mark.parametrize("change", ["shrank", "grew", "vanished"])
def test_source_changing_while_attached(vault: Vault, case_id: str, tmp_path: Path,
                                        change: str) -> None:
    source = _file(tmp_path, 8 * 1024 * 1024)
    done = {"changed": False}

    def progress(n: int, total: int) -> None:
        if n >= 2 * 1024 * 1024 and not done["changed"]:
            done["changed"] = True
            if change == "shrank":
                os.truncate(source, 1024 * 1024)
            elif change == "grew":
                with source.open("ab") as fh:
                    fh.write(b"more" * 1000)
            else:
                source.unlink()

    with pytest.raises(SourceChanged) as info:
        svc.attach_file(vault, case_id, source, progress=progress)
    assert info.value.reason == change
    _assert_nothing_stored(vault)


def test_cancel_mid_way(vault: Vault, case_id: str, tmp_path: Path) -> None:
    cancel = threading.Event()
    source = _file(tmp_path, 6 * 1024 * 1024)

    def progress(n: int, total: int) -> None:
        if n > 3 * 1024 * 1024:
            cancel.set()

    with pytest.raises(Cancelled):
        svc.attach_file(vault, case_id, source, progress=progress, cancel=cancel)
    _assert_nothing_stored(vault)


def test_from_a_pipe(vault: Vault, case_id: str) -> None:
    read_fd, write_fd = os.pipe()
    payload = os.urandom(300_000)

    def feed() -> None:
        with os.fdopen(write_fd, "wb") as fh:
            fh.write(payload)

    writer = threading.Thread(target=feed)
    writer.start()
    blob = svc.attach_file(vault, case_id, Path(f"/dev/fd/{read_fd}"), filename="stream.bin")
    writer.join()
    os.close(read_fd)
    assert svc.read_attachment(vault, blob.id) == payload


def test_orphans_removed_at_next_open(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FLOOR, DeviceKeyring.none())
    with vault:
        case_id = svc.add_case(vault, minimal()).id
        kept = svc.attach_file(vault, case_id, _file(tmp_path, 100))
        blobs_dir = vault.blobs_dir
    (blobs_dir / ("ab" * 16)).write_bytes(b"orphan from a crash")
    (blobs_dir / ".guvoh-tmp-xyz.123").write_bytes(b"half-written")
    with Vault.unlock(tmp_path / "v", PASSPHRASE, DeviceKeyring.none()) as reopened:
        assert sorted(p.name for p in blobs_dir.iterdir()) == [kept.id]
        assert reopened.check().orphans_removed == 1


def test_deleting_the_row_destroys_the_key(vault: Vault, case_id: str, tmp_path: Path) -> None:
    blob = svc.attach_file(vault, case_id, _file(tmp_path, 100))
    svc.delete_attachment(vault, blob.id)
    assert not (vault.blobs_dir / blob.id).exists()
    assert vault.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


def test_orphans_removed_with_one_flush_of_the_folder(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The decoy's sweep of a real vault's 50 files flushes blobs/ once, not 50 times: a
    duress unlock must take as long as a normal one (bench/duress.py)."""
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FLOOR, DeviceKeyring.none())
    with vault:
        blobs_dir = vault.blobs_dir
        for i in range(50):
            (blobs_dir / f"{i:032x}").write_bytes(b"left by a deleted case")
        flushed: list[Path] = []
        real = fsio.fsync_dir
        monkeypatch.setattr(fsio, "fsync_dir", lambda path: (flushed.append(path), real(path)))
        assert blobs.remove_orphans(vault.conn, blobs_dir) == 50
        assert flushed == [blobs_dir]
        assert list(blobs_dir.iterdir()) == []
        flushed.clear()
        assert blobs.remove_orphans(vault.conn, blobs_dir) == 0
        assert flushed == []  # nothing removed, nothing to flush
