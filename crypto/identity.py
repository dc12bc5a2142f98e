"""Ed25519 identities: signing keys, OpenSSH public key lines, fingerprints, safety codes.

A researcher's or an organisation's identity is shown three ways (DESIGN.md section 5):
the OpenSSH public line ``ssh-ed25519 AAAA... pseudonym``, its ``SHA256:`` fingerprint
exactly as ``ssh-keygen -lf`` prints it, and a safety code of digits for reading aloud.
Parsing is strict and bounded; every failure is a typed ``IdentityError`` carrying data.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import struct
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from crypto.errors import (
    InvalidComment,
    InvalidSafetyCode,
    InvalidSigningKey,
    PublicKeyBadBase64,
    PublicKeyMalformed,
    PublicKeyTrailingData,
    PublicKeyWrongLength,
    PublicKeyWrongType,
    WeakPublicKey,
)

KEY_TYPE = "ssh-ed25519"
KEY_TYPE_BYTES = KEY_TYPE.encode("ascii")
RAW_KEY_LEN = 32
SEED_LEN = 32
SIGNATURE_LEN = 64
# An Ed25519 line is about 80 characters plus the comment; anything far longer is hostile.
MAX_LINE_CHARS = 4096
_MAX_DATA_CHARS = 64  # how much of a hostile value an error keeps

# Safety code parameters (see safety_code()). Changing any of them changes every code:
# bump SAFETY_CODE_VERSION and the domain together.
SAFETY_CODE_VERSION = 1
SAFETY_CODE_DOMAIN = b"guvoh safety code: ssh public key blob"
SAFETY_CODE_ITERATIONS = 5200
SAFETY_CODE_GROUPS = 8
SAFETY_CODE_GROUP_DIGITS = 4
SAFETY_CODE_DIGITS = SAFETY_CODE_GROUPS * SAFETY_CODE_GROUP_DIGITS  # 32 digits, 106.3 bits
_SAFETY_CHUNK_BYTES = 5
_MAX_BLOB_LEN = 16384

_LINE_RE = re.compile(r"(\S+)[ \t]+(\S+)(?:[ \t]+(.*))?", re.DOTALL)


def _data(value: bytes | str) -> str:
    """A bounded, printable rendering of a hostile value for an error's data fields."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="backslashreplace")
    value = value[:_MAX_DATA_CHARS]
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in value)


# --- wire format ------------------------------------------------------------------------


def _ssh_string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def _read_ssh_string(blob: bytes, offset: int) -> tuple[bytes, int]:
    if offset + 4 > len(blob):
        raise PublicKeyMalformed("truncated")
    (length,) = struct.unpack_from(">I", blob, offset)
    offset += 4
    if length > len(blob) - offset:
        raise PublicKeyMalformed("truncated")
    return blob[offset : offset + length], offset + length


# --- public keys ------------------------------------------------------------------------

