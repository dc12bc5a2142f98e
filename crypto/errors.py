"""Every error crypto/ raises, under one root, `CryptoError`. They carry data, never user
prose: app/messages/ turns each into one sentence.

`Cancelled` lives here, the lowest layer, and is the one cancellation of every layer: the
age and bundle streams, storage's attachments and the services all raise it when the
caller's cancel event was set.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crypto.identity import PublicKey

_MAX_DATA_CHARS = 64  # how much of a hostile value an error keeps
_ED25519_KEY_LEN = 32


def _bounded(value: bytes | str) -> str:
    """A bounded, printable rendering of a hostile value for an error's data fields."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="backslashreplace")
    value = value[:_MAX_DATA_CHARS]
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in value)


class CryptoError(Exception):
    """Base class for errors raised by crypto/."""


class Cancelled(CryptoError):
    """The caller's cancel event was set; nothing usable was produced and nothing was
    half-written. Raised by every layer. `done`: how far the work got (bytes read from the
    source) when the raiser knows it, else None."""

    def __init__(self, done: int | None = None) -> None:
        if done is None:
            super().__init__()
        else:
            super().__init__(done)
        self.done = done


# --- key slots and the KDF (crypto.keyslots, crypto.kdf) ------------------------------------


class KdfParamsOutOfBounds(CryptoError):
    """Stored Argon2id parameters are below our floor or above our caps."""

    def __init__(self, memory_kib: int, time_cost: int, parallelism: int) -> None:
        super().__init__(f"Argon2id m={memory_kib} KiB t={time_cost} p={parallelism}")
        self.memory_kib = memory_kib
        self.time_cost = time_cost
        self.parallelism = parallelism


class KeySlotsCorrupt(CryptoError):
    """The key-slot file is truncated, too long, or not in a format we know."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NoSlotOpened(CryptoError):
    """No key slot opened with the given secret (wrong passphrase or recovery code)."""


class RecoveryCodeMalformed(CryptoError):
    """The recovery code has the wrong length, characters, or a failed checksum."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- Bech32 (crypto.bech32) -------------------------------------------------------------------


class Bech32Error(CryptoError):
    """The string is not valid strict Bech32."""


# --- age (crypto.age) -------------------------------------------------------------------------


class HeaderFailure(StrEnum):
    """Why a header was refused."""

    TRUNCATED = "truncated"
    TOO_LARGE = "too_large"
    VERSION = "version"
    ARMOR = "armor"
    MALFORMED = "malformed"
    NO_STANZAS = "no_stanzas"
    TOO_MANY_STANZAS = "too_many_stanzas"
    SCRYPT_NOT_ALONE = "scrypt_not_alone"
    BAD_STANZA = "bad_stanza"
    WORK_FACTOR_TOO_HIGH = "work_factor_too_high"
    LOW_ORDER_POINT = "low_order_point"
    MAC = "mac"
    NONCE = "nonce"


class PayloadFailure(StrEnum):
    """Why a payload was refused."""

    TAG = "tag"  # a chunk failed authentication: tampered, reordered, cut mid-chunk
    TRUNCATED = "truncated"  # ended without a final chunk
    TRAILING_DATA = "trailing_data"  # bytes after the final chunk
    EMPTY_FINAL_CHUNK = "empty_final_chunk"  # an empty final chunk after other chunks


class AgeError(CryptoError):
    """Base class of every error crypto.age raises for bad input or state (a cancel raises
    `Cancelled`, which is not an AgeError)."""


class AgeKeyError(AgeError):
    """A recipient or identity string is malformed."""


class AgeHeaderError(AgeError):
    """The header is malformed, unsupported or beyond our limits."""

    def __init__(self, reason: HeaderFailure) -> None:
        super().__init__(reason)
        self.reason = reason


class AgeHeaderMacError(AgeHeaderError):
    """The header MAC does not match: the header was altered."""

    def __init__(self, reason: HeaderFailure = HeaderFailure.MAC) -> None:
        super().__init__(HeaderFailure.MAC)


class AgeArmorUnsupported(AgeHeaderError):
    """The input looks ASCII-armored; only binary age files are supported."""

    def __init__(self, reason: HeaderFailure = HeaderFailure.ARMOR) -> None:
        super().__init__(HeaderFailure.ARMOR)


class AgePayloadError(AgeError):
    """The payload is damaged, truncated or extended; `released` bytes were already given out."""

    def __init__(self, reason: PayloadFailure, chunk: int, released: int) -> None:
        super().__init__(reason, chunk, released)
        self.reason = reason
        self.chunk = chunk
        self.released = released

    def __str__(self) -> str:
        return f"{self.reason.value} at chunk {self.chunk}"


