from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    """An unlocked vault on the passphrase alone, minimum KDF."""
    opened, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none())
    with opened:
        yield opened
