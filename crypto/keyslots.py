"""Key slots, after LUKS: a random data key wrapped under keys derived from secrets.

File layout (big-endian), 876 bytes in all::

    file header   8  magic "GUVOHKS\\0"
                  2  format version (1)
                  2  reserved (0)
    class header  64 x 2, first the passphrase class, then the recovery class:
                  1  class id (1 passphrase, 2 recovery)
                  1  KDF id (1 = Argon2id v1.3)
                  1  flags (bit 0: the KEK also needs a device secret from the OS keyring)
                  1  reserved (0)
                  4  memory (KiB), 4 passes, 4 lanes
                  32 salt
                  16 keyring entry id (random; zero when flag bit 0 is clear)
    slots         8 x 92: nonce (12) || ChaCha20-Poly1305(KEK, nonce, plaintext, AD)
                  plaintext = purpose (1 = vault data key, 3 = sealed for travel: K1,
                  half of the data key, see crypto/seal.py) || key (32) || zeros (31)
                  (purpose 2 = duress: the key of the decoy database, storage/duress.py)
                  AD = file header || class header of the secret's class || slot index

Unused slots are random bytes, so the file does not say how many secrets open the vault or
which slot each uses. The Argon2id parameters and salt live once per class of secret, so
unlocking costs one Argon2id call whatever the number of slots; the class header is the
associated data of every slot opened under it, so editing parameters, salt, flags or keyring
id makes the unwrap fail. KEK = HKDF-SHA256(Argon2id(secret) [|| device secret], info).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import secrets
import struct
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import IntEnum

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crypto import kdf
from crypto.errors import KeySlotsCorrupt, NoSlotOpened, RecoveryCodeMalformed, SlotSealed
from crypto.kdf import Argon2Params
from crypto.wipe import wipe

MAGIC = b"GUVOHKS\x00"
VERSION = 1
SLOT_COUNT = 8
DATA_KEY_LEN = 32
DEVICE_SECRET_LEN = 32
KEYRING_ID_LEN = 16

_FILE_HEADER = struct.Struct(">8sHH")
_CLASS_HEADER = struct.Struct(">BBBBIII32s16s")
_NONCE_LEN = 12
_PLAINTEXT_LEN = 64
SLOT_LEN = _NONCE_LEN + _PLAINTEXT_LEN + 16
FILE_LEN = _FILE_HEADER.size + 2 * _CLASS_HEADER.size + SLOT_COUNT * SLOT_LEN
_KDF_ARGON2ID = 1
_PURPOSE_DATA_KEY = 1
PURPOSE_DURESS = 2  # a passphrase-class slot holding the decoy database's key
PURPOSE_SEALED = 3  # sealed for travel: the slot wraps K1, half of the data key (crypto/seal.py)
FLAG_DEVICE_SECRET = 0x01


class SecretClass(IntEnum):
    PASSPHRASE = 1
    RECOVERY = 2


@dataclass(frozen=True, slots=True)
class ClassHeader:
    """Public parameters shared by every slot opened with one kind of secret."""

    secret_class: SecretClass
    params: Argon2Params
    salt: bytes
    flags: int = 0
    keyring_id: bytes = bytes(KEYRING_ID_LEN)

    @property
    def needs_device_secret(self) -> bool:
        return bool(self.flags & FLAG_DEVICE_SECRET)

    def pack(self) -> bytes:
        return _CLASS_HEADER.pack(
            int(self.secret_class),
            _KDF_ARGON2ID,
            self.flags,
            0,
            self.params.memory_kib,
            self.params.time_cost,
            self.params.parallelism,
            self.salt,
            self.keyring_id,
        )

    @classmethod
    def unpack(cls, data: bytes, expected: SecretClass) -> ClassHeader:
        cid, kdf_id, flags, reserved, mem, t, p, salt, kid = _CLASS_HEADER.unpack(data)
        if cid != expected:
            raise KeySlotsCorrupt("class_order")
        if kdf_id != _KDF_ARGON2ID:
            raise KeySlotsCorrupt("unknown_kdf")
        if reserved != 0 or flags & ~FLAG_DEVICE_SECRET:
            raise KeySlotsCorrupt("unknown_flags")
        if expected is SecretClass.RECOVERY and flags:
            raise KeySlotsCorrupt("unknown_flags")
        params = Argon2Params(mem, t, p).check()
        return cls(SecretClass(cid), params, salt, flags, kid)


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalise then UTF-8 encode, so the same words typed on another keyboard match."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


# --- recovery codes ---------------------------------------------------------------

_RECOVERY_ENTROPY = 16
_RECOVERY_CHECK = 4
_RECOVERY_GROUPS = 8
_B32_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})
# Cyrillic capitals that look like a letter of the code's alphabet (base32: A-Z, 2-7), as typed
# on a Russian, Kazakh, Tajik... keyboard layout; lower case is upper-cased first.
_CYRILLIC_LOOKALIKES = str.maketrans({
    "А": "A", "В": "B", "С": "C", "Е": "E", "Ё": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K",
    "М": "M", "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "У": "Y", "Ү": "Y", "З": "3",
})


def normalize_recovery_text(text: str) -> str:
    """A typed recovery code (or part of one) in the code's own letters: upper case, no
    spaces or dashes, 0/1/8 read as O/I/B and Cyrillic look-alikes (В for B) as Latin."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    return cleaned.translate(_CYRILLIC_LOOKALIKES).translate(_B32_CONFUSABLE)


