"""The vault: one private folder holding the encrypted database, key slots and blobs.

    vault.db     SQLCipher 4 database under the raw data key
    keyslots     the data key wrapped under the passphrase and the recovery code
    blobs/       one encrypted file per attachment
    lock         single-instance lock

The key-slot file is written last at creation, so a folder without one is not (yet) a
vault; a crash during `init` leaves only leftovers that the next `init` clears.
"""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from crypto import keyslots
from crypto.errors import NoSlotOpened, SlotSealed
from crypto.kdf import Argon2Params
from crypto.keyslots import KeySlots, RecoveryCode
from crypto.wipe import wipe
from storage import audit, blobs, db, duress, fsio, keyrotation, seal
from storage.devicekeyring import DeviceKeyring
from storage.errors import (
    DatabaseCorrupt,
    DeviceSecretMissing,
    FolderNotEmpty,
    NotAVault,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from storage.lock import VaultLock
from storage.reindex import reindex_if_needed
from storage.timeutil import now_utc

DB_NAME = "vault.db"
KEYSLOTS_NAME = "keyslots"
BLOBS_NAME = "blobs"
LOCK_NAME = "lock"
_LEFTOVERS = frozenset({DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", BLOBS_NAME, LOCK_NAME,
                        duress.SPARE_NAME})
ROLES = ("researcher", "coordinator", "submitter")


@dataclass(frozen=True, slots=True)
class VaultStatus:
    path: Path
    keyring_protected: bool
    keyring_available: bool
    keyring_backend: str
    passphrase_params: Argon2Params
    recovery_params: Argon2Params
    schema_version: int
    schema_head: int
    role: str
    vault_id: str
    created_at: str


@dataclass(frozen=True, slots=True)
class CheckReport:
    keyslots_ok: bool
    database_problems: list[str] = field(default_factory=list)
    attachment_problems: list[str] = field(default_factory=list)
    audit_ok: bool = True
    audit_entries: int = 0
    audit_first_broken: int | None = None
    orphans_removed: int = 0
    schema_version: int = 0
    schema_head: int = 0
    stale_temp_files: int = 0

    @property
    def ok(self) -> bool:
        return (
            self.keyslots_ok
            and not self.database_problems
            and not self.attachment_problems
            and self.audit_ok
            and self.schema_version == self.schema_head
        )


def is_vault(path: Path) -> bool:
    return (path / KEYSLOTS_NAME).is_file()


def _read_keyslots(path: Path) -> KeySlots:
    target = path / KEYSLOTS_NAME
    try:
        with target.open("rb") as fh:
            data = fh.read(keyslots.FILE_LEN + 1)  # bounded: a huge file is refused
    except FileNotFoundError:
        raise _missing_vault(path) from None
    return KeySlots.from_bytes(data)


def _missing_vault(path: Path) -> Exception:
    if not path.exists():
        return VaultNotFound(path)
    if not path.is_dir():
        return NotAVault(path)
    names = {p.name for p in path.iterdir() if not p.name.startswith(fsio.TEMP_PREFIX)}
    if not names:
        return VaultNotFound(path)
    return NotAVault(path)


class Vault:
    """An unlocked vault. Holds the single-instance lock until `close()`.

    `conn` is used only under the vault's own lock (see `Vault.conn`); `close()` waits for
    a transaction under way in another thread to end."""

    def __init__(
        self,
        path: Path,
        data_key: bytes | bytearray,
        slots: KeySlots,
        slot_index: int,
        device_keyring: DeviceKeyring,
        device_secret: bytes | None,
        lock: VaultLock,
        decoy: str = "",
    ) -> None:
        """`decoy`: "" the real database; "fill" the decoy opened by its owner to fill it
        (no orphan sweep: the real vault's files stay); "duress" the decoy opened by the
        duress passphrase (the sweep removes the real vault's files). storage/duress.py."""
        self.path = path
        self.decoy = decoy
        self._data_key: bytearray | None = bytearray(data_key)
        self._slots = slots
        self._slot_index = slot_index
        self._keyring = device_keyring
        self._device_secret = bytearray(device_secret) if device_secret else None
        self._lock = lock
        self._conn: db.Connection | None = None
        try:
            db_path = path / (duress.SPARE_NAME if decoy else DB_NAME)
            self._conn = db.connect(db_path, self._data_key)  # no copy of the key
            db.migrate(self._conn)
            reindex_if_needed(self._conn)  # the search index, if folded otherwise
            # Keyring entries left by a key change that stopped half-way go now.
            keyrotation.settle_pending(self._conn, device_keyring, slots.passphrase_header)
        except BaseException:
            self.close()
            raise
        fsio.remove_stale_temps(path)
        fsio.private_dir(path / BLOBS_NAME)
        self.stale_temps_removed = fsio.remove_stale_temps(path / BLOBS_NAME)
        self.orphans_removed = 0
        if decoy != "fill":
            keep = set() if decoy else duress.decoy_blob_ids(path, self._conn)
            self.orphans_removed = blobs.remove_orphans(self._conn, path / BLOBS_NAME, keep)
        if not decoy:
            duress.ensure_spare(path)  # vaults made before duress get their spare file

    # -- creation and opening -------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        params: Argon2Params,
        device_keyring: DeviceKeyring,
        role: str = "researcher",
        pseudonym: str = "",
    ) -> tuple[Vault, RecoveryCode]:
        """Create a vault; returns it unlocked, with the one-time recovery code."""
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        if is_vault(path):
            raise VaultExists(path)
        if path.exists():
            if not path.is_dir():
                raise NotAVault(path)
            others = {
                p.name
                for p in path.iterdir()
                if p.name not in _LEFTOVERS and not p.name.startswith(fsio.TEMP_PREFIX)
            }
            if others:
                raise FolderNotEmpty(path)
        fsio.private_dir(path)
        lock = VaultLock(path / LOCK_NAME).acquire()
        data_key = bytearray()
        try:
            if is_vault(path):  # another process finished an init while we waited
                raise VaultExists(path)
            _clear_interrupted_init(path)
            fsio.private_dir(path / BLOBS_NAME)
            fresh = os.urandom(keyslots.DATA_KEY_LEN)
            data_key[:] = fresh  # zeroed below, like the bytes it came from
            wipe(fresh)
            # Created private before SQLite opens it; SQLite gives -wal and -shm the same mode.
            os.close(fsio.create_private_exclusive(path / DB_NAME))
            conn = db.connect(path / DB_NAME, data_key)
            try:
                db.migrate(conn)
                with db.transaction(conn):
                    audit.append(conn, "vault_created")
                    conn.executemany(
                        "INSERT INTO meta (key, value) VALUES (?, ?)",
                        [
                            ("vault_id", str(uuid.uuid4())),
                            ("role", role),
                            ("pseudonym", pseudonym),
                            ("created_at", now_utc()),
                        ],
                    )
            finally:
                conn.close()
            keyring_id: bytes | None = None
            device_secret: bytes | None = None
            if device_keyring.available:
                keyring_id = os.urandom(keyslots.KEYRING_ID_LEN)
                device_secret = os.urandom(keyslots.DEVICE_SECRET_LEN)
                device_keyring.store(keyring_id, device_secret)
            recovery = RecoveryCode.generate()
            slots, _, rc_index = keyslots.create_indexed(
                data_key, passphrase, recovery, params, device_secret, keyring_id
            )
            # Every vault has one, as long as its fresh database (storage/duress.py).
            duress.write_random_spare(path, (path / DB_NAME).stat().st_size)
            # Written last: from this moment the folder is a vault.
            fsio.write_atomic(path / KEYSLOTS_NAME, slots.to_bytes())
            index = slots.open_with_kek(
                keyslots.SecretClass.PASSPHRASE,
                keyslots.derive_kek(
                    slots.passphrase_header,
                    keyslots.normalize_passphrase(passphrase),
                    device_secret,
                ),
            )[1]
        except BaseException:
            wipe(data_key)
            lock.release()
            raise
        try:
            vault = cls(path, data_key, slots, index, device_keyring, device_secret, lock)
        finally:
            wipe(data_key)  # the vault holds its own copy, zeroed at close
        duress.remember_recovery_index(vault.conn, slots, rc_index)
        return vault, recovery

    @classmethod
    def unlock(cls, path: Path, passphrase: str, device_keyring: DeviceKeyring) -> Vault:
        """Open the vault with its passphrase (one Argon2id call)."""
        if not is_vault(path):
            raise _missing_vault(path)
        lock = VaultLock(path / LOCK_NAME).acquire()
        opened: bytearray | None = None
        data_key: bytes | bytearray | None = None
        try:
            slots = _read_keyslots(path)
            device_secret = _device_secret_for(slots, device_keyring)
            stretched = keyslots.stretch(
                slots.passphrase_header, keyslots.normalize_passphrase(passphrase)
            )  # the one Argon2id call, for the real and the duress passphrase alike
            try:
                opened, index, purpose = slots.open_with_kek_purpose(
                    keyslots.SecretClass.PASSPHRASE,
                    keyslots.kek_from_stretched(
                        slots.passphrase_header, stretched, device_secret
                    ),
                )
                if purpose == keyslots.PURPOSE_DURESS:
                    slots, index, device_secret = duress.take_over(
                        path, slots, opened, stretched, device_keyring
                    )
                    decoy = cls(path, opened, slots, index, device_keyring, device_secret,
                                lock, decoy="duress")
                    wipe(opened)
                    return decoy
            except SlotSealed:
                raise seal.VaultSealed() from None  # sealed for travel (storage/seal.py)
            except NoSlotOpened:
                raise WrongPassphrase() from None
            seal.remove_stale(path)
            slots, data_key, index, device_secret = keyrotation.settle_interrupted(
                path, path / DB_NAME, slots, opened, index, device_secret, passphrase,
                device_keyring,
            )
        except BaseException:
            wipe(opened)
            wipe(data_key)
            lock.release()
            raise
        if data_key is not opened:  # an interrupted rekey was finished: the new key
            wipe(opened)
        try:
            return cls(path, data_key, slots, index, device_keyring, device_secret, lock)
        finally:
            wipe(data_key)  # the vault holds its own copy, zeroed at close

    @classmethod
    def recover(
        cls,
        path: Path,
        code: RecoveryCode,
        new_passphrase: str,
        device_keyring: DeviceKeyring,
        params: Argon2Params | None = None,
    ) -> Vault:
        """Open with the recovery code and set a new passphrase; the old one stops working.

        On a machine with a keyring, the new passphrase slot is bound to a NEW device secret
        there, and the old entry is deleted (see keyrotation.switch_slots), so an old copy
        of the key-slot file and the forgotten passphrase find no device secret.
        """
        if not is_vault(path):
            raise _missing_vault(path)
        lock = VaultLock(path / LOCK_NAME).acquire()
        data_key: bytearray | None = None
        try:
            slots = _read_keyslots(path)
            try:
                data_key, recovery_index = slots.open_with_recovery(code)
            except NoSlotOpened:
                if seal.has_seal_file(path):  # sealed for travel: the recovery slot is away
                    raise seal.VaultSealed() from None
                raise WrongRecoveryCode() from None
            keyrotation.settle_interrupted(
                path, path / DB_NAME, slots, data_key, -1, None, None, device_keyring
            )
        except BaseException:
            wipe(data_key)
            lock.release()
            raise
        vault = cls(path, data_key, slots, -1, device_keyring, None, lock)
        try:
            keyring_id, device_secret = None, None
            if device_keyring.available:
                keyring_id, device_secret = keyrotation.new_device_secret(device_keyring)
            new_slots = keyslots.reset_passphrase_after_recovery(
                slots,
                data_key,
                recovery_index,
                new_passphrase,
                params or slots.passphrase_header.params,
                device_secret,
                keyring_id,
            )
            index = new_slots.open_with_passphrase(new_passphrase, device_secret)[1]
            keyrotation.switch_slots(
                path, vault.conn, device_keyring, slots.passphrase_header, new_slots,
                device_secret,
            )
            vault._adopt(data_key, new_slots, index, device_secret)
            with db.transaction(vault.conn):
                audit.append(vault.conn, "vault_recovered")
            duress.remember_recovery_index(vault.conn, new_slots, recovery_index)
        except BaseException:
            vault.close()
            raise
        finally:
            wipe(data_key)  # the vault holds its own copy, zeroed at close
        return vault

    # -- while unlocked -------------------------------------------------------------

    @property
    def conn(self) -> db.Connection:
        """The vault's one database connection, shared by the GUI thread and workers and
        usable only under the vault's own lock: a `db.LockedConnection`, which takes its
        lock for every statement and every fetch, and holds it for a whole transaction
        (BEGIN to COMMIT or ROLLBACK), so another thread's reads and writes wait until the
        transaction ends and never see it half-done. The raw connection is never handed out.
        Raises VaultLocked after `close()`."""
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def data_key(self) -> bytes:
        """A copy of the data key. It is immutable: zero it with crypto.wipe.wipe as soon as
        it is no longer needed, or a copy of the key outlives the lock."""
        if self._data_key is None:
            raise VaultLocked()
        return bytes(self._data_key)

    def change_passphrase(self, new_passphrase: str, params: Argon2Params | None = None) -> None:
        """Re-wrap the data key under a new passphrase (fresh salt); no database rewrite.

        The new key-slot file replaces the old one atomically: a crash or a full disk
        leaves the old passphrase working.
        """
        header = self._slots.passphrase_header
        keyring_id, device_secret = None, None
        if header.needs_device_secret:  # a new device secret under a new keyring entry
            keyring_id, device_secret = keyrotation.new_device_secret(self._keyring)
        key = self.data_key
        try:
            new_slots = self._slots.rewrap_passphrase(
                key,
                self._slot_index,
                new_passphrase,
                params or header.params,
                device_secret,
                keyring_id,
            )
            keyrotation.switch_slots(
                self.path, self.conn, self._keyring, header, new_slots, device_secret
            )
            self._adopt(key, new_slots, self._slot_index, device_secret)
        finally:
            wipe(key)
        with db.transaction(self.conn):
            audit.append(self.conn, "passphrase_changed")

    def rekey(
        self,
        passphrase: str,
        progress: keyrotation.Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> RecoveryCode:
        """Replace the data key (SQLCipher re-encrypts every page); returns the NEW recovery
        code, the old one stops working. See keyrotation.rekey."""
        return keyrotation.rekey(self, passphrase, progress, cancel)

    def _adopt(
        self, data_key: bytes | bytearray, slots: KeySlots, index: int,
        device_secret: bytes | None,
    ) -> None:
        """The keys in force after a change (keyrotation); the old bytes are overwritten."""
        for secret in (self._data_key, self._device_secret):
            if secret is not None:
                secret[:] = bytes(len(secret))
        self._data_key = bytearray(data_key)
        self._device_secret = bytearray(device_secret) if device_secret else None
        self._slots = slots
        self._slot_index = index

    def _device_secret_bytes(self) -> bytes | None:
        return bytes(self._device_secret) if self._device_secret else None

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    @property
    def role(self) -> str:
        return self.meta("role") or "researcher"

    def status(self) -> VaultStatus:
        header = self._slots.passphrase_header
        return VaultStatus(
            path=self.path,
            keyring_protected=header.needs_device_secret,
            keyring_available=self._keyring.available,
            keyring_backend=self._keyring.name,
            passphrase_params=header.params,
            recovery_params=self._slots.recovery_header.params,
            schema_version=db.user_version(self.conn),
            schema_head=db.head_version(),
            role=self.role,
            vault_id=self.meta("vault_id") or "",
            created_at=self.meta("created_at") or "",
        )

    @property
    def blobs_dir(self) -> Path:
        return self.path / BLOBS_NAME

    def check(self, deep: bool = False) -> CheckReport:
        """Re-read the key-slot file, run the database's integrity checks, check every
        attachment file (with `deep`, decrypt and hash each) and the audit chain."""
        keyslots_ok = True
        try:
            on_disk = _read_keyslots(self.path)  # parsed and bounds-checked
            keyslots_ok = on_disk.to_bytes() == self._slots.to_bytes()
        except Exception:  # noqa: BLE001 - any failure to parse is a failed check
            keyslots_ok = False
        try:
            problems = db.integrity_problems(self.conn)
        except DatabaseCorrupt as err:
            problems = [err.detail]
        verdict = audit.verify(self.conn)
        return CheckReport(
            keyslots_ok=keyslots_ok,
            database_problems=problems,
            attachment_problems=blobs.check(self.conn, self.blobs_dir, deep=deep),
            audit_ok=verdict.ok,
            audit_entries=verdict.entries,
            audit_first_broken=verdict.first_broken,
            orphans_removed=self.orphans_removed,
            schema_version=db.user_version(self.conn),
            schema_head=db.head_version(),
            stale_temp_files=self.stale_temps_removed,
        )

    def close(self) -> None:
        """Close the database, forget the keys (best effort in Python), release the lock."""
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None
        for secret in (self._data_key, self._device_secret):
            if secret is not None:
                secret[:] = bytes(len(secret))
        self._data_key = None
        self._device_secret = None
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_public_status(path: Path) -> KeySlots:
    """The key-slot file alone (no passphrase): keyring binding and KDF parameters."""
    if not is_vault(path):
        raise _missing_vault(path)
    return _read_keyslots(path)


def _device_secret_for(slots: KeySlots, device_keyring: DeviceKeyring) -> bytes | None:
    header = slots.passphrase_header
    if not header.needs_device_secret:
        return None
    if not device_keyring.available:
        raise DeviceSecretMissing(keyring_available=False)
    secret = device_keyring.load(header.keyring_id)
    if secret is None or len(secret) != keyslots.DEVICE_SECRET_LEN:
        raise DeviceSecretMissing(keyring_available=True)
    return secret


def _clear_interrupted_init(path: Path) -> None:
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        fsio.remove_file(path / name)
    fsio.remove_stale_temps(path)
