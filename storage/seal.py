"""Sealing a vault for travel and unsealing it (DESIGN.md 2b; formats in docs/seal.md).

Sealing, with the vault unlocked and its passphrase typed again:

1. the travel request is written (by the caller's `write_request`: K2 leaves here);
2. the seal file is written atomically (`seal`: T's secret and the original key-slot file,
   under keys derived from K1 and from the data key);
3. the sealed key-slot file replaces `keyslots` atomically: the one step that seals. The
   passphrase slot now wraps K1 (purpose 3); every other slot, the recovery slot included,
   is random bytes. K2 and the data key are then zeroed in memory; K2 was never on this
   disk except inside the request, which only the organisation can open.

A crash before step 3 leaves the vault as it was (a stale seal file, removed at the next
normal unlock or seal). Unsealing reverses it: the token gives K2, K1 xor K2 must open the
database, the original key-slot file goes back atomically (the one step that unseals), then
the seal file is removed (T's secret with it). A crash between the two leaves an unsealed
vault and a stale seal file that nothing opens and the next unlock removes.
"""

from __future__ import annotations

import hmac
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from crypto import keyslots
from crypto import seal as sealfmt
from crypto.age import X25519Identity, X25519Recipient
from crypto.errors import NoSlotOpened
from crypto.identity import PublicKey
from crypto.keyslots import KeySlots, SecretClass
from crypto.wipe import wipe
from storage import audit, db, fsio
from storage.devicekeyring import DeviceKeyring
from storage.errors import DatabaseCorrupt, WrongPassphrase
from storage.errors import NotSealed as NotSealed
from storage.errors import SealDamaged as SealDamaged
from storage.errors import VaultSealed as VaultSealed
from storage.lock import VaultLock

if TYPE_CHECKING:
    from storage.vault import Vault

SEAL_NAME = "seal"
KEYSLOTS_NAME = "keyslots"
DB_NAME = "vault.db"
LOCK_NAME = "lock"

# Test hook: called with a step name between the steps of seal and unseal (crash tests).
StepHook = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class TravelHalf:
    """What sealing hands to the caller to build the travel request."""

    vault_id: bytes
    seal_id: bytes
    key_half: bytes  # K2
    return_recipient: X25519Recipient


def has_seal_file(path: Path) -> bool:
    return (path / SEAL_NAME).is_file()


def _read(path: Path, limit: int) -> bytes:
    with path.open("rb") as fh:
        return fh.read(limit + 1)


def _kek(slots: KeySlots, passphrase: str, device_secret: bytes | None) -> bytes:
    return keyslots.derive_kek(
        slots.passphrase_header, keyslots.normalize_passphrase(passphrase), device_secret
    )


def seal(
    vault: Vault,
    passphrase: str,
    organisation_key: PublicKey,
    write_request: Callable[[TravelHalf], None],
    on_step: StepHook | None = None,
) -> bytes:
    """Seal the unlocked `vault` (see the module's docstring); returns the seal id. The
    vault is closed afterwards (locked), whatever happens."""
    step = on_step or (lambda name: None)
    path = vault.path
    k1 = k2 = data_key = None
    try:
        original = _read(path / KEYSLOTS_NAME, keyslots.FILE_LEN)
        slots = KeySlots.from_bytes(original)
        device_secret = vault._device_secret_bytes()  # the vault's own key
        kek = _kek(slots, passphrase, device_secret)
        try:
            opened, index = slots.open_with_kek(SecretClass.PASSPHRASE, kek)
        except NoSlotOpened:
            raise WrongPassphrase() from None
        data_key = bytearray(vault.data_key)
        same = hmac.compare_digest(bytes(opened), bytes(data_key))
        wipe(opened)
        if not same:
            raise WrongPassphrase()
        vault_id = uuid.UUID(vault.meta("vault_id") or "").bytes
        seal_id = sealfmt.new_seal_id()
        k1, k2 = sealfmt.split(data_key)
        t = X25519Identity.generate()
        write_request(TravelHalf(vault_id, seal_id, bytes(k2), t.recipient))
        step("request_written")
        # Logged once the request exists (a request that could not be written seals
        # nothing and logs nothing) and before the key slots change: the database cannot
        # be written while the vault is sealed.
        with db.transaction(vault.conn):
            audit.append(vault.conn, "vault_sealed", seal_id.hex())
        fsio.write_atomic(path / SEAL_NAME, sealfmt.make_seal_file(
            k1, data_key, seal_id, vault_id, t, organisation_key, original))
        step("seal_file_written")
        fsio.write_atomic(path / KEYSLOTS_NAME, slots.sealed(index, kek, k1).to_bytes())
        step("sealed")
        return seal_id
    finally:
        wipe(k1)
        wipe(k2)
        wipe(data_key)
        vault.close()


