"""Recording straight into the vault: the push-style blob writer and the WAV stream."""

from __future__ import annotations

import contextlib
import errno
import io
import math
import os
import struct
import wave
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services import cases as svc
from app.services import recording
from app.services.errors import WavUnreadable
from app.services.wav import read_wav as parse_wav
from storage import blobs, fsio
from storage.errors import BlobCorrupt, CaseNotFound, FileSystemError
from storage.ids import CaseId
from storage.vault import Vault
from tests.casedata import minimal


@pytest.fixture
def case_id(vault: Vault) -> str:
    return svc.add_case(vault, minimal()).id


def sine(frames: int, rate: int = 16000, freq: float = 440.0, amp: float = 0.5) -> bytes:
    samples = array("h", (int(amp * 32767 * math.sin(2 * math.pi * freq * i / rate))
                          for i in range(frames)))
    return samples.tobytes()


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def _audit_kinds(vault: Vault) -> list[str]:
    return [str(r[0]) for r in vault.conn.execute("SELECT action FROM audit_log ORDER BY seq")]


def test_sink_round_trip_and_nothing_visible_before_commit(vault: Vault, case_id: str) -> None:
    before = _files(vault.path)
    sink = blobs.open_sink(vault.conn, vault.blobs_dir, CaseId(case_id), "note.bin",
                           "application/octet-stream")
    parts = [os.urandom(n) for n in (1, 70000, 0, 65536, 3)]
    for part in parts:
        sink.write(part)
        assert _files(vault.path) == before  # unnamed until commit
    assert svc.list_attachments(vault, case_id) == []
    blob = sink.commit()
    assert _files(vault.path) == before | {f"blobs/{blob.id}"}
    assert blob.size == sum(map(len, parts))
    assert blob.filename == "note.bin"
    assert svc.read_attachment(vault, blob.id) == b"".join(parts)
    assert [a.id for a in svc.list_attachments(vault, case_id)] == [blob.id]
    assert "attachment_added" in _audit_kinds(vault)


def test_sink_abort_leaves_nothing(vault: Vault, case_id: str) -> None:
    before = _files(vault.path)
    sink = blobs.open_sink(vault.conn, vault.blobs_dir, CaseId(case_id), "x.wav", "audio/wav")
    sink.write(os.urandom(200000))
    sink.abort()
    sink.abort()  # twice is harmless
    assert sink.finished
    assert _files(vault.path) == before
    assert svc.list_attachments(vault, case_id) == []
    with pytest.raises(ValueError, match="finished"):
        sink.write(b"more")


def test_sink_for_unknown_case_is_refused(vault: Vault) -> None:
    with pytest.raises(CaseNotFound):
        blobs.open_sink(vault.conn, vault.blobs_dir, CaseId("nope"), "x", "audio/wav")


def test_sink_commit_after_case_deleted_leaves_nothing(vault: Vault, case_id: str) -> None:
    before = _files(vault.path)
    sink = blobs.open_sink(vault.conn, vault.blobs_dir, CaseId(case_id), "x.wav", "audio/wav")
    sink.write(b"abc")
    svc.delete_case(vault, case_id)
    before = _files(vault.path)
    with pytest.raises(CaseNotFound):
        sink.commit()
    assert _files(vault.path) == before


def test_record_sine_into_vault(vault: Vault, case_id: str) -> None:
    rec = recording.start(vault, case_id, 16000, 1, 2)
    pcm = sine(16000)
    for i in range(0, len(pcm), 999):  # odd sizes split frames
        rec.feed(pcm[i : i + 999])
    assert rec.frames == 16000
    assert rec.elapsed == pytest.approx(1.0)
    assert 0.3 < rec.level < 0.4  # RMS of a sine at half scale is ~0.354
    rec.pause()
    rec.feed(sine(8000))  # dropped while paused
    assert rec.level == 0.0
    rec.resume()
    rec.feed(sine(4000))
    blob = rec.stop()
    assert blob.media_type == "audio/wav"
    assert blob.filename.startswith("Recording ")
    data = svc.read_attachment(vault, blob.id)
    assert data[:44] == recording.wav_header(16000, 1, 2)
    audio = parse_wav(data)
    assert (audio.sample_rate, audio.channels, audio.sample_width) == (16000, 1, 2)
    assert audio.frames == 20000
    assert bytes(audio.pcm) == pcm + sine(4000)
    with wave.open(io.BytesIO(data)) as w:  # the stdlib reads the streaming header too
        assert w.getframerate() == 16000
        assert w.readframes(1 << 30) == pcm + sine(4000)


def test_discard_leaves_nothing(vault: Vault, case_id: str) -> None:
    before = _files(vault.path)
    rec = recording.start(vault, case_id)
    rec.feed(sine(1000))
    rec.discard()
    assert rec.finished
    assert _files(vault.path) == before
    assert svc.list_attachments(vault, case_id) == []


