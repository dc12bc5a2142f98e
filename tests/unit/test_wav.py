"""app.services.wav: the only reader that stands between a recording's bytes and the
speakers (issue 13, item 2). Good headers of every supported kind, the recorder's own
streamed form, and each kind of bad header as WavUnreadable with its reason."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services import recording, wav
from app.services.errors import WavUnreadable
from tests import attachment_files as files


@pytest.mark.parametrize(("bits", "channels", "rate", "width"), [
    (8, 1, 8000, 1), (16, 2, 44100, 2), (24, 2, 48000, 4), (32, 1, 96000, 4),
    (16, 8, 384000, 2), (16, 1, 1000, 2),
])
def test_good_pcm(bits: int, channels: int, rate: int, width: int) -> None:
    sound = wav.read_wav(files.wav(rate=rate, channels=channels, bits=bits, frames=1000))
    assert (sound.sample_rate, sound.channels, sound.sample_width, sound.bits) == (
        rate, channels, width, bits)
    assert sound.frames == 1000
    assert sound.duration == pytest.approx(1000 / rate)


def test_24_bit_is_widened_to_32_bit_with_the_same_values() -> None:
    samples = [0, 1, -1, 0x7FFFFF, -0x800000, 12345]
    pcm = b"".join(s.to_bytes(3, "little", signed=True) for s in samples)
    sound = wav.read_wav(files.wav(bits=24, pcm=pcm, frames=len(samples)))
    widened = struct.unpack(f"<{len(samples)}i", bytes(sound.pcm))
    assert [w >> 8 for w in widened] == samples


def test_extensible_pcm_and_odd_chunks_before_data() -> None:
    data = files.wav(bits=16, channels=2, frames=10, extensible=True)
    assert wav.read_wav(data).frames == 10
    # a LIST chunk of odd size (padded) between fmt and data
    fmt_end = data.index(b"data")
    odd = data[:fmt_end] + b"LIST" + struct.pack("<I", 3) + b"abc\x00" + data[fmt_end:]
    assert wav.read_wav(odd).frames == 10


def test_the_recorders_streamed_form_plays_to_the_end() -> None:
    # exactly what app.services.recording writes: sizes 0xFFFFFFFF, data to the end
    header = recording.wav_header(16000, 1, 2)
    sound = wav.read_wav(header + b"\x10\x00" * 16000 + b"\x01")  # a half frame at the end
    assert (sound.sample_rate, sound.channels, sound.sample_width) == (16000, 1, 2)
    assert sound.frames == 16000
    streamed = files.wav(bits=24, channels=2, frames=50, streaming=True)
    assert wav.read_wav(streamed).frames == 50


def _bad() -> list[tuple[bytes, str]]:
    good = files.wav(frames=10)
    fmt_at = good.index(b"fmt ")
    data_at = good.index(b"data")
    return [
        (b"", "not_wav"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "not_wav"),
        (files.mp3(), "not_wav"),
        (good[:12], "no_format"),
        (good[:fmt_at] + good[data_at:], "no_format"),  # data without fmt
        (good[: fmt_at + 8 + 10], "no_format"),  # fmt cut short
        (good[:data_at], "no_data"),
        (good[: data_at + 8], "no_data"),  # an empty data chunk
        (files.wav(tag=3, bits=32), "unsupported"),  # IEEE float
        (files.wav(tag=0x55), "unsupported"),  # MP3 inside a WAV
        (files.wav(tag=3, bits=32, extensible=True), "unsupported"),  # float, extensible
        (files.wav(bits=12, frames=10), "unsupported"),
        (files.wav(channels=0), "unsupported"),
        (files.wav(channels=9, frames=10), "unsupported"),
        (files.wav(rate=999), "unsupported"),
        (files.wav(rate=384001), "unsupported"),
        (good.replace(struct.pack("<H", 2) + struct.pack("<H", 16), struct.pack("<HH", 4, 16)),
         "unsupported"),  # block align that does not match the channels and bits
    ]


@pytest.mark.parametrize(("data", "reason"), _bad())
def test_bad_headers(data: bytes, reason: str) -> None:
    with pytest.raises(WavUnreadable) as caught:
        wav.read_wav(data)
    assert caught.value.reason == reason


def test_too_much_data(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wav, "MAX_DATA", 100)
    with pytest.raises(WavUnreadable) as caught:
        wav.read_wav(files.wav(frames=51))
    assert caught.value.reason == "too_large"
    assert wav.read_wav(files.wav(frames=50)).frames == 50


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=80), st.integers(min_value=0, max_value=255))
def test_a_changed_header_byte_gives_sound_or_a_typed_refusal(at: int, value: int) -> None:
    data = bytearray(files.wav(frames=20, channels=2))
    data[at] = value
    try:
        sound = wav.read_wav(bytes(data))
    except WavUnreadable as err:
        reason = err.reason
        sound = None
    if sound is None:
        assert reason in {"not_wav", "no_format", "no_data", "unsupported", "too_large"}
        return
    assert len(sound.pcm) % (sound.channels * sound.sample_width) == 0
    assert 1 <= sound.channels <= wav.MAX_CHANNELS
