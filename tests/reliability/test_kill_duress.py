"""SIGKILL at random moments during a duress unlock (issue 15 item 3).

After every kill the duress passphrase still opens the decoy, and the real vault either
opens as before with the passphrase AND the recovery code (killed before the key-slot file
was replaced) or with NEITHER (killed after); never a vault that opens with nothing, never
one secret without the other. The checks read the key slots without opening the decoy
through Vault.unlock (which would itself take over). Rounds: GUVOH_KILL_ROUNDS (default 10);
`make soak` runs GUVOH_SOAK_ROUNDS.
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

from crypto import keyslots
from crypto.errors import NoSlotOpened
from crypto.kdf import FLOOR
from crypto.keyslots import KeySlots, RecoveryCode
from storage import duress
from storage.devicekeyring import DeviceKeyring
from storage.errors import DeviceSecretMissing, WrongPassphrase
from storage.vault import Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE

DURESS = NEW_PASSPHRASE
ROUNDS = int(os.environ.get("GUVOH_KILL_ROUNDS", "10"))
SOAK_ROUNDS = int(os.environ.get("GUVOH_SOAK_ROUNDS", "200"))

CHILD = textwrap.dedent(
    """
    import random, sys, time
    from pathlib import Path
    from storage.devicekeyring import DeviceKeyring
    from storage.vault import Vault
    rng = random.Random(int(sys.argv[2]))
    keyring = DeviceKeyring.detect()
    print("ready", flush=True)
    time.sleep(rng.uniform(0.0, 0.01))
    Vault.unlock(Path(sys.argv[1]), sys.argv[3], keyring).close()
    print("done", flush=True)
    """
)


def _new_vault(path: Path) -> RecoveryCode:
    vault, code = Vault.create(path, PASSPHRASE, FLOOR, DeviceKeyring.detect())
    with vault:
        vault.conn.execute(
            "INSERT INTO cases (id, reference, title, created_at, updated_at) VALUES "
            "('case-1', 'R-1', 'T', '2026-11-24T00:00:00Z', '2026-11-24T00:00:00Z')")
        duress.set_duress(vault, DURESS)
    return code


def _slot_purpose(path: Path, passphrase: str) -> int | None:
    """The purpose of the slot `passphrase` opens, without changing anything."""
    slots = KeySlots.from_bytes((path / "keyslots").read_bytes())
    header = slots.passphrase_header
    secret = None
    if header.needs_device_secret:
        secret = DeviceKeyring.detect().load(header.keyring_id)
        if secret is None:
            return None
    kek = keyslots.derive_kek(header, keyslots.normalize_passphrase(passphrase), secret)
    try:
        key, _, purpose = slots.open_with_kek_purpose(keyslots.SecretClass.PASSPHRASE, kek)
    except NoSlotOpened:
        return None
    key[:] = bytes(len(key))
    return purpose


def _real_opens(path: Path) -> bool:
    try:
        with Vault.unlock(path, PASSPHRASE, DeviceKeyring.detect()) as vault:
            assert vault.decoy == ""
            assert vault.check().ok
            assert vault.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    except (WrongPassphrase, DeviceSecretMissing):
        return False
    return True


def _recovery_opens(path: Path, code: RecoveryCode) -> bool:
    try:
        KeySlots.from_bytes((path / "keyslots").read_bytes()).open_with_recovery(code)
    except NoSlotOpened:
        return False
    return True


def _kill_duress_unlocks(tmp_path: Path, rounds: int) -> dict[str, int]:
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    tally = {"before": 0, "after": 0}
    for n in range(rounds):
        path = tmp_path / f"vault-{n}"
        code = _new_vault(path)
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(rng.getrandbits(32)), DURESS],
            stdout=subprocess.PIPE, text=True, start_new_session=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.12))
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        assert _slot_purpose(path, DURESS) == keyslots.PURPOSE_DURESS, f"round {n}: decoy"
        real_ok, code_ok = _real_opens(path), _recovery_opens(path, code)
        assert real_ok == code_ok, f"round {n}: passphrase {real_ok}, recovery {code_ok}"
        tally["before" if real_ok else "after"] += 1
        with Vault.unlock(path, DURESS, DeviceKeyring.detect()) as decoy:  # finishes it
            assert decoy.decoy == "duress"
        assert not _real_opens(path)
        assert not _recovery_opens(path, code)
    return tally


def test_kill_during_duress_unlock(tmp_path: Path) -> None:
    tally = _kill_duress_unlocks(tmp_path, ROUNDS)
    print(f"duress kill rounds: {tally}")
    assert sum(tally.values()) == ROUNDS


@pytest.mark.soak
def test_soak_kill_during_duress_unlock(tmp_path: Path) -> None:
    print(f"duress kill rounds: {_kill_duress_unlocks(tmp_path, SOAK_ROUNDS)}")
