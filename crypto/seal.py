"""Sealed for travel (DESIGN.md 2b): the data key split in two halves, one of them away.

DEK = K1 xor K2. While sealed, the passphrase slot wraps K1 (key-slot purpose 3, see
crypto/keyslots.py); K2 is only in the travel request, which is encrypted to the
organisation; the organisation sends it back in a release token. docs/seal.md is the
normative description of the three formats below. Only `cryptography` primitives and the
project's own age and SSH-signature code are used.

- **Seal file** (in the vault folder, written by storage/seal.py): a public 12-byte header,
  then ChaCha20-Poly1305 under HKDF(K1) of: seal id, vault id, the secret half of the return
  key T (an X25519 age identity: it does not fit in the slot next to K1, so it lives here,
  under a key derived from K1), the organisation's signing key, and the vault's original
  key-slot file, itself sealed under HKDF(DEK) (so it is out of reach until K2 is back).
- **Travel request**: age (X25519) to the organisation; inside, a few text lines (vault id,
  seal id, K2, T's recipient, the researcher's key, time) and an SSH signature over them by
  the researcher, namespace "guvoh-travel-request-v1".
- **Release token**: "GRT1" || vault id || seal id || age file (to T) of vault id || seal
  id || K2, followed by the organisation's SSH signature (binary SSHSIG, namespace
  "guvoh-release-v1") over all that; ASCII armour, under 1 KB.
"""

from __future__ import annotations

import base64
import binascii
import io
import os
import re
import struct
import uuid
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crypto import age, sshsig
from crypto.errors import AgeError, IdentityError, SshSigError
from crypto.errors import RequestMalformed as RequestMalformed
from crypto.errors import SealError as SealError
from crypto.errors import SealFileCorrupt as SealFileCorrupt
from crypto.errors import SlotSealed as SlotSealed
from crypto.errors import TokenMalformed as TokenMalformed
from crypto.errors import TokenNotFromOrganisation as TokenNotFromOrganisation
from crypto.errors import TokenWrongSeal as TokenWrongSeal
from crypto.errors import TokenWrongVault as TokenWrongVault
from crypto.identity import PublicKey, SigningKey

KEY_LEN = 32
ID_LEN = 16
REQUEST_NAMESPACE = "guvoh-travel-request-v1"
RELEASE_NAMESPACE = "guvoh-release-v1"
REQUEST_FORMAT = "guvoh-travel-request/1"
TOKEN_BEGIN = "-----BEGIN GUVOH RELEASE TOKEN-----"  # noqa: S105 - armour, not a secret
TOKEN_END = "-----END GUVOH RELEASE TOKEN-----"  # noqa: S105 - armour, not a secret
MAX_TOKEN_TEXT = 4096  # what is read of a token file at most
MAX_REQUEST_BYTES = 64 * 1024
MAX_SEAL_FILE = 4096

_SEAL_MAGIC = b"GUVOHSF\x00"
_SEAL_HEADER = struct.Struct(">8sHH")
_SEAL_VERSION = 1
_TOKEN_MAGIC = b"GRT1"
_NONCE_LEN = 12
_ARMOR_COLUMNS = 64


# -- the split ------------------------------------------------------------------------


def xor(a: bytes | bytearray, b: bytes | bytearray) -> bytearray:
    if len(a) != KEY_LEN or len(b) != KEY_LEN:
        raise ValueError("key halves are 32 bytes")
    return bytearray(x ^ y for x, y in zip(a, b, strict=True))


def split(data_key: bytes | bytearray) -> tuple[bytearray, bytearray]:
    """(K1, K2) with K1 xor K2 = data key; K2 is fresh random bytes."""
    k2 = bytearray(os.urandom(KEY_LEN))
    return xor(data_key, k2), k2


