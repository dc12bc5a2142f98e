"""Quarantine for an incoming bundle: what the reader streams out before anything is
verified. Nothing of it is plaintext on disk, and nothing of it is held whole in memory
before the signature is checked (the organisation's recipient is public: anyone can make a
bundle the coordinator decrypts):

- attachments are encrypted at once into blobs/ under fresh keys, not yet registered;
- case JSON and other payload files spill the same way into blobs/ as they stream, and are
  read back one at a time (`cases`, `files`) only after the bundle verified.

`discard()` removes everything; `drop_spills()` removes the spilled case and payload files
after a commit (the attachments have then moved into place). A crash leaves only
unregistered files in blobs/, which the next open removes as orphans.

Before reading, `check_free_space` refuses a bundle whose size (plus a reserve) the vault's
disk does not have free: a full disk in the middle of a quarantine helps nobody.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from crypto.age import PayloadReader, PayloadWriter
from crypto.errors import AgeError
from storage import fsio
from storage.blobs import FILE_KEY_LEN
from storage.errors import FileSystemError, NotEnoughSpace

#: Room kept free beyond the bundle's own size: the database, its WAL and the audit entry
#: grow a little with every import.
SPACE_RESERVE = 8 * 1024 * 1024


def space_needed(bundle_size: int) -> int:
    """Bytes a bundle of `bundle_size` bytes needs free on the vault's disk to be read:
    the quarantine holds about as much as the bundle (re-encrypted), plus the reserve."""
    return max(bundle_size, 0) + SPACE_RESERVE


def check_free_space(folder: Path, bundle_size: int) -> None:
    """NotEnoughSpace unless the disk holding `folder` has room to quarantine a bundle of
    `bundle_size` bytes (the free space a normal user may use, as `df` shows it)."""
    needed = space_needed(bundle_size)
    try:
        free = shutil.disk_usage(folder).free
    except OSError as err:
        raise FileSystemError(folder, fsio.reason_for(err), err.errno) from err
    if free < needed:
        raise NotEnoughSpace(folder, needed, free)


@dataclass
class QuarantinedBlob:
    blob_id: str  # the id the bundle gives it (a case id or payload name for spilled files)
    local_file: str  # the file name in blobs/ (a fresh id)
    file_key: bytes
    size: int = 0
    sha256: str = ""


class _Discarded(Exception):
    """Thrown into an unfinished blob writer so that it leaves nothing behind."""


class _BlobSink:
    """One quarantined file. Only an attachment of an import is fsynced (its data must be on
    disk before the commit that registers it; commit_import fsyncs the folder once after
    renaming them all); spills, and everything a verify writes, are scratch files read
    back in this process and removed, so they cost no fsync."""

    def __init__(self, quarantine: Quarantine, entry: QuarantinedBlob, *,
                 durable: bool = False, hashed: bool = True) -> None:
        self._entry = entry
        self._quarantine = quarantine
        self._path = quarantine.blobs_dir / entry.local_file
        self._durable = durable
        self._stack = contextlib.ExitStack()
        fh: BinaryIO = self._stack.enter_context(
            fsio.atomic_writer(self._path, replace=False, durable=False))
        self._fh = fh
        self._writer = PayloadWriter(fh, entry.file_key)
        self._hash = hashlib.sha256() if hashed else None
        self._open = True
        quarantine.open_sinks.append(self)

    def write(self, data: memoryview) -> None:
        if self._hash is not None:
            self._hash.update(data)
        try:
            self._writer.write(data)
        except OSError as err:
            raise FileSystemError(self._path, fsio.reason_for(err), err.errno) from err
        self._entry.size += len(data)

    def close(self) -> None:
        try:
            self._writer.close()
            if self._durable:
                self._fh.flush()
                os.fsync(self._fh.fileno())
        except OSError as err:
            self.discard()
            raise FileSystemError(self._path, fsio.reason_for(err), err.errno) from err
        self._open = False
        self._stack.close()  # fsync and give the file its name
        if self._hash is not None:
            self._entry.sha256 = self._hash.hexdigest()
        with contextlib.suppress(ValueError):
            self._quarantine.open_sinks.remove(self)

    def discard(self) -> None:
        if self._open:
            self._open = False
            err = _Discarded()
            self._stack.__exit__(_Discarded, err, None)


class _Counted:
    """A verify's attachment: counted, not kept (the reader hashes it against the manifest)."""

    def __init__(self, entry: QuarantinedBlob) -> None:
        self._entry = entry

    def write(self, data: memoryview) -> None:
        self._entry.size += len(data)

    def close(self) -> None:
        pass


