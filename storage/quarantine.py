"""Quarantine for an incoming bundle: what the reader streams out before anything is
verified. Attachments are encrypted at once into blobs/ under fresh keys (never plaintext
on disk) but not registered; case files stay in memory. `discard()` removes everything;
a crash leaves only unregistered blob files, which the next open removes as orphans."""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from crypto.age import PayloadWriter
from storage import fsio
from storage.blobs import FILE_KEY_LEN
from storage.errors import FileSystemError


@dataclass
class QuarantinedBlob:
    blob_id: str  # the id the bundle gives it
    local_file: str  # the file name in blobs/ (a fresh id)
    file_key: bytes
    size: int = 0
    sha256: str = ""


class _Discarded(Exception):
    """Thrown into an unfinished blob writer so that it leaves nothing behind."""


class _BlobSink:
    def __init__(self, quarantine: Quarantine, entry: QuarantinedBlob) -> None:
        self._entry = entry
        self._path = quarantine.blobs_dir / entry.local_file
        self._stack = contextlib.ExitStack()
        fh: BinaryIO = self._stack.enter_context(fsio.atomic_writer(self._path, replace=False))
        self._writer = PayloadWriter(fh, entry.file_key)
        self._hash = hashlib.sha256()
        self._open = True
        quarantine.open_sinks.append(self)

    def write(self, data: memoryview) -> None:
        self._hash.update(data)
        try:
            self._writer.write(data)
        except OSError as err:
            raise FileSystemError(self._path, fsio.reason_for(err), err.errno) from err
        self._entry.size += len(data)

    def close(self) -> None:
        try:
            self._writer.close()
        except OSError as err:
            self.discard()
            raise FileSystemError(self._path, fsio.reason_for(err), err.errno) from err
        self._open = False
        self._stack.close()  # fsync and give the file its name
        self._entry.sha256 = self._hash.hexdigest()

    def discard(self) -> None:
        if self._open:
            self._open = False
            err = _Discarded()
            self._stack.__exit__(_Discarded, err, None)


@dataclass
class Quarantine:
    blobs_dir: Path
    cases: dict[str, bytes] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    blobs: list[QuarantinedBlob] = field(default_factory=list)
    open_sinks: list[_BlobSink] = field(default_factory=list)

    def case_file(self, case_id: str, record_json: bytes) -> None:
        self.cases[case_id] = record_json

    def payload_file(self, name: str, data: bytes) -> None:
        self.files[name] = data

    def open_attachment(self, blob_id: str, size: int) -> _BlobSink:
        entry = QuarantinedBlob(blob_id, uuid.uuid4().hex, os.urandom(FILE_KEY_LEN))
        self.blobs.append(entry)
        return _BlobSink(self, entry)

    def discard(self) -> None:
        for sink in self.open_sinks:
            sink.discard()
        self.open_sinks.clear()
        for entry in self.blobs:
            with contextlib.suppress(OSError):
                (self.blobs_dir / entry.local_file).unlink()
        self.cases.clear()
        self.files.clear()
        self.blobs.clear()
        fsio.fsync_dir(self.blobs_dir)
