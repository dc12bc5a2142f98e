"""storage.backup through the service (issue 13 item 9): bad targets refused with their typed
error and nothing written; a lock or a cancel in the middle leaves nothing; an attachment
deleted between the snapshot and its copy makes a second, consistent round."""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.services import backup as backup_service
from app.services import cases as case_service
from crypto.errors import Cancelled
from crypto.kdf import FLOOR
from storage import fsio
from storage.devicekeyring import DeviceKeyring
from storage.errors import BackupFolderNotEmpty, BackupInsideVault, VaultLocked
from storage.vault import Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE

WORD = "quetzalmorning"


def _record(title: str) -> dict[str, Any]:
    return {"schema_version": 1, "title": title, "consent": {"given": True}}


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[tuple[Vault, Any, list[str]]]:
    """A vault with three cases, each with a 300 KiB attachment; its recovery code; the
    attachment ids."""
    vault, code = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none())
    source = tmp_path / "photo.bin"
    source.write_bytes(os.urandom(300 * 1024))
    blob_ids = []
    for i in range(3):
        case = case_service.add_case(vault, _record(f"{WORD} {i}"))
        blob_ids.append(case_service.attach_file(vault, case.id, source).id)
    yield vault, code, blob_ids
    vault.close()


def _nothing_left(parent: Path, *expected: str) -> None:
    assert sorted(p.name for p in parent.iterdir()) == sorted(expected)
    assert not [p for p in parent.iterdir() if p.name.startswith(fsio.TEMP_PREFIX)]


def test_an_existing_empty_folder_is_used(filled: tuple[Vault, Any, list[str]],
                                          tmp_path: Path) -> None:
    vault, code, blob_ids = filled
    out = tmp_path / "usb"
    out.mkdir(mode=0o755)
    result = backup_service.backup_vault(vault, out)
    assert (result.cases, result.attachments, result.rounds) == (3, 3, 1)
    assert out.stat().st_mode & 0o777 == 0o700  # replaced by the private folder
    assert sorted(p.name for p in (out / "blobs").iterdir()) == sorted(blob_ids)
    with Vault.recover(out, code, NEW_PASSPHRASE, DeviceKeyring.none()) as copy:
        assert copy.check(deep=True).ok
        assert case_service.read_attachment(copy, blob_ids[0]) == (
            tmp_path / "photo.bin").read_bytes()


@pytest.mark.parametrize("kind", ["file", "folder with a file", "folder with a folder",
                                  "symlink"])
def test_an_occupied_target_is_refused(filled: tuple[Vault, Any, list[str]], tmp_path: Path,
                                       kind: str) -> None:
    vault = filled[0]
    drive = tmp_path / "drive"
    drive.mkdir()
    out = drive / "copy"
    if kind == "file":
        out.write_bytes(b"mine")
    elif kind == "symlink":
        out.symlink_to(tmp_path / "elsewhere")
    elif kind == "folder with a file":
        out.mkdir()
        (out / "notes.txt").write_bytes(b"mine")
    else:
        out.mkdir()
        (out / "sub").mkdir()
    with pytest.raises(BackupFolderNotEmpty) as caught:
        backup_service.backup_vault(vault, out)
    assert caught.value.path == out
    _nothing_left(drive, "copy")
    if kind == "file":
        assert out.read_bytes() == b"mine"
    elif kind != "symlink":
        assert len(list(out.iterdir())) == 1


def test_a_target_inside_the_vault_is_refused(filled: tuple[Vault, Any, list[str]]) -> None:
    vault = filled[0]
    before = sorted(p.name for p in vault.path.iterdir())
    for out in (vault.path / "copy", vault.path, vault.blobs_dir / "x"):
        with pytest.raises(BackupInsideVault):
            backup_service.backup_vault(vault, out)
    assert sorted(p.name for p in vault.path.iterdir()) == before


def test_a_locked_vault_is_refused(filled: tuple[Vault, Any, list[str]], tmp_path: Path) -> None:
    vault = filled[0]
    vault.close()
    with pytest.raises(VaultLocked):
        backup_service.backup_vault(vault, tmp_path / "copy")
    assert not (tmp_path / "copy").exists()


def test_locking_during_the_backup_leaves_nothing(filled: tuple[Vault, Any, list[str]],
                                                  tmp_path: Path) -> None:
    vault = filled[0]
    drive = tmp_path / "drive"
    drive.mkdir()
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 1:
            vault.close()  # the app locks (idle, suspend, Ctrl+L) while the copy runs

    with pytest.raises(VaultLocked):
        backup_service.backup_vault(vault, drive / "copy", progress=progress)
    _nothing_left(drive)


def test_cancel_leaves_nothing(filled: tuple[Vault, Any, list[str]], tmp_path: Path) -> None:
    vault = filled[0]
    drive = tmp_path / "drive"
    drive.mkdir()
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done > total // 2:
            cancel.set()

    with pytest.raises(Cancelled):
        backup_service.backup_vault(vault, drive / "copy", progress=progress, cancel=cancel)
    assert seen
    _nothing_left(drive)
    assert vault.check(deep=True).ok


def test_an_attachment_deleted_after_the_snapshot_makes_a_second_round(
    filled: tuple[Vault, Any, list[str]], tmp_path: Path
) -> None:
    """The first snapshot still lists the attachment, but its file is gone by the time it is
    copied: the copy is redone from a new snapshot, which no longer lists it."""
    vault, code, blob_ids = filled
    deleted: list[str] = []

    def progress(done: int, total: int) -> None:
        del done, total
        if not deleted:  # during the first database copy, after its snapshot began
            case_service.delete_attachment(vault, blob_ids[1])
            deleted.append(blob_ids[1])

    out = tmp_path / "copy"
    result = backup_service.backup_vault(vault, out, progress=progress)
    assert deleted == [blob_ids[1]]
    assert result.rounds == 2
    assert result.attachments == 2
    assert sorted(p.name for p in (out / "blobs").iterdir()) == sorted(
        [blob_ids[0], blob_ids[2]])
    with Vault.recover(out, code, NEW_PASSPHRASE, DeviceKeyring.none()) as copy:
        report = copy.check(deep=True)
        assert report.ok
        assert report.orphans_removed == 0


def test_the_copy_is_encrypted_in_every_byte(filled: tuple[Vault, Any, list[str]],
                                             tmp_path: Path) -> None:
    vault = filled[0]
    out = tmp_path / "copy"
    backup_service.backup_vault(vault, out)
    db_bytes = (out / "vault.db").read_bytes()
    assert not db_bytes.startswith(b"SQLite format 3")
    for path in out.rglob("*"):
        if path.is_file():
            assert WORD.encode() not in path.read_bytes(), path


def test_folder_in_picks_a_neutral_free_name(tmp_path: Path) -> None:
    day = dt.date(2026, 12, 4)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert backup_service.folder_in(empty, day) == empty
    drive = tmp_path / "drive"
    drive.mkdir()
    (drive / "photos").mkdir()
    assert backup_service.folder_in(drive, day) == drive / "backup-2026-12-04"
    (drive / "backup-2026-12-04").mkdir()
    assert backup_service.folder_in(drive, day) == drive / "backup-2026-12-04-2"