_P25519 = 2**255 - 19
# Encodings of the points of small order (libsodium's ge25519_has_small_order list): order
# 4 (0), order 1 (1), two of order 8, order 2 (p-1), and the non-canonical p and p+1. The
# sign bit (bit 255) is ignored when comparing.
_SMALL_ORDER = tuple(
    bytes.fromhex(h)
    for h in (
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0100000000000000000000000000000000000000000000000000000000000000",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    )
)


def is_weak_ed25519(raw: bytes) -> bool:
    """True for a small-order point or a non-canonical y (>= p): keys nobody can own."""
    if len(raw) != RAW_KEY_LEN:
        return True
    cleared = raw[:31] + bytes([raw[31] & 0x7F])
    if any(cleared == bad for bad in _SMALL_ORDER):
        return True
    return int.from_bytes(cleared, "little") >= _P25519


@dataclass(frozen=True, slots=True)
class PublicKey:
    """An Ed25519 public key (32 raw bytes). Equality and hashing are by key only."""

    raw: bytes

    def __post_init__(self) -> None:
        if not isinstance(self.raw, bytes):
            raise TypeError("PublicKey.raw must be bytes")
        if len(self.raw) != RAW_KEY_LEN:
            raise PublicKeyWrongLength(len(self.raw))
        if is_weak_ed25519(self.raw):
            raise WeakPublicKey()

    @classmethod
    def from_raw(cls, raw: bytes) -> PublicKey:
        """Build from the 32 raw key bytes."""
        return cls(bytes(raw))

    @classmethod
    def from_blob(cls, blob: bytes) -> PublicKey:
        """Parse the SSH wire blob: string "ssh-ed25519", string key(32), nothing more."""
        blob = bytes(blob)
        if len(blob) > _MAX_BLOB_LEN:
            raise PublicKeyMalformed("too-long")
        key_type, offset = _read_ssh_string(blob, 0)
        if key_type != KEY_TYPE_BYTES:
            raise PublicKeyWrongType(_data(key_type))
        raw, offset = _read_ssh_string(blob, offset)
        if len(raw) != RAW_KEY_LEN:
            raise PublicKeyWrongLength(len(raw))
        if offset != len(blob):
            raise PublicKeyTrailingData(len(blob) - offset)
        return cls(raw)

    @classmethod
    def parse_openssh_line(cls, line: str | bytes) -> tuple[PublicKey, str]:
        """Parse ``ssh-ed25519 AAAA... [comment]``; return the key and the comment.

        Surrounding whitespace (a pasted newline) is ignored; the fields are separated
        by spaces or tabs; the comment may contain spaces but no control characters.
        """
        if len(line) > MAX_LINE_CHARS:
            raise PublicKeyMalformed("too-long")
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                raise PublicKeyMalformed("encoding") from None
        text = line.strip(" \t\r\n")
        if any(not (c.isprintable() or c == "\t") for c in text):
            raise PublicKeyMalformed("control-character")
        match = _LINE_RE.fullmatch(text)
        if match is None:
            if text and text.split()[0] != KEY_TYPE:
                raise PublicKeyWrongType(_data(text.split()[0]))
            raise PublicKeyMalformed("missing-field")
        key_type, b64, comment = match.group(1), match.group(2), match.group(3) or ""
        if key_type != KEY_TYPE:
            raise PublicKeyWrongType(_data(key_type))
        blob = _strict_b64decode(b64)
        key = cls.from_blob(blob)
        return key, comment.strip(" \t")

    @classmethod
    def from_openssh_line(cls, line: str | bytes) -> PublicKey:
        """Parse an OpenSSH public key line (as in a .pub file); the comment is dropped."""
        return cls.parse_openssh_line(line)[0]

    def to_blob(self) -> bytes:
        """The SSH wire blob (what fingerprints and SSHSIG signatures carry)."""
        return _ssh_string(KEY_TYPE_BYTES) + _ssh_string(self.raw)

    def to_openssh_line(self, comment: str = "") -> str:
        """``ssh-ed25519 AAAA... comment`` (no newline), as ssh-keygen writes a .pub file."""
        if comment != comment.strip(" \t") or any(not c.isprintable() for c in comment):
            raise InvalidComment(comment)
        b64 = base64.b64encode(self.to_blob()).decode("ascii")
        return f"{KEY_TYPE} {b64} {comment}" if comment else f"{KEY_TYPE} {b64}"

    def fingerprint(self) -> str:
        """``SHA256:<unpadded base64>``, exactly the hash ``ssh-keygen -lf`` prints."""
        digest = hashlib.sha256(self.to_blob()).digest()
        return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")

    def safety_code(self) -> str:
        """The digits to read aloud for this key (see ``safety_code``)."""
        return safety_code(self.to_blob())

    def to_cryptography(self) -> Ed25519PublicKey:
        """The key as a ``cryptography`` object, for verifying."""
        return Ed25519PublicKey.from_public_bytes(self.raw)

    def __repr__(self) -> str:
        return f"PublicKey({self.fingerprint()})"


def _strict_b64decode(text: str) -> bytes:
    if len(text) % 4 != 0:
        raise PublicKeyBadBase64
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise PublicKeyBadBase64 from None
    if base64.b64encode(data).decode("ascii") != text:  # non-zero padding bits
        raise PublicKeyBadBase64
    return data


# --- signing keys -----------------------------------------------------------------------


class SigningKey:
    """An Ed25519 private key. Its 32-byte seed is stored only inside the encrypted vault."""

    __slots__ = ("_key",)

    def __init__(self, key: Ed25519PrivateKey) -> None:
        self._key = key

    @classmethod
    def generate(cls) -> SigningKey:
        """A fresh key from the operating system's random source."""
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_bytes(cls, seed: bytes) -> SigningKey:
        """Load the 32-byte raw seed written by ``to_bytes``."""
        if len(seed) != SEED_LEN:
            raise InvalidSigningKey(len(seed))
        return cls(Ed25519PrivateKey.from_private_bytes(bytes(seed)))

    def to_bytes(self) -> bytes:
        """The 32-byte raw seed, for storage inside the vault only."""
        return self._key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())

    def public_key(self) -> PublicKey:
        """The matching public key."""
        return PublicKey(self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))

    def sign_raw(self, data: bytes) -> bytes:
        """A bare 64-byte Ed25519 signature. Use crypto.sshsig for anything stored or sent."""
        return self._key.sign(data)

    def __repr__(self) -> str:
        return f"SigningKey(public={self.public_key().fingerprint()})"


