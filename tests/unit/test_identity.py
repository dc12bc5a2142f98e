"""Ed25519 identities: key storage, OpenSSH lines, fingerprints and safety codes."""

from __future__ import annotations

import base64
import hashlib
import re
import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto.errors import (
    CryptoError,
    IdentityError,
    InvalidComment,
    InvalidPublicKey,
    InvalidSafetyCode,
    InvalidSigningKey,
    PublicKeyBadBase64,
    PublicKeyMalformed,
    PublicKeyTrailingData,
    PublicKeyWrongLength,
    PublicKeyWrongType,
)
from crypto.identity import (
    SAFETY_CODE_DIGITS,
    PublicKey,
    SigningKey,
    normalize_safety_code,
    safety_code,
    safety_code_for,
    safety_code_for_line,
    safety_code_matches,
)

# Made by `ssh-keygen -t ed25519 -C 'probe key'`; `ssh-keygen -lf` printed the fingerprint.
VECTOR_LINE = (
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIM8xnVGICNMK3RyI8OTKhNk+SDhZ6iodMTLfdfgEONw probe key"
)
VECTOR_FINGERPRINT = "SHA256:HoETVgMmfhw+DEcxOkxZSKjL95vulLvxYA+94W0S6fs"
# Our own format: pinned so that a change to the derivation cannot go unnoticed.
VECTOR_SAFETY_CODE = "5887 4618 4442 0824 0469 7514 2034 0777"

SAFETY_CODE_RE = re.compile(r"\d{4}( \d{4}){7}")


def ssh_string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def line_for_blob(blob: bytes, key_type: str = "ssh-ed25519") -> str:
    return f"{key_type} {base64.b64encode(blob).decode()} comment"


def reference_safety_code(blob: bytes) -> str:
    """Independent rewrite of the documented derivation."""
    domain = b"guvoh safety code: ssh public key blob"
    state = (
        b"\x00\x01" + len(domain).to_bytes(4, "big") + domain + len(blob).to_bytes(4, "big") + blob
    )
    for _ in range(5200):
        state = hashlib.sha512(state + blob).digest()
    return " ".join(
        str(int.from_bytes(state[5 * i : 5 * i + 5], "big") % 10_000).zfill(4) for i in range(8)
    )


# --- signing keys -----------------------------------------------------------------------


def test_signing_key_seed_round_trip() -> None:
    key = SigningKey.generate()
    seed = key.to_bytes()
    assert len(seed) == 32
    again = SigningKey.from_bytes(seed)
    assert again.to_bytes() == seed
    assert again.public_key() == key.public_key()
    assert again.sign_raw(b"x") == key.sign_raw(b"x")  # Ed25519 is deterministic


def test_generated_keys_differ() -> None:
    assert SigningKey.generate().public_key() != SigningKey.generate().public_key()


@pytest.mark.parametrize("length", [0, 31, 33, 64])
def test_signing_key_wrong_seed_length(length: int) -> None:
    with pytest.raises(InvalidSigningKey) as info:
        SigningKey.from_bytes(bytes(length))
    assert info.value.length == length
    assert isinstance(info.value, IdentityError)
    assert isinstance(info.value, CryptoError)


def test_signing_key_repr_does_not_show_the_seed() -> None:
    key = SigningKey.generate()
    text = repr(key)
    assert key.to_bytes().hex() not in text
    assert base64.b64encode(key.to_bytes()).decode() not in text
    assert key.public_key().fingerprint() in text


def test_signature_verifies_with_public_key() -> None:
    key = SigningKey.generate()
    signature = key.sign_raw(b"data")
    assert len(signature) == 64
    key.public_key().to_cryptography().verify(signature, b"data")


# --- public keys and lines ----------------------------------------------------------------


def test_vector_line_parses_with_comment() -> None:
    key, comment = PublicKey.parse_openssh_line(VECTOR_LINE)
    assert comment == "probe key"
    assert key.to_openssh_line("probe key") == VECTOR_LINE
    assert PublicKey.from_openssh_line(VECTOR_LINE) == key


def test_fingerprint_matches_ssh_keygen_vector() -> None:
    assert PublicKey.from_openssh_line(VECTOR_LINE).fingerprint() == VECTOR_FINGERPRINT


