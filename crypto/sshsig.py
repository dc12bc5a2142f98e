"""SSH signatures (OpenSSH PROTOCOL.sshsig) with Ed25519 keys, on ``cryptography`` only.

``sign`` writes the armored text ``ssh-keygen -Y sign`` writes, byte for byte;
``verify`` accepts what ``ssh-keygen -Y verify`` accepts for Ed25519 keys, parsed
strictly and bounded: for any signature bytes it returns or raises an ``SshSigError``.

Blob (PROTOCOL.sshsig)::

    byte[6] "SSHSIG"  uint32 1  string publickey  string namespace  string reserved("")
    string hash_algorithm  string signature(string "ssh-ed25519", string sig[64])

The Ed25519 signature covers ``"SSHSIG" || string(namespace) || string("") ||
string(hash_algorithm) || string(H(message))``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature

from crypto.errors import (
    InvalidAllowedSigner,
    InvalidNamespace,
    InvalidPublicKey,
    PublicKeyWrongType,
    SignatureInvalid,
    SignatureMalformed,
    SignatureNamespaceMismatch,
    SignatureUnsupported,
    SignerNotAllowed,
)
from crypto.identity import (
    KEY_TYPE_BYTES,
    SIGNATURE_LEN,
    PublicKey,
    SigningKey,
)

BUNDLE_NAMESPACE = "guvoh-bundle-v1"
MAGIC = b"SSHSIG"
SIG_VERSION = 1
BEGIN = b"-----BEGIN SSH SIGNATURE-----"
END = b"-----END SSH SIGNATURE-----"
ARMOR_COLUMNS = 70  # sshbuf_dtob64() wraps at 70 columns, so does ssh-keygen -Y sign
HASH_ALGS = frozenset({"sha256", "sha512"})
DEFAULT_HASH_ALG = "sha512"
# An Ed25519 signature is about 300 characters armored; a hostile file gets 16 KiB at most.
MAX_ARMORED_LEN = 16 * 1024
READ_CHUNK = 1 << 20
MAX_NAME_CHARS = 256
_MAX_DATA_CHARS = 64

Message = bytes | bytearray | memoryview | BinaryIO

_NAMESPACE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}")
_B64_LINE_RE = re.compile(rb"[A-Za-z0-9+/=]+")
_NAME_FORBIDDEN = frozenset('\t,"*?!#\\')


def _data(value: bytes | str) -> str:
    """A bounded, printable rendering of a hostile value for an error's data fields."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="backslashreplace")
    value = value[:_MAX_DATA_CHARS]
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in value)


# --- wire helpers -----------------------------------------------------------------------


def _ssh_string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


