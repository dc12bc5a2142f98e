"""storage/pipeline.py: hashing on a second thread gives the same SHA-256 and the same bytes
as doing it in line; a write error in the thread reaches the caller; an export whose
attachment fails authentication fails and leaves no bundle (the manifest takes the hash
recorded at intake, so the decryption's tags are what prove the bytes)."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from app.domain.outcomes import Outcome
from app.services import bundle_export, cases
from app.services.bundle_import import import_bundle
from storage import blobs
from storage.errors import BlobCorrupt
from storage.pipeline import HashingFileWriter, HashPipe
from tests.casedata import minimal
from tests.desk import Desk


def test_hash_pipe_equals_hashlib() -> None:
    data = os.urandom(3 * 1024 * 1024 + 17)
    with HashPipe(size=1024 * 1024, count=2) as pipe:
        pos = 0
        while pos < len(data):
            i, buf = pipe.acquire()
            n = min(len(buf), len(data) - pos, 700_001)
            buf[:n] = data[pos : pos + n]
            pipe.submit(i, n)
            pos += n
        assert pipe.hexdigest() == hashlib.sha256(data).hexdigest()


def test_hashing_file_writer_writes_and_hashes_in_order() -> None:
    data = os.urandom(5 * 1024 * 1024 + 3)
    out = io.BytesIO()
    with HashingFileWriter(out, size=256 * 1024, count=3) as writer:
        for start in range(0, len(data), 99_991):
            writer.write(memoryview(data)[start : start + 99_991])
        writer.close()
    assert out.getvalue() == data
    assert writer.hexdigest() == hashlib.sha256(data).hexdigest()


class _FailAfter(io.RawIOBase):
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.count = 0

    def writable(self) -> bool:
        return True

    def write(self, b: object) -> int:
        n = len(memoryview(b))  # type: ignore[arg-type]
        if self.count + n > self.limit:
            raise OSError(28, "No space left on device")
        self.count += n
        return n


def test_a_write_error_in_the_thread_reaches_the_caller() -> None:
    writer = HashingFileWriter(_FailAfter(300_000), size=64 * 1024, count=2)  # type: ignore[arg-type]
    with pytest.raises(OSError, match="No space"), writer:
        for _ in range(100):
            writer.write(bytes(64 * 1024))
        writer.close()
    with pytest.raises(ValueError, match="unfinished"):
        writer.hexdigest()


def test_export_of_a_damaged_attachment_fails_and_leaves_nothing(desk: Desk,
                                                                 tmp_path: Path) -> None:
    r = desk.researcher("R-01")
    record = minimal("With a file")
    record["status"] = "ready"
    case = cases.add_case(r.vault, record)
    source = tmp_path / "file.bin"
    source.write_bytes(os.urandom(300_000))
    attachment = cases.attach_file(r.vault, case.id, source)
    good = bundle_export.export_bundle(r.vault, ["Memorial"], desk.outbox, [case.id])
    assert import_bundle(desk.coordinator, good.path).outcome is Outcome.IMPORTED
    assert blobs.get(desk.coordinator.conn, attachment.id).sha256 == attachment.sha256
    path = r.vault.blobs_dir / attachment.id
    damaged = bytearray(path.read_bytes())
    damaged[200_000] ^= 1
    path.write_bytes(bytes(damaged))
    before = set(desk.outbox.iterdir())
    with pytest.raises(BlobCorrupt):
        bundle_export.export_bundle(r.vault, ["Memorial"], desk.outbox, [case.id])
    assert set(desk.outbox.iterdir()) == before
