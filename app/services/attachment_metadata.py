"""What an attached file reveals (location, device, author, software, dates), read once
and kept in the vault, and cleaned copies of it with their own hash and the original's
(issue 16, item 4).

Every read and every clean goes through app.services.file_metadata, which runs the
parsers in the limited child process: no picture, PDF, office or audio parser ever runs in
this process, for files attached here and for files received in bundles alike. The
original stays as it came, with its intake SHA-256 (it is evidence); a cleaned copy is
made again from it whenever it is saved or exported, and never stored.

Readings are made at intake (app.services.cases.attach_file) and, for files attached
before this existed, for recordings and for files received in bundles, the first time they
are shown (`read_missing`, on a worker), so no one-off pass over a whole vault is needed.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.sandbox.metadata import MAX_FILE_BYTES
from app.sandbox.metadata.model import KINDS, Finding, Reading
from app.services import file_metadata
from app.services.errors import FileMetadataError, FileTooLargeToInspect
from storage import attachment_metadata as store
from storage import audit, blobs, cases, fsio
from storage.attachment_metadata import CleanedCopy
from storage.db import transaction
from storage.errors import OutputExists
from storage.vault import Vault

READ = "read"  # a format module read it (findings may be empty: nothing hidden)
UNSUPPORTED = "unsupported"  # no format module knows this kind of file
TOO_LARGE = "too_large"  # over the reader's limit: not inspected
FAILED = "failed"  # the reader could not parse it, or the child gave up
PENDING = "pending"  # not read yet (only ever returned, never stored)


def max_size() -> int:
    """The largest file the child process is given to read or clean (MAX_FILE_BYTES)."""
    return MAX_FILE_BYTES


@dataclass(frozen=True, slots=True)
class FileFindings:
    """What one attachment reveals, as the Files view and the CLI show it."""

    attachment_id: str
    status: str  # READ, UNSUPPORTED, TOO_LARGE, FAILED or PENDING
    format: str = ""
    findings: tuple[Finding, ...] = ()
    cleanable: bool = False

    @property
    def kinds(self) -> list[str]:
        """The kinds found, in the order of model.KINDS."""
        found = {f.kind for f in self.findings}
        return [k for k in KINDS if k in found]

    def values(self, kind: str) -> list[str]:
        """The distinct values of one kind, in the order found."""
        return list(dict.fromkeys(f.value for f in self.findings if f.kind == kind and f.value))

    @property
    def can_clean(self) -> bool:
        """A cleaned copy can be made and would differ from the original."""
        return self.status == READ and bool(self.findings) and self.cleanable


def _to_json(reading: Reading) -> str:
    return json.dumps({
        "format": reading.format, "cleanable": reading.cleanable,
        "findings": [{"kind": f.kind, "field": f.field, "value": f.value}
                     for f in reading.findings],
    }, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _from_stored(stored: store.StoredReading) -> FileFindings:
    data: dict[str, Any] = json.loads(stored.reading) if stored.reading else {}
    findings = tuple(
        Finding(str(f.get("kind", "")), str(f.get("field", "")), str(f.get("value", "")))
        for f in data.get("findings") or [] if isinstance(f, dict)
    )
    return FileFindings(stored.attachment_id, stored.status, str(data.get("format", "")),
                        findings, bool(data.get("cleanable", False)))


def inspect(vault: Vault, attachment_id: str,
            cancel: threading.Event | None = None) -> FileFindings:
    """Read what the attachment reveals (in the child process) and keep it in the vault.
    Never fails for the file's sake: a file the reader cannot parse is recorded FAILED."""
    meta = blobs.get(vault.conn, attachment_id)
    if meta.size > max_size():
        store.put_reading(vault.conn, attachment_id, TOO_LARGE, "{}")
        return FileFindings(attachment_id, TOO_LARGE)
    data = blobs.read_bytes(vault.conn, vault.blobs_dir, attachment_id, max_size())
    try:
        reading = file_metadata.read(data, cancel)
    except FileTooLargeToInspect:
        store.put_reading(vault.conn, attachment_id, TOO_LARGE, "{}")
        return FileFindings(attachment_id, TOO_LARGE)
    except FileMetadataError:  # damaged, or the child ran out of time or memory
        store.put_reading(vault.conn, attachment_id, FAILED, "{}")
        return FileFindings(attachment_id, FAILED)
    status = READ if reading.format else UNSUPPORTED
    store.put_reading(vault.conn, attachment_id, status, _to_json(reading))
    return FileFindings(attachment_id, status, reading.format, tuple(reading.findings),
                        reading.cleanable)


