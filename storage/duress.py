"""Duress passphrase and decoy database (DESIGN.md 2b). Defeats the person at the desk.

Every vault has a spare database file, `spare.db`, from creation (existing vaults get one at
their next unlock): random bytes, exactly as long as a fresh vault database (which is what a
decoy is when it is made). A SQLCipher 4 file is random-looking from its first byte, so
the spare file cannot be told from a decoy, and a vault with a decoy lists the same files as
one without.

Setting a duress passphrase turns the spare file into a decoy: an ordinary vault database
under its own random key (the same schema, the real vault's id, role and creation date),
written at a temporary name and renamed over the spare file. The decoy's key is kept in two
places: in the real database's `meta` (so the real passphrase can open the decoy to fill it,
`open_decoy`), and in a passphrase-class key slot with purpose 2 ("duress"), wrapped under
the KEK of the duress passphrase: the same class header, so unlocking costs the same single
Argon2id call and the slot cannot be told from filler. The decoy's attachments live in the
same `blobs/` folder, named and encrypted like the real ones (random ids, one random key each
in the decoy's rows), so nothing on disk says which database a blob belongs to.

Unlocking with the duress passphrase (`take_over`, called by Vault.unlock): a new device
secret is stored in the keyring (when there is one), the key-slot file is rewritten
atomically (fsynced, renamed) with every slot random except the duress slot, re-wrapped
under the new device secret with the same salt (so no second Argon2id call), then the old
device secret is deleted. From the rename on, the real passphrase and the recovery code open
nothing; before it, both still open, and the duress passphrase always opens the decoy. The
decoy then opens; its orphan sweep removes the real vault's attachment files.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from crypto import keyslots
from crypto.keyslots import ClassHeader, KeySlots, SecretClass
from crypto.wipe import wipe
from storage import audit, db, fsio
from storage.devicekeyring import DeviceKeyring
from storage.errors import DuressSameAsPassphrase as DuressSameAsPassphrase
from storage.errors import NoDuress as NoDuress
from storage.errors import RecoverySlotUnknown as RecoverySlotUnknown

if TYPE_CHECKING:
    from storage.vault import Vault

SPARE_NAME = "spare.db"
PAGE = 4096
FRESH_PAGES = 49  # a fresh vault database today (measured); used if measuring fails
_META_KEY = "duress_decoy_key"
_META_SLOT = "duress_slot"  # "<index>:<sha256 of the slot's bytes>", to tell it still holds
_META_RECOVERY = "recovery_slot"
_COPIED_META = ("vault_id", "role", "pseudonym", "created_at")


# -- the spare file -----------------------------------------------------------------


def write_random_spare(vault_path: Path, size: int | None = None) -> None:
    """Replace the spare file with random bytes (atomic, 0600): `size` bytes (at creation,
    the size of the new, closed vault database), else as long as a fresh one."""
    count = max(1, (size or 0) // PAGE) if size else FRESH_PAGES
    fsio.write_atomic(vault_path / SPARE_NAME, os.urandom(count * PAGE))


def ensure_spare(vault_path: Path) -> bool:
    """Give a vault made before duress existed its spare file; True if one was written."""
    if (vault_path / SPARE_NAME).exists():
        return False
    write_random_spare(vault_path, _fresh_size(vault_path))
    return True


# -- setting, removing and opening the decoy -----------------------------------------


def has_decoy(conn: db.Connection) -> bool:
    return _meta(conn, _META_KEY) is not None


def decoy_key(conn: db.Connection) -> bytearray | None:
    value = _meta(conn, _META_KEY)
    return None if value is None else bytearray.fromhex(value)


def duress_active(conn: db.Connection, slots: KeySlots) -> bool:
    """The duress slot recorded at `set` is still in the key-slot file (a passphrase
    change gives the class a fresh salt, which silently ends the duress passphrase)."""
    value = _meta(conn, _META_SLOT)
    if value is None or not has_decoy(conn):
        return False
    index_text, _, digest = value.partition(":")
    index = int(index_text)
    return 0 <= index < keyslots.SLOT_COUNT and _digest(
        slots.passphrase_header, slots.slots[index]) == digest


def recovery_index(conn: db.Connection, slots: KeySlots) -> int | None:
    """The recovery code's slot, if recorded and still holding the same bytes (a rekey
    writes a new recovery slot: then it is unknown again, and the code is asked once)."""
    value = _meta(conn, _META_RECOVERY)
    if value is None:
        return None
    index_text, _, digest = value.partition(":")
    index = int(index_text)
    ok = 0 <= index < keyslots.SLOT_COUNT and _digest(
        slots.recovery_header, slots.slots[index]) == digest
    return index if ok else None


def remember_recovery_index(conn: db.Connection, slots: KeySlots, index: int) -> None:
    with db.transaction(conn):
        _set_meta(conn, _META_RECOVERY,
                  f"{index}:{_digest(slots.recovery_header, slots.slots[index])}")


def create_decoy(vault_path: Path, conn: db.Connection) -> None:
    """A new, empty decoy database in place of the spare file; its key goes into the real
    database's meta. An existing decoy is kept."""
    if has_decoy(conn):
        return
    key = bytearray(os.urandom(keyslots.DATA_KEY_LEN))
    tmp = fsio.temp_path_for(vault_path / SPARE_NAME)
    try:
        os.close(fsio.create_private_exclusive(tmp))
        decoy = db.connect(tmp, key)
        try:
            db.migrate(decoy)
            meta = [(k, _meta(conn, k) or "") for k in _COPIED_META]
            with db.transaction(decoy):
                audit.append(decoy, "vault_created")
                decoy.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta)
            db.checkpoint(decoy)
        finally:
            decoy.close()
        for suffix in ("-wal", "-shm"):
            fsio.remove_file(Path(f"{tmp}{suffix}"))
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        tmp.replace(vault_path / SPARE_NAME)
        fsio.fsync_dir(vault_path)
        with db.transaction(conn):
            _set_meta(conn, _META_KEY, key.hex())
    finally:
        wipe(key)
        fsio.remove_file(tmp)


