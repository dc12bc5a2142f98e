"""SSHSIG signing and strict verification (no external tools; see tests/integration)."""

from __future__ import annotations

import base64
import hashlib
import io
import struct
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crypto.errors import (
    CryptoError,
    InvalidAllowedSigner,
    InvalidNamespace,
    SignatureInvalid,
    SignatureMalformed,
    SignatureNamespaceMismatch,
    SignatureUnsupported,
    SignerNotAllowed,
    SshSigError,
)
from crypto.identity import PublicKey, SigningKey
from crypto.sshsig import BUNDLE_NAMESPACE, allowed_signers_line, parse_signature, sign, verify

KEY = SigningKey.from_bytes(bytes(range(32)))
PUB = KEY.public_key()
OTHER = SigningKey.from_bytes(bytes(range(1, 33)))
MESSAGE = b"Payload-Oxum: 1234.5\nExternal-Identifier: 6f1c\n"
NS = BUNDLE_NAMESPACE
SIGNATURE = sign(MESSAGE, KEY, NS)


def ssh_string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def armor(blob: bytes, width: int = 70) -> bytes:
    b64 = base64.b64encode(blob)
    lines = [b64[i : i + width] for i in range(0, len(b64), width)]
    return (
        b"-----BEGIN SSH SIGNATURE-----\n" + b"\n".join(lines) + b"\n-----END SSH SIGNATURE-----\n"
    )


def dearmor(text: bytes) -> bytes:
    return base64.b64decode(b"".join(text.strip().split(b"\n")[1:-1]))


def build(
    *,
    key: SigningKey = KEY,
    message: bytes = MESSAGE,
    magic: bytes = b"SSHSIG",
    version: int = 1,
    key_blob: bytes | None = None,
    namespace: bytes = NS.encode(),
    signed_namespace: bytes | None = None,
    reserved: bytes = b"",
    hash_alg: bytes = b"sha512",
    sig_type: bytes = b"ssh-ed25519",
    sig: bytes | None = None,
    sig_extra: bytes = b"",
    extra: bytes = b"",
) -> bytes:
    """An SSHSIG blob with any field replaced; correctly signed unless told otherwise."""
    digest = hashlib.new(hash_alg.decode() if hash_alg in (b"sha256", b"sha512") else "sha512")
    digest.update(message)
    signed = (
        b"SSHSIG"
        + ssh_string(namespace if signed_namespace is None else signed_namespace)
        + ssh_string(reserved)
        + ssh_string(hash_alg)
        + ssh_string(digest.digest())
    )
    if sig is None:
        sig = key.sign_raw(signed)
    return (
        magic
        + struct.pack(">I", version)
        + ssh_string(key.public_key().to_blob() if key_blob is None else key_blob)
        + ssh_string(namespace)
        + ssh_string(reserved)
        + ssh_string(hash_alg)
        + ssh_string(ssh_string(sig_type) + ssh_string(sig) + sig_extra)
        + extra
    )


# --- round trips --------------------------------------------------------------------------


def test_round_trip_bytes() -> None:
    assert verify(SIGNATURE, MESSAGE, NS, PUB) == PUB


@pytest.mark.parametrize("hash_alg", ["sha256", "sha512"])
def test_round_trip_file_object(hash_alg: str) -> None:
    data = bytes(range(256)) * 12_000  # 3 MiB: several read chunks
    signature = sign(io.BytesIO(data), KEY, NS, hash_alg=hash_alg)
    assert parse_signature(signature).hash_alg == hash_alg
    assert verify(signature, io.BytesIO(data), NS, [PUB]) == PUB
    assert verify(signature, data, NS, [PUB]) == PUB
    assert signature == sign(data, KEY, NS, hash_alg=hash_alg)


def test_round_trip_empty_message_and_str_signature() -> None:
    signature = sign(b"", KEY, NS)
    assert verify(signature.decode("ascii"), b"", NS, PUB) == PUB
    assert verify(signature, bytearray(), NS, PUB) == PUB