class AgeNoMatch(AgeError):
    """No identity could unwrap the file key; `stanza_types` lists what the header holds."""

    def __init__(self, stanza_types: tuple[str, ...]) -> None:
        super().__init__(stanza_types)
        self.stanza_types = stanza_types

    def __str__(self) -> str:
        return f"no identity matched {len(self.stanza_types)} stanza(s)"


# --- identities (crypto.identity) -------------------------------------------------------------


class IdentityError(CryptoError):
    """Base class of every error raised by crypto.identity."""


class InvalidPublicKey(IdentityError):
    """A public key line or blob could not be accepted; ``reason`` is a short code."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PublicKeyMalformed(InvalidPublicKey):
    """Structure is wrong: missing field, truncated blob, control character, too long..."""


class PublicKeyBadBase64(InvalidPublicKey):
    """The key field is not canonical, padded standard base64."""

    def __init__(self) -> None:
        super().__init__("bad-base64")


class PublicKeyWrongType(InvalidPublicKey):
    """The key is not ``ssh-ed25519`` (``key_type`` is what was found, bounded)."""

    def __init__(self, key_type: str) -> None:
        super().__init__("wrong-type")
        self.key_type = key_type


class PublicKeyWrongLength(InvalidPublicKey):
    """The raw key is ``length`` bytes where ``expected`` were needed."""

    def __init__(self, length: int, expected: int = _ED25519_KEY_LEN) -> None:
        super().__init__("wrong-length")
        self.length = length
        self.expected = expected


class PublicKeyTrailingData(InvalidPublicKey):
    """The key blob has ``extra`` bytes after the key."""

    def __init__(self, extra: int) -> None:
        super().__init__("trailing-data")
        self.extra = extra


class WeakPublicKey(InvalidPublicKey):
    """An Ed25519 key of small order, or a non-canonical encoding: no one holds its secret,
    and signatures "made" with it can verify for any message. Refused like libsodium."""

    def __init__(self) -> None:
        super().__init__("weak")


class InvalidSigningKey(IdentityError):
    """A stored signing key seed has ``length`` bytes instead of 32."""

    def __init__(self, length: int) -> None:
        super().__init__(length)
        self.length = length


class InvalidComment(IdentityError):
    """A comment for a public line has control characters or surrounding whitespace."""

    def __init__(self, comment: str) -> None:
        super().__init__(_bounded(comment))
        self.comment = _bounded(comment)


class InvalidSafetyCode(IdentityError):
    """Typed-in safety code text has ``digits`` digits or a character that is not one."""

    def __init__(self, digits: int, bad_char: str | None = None) -> None:
        super().__init__(digits, bad_char)
        self.digits = digits
        self.bad_char = bad_char


# --- SSH signatures (crypto.sshsig) -----------------------------------------------------------


class SshSigError(CryptoError):
    """Base class of every error raised by crypto.sshsig."""


class SignatureMalformed(SshSigError):
    """Not a well-formed armored SSHSIG; ``reason`` is a short code."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SignatureUnsupported(SshSigError):
    """Well-formed but outside what we accept: ``what`` (key-type, hash-alg, version,
    reserved) and the ``value`` found, bounded."""

    def __init__(self, what: str, value: str) -> None:
        super().__init__(what, value)
        self.what = what
        self.value = value


class SignatureNamespaceMismatch(SshSigError):
    """The signature was made for namespace ``found``, not ``expected``."""

    def __init__(self, expected: str, found: str) -> None:
        super().__init__(expected, found)
        self.expected = expected
        self.found = found


class SignatureInvalid(SshSigError):
    """The signature does not verify: message or signature altered. ``signer`` is the key
    the signature claims, which proves nothing."""

    def __init__(self, signer: PublicKey) -> None:
        super().__init__(signer)
        self.signer = signer


class SignerNotAllowed(SshSigError):
    """A valid signature, by ``signer``, a key not among the allowed ones."""

    def __init__(self, signer: PublicKey) -> None:
        super().__init__(signer)
        self.signer = signer

    @property
    def fingerprint(self) -> str:
        """The signer's ``SHA256:`` fingerprint."""
        return self.signer.fingerprint()


class InvalidNamespace(SshSigError):
    """A namespace given by the caller is empty or has characters we do not allow."""

    def __init__(self, namespace: str) -> None:
        super().__init__(_bounded(namespace))
        self.namespace = _bounded(namespace)


