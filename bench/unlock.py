"""Unlock: everything but the Argon2id call must stay under 10% of the Argon2id time."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.common import Result, median_time
from crypto import kdf
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault, read_public_status

PASSPHRASE = "mountain river lantern copper"  # noqa: S105 - a throwaway benchmark vault


def run(rounds: int = 5) -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "vault"
        params = kdf.calibrate()
        vault, _ = Vault.create(path, PASSPHRASE, params, DeviceKeyring.none())
        vault.close()
        header = read_public_status(path).passphrase_header
        argon = median_time(lambda: kdf.derive(PASSPHRASE.encode(), header.salt, params), rounds)
        total = median_time(lambda: Vault.unlock(path, PASSPHRASE, DeviceKeyring.none()).close(),
                            rounds)
    overhead = max(total - argon, 0.0)
    share = overhead / argon
    return [Result("unlock: time outside Argon2id", overhead, argon, share, "< 0.10",
                   share < 0.10, "s")]