def test_armor_layout_matches_ssh_keygen() -> None:
    lines = SIGNATURE.split(b"\n")
    assert lines[0] == b"-----BEGIN SSH SIGNATURE-----"
    assert lines[-2:] == [b"-----END SSH SIGNATURE-----", b""]
    body = lines[1:-2]
    assert all(len(line) == 70 for line in body[:-1])
    assert 0 < len(body[-1]) <= 70
    assert armor(build()) == SIGNATURE  # field layout and 70-column wrap


def test_signature_is_deterministic_and_fields_parse() -> None:
    assert sign(MESSAGE, KEY, NS) == SIGNATURE
    parsed = parse_signature(SIGNATURE)
    assert (parsed.public_key, parsed.namespace, parsed.hash_alg) == (PUB, NS, "sha512")
    assert len(parsed.signature) == 64


def test_verify_returns_the_signer_among_several() -> None:
    signature = sign(MESSAGE, OTHER, NS)
    signer = verify(signature, MESSAGE, NS, [PUB, OTHER.public_key()])
    assert signer == OTHER.public_key()


def test_non_bundle_namespace() -> None:
    signature = sign(MESSAGE, KEY, "file")
    assert verify(signature, MESSAGE, "file", PUB) == PUB


def test_crlf_armor_is_accepted() -> None:
    assert verify(SIGNATURE.replace(b"\n", b"\r\n"), MESSAGE, NS, PUB) == PUB


def test_other_line_widths_are_accepted() -> None:
    assert verify(armor(build(), width=76), MESSAGE, NS, PUB) == PUB


# --- typed errors -------------------------------------------------------------------------


def test_tampered_message() -> None:
    with pytest.raises(SignatureInvalid) as info:
        verify(SIGNATURE, MESSAGE + b"x", NS, PUB)
    assert info.value.signer == PUB


def test_tampered_message_from_file() -> None:
    data = bytearray(b"A" * 2_500_000)
    signature = sign(bytes(data), KEY, NS)
    data[2_400_000] ^= 1
    with pytest.raises(SignatureInvalid):
        verify(signature, io.BytesIO(bytes(data)), NS, PUB)


@pytest.mark.parametrize("index", [0, 31, 32, 63])
def test_tampered_signature_bytes(index: int) -> None:
    blob = bytearray(dearmor(SIGNATURE))
    blob[len(blob) - 64 + index] ^= 0x01  # the Ed25519 signature is the last 64 bytes
    with pytest.raises(SignatureInvalid):
        verify(armor(bytes(blob)), MESSAGE, NS, PUB)


def test_every_single_byte_flip_is_refused() -> None:
    blob = dearmor(SIGNATURE)
    for index in range(len(blob)):
        for bit in (0x01, 0x80):
            mutated = bytearray(blob)
            mutated[index] ^= bit
            with pytest.raises(SshSigError):
                verify(armor(bytes(mutated)), MESSAGE, NS, PUB)


def test_wrong_namespace() -> None:
    with pytest.raises(SignatureNamespaceMismatch) as info:
        verify(SIGNATURE, MESSAGE, "guvoh-receipt-v1", PUB)
    assert (info.value.expected, info.value.found) == ("guvoh-receipt-v1", NS)


def test_namespace_swapped_after_signing() -> None:
    forged = build(namespace=b"guvoh-receipt-v1", signed_namespace=NS.encode())
    with pytest.raises(SignatureInvalid):
        verify(armor(forged), MESSAGE, "guvoh-receipt-v1", PUB)


def test_signer_not_allowed() -> None:
    signature = sign(MESSAGE, OTHER, NS)
    with pytest.raises(SignerNotAllowed) as info:
        verify(signature, MESSAGE, NS, [PUB])
    assert info.value.signer == OTHER.public_key()
    assert info.value.fingerprint == OTHER.public_key().fingerprint()
    with pytest.raises(SignerNotAllowed):
        verify(signature, MESSAGE, NS, [])