class _Spilled(Mapping[str, bytes]):
    """Spilled files by name, each decrypted only when asked for (one at a time)."""

    def __init__(self, blobs_dir: Path, entries: dict[str, QuarantinedBlob]) -> None:
        self._dir = blobs_dir
        self._entries = entries

    def __getitem__(self, key: str) -> bytes:
        entry = self._entries[key]
        path = self._dir / entry.local_file
        try:
            with path.open("rb") as raw:
                data = PayloadReader(raw, entry.file_key).read()
        except OSError as err:
            raise FileSystemError(path, fsio.reason_for(err), err.errno) from err
        except AgeError as err:  # our own file, changed under us while it was read
            raise FileSystemError(path, "io_error") from err
        if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
            raise FileSystemError(path, "io_error")
        return data

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._entries))

    def __len__(self) -> int:
        return len(self._entries)


@dataclass
class Quarantine:
    blobs_dir: Path
    blobs: list[QuarantinedBlob] = field(default_factory=list)  # attachments
    spilled_cases: dict[str, QuarantinedBlob] = field(default_factory=dict)
    spilled_files: dict[str, QuarantinedBlob] = field(default_factory=dict)
    open_sinks: list[_BlobSink] = field(default_factory=list)
    #: False for a verify: attachments are only counted (the bundle reader hashes them
    #: against the manifest), spills are not fsynced, nothing is kept
    durable: bool = True

    @property
    def cases(self) -> Mapping[str, bytes]:
        """Case JSON by case id, read back from the spill one at a time."""
        return _Spilled(self.blobs_dir, self.spilled_cases)

    @property
    def files(self) -> Mapping[str, bytes]:
        """Other payload files (e.g. "receipt.json") by name, read back when asked for."""
        return _Spilled(self.blobs_dir, self.spilled_files)

    def _spill(self, name: str, into: dict[str, QuarantinedBlob]) -> _BlobSink:
        entry = QuarantinedBlob(name, uuid.uuid4().hex, os.urandom(FILE_KEY_LEN))
        into[name] = entry
        return _BlobSink(self, entry)

    def open_case_file(self, case_id: str, size: int) -> _BlobSink:
        return self._spill(case_id, self.spilled_cases)

    def open_payload_file(self, name: str, size: int) -> _BlobSink:
        return self._spill(name, self.spilled_files)

    def case_file(self, case_id: str, record_json: bytes) -> None:
        sink = self.open_case_file(case_id, len(record_json))
        sink.write(memoryview(record_json))
        sink.close()

    def payload_file(self, name: str, data: bytes) -> None:
        sink = self.open_payload_file(name, len(data))
        sink.write(memoryview(data))
        sink.close()

    def open_attachment(self, blob_id: str, size: int) -> _BlobSink | _Counted:
        entry = QuarantinedBlob(blob_id, uuid.uuid4().hex, os.urandom(FILE_KEY_LEN))
        self.blobs.append(entry)
        if not self.durable:
            return _Counted(entry)
        # Not hashed here: the reader hashes every payload file against the signed manifest
        # as it streams; set_digests records that hash once the bundle verified.
        return _BlobSink(self, entry, durable=True, hashed=False)

    def set_digests(self, attachments: tuple[tuple[str, int, str], ...]) -> None:
        """Record each attachment's SHA-256 as the bundle reader computed and verified it
        against the signed manifest, over the same bytes that were written here."""
        verified = {blob_id: (size, digest) for blob_id, size, digest in attachments}
        for entry in self.blobs:
            size, digest = verified[entry.blob_id]
            if size != entry.size:
                raise FileSystemError(self.blobs_dir / entry.local_file, "io_error")
            entry.sha256 = digest

    def _close_sinks(self) -> None:
        for sink in self.open_sinks:
            sink.discard()
        self.open_sinks.clear()

    def drop_spills(self) -> None:
        """Remove the spilled case and payload files (after a commit, or with discard)."""
        self._close_sinks()
        for entry in (*self.spilled_cases.values(), *self.spilled_files.values()):
            with contextlib.suppress(OSError):
                (self.blobs_dir / entry.local_file).unlink()
        self.spilled_cases.clear()
        self.spilled_files.clear()

    def discard(self) -> None:
        self.drop_spills()
        for entry in self.blobs:
            with contextlib.suppress(OSError):
                (self.blobs_dir / entry.local_file).unlink()
        self.blobs.clear()
        if self.durable:
            fsio.fsync_dir(self.blobs_dir)