def findings(vault: Vault, attachment_id: str, *, read_if_missing: bool = True) -> FileFindings:
    """The attachment's stored reading; read now if there is none (unless told not to)."""
    stored = store.get_reading(vault.conn, attachment_id)
    if stored is not None:
        return _from_stored(stored)
    if not read_if_missing:
        return FileFindings(attachment_id, PENDING)
    return inspect(vault, attachment_id)


def case_findings(vault: Vault, case_key: str) -> dict[str, FileFindings]:
    """The stored readings of a case's attachments, by attachment id; those not read yet
    are PENDING (no file is opened here: quick enough for the GUI thread)."""
    ids = [a.id for a in blobs.list_for_case(vault.conn, cases.resolve(vault.conn, case_key))]
    stored = store.readings(vault.conn, ids)
    return {i: _from_stored(stored[i]) if i in stored else FileFindings(i, PENDING)
            for i in ids}


def read_missing(vault: Vault, case_key: str,
                 cancel: threading.Event | None = None) -> dict[str, FileFindings]:
    """Read every attachment of the case that has no reading yet (files attached before
    readings existed, recordings, files received in bundles); all readings, by id."""
    found = case_findings(vault, case_key)
    for attachment_id, item in found.items():
        if item.status == PENDING:
            found[attachment_id] = inspect(vault, attachment_id, cancel)
    return found


@dataclass(frozen=True, slots=True)
class CleanedBytes:
    data: bytes
    sha256: str
    original_sha256: str


def cleaned_bytes(vault: Vault, attachment_id: str, *, record: bool = True) -> CleanedBytes:
    """A copy of the attachment without its metadata, made now in the child process from
    the verified original, and recorded with its own and its original's SHA-256 (unless
    `record` is False: the caller records it in its own transaction)."""
    meta = blobs.get(vault.conn, attachment_id)
    original = blobs.read_bytes(vault.conn, vault.blobs_dir, attachment_id, max_size())
    data = file_metadata.clean(original)
    digest = hashlib.sha256(data).hexdigest()
    if record:
        store.record_cleaned(vault.conn, attachment_id, digest, meta.sha256, len(data))
    return CleanedBytes(data, digest, meta.sha256)


def save_cleaned_copy(vault: Vault, attachment_id: str, out: Path) -> CleanedCopy:
    """Write a cleaned copy to `out` (private, atomic, never over an existing file). The
    original in the vault is untouched."""
    if out.exists():
        raise OutputExists(out)
    made = cleaned_bytes(vault, attachment_id, record=False)
    fsio.write_atomic(out, made.data, replace=False)
    with transaction(vault.conn):
        store.record_cleaned_in_transaction(vault.conn, attachment_id, made.sha256,
                                            made.original_sha256, len(made.data))
        audit.append(vault.conn, "attachment_exported", attachment_id)
    return next(c for c in store.cleaned_copies(vault.conn, attachment_id)
                if c.cleaned_sha256 == made.sha256)


@dataclass(frozen=True, slots=True)
class StripPlan:
    """What an export with strip_metadata does to the chosen cases' files."""

    cleaned: int  # files that reveal something and go as cleaned copies
    nothing_found: int  # files read with nothing to remove: they go as they came
    not_checked: int  # files Guvoh cannot read (kind, size, damage): they go as they came


def strip_plan(vault: Vault, case_keys: list[str]) -> StripPlan:
    """How export_bundle(strip_metadata=True) would treat the files of these cases (files
    not read yet are read now, in the child: call it on a worker)."""
    cleaned = nothing = unchecked = 0
    for key in case_keys:
        for found in read_missing(vault, key).values():
            if found.can_clean:
                cleaned += 1
            elif found.status == READ and not found.findings:
                nothing += 1
            else:
                unchecked += 1
    return StripPlan(cleaned, nothing, unchecked)


def custody(vault: Vault, attachment_id: str) -> list[CleanedCopy]:
    """The cleaned copies made of (or received for) an attachment: each with its own
    SHA-256 and its original's."""
    return store.cleaned_copies(vault.conn, attachment_id)


__all__ = [
    "FAILED",
    "PENDING",
    "READ",
    "TOO_LARGE",
    "UNSUPPORTED",
    "CleanedBytes",
    "CleanedCopy",
    "FileFindings",
    "StripPlan",
    "case_findings",
    "cleaned_bytes",
    "custody",
    "findings",
    "inspect",
    "read_missing",
    "save_cleaned_copy",
    "strip_plan",
]
