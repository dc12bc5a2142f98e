"""The device secret in a real Secret Service (gnome-keyring-daemon, started by conftest)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.messages import ExitCode
from crypto.keyslots import KeySlots
from storage.devicekeyring import DeviceKeyring
from tests.conftest import run_guvoh, write_secret

pytestmark = pytest.mark.keyring

NO_BUS = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/guvoh-no-bus"}


def test_real_secret_service_is_detected() -> None:
    keyring = DeviceKeyring.detect()
    assert keyring.available
    assert keyring.name == "SecretService.Keyring"
    kid = b"k" * 16
    keyring.store(kid, b"s" * 32)
    assert keyring.load(kid) == b"s" * 32
    keyring.delete(kid)
    assert keyring.load(kid) is None


def test_no_keyring_detected_without_bus(no_keyring_env: None) -> None:
    assert not DeviceKeyring.detect().available


def test_vault_bound_to_keyring(cli_vault: Path, pw_file: Path) -> None:
    slots = KeySlots.from_bytes((cli_vault / "keyslots").read_bytes())
    header = slots.passphrase_header
    assert header.needs_device_secret
    secret = DeviceKeyring.detect().load(header.keyring_id)
    assert secret is not None
    assert len(secret) == 32


def test_copied_vault_without_keyring_entry(cli_vault: Path, pw_file: Path) -> None:
    """Copied vault files alone do not open: the passphrase is not enough."""
    header = KeySlots.from_bytes((cli_vault / "keyslots").read_bytes()).passphrase_header
    keyring = DeviceKeyring.detect()
    secret = keyring.load(header.keyring_id)
    assert secret is not None
    keyring.delete(header.keyring_id)
    result = run_guvoh("--vault", str(cli_vault), "status", "--passphrase-file", str(pw_file))
    assert result.returncode == ExitCode.KEYRING
    assert "recovery code" in result.stderr
    result = run_guvoh("--vault", str(cli_vault), "status", "--passphrase-file", str(pw_file),
                       env=NO_BUS)
    assert result.returncode == ExitCode.KEYRING
    assert "no keyring is running" in result.stderr
    keyring.store(header.keyring_id, secret)
    assert run_guvoh("--vault", str(cli_vault), "status", "--passphrase-file",
                     str(pw_file)).returncode == 0


def test_recover_on_another_machine_binds_new_keyring_entry(
    tmp_path: Path, pw_file: Path, new_pw_file: Path
) -> None:
    vault = tmp_path / "v"
    init = run_guvoh("--vault", str(vault), "init", "--passphrase-file", str(pw_file),
                     "--kdf-seconds", "0")
    code = write_secret(tmp_path / "code", init.stdout.strip())
    old = KeySlots.from_bytes((vault / "keyslots").read_bytes()).passphrase_header
    DeviceKeyring.detect().delete(old.keyring_id)  # the "other machine" lacks it
    result = run_guvoh("--vault", str(vault), "recover", "--recovery-code-file", str(code),
                       "--new-passphrase-file", str(new_pw_file))
    assert result.returncode == 0, result.stderr
    new = KeySlots.from_bytes((vault / "keyslots").read_bytes()).passphrase_header
    assert new.needs_device_secret
    assert new.keyring_id != old.keyring_id
    assert run_guvoh("--vault", str(vault), "check", "--passphrase-file",
                     str(new_pw_file)).returncode == 0


def test_machine_without_keyring_works_on_passphrase(tmp_path: Path, pw_file: Path) -> None:
    vault = tmp_path / "v"
    init = run_guvoh("--vault", str(vault), "init", "--passphrase-file", str(pw_file),
                     "--kdf-seconds", "0", env=NO_BUS)
    assert init.returncode == 0, init.stderr
    assert "passphrase alone" in init.stderr
    result = run_guvoh("--vault", str(vault), "status", "--json", "--passphrase-file",
                       str(pw_file), env=NO_BUS)
    assert json.loads(result.stdout)["keyring"] == {
        "available": False, "backend": "none", "protects_vault": False,
    }
    text = run_guvoh("--vault", str(vault), "status", "--passphrase-file", str(pw_file),
                     env=NO_BUS)
    assert "Keyring:   none" in text.stdout


def test_opt_out_of_keyring(tmp_path: Path, pw_file: Path) -> None:
    vault = tmp_path / "v"
    assert run_guvoh("--vault", str(vault), "init", "--passphrase-file", str(pw_file),
                     "--kdf-seconds", "0", "--no-keyring").returncode == 0
    assert not KeySlots.from_bytes((vault / "keyslots").read_bytes()).passphrase_header.flags


def test_plaintext_backend_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """keyring's own null backend (and anything not allow-listed) counts as no keyring."""
    import keyring
    from keyring.backends import null

    monkeypatch.setattr(keyring, "get_keyring", lambda: null.Keyring())
    assert not DeviceKeyring.detect().available


def test_a_keyring_that_comes_later_is_found(monkeypatch: pytest.MonkeyPatch,
                                             secret_service: str) -> None:
    """keyring chooses its backend once per process; if the desktop's keyring was not there
    then (daemon not started yet at login), a later detect still finds it."""
    import keyring.core
    from keyring.backends import fail

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/guvoh-no-bus")
    keyring.core.set_keyring(fail.Keyring())  # what keyring chose while there was no bus
    assert not DeviceKeyring.detect().available
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service)
    assert DeviceKeyring.detect().available