def set_duress_slot(
    conn: db.Connection,
    slots: KeySlots,
    duress_passphrase: str,
    device_secret: bytes | None,
    exclude: tuple[int, ...],
) -> KeySlots:
    """The key-slot file with a duress slot (purpose 2) wrapping the decoy's key under the
    passphrase class; the caller writes it. One Argon2id call. A previous duress slot is
    reused, so setting it again replaces the old duress passphrase."""
    key = decoy_key(conn)
    if key is None:
        raise ValueError("no decoy to point the duress passphrase at")
    try:
        header = slots.passphrase_header
        old = _meta(conn, _META_SLOT)
        free = [i for i in range(keyslots.SLOT_COUNT) if i not in exclude]
        index = secrets.choice(free)
        if old is not None and int(old.partition(":")[0]) in free:
            index = int(old.partition(":")[0])
        kek = keyslots.derive_kek(
            header, keyslots.normalize_passphrase(duress_passphrase), device_secret
        )
        slot = slots.wrap(header, index, kek, key, keyslots.PURPOSE_DURESS)
        with db.transaction(conn):
            _set_meta(conn, _META_SLOT, f"{index}:{_digest(header, slot)}")
        return slots.with_slot(index, slot)
    finally:
        wipe(key)


def removed_duress_slot(conn: db.Connection, slots: KeySlots) -> KeySlots:
    """The key-slot file with the duress slot (if still there) refilled with random bytes."""
    if duress_active(conn, slots):
        index = int((_meta(conn, _META_SLOT) or "").partition(":")[0])
        slots = slots.with_slot(index, os.urandom(keyslots.SLOT_LEN))
    return slots


def forget_decoy(vault_path: Path, conn: db.Connection) -> None:
    """After the duress slot is gone: the decoy becomes random bytes again and its key is
    forgotten (its attachment files become orphans, removed at the next unlock)."""
    write_random_spare(vault_path, _fresh_size(vault_path))
    with db.transaction(conn):
        conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (_META_KEY, _META_SLOT))


def decoy_blob_ids(vault_path: Path, conn: db.Connection) -> set[str]:
    """The decoy's attachment ids, so the real vault's orphan sweep keeps its files."""
    key = decoy_key(conn)
    if key is None:
        return set()
    try:
        decoy = db.connect(vault_path / SPARE_NAME, key)
    except Exception:  # noqa: BLE001 - an unreadable decoy keeps nothing
        return set()
    finally:
        wipe(key)
    try:
        return {str(r[0]) for r in decoy.execute("SELECT id FROM attachments")}
    finally:
        decoy.close()


# -- on an unlocked (real) vault -------------------------------------------------------


def set_duress(vault: Vault, duress_passphrase: str, recovery_code: str | None = None) -> None:
    """Create the decoy if there is none and point `duress_passphrase` at it (one or two
    Argon2id calls: the duress passphrase's, and the recovery code's when the vault does
    not yet know its recovery slot)."""
    if vault.decoy:
        raise NoDuress()  # a decoy has no decoy of its own
    conn, slots = vault.conn, vault._slots
    rc_index = recovery_index(conn, slots)
    if rc_index is None:
        if recovery_code is None:
            raise RecoverySlotUnknown()
        from crypto.errors import NoSlotOpened
        from storage.errors import WrongRecoveryCode

        try:
            key, rc_index = slots.open_with_recovery(keyslots.RecoveryCode.parse(recovery_code))
        except NoSlotOpened:
            raise WrongRecoveryCode() from None
        wipe(key)
        remember_recovery_index(conn, slots, rc_index)
    device_secret = vault._device_secret_bytes()
    kek = keyslots.derive_kek(
        slots.passphrase_header, keyslots.normalize_passphrase(duress_passphrase), device_secret
    )
    try:  # the same KEK as the real passphrase: refused, it would open the real data
        same, _ = slots.open_with_kek(SecretClass.PASSPHRASE, kek)
    except Exception:  # noqa: BLE001 - NoSlotOpened: a different passphrase, as it must be
        same = None
    if same is not None:
        wipe(same)
        raise DuressSameAsPassphrase()
    create_decoy(vault.path, conn)
    new = set_duress_slot(conn, slots, duress_passphrase, device_secret,
                          (vault._slot_index, rc_index))
    fsio.write_atomic(vault.path / "keyslots", new.to_bytes())
    vault._slots = new