def test_tampered_recording_is_refused(vault: Vault, case_id: str) -> None:
    rec = recording.start(vault, case_id)
    rec.feed(sine(1000))
    blob = rec.stop()
    path = vault.blobs_dir / blob.id
    raw = bytearray(path.read_bytes())
    raw[40] ^= 1
    path.write_bytes(bytes(raw))
    with pytest.raises(BlobCorrupt):
        svc.read_attachment(vault, blob.id)


def test_full_recording_stops_accepting(vault: Vault, case_id: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recording, "MAX_DATA", 1001)
    rec = recording.start(vault, case_id)
    rec.feed(b"\x01\x00" * 400)
    assert not rec.full
    rec.feed(b"\x01\x00" * 400)
    assert rec.full
    assert rec.frames == 500
    rec.feed(b"\x01\x00" * 10)
    assert rec.frames == 500
    assert rec.stop().size == 44 + 1000


def test_level_of_formats() -> None:
    assert recording.level(b"", 2) == 0.0
    assert recording.level(b"\x00\x00" * 10, 2) == 0.0
    assert recording.level(struct.pack("<4h", 32767, -32767, 32767, -32767), 2) == pytest.approx(
        1.0, abs=1e-4)
    assert recording.level(bytes([128] * 10), 1) == 0.0
    assert recording.level(bytes([0, 255] * 5), 1) > 0.99
    assert recording.level(struct.pack("<2i", 2**30, -(2**30)), 4) == pytest.approx(0.5)


def test_parse_ordinary_wav() -> None:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(sine(300))
    audio = parse_wav(buf.getvalue())
    assert (audio.sample_rate, audio.channels, audio.frames) == (8000, 2, 150)
    assert audio.duration == pytest.approx(150 / 8000)


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "not_wav"),
    (b"RIFF\0\0\0\0AVI LIST", "not_wav"),
    (b"RIFF\0\0\0\0WAVE", "no_format"),
    (b"RIFF\0\0\0\0WAVEdata\4\0\0\0abcd", "no_format"),
    (recording.wav_header(16000, 1, 2)[:36], "no_data"),
    (recording.wav_header(16000, 1, 5), "unsupported"),
    (recording.wav_header(16000, 9, 2), "unsupported"),
])
def test_parse_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(WavUnreadable) as info:
        parse_wav(data)
    assert info.value.reason == reason


@given(st.binary(max_size=200))
def test_parse_never_crashes(tail: bytes) -> None:
    for head in (b"", b"RIFF\xff\xff\xff\xffWAVE", recording.wav_header(8000, 1, 2)[:36]):
        try:
            audio = parse_wav(head + tail)
        except WavUnreadable:
            continue
        assert len(audio.pcm) % (audio.channels * audio.sample_width) == 0


def test_sink_where_unnamed_files_are_unsupported(vault: Vault, case_id: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """On file systems without O_TMPFILE the file has a temporary name until commit."""
    monkeypatch.setattr(fsio, "_open_unnamed", lambda folder: None)
    before = _files(vault.path)
    sink = blobs.open_sink(vault.conn, vault.blobs_dir, CaseId(case_id), "a.wav", "audio/wav")
    sink.write(b"x" * 1000)
    [temp] = _files(vault.path) - before
    assert Path(temp).name.startswith(fsio.TEMP_PREFIX)
    sink.abort()
    assert _files(vault.path) == before
    sink = blobs.open_sink(vault.conn, vault.blobs_dir, CaseId(case_id), "b.wav", "audio/wav")
    sink.write(b"y" * 1000)
    blob = sink.commit()
    assert _files(vault.path) == before | {f"blobs/{blob.id}"}
    assert svc.read_attachment(vault, blob.id) == b"y" * 1000


class _FailAfter:
    """A file that accepts `limit` bytes, then fails as a full disk does."""

    def __init__(self, inner: BinaryIO, limit: int) -> None:
        self.inner = inner
        self.left = limit

    def write(self, data: bytes | memoryview) -> int:
        if len(data) > self.left:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.left -= len(data)
        return self.inner.write(data)

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)


def test_disk_full_while_recording_leaves_nothing(vault: Vault, case_id: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    real = fsio.atomic_writer

    @contextlib.contextmanager
    def failing(target: Path, **kw: bool) -> Iterator[BinaryIO]:
        with real(target, **kw) as fh:
            yield _FailAfter(fh, 200_000)  # type: ignore[misc]

    monkeypatch.setattr(blobs.fsio, "atomic_writer", failing)
    monkeypatch.setattr(fsio, "_open_unnamed", lambda folder: None)  # named temp file too
    before = _files(vault.path)
    rec = recording.start(vault, case_id)
    with pytest.raises(FileSystemError) as info:
        for _ in range(100):
            rec.feed(sine(16000))
    assert info.value.reason == "disk_full"
    assert rec.finished  # the sink aborted itself
    assert _files(vault.path) == before
    assert svc.list_attachments(vault, case_id) == []