def test_fingerprint_is_stable_and_key_specific() -> None:
    key = SigningKey.generate().public_key()
    assert key.fingerprint() == key.fingerprint()
    assert re.fullmatch(r"SHA256:[A-Za-z0-9+/]{43}", key.fingerprint())
    expected = base64.b64encode(hashlib.sha256(key.to_blob()).digest()).decode().rstrip("=")
    assert key.fingerprint() == "SHA256:" + expected
    assert key.fingerprint() != SigningKey.generate().public_key().fingerprint()


def test_blob_layout() -> None:
    key = SigningKey.generate().public_key()
    assert key.to_blob() == ssh_string(b"ssh-ed25519") + ssh_string(key.raw)
    assert PublicKey.from_blob(key.to_blob()) == key
    assert PublicKey.from_raw(key.raw) == key


@pytest.mark.parametrize(
    "comment", ["", "alice", "Алишер Каримов", "a b  c", "name@example.org", "Ғ ҷ ӯ"]
)
def test_line_round_trip(comment: str) -> None:
    key = SigningKey.generate().public_key()
    line = key.to_openssh_line(comment)
    assert PublicKey.parse_openssh_line(line) == (key, comment)
    assert line.count("\n") == 0


@pytest.mark.parametrize("suffix", ["\n", "\r\n", "  \n", "\t"])
def test_pasted_line_with_surrounding_whitespace(suffix: str) -> None:
    key = PublicKey.from_openssh_line(" " + VECTOR_LINE + suffix)
    assert key.fingerprint() == VECTOR_FINGERPRINT


def test_bytes_line_accepted() -> None:
    assert PublicKey.from_openssh_line(VECTOR_LINE.encode()).fingerprint() == VECTOR_FINGERPRINT


def test_public_keys_compare_and_hash_by_key() -> None:
    key = PublicKey.from_openssh_line(VECTOR_LINE)
    same = PublicKey.from_openssh_line(VECTOR_LINE.replace("probe key", "other"))
    assert key == same
    assert len({key, same}) == 1
    assert "SHA256:" in repr(key)


@pytest.mark.parametrize("comment", ["a\nb", "tab\there", " lead", "trail ", "\u202eevil"])
def test_invalid_comment(comment: str) -> None:
    with pytest.raises(InvalidComment):
        SigningKey.generate().public_key().to_openssh_line(comment)


# --- strict parsing: each typed error -----------------------------------------------------

GOOD_B64 = VECTOR_LINE.split()[1]
GOOD_BLOB = base64.b64decode(GOOD_B64)
RAW = GOOD_BLOB[-32:]


@pytest.mark.parametrize(
    "b64",
    [
        GOOD_B64[:-1],  # length not a multiple of 4
        GOOD_B64[:-1] + "!",  # not in the alphabet
        base64.b64encode(GOOD_BLOB + b"\x00").decode().rstrip("="),  # unpadded
        GOOD_B64[:-4] + "AB==",  # non-zero padding bits
        GOOD_B64[:-2] + "x=",  # non-zero padding bits: not canonical
        GOOD_B64[:20] + "-_" + GOOD_B64[22:],  # URL-safe alphabet
        GOOD_B64[:-4] + "é===",
    ],
)
def test_bad_base64(b64: str) -> None:
    with pytest.raises(PublicKeyBadBase64) as info:
        PublicKey.from_openssh_line(f"ssh-ed25519 {b64} c")
    assert info.value.reason == "bad-base64"


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("ssh-rsa " + GOOD_B64, "ssh-rsa"),
        ("sk-ssh-ed25519@openssh.com " + GOOD_B64, "sk-ssh-ed25519@openssh.com"),
        ("ssh-ed25519-cert-v01@openssh.com " + GOOD_B64, "ssh-ed25519-cert-v01@openssh.com"),
        ('no-pty,command="x" ' + VECTOR_LINE, 'no-pty,command="x"'),
        ("ssh-dss", "ssh-dss"),
        # the outer type says ed25519, the blob says something else
        (line_for_blob(ssh_string(b"ssh-rsa") + ssh_string(RAW)), "ssh-rsa"),
    ],
)
def test_wrong_key_type(line: str, found: str) -> None:
    with pytest.raises(PublicKeyWrongType) as info:
        PublicKey.from_openssh_line(line)
    assert info.value.key_type == found


