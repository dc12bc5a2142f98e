"""Attachments: one encrypted file per attachment in `blobs/`, its key in the database.

Each file is `nonce (16) || age STREAM` (64 KiB ChaCha20-Poly1305 chunks with a last-chunk
flag) under a random 16-byte file key kept in the attachment's row: deleting the row
destroys the key. Files stream in and out in bounded memory, are written under a temporary
name, fsynced and renamed, and only then is the row committed; a crash in between leaves
an orphan file that the next open removes. The SHA-256 of the plaintext is recorded at
intake and checked again on every read: damaged or edited data is never returned as good.
"""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
import os
import stat
import threading
import uuid
from collections.abc import Callable, Iterator, Set
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from crypto.age import PayloadReader, PayloadWriter
from crypto.errors import AgeError, Cancelled
from storage import audit, fsio
from storage.db import Connection, checkpoint, transaction
from storage.errors import (
    AttachmentNotFound,
    BlobCorrupt,
    CaseNotFound,
    OutputExists,
    SourceChanged,
)
from storage.ids import BlobId, CaseId
from storage.pipeline import HashPipe, Writeback
from storage.timeutil import now_utc

Progress = Callable[[int, int], None]
CHUNK = 1024 * 1024
FILE_KEY_LEN = 16
_NONCE_LEN = 16
_STREAM_CHUNK = 64 * 1024
_TAG = 16


@dataclass(frozen=True, slots=True)
class Attachment:
    id: BlobId
    case_id: CaseId
    filename: str
    media_type: str
    size: int
    sha256: str
    description: str
    added_at: str


def encrypted_size(size: int) -> int:
    chunks = max(1, -(-size // _STREAM_CHUNK))
    return _NONCE_LEN + size + chunks * _TAG


_COLUMNS = "a.id, c.id, a.filename, a.media_type, a.size, a.sha256, a.description, a.added_at"


def _attachment(row: tuple[object, ...]) -> Attachment:
    return Attachment(
        BlobId(str(row[0])), CaseId(str(row[1])), str(row[2]), str(row[3]), int(str(row[4])),
        str(row[5]), str(row[6]), str(row[7]),
    )


def list_for_case(conn: Connection, case_id: CaseId) -> list[Attachment]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM attachments a JOIN cases c ON c.num = a.case_num "
        "WHERE c.id = ? ORDER BY a.added_at, a.id",
        (case_id,),
    )
    return [_attachment(tuple(r)) for r in rows]


def get(conn: Connection, blob_id: str) -> Attachment:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM attachments a JOIN cases c ON c.num = a.case_num "
        "WHERE a.id = ?",
        (blob_id,),
    ).fetchone()
    if row is None:
        raise AttachmentNotFound(blob_id)
    return _attachment(tuple(row))


