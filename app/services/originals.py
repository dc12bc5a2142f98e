"""The original left behind: removing the file a person attached, once its copy is safe in
the vault (a photo in Downloads, a recording copied from a phone stay there in clear).

:func:`remove_original` removes exactly one file, the one the person attached, and only if it
still holds the bytes the vault stored: it is read again and its SHA-256 compared with the
attachment's. It refuses, with :class:`OriginalNotRemoved` and a reason, a file that is gone,
has changed, is a symbolic link (never followed) or is not an ordinary file. Before deleting
a regular file on a local disk it overwrites the file's bytes once with zeros and flushes them
to the disk, so a plain undelete tool finds zeros, not the photo.

This is NOT a secure erase, and the app says so where it asks: an SSD or a USB stick writes
the zeros elsewhere and keeps the old blocks until it reuses them, copy-on-write file systems
(btrfs, ZFS, APFS) and journals may keep old copies, and backups, cloud sync, the phone or
the messenger the file came from keep their own. The overwrite is skipped (the file is only
deleted) where it would not help or would harm: on a network or cloud file system, for a file
with other hard links (zeroing would destroy the other names' content too), and for a file
Guvoh may delete but not write.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import os
import re
import stat
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import Cancelled, OriginalNotRemoved
from storage import fsio

Progress = Callable[[int, int], None]
_CHUNK = 1024 * 1024
_SHA256 = re.compile(r"[0-9a-f]{64}")
# File systems whose blocks are not on this computer's disk: overwriting the file there only
# sends zeros over the network (and may leave a zeroed version on the server).
_REMOTE = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "ceph", "glusterfs", "9p",
    "lustre", "gpfs", "coda", "davfs", "fuse.sshfs", "fuse.rclone", "fuse.s3fs",
    "fuse.gvfsd-fuse", "fuse.davfs2", "fuse.gcsfuse", "fuse.goofys", "fuse.onedriver",
})
_FILE_ATTRIBUTE_REPARSE_POINT = 0x400  # Windows: a symbolic link or junction


@dataclass(frozen=True, slots=True)
class Removed:
    """What was done: the file is gone; `overwritten`: its bytes were first replaced with
    zeros and flushed (False: only deleted, see the module docstring for when)."""

    path: Path
    overwritten: bool


def remove_original(
    path: Path, expected_sha256: str, *, progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Removed:
    """Remove `path` if it still holds the bytes whose SHA-256 is `expected_sha256` (the
    stored attachment's); see the module docstring. Raises OriginalNotRemoved (nothing was
    changed, except for the reason "emptied") or Cancelled (while reading; nothing changed)."""
    path = Path(path)
    expected = expected_sha256.lower()
    if not _SHA256.fullmatch(expected):
        raise ValueError("expected_sha256 must be 64 hexadecimal digits")
    before = _lstat(path)
    fd, writable = _open(path)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or not _same(before, info):
            raise OriginalNotRemoved(path, "changed")  # replaced between the two looks
        size = _hash_matches(fd, path, expected, progress, cancel)
        if not _may_delete(path, info):
            raise OriginalNotRemoved(path, "failed")
        overwrite = writable and info.st_nlink == 1 and _is_local(path, info)
        _check_still(path, info)
        if overwrite:
            _zero(fd, path, size)
    finally:
        os.close(fd)  # before deleting: Windows deletes no open file
    _check_still(path, info, emptied=overwrite)
    try:
        path.unlink()
    except FileNotFoundError:
        pass  # removed meanwhile by someone else: gone all the same
    except OSError as err:
        raise OriginalNotRemoved(path, "emptied" if overwrite else "failed") from err
    with contextlib.suppress(OSError):
        fsio.fsync_dir(path.parent)
    return Removed(path, overwrite)


def _lstat(path: Path) -> os.stat_result:
    try:
        before = os.lstat(path)
    except FileNotFoundError:
        raise OriginalNotRemoved(path, "missing") from None
    except NotADirectoryError:
        raise OriginalNotRemoved(path, "missing") from None
    except OSError as err:
        raise OriginalNotRemoved(path, "failed") from err
    if stat.S_ISLNK(before.st_mode) or _is_reparse_point(before):
        raise OriginalNotRemoved(path, "symlink")
    if not stat.S_ISREG(before.st_mode):
        raise OriginalNotRemoved(path, "not_a_file")
    return before


def _is_reparse_point(info: os.stat_result) -> bool:
    return bool(getattr(info, "st_file_attributes", 0) & _FILE_ATTRIBUTE_REPARSE_POINT)


def _open(path: Path) -> tuple[int, bool]:
    """The file, opened without following a link or blocking on a pipe put in its place;
    for writing if Guvoh may, else for reading only. (fd, writable)."""
    flags = (getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
             | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
             | getattr(os, "O_BINARY", 0))
    for mode, writable in ((os.O_RDWR, True), (os.O_RDONLY, False)):
        try:
            return os.open(path, mode | flags), writable
        except PermissionError:
            continue
        except FileNotFoundError:
            raise OriginalNotRemoved(path, "missing") from None
        except OSError as err:
            if err.errno == errno.ELOOP:
                raise OriginalNotRemoved(path, "symlink") from err
            raise OriginalNotRemoved(path, "failed") from err
    raise OriginalNotRemoved(path, "failed")


def _same(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _hash_matches(fd: int, path: Path, expected: str, progress: Progress | None,
                  cancel: threading.Event | None) -> int:
    """Read the whole file again; its size if its SHA-256 is `expected`."""
    digest = hashlib.sha256()
    total = os.fstat(fd).st_size
    done = 0
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        while chunk := os.read(fd, _CHUNK):
            if cancel is not None and cancel.is_set():
                raise Cancelled(done)
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, max(total, done))
    except OSError as err:
        raise OriginalNotRemoved(path, "failed") from err
    if not hmac.compare_digest(digest.hexdigest(), expected):
        raise OriginalNotRemoved(path, "changed")
    return done


def _may_delete(path: Path, info: os.stat_result) -> bool:
    """Whether the folder lets this user delete the file (checked before overwriting, so a
    file is not emptied and then left in place)."""
    parent = path.parent
    if not os.access(parent, os.W_OK | os.X_OK):
        return False
    if sys.platform == "win32":
        return True
    try:
        folder = parent.stat()
    except OSError:
        return False
    if folder.st_mode & stat.S_ISVTX:  # a sticky folder such as /tmp: owners only
        me = os.geteuid()
        return me in (0, info.st_uid, folder.st_uid)
    return True


def _check_still(path: Path, info: os.stat_result, *, emptied: bool = False) -> None:
    """The name still leads to the file that was read (not swapped for another)."""
    try:
        now = os.lstat(path)
    except FileNotFoundError:
        raise OriginalNotRemoved(path, "missing") from None
    except OSError as err:
        raise OriginalNotRemoved(path, "emptied" if emptied else "failed") from err
    if stat.S_ISLNK(now.st_mode) or not _same(now, info):
        raise OriginalNotRemoved(path, "emptied" if emptied else "changed")


def _zero(fd: int, path: Path, size: int) -> None:
    """Overwrite the first `size` bytes with zeros, once, and flush them to the disk."""
    zeros = bytes(min(_CHUNK, max(size, 1)))
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        left = size
        while left > 0:
            left -= os.write(fd, zeros[:min(left, len(zeros))])
        os.fsync(fd)
    except OSError as err:
        # some bytes may be zeros now: the file is no longer the original, so it goes anyway
        # (a partly zeroed copy is worth nothing); a refusal to delete is reported below
        del err


def _is_local(path: Path, info: os.stat_result) -> bool:
    """False for a file on a network or cloud file system; True where unknown."""
    if sys.platform == "win32":
        return _windows_local(path)
    if sys.platform.startswith("linux"):
        kind = _linux_fs_type(info.st_dev)
        return kind is None or kind not in _REMOTE
    return True


def _linux_fs_type(device: int) -> str | None:
    """The type of the mounted file system with this device number (/proc/self/mountinfo)."""
    wanted = f"{os.major(device)}:{os.minor(device)}"
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as fh:  # noqa: PTH123
            lines = fh.read().splitlines()
    except OSError:
        return None
    found = None
    for line in lines:
        fields = line.split()
        if len(fields) > 2 and fields[2] == wanted and " - " in line:
            after = line.split(" - ", 1)[1].split()
            found = after[0] if after else found
    return found


def _windows_local(path: Path) -> bool:
    import ctypes  # Windows only

    drive_remote = 4
    anchor = Path(os.path.abspath(path)).anchor  # noqa: PTH100
    if anchor.startswith("\\\\"):
        return False  # \\server\share
    try:
        kind = ctypes.windll.kernel32.GetDriveTypeW(anchor)  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return True
    return int(kind) != drive_remote
