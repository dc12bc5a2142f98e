"""Unlock: everything but the Argon2id call must stay under 10% of the Argon2id time."""

from __future__ import annotations

from bench.common import PASSPHRASE, Context, Result, median_time, result
from crypto import kdf
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault, read_public_status

NAME = "unlock: time outside Argon2id"


def run(ctx: Context) -> list[Result]:
    path = ctx.workdir / "unlock" / "vault"
    path.parent.mkdir(exist_ok=True)
    params = kdf.calibrate()
    vault, _ = Vault.create(path, PASSPHRASE, params, DeviceKeyring.none())
    vault.close()
    header = read_public_status(path).passphrase_header
    argon = median_time(lambda: kdf.derive(PASSPHRASE.encode(), header.salt, params),
                        ctx.rounds)
    total = median_time(lambda: Vault.unlock(path, PASSPHRASE, DeviceKeyring.none()).close(),
                        ctx.rounds)
    overhead = max(total - argon, 0.0)
    details = {"argon2id_seconds": argon, "unlock_seconds": total,
               "argon2id_memory_mib": params.memory_kib // 1024,
               "argon2id_passes": params.time_cost}
    return [result(NAME, overhead, argon, "< 0.10", "s", details)]