@pytest.mark.parametrize("length", [0, 31, 33, 64])
def test_wrong_key_length(length: int) -> None:
    blob = ssh_string(b"ssh-ed25519") + ssh_string(bytes(range(length)))
    with pytest.raises(PublicKeyWrongLength) as info:
        PublicKey.from_openssh_line(line_for_blob(blob))
    assert (info.value.length, info.value.expected) == (length, 32)


@pytest.mark.parametrize("extra", [b"\x00", b"junk", ssh_string(b"more")])
def test_trailing_junk_in_blob(extra: bytes) -> None:
    with pytest.raises(PublicKeyTrailingData) as info:
        PublicKey.from_openssh_line(line_for_blob(GOOD_BLOB + extra))
    assert info.value.extra == len(extra)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("", "missing-field"),
        ("ssh-ed25519", "missing-field"),
        ("ssh-ed25519\n" + GOOD_B64, "control-character"),
        (VECTOR_LINE + "\x00", "control-character"),
        ("ssh-ed25519 " + GOOD_B64 + " a\nssh-ed25519 " + GOOD_B64, "control-character"),
        ("ssh-ed25519 " + GOOD_B64 + " " + "x" * 5000, "too-long"),
        (line_for_blob(GOOD_BLOB[:-1]), "truncated"),
        (line_for_blob(GOOD_BLOB[:10]), "truncated"),
        (line_for_blob(b"\xff\xff\xff\xff"), "truncated"),
    ],
)
def test_malformed_line(line: str, reason: str) -> None:
    with pytest.raises(PublicKeyMalformed) as info:
        PublicKey.from_openssh_line(line)
    assert info.value.reason == reason


@pytest.mark.parametrize("blob", [b"", b"\x00\x00\x00", b"\x00\x00\x00\x0bssh-ed25519"])
def test_truncated_blob(blob: bytes) -> None:
    with pytest.raises(PublicKeyMalformed) as info:
        PublicKey.from_blob(blob)
    assert info.value.reason == "truncated"


def test_non_utf8_bytes_line() -> None:
    with pytest.raises(PublicKeyMalformed) as info:
        PublicKey.from_openssh_line(VECTOR_LINE.encode() + b" \xff")
    assert info.value.reason == "encoding"


def test_public_key_constructor_checks_length() -> None:
    with pytest.raises(PublicKeyWrongLength):
        PublicKey(b"short")


def test_all_parse_errors_share_a_base() -> None:
    classes: list[type[Exception]] = [
        PublicKeyMalformed,
        PublicKeyBadBase64,
        PublicKeyWrongType,
        PublicKeyWrongLength,
        PublicKeyTrailingData,
    ]
    for cls in classes:
        assert issubclass(cls, InvalidPublicKey)
    assert issubclass(InvalidPublicKey, IdentityError)


@given(st.text(max_size=300))
def test_fuzz_line_parser_raises_only_typed_errors(text: str) -> None:
    try:
        key = PublicKey.from_openssh_line(text)
    except InvalidPublicKey:
        return
    assert len(key.raw) == 32


@given(st.binary(max_size=200))
def test_fuzz_blob_parser_raises_only_typed_errors(blob: bytes) -> None:
    try:
        key = PublicKey.from_blob(blob)
    except InvalidPublicKey:
        return
    assert key.to_blob() == blob


@given(st.binary(max_size=120))
def test_fuzz_line_of_any_blob(blob: bytes) -> None:
    try:
        key = PublicKey.from_openssh_line(line_for_blob(blob))
    except InvalidPublicKey:
        return
    assert key.to_blob() == blob


@given(
    st.binary(min_size=32, max_size=32),
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cc", "Cs", "Cf", "Cn", "Zl", "Zp", "Zs", "Co")
        ),
        max_size=40,
    ),
)
def test_property_line_round_trip(raw: bytes, comment: str) -> None:
    from hypothesis import assume

    from crypto.identity import is_weak_ed25519

    assume(not is_weak_ed25519(raw))  # refused by design (tests/unit/test_fuzz_regressions.py)
    key = PublicKey.from_raw(raw)
    assert PublicKey.parse_openssh_line(key.to_openssh_line(comment)) == (key, comment)


