"""The C2SP age test vectors (tests/vectors/age, see SOURCE.txt there), exact error classes.

Two documented deviations from the testkit's `expect`, both by design:
- armor is not supported, so every armored vector must raise AgeArmorUnsupported;
- mlkem768x25519 (post-quantum) is an unknown stanza type for us and its identities
  (AGE-SECRET-KEY-PQ-1...) are not loaded, so those vectors end in AgeNoMatch unless a
  type-independent header rule fails first (table below).
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from crypto.age import AgeReader, Identity, PayloadReader, ScryptIdentity, X25519Identity
from crypto.errors import (
    AgeArmorUnsupported,
    AgeError,
    AgeHeaderError,
    AgeHeaderMacError,
    AgeNoMatch,
    AgePayloadError,
    PayloadFailure,
)

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "age"
KNOWN_KEYS = {
    "expect", "payload", "identity", "passphrase", "armored", "compressed", "file key", "comment",
}  # fmt: skip

EXPECT: dict[str, type[AgeError] | None] = {
    "success": None,
    "header failure": AgeHeaderError,
    "HMAC failure": AgeHeaderMacError,
    "payload failure": AgePayloadError,
    "no match": AgeNoMatch,
    "armor failure": AgeArmorUnsupported,
}

# Post-quantum vectors: what a reader that does not know mlkem768x25519 must do.
PQ_EXPECT: dict[str, type[AgeError]] = {
    "hybrid": AgeNoMatch,
    "hybrid_and_x25519": AgeNoMatch,  # its X25519 stanza is for another key
    "hybrid_bad_tag": AgeNoMatch,
    "hybrid_currupted_enc_mlkem": AgeNoMatch,
    "hybrid_currupted_enc_x25519": AgeNoMatch,
    "hybrid_extra_argument": AgeNoMatch,  # argument rules of an unknown type are not ours
    "hybrid_grease": AgeNoMatch,
    "hybrid_identity": AgeNoMatch,
    "hybrid_long_file_key": AgeNoMatch,
    "hybrid_long_share": AgeNoMatch,
    "hybrid_low_order": AgeNoMatch,
    "hybrid_multiple_recipients": AgeNoMatch,
    "hybrid_no_match": AgeNoMatch,
    "hybrid_not_canonical_body": AgeHeaderError,  # body base64 is checked for every stanza
    "hybrid_not_canonical_enc": AgeNoMatch,
    "hybrid_short_share": AgeNoMatch,
    "hybrid_uppercase": AgeNoMatch,
    "hybrid_x25519_arg": AgeHeaderError,  # a malformed X25519 stanza, with our X25519 key
}


@dataclass
class Vector:
    name: str
    expect: str
    data: bytes
    file_key: bytes
    payload: str | None = None
    identities: list[str] = field(default_factory=list)
    passphrases: list[str] = field(default_factory=list)
    armored: bool = False
    unknown_keys: set[str] = field(default_factory=set)

    @property
    def post_quantum(self) -> bool:
        return any(i.startswith("AGE-SECRET-KEY-PQ-") for i in self.identities)

    def load_identities(self) -> list[Identity]:
        out: list[Identity] = [
            X25519Identity.from_string(i)
            for i in self.identities
            if not i.startswith("AGE-SECRET-KEY-PQ-")
        ]
        out += [ScryptIdentity(p.encode()) for p in self.passphrases]
        return out

    def expected(self) -> type[AgeError] | None:
        if self.armored:
            return AgeArmorUnsupported
        if self.post_quantum:
            return PQ_EXPECT[self.name]
        return EXPECT[self.expect]


def load(path: Path) -> Vector:
    raw = path.read_bytes()
    head, sep, body = raw.partition(b"\n\n")
    assert sep, path.name
    fields: dict[str, list[str]] = {}
    for line in head.decode("utf-8").split("\n"):
        key, colon, value = line.partition(": ")
        assert colon, (path.name, line)
        fields.setdefault(key, []).append(value)
    if fields.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return Vector(
        name=path.name,
        expect=fields["expect"][0],
        data=body,
        file_key=bytes.fromhex(fields["file key"][0]),
        payload=fields.get("payload", [None])[0],
        identities=fields.get("identity", []),
        passphrases=fields.get("passphrase", []),
        armored=fields.get("armored") == ["yes"],
        unknown_keys=set(fields) - KNOWN_KEYS,
    )


NAMES = sorted(p.name for p in VECTORS.iterdir() if p.name != "SOURCE.txt")


def test_every_vector_is_here() -> None:
    assert len(NAMES) == 143
    pq = {n for n in NAMES if load(VECTORS / n).post_quantum and not load(VECTORS / n).armored}
    assert pq == set(PQ_EXPECT)


def read_all(reader: io.BufferedIOBase, sink: bytearray) -> None:
    """Read in odd-sized pieces so chunk boundaries do not line up with reads."""
    while True:
        piece = reader.read(50_000)
        if not piece:
            return
        sink += piece


@pytest.mark.parametrize("name", NAMES)
def test_vector(name: str) -> None:
    v = load(VECTORS / name)
    assert not v.unknown_keys, "the testkit says: ignore vectors with unknown keys"
    expected = v.expected()
    released = bytearray()
    if expected is None:
        read_all(AgeReader(io.BytesIO(v.data), v.load_identities()), released)
    else:
        with pytest.raises(AgeError) as info:
            read_all(AgeReader(io.BytesIO(v.data), v.load_identities()), released)
        assert type(info.value) is expected, (v.expect, repr(info.value))
    if v.payload is not None and expected in (None, AgePayloadError):
        assert hashlib.sha256(released).hexdigest() == v.payload
    if expected is AgePayloadError:
        assert isinstance(info.value, AgePayloadError)
        assert info.value.released == len(released)


def split_payload(data: bytes) -> bytes:
    """What follows the header's MAC line: nonce + STREAM."""
    mac_line = data.index(b"\n--- ")
    return data[data.index(b"\n", mac_line + 1) + 1 :]


PAYLOAD_NAMES = [
    n
    for n in NAMES
    if n.startswith("stream_") or n in ("x25519", "scrypt", "stanza_valid_characters")
]


@pytest.mark.parametrize("name", PAYLOAD_NAMES)
def test_vector_payload_layer(name: str) -> None:
    """PayloadReader under the vector's file key gives the same outcome and released bytes."""
    v = load(VECTORS / name)
    payload = split_payload(v.data)
    released = bytearray()
    if v.expect == "success":
        read_all(PayloadReader(io.BytesIO(payload), v.file_key), released)
    else:
        with pytest.raises(AgePayloadError) as info:
            read_all(PayloadReader(io.BytesIO(payload), v.file_key), released)
        if v.expect == "header failure":  # the missing or short nonce
            assert info.value.reason is PayloadFailure.TRUNCATED
            assert len(payload) < 16
    if v.payload is not None:
        assert hashlib.sha256(released).hexdigest() == v.payload


def test_vector_payload_hashes_via_readinto() -> None:
    """readinto releases the same bytes as read on a failing multi-chunk vector."""
    v = load(VECTORS / "stream_bad_tag_second_chunk_full")
    reader = AgeReader(io.BytesIO(v.data), v.load_identities())
    buf = bytearray(70_000)
    got = bytearray()
    with pytest.raises(AgePayloadError) as info:
        while n := reader.readinto(buf):
            got += buf[:n]
    assert info.value.reason is PayloadFailure.TAG
    assert hashlib.sha256(got).hexdigest() == v.payload