@dataclass(frozen=True, slots=True)
class RecoveryCode:
    """128 random bits plus a 32-bit checksum, shown as 8 groups of 4 base32 letters."""

    entropy: bytes

    @classmethod
    def generate(cls) -> RecoveryCode:
        return cls(secrets.token_bytes(_RECOVERY_ENTROPY))

    @staticmethod
    def _check(entropy: bytes) -> bytes:
        return hashlib.sha256(b"guvoh-recovery-code-v1" + entropy).digest()[:_RECOVERY_CHECK]

    def __str__(self) -> str:
        text = base64.b32encode(self.entropy + self._check(self.entropy)).decode("ascii")
        return "-".join(text[i : i + 4] for i in range(0, len(text), 4))

    def __repr__(self) -> str:
        return "RecoveryCode(<hidden>)"

    @classmethod
    def parse(cls, text: str) -> RecoveryCode:
        """Accept any case, spaces or dashes, 0/1/8 typed for O/I/B, and Cyrillic letters
        that look like the code's (В for B, typed on a Russian keyboard layout)."""
        cleaned = normalize_recovery_text(text)
        expected_len = (_RECOVERY_ENTROPY + _RECOVERY_CHECK) * 8 // 5
        if len(cleaned) != expected_len:
            raise RecoveryCodeMalformed("length")
        try:
            raw = base64.b32decode(cleaned)
        except (ValueError, binascii.Error) as err:
            raise RecoveryCodeMalformed("characters") from err
        entropy, check = raw[:_RECOVERY_ENTROPY], raw[_RECOVERY_ENTROPY:]
        if not hmac.compare_digest(check, cls._check(entropy)):
            raise RecoveryCodeMalformed("checksum")
        return cls(entropy)


# --- the slot file ----------------------------------------------------------------


