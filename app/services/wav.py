"""A small RIFF/WAVE reader: the only way a recording reaches the speakers (DESIGN.md
section 6, "Hostile content": no FFmpeg or system decoder ever sees an attachment's bytes).

It accepts integer PCM only (format 1, or WAVE_FORMAT_EXTENSIBLE whose sub-format is PCM),
8, 16, 24 or 32 bits, 1 to 8 channels, 1 kHz to 384 kHz, and returns the samples as they
are, ready for a QAudioSink; 24-bit samples are widened to 32-bit, which the sound system
can take. A data size larger than what is there (the 0xFFFFFFFF "until the end" of
Guvoh's own streamed recordings, see app.services.recording, or a file cut short) means
"to the end", and only whole frames are kept. Everything else raises WavUnreadable.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from app.services.errors import WavUnreadable

_FORMAT_PCM = 1
_FORMAT_EXTENSIBLE = 0xFFFE
# The rest of the KSDATAFORMAT_SUBTYPE_PCM GUID after its first two bytes (0x0001).
_PCM_GUID_TAIL = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"
MAX_CHANNELS = 8
MIN_RATE, MAX_RATE = 1_000, 384_000
MAX_DATA = 1 << 30  # a recording is played from memory: at most 1 GiB of samples
_MAX_CHUNKS = 10_000


@dataclass(frozen=True, slots=True)
class WavSound:
    sample_rate: int
    channels: int
    sample_width: int  # bytes per sample as played: 1 (unsigned), 2 or 4 (signed)
    pcm: bytes | memoryview  # whole frames only, little-endian
    bits: int  # bits per sample in the file (24 is played as 32)

    @property
    def frames(self) -> int:
        return len(self.pcm) // (self.channels * self.sample_width)

    @property
    def duration(self) -> float:
        return self.frames / self.sample_rate


def read_wav(data: bytes | bytearray | memoryview) -> WavSound:
    """The format and the samples of a WAV file held in memory, or WavUnreadable with the
    reason: not_wav, no_format, no_data, unsupported, too_large."""
    view = memoryview(data)
    if len(view) < 12 or bytes(view[:4]) != b"RIFF" or bytes(view[8:12]) != b"WAVE":
        raise WavUnreadable("not_wav")
    pos = 12
    fmt: tuple[int, int, int] | None = None
    for _ in range(_MAX_CHUNKS):
        if pos + 8 > len(view):
            break
        chunk_id = bytes(view[pos : pos + 4])
        (size,) = struct.unpack_from("<I", view, pos + 4)
        body = pos + 8
        if chunk_id == b"fmt ":
            fmt = _format(view, body, size)
        elif chunk_id == b"data":
            if fmt is None:
                raise WavUnreadable("no_format")
            return _samples(view, body, size, *fmt)
        pos = body + size + (size & 1)
    raise WavUnreadable("no_format" if fmt is None else "no_data")


def _format(view: memoryview, body: int, size: int) -> tuple[int, int, int]:
    """(channels, rate, bits) of a "fmt " chunk, checked."""
    if size < 16 or body + 16 > len(view):
        raise WavUnreadable("no_format")
    tag, channels, rate, _byte_rate, block, bits = struct.unpack_from("<HHIIHH", view, body)
    if tag == _FORMAT_EXTENSIBLE:
        if size < 40 or body + 40 > len(view):
            raise WavUnreadable("no_format")
        (tag,) = struct.unpack_from("<H", view, body + 24)
        if bytes(view[body + 26 : body + 40]) != _PCM_GUID_TAIL:
            raise WavUnreadable("unsupported")
    if (tag != _FORMAT_PCM or bits not in (8, 16, 24, 32)
            or not 1 <= channels <= MAX_CHANNELS or not MIN_RATE <= rate <= MAX_RATE
            or block != channels * bits // 8):
        raise WavUnreadable("unsupported")
    return channels, rate, bits


def _samples(view: memoryview, body: int, size: int, channels: int, rate: int,
             bits: int) -> WavSound:
    end = min(len(view), body + size)
    if end - body > MAX_DATA:
        raise WavUnreadable("too_large")
    block = channels * bits // 8
    end -= (end - body) % block
    if end <= body:
        raise WavUnreadable("no_data")
    pcm = view[body:end]
    if bits == 24:
        return WavSound(rate, channels, 4, widen_24(pcm), bits)
    return WavSound(rate, channels, bits // 8, pcm, bits)


def widen_24(pcm: bytes | bytearray | memoryview) -> bytes:
    """24-bit little-endian samples as 32-bit ones (the low byte zero), same loudness."""
    src = bytes(pcm)
    count = len(src) // 3
    out = bytearray(count * 4)
    out[1::4] = src[0 : count * 3 : 3]
    out[2::4] = src[1 : count * 3 : 3]
    out[3::4] = src[2 : count * 3 : 3]
    return bytes(out)