class InvalidAllowedSigner(SshSigError):
    """An allowed_signers field (``field``: name, namespaces, valid-after, valid-before,
    validity) cannot be written safely; ``value`` is what was given, bounded."""

    def __init__(self, field: str, value: str) -> None:
        super().__init__(field, _bounded(value))
        self.field = field
        self.value = _bounded(value)


# --- organisation cards (crypto.orgcard) ------------------------------------------------------


class CardError(CryptoError):
    """Base class of every error about organisation cards."""


class CardMalformed(CardError):
    """Not a canonical v1 card. `reason`: too_large, encoding (not UTF-8, CR, BOM),
    header (not a guvoh-organisation-card/1 file), layout (lines missing, out of order
    or extra), name, recipient, signing_key, created, signature (the armored SSHSIG
    cannot be parsed or is not in the canonical form)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class CardSignatureInvalid(CardError):
    """The card's self-signature does not verify: the card was edited, the signature
    was made for another namespace, or by a key other than the card's Signing-Key."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- bundles (crypto.bundle): each tampering or malformation has its own type or reason -------


class BundleError(CryptoError):
    """Base class of every error reading or writing a bundle (a cancel raises `Cancelled`,
    which is not a BundleError)."""


class BundleUnreadable(BundleError):
    """Not an age file we can read (bad header, armor, unsupported stanza...).
    `reason`: not_age, header, header_mac, armor."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class BundleNotForUs(BundleError):
    """No identity of ours opens it (`reason` = "no_identity"), or the signed bag-info does
    not name our recipient (`reason` = "recipient": it was passed on to us)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class BundleTruncated(BundleError):
    """The encrypted stream ends before its final chunk."""


class BundleTampered(BundleError):
    """Authenticated data does not match. `reason`: payload (a chunk failed, was dropped
    or reordered, or the file was cut inside a chunk), trailing_data (bytes after the final
    chunk), signature (the SSHSIG does not verify, was made for another namespace, or
    Signer-Fingerprint is not the signing key's), tag_manifest (a tag file's hash differs
    or a listed tag file is absent), manifest (a payload file's hash differs), extra_file
    (a file not in the manifest), missing_file (a manifest entry without a file), oxum
    (Payload-Oxum differs)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class BundleMalformed(BundleError):
    """The plaintext is not a well-formed v1 bag. `reason`: tar (structure), link (symlink
    or hard link), path (absolute, `..`, backslash, NUL, unexpected name, a case without
    its rendering), duplicate (a name twice), too_large (a size limit), too_many_files,
    bagit_declaration, bag_info (syntax or a required field missing), signature_missing
    (no signature or no tagmanifest-sha256.txt), not_signed_by_sshsig (the signature file
    is not an Ed25519 SSHSIG we can parse). Added here: file_type (a directory, device,
    FIFO or other non-regular entry), manifest_syntax (a manifest or tag manifest that is
    not in the canonical form, or a tag manifest without the four v1 tag files)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class UnsupportedBundleFormat(BundleError):
    """bag-info's Bundle-Format is not one this reader knows (e.g. guvoh-bundle/2)."""

    def __init__(self, found: str) -> None:
        super().__init__(found)
        self.found = found


# --- sealed for travel (crypto/seal.py, docs/seal.md) ----------------------------------


class SealError(CryptoError):
    """Base class of the errors of sealing, releasing and unsealing."""


class SlotSealed(NoSlotOpened):
    """The secret opened a slot of purpose 3: the vault is sealed for travel. A kind of
    NoSlotOpened, so code that only wants the data key treats it as "nothing opened"."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index


class SealFileCorrupt(SealError):
    """The seal file does not open with the key half the passphrase gave (or is damaged)."""


class RequestMalformed(SealError):
    """A travel request that does not decrypt to a well-formed, signed request."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TokenMalformed(SealError):
    """A release token that is not one (armour, length, structure)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TokenNotFromOrganisation(SealError):
    """The token's signature is not the organisation's this vault was sealed for."""


class TokenWrongVault(SealError):
    """A genuine token, for another vault."""


class TokenWrongSeal(SealError):
    """A genuine token for this vault, but for another (earlier) seal: refused."""


# --- team events and key transfers (crypto.teamevent) ---------------------------------


class TeamEventError(CryptoError):
    """An event or key transfer file of the shared folder that cannot be used. `reason`:
    too_large, not_for_us (no key of ours opens it), damaged (the encryption fails),
    malformed (not our envelope), signature (the signature does not hold)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
