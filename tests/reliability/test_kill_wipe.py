"""SIGKILL at random moments during a panic wipe (issue 15 item 2).

After every kill the vault either opens as before, with the passphrase AND the recovery code
(killed before the key slots were overwritten), or with NEITHER; never with one but not the
other. A vault that opens with neither is finished by the next wipe, and the keyring entry
goes too. The child pauses a random few milliseconds between the steps so that kills land
before, between and after all of them. Rounds: GUVOH_KILL_ROUNDS (default 10) in
`make test`; `make soak` runs GUVOH_SOAK_ROUNDS.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
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

ROUNDS = int(os.environ.get("GUVOH_KILL_ROUNDS", "10"))
SOAK_ROUNDS = int(os.environ.get("GUVOH_SOAK_ROUNDS", "200"))

CHILD = textwrap.dedent(
    """
    import random, sys, time
    from pathlib import Path
    from storage.devicekeyring import DeviceKeyring
    from storage.wipe import wipe_vault
    rng = random.Random(int(sys.argv[2]))
    keyring = DeviceKeyring.detect()
    print("ready", flush=True)
    def step(name):
        time.sleep(rng.uniform(0.0, 0.01))
    wipe_vault(Path(sys.argv[1]), keyring, step)
    print("done", flush=True)
    """
)


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


def _kill_wipes(tmp_path: Path, rounds: int) -> dict[str, int]:
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    tally = {"intact": 0, "neither": 0, "finished": 0}
    path = tmp_path / "vault"
    code, keyring_id = _new_vault(path)
    for n in range(rounds):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(rng.getrandbits(32))],
            stdout=subprocess.PIPE, text=True, start_new_session=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.06))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        pw_ok, code_ok = _passphrase_opens(path), _recovery_opens(path, code)
        assert pw_ok == code_ok, f"round {n}: passphrase {pw_ok}, recovery code {code_ok}"
        if pw_ok:
            assert "done" not in out
            tally["intact"] += 1
            continue  # the same vault, wiped again next round
        tally["finished" if "done" in out else "neither"] += 1
        if looks_like_vault(path):  # what is left is finished by a second wipe
            wipe_vault(path, DeviceKeyring.detect())
        assert not path.exists() or {p.name for p in path.iterdir()} <= {"lock"}
        assert DeviceKeyring.detect().load(keyring_id) is None, f"round {n}: keyring entry"
        if path.exists():
            (path / "lock").unlink(missing_ok=True)
            path.rmdir()
        code, keyring_id = _new_vault(path)
    if path.exists():
        wipe_vault(path, DeviceKeyring.detect())
    return tally


def test_kill_during_wipe(tmp_path: Path) -> None:
    tally = _kill_wipes(tmp_path, ROUNDS)
    print(f"wipe kill rounds: {tally}")
    assert sum(tally.values()) == ROUNDS


@pytest.mark.soak
def test_soak_kill_during_wipe(tmp_path: Path) -> None:
    print(f"wipe kill rounds: {_kill_wipes(tmp_path, SOAK_ROUNDS)}")
