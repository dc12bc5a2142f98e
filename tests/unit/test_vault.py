"""The vault in-process, on the passphrase alone (no keyring); keyring cases live in
tests/integration/test_keyring.py."""

from __future__ import annotations

import stat
import struct
from pathlib import Path

import pytest

from crypto.errors import KdfParamsOutOfBounds, KeySlotsCorrupt
from crypto.kdf import FLOOR
from storage import db
from storage.devicekeyring import DeviceKeyring
from storage.errors import (
    FolderNotEmpty,
    NotAVault,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from storage.vault import KEYSLOTS_NAME, Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE

NONE = DeviceKeyring.none()


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "vault"
    vault, code = Vault.create(path, PASSPHRASE, FLOOR, NONE, pseudonym="tester")
    vault.close()
    return path, str(code)


def test_layout_and_modes(made: tuple[Path, str]) -> None:
    path, _ = made
    names = sorted(p.name for p in path.iterdir())
    assert names == ["blobs", "keyslots", "lock", "spare.db", "vault.db"]  # spare: duress
    assert stat.S_IMODE(path.stat().st_mode) == 0o700
    for entry in path.iterdir():
        expected = 0o700 if entry.is_dir() else 0o600
        assert stat.S_IMODE(entry.stat().st_mode) == expected, entry


def test_unlock_status_and_schema(made: tuple[Path, str]) -> None:
    path, _ = made
    with Vault.unlock(path, PASSPHRASE, NONE) as vault:
        status = vault.status()
        assert status.schema_version == db.head_version() >= 1
        assert status.role == "researcher"
        assert not status.keyring_protected
        assert status.passphrase_params == FLOOR
        assert vault.meta("pseudonym") == "tester"
        assert vault.check().ok


def test_wrong_passphrase(made: tuple[Path, str]) -> None:
    with pytest.raises(WrongPassphrase):
        Vault.unlock(made[0], "almost the right passphrase", NONE)


def test_change_passphrase(made: tuple[Path, str]) -> None:
    path, _ = made
    before = (path / KEYSLOTS_NAME).read_bytes()
    with Vault.unlock(path, PASSPHRASE, NONE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE)
    assert (path / KEYSLOTS_NAME).read_bytes() != before
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, PASSPHRASE, NONE)
    Vault.unlock(path, NEW_PASSPHRASE, NONE).close()


def test_recover_revokes_old_passphrase(made: tuple[Path, str]) -> None:
    from crypto.keyslots import RecoveryCode

    path, code = made
    with pytest.raises(WrongRecoveryCode):
        Vault.recover(path, RecoveryCode.generate(), NEW_PASSPHRASE, NONE)
    Vault.recover(path, RecoveryCode.parse(code), NEW_PASSPHRASE, NONE).close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, PASSPHRASE, NONE)
    Vault.unlock(path, NEW_PASSPHRASE, NONE).close()
    # the recovery code keeps working
    Vault.recover(path, RecoveryCode.parse(code), PASSPHRASE, NONE).close()


def test_second_instance_refused(made: tuple[Path, str]) -> None:
    path, _ = made
    with Vault.unlock(path, PASSPHRASE, NONE), pytest.raises(VaultInUse):
        Vault.unlock(path, PASSPHRASE, NONE)
    Vault.unlock(path, PASSPHRASE, NONE).close()  # released after close


def test_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path / "nothing", PASSPHRASE, NONE)
    (tmp_path / "empty").mkdir()
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path / "empty", PASSPHRASE, NONE)
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "cat.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(NotAVault):
        Vault.unlock(tmp_path / "photos", PASSPHRASE, NONE)
    with pytest.raises(FolderNotEmpty):
        Vault.create(tmp_path / "photos", PASSPHRASE, FLOOR, NONE)
    assert sorted(p.name for p in (tmp_path / "photos").iterdir()) == ["cat.jpg"]