def test_swapped_key_in_signature() -> None:
    # someone replaces the embedded key with an allowed one: the signature no longer verifies
    forged = build(key_blob=PUB.to_blob(), key=OTHER)
    with pytest.raises(SignatureInvalid):
        verify(armor(forged), MESSAGE, NS, PUB)


@pytest.mark.parametrize(
    ("fields", "what", "value"),
    [
        ({"hash_alg": b"sha1"}, "hash-alg", "sha1"),
        ({"hash_alg": b"SHA512"}, "hash-alg", "SHA512"),
        ({"version": 2}, "version", "2"),
        ({"reserved": b"tag"}, "reserved", "3"),
        (
            {"key_blob": ssh_string(b"ssh-rsa") + ssh_string(b"\x01\x00\x01")},
            "key-type",
            "ssh-rsa",
        ),
        (
            {"key_blob": ssh_string(b"sk-ssh-ed25519@openssh.com") + ssh_string(bytes(32))},
            "key-type",
            "sk-ssh-ed25519@openssh.com",
        ),
    ],
)
def test_unsupported(fields: dict[str, object], what: str, value: str) -> None:
    with pytest.raises(SignatureUnsupported) as info:
        verify(armor(build(**fields)), MESSAGE, NS, PUB)  # type: ignore[arg-type]
    assert (info.value.what, info.value.value) == (what, value)


def test_sign_with_unknown_hash() -> None:
    with pytest.raises(SignatureUnsupported) as info:
        sign(MESSAGE, KEY, NS, hash_alg="md5")
    assert info.value.what == "hash-alg"


GOOD_BLOB = build()


@pytest.mark.parametrize(
    ("armored", "reason"),
    [
        (b"", "missing-header"),
        (b"\n\n", "missing-header"),
        (b"garbage", "missing-header"),
        (b" " + SIGNATURE, "missing-header"),
        (SIGNATURE.replace(b"-----END SSH SIGNATURE-----\n", b""), "missing-footer"),
        (SIGNATURE + b"trailing text\n", "missing-footer"),
        (b"-----BEGIN SSH SIGNATURE-----\n", "missing-footer"),
        (b"-----BEGIN SSH SIGNATURE-----\n-----END SSH SIGNATURE-----\n", "bad-base64"),
        (SIGNATURE.replace(b"\n", b"\n\n", 2), "bad-base64"),
        (SIGNATURE.replace(b"U1NI", b"U1N*"), "bad-base64"),
        (SIGNATURE.replace(b"U1NI", b"U1N "), "bad-base64"),
        (armor(GOOD_BLOB)[:-40] + b"\n-----END SSH SIGNATURE-----\n", "bad-base64"),
        (armor(GOOD_BLOB + b"\x00")[:-32] + b"AAA=\n-----END SSH SIGNATURE-----\n", "bad-base64"),
        (SIGNATURE + b" " * 20_000, "too-long"),
        (armor(b"SSHSIG"), "truncated"),
        (armor(GOOD_BLOB[:-1]), "truncated"),
        (armor(GOOD_BLOB[:40]), "truncated"),
        (armor(b"SSHSIH" + GOOD_BLOB[6:]), "magic"),
        (armor(build(extra=b"\x00")), "trailing-data"),
        (armor(build(sig_extra=b"\x00")), "signature-trailing-data"),
        (armor(build(sig=bytes(63))), "signature-length"),
        (armor(build(sig=bytes(65))), "signature-length"),
        (armor(build(sig_type=b"rsa-sha2-512")), "signature-type"),
        (armor(build(namespace=b"guvoh\x00bundle")), "namespace"),
        (armor(build(namespace=b"\xff\xfe")), "namespace"),
        (armor(build(hash_alg=b"sha\xff")), "hash-alg"),
        (armor(build(key_blob=PUB.to_blob()[:-1])), "public-key"),
        (armor(build(key_blob=PUB.to_blob() + b"\x00")), "public-key"),
    ],
)
def test_malformed(armored: bytes, reason: str) -> None:
    with pytest.raises(SignatureMalformed) as info:
        verify(armored, MESSAGE, NS, PUB)
    assert info.value.reason == reason