def remove_duress(vault: Vault) -> None:
    """The duress slot refilled with random bytes (fsynced, atomic), then the decoy turned
    back into random bytes."""
    if vault.decoy or not has_decoy(vault.conn):
        raise NoDuress()
    new = removed_duress_slot(vault.conn, vault._slots)
    fsio.write_atomic(vault.path / "keyslots", new.to_bytes())
    vault._slots = new
    forget_decoy(vault.path, vault.conn)


def decoy_key_of(vault: Vault) -> bytearray:
    """The decoy's key, to open it for filling (the caller zeroes it); NoDuress if none."""
    key = None if vault.decoy else decoy_key(vault.conn)
    if key is None:
        raise NoDuress()
    return key


def open_decoy(vault: Vault) -> Vault:
    """Close the real vault and open its decoy in its place, to fill it (the same lock;
    the real vault's attachment files are left alone). NoDuress if there is none."""
    from storage.lock import VaultLock
    from storage.vault import LOCK_NAME, Vault

    key = decoy_key_of(vault)
    path, keyring, slots = vault.path, vault._keyring, vault._slots
    try:
        vault.close()
        lock = VaultLock(path / LOCK_NAME).acquire()
        return Vault(path, key, slots, -1, keyring, None, lock, decoy="fill")
    finally:
        wipe(key)


def status(vault: Vault) -> tuple[bool, bool]:
    """(a decoy exists, the duress passphrase opens it)."""
    if vault.decoy:
        return False, False
    return has_decoy(vault.conn), duress_active(vault.conn, vault._slots)


# -- the duress unlock ---------------------------------------------------------------


def take_over(
    vault_path: Path,
    slots: KeySlots,
    decoy_key_bytes: bytes | bytearray,
    stretched: bytes,
    keyring: DeviceKeyring,
) -> tuple[KeySlots, int, bytes | None]:
    """Leave only the duress slot (see the module's docstring for the order). Returns the
    new slots, the duress slot's index and the new device secret."""
    old = slots.passphrase_header
    keyring_id: bytes | None = None
    device_secret: bytes | None = None
    if keyring.available:
        keyring_id = os.urandom(keyslots.KEYRING_ID_LEN)
        device_secret = os.urandom(keyslots.DEVICE_SECRET_LEN)
        keyring.store(keyring_id, device_secret)
    header = ClassHeader(
        SecretClass.PASSPHRASE,
        old.params,
        old.salt,  # the same salt: the one Argon2id output already computed serves
        keyslots.FLAG_DEVICE_SECRET if keyring_id is not None else 0,
        keyring_id if keyring_id is not None else bytes(keyslots.KEYRING_ID_LEN),
    )
    fresh = KeySlots(header, slots.recovery_header, keyslots.random_slots())
    index = secrets.randbelow(keyslots.SLOT_COUNT)
    kek = keyslots.kek_from_stretched(header, stretched, device_secret)
    fresh = fresh.with_slot(
        index, fresh.wrap(header, index, kek, decoy_key_bytes, keyslots.PURPOSE_DURESS)
    )
    fsio.write_atomic(vault_path / "keyslots", fresh.to_bytes())
    if old.needs_device_secret:
        with contextlib.suppress(Exception):  # a keyring that fails now: the entry opens
            keyring.delete(old.keyring_id)  # nothing without the overwritten slots
    return fresh, index, device_secret


# -- helpers ---------------------------------------------------------------------------


def _fresh_size(vault_path: Path) -> int | None:
    """What a fresh database of this schema measures: made in the vault's folder under a
    throwaway key (random-looking bytes, removed at once)."""
    key = bytearray(os.urandom(keyslots.DATA_KEY_LEN))
    tmp = fsio.temp_path_for(vault_path / SPARE_NAME)
    try:
        os.close(fsio.create_private_exclusive(tmp))
        fresh = db.connect(tmp, key)
        try:
            db.migrate(fresh)
        finally:
            fresh.close()
        return tmp.stat().st_size
    except Exception:  # noqa: BLE001 - then the measured constant
        return None
    finally:
        wipe(key)
        for name in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            fsio.remove_file(name)


def _digest(header: ClassHeader, slot: bytes) -> str:
    """A slot with its class header (its AD): a new salt or keyring id changes it."""
    return hashlib.sha256(header.pack() + slot).hexdigest()


def _meta(conn: db.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set_meta(conn: db.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
