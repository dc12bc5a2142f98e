from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from storage import fsio
from storage.errors import FileSystemError


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_atomic_writer_is_private_from_the_first_byte(tmp_path: Path) -> None:
    target = tmp_path / "file"
    with fsio.atomic_writer(target) as fh:
        assert stat.S_IMODE(os.fstat(fh.fileno()).st_mode) == 0o600  # before any byte
        assert list(tmp_path.iterdir()) == []  # unnamed until complete (O_TMPFILE)
        assert not target.exists()
        fh.write(b"hello")
    assert target.read_bytes() == b"hello"
    assert mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_failed_write_leaves_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "file"
    fsio.write_atomic(target, b"old")
    with pytest.raises(RuntimeError), fsio.atomic_writer(target) as fh:
        fh.write(b"half of the new")
        raise RuntimeError("boom")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_private_dir_is_0700_and_tightens(tmp_path: Path) -> None:
    loose = tmp_path / "a" / "b"
    loose.parent.mkdir(mode=0o755)
    fsio.private_dir(loose)
    assert mode(loose) == 0o700
    os.chmod(loose, 0o755)
    fsio.private_dir(loose)
    assert mode(loose) == 0o700


def test_never_overwrites_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "bundle.age"
    fsio.write_atomic(target, b"first", replace=False)
    with pytest.raises(FileSystemError) as info:
        fsio.write_atomic(target, b"second", replace=False)
    assert info.value.reason == "exists"
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.age"]


def test_named_temp_fallback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where O_TMPFILE is missing (FAT, macOS), a named private temp file is used."""
    monkeypatch.setattr(fsio, "_open_unnamed", lambda folder: None)
    target = tmp_path / "file"
    with fsio.atomic_writer(target) as fh:
        temps = [p for p in tmp_path.iterdir() if p.name.startswith(fsio.TEMP_PREFIX)]
        assert len(temps) == 1
        assert mode(temps[0]) == 0o600
        fh.write(b"x")
    assert [p.name for p in tmp_path.iterdir()] == ["file"]
    with pytest.raises(RuntimeError), fsio.atomic_writer(target, replace=False) as fh:
        raise RuntimeError("boom")
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_stale_temps_removed(tmp_path: Path) -> None:
    (tmp_path / f"{fsio.TEMP_PREFIX}x.123").write_bytes(b"partial")
    (tmp_path / "keep").write_bytes(b"k")
    assert fsio.remove_stale_temps(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["keep"]


def test_write_into_missing_folder_is_typed(tmp_path: Path) -> None:
    with pytest.raises(FileSystemError) as info:
        fsio.write_atomic(tmp_path / "missing" / "file", b"x")
    assert info.value.reason == "io_error"


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, "disk_full"),
        (errno.EDQUOT, "disk_full"),
        (errno.EROFS, "read_only"),
        (errno.EACCES, "permission_denied"),
        (errno.EIO, "io_error"),
    ],
)
def test_reason_codes(code: int, reason: str) -> None:
    assert fsio.reason_for(OSError(code, os.strerror(code))) == reason
