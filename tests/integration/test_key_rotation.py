"""Issue 13, item 6: changing the passphrase or the data key revokes old copies of the
key-slot file. Real SQLCipher, the session's real Secret Service (tests/conftest.py), and
failures injected as real exceptions between the steps of each change."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from app.cli.commands import vault as vault_commands
from app.messages import ExitCode
from app.services import vaults
from crypto.errors import Cancelled, NoSlotOpened
from crypto.kdf import FLOOR
from crypto.keyslots import KeySlots, RecoveryCode
from storage import db, fsio, keyrotation
from storage.devicekeyring import DeviceKeyring
from storage.errors import (
    DatabaseCorrupt,
    DeviceSecretMissing,
    KeyringUnavailable,
    RekeyInterrupted,
    WrongPassphrase,
    WrongRecoveryCode,
)
from storage.vault import Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, run_guvoh, write_secret

pytestmark = pytest.mark.keyring

OLD, NEW = PASSPHRASE, NEW_PASSPHRASE


@pytest.fixture(params=["keyring", "no keyring"])
def keyring(request: pytest.FixtureRequest) -> DeviceKeyring:
    found = DeviceKeyring.detect() if request.param == "keyring" else DeviceKeyring.none()
    assert found.available == (request.param == "keyring")
    return found


@pytest.fixture
def made(tmp_path: Path, keyring: DeviceKeyring) -> tuple[Path, RecoveryCode]:
    path = tmp_path / "vault"
    vault, code = Vault.create(path, OLD, FLOOR, keyring)
    vault.close()
    return path, code


def _slots(path: Path) -> KeySlots:
    return KeySlots.from_bytes((path / "keyslots").read_bytes())


def _write_after(vault: Vault, marker: str) -> None:
    with db.transaction(vault.conn):
        vault.conn.execute("INSERT INTO meta (key, value) VALUES ('written_after', ?)",
                           (marker,))


def _old_copy_opens(path: Path, old_keyslots: bytes, keyring: DeviceKeyring) -> bool:
    """An attacker's try: the OLD key-slot file, the OLD passphrase and whatever device
    secret this machine's keyring now holds (the old entry's, else the current one's)."""
    old = KeySlots.from_bytes(old_keyslots)
    candidates: list[bytes | None] = [None]
    if keyring.available:
        current = _slots(path).passphrase_header
        candidates = [keyring.load(old.passphrase_header.keyring_id),
                      keyring.load(current.keyring_id)]
    for secret in candidates:
        try:
            key, _ = old.open_with_passphrase(OLD, secret)
        except (NoSlotOpened, ValueError):
            continue
        try:
            conn = db.connect(path / "vault.db", key)
        except DatabaseCorrupt:
            continue
        row = conn.execute("SELECT value FROM meta WHERE key = 'written_after'").fetchone()
        conn.close()
        return row is not None
    return False


def _opens(path: Path, passphrase: str, keyring: DeviceKeyring) -> str | None:
    with Vault.unlock(path, passphrase, keyring) as vault:
        return vault.meta("written_after")


# -- passwd and recover: a new device secret, the old entry deleted --------------------


def test_passwd_revokes_old_keyslots_with_keyring(made: tuple[Path, RecoveryCode],
                                                  keyring: DeviceKeyring) -> None:
    path, _ = made
    old_bytes = (path / "keyslots").read_bytes()
    old_id = _slots(path).passphrase_header.keyring_id
    with Vault.unlock(path, OLD, keyring) as vault:
        vault.change_passphrase(NEW)
        _write_after(vault, "after passwd")
    assert _opens(path, NEW, keyring) == "after passwd"
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, OLD, keyring)
    if keyring.available:
        new_id = _slots(path).passphrase_header.keyring_id
        assert new_id != old_id
        assert keyring.load(old_id) is None  # the old entry is gone
        assert not _old_copy_opens(path, old_bytes, keyring)
        copy = path.parent / "copy"  # the old file put back into a copy of the folder
        shutil.copytree(path, copy)
        (copy / "keyslots").write_bytes(old_bytes)
        with pytest.raises(DeviceSecretMissing):
            Vault.unlock(copy, OLD, keyring)
    else:
        # Without a keyring nothing but the passphrase guards the data key, so an old
        # key-slot file still opens; only rekey revokes it (tested below). README says so.
        assert _old_copy_opens(path, old_bytes, keyring)