def test_non_ascii_str_signature() -> None:
    with pytest.raises(SignatureMalformed) as info:
        verify("-----BEGIN SSH SIGNATURE-----\nщ\n", MESSAGE, NS, PUB)
    assert info.value.reason == "encoding"


def test_hostile_namespace_in_error_is_bounded() -> None:
    signature = armor(build(namespace=b"\x1b[31m" + b"n" * 1000))
    with pytest.raises(SignatureNamespaceMismatch) as info:
        verify(signature, MESSAGE, NS, PUB)
    assert len(info.value.found) <= 64 + 8
    assert "\x1b" not in info.value.found


@pytest.mark.parametrize("namespace", ["", " ", "a b", "x\n", "-lead", "n" * 200, "ns,other"])
def test_invalid_namespace_from_caller(namespace: str) -> None:
    with pytest.raises(InvalidNamespace):
        sign(MESSAGE, KEY, namespace)
    with pytest.raises(InvalidNamespace):
        verify(SIGNATURE, MESSAGE, namespace, PUB)


def test_errors_share_bases() -> None:
    for cls in (
        SignatureMalformed,
        SignatureNamespaceMismatch,
        SignatureInvalid,
        SignerNotAllowed,
        SignatureUnsupported,
        InvalidNamespace,
        InvalidAllowedSigner,
    ):
        assert issubclass(cls, SshSigError)
    assert issubclass(SshSigError, CryptoError)


# --- fuzzing: only SshSigError may escape -------------------------------------------------


def _verify_only_typed(armored: bytes) -> None:
    try:
        signer = verify(armored, MESSAGE, NS, PUB)
    except SshSigError:
        return
    assert signer == PUB


@given(st.binary(max_size=600))
def test_fuzz_arbitrary_bytes(data: bytes) -> None:
    _verify_only_typed(data)


@given(st.binary(max_size=600))
def test_fuzz_arbitrary_armored_blob(blob: bytes) -> None:
    _verify_only_typed(armor(blob))
    _verify_only_typed(armor(b"SSHSIG\x00\x00\x00\x01" + blob))


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_mutated_blob(data: st.DataObject) -> None:
    blob = bytearray(GOOD_BLOB)
    for _ in range(data.draw(st.integers(1, 6))):
        op = data.draw(st.sampled_from(["flip", "set", "insert", "delete", "truncate"]))
        index = data.draw(st.integers(0, max(len(blob) - 1, 0)))
        if op == "flip" and blob:
            blob[index] ^= 1 << data.draw(st.integers(0, 7))
        elif op == "set" and blob:
            blob[index] = data.draw(st.sampled_from([0, 0xFF, 0x7F, 0x80, 1]))
        elif op == "insert":
            blob[index:index] = data.draw(st.binary(min_size=1, max_size=8))
        elif op == "delete" and blob:
            del blob[index : index + data.draw(st.integers(1, 8))]
        elif op == "truncate":
            del blob[index:]
    _verify_only_typed(armor(bytes(blob)))


@given(st.data())
def test_fuzz_mutated_armor(data: st.DataObject) -> None:
    text = bytearray(SIGNATURE)
    for _ in range(data.draw(st.integers(1, 4))):
        index = data.draw(st.integers(0, len(text) - 1))
        text[index] = data.draw(st.integers(0, 255))
    _verify_only_typed(bytes(text))


