"""Audio metadata (issue 16 item 4): files made here by hand, tags written by hand or by
exiftool, read by app.sandbox.metadata.audio, cleaned, and the clean copies checked with
exiftool and mat2 as references; the sound itself unchanged."""

from __future__ import annotations

import contextlib
import json
import struct
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.sandbox.metadata import audio
from app.sandbox.metadata.model import (
    AUTHOR,
    DATE,
    DEVICE,
    LOCATION,
    OTHER,
    SOFTWARE,
    Finding,
    Format,
    MetadataUnreadable,
)
from app.services.wav import read_wav

NAME = "Alisher Karimov"
ENCODER = "Lavf58.76.100"
PLACE = "+41.3111+069.2797/"
PLACE_SHOWN = "41.3111 N 69.2797 E"  # how model.Finding gives a GPS position


def _exiftool(path: Path) -> dict[str, object]:
    out = subprocess.run(["exiftool", "-j", "-G", "-a", str(path)], capture_output=True,
                         check=True, timeout=60).stdout
    result: dict[str, object] = json.loads(out)[0]
    return result


def _mat2_show(path: Path) -> str:
    return subprocess.run(["mat2", "--show", str(path)], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def _values(tags: dict[str, object]) -> str:
    own = ("System:", "File:", "SourceFile", "ExifTool:")
    return json.dumps({k: v for k, v in tags.items() if not k.startswith(own)})


def _format(name: str) -> Format:
    return next(f for f in audio.FORMATS if f.name == name)


def _kinds(findings: list[Finding]) -> dict[str, str]:
    return {f.value: f.kind for f in findings}


# ---- MP3 -------------------------------------------------------------------------------

def _id3v23(frames: list[tuple[bytes, bytes]]) -> bytes:
    body = b"".join(fid + struct.pack(">IH", len(data), 0) + data for fid, data in frames)
    size = len(body)
    syncsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    return b"ID3\x03\x00\x00" + syncsafe + body


def _id3_frames() -> list[tuple[bytes, bytes]]:
    return [
        (b"TPE1", b"\x00" + NAME.encode()),
        (b"TSSE", b"\x00" + ENCODER.encode()),
        (b"TYER", b"\x002026"),
        (b"TIT2", b"\x00Interview 3"),
        (b"TXXX", b"\x00location\x00" + PLACE.encode()),
        (b"TXXX", b"\x00device model\x00Pixel 7"),
        (b"COMM", b"\x00eng\x00recorded at home"),
    ]


def _mp3_frames(count: int = 12) -> bytes:
    # MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, mono, no CRC: 417 bytes a frame; all-zero side
    # information and main data decode as silence.
    frame = b"\xff\xfb\x90\xc0" + bytes(413)
    return frame * count


def _id3v1() -> bytes:
    return (b"TAG" + b"Interview 3".ljust(30, b"\x00") + NAME.encode().ljust(30, b"\x00")
            + b"".ljust(30, b"\x00") + b"2026" + b"v1 comment".ljust(30, b"\x00") + b"\xff")


def test_mp3_id3v2_and_v1_read_and_cleaned(tmp_path: Path) -> None:
    frames = _mp3_frames()
    data = _id3v23(_id3_frames()) + frames + _id3v1()
    assert _format("mp3").sniff(data[:4096])
    kinds = _kinds(_format("mp3").read(data))
    assert kinds[NAME] == AUTHOR
    assert kinds[ENCODER] == SOFTWARE
    assert kinds["2026"] == DATE
    assert kinds[PLACE_SHOWN] == LOCATION
    assert kinds["Pixel 7"] == DEVICE
    assert kinds["Interview 3"] == OTHER
    original = tmp_path / "a.mp3"
    original.write_bytes(data)
    assert NAME in _values(_exiftool(original))  # the references see what we wrote
    assert NAME in _mat2_show(original)

    cleaned = _format("mp3").clean(data)
    assert cleaned == frames  # the audio frames, byte for byte, and nothing else
    assert _format("mp3").read(cleaned) == []
    path = tmp_path / "clean.mp3"
    path.write_bytes(cleaned)
    tags = _values(_exiftool(path))
    for leak in (NAME, ENCODER, "2026", "41.3111", "Pixel"):
        assert leak not in tags
    assert "No metadata found" in _mat2_show(path)


# ---- FLAC ------------------------------------------------------------------------------

def _crc8(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


def _crc16(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x8005) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def _flac_frame(number: int, value: int) -> bytes:
    # Fixed 4096-sample block, 44.1 kHz, mono, 16 bits; one CONSTANT subframe.
    header = b"\xff\xf8\xc9\x08" + bytes([number])
    header += bytes([_crc8(header)])
    body = header + b"\x00" + struct.pack(">h", value)
    return body + struct.pack(">H", _crc16(body))


def _vorbis_comment(vendor: str, comments: list[str]) -> bytes:
    out = struct.pack("<I", len(vendor)) + vendor.encode() + struct.pack("<I", len(comments))
    for comment in comments:
        out += struct.pack("<I", len(comment.encode())) + comment.encode()
    return out


_COMMENTS = [f"ARTIST={NAME}", "DATE=2026-03-04", f"ENCODER={ENCODER}", f"LOCATION={PLACE}",
             "TITLE=Interview 3"]


def _flac(frames: bytes) -> bytes:
    streaminfo = struct.pack(">HH", 4096, 4096) + bytes(6)
    # 44100 Hz (20 bits), 1 channel (3 bits: 0), 16 bits (5 bits: 15), 8192 samples (36 bits)
    packed = (44100 << 44) | (0 << 41) | (15 << 36) | 8192
    streaminfo += packed.to_bytes(8, "big") + bytes(16)
    comment = _vorbis_comment("reference libFLAC 1.3.4 20220220", _COMMENTS)
    return (b"fLaC" + b"\x00" + len(streaminfo).to_bytes(3, "big") + streaminfo
            + b"\x84" + len(comment).to_bytes(3, "big") + comment + frames)


def test_flac_vorbis_comments_read_and_cleaned(tmp_path: Path) -> None:
    frames = _flac_frame(0, 0) + _flac_frame(1, 100)
    data = _flac(frames)
    assert _format("flac").sniff(data[:4096])
    assert not _format("mp3").sniff(data[:4096])
    kinds = _kinds(_format("flac").read(data))
    assert kinds[NAME] == AUTHOR
    assert kinds[ENCODER] == SOFTWARE
    assert kinds["reference libFLAC 1.3.4 20220220"] == SOFTWARE
    assert kinds["2026-03-04"] == DATE
    assert kinds[PLACE_SHOWN] == LOCATION
    original = tmp_path / "a.flac"
    original.write_bytes(data)
    assert NAME in _values(_exiftool(original))
    assert NAME in _mat2_show(original)

    cleaned = _format("flac").clean(data)
    assert cleaned.endswith(frames)
    assert cleaned[: 8 + 34] == data[: 8 + 34]  # STREAMINFO as it was
    assert _format("flac").read(cleaned) == []
    path = tmp_path / "clean.flac"
    path.write_bytes(cleaned)
    tags = _values(_exiftool(path))
    for leak in (NAME, ENCODER, "2026", "41.3111", "libFLAC"):
        assert leak not in tags
    assert "No metadata found" in _mat2_show(path)


# ---- Ogg -------------------------------------------------------------------------------

def _ogg_crc(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = (crc << 1) ^ (0x04C11DB7 if crc & 0x80000000 else 0)
        crc &= 0xFFFFFFFF
    return crc


def _ogg_page(packets: list[bytes], seq: int, granule: int, flags: int) -> bytes:
    lacing = b""
    for packet in packets:
        lacing += b"\xff" * (len(packet) // 255) + bytes([len(packet) % 255])
    header = (b"OggS\x00" + bytes([flags]) + struct.pack("<qII", granule, 0x1234, seq)
              + b"\x00\x00\x00\x00" + bytes([len(lacing)]) + lacing)
    page = header + b"".join(packets)
    return page[:22] + struct.pack("<I", _ogg_crc(page)) + page[26:]


def _ogg_packets(data: bytes) -> list[bytes]:
    """Every packet of a single-stream Ogg file."""
    packets, current, pos = [], b"", 0
    while pos < len(data):
        assert data[pos : pos + 4] == b"OggS"
        count = data[pos + 26]
        lacing = data[pos + 27 : pos + 27 + count]
        pos += 27 + count
        for value in lacing:
            current += data[pos : pos + value]
            pos += value
            if value < 255:
                packets.append(current)
                current = b""
    return packets


def _opus(audio_packets: list[bytes]) -> bytes:
    head = b"OpusHead\x01\x01" + struct.pack("<HIhB", 312, 48000, 0, 0)
    tags = b"OpusTags" + _vorbis_comment("libopus 1.3.1", _COMMENTS)
    return (_ogg_page([head], 0, 0, 2) + _ogg_page([tags], 1, 0, 0)
            + _ogg_page(audio_packets, 2, 960 * len(audio_packets), 4))


def _vorbis(audio_packets: list[bytes]) -> bytes:
    ident = (b"\x01vorbis" + struct.pack("<IBIiii", 0, 1, 44100, 0, 128000, 0) + b"\xb8\x01")
    comment = b"\x03vorbis" + _vorbis_comment("Xiph.Org libVorbis I 20200704", _COMMENTS) + b"\x01"
    setup = b"\x05vorbis" + bytes(40)
    return (_ogg_page([ident], 0, 0, 2) + _ogg_page([comment, setup], 1, 0, 0)
            + _ogg_page(audio_packets, 2, 1024 * len(audio_packets), 4))


@pytest.mark.parametrize(("name", "make", "headers"), [("opus", _opus, 2), ("ogg", _vorbis, 3)])
def test_ogg_comments_read_and_cleaned(tmp_path: Path, name: str, make: object,
                                       headers: int) -> None:
    sound = [b"\xf8\xff\xfe"] * 5 if name == "opus" else [bytes([i * 2]) * 30 for i in range(5)]
    data = make(sound)  # type: ignore[operator]
    assert _format(name).sniff(data[:4096])
    assert [f.name for f in audio.FORMATS if f.sniff(data[:4096])] == [name]
    kinds = _kinds(_format(name).read(data))
    assert kinds[NAME] == AUTHOR
    assert kinds[ENCODER] == SOFTWARE
    assert kinds["2026-03-04"] == DATE
    assert kinds[PLACE_SHOWN] == LOCATION
    original = tmp_path / f"a.{name}"
    original.write_bytes(data)
    assert NAME in _values(_exiftool(original))
    assert NAME in _mat2_show(original)

    cleaned = _format(name).clean(data)
    assert _ogg_packets(cleaned)[headers:] == sound  # the audio packets unchanged
    assert _ogg_packets(cleaned)[0] == _ogg_packets(data)[0]  # the codec header too
    assert _format(name).read(cleaned) == []
    path = tmp_path / f"clean.{name}"
    path.write_bytes(cleaned)
    tags = _values(_exiftool(path))
    for leak in (NAME, ENCODER, "2026", "41.3111", "libopus", "libVorbis"):
        assert leak not in tags
    assert "No metadata found" in _mat2_show(path)


# ---- WAV -------------------------------------------------------------------------------

def _chunk(chunk_id: bytes, body: bytes) -> bytes:
    return chunk_id + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) & 1 else b"")


def _wav(pcm: bytes, *chunks: bytes) -> bytes:
    fmt = _chunk(b"fmt ", struct.pack("<HHIIHH", 1, 1, 8000, 16000, 2, 16))
    body = b"WAVE" + fmt + b"".join(chunks) + _chunk(b"data", pcm)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def test_wav_info_bext_and_id3_read_and_cleaned(tmp_path: Path) -> None:
    pcm = b"".join(struct.pack("<h", (i * 37) % 3000 - 1500) for i in range(800))
    info = _chunk(b"LIST", b"INFO" + _chunk(b"IART", NAME.encode() + b"\x00")
                  + _chunk(b"ISFT", b"Voice Recorder 2.1\x00")
                  + _chunk(b"ICRD", b"2026-03-04\x00") + _chunk(b"ICMT", b"at home\x00"))
    bext = _chunk(b"bext", b"Interview".ljust(256, b"\x00") + b"Zoom H5".ljust(32, b"\x00")
                  + b"REF123".ljust(32, b"\x00") + b"2026-03-04" + b"10:11:12" + bytes(64))
    id3 = _chunk(b"id3 ", _id3v23(_id3_frames()))
    data = _wav(pcm, info, bext, id3)
    assert [f.name for f in audio.FORMATS if f.sniff(data[:4096])] == ["wav"]
    kinds = _kinds(_format("wav").read(data))
    assert kinds[NAME] == AUTHOR
    assert kinds["Voice Recorder 2.1"] == SOFTWARE
    assert kinds["2026-03-04"] == DATE
    assert kinds["Zoom H5"] == AUTHOR
    assert kinds[PLACE_SHOWN] == LOCATION
    original = tmp_path / "a.wav"
    original.write_bytes(data)
    assert NAME in _values(_exiftool(original))
    assert NAME in _mat2_show(original)

    cleaned = _format("wav").clean(data)
    assert bytes(read_wav(cleaned).pcm) == pcm  # the samples, decoded, unchanged
    assert cleaned == _wav(pcm)
    assert _format("wav").read(cleaned) == []
    path = tmp_path / "clean.wav"
    path.write_bytes(cleaned)
    tags = _values(_exiftool(path))
    for leak in (NAME, "Voice Recorder", "2026", "Zoom", "41.3111"):
        assert leak not in tags
    assert "No metadata found" in _mat2_show(path)


# ---- M4A -------------------------------------------------------------------------------

def _box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", 8 + len(body)) + kind + body


def _m4a(samples: list[bytes]) -> bytes:
    """A minimal AAC-in-MP4 file: ftyp, moov (dated headers, one sound track), mdat."""
    created = 3_850_000_000  # seconds since 1904: 2025
    mvhd = _box(b"mvhd", struct.pack(">BxxxIIII", 0, created, created, 44100, 1024 * len(samples))
                + struct.pack(">IH", 0x00010000, 0x0100) + bytes(10)
                + struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
                + bytes(24) + struct.pack(">I", 2))
    tkhd = _box(b"tkhd", struct.pack(">BxxBIIIII", 0, 7, created, created, 1, 0,
                                     1024 * len(samples))
                + bytes(8) + struct.pack(">hhhh", 0, 0, 0x0100, 0)
                + struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
                + bytes(8))
    mdhd = _box(b"mdhd", struct.pack(">BxxxIIIIHH", 0, created, created, 44100,
                                     1024 * len(samples), 0x55C4, 0))
    hdlr = _box(b"hdlr", bytes(4) + b"\x00\x00\x00\x00soun" + bytes(12) + b"\x00")
    esds = _box(b"esds", bytes(4) + b"\x03\x19\x00\x01\x00\x04\x11\x40\x15" + bytes(11)
                + b"\x05\x02\x12\x08\x06\x01\x02")
    mp4a = _box(b"mp4a", bytes(6) + struct.pack(">H", 1) + bytes(8)
                + struct.pack(">HHHHI", 1, 16, 0, 0, 44100 << 16) + esds)
    stsd = _box(b"stsd", bytes(4) + struct.pack(">I", 1) + mp4a)
    stts = _box(b"stts", bytes(4) + struct.pack(">III", 1, len(samples), 1024))
    stsc = _box(b"stsc", bytes(4) + struct.pack(">IIII", 1, 1, len(samples), 1))
    stsz = _box(b"stsz", bytes(4) + struct.pack(">II", 0, len(samples))
                + b"".join(struct.pack(">I", len(s)) for s in samples))

    def build(offset: int) -> bytes:
        stco = _box(b"stco", bytes(4) + struct.pack(">II", 1, offset))
        stbl = _box(b"stbl", stsd + stts + stsc + stsz + stco)
        dinf = _box(b"dinf", _box(b"dref", bytes(4) + struct.pack(">I", 1)
                                  + _box(b"url ", b"\x00\x00\x00\x01")))
        minf = _box(b"minf", _box(b"smhd", bytes(8)) + dinf + stbl)
        trak = _box(b"trak", tkhd + _box(b"mdia", mdhd + hdlr + minf))
        return _box(b"moov", mvhd + trak)

    ftyp = _box(b"ftyp", b"M4A \x00\x00\x00\x00M4A mp42isom")
    moov = build(0)
    moov = build(len(ftyp) + len(moov) + 8)
    return ftyp + moov + _box(b"mdat", b"".join(samples))


def _m4a_samples(data: bytes) -> list[bytes]:
    """The sound samples where the file's own chunk offset and sample sizes say they are."""
    stco = data.index(b"stco")
    (offset,) = struct.unpack_from(">I", data, stco + 12)
    stsz = data.index(b"stsz")
    (count,) = struct.unpack_from(">I", data, stsz + 12)
    sizes = struct.unpack_from(f">{count}I", data, stsz + 16)
    samples = []
    for size in sizes:
        samples.append(data[offset : offset + size])
        offset += size
    return samples


def test_m4a_tags_written_by_exiftool_read_and_cleaned(tmp_path: Path) -> None:
    samples = [bytes([0x21, 0x10 + i]) + bytes(range(i, i + 40)) for i in range(6)]
    path = tmp_path / "a.m4a"
    path.write_bytes(_m4a(samples))
    subprocess.run(["exiftool", "-q", "-overwrite_original", f"-Artist={NAME}",
                    f"-Encoder={ENCODER}", "-ContentCreateDate=2026:03:04 10:11:12",
                    "-GPSCoordinates=41.3111 N, 69.2797 E", "-Make=Samsung", "-Model=iPhone 15",
                    "-Title=Interview 3", str(path)], check=True, timeout=60)
    data = path.read_bytes()
    assert _m4a_samples(data) == samples  # exiftool moved them and said where
    assert [f.name for f in audio.FORMATS if f.sniff(data[:4096])] == ["m4a"]
    findings = _format("m4a").read(data)
    kinds = _kinds(findings)
    assert kinds[NAME] == AUTHOR
    assert kinds[ENCODER] == SOFTWARE
    assert DATE in {f.kind for f in findings}
    assert Finding(LOCATION, "©xyz", PLACE_SHOWN) in findings
    assert DEVICE in {f.kind for f in findings}

    cleaned = _format("m4a").clean(data)
    assert len(cleaned) == len(data)
    assert _m4a_samples(cleaned) == samples
    assert _format("m4a").read(cleaned) == []
    out = tmp_path / "clean.mp4"
    out.write_bytes(cleaned)
    tags = _exiftool(out)
    text = _values(tags)
    for leak in (NAME, ENCODER, "2026", "41.3", "69.2", "iPhone", "Samsung", "Interview"):
        assert leak not in text
    assert tags.get("QuickTime:CreateDate") in (None, "0000:00:00 00:00:00")
    shown = _mat2_show(out)
    for leak in (NAME, ENCODER, "iPhone", "41.3"):
        assert leak not in shown


# ---- hostile and broken input ------------------------------------------------------------

@pytest.mark.parametrize("name", ["mp3", "flac", "opus", "ogg", "wav", "m4a"])
def test_truncated_files_are_unreadable(name: str) -> None:
    whole = {
        "mp3": lambda: _id3v23(_id3_frames()) + _mp3_frames(),
        "flac": lambda: _flac(_flac_frame(0, 0)),
        "opus": lambda: _opus([b"\xf8\xff\xfe"]),
        "ogg": lambda: _vorbis([b"\x00" * 30]),
        "wav": lambda: _wav(b"\x00\x00" * 10, _chunk(b"LIST", b"INFO" + _chunk(b"IART", b"x"))),
        "m4a": lambda: _m4a([b"\x21\x10" * 8]),
    }[name]()
    fmt = _format(name)
    cut = whole[:60]
    with pytest.raises(MetadataUnreadable):
        fmt.read(cut)
    with pytest.raises(MetadataUnreadable):
        fmt.clean(cut)


def test_garbage_claiming_each_format_is_unreadable() -> None:
    for fmt in audio.FORMATS:
        with pytest.raises(MetadataUnreadable):
            fmt.read(b"\x00" * 300)


_SEEDS = {
    "mp3": lambda: _id3v23(_id3_frames()) + _mp3_frames(3) + _id3v1(),
    "flac": lambda: _flac(_flac_frame(0, 0)),
    "opus": lambda: _opus([b"\xf8\xff\xfe"] * 2),
    "ogg": lambda: _vorbis([b"\x00" * 30] * 2),
    "wav": lambda: _wav(b"\x00\x00" * 10, _chunk(b"LIST", b"INFO" + _chunk(b"IART", b"x")),
                        _chunk(b"id3 ", _id3v23(_id3_frames()))),
    "m4a": lambda: _m4a([b"\x21\x10" * 8] * 3),
}


@settings(max_examples=300, deadline=None)
@given(name=st.sampled_from(sorted(_SEEDS)), data=st.data())
def test_damaged_audio_is_read_or_refused_never_crashes(name: str, data: st.DataObject) -> None:
    """Bytes changed, cut or inserted anywhere: read() and clean() either work or raise
    MetadataUnreadable, never another exception."""
    damaged = bytearray(_SEEDS[name]())
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(damaged) - 1))
        how = data.draw(st.sampled_from(["set", "cut", "insert"]))
        if how == "set":
            damaged[pos] = data.draw(st.integers(0, 255))
        elif how == "cut":
            del damaged[pos : pos + data.draw(st.integers(1, 20))]
        else:
            damaged[pos:pos] = data.draw(st.binary(min_size=1, max_size=8))
    fmt = _format(name)
    for call in (fmt.read, fmt.clean):
        with contextlib.suppress(MetadataUnreadable):
            call(bytes(damaged))


