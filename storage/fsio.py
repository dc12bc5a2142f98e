"""Private, atomic file writes: the one place Guvoh touches the file system to write.

Every file is created with mode 0600 before its first byte, written to a temporary name in
the same folder, fsynced, renamed over the target and the folder fsynced (the pattern of
Electrum's wallet write and Qt's QSaveFile). Folders are created 0700. A crash leaves the old
file or the new one, never a mix; leftovers carry a recognisable prefix and are removed by
:func:`remove_stale_temps`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from storage.errors import FileSystemError

TEMP_PREFIX = ".~part-"  # neutral: a disguised install names no file "guvoh"
_TEMP_PREFIXES = (TEMP_PREFIX, ".guvoh-tmp-")  # the old name still cleaned up
_FILE_MODE = 0o600
_DIR_MODE = 0o700


def reason_for(err: OSError) -> str:
    """Map an OSError to a stable reason code the app can explain."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "disk_full"
    if err.errno == errno.EROFS:
        return "read_only"
    if err.errno in (errno.EACCES, errno.EPERM):
        return "permission_denied"
    return "io_error"


def set_private_umask() -> None:
    """Make everything this process creates private by default (belt and braces)."""
    os.umask(0o077)


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) with mode 0700; tighten an existing one."""
    try:
        path.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)
        if sys.platform != "win32":
            os.chmod(path, _DIR_MODE)
    except OSError as err:
        raise FileSystemError(path, reason_for(err), err.errno) from err
    return path


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries so a rename survives a power cut (no-op on Windows)."""
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _open_private(path: Path) -> int:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    return os.open(path, flags, _FILE_MODE)


def temp_path_for(target: Path) -> Path:
    return target.with_name(f"{TEMP_PREFIX}{target.name}.{secrets.token_hex(8)}")


def _open_unnamed(folder: Path) -> int | None:
    """An unnamed file in `folder` (Linux O_TMPFILE): if the process dies, it vanishes
    with it, so even SIGKILL leaves nothing behind. None where unsupported (e.g. FAT)."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not Path("/proc/self/fd").is_dir():
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0), _FILE_MODE)
    except OSError:
        return None


@contextlib.contextmanager
def atomic_writer(target: Path, *, replace: bool = True,
                  durable: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file that becomes `target` only if the block ends without error.

    On any exception (including a cancel), nothing is left and the target is exactly as
    it was. With `replace=False` an existing target is never overwritten (FileExistsError
    surfaces as FileSystemError reason "exists"). Where the system allows, the file has no
    name at all until it is complete (O_TMPFILE), so a killed process leaves nothing.
    With `durable=False` neither the file nor its folder is fsynced: for scratch files that
    are read back in this process and removed (a crash leaves an orphan the next open
    removes), or whose caller fsyncs what must last itself.
    """
    fd = _open_unnamed(target.parent)
    if fd is not None:
        yield from _write_unnamed(fd, target, replace, durable)
        return
    tmp = temp_path_for(target)
    try:
        fd = _open_private(tmp)
    except OSError as err:
        raise FileSystemError(target, reason_for(err), err.errno) from err
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        if replace:
            os.replace(tmp, target)
        else:
            os.link(tmp, target)
            _unlink_quietly(tmp)
        if durable:
            fsync_dir(target.parent)
    except FileExistsError as err:
        _unlink_quietly(tmp)
        raise FileSystemError(target, "exists", err.errno) from err
    except OSError as err:
        _unlink_quietly(tmp)
        raise FileSystemError(target, reason_for(err), err.errno) from err
    except BaseException:
        _unlink_quietly(tmp)
        raise


def _link_fd(fd: int, dst: Path) -> None:
    """Give the unnamed file `fd` the name `dst` (linkat with AT_SYMLINK_FOLLOW through
    /proc/self/fd; passing a directory fd makes CPython use linkat, not link)."""
    proc = os.open("/proc/self/fd", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.link(str(fd), dst, src_dir_fd=proc, follow_symlinks=True)
    finally:
        os.close(proc)


def _write_unnamed(fd: int, target: Path, replace: bool,
                   durable: bool = True) -> Iterator[BinaryIO]:
    tmp: Path | None = None
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
            if replace:
                tmp = temp_path_for(target)
                _link_fd(fh.fileno(), tmp)
                os.replace(tmp, target)
                tmp = None
            else:
                _link_fd(fh.fileno(), target)
        if durable:
            fsync_dir(target.parent)
    except FileExistsError as err:
        raise FileSystemError(target, "exists", err.errno) from err
    except OSError as err:
        raise FileSystemError(target, reason_for(err), err.errno) from err
    finally:
        if tmp is not None:
            _unlink_quietly(tmp)


def write_atomic(target: Path, data: bytes, *, replace: bool = True) -> None:
    """Write `data` to `target` privately and atomically."""
    with atomic_writer(target, replace=replace) as fh:
        fh.write(data)


def create_private_exclusive(target: Path) -> int:
    """Create a new empty private file (fails if it exists); returns an open fd."""
    try:
        return _open_private(target)
    except OSError as err:
        raise FileSystemError(target, reason_for(err), err.errno) from err


def open_private_append(target: Path) -> int:
    """Open or create a private file for reading and writing without truncating it."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(target, flags, _FILE_MODE)
    except OSError as err:
        raise FileSystemError(target, reason_for(err), err.errno) from err


def remove_stale_temps(folder: Path) -> int:
    """Remove temporary files a crash left behind in `folder`; returns how many."""
    removed = 0
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return 0
    for entry in entries:
        if entry.name.startswith(_TEMP_PREFIXES) and entry.is_file():
            _unlink_quietly(entry)
            removed += 1
    if removed:
        fsync_dir(folder)
    return removed


def remove_file(path: Path) -> None:
    """Delete a file and make the deletion durable."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    fsync_dir(path.parent)


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