# --- safety codes -------------------------------------------------------------------------


def test_safety_code_vector() -> None:
    key = PublicKey.from_openssh_line(VECTOR_LINE)
    assert safety_code(key.to_blob()) == VECTOR_SAFETY_CODE
    assert reference_safety_code(key.to_blob()) == VECTOR_SAFETY_CODE
    assert key.safety_code() == VECTOR_SAFETY_CODE
    assert safety_code_for(key) == VECTOR_SAFETY_CODE
    assert safety_code_for_line(VECTOR_LINE) == VECTOR_SAFETY_CODE


def test_safety_code_format() -> None:
    code = safety_code_for(SigningKey.generate().public_key())
    assert SAFETY_CODE_RE.fullmatch(code)
    assert sum(c.isdigit() for c in code) == SAFETY_CODE_DIGITS == 32
    assert code.isascii()


def test_safety_code_is_deterministic() -> None:
    key = SigningKey.generate().public_key()
    assert safety_code_for(key) == safety_code_for(PublicKey.from_raw(key.raw))


def test_different_keys_give_different_codes() -> None:
    keys = [SigningKey.generate().public_key() for _ in range(40)]
    codes = {safety_code_for(k) for k in keys}
    assert len(codes) == len(keys)
    for code in codes:
        assert SAFETY_CODE_RE.fullmatch(code)


def test_one_bit_changes_the_code() -> None:
    raw = bytearray(SigningKey.generate().public_key().raw)
    before = safety_code_for(PublicKey.from_raw(bytes(raw)))
    raw[31] ^= 1
    after = safety_code_for(PublicKey.from_raw(bytes(raw)))
    assert before != after
    # roughly half the digits change, not just one group
    assert sum(a != b for a, b in zip(before, after, strict=True)) > 10


def test_safety_code_is_domain_separated_from_plain_hashes() -> None:
    blob = PublicKey.from_openssh_line(VECTOR_LINE).to_blob()
    plain = hashlib.sha512(blob).digest()
    naive = " ".join(
        str(int.from_bytes(plain[5 * i : 5 * i + 5], "big") % 10_000).zfill(4) for i in range(8)
    )
    assert safety_code(blob) != naive


@pytest.mark.parametrize("blob", [b"", bytes(20_000)])
def test_safety_code_rejects_absurd_blobs(blob: bytes) -> None:
    with pytest.raises(PublicKeyMalformed):
        safety_code(blob)


def test_normalize_typed_codes() -> None:
    assert normalize_safety_code(VECTOR_SAFETY_CODE) == VECTOR_SAFETY_CODE
    assert normalize_safety_code(VECTOR_SAFETY_CODE.replace(" ", "")) == VECTOR_SAFETY_CODE
    assert normalize_safety_code(VECTOR_SAFETY_CODE.replace(" ", "-")) == VECTOR_SAFETY_CODE
    # Eastern Arabic (Persian) and Arabic-Indic digits, as a Tajik or Afghan user may type
    persian = VECTOR_SAFETY_CODE.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    arabic = VECTOR_SAFETY_CODE.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert normalize_safety_code(persian) == VECTOR_SAFETY_CODE
    assert normalize_safety_code(arabic) == VECTOR_SAFETY_CODE


@pytest.mark.parametrize(
    ("text", "digits", "bad"),
    [
        ("1234", 4, None),
        (VECTOR_SAFETY_CODE + " 1", 33, None),
        (VECTOR_SAFETY_CODE[:-1] + "x", 31, "x"),
        ("", 0, None),
    ],
)
def test_normalize_rejects_bad_codes(text: str, digits: int, bad: str | None) -> None:
    with pytest.raises(InvalidSafetyCode) as info:
        normalize_safety_code(text)
    assert (info.value.digits, info.value.bad_char) == (digits, bad)


def test_safety_code_matches() -> None:
    key = PublicKey.from_openssh_line(VECTOR_LINE)
    assert safety_code_matches(key, VECTOR_SAFETY_CODE.replace(" ", ""))
    other = SigningKey.generate().public_key()
    assert not safety_code_matches(other, VECTOR_SAFETY_CODE)