def unseal(
    path: Path,
    passphrase: str,
    token_text: str | bytes,
    device_keyring: DeviceKeyring,
    on_step: StepHook | None = None,
) -> bytes:
    """Open the seal with the organisation's token; returns the seal id. Afterwards the
    vault opens as before (passphrase and recovery code). Raises WrongPassphrase,
    NotSealed, SealDamaged and crypto.seal's token errors; the vault stays sealed then."""
    from storage.vault import _device_secret_for  # one rule for the device secret

    step = on_step or (lambda name: None)
    token = sealfmt.parse_token(token_text)  # a malformed token: refused before any work
    lock = VaultLock(path / LOCK_NAME).acquire()
    k1 = k2 = data_key = None
    try:
        slots = KeySlots.from_bytes(_read(path / KEYSLOTS_NAME, keyslots.FILE_LEN))
        kek = _kek(slots, passphrase, _device_secret_for(slots, device_keyring))
        try:
            k1, _ = slots.open_sealed_with_kek(kek)
        except NoSlotOpened:
            try:
                wipe(slots.open_with_kek(SecretClass.PASSPHRASE, kek)[0])
            except NoSlotOpened:
                raise WrongPassphrase() from None
            fsio.remove_file(path / SEAL_NAME)  # stale, if a crash left one
            raise NotSealed() from None
        try:
            state = sealfmt.open_seal_file(_read(path / SEAL_NAME, sealfmt.MAX_SEAL_FILE), k1)
        except FileNotFoundError:
            raise SealDamaged() from None
        except sealfmt.SealFileCorrupt:
            raise SealDamaged() from None
        k2 = sealfmt.open_token(token, state)
        data_key = sealfmt.xor(k1, k2)
        try:
            original = state.restore_slots(data_key)
            restored = KeySlots.from_bytes(original)
            check, _ = restored.open_with_kek(SecretClass.PASSPHRASE, kek)
        except (sealfmt.SealFileCorrupt, NoSlotOpened):
            raise SealDamaged() from None
        same = hmac.compare_digest(bytes(check), bytes(data_key))
        wipe(check)
        if not same or not _db_takes(path / DB_NAME, data_key):
            raise SealDamaged()
        step("checked")
        fsio.write_atomic(path / KEYSLOTS_NAME, original)
        step("unsealed")
        fsio.remove_file(path / SEAL_NAME)
        step("seal_file_removed")
        conn = db.connect(path / DB_NAME, data_key)
        try:
            with db.transaction(conn):
                audit.append(conn, "vault_unsealed", state.seal_id.hex())
        finally:
            conn.close()
        return state.seal_id
    finally:
        wipe(k1)
        wipe(k2)
        wipe(data_key)
        lock.release()


def _db_takes(db_path: Path, data_key: bytes | bytearray) -> bool:
    try:
        conn = db.connect(db_path, data_key)
    except DatabaseCorrupt:
        return False
    conn.close()
    return True


def remove_stale(path: Path) -> None:
    """After a normal unlock: a seal file left by a crash opens nothing; it goes."""
    if has_seal_file(path):
        fsio.remove_file(path / SEAL_NAME)
