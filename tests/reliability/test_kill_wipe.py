"""SIGKILL at moments spread over a panic wipe (issue 15 item 2).

The child marks (tests/reliability/killpoints.py) the start of each step of
storage.wipe.wipe_vault through its own step hook: `ready` (about to wipe), `mark` (the
`wiping` marker is written next), `overwrite` (the key-slot files are overwritten in place
next), `keyring` (overwritten and fsynced; the device secrets are deleted next), `remove`
(the files are removed next), `done` (the folder gone). A calibration run measures the
stretches between marks; the kills aim at them in turn, at a random moment within each.

After every kill the vault either opens as before, with the passphrase AND the recovery
code, or with NEITHER; never with one but not the other. Killed before the `overwrite` mark
it opens as before; killed after the `keyring` mark it opens with neither. A vault that
opens with neither is finished by a second wipe, and its keyring entry is gone. Across the
run both outcomes must occur. A vault that still opens is wiped again in the next round
(with the marker of the wipe that was cut short); a finished one is replaced by a copy of
a prepared vault, its keyring entry stored again.

Rounds: GUVOH_KILL_ROUNDS (default 10) in `make test`; the soak variant runs
GUVOH_SOAK_ROUNDS (default 200) from `make soak`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from crypto.errors import KeySlotsCorrupt, NoSlotOpened
from crypto.kdf import FLOOR
from crypto.keyslots import KeySlots, RecoveryCode
from storage.devicekeyring import DeviceKeyring
from storage.errors import DeviceSecretMissing, NotAVault, VaultNotFound
from storage.vault import Vault
from storage.wipe import looks_like_vault, wipe_vault
from tests.conftest import PASSPHRASE
from tests.reliability.killpoints import Killer, VaultCopy, rounds_from_env, soak_timeout

ROUNDS = rounds_from_env("GUVOH_KILL_ROUNDS", 10)
SOAK_ROUNDS = rounds_from_env("GUVOH_SOAK_ROUNDS", 200)
MARKS = ("ready", "mark", "overwrite", "keyring", "remove", "done")

CHILD = """
from pathlib import Path
from storage.devicekeyring import DeviceKeyring
from storage.wipe import wipe_vault
keyring = DeviceKeyring.detect()
mark("ready")
wipe_vault(Path(_sys.argv[1]), keyring, mark)
mark("done")
"""


def _new_vault(path: Path) -> tuple[RecoveryCode, bytes]:
    vault, code = Vault.create(path, PASSPHRASE, FLOOR, DeviceKeyring.detect())
    with vault:
        vault.conn.execute(
            "INSERT INTO cases (id, reference, title, created_at, updated_at) VALUES "
            "('case-1', 'R-1', 'T', '2026-11-24T00:00:00Z', '2026-11-24T00:00:00Z')")
    (path / "blobs" / "00ff").write_bytes(os.urandom(1024))
    header = KeySlots.from_bytes((path / "keyslots").read_bytes()).passphrase_header
    return code, header.keyring_id


def _passphrase_opens(path: Path) -> bool:
    try:
        with Vault.unlock(path, PASSPHRASE, DeviceKeyring.detect()) as vault:
            assert vault.check().ok
            assert vault.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    except (KeySlotsCorrupt, DeviceSecretMissing, VaultNotFound, NotAVault):
        return False
    return True


def _recovery_opens(path: Path, code: RecoveryCode) -> bool:
    try:
        data = (path / "keyslots").read_bytes()
        KeySlots.from_bytes(data).open_with_recovery(code)
    except (FileNotFoundError, KeySlotsCorrupt, NoSlotOpened):
        return False
    return True


def _kill_wipes(tmp_path: Path, rounds: int) -> tuple[dict[str, int], Killer]:
    template = tmp_path / "template"
    code, keyring_id = _new_vault(template)
    copy = VaultCopy(template)
    assert copy.keyring_id == keyring_id
    killer = Killer(CHILD, MARKS)
    path = tmp_path / "vault"
    killer.calibrate([str(copy.restore(path))])
    assert not path.exists()
    copy.restore(path)
    tally = {"opens as before": 0, "opens with neither": 0}
    for n in range(max(rounds, len(killer.stretches))):
        got = killer.kill([str(path)])
        where = f"round {n}, aimed at {got.aimed}, passed {got.passed}"
        pw_ok, code_ok = _passphrase_opens(path), _recovery_opens(path, code)
        assert pw_ok == code_ok, f"{where}: passphrase {pw_ok}, recovery code {code_ok}"
        if not got.reached("overwrite"):
            assert pw_ok, f"{where}: killed before the overwrite, yet the vault is gone"
        if got.reached("keyring"):
            assert not pw_ok, f"{where}: the key slots were overwritten, yet the vault opens"
        state = "opens as before" if pw_ok else "opens with neither"
        tally[state] += 1
        killer.note(got, state)
        if pw_ok:
            continue  # the same vault, wiped again next round
        if looks_like_vault(path):  # what is left is finished by a second wipe
            wipe_vault(path, DeviceKeyring.detect())
        assert not path.exists() or {p.name for p in path.iterdir()} <= {"lock"}, where
        assert DeviceKeyring.detect().load(keyring_id) is None, f"{where}: keyring entry"
        copy.restore(path)
    if path.exists():
        wipe_vault(path, DeviceKeyring.detect())
    return tally, killer


def _check(tally: dict[str, int], killer: Killer) -> None:
    print(f"wipe kill rounds: {tally}; {killer.summary()}")
    assert set(killer.aimed_at) == set(killer.stretches)
    assert all(tally.values()), f"both outcomes must occur across the kills: {tally}"


def test_kill_during_wipe(tmp_path: Path) -> None:
    _check(*_kill_wipes(tmp_path, ROUNDS))


@pytest.mark.soak
@pytest.mark.timeout(soak_timeout(SOAK_ROUNDS, 2.0))
def test_soak_kill_during_wipe(tmp_path: Path) -> None:
    _check(*_kill_wipes(tmp_path, SOAK_ROUNDS))