def _length_offsets(blob: bytes) -> list[int]:
    """Offsets of every uint32 in GOOD_BLOB: version, outer strings and nested strings."""
    offsets = [6]
    offset = 10
    for _ in range(5):  # publickey, namespace, reserved, hash_alg, signature
        offsets.append(offset)
        (length,) = struct.unpack_from(">I", blob, offset)
        offset += 4 + length
    key_at, sig_at = offsets[1] + 4, offsets[5] + 4
    offsets += [key_at, key_at + 4 + 11, sig_at, sig_at + 4 + 11]
    assert offset == len(blob)
    return offsets


LENGTH_OFFSETS = _length_offsets(GOOD_BLOB)


@given(st.integers(0, 2**32 - 1), st.sampled_from(LENGTH_OFFSETS))
def test_fuzz_length_fields(value: int, position: int) -> None:
    blob = bytearray(GOOD_BLOB)
    blob[position : position + 4] = struct.pack(">I", value)
    _verify_only_typed(armor(bytes(blob)))


# --- allowed_signers ------------------------------------------------------------------------


def test_allowed_signers_line_default() -> None:
    line = allowed_signers_line("alice@guvoh", PUB)
    assert line == f'alice@guvoh namespaces="{NS}" {PUB.to_openssh_line()}'


def test_allowed_signers_line_with_window_and_namespaces() -> None:
    after = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=5)))  # Tashkent
    before = datetime(2027, 1, 1, tzinfo=UTC)
    line = allowed_signers_line("Алишер", PUB, ["guvoh-bundle-v1", "file"], after, before)
    assert line == (
        'Алишер namespaces="guvoh-bundle-v1,file",valid-after="20260101220405Z",'
        f'valid-before="20270101000000Z" {PUB.to_openssh_line()}'
    )


def test_allowed_signers_line_quotes_a_name_with_spaces() -> None:
    """README pins "Researcher 7": OpenSSH reads a double-quoted principal as one (checked
    with the real ssh-keygen in tests/integration/test_allowed_signers.py)."""
    line = allowed_signers_line("Researcher 7", PUB)
    assert line == f'"Researcher 7" namespaces="{NS}" {PUB.to_openssh_line()}'


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": " leading space"}, "name"),
        ({"name": "trailing space "}, "name"),
        ({"name": "tab\tinside"}, "name"),
        ({"name": "no\u00a0break"}, "name"),
        ({"name": "a,b"}, "name"),
        ({"name": "*"}, "name"),
        ({"name": "!x"}, "name"),
        ({"name": '"q"'}, "name"),
        ({"name": "#c"}, "name"),
        ({"name": "x\n"}, "name"),
        ({"name": "n" * 300}, "name"),
        ({"namespaces": []}, "namespaces"),
        ({"namespaces": "guvoh-bundle-v1"}, "namespaces"),
        ({"valid_after": datetime(2026, 1, 1)}, "valid-after"),
        ({"valid_before": datetime(2026, 1, 1)}, "valid-before"),
        (
            {
                "valid_after": datetime(2027, 1, 1, tzinfo=UTC),
                "valid_before": datetime(2026, 1, 1, tzinfo=UTC),
            },
            "validity",
        ),
    ],
)
def test_allowed_signers_line_rejects(kwargs: dict[str, object], field: str) -> None:
    args: dict[str, object] = {"name": "alice", "public_key": PUB, **kwargs}
    with pytest.raises(InvalidAllowedSigner) as info:
        allowed_signers_line(**args)  # type: ignore[arg-type]
    assert info.value.field == field


def test_allowed_signers_line_rejects_bad_namespace() -> None:
    with pytest.raises(InvalidNamespace):
        allowed_signers_line("alice", PUB, ['x",cert-authority'])


def test_public_key_round_trip_through_signature() -> None:
    parsed = parse_signature(SIGNATURE)
    assert parsed.public_key == PublicKey.from_openssh_line(PUB.to_openssh_line("x"))
