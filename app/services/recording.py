"""Recording an interview straight into the vault, as it is spoken.

Audio arrives as raw little-endian PCM from whatever captures it (QtMultimedia in the
desktop app, a generated tone in the tests) and is pushed into a `storage.blobs.BlobSink`:
each piece is encrypted the moment it arrives, so no plaintext copy exists at any time,
on disk or elsewhere. After `stop()` returns, the recording is an ordinary attachment of the
case (media type audio/wav), verified and listed like any other.

The WAV header must come first, but the length is unknown until the end, and an encrypted
stream cannot be rewritten in place. So the header uses the streaming convention: the RIFF
and data chunk sizes are 0xFFFFFFFF, meaning "until the end of the file" (what ffmpeg and
sox write to pipes; ffmpeg, VLC, Audacity and Python's `wave` read it). `app.services.wav`
reads both this form and ordinary WAV files, always trusting the real length of the data
over the header. The true size and SHA-256 are kept in the attachment's row as for every
file.
"""

from __future__ import annotations

import datetime as dt
import math
import struct
import sys
from array import array

from storage import blobs, cases
from storage.blobs import Attachment, BlobSink
from storage.vault import Vault

MEDIA_TYPE = "audio/wav"
STREAMING_SIZE = 0xFFFFFFFF
HEADER_SIZE = 44
# The data may not reach the "unknown length" marker; 4 GiB is ~37 hours at 16 kHz mono.
MAX_DATA = STREAMING_SIZE - HEADER_SIZE
_FORMAT_PCM = 1
_ARRAY_CODES = {1: "B", 2: "h", 4: "i"}


def wav_header(sample_rate: int, channels: int, sample_width: int) -> bytes:
    """A 44-byte PCM WAV header with the streaming sizes (0xFFFFFFFF, length unknown)."""
    block = channels * sample_width
    return (
        b"RIFF" + struct.pack("<I", STREAMING_SIZE) + b"WAVE"
        + b"fmt " + struct.pack("<IHHIIHH", 16, _FORMAT_PCM, channels, sample_rate,
                                sample_rate * block, block, sample_width * 8)
        + b"data" + struct.pack("<I", STREAMING_SIZE)
    )


def level(pcm: bytes | bytearray | memoryview, sample_width: int) -> float:
    """The loudness of a piece of PCM, 0.0 (silence) to 1.0 (full scale): its RMS."""
    code = _ARRAY_CODES.get(sample_width)
    usable = len(pcm) - len(pcm) % sample_width
    if code is None or usable <= 0:
        return 0.0
    samples = array(code)
    samples.frombytes(bytes(pcm[:usable]))
    if sys.byteorder == "big" and sample_width > 1:
        samples.byteswap()
    if sample_width == 1:
        centre, full = 128.0, 128.0
        total = math.fsum((s - centre) ** 2 for s in samples)
    else:
        full = float(1 << (8 * sample_width - 1))
        total = math.fsum(float(s) * s for s in samples)
    return min(1.0, math.sqrt(total / len(samples)) / full)


class Recording:
    """One recording being made. Feed it PCM; pause and resume; `stop()` makes it a
    saved attachment, `discard()` throws it away. Used from one thread."""

    def __init__(self, sink: BlobSink, sample_rate: int, channels: int, sample_width: int) -> None:
        if sample_width not in _ARRAY_CODES or channels < 1 or sample_rate < 1:
            raise ValueError("unsupported audio format")
        self._sink = sink
        self.sample_rate = sample_rate
        self.channels = channels
        self.sample_width = sample_width
        self._block = channels * sample_width
        self._partial = b""
        self._data = 0
        self.level = 0.0
        self.paused = False
        self.full = False
        sink.write(wav_header(sample_rate, channels, sample_width))

    @property
    def blob_id(self) -> str:
        return self._sink.blob_id

    @property
    def finished(self) -> bool:
        return self._sink.finished

    @property
    def frames(self) -> int:
        return self._data // self._block

    @property
    def elapsed(self) -> float:
        """Seconds recorded so far (paused time does not count)."""
        return self.frames / self.sample_rate

    def feed(self, pcm: bytes | bytearray | memoryview) -> None:
        """Encrypt and store this audio (whole frames; a split frame waits for the rest).
        While paused the audio is dropped; once `full`, so is everything more."""
        if self._sink.finished:
            raise ValueError("the recording is finished")
        if self.paused or self.full or not pcm:
            if self.paused:
                self.level = 0.0
            return
        data = self._partial + bytes(pcm)
        whole = len(data) - len(data) % self._block
        self._partial = data[whole:]
        room = MAX_DATA - self._data
        room -= room % self._block
        if whole >= room:
            whole = room
            self.full = True
            self._partial = b""
        if whole <= 0:
            return
        chunk = data[:whole]
        self._sink.write(chunk)
        self._data += whole
        self.level = level(chunk, self.sample_width)

    def pause(self) -> None:
        self.paused = True
        self.level = 0.0
        self._partial = b""

    def resume(self) -> None:
        self.paused = False

    def stop(self) -> Attachment:
        """Finish the recording: from the moment this returns it is safe in the vault."""
        self._partial = b""
        return self._sink.commit()

    def discard(self) -> None:
        """Throw the recording away; nothing of it remains."""
        self._partial = b""
        self._sink.abort()


def default_filename(now: dt.datetime | None = None) -> str:
    moment = now or dt.datetime.now().astimezone()
    return moment.strftime("Recording %Y-%m-%d %H-%M-%S.wav")


def start(
    vault: Vault,
    case_key: str,
    sample_rate: int = 16000,
    channels: int = 1,
    sample_width: int = 2,
    *,
    filename: str | None = None,
    description: str = "",
) -> Recording:
    """Begin a new recording of the case `case_key` (id or reference)."""
    case_id = cases.resolve(vault.conn, case_key)
    sink = blobs.open_sink(vault.conn, vault.blobs_dir, case_id, filename or default_filename(),
                           MEDIA_TYPE, description)
    try:
        return Recording(sink, sample_rate, channels, sample_width)
    except BaseException:
        sink.abort()
        raise