def test_init_twice_refused(made: tuple[Path, str]) -> None:
    path, _ = made
    before = (path / KEYSLOTS_NAME).read_bytes()
    with pytest.raises(VaultExists):
        Vault.create(path, PASSPHRASE, FLOOR, NONE)
    assert (path / KEYSLOTS_NAME).read_bytes() == before


def test_interrupted_init_is_cleared(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    path.mkdir()
    (path / "vault.db").write_bytes(b"half-made database")
    (path / "vault.db-wal").write_bytes(b"x")
    vault, _ = Vault.create(path, PASSPHRASE, FLOOR, NONE)
    vault.close()
    Vault.unlock(path, PASSPHRASE, NONE).close()


def test_truncated_keyslots(made: tuple[Path, str]) -> None:
    path, _ = made
    data = (path / KEYSLOTS_NAME).read_bytes()
    (path / KEYSLOTS_NAME).write_bytes(data[:500])
    with pytest.raises(KeySlotsCorrupt):
        Vault.unlock(path, PASSPHRASE, NONE)


def test_huge_keyslots_file_is_not_read_whole(made: tuple[Path, str]) -> None:
    path, _ = made
    data = (path / KEYSLOTS_NAME).read_bytes()
    (path / KEYSLOTS_NAME).write_bytes(data + b"\0" * 50_000_000)
    with pytest.raises(KeySlotsCorrupt) as info:
        Vault.unlock(path, PASSPHRASE, NONE)
    assert info.value.reason == "trailing_data"


def test_hostile_kdf_params(made: tuple[Path, str]) -> None:
    path, _ = made
    data = bytearray((path / KEYSLOTS_NAME).read_bytes())
    data[16:20] = struct.pack(">I", 0xFFFFFFFF)  # ~4 TiB of memory
    (path / KEYSLOTS_NAME).write_bytes(bytes(data))
    with pytest.raises(KdfParamsOutOfBounds):
        Vault.unlock(path, PASSPHRASE, NONE)


def test_fresh_schema_matches_step_by_step_migration(tmp_path: Path) -> None:
    """Every migration applied one at a time gives the same schema as a fresh head."""
    import os

    key = os.urandom(32)
    fresh = db.connect(tmp_path / "fresh.db", key)
    db.migrate(fresh)
    stepwise = db.connect(tmp_path / "step.db", key)
    for migration in db.migrations():
        stepwise.executescript(
            f"BEGIN; {migration.sql}\nPRAGMA user_version = {migration.version}; COMMIT;"
        )
        assert db.user_version(stepwise) == migration.version
    assert db.migrate(stepwise) == db.head_version()

    def schema(conn: object) -> list[tuple[str, str]]:
        rows = conn.execute(  # type: ignore[attr-defined]
            "SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name"
        )
        return [tuple(r) for r in rows]

    assert schema(fresh) == schema(stepwise)


def test_canary_never_on_disk(made: tuple[Path, str]) -> None:
    """A distinctive string written into the database appears in no file of the vault,
    in UTF-8 or UTF-16, including the WAL and shared-memory files while open."""
    path, _ = made
    canary = "CANARY-Гулнора-Qoʻqon-7f3a9"
    with Vault.unlock(path, PASSPHRASE, NONE) as vault:
        for i in range(50):
            vault.conn.execute(
                "INSERT INTO cases (id, reference, title, created_at, updated_at) "
                "VALUES (?, ?, ?, '2026-01-01', '2026-01-01')",
                (f"id-{i}", f"REF-{i}", f"{canary} {i}"),
            )
        vault.conn.execute("INSERT INTO meta VALUES ('canary', ?)", (canary,))
        assert (path / "vault.db-wal").exists()
        _assert_absent(path, canary)
    _assert_absent(path, canary)


def _assert_absent(root: Path, canary: str) -> None:
    needles = [canary.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    checked = 0
    for file in root.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            checked += 1
            for needle in needles:
                assert needle not in data, f"plaintext found in {file}"
    assert checked >= 3