def test_recover_revokes_old_keyslots_with_keyring(made: tuple[Path, RecoveryCode],
                                                   keyring: DeviceKeyring) -> None:
    path, code = made
    old_bytes = (path / "keyslots").read_bytes()
    old_id = _slots(path).passphrase_header.keyring_id
    with Vault.recover(path, code, NEW, keyring) as vault:
        _write_after(vault, "after recover")
    assert _opens(path, NEW, keyring) == "after recover"
    if keyring.available:
        assert _slots(path).passphrase_header.keyring_id != old_id
        assert keyring.load(old_id) is None
        assert not _old_copy_opens(path, old_bytes, keyring)
    else:
        assert _old_copy_opens(path, old_bytes, keyring)


def test_passwd_failing_key_file_write_keeps_old_passphrase(
    made: tuple[Path, RecoveryCode], keyring: DeviceKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = made
    before = (path / "keyslots").read_bytes()
    real_write = fsio.write_atomic

    def full_disk(target: Path, data: bytes, *, replace: bool = True) -> None:
        if target.name == "keyslots":
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(target, data, replace=replace)

    with Vault.unlock(path, OLD, keyring) as vault:
        monkeypatch.setattr(fsio, "write_atomic", full_disk)
        with pytest.raises(OSError, match="No space"):
            vault.change_passphrase(NEW)
        monkeypatch.setattr(fsio, "write_atomic", real_write)
        assert keyrotation._pending_ids(vault.conn) == []  # the new entry was removed
    assert (path / "keyslots").read_bytes() == before
    assert _opens(path, OLD, keyring) is None


def test_passwd_keyring_delete_failing_is_finished_at_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash (here: the keyring failing) after the new key file is written, before the
    old entry is deleted: the next open deletes it."""
    keyring = DeviceKeyring.detect()
    path = tmp_path / "vault"
    Vault.create(path, OLD, FLOOR, keyring)[0].close()
    old_id = _slots(path).passphrase_header.keyring_id

    def broken(self: DeviceKeyring, keyring_id: bytes) -> None:
        raise KeyringUnavailable("SecretService.Keyring", "DBusErrorResponse")

    with Vault.unlock(path, OLD, keyring) as vault:
        monkeypatch.setattr(DeviceKeyring, "delete", broken)
        vault.change_passphrase(NEW)
        monkeypatch.undo()
        assert keyring.load(old_id) is not None  # left behind, but remembered
        assert keyrotation._pending_ids(vault.conn)
    assert _opens(path, NEW, keyring) is None
    assert keyring.load(old_id) is None


# -- rekey: a new data key ---------------------------------------------------------------


def test_rekey_revokes_old_keyslots_and_recovery_code(
    made: tuple[Path, RecoveryCode], keyring: DeviceKeyring
) -> None:
    path, old_code = made
    old_bytes = (path / "keyslots").read_bytes()
    old_id = _slots(path).passphrase_header.keyring_id
    with Vault.unlock(path, OLD, keyring) as vault:
        old_key = vault.data_key
        steps: list[tuple[int, int]] = []
        new_code = vaults.rekey(vault, OLD, progress=lambda d, t: steps.append((d, t)))
        assert vault.data_key != old_key
        _write_after(vault, "after rekey")
    assert steps[0] == (0, keyrotation.REKEY_STEPS)
    assert steps[-1] == (keyrotation.REKEY_STEPS, keyrotation.REKEY_STEPS)
    assert str(new_code) != str(old_code)
    assert not (path / keyrotation.PENDING_SLOTS_NAME).exists()
    # Even an attacker holding the old data key itself reads nothing of the new database.
    with pytest.raises(DatabaseCorrupt):
        db.connect(path / "vault.db", old_key)
    assert not _old_copy_opens(path, old_bytes, keyring)
    if keyring.available:
        assert keyring.load(old_id) is None
    assert _opens(path, OLD, keyring) == "after rekey"
    with pytest.raises(WrongRecoveryCode):
        Vault.recover(path, old_code, NEW, keyring)
    with Vault.recover(path, new_code, NEW, keyring) as vault:
        assert vault.meta("written_after") == "after rekey"
        report = vault.check(deep=True)
        assert report.ok, report
        assert vaults.verify_audit(vault).ok


def test_rekey_keeps_attachments(tmp_path: Path) -> None:
    from app.services import cases
    from tests.casedata import minimal

    vault, _ = Vault.create(tmp_path / "v", OLD, FLOOR, DeviceKeyring.none())
    with vault:
        case = cases.add_case(vault, minimal())
        source = tmp_path / "a.bin"
        source.write_bytes(b"attachment bytes " * 5000)
        cases.attach_file(vault, case.id, source, filename="a.bin",
                          media_type="application/octet-stream")
        vault.rekey(OLD)
    with Vault.unlock(tmp_path / "v", OLD, DeviceKeyring.none()) as vault:
        report = vault.check(deep=True)
        assert not report.attachment_problems, report
        assert report.ok, report


def test_rekey_wrong_passphrase_changes_nothing(made: tuple[Path, RecoveryCode],
                                               keyring: DeviceKeyring) -> None:
    path, code = made
    before = (path / "keyslots").read_bytes()
    with Vault.unlock(path, OLD, keyring) as vault, pytest.raises(WrongPassphrase):
        vault.rekey("not the passphrase at all")
    assert (path / "keyslots").read_bytes() == before
    with Vault.recover(path, code, NEW, keyring):
        pass


def test_rekey_cancel_or_failure_before_reencryption_leaves_old_keys(
    made: tuple[Path, RecoveryCode], keyring: DeviceKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, code = made
    before = (path / "keyslots").read_bytes()
    import threading

    cancel = threading.Event()
    with Vault.unlock(path, OLD, keyring) as vault:
        # Cancel pressed while the new key file is being written.
        with pytest.raises(Cancelled):
            vault.rekey(OLD, progress=lambda d, _t: cancel.set() if d == 3 else None,
                        cancel=cancel)
        # SQLCipher failing the re-encryption (a real sqlcipher3 error, before commit).
        import sqlcipher3

        def failing(conn: db.Connection, key: bytes) -> None:
            raise sqlcipher3.OperationalError("disk I/O error")

        monkeypatch.setattr(db, "rekey", failing)
        with pytest.raises(sqlcipher3.OperationalError):
            vault.rekey(OLD)
        assert keyrotation._pending_ids(vault.conn) == []
    assert (path / "keyslots").read_bytes() == before
    assert not (path / keyrotation.PENDING_SLOTS_NAME).exists()
    assert _opens(path, OLD, keyring) is None
    with Vault.recover(path, code, NEW, keyring):
        pass


def test_rekey_stopped_after_reencryption_is_finished_by_the_passphrase(
    made: tuple[Path, RecoveryCode], keyring: DeviceKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database is re-encrypted, then writing the new key file fails (as a crash would
    stop it): the old recovery code says to use the passphrase, and the passphrase opens
    the vault and finishes the switch."""
    path, old_code = made
    old_id = _slots(path).passphrase_header.keyring_id
    real_write = fsio.write_atomic

    def full_disk(target: Path, data: bytes, *, replace: bool = True) -> None:
        if target.name == "keyslots":
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(target, data, replace=replace)

    with Vault.unlock(path, OLD, keyring) as vault:
        old_key = vault.data_key
        _write_after(vault, "before the crash")
        monkeypatch.setattr(fsio, "write_atomic", full_disk)
        with pytest.raises(OSError, match="No space"):
            vault.rekey(OLD)
        monkeypatch.setattr(fsio, "write_atomic", real_write)
    assert (path / keyrotation.PENDING_SLOTS_NAME).exists()
    with pytest.raises(DatabaseCorrupt):
        db.connect(path / "vault.db", old_key)  # re-encrypted
    with pytest.raises(RekeyInterrupted):
        Vault.recover(path, old_code, NEW, keyring)
    assert _opens(path, OLD, keyring) == "before the crash"
    assert not (path / keyrotation.PENDING_SLOTS_NAME).exists()
    if keyring.available:
        assert keyring.load(old_id) is None
    assert _opens(path, OLD, keyring) == "before the crash"  # and again, the normal way


def test_interrupted_rekey_file_alone_is_dropped(made: tuple[Path, RecoveryCode],
                                                 keyring: DeviceKeyring) -> None:
    """A keyslots.next left by a crash before re-encryption: the next open removes it."""
    path, _ = made
    (path / keyrotation.PENDING_SLOTS_NAME).write_bytes(b"torn")
    assert _opens(path, OLD, keyring) is None
    assert not (path / keyrotation.PENDING_SLOTS_NAME).exists()


# -- the command line ------------------------------------------------------------------


def test_cli_rekey_prints_new_code_and_old_copy_fails(tmp_path: Path, pw_file: Path,
                                                      new_pw_file: Path) -> None:
    assert vault_commands.rekey is not None
    vault = tmp_path / "v"
    init = run_guvoh("--vault", str(vault), "init", "--passphrase-file", str(pw_file),
                     "--kdf-seconds", "0")
    assert init.returncode == 0, init.stderr
    old_code = write_secret(tmp_path / "old-code", init.stdout.strip())
    old_bytes = (vault / "keyslots").read_bytes()
    refused = run_guvoh("--vault", str(vault), "rekey", "--passphrase-file", str(pw_file))
    assert refused.returncode == ExitCode.USAGE
    assert "--yes" in refused.stderr
    assert (vault / "keyslots").read_bytes() == old_bytes
    done = run_guvoh("--vault", str(vault), "rekey", "--passphrase-file", str(pw_file),
                     "--yes", "--json")
    assert done.returncode == 0, done.stderr
    import json

    new_code = json.loads(done.stdout)["recovery_code"]
    RecoveryCode.parse(new_code)
    failed = run_guvoh("--vault", str(vault), "recover", "--recovery-code-file", str(old_code),
                       "--new-passphrase-file", str(new_pw_file))
    assert failed.returncode == ExitCode.WRONG_SECRET
    assert failed.stderr.count("\n") == 1
    code_file = write_secret(tmp_path / "new-code", new_code)
    ok = run_guvoh("--vault", str(vault), "recover", "--recovery-code-file", str(code_file),
                   "--new-passphrase-file", str(new_pw_file))
    assert ok.returncode == 0, ok.stderr
    copy = tmp_path / "copy"
    shutil.copytree(vault, copy)
    (copy / "keyslots").write_bytes(old_bytes)
    old = run_guvoh("--vault", str(copy), "status", "--passphrase-file", str(pw_file))
    assert old.returncode == ExitCode.KEYRING  # its keyring entry is gone


def test_cli_passwd_without_keyring_points_to_rekey(tmp_path: Path, pw_file: Path,
                                                    new_pw_file: Path) -> None:
    vault = tmp_path / "v"
    assert run_guvoh("--vault", str(vault), "init", "--passphrase-file", str(pw_file),
                     "--kdf-seconds", "0", "--no-keyring").returncode == 0
    result = run_guvoh("--vault", str(vault), "passwd", "--passphrase-file", str(pw_file),
                       "--new-passphrase-file", str(new_pw_file))
    assert result.returncode == 0, result.stderr
    assert "guvoh rekey" in result.stderr
