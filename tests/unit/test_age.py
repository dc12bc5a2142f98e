"""Our restricted age: keys, round trips, tampering, truncation, limits, cancel, fuzzing."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import os
import pickle
import random
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, cast

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crypto import bech32
from crypto.age import (
    CHUNK_SIZE,
    MAX_HEADER_SIZE,
    MAX_STANZAS,
    AgeReader,
    AgeWriter,
    Identity,
    PayloadReader,
    PayloadWriter,
    ScryptIdentity,
    X25519Identity,
    X25519Recipient,
    decrypt,
    decrypt_payload,
    encrypt,
    encrypt_payload,
)
from crypto.errors import (
    AgeArmorUnsupported,
    AgeError,
    AgeHeaderError,
    AgeHeaderMacError,
    AgeKeyError,
    AgeNoMatch,
    AgePayloadError,
    Bech32Error,
    Cancelled,
    HeaderFailure,
    PayloadFailure,
)

ENC = CHUNK_SIZE + 16
SIZES = [0, 1, 65535, 65536, 65537, 2 * 65536, 2 * 65536 + 1, 3 * 65536 + 12345]
# From the age specification (c2sp.org/age).
SPEC_IDENTITY = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
SPEC_RECIPIENT = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"
VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "age"


def seal(data: bytes, recipients: list[X25519Recipient]) -> bytes:
    out = io.BytesIO()
    with AgeWriter(out, recipients) as w:
        w.write(data)
    return out.getvalue()


def payload_offset(ct: bytes) -> int:
    """Index of the payload nonce: just after the header's MAC line."""
    return ct.index(b"\n", ct.index(b"\n--- ") + 1) + 1


def open_all(ct: bytes, identities: list[Identity]) -> bytes:
    return AgeReader(io.BytesIO(ct), identities).read()


def released_then_error(ct: bytes, identities: list[Identity]) -> tuple[bytes, AgeError]:
    reader = AgeReader(io.BytesIO(ct), identities)
    got = bytearray()
    with pytest.raises(AgeError) as info:
        while piece := reader.read(10_000):
            got += piece
    return bytes(got), info.value


@pytest.fixture(scope="module")
def alice() -> X25519Identity:
    return X25519Identity.generate()


@pytest.fixture(scope="module")
def bob() -> X25519Identity:
    return X25519Identity.generate()


# --- Bech32 and keys --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "s",
    [
        "A12UEL5L",
        "a12uel5l",
        "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
        "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
        "11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j",
        "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
        "?1ezyfcl",
    ],
)
def test_bech32_bip173_valid(s: str) -> None:
    hrp, _ = bech32.decode(s)
    assert hrp == s[: s.rfind("1")]


@pytest.mark.parametrize(
    "s",
    [
        "\x201nwldj5",  # HRP character out of range
        "\x7f1axkwrx",
        "\x801eym55h",
        "pzry9x0s0muk",  # no separator
        "1pzry9x0s0muk",  # empty HRP
        "x1b4n0q5v",  # invalid data character
        "li1dgmt3",  # checksum too short
        "de1lg7wt\xff",
        "A1G7SGD8",  # checksum computed over the uppercase HRP
        "10a06t8",
        "1qzzfhee",
        "A12uEL5L",  # mixed case
        "a1lqfn3a",  # valid Bech32m, so not valid Bech32
        "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx",  # Bech32m
    ],
)
def test_bech32_bip173_invalid(s: str) -> None:
    with pytest.raises(Bech32Error):
        bech32.decode(s)


@given(st.binary(max_size=80), st.sampled_from(["age", "age-secret-key-", "x"]))
def test_bech32_round_trip(data: bytes, hrp: str) -> None:
    s = bech32.encode(hrp, data)
    assert bech32.decode(s) == (hrp, data)
    assert bech32.decode(s.upper()) == (hrp.upper(), data)