def test_m4a_phone_style_keys_and_user_data_read_and_cleaned(tmp_path: Path) -> None:
    """Where phones put a recording's place and model: QuickTime keys (moov/meta/keys,
    com.apple.quicktime.*) and user-data atoms (moov/udta/©xyz), both written by exiftool."""
    samples = [bytes([0x21, 0x10 + i]) * 20 for i in range(3)]
    path = tmp_path / "phone.m4a"
    path.write_bytes(_m4a(samples))
    subprocess.run(["exiftool", "-q", "-overwrite_original",
                    "-Keys:GPSCoordinates=40.1 N, 70.2 E", "-Keys:Model=Galaxy S23",
                    "-UserData:GPSCoordinates=39.5 N, 67.0 E", str(path)],
                   check=True, timeout=60)
    data = path.read_bytes()
    findings = _format("m4a").read(data)
    assert Finding(LOCATION, "com.apple.quicktime.location.ISO6709",
                   "40.1000 N 70.2000 E") in findings
    assert Finding(DEVICE, "com.apple.quicktime.model", "Galaxy S23") in findings
    assert Finding(LOCATION, "©xyz", "39.5000 N 67.0000 E") in findings

    cleaned = _format("m4a").clean(data)
    assert _m4a_samples(cleaned) == samples
    assert _format("m4a").read(cleaned) == []
    out = tmp_path / "clean.mp4"
    out.write_bytes(cleaned)
    text = _values(_exiftool(out))
    for leak in ("Galaxy", "40.1", "70.2", "39.5", "67.0"):
        assert leak not in text
    for leak in ("Galaxy", "40.1", "39.5"):
        assert leak not in _mat2_show(out)