# --- safety codes -----------------------------------------------------------------------


def safety_code(public_key_blob: bytes) -> str:
    """Digits to read aloud to compare a key out of band, e.g. ``"0417 9921 ... 3380"``.

    Design, after Signal's safety numbers (NumericFingerprintGenerator):

    - input: ``h0 = u16(version=1) || string(domain) || string(blob)``, where ``blob`` is
      the SSH wire blob, so the key type is hashed too, and ``domain`` is a fixed label
      so these digits never equal any other hash of the same key;
    - stretch: ``h = SHA-512(h || blob)`` iterated 5200 times (as Signal), about 2^12.3
      SHA-512 calls per guess and a few milliseconds for us;
    - output: the first 40 bytes of ``h`` as eight 5-byte big-endian chunks, each taken
      mod 10000 and written as 4 digits (the mod bias is below 1e-8 per value).

    32 digits (8 groups of 4) carry log2(10^32) = 106.3 bits. To show the same code as a
    victim's key an adversary needs a second preimage: about 2^106 keys of 2^12.3 hashes
    each, 2^118 work (2^98 even if any one of a million keys will do). 24 digits would be
    79.7 bits, under our 80-bit floor and within reach of a state's hashing power over
    years (2^92 work); 40 digits would add reading time for strength Ed25519 itself
    (about 2^128) does not have. Groups of 4 digits are easy to read in any language.
    """
    blob = bytes(public_key_blob)
    if not blob or len(blob) > _MAX_BLOB_LEN:
        raise PublicKeyMalformed("blob-length")
    h = struct.pack(">H", SAFETY_CODE_VERSION) + _ssh_string(SAFETY_CODE_DOMAIN) + _ssh_string(blob)
    for _ in range(SAFETY_CODE_ITERATIONS):
        h = hashlib.sha512(h + blob).digest()
    modulus = 10**SAFETY_CODE_GROUP_DIGITS
    groups = []
    for i in range(SAFETY_CODE_GROUPS):
        chunk = h[i * _SAFETY_CHUNK_BYTES : (i + 1) * _SAFETY_CHUNK_BYTES]
        groups.append(f"{int.from_bytes(chunk, 'big') % modulus:0{SAFETY_CODE_GROUP_DIGITS}d}")
    return " ".join(groups)


def safety_code_for(key: PublicKey) -> str:
    """The safety code of a public key."""
    return safety_code(key.to_blob())


def safety_code_for_line(line: str | bytes) -> str:
    """The safety code of an OpenSSH public key line (strictly parsed)."""
    return safety_code_for(PublicKey.from_openssh_line(line))


def normalize_safety_code(text: str) -> str:
    """Canonical form of a typed or pasted code: any script's decimal digits, spaces and
    dashes accepted (``"٠٤١٧-9921..."``), returned as 8 ASCII groups of 4."""
    if len(text) > 4 * SAFETY_CODE_DIGITS:
        raise InvalidSafetyCode(len(text))
    digits: list[str] = []
    for char in text:
        if char in " \t\r\n-.\u00a0\u202f":
            continue
        if not char.isdecimal():
            raise InvalidSafetyCode(len(digits), _data(char))
        digits.append(str(unicodedata.decimal(char)))
    if len(digits) != SAFETY_CODE_DIGITS:
        raise InvalidSafetyCode(len(digits))
    joined = "".join(digits)
    step = SAFETY_CODE_GROUP_DIGITS
    return " ".join(joined[i : i + step] for i in range(0, SAFETY_CODE_DIGITS, step))


def safety_code_matches(key: PublicKey, text: str) -> bool:
    """Whether typed code ``text`` is the key's safety code (raises InvalidSafetyCode if
    ``text`` is not 32 digits)."""
    return normalize_safety_code(text) == safety_code_for(key)
