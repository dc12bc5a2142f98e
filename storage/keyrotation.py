"""Replacing the vault's keys so that old copies of the key-slot file stop working.

Two operations, each ordered so that a crash (or a full disk, or an error) at any step
leaves a vault that opens:

- **The device secret** (`passwd`, `recover`, `rekey` on a vault tied to the keyring): a
  new secret under a new keyring entry, then the new key-slot file (atomically), then the
  old entry deleted. Before the first step both entry ids are written to the database
  (encrypted) as "pending"; every open deletes each pending entry but the one the key-slot
  file now names. So a crash between two steps leaves at most an entry that the next
  unlock deletes, and an old `keyslots` plus the old passphrase finds no device secret.
- **The data key** (`rekey`): a new random data key; the new key-slot file (the passphrase
  and a NEW recovery code, each with a fresh salt) is written first as `keyslots.next`, then
  SQLCipher re-encrypts every page (`PRAGMA rekey`, one transaction), then `keyslots.next`
  replaces `keyslots`. An open that finds `keyslots.next` settles it: if the database still
  takes the old key, the rekey never happened and the file goes; if it takes only the new
  one, the passphrase opens `keyslots.next` and the switch is finished. Attachments keep
  their own keys (stored in database rows, re-encrypted with the rows).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from crypto import keyslots
from crypto.errors import Cancelled, NoSlotOpened
from crypto.keyslots import ClassHeader, KeySlots, RecoveryCode
from crypto.wipe import wipe
from storage import audit, db, fsio
from storage.devicekeyring import DeviceKeyring
from storage.errors import (
    DatabaseCorrupt,
    DeviceSecretMissing,
    KeyringUnavailable,
    RekeyInterrupted,
    WrongPassphrase,
)

if TYPE_CHECKING:
    from storage.vault import Vault

PENDING_SLOTS_NAME = "keyslots.next"
_PENDING_META = "keyring_ids_pending"
REKEY_STEPS = 5

Progress = Callable[[int, int], None]


# -- keyring entries awaiting deletion -------------------------------------------------


def _pending_ids(conn: db.Connection) -> list[bytes]:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_PENDING_META,)).fetchone()
    if row is None or not str(row[0]):
        return []
    found = []
    for part in str(row[0]).split(","):
        with contextlib.suppress(ValueError):
            raw = bytes.fromhex(part)
            if len(raw) == keyslots.KEYRING_ID_LEN:
                found.append(raw)
    return found


def _set_pending(conn: db.Connection, ids: list[bytes]) -> None:
    with db.transaction(conn):
        if ids:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_PENDING_META, ",".join(i.hex() for i in ids)),
            )
        else:
            conn.execute("DELETE FROM meta WHERE key = ?", (_PENDING_META,))


def mark_pending(conn: db.Connection, ids: list[bytes | None]) -> None:
    """Remember keyring entries that must not outlive the switch under way."""
    known = _pending_ids(conn)
    _set_pending(conn, known + [i for i in ids if i is not None and i not in known])


def settle_pending(conn: db.Connection, keyring: DeviceKeyring, current: ClassHeader) -> None:
    """Delete every pending keyring entry except the one `current` needs. Without a
    keyring (or when it fails) the ids stay pending for the next open."""
    pending = _pending_ids(conn)
    if not pending or not keyring.available:
        return
    keep = current.keyring_id if current.needs_device_secret else None
    try:
        for kid in pending:
            if kid != keep:
                keyring.delete(kid)
    except KeyringUnavailable:
        return
    _set_pending(conn, [])


def new_device_secret(keyring: DeviceKeyring) -> tuple[bytes, bytes]:
    """A fresh (keyring id, device secret) pair; not stored yet."""
    return os.urandom(keyslots.KEYRING_ID_LEN), os.urandom(keyslots.DEVICE_SECRET_LEN)


def switch_slots(
    vault_path: Path,
    conn: db.Connection,
    keyring: DeviceKeyring,
    old: ClassHeader,
    new_slots: KeySlots,
    new_secret: bytes | None,
    target_name: str = "keyslots",
) -> None:
    """Store the new device secret (if any) under its new entry, write `new_slots`
    atomically, then delete the old entry: in that order, with both ids pending first."""
    new = new_slots.passphrase_header
    new_id = new.keyring_id if new.needs_device_secret else None
    mark_pending(conn, [old.keyring_id if old.needs_device_secret else None, new_id])
    try:
        if new_id is not None and new_secret is not None:
            keyring.store(new_id, new_secret)
        fsio.write_atomic(vault_path / target_name, new_slots.to_bytes())
    except BaseException:
        with contextlib.suppress(Exception):
            settle_pending(conn, keyring, old)  # the new entry goes, the old one stays
        raise
    settle_pending(conn, keyring, new)


# -- replacing the data key ------------------------------------------------------------


def _db_takes(path: Path, data_key: bytes | bytearray) -> bool:
    try:
        conn = db.connect(path, data_key)
    except DatabaseCorrupt:
        return False
    conn.close()
    return True


def _read_pending(vault_path: Path) -> KeySlots | None:
    target = vault_path / PENDING_SLOTS_NAME
    try:
        with target.open("rb") as fh:
            data = fh.read(keyslots.FILE_LEN + 1)
    except FileNotFoundError:
        return None
    try:
        return KeySlots.from_bytes(data)
    except Exception:  # noqa: BLE001 - a torn or foreign file: the rekey never got far
        return None


def settle_interrupted(
    vault_path: Path,
    db_path: Path,
    slots: KeySlots,
    data_key: bytes | bytearray,
    index: int,
    device_secret: bytes | None,
    passphrase: str | None,
    keyring: DeviceKeyring,
) -> tuple[KeySlots, bytes | bytearray, int, bytes | None]:
    """At open, with the key the current `keyslots` gave: finish or drop an interrupted
    rekey. Returns (slots, data key, slot index, device secret) to open the vault with.
    `passphrase` None (opened by recovery code): a finished re-encryption cannot be
    reached from the old recovery code, so RekeyInterrupted says to use the passphrase."""
    pending_path = vault_path / PENDING_SLOTS_NAME
    if not pending_path.exists():
        return slots, data_key, index, device_secret
    if _db_takes(db_path, data_key):
        # Never re-encrypted: keyslots.next goes; its keyring entry is pending and goes
        # when the vault opens (settle_pending).
        fsio.remove_file(pending_path)
        return slots, data_key, index, device_secret
    pending = _read_pending(vault_path)
    if pending is None or passphrase is None:
        raise RekeyInterrupted()
    header = pending.passphrase_header
    new_secret = None
    if header.needs_device_secret:
        if not keyring.available:
            raise DeviceSecretMissing(keyring_available=False)
        new_secret = keyring.load(header.keyring_id)
        if new_secret is None:
            raise DeviceSecretMissing(keyring_available=True)
    try:
        new_key, new_index = pending.open_with_passphrase(passphrase, new_secret)
    except NoSlotOpened:
        raise WrongPassphrase() from None
    if not _db_takes(db_path, new_key):
        raise RekeyInterrupted()
    fsio.write_atomic(vault_path / "keyslots", pending.to_bytes())
    fsio.remove_file(pending_path)
    return pending, new_key, new_index, new_secret


def rekey(
    vault: Vault,
    passphrase: str,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> RecoveryCode:
    """Replace the vault's data key; returns the NEW recovery code (the old one stops
    working). The passphrase stays; its slot gets a fresh salt and, on a vault tied to the
    keyring, a new device secret. Cancel works until the database is re-encrypted."""

    def step(done: int) -> None:
        if progress is not None:
            progress(done, REKEY_STEPS)

    def check_cancel() -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled()

    old_slots = vault._slots
    old = old_slots.passphrase_header
    step(0)
    try:
        old_slots.open_with_passphrase(passphrase, vault._device_secret_bytes())
    except NoSlotOpened:
        raise WrongPassphrase() from None
    check_cancel()
    step(1)
    new_key = bytearray(os.urandom(keyslots.DATA_KEY_LEN))  # zeroed below, once adopted
    code = RecoveryCode.generate()
    new_id, new_secret = (None, None)
    if old.needs_device_secret:
        new_id, new_secret = new_device_secret(vault._keyring)
    new_slots, pw_index, _ = keyslots.create_indexed(
        new_key, passphrase, code, old.params, new_secret, new_id,
        recovery_params=old_slots.recovery_header.params,
    )
    check_cancel()
    step(2)
    conn = vault.conn
    old_key = vault.data_key
    pending_path = vault.path / PENDING_SLOTS_NAME
    db_path = vault.path / "vault.db"
    # Both entries pending first; then the new device secret, then keyslots.next: from
    # here an open can finish the switch. The old entry stays until keyslots is replaced.
    mark_pending(conn, [old.keyring_id if old.needs_device_secret else None, new_id])
    try:
        if new_id is not None and new_secret is not None:
            vault._keyring.store(new_id, new_secret)
        fsio.write_atomic(pending_path, new_slots.to_bytes())
        step(3)
        check_cancel()
        db.rekey(conn, new_key)
    except BaseException:
        if _db_takes(db_path, old_key):  # never re-encrypted: as if nothing happened
            fsio.remove_file(pending_path)
            with contextlib.suppress(Exception):
                settle_pending(conn, vault._keyring, old)
            raise
        vault._adopt(new_key, new_slots, pw_index, new_secret)  # the next open finishes
        raise
    finally:
        wipe(old_key)  # vault.data_key's immutable copy
    vault._adopt(new_key, new_slots, pw_index, new_secret)
    wipe(new_key)  # the vault holds its own copy now
    step(4)
    fsio.write_atomic(vault.path / "keyslots", new_slots.to_bytes())
    fsio.remove_file(pending_path)
    settle_pending(conn, vault._keyring, new_slots.passphrase_header)
    with db.transaction(conn):
        audit.append(conn, "vault_rekeyed")
    step(5)
    return code
