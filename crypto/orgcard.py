"""Organisation cards: the small signed text file a coordinator gives to researchers.

A card names the organisation, its age recipient (what bundles are encrypted to) and its
SSH signing key (what receipts are signed with), and is signed by that key. The signature
only proves the card is whole and self-consistent; a researcher trusts the card after
comparing its safety code (the signing key's) with the coordinator out of band.

Format (UTF-8, LF line ends, exactly this order, nothing before or after; normative
description in docs/bundle-format.md)::

    guvoh-organisation-card/1
    Name: <organisation name>
    Age-Recipient: age1...
    Signing-Key: ssh-ed25519 AAAA...
    Created: YYYY-MM-DDTHH:MM:SSZ
    -----BEGIN SSH SIGNATURE-----
    ... (SSHSIG over the five lines above, namespace "guvoh-org-card-v1", sha512)
    -----END SSH SIGNATURE-----

Parsing is strict and bounded: only the canonical form `make_card` writes is accepted,
so any edit, even one byte, is refused with `CardMalformed` or `CardSignatureInvalid`.
"""

from __future__ import annotations

import base64
import re
import struct
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from crypto import sshsig
from crypto.age import X25519Recipient
from crypto.errors import (
    AgeKeyError,
    CardMalformed,
    CardSignatureInvalid,
    InvalidPublicKey,
    SignatureNamespaceMismatch,
    SshSigError,
)
from crypto.identity import PublicKey, SigningKey

CARD_NAMESPACE: Final = "guvoh-org-card-v1"
CARD_HEADER: Final = "guvoh-organisation-card/1"
MAX_CARD_BYTES: Final = 64 * 1024
MAX_NAME_CHARS: Final = 200
_HASH_ALG: Final = "sha512"
_CREATED_RE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_ALLOWED_FORMAT_CHARS: Final = frozenset("\u200c\u200d")  # ZWNJ and ZWJ (Persian script)
_LABELS: Final = ("Name: ", "Age-Recipient: ", "Signing-Key: ", "Created: ")


def check_name(name: str) -> str:
    """The name if it is acceptable on a card, else CardMalformed("name"): 1 to 200
    characters, NFC, no surrounding whitespace, no control, format (other than ZWNJ and
    ZWJ), separator-line, surrogate, private-use or unassigned characters."""
    if not isinstance(name, str) or not 0 < len(name) <= MAX_NAME_CHARS:
        raise CardMalformed("name")
    if name != name.strip() or unicodedata.normalize("NFC", name) != name:
        raise CardMalformed("name")
    for char in name:
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Co", "Cn", "Zl", "Zp"):
            raise CardMalformed("name")
        if category == "Cf" and char not in _ALLOWED_FORMAT_CHARS:
            raise CardMalformed("name")
    return name


def _check_created(created: str) -> str:
    if not isinstance(created, str) or _CREATED_RE.fullmatch(created) is None:
        raise CardMalformed("created")
    try:
        datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise CardMalformed("created") from None
    return created


def _body(name: str, recipient: str, key_line: str, created: str) -> bytes:
    lines = (
        CARD_HEADER,
        f"Name: {name}",
        f"Age-Recipient: {recipient}",
        f"Signing-Key: {key_line}",
        f"Created: {created}",
    )
    return "".join(line + "\n" for line in lines).encode("utf-8")


def _armor(sig: sshsig.SshSignature) -> bytes:
    """The armored text `crypto.sshsig.sign` writes for these parts (canonical form)."""

    def string(data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + data

    blob = (
        sshsig.MAGIC
        + struct.pack(">I", sshsig.SIG_VERSION)
        + string(sig.public_key.to_blob())
        + string(sig.namespace.encode("utf-8"))
        + string(b"")
        + string(sig.hash_alg.encode("ascii"))
        + string(string(b"ssh-ed25519") + string(sig.signature))
    )
    b64 = base64.b64encode(blob)
    width = sshsig.ARMOR_COLUMNS
    lines = [b64[i : i + width] for i in range(0, len(b64), width)]
    return b"\n".join([sshsig.BEGIN, *lines, sshsig.END]) + b"\n"


@dataclass(frozen=True)
class OrganisationCard:
    """A parsed, self-signature-checked card. Trust it only after its safety code was
    compared out of band."""

    name: str
    recipient: X25519Recipient
    signing_key: PublicKey
    created: str

    def safety_code(self) -> str:
        """The signing key's safety code, to read aloud and compare."""
        return self.signing_key.safety_code()

    def fingerprint(self) -> str:
        """The signing key's SHA256: fingerprint."""
        return self.signing_key.fingerprint()


def make_card(
    name: str, recipient: X25519Recipient, signing_key: SigningKey, created: str
) -> bytes:
    """The card's bytes, signed by `signing_key` (CardMalformed for a bad name or date)."""
    if not isinstance(recipient, X25519Recipient):
        raise TypeError("recipient must be an X25519Recipient")
    body = _body(
        check_name(name),
        recipient.to_string(),
        signing_key.public_key().to_openssh_line(),
        _check_created(created),
    )
    return body + sshsig.sign(body, signing_key, CARD_NAMESPACE, _HASH_ALG)


def parse_card(data: bytes) -> OrganisationCard:
    """Parse and check a card; only the canonical form with a valid self-signature."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError("a card is bytes")
    if len(data) > MAX_CARD_BYTES:
        raise CardMalformed("too_large")
    raw = bytes(data)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CardMalformed("encoding") from None
    if "\r" in text or text.startswith("\ufeff"):
        raise CardMalformed("encoding")
    lines = text.split("\n")
    if lines[0] != CARD_HEADER:
        raise CardMalformed("header")
    if len(lines) < 8 or lines[-1] != "":
        raise CardMalformed("layout")
    values: list[str] = []
    for label, line in zip(_LABELS, lines[1:5], strict=True):
        if not line.startswith(label):
            raise CardMalformed("layout")
        values.append(line[len(label) :])
    name = check_name(values[0])
    try:
        recipient = X25519Recipient.from_string(values[1])
    except AgeKeyError:
        raise CardMalformed("recipient") from None
    if recipient.to_string() != values[1]:
        raise CardMalformed("recipient")
    try:
        signing_key = PublicKey.from_openssh_line(values[2])
    except InvalidPublicKey:
        raise CardMalformed("signing_key") from None
    if signing_key.to_openssh_line() != values[2]:
        raise CardMalformed("signing_key")
    created = _check_created(values[3])
    body = _body(name, values[1], values[2], created)
    if not raw.startswith(body):
        raise CardMalformed("layout")  # unreachable: every line was checked above
    armored = raw[len(body) :]
    try:
        parsed = sshsig.parse_signature(armored)
    except SshSigError:
        raise CardMalformed("signature") from None
    if _armor(parsed) != armored:
        raise CardMalformed("signature")
    if parsed.public_key != signing_key:
        raise CardSignatureInvalid("key")
    try:
        sshsig.verify(armored, body, CARD_NAMESPACE, signing_key)
    except SignatureNamespaceMismatch:
        raise CardSignatureInvalid("namespace") from None
    except SshSigError:
        raise CardSignatureInvalid("signature") from None
    return OrganisationCard(name, recipient, signing_key, created)