def test_bech32_rejects_nonzero_padding() -> None:
    s = bech32.encode("age", bytes(32))
    values = [bech32._CHARSET.index(c) for c in s[4:-6]]
    values[-1] |= 1  # 256 bits in 52 groups leave 4 padding bits
    body = "".join(bech32._CHARSET[v] for v in values)
    checksum = bech32._polymod([*bech32._hrp_expand("age"), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    tail = "".join(bech32._CHARSET[(checksum >> 5 * (5 - i)) & 31] for i in range(6))
    with pytest.raises(Bech32Error, match="padding"):
        bech32.decode("age1" + body + tail)


def test_spec_key_pair() -> None:
    identity = X25519Identity.from_string(SPEC_IDENTITY)
    assert identity.to_string() == SPEC_IDENTITY
    assert identity.recipient.to_string() == SPEC_RECIPIENT
    assert X25519Recipient.from_string(SPEC_RECIPIENT) == identity.recipient
    assert str(identity.recipient) == SPEC_RECIPIENT


def test_generated_keys_round_trip() -> None:
    identity = X25519Identity.generate()
    s = identity.to_string()
    assert s.startswith("AGE-SECRET-KEY-1")
    assert s == s.upper()
    again = X25519Identity.from_string(s)
    assert again.recipient == identity.recipient
    r = identity.recipient.to_string()
    assert r.startswith("age1")
    assert len(r) == 62
    assert X25519Recipient.from_string(r) == identity.recipient
    assert hash(X25519Recipient.from_string(r)) == hash(identity.recipient)


def test_identity_repr_hides_the_secret() -> None:
    identity = X25519Identity.generate()
    secret = identity.to_string()
    assert secret not in repr(identity)
    assert secret[16:] not in repr(identity)
    assert identity.recipient.to_string() in repr(identity)
    assert "hunter2" not in repr(ScryptIdentity(b"hunter2"))


@pytest.mark.parametrize(
    "s",
    [
        SPEC_RECIPIENT.upper(),  # recipients are lowercase
        SPEC_IDENTITY,  # an identity is not a recipient
        SPEC_RECIPIENT[:-1] + "q",  # checksum
        SPEC_RECIPIENT[:10] + SPEC_RECIPIENT[10:].upper(),
        " " + SPEC_RECIPIENT,
        SPEC_RECIPIENT + "\n",
        bech32.encode("age", bytes(31)),
        bech32.encode("age", bytes(33)),
        bech32.encode("agf", bytes(32)),
        "",
        "age1",
    ],
)
def test_bad_recipient_strings(s: str) -> None:
    with pytest.raises(AgeKeyError):
        X25519Recipient.from_string(s)


@pytest.mark.parametrize(
    "s",
    [
        SPEC_IDENTITY.lower(),  # identities are uppercase, as age writes them
        SPEC_RECIPIENT,
        SPEC_IDENTITY[:-1] + "Q",
        bech32.encode("age-secret-key-", bytes(31)).upper(),
        bech32.encode("age-secret-key-pq-", bytes(32)).upper(),
        "AGE-SECRET-KEY-1",
    ],
)
def test_bad_identity_strings(s: str) -> None:
    with pytest.raises(AgeKeyError) as info:
        X25519Identity.from_string(s)
    assert SPEC_IDENTITY not in str(info.value)


def test_error_hierarchy() -> None:
    for cls in (AgeHeaderError, AgePayloadError, AgeNoMatch, AgeKeyError):
        assert issubclass(cls, AgeError)
    assert not issubclass(Cancelled, AgeError)  # the one Cancelled of every layer
    assert issubclass(AgeHeaderMacError, AgeHeaderError)
    assert issubclass(AgeArmorUnsupported, AgeHeaderError)
    assert not issubclass(AgePayloadError, AgeHeaderError)


@pytest.mark.parametrize(
    "error",
    [
        AgeHeaderError(HeaderFailure.VERSION),
        AgeHeaderMacError(),
        AgeArmorUnsupported(),
        AgePayloadError(PayloadFailure.TAG, 3, 196608),
        AgeNoMatch(("X25519", "scrypt")),
        Cancelled(42),
        AgeKeyError("malformed recipient"),
    ],
)
def test_errors_carry_data_and_survive_pickling(error: AgeError) -> None:
    again = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert type(again) is type(error)
    assert again.__dict__ == error.__dict__
    assert str(again) == str(error)


def test_low_order_recipients_are_refused() -> None:
    for point in (bytes(32), (1).to_bytes(32, "little")):
        with pytest.raises(AgeKeyError):
            X25519Recipient.from_bytes(point)
        with pytest.raises(AgeKeyError):
            X25519Recipient.from_string(bech32.encode("age", point))


# --- round trips ------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
def test_round_trip_sizes(size: int, alice: X25519Identity) -> None:
    data = os.urandom(size)
    ct = seal(data, [alice.recipient])
    chunks = max(1, -(-size // CHUNK_SIZE))
    assert len(ct) == payload_offset(ct) + 16 + size + 16 * chunks
    assert open_all(ct, [alice]) == data
    out = io.BytesIO()
    assert decrypt(io.BytesIO(ct), out, [alice]) == size
    assert out.getvalue() == data


@pytest.mark.parametrize("size", SIZES)
def test_encrypt_helper_and_reader_interfaces(size: int, alice: X25519Identity) -> None:
    data = os.urandom(size)
    ct = io.BytesIO()
    assert encrypt(io.BytesIO(data), ct, [alice.recipient]) == size
    blob = ct.getvalue()
    # read(n) in small pieces
    r = AgeReader(io.BytesIO(blob), [alice])
    got = bytearray()
    while piece := r.read(7919):
        got += piece
    assert got == data
    # readinto with a buffer larger than a chunk
    r = AgeReader(io.BytesIO(blob), [alice])
    buf = bytearray(100_000)
    got = bytearray()
    while n := r.readinto(buf):
        got += buf[:n]
    assert got == data
    # read1 never crosses a chunk
    r = AgeReader(io.BytesIO(blob), [alice])
    got = bytearray()
    while piece := r.read1(1 << 20):
        assert len(piece) <= 16 * CHUNK_SIZE
        got += piece
    assert got == data
    # read(-1) and read() after the end
    r = AgeReader(io.BytesIO(blob), [alice])
    assert r.read(-1) == data
    assert r.read(10) == b""
    assert r.read() == b""


@given(data=st.binary(max_size=3 * CHUNK_SIZE + 100), cuts=st.lists(st.integers(0, 200_000)))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.data_too_large])
def test_round_trip_any_write_pattern(data: bytes, cuts: list[int]) -> None:
    identity = X25519Identity.from_string(SPEC_IDENTITY)
    out = io.BytesIO()
    with AgeWriter(out, [identity.recipient]) as w:
        pos = 0
        for cut in sorted(c % (len(data) + 1) for c in cuts):
            assert w.write(memoryview(data)[pos:cut]) == cut - pos
            pos = cut
        w.write(data[pos:])
        assert w.tell() == len(data)
    assert open_all(out.getvalue(), [identity]) == data


def test_one_byte_writes_across_a_boundary(alice: X25519Identity) -> None:
    data = os.urandom(CHUNK_SIZE + 3)
    out = io.BytesIO()
    with AgeWriter(out, [alice.recipient]) as w:
        w.write(data[: CHUNK_SIZE - 2])
        for i in range(CHUNK_SIZE - 2, len(data)):
            w.write(data[i : i + 1])
    assert open_all(out.getvalue(), [alice]) == data


def test_writer_accepts_any_buffer(alice: X25519Identity) -> None:
    import array

    numbers = array.array("I", range(50_000))
    out = io.BytesIO()
    with AgeWriter(out, [alice.recipient]) as w:
        assert w.write(numbers) == len(numbers) * numbers.itemsize
    assert open_all(out.getvalue(), [alice]) == numbers.tobytes()


def test_multiple_recipients(alice: X25519Identity, bob: X25519Identity) -> None:
    carol = X25519Identity.generate()
    data = os.urandom(70_000)
    ct = seal(data, [alice.recipient, bob.recipient, carol.recipient])
    assert ct.count(b"\n-> X25519 ") == 3
    for who in (alice, bob, carol):
        assert open_all(ct, [who]) == data
    stranger = X25519Identity.generate()
    assert open_all(ct, [stranger, bob]) == data


def test_wrong_identity(alice: X25519Identity, bob: X25519Identity) -> None:
    ct = seal(b"testimony", [alice.recipient, alice.recipient])
    with pytest.raises(AgeNoMatch) as info:
        AgeReader(io.BytesIO(ct), [bob, ScryptIdentity(b"pw")])
    assert info.value.stanza_types == ("X25519", "X25519")
    with pytest.raises(AgeNoMatch):
        AgeReader(io.BytesIO(ct), [])


def test_writer_needs_recipients() -> None:
    with pytest.raises(ValueError, match="recipient"):
        AgeWriter(io.BytesIO(), [])
    r = X25519Identity.generate().recipient
    with pytest.raises(ValueError, match="too many"):
        AgeWriter(io.BytesIO(), [r] * (MAX_STANZAS + 1))


def test_header_is_what_age_writes(alice: X25519Identity) -> None:
    ct = seal(b"", [alice.recipient])
    lines = ct[: payload_offset(ct)].split(b"\n")
    assert lines[0] == b"age-encryption.org/v1"
    kind, share = lines[1].split(b" ")[1:]
    assert kind == b"X25519"
    assert len(share) == 43
    assert len(lines[2]) == 43
    assert lines[3].startswith(b"--- ")
    assert len(lines[3]) == 47
    assert lines[4] == b""
    # two files never share a file key, nonce, or ephemeral share
    assert seal(b"", [alice.recipient])[: len(ct)] != ct


def test_non_recipient_objects_are_refused() -> None:
    with pytest.raises(ValueError, match="X25519"):
        AgeWriter(io.BytesIO(), cast(Any, ["age1..."]))


# --- tampering --------------------------------------------------------------------------------


def test_header_mac(alice: X25519Identity) -> None:
    ct = bytearray(seal(b"x" * 1000, [alice.recipient]))
    mac_at = ct.index(b"\n--- ") + 5
    bad_mac = ct[:mac_at] + base64.b64encode(bytes(32)).rstrip(b"=") + ct[mac_at + 43 :]
    with pytest.raises(AgeHeaderMacError):
        AgeReader(io.BytesIO(bytes(bad_mac)), [alice])
    grease = ct.replace(b"\n--- ", b"\n-> grease x\nAAAA\n--- ", 1)
    with pytest.raises(AgeHeaderMacError):
        AgeReader(io.BytesIO(bytes(grease)), [alice])


def test_flipped_byte_in_each_chunk(alice: X25519Identity) -> None:
    data = os.urandom(3 * CHUNK_SIZE + 100)
    ct = seal(data, [alice.recipient])
    start = payload_offset(ct) + 16
    for chunk in range(4):
        bad = bytearray(ct)
        bad[start + chunk * ENC + 5] ^= 0x01
        got, err = released_then_error(bytes(bad), [alice])
        assert isinstance(err, AgePayloadError)
        assert err.reason is PayloadFailure.TAG
        assert err.chunk == chunk
        assert got == data[: chunk * CHUNK_SIZE]
        assert err.released == len(got)


def test_flipped_payload_nonce(alice: X25519Identity) -> None:
    ct = bytearray(seal(b"abc", [alice.recipient]))
    ct[payload_offset(ct)] ^= 0x80
    got, err = released_then_error(bytes(ct), [alice])
    assert got == b""
    assert isinstance(err, AgePayloadError)


def test_reordered_and_dropped_chunks(alice: X25519Identity) -> None:
    data = os.urandom(3 * CHUNK_SIZE + 1)
    ct = seal(data, [alice.recipient])
    body = payload_offset(ct) + 16
    c = [ct[body + i * ENC : body + (i + 1) * ENC] for i in range(4)]
    swapped = ct[:body] + c[1] + c[0] + c[2] + c[3]
    got, err = released_then_error(swapped, [alice])
    assert (got, cast(AgePayloadError, err).reason) == (b"", PayloadFailure.TAG)
    dropped = ct[:body] + c[0] + c[2] + c[3]
    got, err = released_then_error(dropped, [alice])
    assert got == data[:CHUNK_SIZE]
    assert cast(AgePayloadError, err).reason is PayloadFailure.TAG


@pytest.mark.parametrize("size", [0, 10, CHUNK_SIZE, 2 * CHUNK_SIZE + 7])
def test_appended_data(size: int, alice: X25519Identity) -> None:
    data = os.urandom(size)
    ct = seal(data, [alice.recipient])
    for extra in (b"\0", os.urandom(20), os.urandom(ENC)):
        got, err = released_then_error(ct + extra, [alice])
        assert isinstance(err, AgePayloadError)
        if size % CHUNK_SIZE == 0 and size:
            # a full final chunk authenticates first, then the extra bytes are refused
            assert err.reason is PayloadFailure.TRAILING_DATA
            assert got == data
        else:
            assert err.reason is PayloadFailure.TAG


# --- truncation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "size", [0, 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 3 * CHUNK_SIZE + 5]
)
def test_truncation_at_every_chunk_boundary(size: int, alice: X25519Identity) -> None:
    data = os.urandom(size)
    ct = seal(data, [alice.recipient])
    nonce_at = payload_offset(ct)
    # inside the header and the payload nonce: a header failure
    for cut in (0, 10, nonce_at - 1, nonce_at, nonce_at + 15):
        with pytest.raises(AgeHeaderError):
            AgeReader(io.BytesIO(ct[:cut]), [alice])
    chunks = max(1, -(-size // CHUNK_SIZE))
    for k in range(chunks):  # cut exactly after k whole chunks, and one byte either side
        boundary = nonce_at + 16 + k * ENC
        got, err = released_then_error(ct[:boundary], [alice])
        assert isinstance(err, AgePayloadError)
        assert err.reason is PayloadFailure.TRUNCATED
        assert err.chunk == k
        assert got == data[: k * CHUNK_SIZE]
        for cut in (boundary - 1, boundary + 1):
            if nonce_at + 16 <= cut < len(ct):
                got, err = released_then_error(ct[:cut], [alice])
                assert isinstance(err, AgePayloadError)
                assert data.startswith(got)
    got, err = released_then_error(ct[:-1], [alice])
    assert isinstance(err, AgePayloadError)
    assert len(got) == (chunks - 1) * CHUNK_SIZE


def reference_stream(file_key: bytes, nonce: bytes, chunks: list[tuple[bytes, bool]]) -> bytes:
    """STREAM built straight from the spec, independent of crypto.age."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce, info=b"payload").derive(file_key)
    aead = ChaCha20Poly1305(key)
    out = [nonce]
    for counter, (chunk, final) in enumerate(chunks):
        out.append(aead.encrypt(counter.to_bytes(11, "big") + bytes([final]), chunk, None))
    return b"".join(out)


@pytest.mark.parametrize(
    ("chunks", "reason", "released"),
    [
        ([(b"x" * CHUNK_SIZE, False), (b"", True)], PayloadFailure.EMPTY_FINAL_CHUNK, CHUNK_SIZE),
        ([(b"x" * CHUNK_SIZE, True), (b"y", True)], PayloadFailure.TRAILING_DATA, CHUNK_SIZE),
        ([(b"x" * 10, False)], PayloadFailure.TAG, 0),  # short chunk not marked final
        ([(b"x" * CHUNK_SIZE, False)], PayloadFailure.TRUNCATED, CHUNK_SIZE),
        ([(b"x" * (CHUNK_SIZE + 1), True)], PayloadFailure.TAG, 0),  # oversized chunk
        ([], PayloadFailure.TRUNCATED, 0),
    ],
)
def test_payload_reader_against_reference(
    chunks: list[tuple[bytes, bool]], reason: PayloadFailure, released: int
) -> None:
    key, nonce = os.urandom(16), os.urandom(16)
    reader = PayloadReader(io.BytesIO(reference_stream(key, nonce, chunks)), key)
    got = bytearray()
    with pytest.raises(AgePayloadError) as info:
        while piece := reader.read(1000):
            got += piece
    assert info.value.reason is reason
    assert len(got) == released == info.value.released


@pytest.mark.parametrize("size", SIZES)
def test_payload_writer_matches_reference(size: int) -> None:
    key = os.urandom(16)
    data = os.urandom(size)
    blob = io.BytesIO()
    with PayloadWriter(blob, key) as w:
        w.write(data)
    raw = blob.getvalue()
    pieces = [data[i : i + CHUNK_SIZE] for i in range(0, size, CHUNK_SIZE)] or [b""]
    chunks = [(p, i == len(pieces) - 1) for i, p in enumerate(pieces)]
    assert raw == reference_stream(key, raw[:16], chunks)


# --- the payload layer ------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
def test_payload_layer_round_trip(size: int) -> None:
    key = os.urandom(16)
    data = os.urandom(size)
    blob = io.BytesIO()
    with PayloadWriter(blob, key) as w:
        w.write(data)
    raw = blob.getvalue()
    assert len(raw) == 16 + size + 16 * max(1, -(-size // CHUNK_SIZE))
    assert PayloadReader(io.BytesIO(raw), key).read() == data
    out = io.BytesIO()
    assert decrypt_payload(io.BytesIO(raw), out, key) == size
    assert out.getvalue() == data
    again = io.BytesIO()
    assert encrypt_payload(io.BytesIO(data), again, key) == size
    assert PayloadReader(io.BytesIO(again.getvalue()), key).read() == data


def test_payload_layer_failures() -> None:
    key = os.urandom(16)
    blob = io.BytesIO()
    with PayloadWriter(blob, key) as w:
        w.write(b"attachment")
    raw = blob.getvalue()
    with pytest.raises(AgePayloadError) as info:
        PayloadReader(io.BytesIO(raw), os.urandom(16)).read()
    assert info.value.reason is PayloadFailure.TAG
    for cut in (0, 15):
        with pytest.raises(AgePayloadError) as info:
            PayloadReader(io.BytesIO(raw[:cut]), key)
        assert info.value.reason is PayloadFailure.TRUNCATED
    with pytest.raises(AgePayloadError) as info:
        PayloadReader(io.BytesIO(raw[:16]), key).read()
    assert info.value.reason is PayloadFailure.TRUNCATED
    with pytest.raises(ValueError, match="16 bytes"):
        PayloadWriter(io.BytesIO(), b"short")
    with pytest.raises(ValueError, match="16 bytes"):
        PayloadReader(io.BytesIO(raw), os.urandom(32))


# --- writer life cycle ------------------------------------------------------------------------


def test_exception_in_with_block_leaves_no_final_chunk(alice: X25519Identity) -> None:
    out = io.BytesIO()
    with pytest.raises(RuntimeError), AgeWriter(out, [alice.recipient]) as w:
        w.write(os.urandom(2 * CHUNK_SIZE + 10))
        raise RuntimeError("disk full")
    assert w.closed
    _got, err = released_then_error(out.getvalue(), [alice])
    assert isinstance(err, AgePayloadError)
    assert err.reason is PayloadFailure.TRUNCATED


def test_garbage_collected_writer_does_not_finalise(alice: X25519Identity) -> None:
    out = io.BytesIO()
    w = AgeWriter(out, [alice.recipient])
    w.write(b"half a testimony")
    del w
    with pytest.raises(AgePayloadError):
        open_all(out.getvalue(), [alice])


def test_close_is_idempotent_and_final(alice: X25519Identity) -> None:
    out = io.BytesIO()
    w = AgeWriter(out, [alice.recipient])
    w.write(b"a")
    w.close()
    size = len(out.getvalue())
    w.close()
    assert len(out.getvalue()) == size
    assert not out.closed
    with pytest.raises(ValueError, match="closed"):
        w.write(b"b")


class FailAfter(io.RawIOBase):
    """A writer that fails after n bytes (like KeePassXC's FailDevice)."""

    def __init__(self, n: int) -> None:
        self.left = n
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        b = bytes(b)
        if len(b) > self.left:
            raise OSError(28, "No space left on device")
        self.left -= len(b)
        self.data += b
        return len(b)


def test_failing_destination(alice: X25519Identity) -> None:
    dst = FailAfter(200_000)
    with pytest.raises(OSError, match="space"):
        encrypt(io.BytesIO(os.urandom(1 << 20)), cast(BinaryIO, dst), [alice.recipient])
    with pytest.raises(AgePayloadError):
        open_all(bytes(dst.data), [alice])


class ShortWrites(io.RawIOBase):
    """A raw file that accepts at most 1000 bytes per call."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        piece = bytes(b)[:1000]
        self.data += piece
        return len(piece)


class Trickle(io.RawIOBase):
    """A raw source that returns at most a few bytes per call, like a slow pipe."""

    def __init__(self, data: bytes, seed: int = 1) -> None:
        self.data = memoryview(data)
        self.rng = random.Random(seed)

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        n = min(len(b), self.rng.randint(1, 5000), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


class ReadOnly:
    """An object with nothing but read()."""

    def __init__(self, data: bytes) -> None:
        self.f = io.BytesIO(data)

    def read(self, n: int = -1) -> bytes:
        return self.f.read(min(n, 777) if n >= 0 else n)


def test_short_writes_and_trickling_sources(alice: X25519Identity) -> None:
    data = os.urandom(2 * CHUNK_SIZE + 3)
    dst = ShortWrites()
    encrypt(cast(BinaryIO, Trickle(data)), cast(BinaryIO, dst), [alice.recipient])
    ct = bytes(dst.data)
    assert AgeReader(cast(BinaryIO, Trickle(ct, seed=2)), [alice]).read() == data
    assert AgeReader(cast(BinaryIO, ReadOnly(ct)), [alice]).read() == data


# --- progress and cancel ----------------------------------------------------------------------


def test_progress(alice: X25519Identity) -> None:
    data = os.urandom(3 * (1 << 20) + 5)
    calls: list[tuple[int, int]] = []
    ct = io.BytesIO()
    encrypt(io.BytesIO(data), ct, [alice.recipient], progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (len(data), len(data))
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert all(t == len(data) for _, t in calls)
    calls.clear()
    total = len(ct.getvalue())
    ct.seek(0)
    decrypt(ct, io.BytesIO(), [alice], progress=lambda d, t: calls.append((d, t)))
    assert len(calls) >= 3
    assert calls[-1] == (total, total)
    assert all(t == total and 0 < d <= total for d, t in calls)
    # unknown total (a non-seekable source) reports -1 until the end
    calls.clear()
    encrypt(
        cast(BinaryIO, Trickle(data)),
        io.BytesIO(),
        [alice.recipient],
        progress=lambda d, t: calls.append((d, t)),
    )
    assert {t for _, t in calls[:-1]} == {-1}
    assert calls[-1] == (len(data), len(data))


def cancel_after(calls: int) -> tuple[threading.Event, Callable[[int, int], None]]:
    event = threading.Event()
    seen = [0]

    def progress(_done: int, _total: int) -> None:
        seen[0] += 1
        if seen[0] >= calls:
            event.set()

    return event, progress


def test_cancel_encrypt(alice: X25519Identity) -> None:
    event, progress = cancel_after(2)
    out = io.BytesIO()
    with pytest.raises(Cancelled) as info:
        encrypt(io.BytesIO(os.urandom(5 << 20)), out, [alice.recipient], progress, event)
    assert info.value.done == 2 << 20
    with pytest.raises(AgePayloadError) as err:
        open_all(out.getvalue(), [alice])
    assert err.value.reason is PayloadFailure.TRUNCATED
    event = threading.Event()
    event.set()
    with pytest.raises(Cancelled):
        encrypt_payload(io.BytesIO(b"x"), io.BytesIO(), os.urandom(16), cancel=event)


def test_cancel_decrypt(alice: X25519Identity) -> None:
    ct = seal(os.urandom(5 << 20), [alice.recipient])
    event, progress = cancel_after(2)
    with pytest.raises(Cancelled) as info:
        decrypt(io.BytesIO(ct), io.BytesIO(), [alice], progress, event)
    assert 0 < info.value.done < len(ct)
    event = threading.Event()
    event.set()
    with pytest.raises(Cancelled):
        decrypt_payload(io.BytesIO(bytes(100)), io.BytesIO(), os.urandom(16), cancel=event)


# --- limits and hostile input -----------------------------------------------------------------


class CountingSource(io.RawIOBase):
    """An endless source repeating a pattern, counting what was read."""

    def __init__(self, prefix: bytes, pattern: bytes) -> None:
        self.prefix = prefix
        self.pattern = pattern
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        n = len(b)
        if self.count < len(self.prefix):
            piece = self.prefix[self.count : self.count + n]
        else:
            reps = n // len(self.pattern) + 2
            offset = (self.count - len(self.prefix)) % len(self.pattern)
            piece = (self.pattern * reps)[offset : offset + n]
        b[: len(piece)] = piece
        self.count += len(piece)
        return len(piece)


@pytest.mark.parametrize(
    ("prefix", "pattern", "reason"),
    [
        (b"", b"A", HeaderFailure.TOO_LARGE),  # one endless line
        (b"", b"-> grease\n\n", HeaderFailure.TOO_MANY_STANZAS),
        (b"", b"-> a " + b"b" * 5000 + b"\n\n", HeaderFailure.TOO_LARGE),
        (b"-> x\n", b"A" * 64 + b"\n", HeaderFailure.TOO_LARGE),  # an endless body
    ],
)
def test_header_limits(
    prefix: bytes, pattern: bytes, reason: HeaderFailure, alice: X25519Identity
) -> None:
    src = CountingSource(b"age-encryption.org/v1\n" + prefix, pattern)
    with pytest.raises(AgeHeaderError) as info:
        AgeReader(cast(BinaryIO, src), [alice])
    assert info.value.reason is reason
    assert src.count <= MAX_HEADER_SIZE + 8192


def test_garbage_payload_fails_fast(alice: X25519Identity) -> None:
    ct = seal(b"", [alice.recipient])
    head = ct[: payload_offset(ct) + 16]
    src = CountingSource(head, b"\x42")
    with pytest.raises(AgePayloadError):
        AgeReader(cast(BinaryIO, src), [alice]).read(1)
    assert src.count <= len(head) + 16 * ENC + 4096


def test_scrypt_work_factor_is_capped() -> None:
    body = base64.b64encode(bytes(32)).rstrip(b"=")
    salt = base64.b64encode(bytes(16)).rstrip(b"=")
    header = b"age-encryption.org/v1\n-> scrypt " + salt + b" 21\n" + body + b"\n--- "
    header += base64.b64encode(bytes(32)).rstrip(b"=") + b"\n"
    with pytest.raises(AgeHeaderError) as info:
        AgeReader(io.BytesIO(header + bytes(32)), [ScryptIdentity(b"pw", max_work_factor=18)])
    assert info.value.reason is HeaderFailure.WORK_FACTOR_TOO_HIGH
    with pytest.raises(ValueError, match="max_work_factor"):
        ScryptIdentity(b"pw", max_work_factor=23)
    with pytest.raises(ValueError, match="max_work_factor"):
        ScryptIdentity(b"pw", max_work_factor=0)


@pytest.mark.parametrize(
    "prefix",
    [
        b"-----BEGIN AGE ENCRYPTED FILE-----\n",
        b"\n\r\n  -----BEGIN AGE ENCRYPTED FILE-----\r\n",
        b"junk\n-----BEGIN AGE ENCRYPTED FILE-----\n",
    ],
)
def test_armor_is_refused(prefix: bytes, alice: X25519Identity) -> None:
    ct = seal(b"hello", [alice.recipient])
    pem = prefix + base64.encodebytes(ct) + b"-----END AGE ENCRYPTED FILE-----\n"
    with pytest.raises(AgeArmorUnsupported):
        AgeReader(io.BytesIO(pem), [alice])


def test_other_input_is_a_header_error(alice: X25519Identity) -> None:
    for junk in (b"", b"age-encryption.org/v2\n", b"PK\x03\x04" + bytes(100), b"\xff" * 10):
        with pytest.raises(AgeHeaderError) as info:
            AgeReader(io.BytesIO(junk), [alice])
        assert type(info.value) is AgeHeaderError


def test_read_all_never_returns_partial_plaintext(alice: X25519Identity) -> None:
    data = os.urandom(3 * CHUNK_SIZE)
    ct = seal(data, [alice.recipient])
    cut = ct[: payload_offset(ct) + 16 + 2 * ENC]
    with pytest.raises(AgePayloadError):
        AgeReader(io.BytesIO(cut), [alice]).read()
    with pytest.raises(AgePayloadError):
        AgeReader(io.BytesIO(cut), [alice]).readall()
    reader = AgeReader(io.BytesIO(cut), [alice])
    assert reader.read(3 * CHUNK_SIZE) == data[: 2 * CHUNK_SIZE]  # released, short read
    with pytest.raises(AgePayloadError):
        reader.read(1)  # then the error, and again on every later call
    with pytest.raises(AgePayloadError):
        reader.read(1)


def test_closed_reader(alice: X25519Identity) -> None:
    r = AgeReader(io.BytesIO(seal(b"abc", [alice.recipient])), [alice])
    assert r.readable()
    r.close()
    with pytest.raises(ValueError, match="closed"):
        r.read(1)


# --- fuzzing ----------------------------------------------------------------------------------

FUZZ_IDENTITY = X25519Identity.from_string(SPEC_IDENTITY)
OTHER = X25519Identity.generate()
FUZZ_PLAINTEXTS = [b"", b"short testimony", os.urandom(CHUNK_SIZE), os.urandom(CHUNK_SIZE + 77)]
FUZZ_FILES = [seal(p, [OTHER.recipient, FUZZ_IDENTITY.recipient]) for p in FUZZ_PLAINTEXTS]
FUZZ_FILES.append((VECTORS / "scrypt").read_bytes().partition(b"\n\n")[2])
FUZZ_FILES.append((VECTORS / "x25519_grease").read_bytes().partition(b"\n\n")[2])
FUZZ_FILES.append((VECTORS / "stanza_valid_characters").read_bytes().partition(b"\n\n")[2])
FUZZ_IDENTITIES: list[Identity] = [
    FUZZ_IDENTITY,
    X25519Identity.from_string(
        "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0"
    ),
    ScryptIdentity(b"password", max_work_factor=12),
]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[int, bytes]:
    index = draw(st.integers(0, len(FUZZ_FILES) - 1))
    data = bytearray(FUZZ_FILES[index])
    header_len = data.index(b"\n--- ") + 50
    for _ in range(draw(st.integers(1, 4))):
        # favour the header, where the parser lives
        limit = header_len if draw(st.booleans()) else len(data)
        pos = draw(st.integers(0, max(0, min(limit, len(data)) - 1)))
        op = draw(st.sampled_from(["flip", "set", "insert", "delete", "truncate", "dup"]))
        if op == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "set" and data:
            data[pos] = draw(st.sampled_from([0x0A, 0x0D, 0x20, 0x2D, 0x3D, 0x00, 0xFF, 0x41]))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=70))
        elif op == "delete":
            del data[pos : pos + draw(st.integers(1, 70))]
        elif op == "truncate":
            del data[pos:]
        elif op == "dup":
            data[pos:pos] = data[pos : pos + draw(st.integers(1, 200))]
    return index, bytes(data)


@given(mutated())
@settings(max_examples=400, deadline=None)
def test_fuzz_reader_only_raises_age_errors(case: tuple[int, bytes]) -> None:
    index, data = case
    try:
        plaintext = AgeReader(io.BytesIO(data), FUZZ_IDENTITIES).read()
    except AgeError:
        return
    # success is only possible if the mutation changed nothing that is authenticated
    if index < len(FUZZ_PLAINTEXTS):
        assert plaintext == FUZZ_PLAINTEXTS[index]
    else:
        assert hashlib.sha256(plaintext).hexdigest() == (
            "013f54400c82da08037759ada907a8b864e97de81c088a182062c4b5622fd2ab"
        )


@given(st.binary(max_size=600))
@settings(max_examples=300, deadline=None)
def test_fuzz_random_headers(junk: bytes) -> None:
    for data in (junk, b"age-encryption.org/v1\n" + junk):
        try:
            AgeReader(io.BytesIO(data), FUZZ_IDENTITIES).read()
        except AgeError:
            continue


LINES = [
    b"-> X25519 TEiF0ypqr+bpvcqXNyCVJpL7OuwPdVwPL7KQEbFDOCc",
    b"hjabGXwSLQ9c3S6Lw2i+S2Tu2fiwQHHslbBN6B41FLE",
    b"-> scrypt rF0/NwblUHHTpgQgRpe5CQ 10",
    b"-> X25519",
    b"->",
    b"-> ",
    b"-> a  b",
    b"A" * 64,
    b"A" * 65,
    b"",
    b"=",
    b"--- WyJp9F/9FOZh7gJdheq2WIJcwHgYc8NIVh3ddwhrcNg",
    b"---",
    b"--- ",
    b"-> mlkem768x25519 AAAA",
]


@given(st.lists(st.sampled_from(LINES), max_size=12), st.binary(max_size=40))
@settings(max_examples=300, deadline=None)
def test_fuzz_structured_headers(lines: list[bytes], tail: bytes) -> None:
    data = b"age-encryption.org/v1\n" + b"\n".join(lines) + b"\n" + tail
    with contextlib.suppress(AgeError):
        AgeReader(io.BytesIO(data), FUZZ_IDENTITIES).read()


@given(st.binary(max_size=3 * ENC), st.binary(min_size=16, max_size=16))
@settings(max_examples=200, deadline=None)
def test_fuzz_payload_reader(data: bytes, key: bytes) -> None:
    with contextlib.suppress(AgePayloadError):
        PayloadReader(io.BytesIO(data), key).read()
