"""Typed errors of the services layer (bad case files and the like). Data, not prose."""

from __future__ import annotations

from pathlib import Path

# What a cancelled attach, export or import raises (the one Cancelled of every layer),
# re-exported for the screens, which reach the layers below through the services.
from crypto.errors import Cancelled as Cancelled

# The vault's errors and the file writer's, which the screens catch.
from storage.errors import FileSystemError as FileSystemError
from storage.errors import VaultError as VaultError


class CaseFileError(Exception):
    """Base for problems with a case JSON file given by the user."""


class CaseFileUnreadable(CaseFileError):
    """`reason`: missing, unreadable, too_large, not_utf8."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class CaseFileMalformed(CaseFileError):
    """Not JSON at all: where the parser stopped."""

    def __init__(self, path: Path, line: int, column: int, detail: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {detail}")
        self.path = path
        self.line = line
        self.column = column
        self.detail = detail


class CaseInvalid(CaseFileError):
    """JSON, but not a valid case: the first violation. `where` is a JSON path like
    events[0].acts[1]; `problem` a code (required, unknown_field, unknown_code, type,
    too_long, too_short, format, duplicate_id, unknown_person, unknown_attachment,
    bad_date, not_allowed_on_add, id_mismatch, status_not_allowed, schema);
    `value` the offending value or field name, shortened."""

    def __init__(self, where: str, problem: str, value: str = "", vocabulary: str = "") -> None:
        super().__init__(f"{where}: {problem} {value}")
        self.where = where
        self.problem = problem
        self.value = value
        self.vocabulary = vocabulary