def _hkdf(ikm: bytes | bytearray, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(bytes(ikm))


def _u16(data: bytes) -> bytes:
    if len(data) > 0xFFFF:
        raise ValueError("field too long")
    return struct.pack(">H", len(data)) + data


class _Cursor:
    def __init__(self, data: bytes, error: type[Exception], reason: str) -> None:
        self.data, self.pos, self.error, self.reason = data, 0, error, reason

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise self._fail()
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def field(self) -> bytes:
        (n,) = struct.unpack(">H", self.take(2))
        return self.take(n)

    def rest(self) -> bytes:
        out = self.data[self.pos :]
        self.pos = len(self.data)
        return out

    def _fail(self) -> Exception:
        return self.error(self.reason) if self.error is not SealFileCorrupt else self.error()


# -- the seal file --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SealState:
    """What the seal file holds, once opened with K1."""

    seal_id: bytes
    vault_id: bytes
    return_identity: age.X25519Identity  # T
    organisation_key: PublicKey
    saved_slots: bytes  # the original key-slot file, sealed under HKDF(DEK)

    def restore_slots(self, data_key: bytes | bytearray) -> bytes:
        """The original key-slot file, given the whole data key again."""
        nonce, ct = self.saved_slots[:_NONCE_LEN], self.saved_slots[_NONCE_LEN:]
        aead = ChaCha20Poly1305(_hkdf(data_key, b"guvoh seal saved slots v1"))
        try:
            return aead.decrypt(nonce, ct, self.seal_id)
        except InvalidTag:
            raise SealFileCorrupt() from None


def make_seal_file(
    k1: bytes | bytearray, data_key: bytes | bytearray, seal_id: bytes, vault_id: bytes,
    return_identity: age.X25519Identity, organisation_key: PublicKey, original_slots: bytes,
) -> bytes:
    nonce = os.urandom(_NONCE_LEN)
    saved = nonce + ChaCha20Poly1305(_hkdf(data_key, b"guvoh seal saved slots v1")).encrypt(
        nonce, original_slots, seal_id
    )
    inner = (
        seal_id + vault_id + return_identity.private_bytes()
        + _u16(organisation_key.to_blob()) + _u16(saved)
    )
    header = _SEAL_HEADER.pack(_SEAL_MAGIC, _SEAL_VERSION, 0)
    nonce = os.urandom(_NONCE_LEN)
    return header + nonce + ChaCha20Poly1305(_hkdf(k1, b"guvoh seal file v1")).encrypt(
        nonce, inner, header
    )


def open_seal_file(data: bytes, k1: bytes | bytearray) -> SealState:
    """Raises SealFileCorrupt if the file is damaged or K1 is not the one it was made with."""
    size = _SEAL_HEADER.size
    if len(data) < size + _NONCE_LEN + 16 or len(data) > MAX_SEAL_FILE:
        raise SealFileCorrupt()
    magic, version, reserved = _SEAL_HEADER.unpack_from(data)
    if magic != _SEAL_MAGIC or version != _SEAL_VERSION or reserved:
        raise SealFileCorrupt()
    header, nonce, ct = data[:size], data[size : size + _NONCE_LEN], data[size + _NONCE_LEN :]
    try:
        inner = ChaCha20Poly1305(_hkdf(k1, b"guvoh seal file v1")).decrypt(nonce, ct, header)
    except InvalidTag:
        raise SealFileCorrupt() from None
    cur = _Cursor(inner, SealFileCorrupt, "")
    seal_id, vault_id, t_secret = cur.take(ID_LEN), cur.take(ID_LEN), cur.take(KEY_LEN)
    try:
        org = PublicKey.from_blob(cur.field())
        identity = age.X25519Identity.from_bytes(t_secret)
    except (IdentityError, AgeError, ValueError):
        raise SealFileCorrupt() from None
    saved = cur.field()
    if cur.rest():
        raise SealFileCorrupt()
    return SealState(seal_id, vault_id, identity, org, saved)


def is_seal_file(data: bytes) -> bool:
    return data[:8] == _SEAL_MAGIC


# -- the travel request ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TravelRequest:
    vault_id: bytes
    seal_id: bytes
    key_half: bytes  # K2
    return_recipient: age.X25519Recipient  # T's public half
    researcher_key: PublicKey
    organisation_fingerprint: str
    created: str


def _request_body(req: TravelRequest) -> bytes:
    lines = [
        REQUEST_FORMAT,
        f"vault: {req.vault_id.hex()}",
        f"seal: {req.seal_id.hex()}",
        f"key-half: {base64.b64encode(req.key_half).decode('ascii')}",
        f"return-to: {req.return_recipient.to_string()}",
        f"researcher: {req.researcher_key.to_openssh_line()}",
        f"organisation: {req.organisation_fingerprint}",
        f"created: {req.created}",
    ]
    return ("\n".join(lines) + "\n").encode("ascii")


def make_request(
    req: TravelRequest, signing_key: SigningKey, organisation: age.X25519Recipient
) -> bytes:
    """The travel request file: age to the organisation of the body and its signature."""
    if signing_key.public_key() != req.researcher_key:
        raise ValueError("the request is signed by the researcher it names")
    body = _request_body(req)
    plain = body + sshsig.sign(body, signing_key, REQUEST_NAMESPACE)
    out = io.BytesIO()
    age.encrypt(io.BytesIO(plain), out, [organisation])
    return out.getvalue()


_REQUEST_RE = re.compile(
    rb"guvoh-travel-request/1\n"
    rb"vault: (?P<vault>[0-9a-f]{32})\n"
    rb"seal: (?P<seal>[0-9a-f]{32})\n"
    rb"key-half: (?P<k2>[A-Za-z0-9+/]{43}=)\n"
    rb"return-to: (?P<ret>age1[0-9a-z]{58})\n"
    rb"researcher: (?P<researcher>ssh-ed25519 [A-Za-z0-9+/=]{1,200})\n"
    rb"organisation: (?P<org>SHA256:[A-Za-z0-9+/]{43})\n"
    rb"created: (?P<created>[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]{8,15}Z)\n"
)


def read_request(data: bytes, identity: age.X25519Identity) -> tuple[TravelRequest, bytes, bytes]:
    """Decrypt and parse; returns (request, signed body, armored signature). The caller
    checks the signature against the senders it knows (verify_request)."""
    if len(data) > MAX_REQUEST_BYTES:
        raise RequestMalformed("too_large")
    plain = io.BytesIO()
    age.decrypt(io.BytesIO(data), plain, [identity])
    text = plain.getvalue()
    match = _REQUEST_RE.match(text)
    if match is None:
        raise RequestMalformed("structure")
    body, signature = text[: match.end()], text[match.end() :]
    try:
        req = TravelRequest(
            bytes.fromhex(match["vault"].decode()),
            bytes.fromhex(match["seal"].decode()),
            base64.b64decode(match["k2"], validate=True),
            age.X25519Recipient.from_string(match["ret"].decode()),
            PublicKey.from_openssh_line(match["researcher"]),
            match["org"].decode(),
            match["created"].decode(),
        )
    except (ValueError, binascii.Error, AgeError, IdentityError):
        raise RequestMalformed("structure") from None
    if len(req.key_half) != KEY_LEN:
        raise RequestMalformed("structure")
    return req, body, signature


def verify_request(
    req: TravelRequest, body: bytes, signature: bytes, allowed: list[PublicKey]
) -> PublicKey:
    """The researcher's signature, by the key the request names, which must be allowed.
    Raises the sshsig errors (SignerNotAllowed for a genuine signature by a stranger)."""
    signer = sshsig.verify(signature, body, REQUEST_NAMESPACE, allowed)
    if signer != req.researcher_key:
        raise RequestMalformed("signer")
    return signer


# -- the release token ----------------------------------------------------------------


def _sig_blob(armored: bytes) -> bytes:
    lines = [ln for ln in armored.decode("ascii").splitlines() if ln and "-----" not in ln]
    return base64.b64decode("".join(lines), validate=True)


def _sig_armor(blob: bytes) -> bytes:
    b64 = base64.b64encode(blob)
    lines = [b64[i : i + sshsig.ARMOR_COLUMNS] for i in range(0, len(b64), sshsig.ARMOR_COLUMNS)]
    return b"\n".join([sshsig.BEGIN, *lines, sshsig.END]) + b"\n"


def make_token(req: TravelRequest, organisation_key: SigningKey) -> str:
    """K2 encrypted to T, bound to the vault and the seal, signed by the organisation."""
    ct = io.BytesIO()
    age.encrypt(io.BytesIO(req.vault_id + req.seal_id + req.key_half), ct, [req.return_recipient])
    body = _TOKEN_MAGIC + req.vault_id + req.seal_id + _u16(ct.getvalue())
    sig = _sig_blob(sshsig.sign(body, organisation_key, RELEASE_NAMESPACE))
    b64 = base64.b64encode(body + _u16(sig)).decode("ascii")
    lines = [b64[i : i + _ARMOR_COLUMNS] for i in range(0, len(b64), _ARMOR_COLUMNS)]
    return "\n".join([TOKEN_BEGIN, *lines, TOKEN_END]) + "\n"


@dataclass(frozen=True, slots=True)
class Token:
    vault_id: bytes
    seal_id: bytes
    body: bytes
    ciphertext: bytes
    signature: bytes  # armored


def parse_token(text: str | bytes) -> Token:
    """Parse the armour and the structure; nothing in it is trusted yet."""
    if isinstance(text, bytes):
        try:
            text = text.decode("ascii")
        except UnicodeDecodeError:
            raise TokenMalformed("encoding") from None
    if len(text) > MAX_TOKEN_TEXT:
        raise TokenMalformed("too_long")
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if len(lines) < 3 or lines[0] != TOKEN_BEGIN or lines[-1] != TOKEN_END:
        raise TokenMalformed("armour")
    try:
        raw = base64.b64decode("".join(lines[1:-1]), validate=True)
    except (binascii.Error, ValueError):
        raise TokenMalformed("base64") from None
    cur = _Cursor(raw, TokenMalformed, "structure")
    if cur.take(4) != _TOKEN_MAGIC:
        raise TokenMalformed("structure")
    vault_id, seal_id = cur.take(ID_LEN), cur.take(ID_LEN)
    ct = cur.field()
    body = raw[: cur.pos]
    sig = cur.field()
    if cur.rest():
        raise TokenMalformed("structure")
    return Token(vault_id, seal_id, body, ct, _sig_armor(sig))


def open_token(token: Token, state: SealState) -> bytearray:
    """K2, once the token is shown to be the organisation's, for this vault and this seal.
    Raises TokenNotFromOrganisation, TokenWrongVault, TokenWrongSeal, TokenMalformed."""
    try:
        sshsig.verify(token.signature, token.body, RELEASE_NAMESPACE, [state.organisation_key])
    except SshSigError:
        raise TokenNotFromOrganisation() from None
    if token.vault_id != state.vault_id:
        raise TokenWrongVault()
    if token.seal_id != state.seal_id:
        raise TokenWrongSeal()
    plain = io.BytesIO()
    try:
        age.decrypt(io.BytesIO(token.ciphertext), plain, [state.return_identity])
    except AgeError:
        raise TokenWrongSeal() from None  # signed by the organisation, for another T
    value = plain.getvalue()
    if len(value) != 2 * ID_LEN + KEY_LEN or value[: 2 * ID_LEN] != token.vault_id + token.seal_id:
        raise TokenMalformed("structure")
    return bytearray(value[2 * ID_LEN :])


def new_seal_id() -> bytes:
    return os.urandom(ID_LEN)


def vault_id_bytes(vault_id: str) -> bytes:
    return uuid.UUID(vault_id).bytes
