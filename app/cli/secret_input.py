"""Reading passphrases and recovery codes: from a terminal prompt or a file, never argv/env.

`--passphrase-file FILE` may be a regular file, `/dev/stdin` or `/dev/fd/N`. When several
secret options name the same file, its lines are used in order (for example
`printf '%s\\n%s\\n' "$old" "$new" | guvoh passwd --passphrase-file /dev/stdin
--new-passphrase-file /dev/stdin`).
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

MAX_SECRET_FILE = 64 * 1024


class SecretInputError(Exception):
    """A secret could not be read; `reason` is a code: no_terminal, unreadable, empty,
    mismatch, too_large."""

    def __init__(self, reason: str, path: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = path


class SecretSource:
    def __init__(self) -> None:
        self._lines: dict[str, list[str]] = {}

    def _next_line(self, path: str) -> str:
        if path not in self._lines:
            try:
                with Path(path).open("rb") as fh:
                    data = fh.read(MAX_SECRET_FILE + 1)
            except OSError as err:
                raise SecretInputError("unreadable", path) from err
            if len(data) > MAX_SECRET_FILE:
                raise SecretInputError("too_large", path)
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError as err:
                raise SecretInputError("unreadable", path) from err
            self._lines[path] = text.splitlines()
        lines = self._lines[path]
        if not lines:
            raise SecretInputError("empty", path)
        return lines.pop(0)

    def get(self, path: str | None, prompt: str, confirm: str | None = None) -> str:
        """A secret from `path` if given, else asked on the terminal (twice if `confirm`)."""
        if path is not None:
            value = self._next_line(path)
            if not value:
                raise SecretInputError("empty", path)
            return value
        if not _has_terminal():
            raise SecretInputError("no_terminal")
        value = getpass.getpass(prompt)
        if confirm is not None and getpass.getpass(confirm) != value:
            raise SecretInputError("mismatch")
        return value


def _has_terminal() -> bool:
    if sys.platform == "win32":  # pragma: no cover
        return sys.stdin.isatty()
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return False
    os.close(fd)
    return True
