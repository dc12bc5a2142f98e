"""Single-instance lock: one process at a time may open a vault."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from storage.errors import VaultInUse
from storage.fsio import open_private_append

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt
else:
    import fcntl


class VaultLock:
    """An exclusive, non-blocking OS lock on `<vault>/lock`, released on close or exit.

    The OS drops the lock when the process dies (even by SIGKILL), so a crash never leaves
    a vault locked.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> VaultLock:
        fd = open_private_append(self.path)
        try:
            if sys.platform == "win32":  # pragma: no cover
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            os.close(fd)
            raise VaultInUse(self.path.parent) from err
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> VaultLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