class _Reader:
    """Bounded reader over an SSH wire buffer; every short read is SignatureMalformed."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def raw(self, n: int) -> bytes:
        if n > len(self._data) - self._pos:
            raise SignatureMalformed("truncated")
        out = self._data[self._pos : self._pos + n]
        self._pos += n
        return out

    def u32(self) -> int:
        value: int = struct.unpack(">I", self.raw(4))[0]
        return value

    def string(self) -> bytes:
        return self.raw(self.u32())

    def text(self, field: str) -> str:
        data = self.string()
        if b"\x00" in data:
            raise SignatureMalformed(field)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise SignatureMalformed(field) from None

    def end(self, field: str) -> None:
        if self._pos != len(self._data):
            raise SignatureMalformed(field)


def _check_namespace(namespace: str) -> str:
    if not isinstance(namespace, str) or _NAMESPACE_RE.fullmatch(namespace) is None:
        raise InvalidNamespace(str(namespace))
    return namespace


def _hash_message(message: Message, hash_alg: str) -> bytes:
    """H(message), reading a file object in chunks (bounded memory)."""
    h = hashlib.new(hash_alg)
    if isinstance(message, bytes | bytearray | memoryview):
        h.update(message)
    else:
        while chunk := message.read(READ_CHUNK):
            h.update(chunk)
    return h.digest()


def _signed_data(namespace: str, hash_alg: str, digest: bytes) -> bytes:
    return (
        MAGIC
        + _ssh_string(namespace.encode("utf-8"))
        + _ssh_string(b"")
        + _ssh_string(hash_alg.encode("ascii"))
        + _ssh_string(digest)
    )


def _armor(blob: bytes) -> bytes:
    b64 = base64.b64encode(blob)
    lines = [b64[i : i + ARMOR_COLUMNS] for i in range(0, len(b64), ARMOR_COLUMNS)]
    return b"\n".join([BEGIN, *lines, END]) + b"\n"


def _dearmor(armored: bytes | bytearray | memoryview | str) -> bytes:
    if len(armored) > MAX_ARMORED_LEN:
        raise SignatureMalformed("too-long")
    if isinstance(armored, str):
        try:
            armored = armored.encode("ascii")
        except UnicodeEncodeError:
            raise SignatureMalformed("encoding") from None
    lines = bytes(armored).replace(b"\r\n", b"\n").split(b"\n")
    while lines and lines[-1] == b"":
        lines.pop()
    if not lines or lines[0] != BEGIN:
        raise SignatureMalformed("missing-header")
    if len(lines) < 2 or lines[-1] != END:
        raise SignatureMalformed("missing-footer")
    body = lines[1:-1]
    if not body or any(_B64_LINE_RE.fullmatch(line) is None for line in body):
        raise SignatureMalformed("bad-base64")
    b64 = b"".join(body)
    if len(b64) % 4 != 0:
        raise SignatureMalformed("bad-base64")
    try:
        blob = base64.b64decode(b64, validate=True)
    except (binascii.Error, ValueError):
        raise SignatureMalformed("bad-base64") from None
    if base64.b64encode(blob) != b64:  # padding in the middle, non-zero padding bits
        raise SignatureMalformed("bad-base64")
    return blob


# --- parsing, signing, verifying --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SshSignature:
    """A parsed SSHSIG, not yet verified: nothing in it is trustworthy."""

    public_key: PublicKey
    namespace: str
    hash_alg: str
    signature: bytes


def parse_signature(signature_armored: bytes | str) -> SshSignature:
    """Parse armored SSHSIG text strictly; raise SignatureMalformed or SignatureUnsupported."""
    reader = _Reader(_dearmor(signature_armored))
    if reader.raw(len(MAGIC)) != MAGIC:
        raise SignatureMalformed("magic")
    version = reader.u32()
    if version != SIG_VERSION:
        raise SignatureUnsupported("version", str(version))
    key_blob = reader.string()
    try:
        public_key = PublicKey.from_blob(key_blob)
    except PublicKeyWrongType as exc:
        raise SignatureUnsupported("key-type", exc.key_type) from None
    except InvalidPublicKey:
        raise SignatureMalformed("public-key") from None
    namespace = reader.text("namespace")
    reserved = reader.string()
    if reserved:
        raise SignatureUnsupported("reserved", str(len(reserved)))
    hash_alg = reader.text("hash-alg")
    if hash_alg not in HASH_ALGS:
        raise SignatureUnsupported("hash-alg", _data(hash_alg))
    sig_blob = reader.string()
    reader.end("trailing-data")

    sig_reader = _Reader(sig_blob)
    if sig_reader.string() != KEY_TYPE_BYTES:
        raise SignatureMalformed("signature-type")
    signature = sig_reader.string()
    if len(signature) != SIGNATURE_LEN:
        raise SignatureMalformed("signature-length")
    sig_reader.end("signature-trailing-data")
    return SshSignature(public_key, namespace, hash_alg, signature)


def sign(
    message: Message,
    key: SigningKey,
    namespace: str,
    hash_alg: str = DEFAULT_HASH_ALG,
) -> bytes:
    """Sign ``message`` (bytes, or a binary file object read to its end in chunks);
    return the armored signature exactly as ``ssh-keygen -Y sign`` writes it."""
    _check_namespace(namespace)
    if hash_alg not in HASH_ALGS:
        raise SignatureUnsupported("hash-alg", _data(hash_alg))
    digest = _hash_message(message, hash_alg)
    signature = key.sign_raw(_signed_data(namespace, hash_alg, digest))
    blob = (
        MAGIC
        + struct.pack(">I", SIG_VERSION)
        + _ssh_string(key.public_key().to_blob())
        + _ssh_string(namespace.encode("utf-8"))
        + _ssh_string(b"")
        + _ssh_string(hash_alg.encode("ascii"))
        + _ssh_string(_ssh_string(KEY_TYPE_BYTES) + _ssh_string(signature))
    )
    return _armor(blob)


def verify(
    signature_armored: bytes | str,
    message: Message,
    namespace: str,
    allowed: PublicKey | Sequence[PublicKey],
) -> PublicKey:
    """Verify an armored SSHSIG over ``message`` for ``namespace``; return the signer.

    Checks, in order: structure (SignatureMalformed, SignatureUnsupported), namespace
    (SignatureNamespaceMismatch), the Ed25519 signature over H(message) (SignatureInvalid),
    then the signer against ``allowed`` (SignerNotAllowed). So SignerNotAllowed means a
    genuine signature by a key we do not know, whose fingerprint it carries. Validity
    windows of pinned keys are the caller's business. OSError from reading ``message``
    propagates unchanged.
    """
    _check_namespace(namespace)
    allowed_keys = (allowed,) if isinstance(allowed, PublicKey) else tuple(allowed)
    if not all(isinstance(k, PublicKey) for k in allowed_keys):
        raise TypeError("allowed must hold PublicKey objects")
    parsed = parse_signature(signature_armored)
    if parsed.namespace != namespace:
        raise SignatureNamespaceMismatch(namespace, _data(parsed.namespace))
    digest = _hash_message(message, parsed.hash_alg)
    signed = _signed_data(namespace, parsed.hash_alg, digest)
    try:
        parsed.public_key.to_cryptography().verify(parsed.signature, signed)
    except (InvalidSignature, ValueError):
        raise SignatureInvalid(parsed.public_key) from None
    if parsed.public_key not in allowed_keys:
        raise SignerNotAllowed(parsed.public_key)
    return parsed.public_key


# --- allowed_signers --------------------------------------------------------------------


def _timestamp(field: str, when: datetime) -> str:
    if when.tzinfo is None or when.utcoffset() is None:
        raise InvalidAllowedSigner(field, when.isoformat())
    utc = when.astimezone(UTC)
    if not 1970 <= utc.year <= 9999:
        raise InvalidAllowedSigner(field, when.isoformat())
    return utc.strftime("%Y%m%d%H%M%S") + "Z"


def allowed_signers_line(
    name: str,
    public_key: PublicKey,
    namespaces: Sequence[str] = (BUNDLE_NAMESPACE,),
    valid_after: datetime | None = None,
    valid_before: datetime | None = None,
) -> str:
    """One line of OpenSSH's allowed_signers file (no newline), e.g.
    ``NAME namespaces="guvoh-bundle-v1",valid-before="20270101000000Z" ssh-ed25519 AAAA...``.

    ``name`` is the principal given to ``ssh-keygen -Y verify -I``, as valid_principal
    says; a name with spaces is written in double quotes (``"Researcher 7" namespaces=...``),
    which OpenSSH reads as one principal. At least one namespace is required, so a pinned
    key is never good for every purpose. Times must be timezone-aware; they are written in
    UTC.
    """
    if not valid_principal(name):
        raise InvalidAllowedSigner("name", str(name))
    if isinstance(namespaces, str) or not namespaces:
        raise InvalidAllowedSigner("namespaces", str(namespaces))
    for namespace in namespaces:
        _check_namespace(namespace)
    options = ['namespaces="' + ",".join(namespaces) + '"']
    if valid_after is not None:
        options.append(f'valid-after="{_timestamp("valid-after", valid_after)}"')
    if valid_before is not None:
        options.append(f'valid-before="{_timestamp("valid-before", valid_before)}"')
    if valid_after is not None and valid_before is not None and valid_after >= valid_before:
        window = f"{valid_after.isoformat()}/{valid_before.isoformat()}"
        raise InvalidAllowedSigner("validity", window)
    principal = f'"{name}"' if " " in name else name
    return f"{principal} {','.join(options)} {public_key.to_openssh_line()}"


def valid_principal(name: object) -> bool:
    """Whether `name` can be one principal of an allowed_signers line: 1 to 256 printable
    characters (any script), spaces only inside, none of ``, " * ? ! # \\`` (OpenSSH's
    pattern and quoting syntax: a ``*`` would match every principal)."""
    return (
        isinstance(name, str)
        and 0 < len(name) <= MAX_NAME_CHARS
        and name == name.strip(" ")
        and not any(c in _NAME_FORBIDDEN or not c.isprintable() for c in name)
    )
