"""Duress passphrase in storage (DESIGN.md 2b): one Argon2id call per unlock, duress or not;
the decoy's blobs kept by the real vault's orphan sweep; the real ones removed by the duress
unlock; the spare file present from creation and given to older vaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from crypto import kdf
from crypto.kdf import FLOOR
from storage import duress
from storage.devicekeyring import DeviceKeyring
from storage.errors import WrongPassphrase, WrongRecoveryCode
from storage.vault import Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE

DURESS = NEW_PASSPHRASE


@pytest.fixture
def argon2_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = kdf.derive

    def counted(*args: object, **kwargs: object) -> bytes:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kdf, "derive", counted)
    return calls


def _made(tmp_path: Path) -> tuple[Path, object]:
    path = tmp_path / "v"
    vault, code = Vault.create(path, PASSPHRASE, FLOOR, DeviceKeyring.detect())
    with vault:
        duress.set_duress(vault, DURESS)
    return path, code


def test_normal_and_duress_unlock_each_cost_one_argon2id_call(
    tmp_path: Path, argon2_calls: list[int]
) -> None:
    path, _ = _made(tmp_path)
    argon2_calls.clear()
    Vault.unlock(path, PASSPHRASE, DeviceKeyring.detect()).close()
    assert len(argon2_calls) == 1
    argon2_calls.clear()
    with Vault.unlock(path, DURESS, DeviceKeyring.detect()) as decoy:
        assert decoy.decoy == "duress"
    assert len(argon2_calls) == 1
    argon2_calls.clear()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, "some other long passphrase", DeviceKeyring.detect())
    assert len(argon2_calls) == 1


def test_duress_unlock_deletes_the_device_secret_and_ends_both_real_secrets(
    tmp_path: Path,
) -> None:
    path, code = _made(tmp_path)
    keyring = DeviceKeyring.detect()
    before = Vault.unlock(path, PASSPHRASE, keyring)
    old_id = before._slots.passphrase_header.keyring_id
    before.close()
    assert keyring.load(old_id) is not None
    Vault.unlock(path, DURESS, keyring).close()
    assert keyring.load(old_id) is None
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, PASSPHRASE, keyring)
    with pytest.raises(WrongRecoveryCode):
        Vault.recover(path, code, "a brand new passphrase here", keyring)  # type: ignore[arg-type]


def test_the_real_sweep_keeps_the_decoys_blobs_and_duress_removes_the_real_ones(
    tmp_path: Path,
) -> None:
    from app.services import cases as case_service
    from tests.casedata import minimal

    path, _ = _made(tmp_path)
    source = tmp_path / "f.txt"
    source.write_text("bytes", encoding="utf-8")
    with Vault.unlock(path, PASSPHRASE, DeviceKeyring.detect()) as vault:
        real = case_service.add_case(vault, minimal("Real"))
        real_blob = case_service.attach_file(vault, real.id, source).id
        decoy = duress.open_decoy(vault)
        with decoy:
            fake = case_service.add_case(decoy, minimal("Decoy"))
            decoy_blob = case_service.attach_file(decoy, fake.id, source).id
    names = {p.name for p in (path / "blobs").iterdir()}
    assert {str(real_blob), str(decoy_blob)} <= names
    Vault.unlock(path, PASSPHRASE, DeviceKeyring.detect()).close()  # its orphan sweep
    assert {p.name for p in (path / "blobs").iterdir()} == names
    with Vault.unlock(path, DURESS, DeviceKeyring.detect()) as opened:
        assert [r[0] for r in opened.conn.execute("SELECT title FROM cases")] == ["Decoy"]
    assert {p.name for p in (path / "blobs").iterdir()} == {str(decoy_blob)}


def test_an_older_vault_gets_its_spare_file_at_unlock(tmp_path: Path) -> None:
    path = tmp_path / "v"
    Vault.create(path, PASSPHRASE, FLOOR, DeviceKeyring.none())[0].close()
    size = (path / duress.SPARE_NAME).stat().st_size
    assert size == (path / "vault.db").stat().st_size
    (path / duress.SPARE_NAME).unlink()
    Vault.unlock(path, PASSPHRASE, DeviceKeyring.none()).close()
    assert (path / duress.SPARE_NAME).stat().st_size == size
    assert (path / duress.SPARE_NAME).stat().st_mode & 0o077 == 0