def _hkdf(ikm: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(ikm)


def derive_kek(header: ClassHeader, secret: bytes, device_secret: bytes | None) -> bytes:
    """The key-encryption key for one class: the slow Argon2id call happens here."""
    return kek_from_stretched(header, stretch(header, secret), device_secret)


def stretch(header: ClassHeader, secret: bytes) -> bytes:
    """The one slow Argon2id call of an unlock (salt and parameters from `header`)."""
    return kdf.derive(secret, header.salt, header.params)


def kek_from_stretched(
    header: ClassHeader, stretched: bytes, device_secret: bytes | None
) -> bytes:
    """The KEK from an Argon2id output: cheap, so one stretch serves two headers that share
    salt and parameters (the duress take-over binds a new device secret without a second
    Argon2id call)."""
    if header.needs_device_secret:
        if device_secret is None or len(device_secret) != DEVICE_SECRET_LEN:
            raise ValueError("this class needs the 32-byte device secret")
        return _hkdf(stretched + device_secret, b"guvoh keyslot kek v1 passphrase+device")
    if header.secret_class is SecretClass.PASSPHRASE:
        return _hkdf(stretched, b"guvoh keyslot kek v1 passphrase")
    return _hkdf(stretched, b"guvoh keyslot kek v1 recovery")


@dataclass(frozen=True, slots=True)
class KeySlots:
    """The parsed key-slot file. Immutable: every change returns a new value."""

    passphrase_header: ClassHeader
    recovery_header: ClassHeader
    slots: tuple[bytes, ...]

    def header(self, secret_class: SecretClass) -> ClassHeader:
        if secret_class is SecretClass.PASSPHRASE:
            return self.passphrase_header
        return self.recovery_header

    # serialisation -----------------------------------------------------------------

    def to_bytes(self) -> bytes:
        out = _FILE_HEADER.pack(MAGIC, VERSION, 0)
        out += self.passphrase_header.pack() + self.recovery_header.pack()
        out += b"".join(self.slots)
        assert len(out) == FILE_LEN
        return out

    @classmethod
    def from_bytes(cls, data: bytes) -> KeySlots:
        """Parse and bounds-check; raises KeySlotsCorrupt or KdfParamsOutOfBounds."""
        if len(data) < _FILE_HEADER.size or data[:8] != MAGIC:
            raise KeySlotsCorrupt("not_keyslots")
        _, version, reserved = _FILE_HEADER.unpack_from(data)
        if version != VERSION:
            raise KeySlotsCorrupt("unsupported_version")
        if reserved != 0:
            raise KeySlotsCorrupt("unknown_flags")
        if len(data) < FILE_LEN:
            raise KeySlotsCorrupt("truncated")
        if len(data) > FILE_LEN:
            raise KeySlotsCorrupt("trailing_data")
        pos = _FILE_HEADER.size
        pw = ClassHeader.unpack(data[pos : pos + _CLASS_HEADER.size], SecretClass.PASSPHRASE)
        pos += _CLASS_HEADER.size
        rc = ClassHeader.unpack(data[pos : pos + _CLASS_HEADER.size], SecretClass.RECOVERY)
        pos += _CLASS_HEADER.size
        slots = tuple(data[pos + i * SLOT_LEN : pos + (i + 1) * SLOT_LEN] for i in range(8))
        return cls(pw, rc, slots)

    # opening -----------------------------------------------------------------------

    def _ad(self, header: ClassHeader, index: int) -> bytes:
        return _FILE_HEADER.pack(MAGIC, VERSION, 0) + header.pack() + bytes([index])

    def open_with_kek(self, secret_class: SecretClass, kek: bytes) -> tuple[bytearray, int]:
        """Try every slot with `kek`; return (data key, slot index) or raise NoSlotOpened.
        The key is a bytearray the caller owns and zeroes (crypto.wipe) when done; the
        decrypted slot is written into a buffer of ours and zeroed here."""
        key, index, _ = self.open_with_kek_purpose(secret_class, kek, (_PURPOSE_DATA_KEY,))
        return key, index

    def open_with_kek_purpose(
        self, secret_class: SecretClass, kek: bytes,
        purposes: Sequence[int] = (_PURPOSE_DATA_KEY, PURPOSE_DURESS),
    ) -> tuple[bytearray, int, int]:
        """`open_with_kek` for slots of any of `purposes`: (key, slot index, purpose)."""
        header = self.header(secret_class)
        aead = ChaCha20Poly1305(kek)
        plain = bytearray(_PLAINTEXT_LEN)
        try:
            for index, slot in enumerate(self.slots):
                try:
                    aead.decrypt_into(
                        slot[:_NONCE_LEN], slot[_NONCE_LEN:], self._ad(header, index), plain
                    )
                except InvalidTag:
                    continue
                if plain[0] in purposes:
                    return plain[1 : 1 + DATA_KEY_LEN], index, plain[0]
                if plain[0] == PURPOSE_SEALED:
                    raise SlotSealed(index)
            raise NoSlotOpened()
        finally:
            wipe(plain)

    def open_with_passphrase(
        self, passphrase: str, device_secret: bytes | None = None
    ) -> tuple[bytearray, int]:
        kek = derive_kek(self.passphrase_header, normalize_passphrase(passphrase), device_secret)
        return self.open_with_kek(SecretClass.PASSPHRASE, kek)

    def open_with_recovery(self, code: RecoveryCode) -> tuple[bytearray, int]:
        kek = derive_kek(self.recovery_header, code.entropy, None)
        return self.open_with_kek(SecretClass.RECOVERY, kek)

    def open_sealed_with_kek(self, kek: bytes) -> tuple[bytearray, int]:
        """The key half K1 from a sealed passphrase slot (purpose 3); NoSlotOpened if
        no slot is sealed under `kek`. The caller zeroes K1."""
        aead = ChaCha20Poly1305(kek)
        plain = bytearray(_PLAINTEXT_LEN)
        try:
            for index, slot in enumerate(self.slots):
                try:
                    aead.decrypt_into(slot[:_NONCE_LEN], slot[_NONCE_LEN:],
                                      self._ad(self.passphrase_header, index), plain)
                except InvalidTag:
                    continue
                if plain[0] == PURPOSE_SEALED:
                    return plain[1 : 1 + DATA_KEY_LEN], index
            raise NoSlotOpened()
        finally:
            wipe(plain)

    def sealed(self, index: int, kek: bytes, key_half: bytes | bytearray) -> KeySlots:
        """Sealed for travel: slot `index` wraps K1 under the passphrase class (purpose
        3), every other slot (the recovery slot included) becomes random bytes."""
        plain = bytearray(_PLAINTEXT_LEN)
        plain[0] = PURPOSE_SEALED
        plain[1 : 1 + DATA_KEY_LEN] = key_half
        try:
            nonce = os.urandom(_NONCE_LEN)
            slot = nonce + ChaCha20Poly1305(kek).encrypt(
                nonce, plain, self._ad(self.passphrase_header, index))
        finally:
            wipe(plain)
        return replace(self, slots=random_slots()).with_slot(index, slot)

    # changing ----------------------------------------------------------------------

    def with_slot(self, index: int, slot: bytes) -> KeySlots:
        slots = list(self.slots)
        slots[index] = slot
        return replace(self, slots=tuple(slots))

    def wrap(
        self, header: ClassHeader, index: int, kek: bytes, data_key: bytes | bytearray,
        purpose: int = _PURPOSE_DATA_KEY,
    ) -> bytes:
        plain = bytearray(_PLAINTEXT_LEN)  # zeroed after use: no immutable copy of the key
        plain[0] = purpose
        plain[1 : 1 + DATA_KEY_LEN] = data_key
        try:
            nonce = os.urandom(_NONCE_LEN)
            return nonce + ChaCha20Poly1305(kek).encrypt(nonce, plain, self._ad(header, index))
        finally:
            wipe(plain)

    def rewrap_passphrase(
        self,
        data_key: bytes | bytearray,
        index: int,
        passphrase: str,
        params: Argon2Params,
        device_secret: bytes | None,
        keyring_id: bytes | None,
    ) -> KeySlots:
        """A new passphrase (fresh salt) in slot `index`; other slots stay as they are."""
        header = new_class_header(SecretClass.PASSPHRASE, params, keyring_id)
        updated = replace(self, passphrase_header=header)
        kek = derive_kek(header, normalize_passphrase(passphrase), device_secret)
        return updated.with_slot(index, updated.wrap(header, index, kek, data_key))


def new_class_header(
    secret_class: SecretClass, params: Argon2Params, keyring_id: bytes | None = None
) -> ClassHeader:
    flags = FLAG_DEVICE_SECRET if keyring_id is not None else 0
    return ClassHeader(
        secret_class,
        params.check(),
        os.urandom(kdf.SALT_LEN),
        flags,
        keyring_id if keyring_id is not None else bytes(KEYRING_ID_LEN),
    )


def random_slots() -> tuple[bytes, ...]:
    return tuple(os.urandom(SLOT_LEN) for _ in range(SLOT_COUNT))


def create(
    data_key: bytes | bytearray,
    passphrase: str,
    recovery: RecoveryCode,
    params: Argon2Params,
    device_secret: bytes | None = None,
    keyring_id: bytes | None = None,
    recovery_params: Argon2Params | None = None,
    exclude_indexes: Sequence[int] = (),
) -> KeySlots:
    """A new slot file: the passphrase and the recovery code each in a random slot."""
    return create_indexed(
        data_key, passphrase, recovery, params, device_secret, keyring_id, recovery_params,
        exclude_indexes,
    )[0]


def create_indexed(
    data_key: bytes | bytearray,
    passphrase: str,
    recovery: RecoveryCode,
    params: Argon2Params,
    device_secret: bytes | None = None,
    keyring_id: bytes | None = None,
    recovery_params: Argon2Params | None = None,
    exclude_indexes: Sequence[int] = (),
) -> tuple[KeySlots, int, int]:
    """`create`, also returning the passphrase slot's index and the recovery slot's (so
    the caller need not pay another Argon2id call to find them)."""
    if len(data_key) != DATA_KEY_LEN:
        raise ValueError("data key must be 32 bytes")
    free = [i for i in range(SLOT_COUNT) if i not in exclude_indexes]
    pw_index = secrets.choice(free)
    rc_index = secrets.choice([i for i in free if i != pw_index])
    pw_header = new_class_header(SecretClass.PASSPHRASE, params, keyring_id)
    rc_header = new_class_header(SecretClass.RECOVERY, recovery_params or params)
    slots = KeySlots(pw_header, rc_header, random_slots())
    pw_kek = derive_kek(pw_header, normalize_passphrase(passphrase), device_secret)
    rc_kek = derive_kek(rc_header, recovery.entropy, None)
    slots = slots.with_slot(pw_index, slots.wrap(pw_header, pw_index, pw_kek, data_key))
    slots = slots.with_slot(rc_index, slots.wrap(rc_header, rc_index, rc_kek, data_key))
    return slots, pw_index, rc_index


def reset_passphrase_after_recovery(
    current: KeySlots,
    data_key: bytes | bytearray,
    recovery_index: int,
    passphrase: str,
    params: Argon2Params,
    device_secret: bytes | None,
    keyring_id: bytes | None,
) -> KeySlots:
    """Keep only the recovery slot; every other slot is refilled with random bytes (the
    forgotten passphrase stops working) and the new passphrase goes into a random slot."""
    slots = list(random_slots())
    slots[recovery_index] = current.slots[recovery_index]
    cleared = replace(current, slots=tuple(slots))
    index = secrets.choice([i for i in range(SLOT_COUNT) if i != recovery_index])
    return cleared.rewrap_passphrase(data_key, index, passphrase, params, device_secret, keyring_id)
