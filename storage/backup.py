"""A consistent copy of an open vault, for a backup drive: `guvoh backup` and Settings.

Copying the vault folder while Guvoh runs can catch the database between a page and its
WAL frame, or an attachment row without its file. This copy cannot:

- the database is copied with SQLite's online backup API from a second connection that holds
  one read snapshot throughout (`db.copy_snapshot`), into a file keyed with the same data
  key: SQLCipher encrypts every page of the copy, so no plaintext exists at any moment;
- the attachments copied are exactly those the copied database refers to, byte for byte
  (each file is already encrypted under its own key, kept in its row). Files are written
  before their row commits and removed only after the row's deletion commits, so a file of
  the snapshot can be missing only if it was deleted since; then the round is repeated,
  and the last round holds the vault's connection lock, so that nothing can be deleted;
- the key-slot file is copied as it is: the copy opens with the same passphrase (plus this
  computer's keyring secret, if the vault uses one) or, anywhere, with the recovery code.

Everything is written into a private temporary folder beside the target (0700, files 0600
from the first byte, each fsynced), which is renamed to the target only when complete; any
failure or cancel removes it, so a target either is a whole vault or does not exist.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from crypto import keyslots
from crypto.errors import Cancelled
from crypto.wipe import wipe
from storage import db, fsio
from storage.errors import (
    BackupFolderNotEmpty,
    BackupInsideVault,
    BlobCorrupt,
    FileSystemError,
    VaultLocked,
)
from storage.vault import BLOBS_NAME, DB_NAME, KEYSLOTS_NAME, Vault

Progress = Callable[[int, int], None]
ROUNDS = 3  # the last one holds the vault's lock
PENDING_SLOTS_NAME = "keyslots.next"  # storage.keyrotation's, while a rekey is under way
_CHUNK = 1024 * 1024
_SPARE = 16 * 1024 * 1024  # free space to leave beyond the estimate


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    cases: int
    attachments: int
    bytes_written: int
    rounds: int


def estimate_size(vault: Vault) -> int:
    """Bytes a backup will need, about: the database and its WAL, and every attachment file."""
    total = 0
    for name in (DB_NAME, f"{DB_NAME}-wal"):
        with contextlib.suppress(FileNotFoundError):
            total += (vault.path / name).stat().st_size
    with contextlib.suppress(FileNotFoundError):
        for entry in vault.blobs_dir.iterdir():
            with contextlib.suppress(FileNotFoundError):
                total += entry.stat().st_size
    return total


def check_target(vault: Vault, out: Path) -> None:
    """Refuse a target that is a file, a folder holding anything, or inside the vault."""
    resolved = out.resolve()
    if resolved == vault.path.resolve() or vault.path.resolve() in resolved.parents:
        raise BackupInsideVault(out)
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise BackupFolderNotEmpty(out)
    if out.is_dir() and any(out.iterdir()):
        raise BackupFolderNotEmpty(out)


def backup(
    vault: Vault,
    out: Path,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> BackupResult:
    """Write a consistent, encrypted copy of the open `vault` to the new or empty folder
    `out`. Raises BackupFolderNotEmpty, BackupInsideVault, FileSystemError (disk_full,
    read_only, permission_denied...), VaultLocked (locked before or during), Cancelled."""
    with _vault_lock(vault):  # the key and the key slots that open it, read together
        key = vault.data_key  # VaultLocked if it is locked already
        slots = _read_slot_files(vault)
    try:
        check_target(vault, out)
        parent = out.parent
        fsio.private_dir(parent)
        needed = estimate_size(vault)
        if _free_space(parent) < needed + _SPARE:
            raise FileSystemError(out, "disk_full", errno.ENOSPC)
        temp = parent / f"{fsio.TEMP_PREFIX}backup-{secrets.token_hex(8)}"
        try:
            temp.mkdir(mode=0o700)
        except OSError as err:
            raise FileSystemError(out, fsio.reason_for(err), err.errno) from err
        try:
            with _as_file_system_error(out):
                result = _write(vault, key, slots, temp, out, needed, progress, cancel)
                _put_in_place(temp, out)
        except BaseException:
            _remove_tree(temp)
            raise
        return result
    finally:
        wipe(key)  # the immutable copy vault.data_key made: no copy outlives the backup


def _write(
    vault: Vault,
    key: bytes,
    slots: dict[str, bytes],
    temp: Path,
    out: Path,
    needed: int,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> BackupResult:
    blobs_out = temp / BLOBS_NAME
    blobs_out.mkdir(mode=0o700)
    meter = _Meter(max(needed, 1), progress)
    copied: set[str] = set()
    written = 0
    for round_no in range(1, ROUNDS + 1):
        last = round_no == ROUNDS
        with _vault_lock(vault) if last else contextlib.nullcontext():
            cases, ids = _copy_database(vault, key, temp, meter, cancel)
            missing: list[str] = []
            for blob_id in ids:
                if blob_id in copied:
                    continue
                size = _copy_blob(vault, blob_id, blobs_out, meter, cancel)
                if size is None:
                    missing.append(blob_id)
                else:
                    copied.add(blob_id)
                    written += size
        if not missing:
            break
        if last:  # under the lock nothing can be deleted: the vault itself lacks it
            raise BlobCorrupt(missing[0], "missing")
    for stale in copied - set(ids):  # copied in an earlier round, deleted since
        fsio.remove_file(blobs_out / stale)
    for name, data in slots.items():
        fsio.write_atomic(temp / name, data, replace=False)
        written += len(data)
    fsio.fsync_dir(blobs_out)
    fsio.fsync_dir(temp)
    written += (temp / DB_NAME).stat().st_size
    meter.finish()
    return BackupResult(out, cases, len(ids), written, round_no)


def _copy_database(
    vault: Vault, key: bytes, temp: Path, meter: _Meter, cancel: threading.Event | None
) -> tuple[int, list[str]]:
    """The database as one snapshot into temp/vault.db (replacing an earlier round's);
    returns its number of cases and the ids of the attachments it refers to."""
    target = temp / DB_NAME
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        fsio.remove_file(temp / name)
    _ = vault.conn  # VaultLocked if the vault was locked meanwhile
    meter.begin_database()
    source = db.connect(vault.path / DB_NAME, key)
    try:
        os.close(fsio.create_private_exclusive(target))  # 0600 before SQLite opens it
        copy = db.connect(target, key)
        try:
            size = (vault.path / DB_NAME).stat().st_size
            db.copy_snapshot(source, copy, cancel=cancel,
                             progress=lambda done, total: meter.database(done, total, size))
            cases = int(copy.execute("SELECT count(*) FROM cases").fetchone()[0])
            ids = [str(r[0]) for r in copy.execute("SELECT id FROM attachments ORDER BY id")]
        finally:
            copy.close()  # the last connection: its WAL is checkpointed and removed
    finally:
        source.close()
        # Content removed during the snapshot could not leave the WAL then: now it does.
        with contextlib.suppress(VaultLocked):
            db.checkpoint(vault.conn)
    _fsync_file(target)
    for blob_id in ids:
        if not _safe_name(blob_id):
            raise BlobCorrupt(blob_id, "missing")
    return cases, ids


def _copy_blob(
    vault: Vault, blob_id: str, blobs_out: Path, meter: _Meter, cancel: threading.Event | None
) -> int | None:
    """Copy one encrypted attachment file as it is; None if it is gone (deleted since)."""
    _ = vault.conn  # VaultLocked if the vault was locked meanwhile
    try:
        src = (vault.blobs_dir / blob_id).open("rb")
    except FileNotFoundError:
        return None
    size = 0
    with src, fsio.atomic_writer(blobs_out / blob_id, replace=False) as dst:
        while chunk := src.read(_CHUNK):
            if cancel is not None and cancel.is_set():
                raise Cancelled(size)
            dst.write(chunk)
            size += len(chunk)
            meter.advance(len(chunk))
    return size


def _read_slot_files(vault: Vault) -> dict[str, bytes]:
    """The key-slot file, and the pending one a rekey under way leaves (the next open of
    the vault, or of the copy, finishes the switch with it), each checked well formed
    (KeySlotsCorrupt otherwise: never copy junk)."""
    found = {}
    for name in (KEYSLOTS_NAME, PENDING_SLOTS_NAME):
        try:
            with (vault.path / name).open("rb") as fh:
                data = fh.read(keyslots.FILE_LEN + 1)
        except FileNotFoundError:
            if name == KEYSLOTS_NAME:
                raise
            continue
        keyslots.KeySlots.from_bytes(data)
        found[name] = data
    return found


def _put_in_place(temp: Path, out: Path) -> None:
    """Rename the finished folder to `out` (over an empty folder there, if any)."""
    try:
        temp.rename(out)  # POSIX replaces an empty folder atomically
    except OSError as err:
        if err.errno not in (errno.ENOTEMPTY, errno.EEXIST) or not out.is_dir():
            raise
        raise BackupFolderNotEmpty(out) from err  # something appeared there meanwhile
    fsio.fsync_dir(out.parent)


@contextlib.contextmanager
def _vault_lock(vault: Vault) -> Iterator[None]:
    with vault.conn.lock:
        yield


@contextlib.contextmanager
def _as_file_system_error(out: Path) -> Iterator[None]:
    """An OSError (or SQLite's "disk is full") while writing the copy, as FileSystemError."""
    try:
        yield
    except OSError as err:
        raise FileSystemError(out, fsio.reason_for(err), err.errno) from err
    except sqlcipher3.OperationalError as err:
        text = str(err).lower()
        reason = ("disk_full" if "full" in text else
                  "read_only" if "readonly" in text else "io_error")
        raise FileSystemError(out, reason) from err


class _Meter:
    """Progress in bytes over the whole backup: the database's pages, then the files."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._db_base = 0

    def begin_database(self) -> None:
        self._db_base = self.done

    def database(self, done_pages: int, total_pages: int, size: int) -> None:
        self._emit(self._db_base + size * done_pages // max(total_pages, 1))

    def advance(self, n: int) -> None:
        self._emit(self.done + n)

    def finish(self) -> None:
        self._emit(self.total)

    def _emit(self, done: int) -> None:
        self.done = min(done, self.total)
        if self._progress is not None:
            self._progress(self.done, self.total)


def _safe_name(name: str) -> bool:
    return bool(name) and "/" not in name and "\\" not in name and not name.startswith(".")


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _free_space(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError as err:
        raise FileSystemError(folder, fsio.reason_for(err), err.errno) from err


def _remove_tree(folder: Path) -> None:
    """Remove our own temporary folder (two levels: files, blobs/ and its files)."""
    with contextlib.suppress(FileNotFoundError):
        for entry in folder.iterdir():
            if entry.is_dir() and not entry.is_symlink():
                for inner in entry.iterdir():
                    with contextlib.suppress(OSError):
                        inner.unlink()
                with contextlib.suppress(OSError):
                    entry.rmdir()
            else:
                with contextlib.suppress(OSError):
                    entry.unlink()
        with contextlib.suppress(OSError):
            folder.rmdir()
        with contextlib.suppress(OSError):
            fsio.fsync_dir(folder.parent)