def _file_key(conn: Connection, blob_id: str) -> bytes:
    row = conn.execute("SELECT file_key FROM attachments WHERE id = ?", (blob_id,)).fetchone()
    if row is None:
        raise AttachmentNotFound(blob_id)
    return bytes(row[0])


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def attach(
    conn: Connection,
    blobs_dir: Path,
    case_id: CaseId,
    source: Path,
    *,
    filename: str | None = None,
    media_type: str | None = None,
    description: str = "",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Attachment:
    """Encrypt `source` into the vault. A regular file must not change while it is read;
    a pipe or FIFO (e.g. /dev/stdin) is read to its end."""
    row = conn.execute("SELECT num FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise CaseNotFound(case_id)
    try:
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise SourceChanged(source, "missing") from None
    except OSError as err:
        raise SourceChanged(source, "unreadable") from err
    info = os.fstat(fd)
    if stat.S_ISDIR(info.st_mode):
        os.close(fd)
        raise SourceChanged(source, "not_a_file")
    with os.fdopen(fd, "rb", buffering=0) as src:
        regular = stat.S_ISREG(info.st_mode)
        total = info.st_size if regular else -1
        blob_id = BlobId(uuid.uuid4().hex)
        file_key = os.urandom(FILE_KEY_LEN)
        done = 0
        target = blobs_dir / blob_id
        # Read 4 MiB at a time; the plaintext's SHA-256 is taken on a second thread while
        # this one encrypts (64 KiB STREAM chunks, as always) and writes; the disk starts
        # writing as we go, and the one fsync at the end makes it durable.
        with HashPipe() as hashes, fsio.atomic_writer(target) as out:
            writer = PayloadWriter(out, file_key)
            writeback = Writeback(out.fileno())
            while True:
                _check_cancel(cancel)
                i, buf = hashes.acquire()
                try:
                    n = src.readinto(buf)
                except OSError as err:
                    hashes.release(i)
                    raise SourceChanged(source, "unreadable") from err
                if not n:
                    hashes.release(i)
                    break
                hashes.submit(i, n)
                writer.write(buf[:n])
                done += n
                writeback.advance(encrypted_size(done))
                if regular and done > total:
                    raise SourceChanged(source, "grew")
                if progress is not None:
                    progress(done, total)
            writer.close()
            if regular:
                _check_unchanged(source, src.fileno(), info, done)
            sha256 = hashes.hexdigest()
        name = filename or Path(source).name or "attachment"
        kind = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        try:
            with transaction(conn):
                conn.execute(
                    "INSERT INTO attachments (id, case_num, filename, media_type, size, sha256, "
                    "file_key, description, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (blob_id, int(row[0]), name, kind, done, sha256, file_key,
                     description, now_utc()),
                )
                audit.append(conn, "attachment_added", blob_id)
        except BaseException:
            fsio.remove_file(target)
            raise
    return get(conn, blob_id)


def _check_unchanged(source: Path, fd: int, before: os.stat_result, read: int) -> None:
    after = os.fstat(fd)
    if read < before.st_size or after.st_size < before.st_size:
        raise SourceChanged(source, "shrank")
    if after.st_size > before.st_size or after.st_mtime_ns != before.st_mtime_ns:
        raise SourceChanged(source, "grew" if after.st_size > read else "shrank")
    try:
        now = Path(source).stat()
    except FileNotFoundError:
        raise SourceChanged(source, "vanished") from None
    if (now.st_dev, now.st_ino) != (before.st_dev, before.st_ino):
        raise SourceChanged(source, "vanished")


@contextmanager
def _open_verified(
    conn: Connection, blobs_dir: Path, blob_id: str
) -> Iterator[tuple[Attachment, PayloadReader]]:
    meta = get(conn, blob_id)
    key = _file_key(conn, blob_id)
    if len(key) != FILE_KEY_LEN:
        raise BlobCorrupt(blob_id, "tampered")
    path = blobs_dir / meta.id
    try:
        raw = path.open("rb")
    except FileNotFoundError:
        raise BlobCorrupt(blob_id, "missing") from None
    with raw:
        if os.fstat(raw.fileno()).st_size != encrypted_size(meta.size):
            raise BlobCorrupt(blob_id, "size_mismatch")
        yield meta, PayloadReader(raw, key)


class _GuardedReader:
    """A verified attachment's plaintext as a readable stream; an authentication failure
    surfaces as BlobCorrupt. The caller compares the SHA-256 it computed with the
    recorded one before trusting what it read."""

    def __init__(self, reader: PayloadReader, blob_id: str) -> None:
        self._reader = reader
        self._blob_id = blob_id

    def read(self, n: int = -1) -> bytes:
        try:
            return self._reader.read(n)
        except AgeError as err:
            raise BlobCorrupt(self._blob_id, "tampered") from err

    def readinto(self, buffer: bytearray | memoryview) -> int:
        try:
            return self._reader.readinto(buffer)
        except AgeError as err:
            raise BlobCorrupt(self._blob_id, "tampered") from err


@contextmanager
def open_plaintext(conn: Connection, blobs_dir: Path, blob_id: str) -> Iterator[BinaryIO]:
    with _open_verified(conn, blobs_dir, blob_id) as (_, reader):
        yield _GuardedReader(reader, blob_id)  # type: ignore[misc]


def stream_out(
    conn: Connection,
    blobs_dir: Path,
    blob_id: str,
    sink: Callable[[memoryview], object],
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Attachment:
    """Decrypt into `sink` chunk by chunk and check size and SHA-256 at the end. The caller
    must treat what the sink received as unconfirmed until this returns."""
    with _open_verified(conn, blobs_dir, blob_id) as (meta, reader):
        digest = hashlib.sha256()
        done = 0
        buf = bytearray(CHUNK)
        view = memoryview(buf)
        while True:
            _check_cancel(cancel)
            try:
                n = reader.readinto(view)
            except AgeError as err:
                raise BlobCorrupt(blob_id, "tampered") from err
            if not n:
                break
            digest.update(view[:n])
            sink(view[:n])
            done += n
            if progress is not None:
                progress(done, meta.size)
        if done != meta.size:
            raise BlobCorrupt(blob_id, "truncated")
        if digest.hexdigest() != meta.sha256:
            raise BlobCorrupt(blob_id, "hash_mismatch")
    return meta


def export(
    conn: Connection,
    blobs_dir: Path,
    blob_id: str,
    out: Path,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Attachment:
    """Write the original bytes to `out` (private, atomic); nothing appears there unless
    every byte verified. An existing file is never overwritten."""
    if out.exists():
        raise OutputExists(out)
    with fsio.atomic_writer(out, replace=False) as fh:
        meta = stream_out(conn, blobs_dir, blob_id, lambda mv: fh.write(mv), progress, cancel)
    with transaction(conn):
        audit.append(conn, "attachment_exported", meta.id)
    return meta


def read_bytes(conn: Connection, blobs_dir: Path, blob_id: str, max_size: int) -> bytes:
    """The whole attachment in memory (for previews), verified; refuses if larger."""
    meta = get(conn, blob_id)
    if meta.size > max_size:
        raise ValueError("attachment larger than the preview limit")
    parts: list[bytes] = []
    stream_out(conn, blobs_dir, blob_id, lambda mv: parts.append(bytes(mv)))
    return b"".join(parts)


def delete(conn: Connection, blobs_dir: Path, blob_id: str) -> None:
    with transaction(conn):
        meta = get(conn, blob_id)
        conn.execute("DELETE FROM attachments WHERE id = ?", (blob_id,))
        audit.append(conn, "attachment_deleted", meta.id)
    checkpoint(conn)  # the row (name, description, key) leaves the WAL too
    fsio.remove_file(blobs_dir / meta.id)


def remove_files(blobs_dir: Path, blob_ids: list[BlobId]) -> None:
    for blob_id in blob_ids:
        fsio.remove_file(blobs_dir / blob_id)


def remove_orphans(conn: Connection, blobs_dir: Path, keep: Set[str] = frozenset()) -> int:
    """Delete files in blobs/ that no row refers to (a crash between rename and commit,
    or a deleted case); returns how many. `keep`: the decoy's files (storage/duress.py)."""
    known = {str(r[0]) for r in conn.execute("SELECT id FROM attachments")} | set(keep)
    removed = 0
    try:
        entries = list(blobs_dir.iterdir())
    except FileNotFoundError:
        return 0
    for entry in entries:
        if entry.is_file() and entry.name not in known:
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
            removed += 1
    if removed:
        # one flush of the folder for all of them: the decoy's sweep of a real vault's
        # files must not make a duress unlock slower than a normal one (bench/duress.py)
        fsio.fsync_dir(blobs_dir)
    return removed


def check(conn: Connection, blobs_dir: Path, deep: bool = False) -> list[str]:
    """Problems with attachment files: missing, wrong size, and with `deep`, any byte that
    fails authentication or the recorded SHA-256."""
    problems = []
    for (blob_id,) in conn.execute("SELECT id FROM attachments ORDER BY id").fetchall():
        try:
            if deep:
                stream_out(conn, blobs_dir, str(blob_id), lambda mv: None)
            else:
                with _open_verified(conn, blobs_dir, str(blob_id)):
                    pass
        except BlobCorrupt as err:
            problems.append(f"attachment {err.blob_id}: {err.reason}")
    return problems


class BlobSink:
    """A new attachment written by pushing bytes into it (a recording as it is made),
    where `attach` pulls them from a file.

    Each `write` is encrypted at once under a fresh file key (the same format as
    `attach`); no plaintext is ever written anywhere. The file is written through
    `fsio.atomic_writer`: private from its first byte, unnamed where the system allows
    (O_TMPFILE) or under a temporary name otherwise, and it becomes `blobs/<id>` only at
    `commit`, which then inserts the row and the audit entry in one transaction, exactly as
    `attach` does. `abort` (or any failure in `commit`) leaves nothing: no file, no row.
    The caller keeps one sink on one thread.
    """

    def __init__(
        self,
        conn: Connection,
        blobs_dir: Path,
        case_id: CaseId,
        filename: str,
        media_type: str,
        description: str = "",
    ) -> None:
        row = conn.execute("SELECT num FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise CaseNotFound(case_id)
        self._conn = conn
        self._case_id = case_id
        self._filename = filename or "attachment"
        self._media_type = media_type or "application/octet-stream"
        self._description = description
        self.blob_id = BlobId(uuid.uuid4().hex)
        self._target = blobs_dir / self.blob_id
        self._file_key = os.urandom(FILE_KEY_LEN)
        self._digest = hashlib.sha256()
        self._size = 0
        self._finished = False
        self._cm = fsio.atomic_writer(self._target)
        self._out = self._cm.__enter__()
        try:
            self._writer = PayloadWriter(self._out, self._file_key)
        except BaseException as err:
            self._cm.__exit__(type(err), err, err.__traceback__)
            raise

    @property
    def size(self) -> int:
        """Plaintext bytes written so far."""
        return self._size

    @property
    def finished(self) -> bool:
        """True after commit or abort (successful or not)."""
        return self._finished

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Encrypt `data` onto the end of the file. A failure aborts the sink: nothing of
        it remains."""
        if self._finished:
            raise ValueError("write to a finished sink")
        try:
            n = self._writer.write(data)
        except BaseException as err:
            # nothing is kept; an OSError (e.g. a full disk) surfaces as FileSystemError
            self._finished = True
            self._writer.abort()
            self._cm.__exit__(type(err), err, err.__traceback__)
            raise
        self._digest.update(data)
        self._size += n
        return n

    def commit(self) -> Attachment:
        """Close the encryption, make the file `blobs/<id>` and record it; then the
        attachment is in the vault. Any failure here leaves nothing behind."""
        if self._finished:
            raise ValueError("sink already finished")
        self._finished = True
        try:
            self._writer.close()
        except BaseException as err:
            self._cm.__exit__(type(err), err, err.__traceback__)
            raise
        self._cm.__exit__(None, None, None)  # fsync, name it, fsync the folder
        try:
            with transaction(self._conn):
                row = self._conn.execute(
                    "SELECT num FROM cases WHERE id = ?", (self._case_id,)
                ).fetchone()
                if row is None:
                    raise CaseNotFound(self._case_id)
                self._conn.execute(
                    "INSERT INTO attachments (id, case_num, filename, media_type, size, sha256, "
                    "file_key, description, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (self.blob_id, int(row[0]), self._filename, self._media_type, self._size,
                     self._digest.hexdigest(), self._file_key, self._description, now_utc()),
                )
                audit.append(self._conn, "attachment_added", self.blob_id)
        except BaseException:
            fsio.remove_file(self._target)
            raise
        return get(self._conn, self.blob_id)

    def abort(self) -> None:
        """Throw away everything written: nothing remains on disk or in the database."""
        if self._finished:
            return
        self._finished = True
        self._writer.abort()
        err = Cancelled()
        with contextlib.suppress(Cancelled):
            self._cm.__exit__(Cancelled, err, None)


def open_sink(
    conn: Connection,
    blobs_dir: Path,
    case_id: CaseId,
    filename: str,
    media_type: str,
    description: str = "",
) -> BlobSink:
    """Start a new attachment of `case_id` that is written by pushing bytes (see BlobSink)."""
    return BlobSink(conn, blobs_dir, case_id, filename, media_type, description)
