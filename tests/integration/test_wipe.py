"""Panic wipe (issue 15 item 2): `guvoh wipe` and the service under it, with the session's
real keyring (tests/conftest.py starts gnome-keyring-daemon)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from crypto import keyslots
from crypto.errors import KeySlotsCorrupt
from crypto.kdf import FLOOR
from crypto.keyslots import KeySlots, RecoveryCode
from storage.devicekeyring import DeviceKeyring
from storage.errors import (
    DeviceSecretMissing,
    NotAVault,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from storage.vault import Vault
from storage.wipe import WIPING_NAME, Attempts, read_attempts, wipe_vault
from tests.conftest import PASSPHRASE, run_guvoh, write_secret

CASE = (
    "INSERT INTO cases (id, reference, title, created_at, updated_at) "
    "VALUES ('case-1', 'R-1', 'Detained at the border', '2026-11-24T00:00:00Z', "
    "'2026-11-24T00:00:00Z')"
)


def _make(path: Path) -> tuple[RecoveryCode, bytes]:
    """A vault tied to the real keyring, with a case, a blob and a spare file; returns its
    recovery code and the keyring id its passphrase slot names."""
    keyring = DeviceKeyring.detect()
    assert keyring.available, "the test session's Secret Service is missing"
    vault, code = Vault.create(path, PASSPHRASE, FLOOR, keyring)
    with vault:
        vault.conn.execute(CASE)
    (path / "blobs" / "ab12").write_bytes(os.urandom(4096))
    (path / "spare.db").write_bytes(os.urandom(8192))  # like the duress spare file
    header = KeySlots.from_bytes((path / "keyslots").read_bytes()).passphrase_header
    assert header.needs_device_secret
    assert keyring.load(header.keyring_id) is not None
    return code, header.keyring_id


def _opens_with_neither(folder: Path, code: RecoveryCode) -> None:
    keyring = DeviceKeyring.detect()
    with pytest.raises((KeySlotsCorrupt, WrongPassphrase, DeviceSecretMissing)):
        Vault.unlock(folder, PASSPHRASE, keyring).close()
    with pytest.raises((KeySlotsCorrupt, WrongRecoveryCode)):
        Vault.recover(folder, code, "violet harbour thunder pepper", keyring).close()


def test_wipe_overwrites_slots_in_place_then_removes_everything(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    code, keyring_id = _make(vault_dir)
    before = (vault_dir / "keyslots").read_bytes()
    inode = (vault_dir / "keyslots").stat().st_ino
    copies: dict[str, Path] = {}
    seen_inode: list[int] = []

    def step(name: str) -> None:
        if name in ("keyring", "remove"):  # after the overwrite; before removal
            seen_inode.append((vault_dir / "keyslots").stat().st_ino)
            copies[name] = tmp_path / f"copy-{name}"
            shutil.copytree(vault_dir, copies[name])
            (copies[name] / "lock").unlink()

    report = wipe_vault(vault_dir, DeviceKeyring.detect(), step)

    assert not vault_dir.exists()
    assert report.slot_files_overwritten == 1
    assert report.keyring_entries_deleted == 1
    assert report.keyring_entries_left == 0
    assert report.seconds < 1.0
    assert DeviceKeyring.detect().load(keyring_id) is None
    assert seen_inode == [inode, inode], "the key-slot file must be overwritten in place"
    for folder in copies.values():
        after = (folder / "keyslots").read_bytes()
        assert len(after) == len(before) == keyslots.FILE_LEN
        # every slot, recovery slot included: no 16-byte run of the old file survives
        assert not any(before[i:i + 16] in after for i in range(0, len(before) - 16, 16))
        assert (folder / "vault.db").exists()  # the database was still there when copied
        _opens_with_neither(folder, code)


def test_an_image_taken_before_the_wipe_still_opens_with_the_recovery_code(
    tmp_path: Path,
) -> None:
    """What docs/security.md says wipe does not defeat: a disk image made before it. The
    passphrase needs the device secret, gone from the keyring; the recovery code does not."""
    vault_dir = tmp_path / "vault"
    code, _ = _make(vault_dir)
    image = tmp_path / "image"
    shutil.copytree(vault_dir, image)
    wipe_vault(vault_dir, DeviceKeyring.detect())
    with pytest.raises(DeviceSecretMissing):
        Vault.unlock(image, PASSPHRASE, DeviceKeyring.detect())
    Vault.recover(image, code, "violet harbour thunder pepper", DeviceKeyring.none()).close()


def test_cli_wipe_with_yes(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    _, keyring_id = _make(vault_dir)
    result = run_guvoh("--vault", str(vault_dir), "wipe", "--yes", "--json")
    assert result.returncode == 0, result.stderr
    assert '"slot_files_overwritten": 1' in result.stdout
    assert "was wiped" in result.stderr
    assert not vault_dir.exists()
    assert DeviceKeyring.detect().load(keyring_id) is None


def test_cli_wipe_asks_for_the_word(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    _make(vault_dir)
    refused = run_guvoh("--vault", str(vault_dir), "wipe", stdin="yes\n")
    assert refused.returncode == 1
    assert refused.stderr.strip() == "You did not type wipe; nothing was wiped."
    assert "neither the passphrase nor the recovery code" in refused.stdout
    Vault.unlock(vault_dir, PASSPHRASE, DeviceKeyring.detect()).close()  # untouched

    no_answer = run_guvoh("--vault", str(vault_dir), "wipe")  # stdin is /dev/null
    assert no_answer.returncode == 2
    assert len(no_answer.stderr.strip().splitlines()) == 1
    assert "nothing was wiped" in no_answer.stderr
    assert (vault_dir / "keyslots").exists()

    done = run_guvoh("--vault", str(vault_dir), "wipe", stdin=" WIPE \n")
    assert done.returncode == 0, done.stderr
    assert not vault_dir.exists()


def test_cli_wipe_of_nothing_or_of_an_open_vault(tmp_path: Path) -> None:
    missing = run_guvoh("--vault", str(tmp_path / "none"), "wipe", "--yes")
    assert missing.returncode == 4
    assert missing.stderr.startswith("guvoh: There is no vault at")
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("mine")
    not_vault = run_guvoh("--vault", str(other), "wipe", "--yes")
    assert not_vault.returncode == 4
    assert (other / "notes.txt").read_text() == "mine"
    with pytest.raises(NotAVault):
        wipe_vault(other, DeviceKeyring.none())
    with pytest.raises(VaultNotFound):
        wipe_vault(tmp_path / "none", DeviceKeyring.none())

    vault_dir = tmp_path / "vault"
    _make(vault_dir)
    before = (vault_dir / "keyslots").read_bytes()
    with Vault.unlock(vault_dir, PASSPHRASE, DeviceKeyring.detect()):
        in_use = run_guvoh("--vault", str(vault_dir), "wipe", "--yes")
        with pytest.raises(VaultInUse):
            wipe_vault(vault_dir, DeviceKeyring.detect())
    assert in_use.returncode == 5
    assert len(in_use.stderr.strip().splitlines()) == 1
    assert (vault_dir / "keyslots").read_bytes() == before


def test_a_wipe_stopped_after_the_overwrite_is_finished_by_the_next(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    code, keyring_id = _make(vault_dir)

    class Stop(Exception):
        pass

    def stop(name: str) -> None:
        if name == "keyring":
            raise Stop

    with pytest.raises(Stop):
        wipe_vault(vault_dir, DeviceKeyring.detect(), stop)
    assert (vault_dir / WIPING_NAME).exists()
    assert DeviceKeyring.detect().load(keyring_id) is not None  # not deleted yet
    _opens_with_neither(vault_dir, code)
    # The lock screen still sees a vault (the key file is there, overwritten): wipe again.
    result = run_guvoh("--vault", str(vault_dir), "wipe", "--yes")
    assert result.returncode == 0, result.stderr
    assert not vault_dir.exists()
    assert DeviceKeyring.detect().load(keyring_id) is None  # found through the marker


def test_the_key_files_of_a_rekey_or_a_seal_are_overwritten_too(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    _make(vault_dir)
    shutil.copy(vault_dir / "keyslots", vault_dir / "keyslots.next")  # a rekey cut short
    sealed = os.urandom(3000)
    (vault_dir / "seal").write_bytes(sealed)  # a vault sealed for travel
    seen: dict[str, bytes] = {}

    def step(name: str) -> None:
        if name == "keyring":
            for key_file in ("keyslots.next", "seal"):
                seen[key_file] = (vault_dir / key_file).read_bytes()

    report = wipe_vault(vault_dir, DeviceKeyring.detect(), step)
    assert report.slot_files_overwritten == 3
    assert seen["keyslots.next"][:8] != keyslots.MAGIC
    assert len(seen["seal"]) == len(sealed)
    assert seen["seal"][:64] != sealed[:64]
    assert not vault_dir.exists()


# -- wipe after N wrong passphrases (opt-in) --------------------------------------------------


def _status(vault_dir: Path, secret: Path) -> int:
    return run_guvoh("--vault", str(vault_dir), "status", "--passphrase-file",
                     str(secret)).returncode


def test_wipe_after_wrong_passphrases(cli_vault: Path, pw_file: Path, tmp_path: Path) -> None:
    wrong = write_secret(tmp_path / "wrong", "not the passphrase at all")
    header = KeySlots.from_bytes((cli_vault / "keyslots").read_bytes()).passphrase_header
    assert read_attempts(cli_vault) is None  # off by default: no file, nothing counted
    assert _status(cli_vault, wrong) == 3
    assert not (cli_vault / "attempts").exists()

    on = run_guvoh("--vault", str(cli_vault), "wipe-after", "3", "--json",
                   "--passphrase-file", str(pw_file))
    assert on.returncode == 0, on.stderr
    assert '"wipe_after": 3' in on.stdout
    assert "copies the disk first" in on.stderr
    assert oct((cli_vault / "attempts").stat().st_mode & 0o777) == "0o600"
    assert _status(cli_vault, wrong) == 3
    assert _status(cli_vault, wrong) == 3
    assert read_attempts(cli_vault) == Attempts(3, 2)
    assert _status(cli_vault, pw_file) == 0  # the right one: the count starts again
    assert read_attempts(cli_vault) == Attempts(3, 0)
    assert _status(cli_vault, wrong) == 3
    assert _status(cli_vault, wrong) == 3
    third = run_guvoh("--vault", str(cli_vault), "status", "--passphrase-file", str(wrong))
    assert third.returncode == 3  # looks like any wrong passphrase
    assert not cli_vault.exists()
    assert DeviceKeyring.detect().load(header.keyring_id) is None
    assert _status(cli_vault, pw_file) == 4  # no vault any more


def test_wipe_after_bounds_and_off(cli_vault: Path, pw_file: Path) -> None:
    for bad in ("2", "100", "five", "-3"):
        result = run_guvoh("--vault", str(cli_vault), "wipe-after", bad,
                           "--passphrase-file", str(pw_file))
        assert result.returncode == 2, bad
        assert result.stderr.strip() == "guvoh: give a number from 3 to 99, or off"
    assert not (cli_vault / "attempts").exists()
    assert run_guvoh("--vault", str(cli_vault), "wipe-after", "5",
                     "--passphrase-file", str(pw_file)).returncode == 0
    assert read_attempts(cli_vault) == Attempts(5, 0)
    off = run_guvoh("--vault", str(cli_vault), "wipe-after", "off",
                    "--passphrase-file", str(pw_file))
    assert off.returncode == 0, off.stderr
    assert not (cli_vault / "attempts").exists()
