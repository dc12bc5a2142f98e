"""Panic wipe: destroy a vault without its passphrase, in an order a crash cannot undo.

DESIGN.md 2b. It defeats the person at the desk, not an image of the disk taken before.

1. The keyring entries the key-slot files name are written to `wiping` (ids only, no
   secret: they are in the key-slot file's plain header anyway), so a wipe killed after the
   next step can still delete them when it is run again.
2. Every key-slot file (`keyslots`, `keyslots.next` of an interrupted rekey, and the
   `seal` file of a vault sealed for travel) is overwritten IN PLACE, every byte, the
   passphrase and recovery slots included, with random bytes in one write, then fsynced:
   the same inode, not a new file renamed over it, so the old blocks themselves are
   overwritten where the file system allows. From here neither the passphrase nor the
   recovery code opens anything (the data key existed nowhere else).
3. The device secrets are deleted from the keyring.
4. The files are removed, the database first (vault.db, its WAL and SHM), then the
   attachments, then whatever else is in the folder (spare files, temp files, the marker),
   then the overwritten key-slot files; the lock file and the folder last.

A kill before step 2 leaves a vault that opens as before (plus a stray `wiping` that the
next wipe reuses); a kill after it leaves a folder that opens with neither secret and that a
second wipe finishes. No passphrase is needed: the lock screen offers it to whoever holds
the computer, which is the point. The vault must not be open in another process
(VaultInUse).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from crypto import keyslots
from crypto.keyslots import ClassHeader, KeySlots
from storage import fsio
from storage.devicekeyring import DeviceKeyring
from storage.errors import FileSystemError, KeyringUnavailable, NotAVault, VaultNotFound
from storage.lock import VaultLock

KEYSLOTS_NAME = "keyslots"
PENDING_SLOTS_NAME = "keyslots.next"  # storage.keyrotation's name for a rekey's new slots
WIPING_NAME = "wiping"
DB_NAME = "vault.db"
BLOBS_NAME = "blobs"
LOCK_NAME = "lock"
SEAL_NAME = "seal"  # storage.seal's file of a vault sealed for travel (T's secret, old slots)
# Overwritten in place, `keyslots` first: the one that opens the vault today.
_SLOT_FILES = (KEYSLOTS_NAME, PENDING_SLOTS_NAME, SEAL_NAME)
_DB_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm")

# Called with the name of each step as it starts (the crash harness slows steps down).
StepHook = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class WipeReport:
    slot_files_overwritten: int  # key files overwritten in place (1; more mid-rekey, sealed)
    keyring_entries_deleted: int
    keyring_entries_left: int  # named entries the keyring could not be asked to delete
    files_removed: int
    seconds: float


def looks_like_vault(path: Path) -> bool:
    """A folder with a key-slot file or the marker of a wipe that was interrupted."""
    return (path / KEYSLOTS_NAME).is_file() or (path / WIPING_NAME).is_file()


def wipe_vault(
    path: Path, keyring: DeviceKeyring, on_step: StepHook | None = None
) -> WipeReport:
    """Destroy the vault at `path` (see the module's docstring for the order)."""
    started = time.monotonic()
    step = on_step or (lambda _name: None)
    if not looks_like_vault(path):
        if not path.exists():
            raise VaultNotFound(path)
        raise NotAVault(path)
    lock = VaultLock(path / LOCK_NAME).acquire()  # VaultInUse if another process has it
    try:
        step("mark")
        ids = _keyring_ids(path)
        if ids:
            fsio.write_atomic(path / WIPING_NAME, "\n".join(i.hex() for i in ids).encode())
        step("overwrite")
        overwritten = 0
        for name in _SLOT_FILES:
            overwritten += _overwrite_in_place(path / name)
        fsio.fsync_dir(path)
        step("keyring")
        deleted, left = _delete_device_secrets(keyring, ids)
        step("remove")
        removed = _remove_contents(path)
    finally:
        lock.release()
    removed += _remove_last(path)
    return WipeReport(overwritten, deleted, left, removed, time.monotonic() - started)


def _keyring_ids(path: Path) -> list[bytes]:
    """The keyring entries the key-slot files (or an earlier wipe's marker) name."""
    ids: list[bytes] = []
    for name in _SLOT_FILES:
        header = _passphrase_header(path / name)
        if header is not None and header.needs_device_secret and header.keyring_id not in ids:
            ids.append(header.keyring_id)
    with contextlib.suppress(OSError, ValueError):
        text = (path / WIPING_NAME).read_text(encoding="ascii")
        for line in text.split():
            raw = bytes.fromhex(line)
            if len(raw) == keyslots.KEYRING_ID_LEN and raw not in ids:
                ids.append(raw)
    return ids


def _passphrase_header(target: Path) -> ClassHeader | None:
    try:
        with target.open("rb") as fh:
            data = fh.read(keyslots.FILE_LEN + 1)
        return KeySlots.from_bytes(data).passphrase_header
    except Exception:  # noqa: BLE001 - missing, or already overwritten: nothing named
        return None


def _overwrite_in_place(target: Path) -> int:
    """Overwrite every byte of `target` with random bytes in one write, in place, and
    fsync it. 0 if there is no such file."""
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(target, flags)
    except FileNotFoundError:
        return 0
    except OSError as err:
        raise FileSystemError(target, fsio.reason_for(err), err.errno) from err
    try:
        size = max(os.fstat(fd).st_size, keyslots.FILE_LEN)
        noise = os.urandom(size)
        written = 0
        os.lseek(fd, 0, os.SEEK_SET)  # os.pwrite does not exist on Windows
        while written < size:  # one write for a file this small; the loop for safety
            written += os.write(fd, noise[written:])
        os.fsync(fd)
    except OSError as err:
        raise FileSystemError(target, fsio.reason_for(err), err.errno) from err
    finally:
        os.close(fd)
    return 1


def _delete_device_secrets(keyring: DeviceKeyring, ids: list[bytes]) -> tuple[int, int]:
    if not ids:
        return 0, 0
    if not keyring.available:
        return 0, len(ids)
    deleted = 0
    for kid in ids:
        try:
            keyring.delete(kid)
        except KeyringUnavailable:
            continue
        deleted += 1
    return deleted, len(ids) - deleted


def _remove_tree(entry: Path) -> int:
    """Remove a file, a link (never followed) or a folder with everything in it."""
    try:
        mode = entry.lstat().st_mode
    except FileNotFoundError:
        return 0
    if stat.S_ISDIR(mode):
        count = sum(1 for _ in entry.rglob("*"))
        shutil.rmtree(entry, ignore_errors=True)
        return count + 1
    with contextlib.suppress(FileNotFoundError):
        entry.unlink()
    return 1


def _remove_contents(path: Path) -> int:
    """The database first, then the attachments, then everything else, then the (already
    overwritten) key-slot files: until they go, the folder is still seen as a vault, so the
    lock screen and its wipe stay there to finish the job after a crash. Not the lock."""
    removed = 0
    for name in _DB_FILES:
        removed += _remove_tree(path / name)
    removed += _remove_tree(path / BLOBS_NAME)
    for entry in sorted(path.iterdir()):
        if entry.name not in (LOCK_NAME, *_SLOT_FILES):
            removed += _remove_tree(entry)
    for name in _SLOT_FILES:
        removed += _remove_tree(path / name)
    return removed


def _remove_last(path: Path) -> int:
    """The lock file (released: Windows cannot delete an open file) and the folder."""
    removed = _remove_tree(path / LOCK_NAME)
    try:
        path.rmdir()
    except FileNotFoundError:
        pass
    except OSError as err:  # something appeared meanwhile: say so rather than pretend
        raise FileSystemError(path, fsio.reason_for(err), err.errno) from err
    with contextlib.suppress(OSError):
        if sys.platform != "win32":
            fsio.fsync_dir(path.parent)
    return removed + 1


# -- wipe after N failed unlocks (opt-in) ----------------------------------------------------

# The count lives in a small plain file beside the key file, because a failed unlock has no
# key to open anything encrypted: version, the limit, the wrong passphrases in a row. It
# exists only while the setting is on. Whoever images the disk (or edits the folder) can
# reset it: it defeats only the person guessing at this computer's lock screen or command.
ATTEMPTS_NAME = "attempts"
_ATTEMPTS = struct.Struct(">BHH")
_ATTEMPTS_VERSION = 1
MIN_WIPE_AFTER = 3
MAX_WIPE_AFTER = 99


@dataclass(frozen=True, slots=True)
class Attempts:
    limit: int  # wipe when this many wrong passphrases come in a row
    failures: int  # wrong passphrases in a row so far


def read_attempts(path: Path) -> Attempts | None:
    """The setting and the count; None when off (no file, or one we cannot read)."""
    try:
        with (path / ATTEMPTS_NAME).open("rb") as fh:
            data = fh.read(_ATTEMPTS.size + 1)
    except OSError:
        return None
    if len(data) != _ATTEMPTS.size:
        return None
    version, limit, failures = _ATTEMPTS.unpack(data)
    if version != _ATTEMPTS_VERSION or not MIN_WIPE_AFTER <= limit <= MAX_WIPE_AFTER:
        return None
    return Attempts(limit, failures)


def _write_attempts(path: Path, attempts: Attempts) -> None:
    data = _ATTEMPTS.pack(_ATTEMPTS_VERSION, attempts.limit, min(attempts.failures, 0xFFFF))
    fsio.write_atomic(path / ATTEMPTS_NAME, data)


def set_wipe_after(path: Path, limit: int | None) -> None:
    """Turn the wipe after `limit` wrong passphrases in a row on (the count starts at 0),
    or off with None. ValueError outside MIN_WIPE_AFTER..MAX_WIPE_AFTER."""
    if limit is None:
        fsio.remove_file(path / ATTEMPTS_NAME)
        return
    if not MIN_WIPE_AFTER <= limit <= MAX_WIPE_AFTER:
        raise ValueError(f"wipe after {limit}: not in {MIN_WIPE_AFTER}..{MAX_WIPE_AFTER}")
    _write_attempts(path, Attempts(limit, 0))


def count_failed_unlock(path: Path, keyring: DeviceKeyring) -> bool:
    """After a wrong passphrase: count it; at the limit, wipe the vault. True if wiped."""
    attempts = read_attempts(path)
    if attempts is None:
        return False
    failures = attempts.failures + 1
    if failures >= attempts.limit:
        wipe_vault(path, keyring)
        return True
    _write_attempts(path, Attempts(attempts.limit, failures))
    return False


def reset_failed_unlocks(path: Path) -> None:
    """After the vault opened: the count starts again (nothing written if it is 0)."""
    attempts = read_attempts(path)
    if attempts is not None and attempts.failures:
        _write_attempts(path, Attempts(attempts.limit, 0))
