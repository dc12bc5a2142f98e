"""SIGKILL at moments spread over a duress unlock (issue 15 item 3).

The child unlocks with the duress passphrase and marks (tests/reliability/killpoints.py)
the points of the take-over, by wrapping storage.duress.take_over and fsio.write_atomic in
the child only: `ready` (before Vault.unlock), `kdf` (the one Argon2id call done, take_over
entered), `rewrite` (the key-slot file's atomic write starts), `rewritten` (renamed and
fsynced), `taken` (the old device secret deleted), `done` (the decoy open and its orphan
sweep done). A calibration run measures each stretch between marks; the kills then aim at
the stretches in turn, at a random moment within each, so they land during the Argon2id
call, between it and the rewrite, inside the rewrite, after it and while the decoy opens.

After every kill:
- the duress passphrase still opens the decoy (its slot is there with the duress purpose,
  and unlocking opens the decoy's own case);
- the real vault opens with the passphrase AND the recovery code, or with NEITHER; never
  with nothing at all (the duress way is always there), never with one secret alone;
- killed before the `rewrite` mark it opens as before; after the `rewritten` mark only the
  duress way is left.
Across the run both outcomes must have occurred: some kills left the real vault openable,
some left only the duress way. The non-destructive checks come first; the duress unlock
that finishes the take-over comes last.

Rounds: GUVOH_KILL_ROUNDS (default 10) in `make test`; the soak variant runs
GUVOH_SOAK_ROUNDS (default 200) from `make soak`.
"""

from __future__ import annotations

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
from tests.reliability.killpoints import Killer, VaultCopy, rounds_from_env, soak_timeout

DURESS = NEW_PASSPHRASE
ROUNDS = rounds_from_env("GUVOH_KILL_ROUNDS", 10)
SOAK_ROUNDS = rounds_from_env("GUVOH_SOAK_ROUNDS", 200)
MARKS = ("ready", "kdf", "rewrite", "rewritten", "taken", "done")

CHILD = """
from pathlib import Path
from storage import duress, fsio
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault

take_over, write_atomic = duress.take_over, fsio.write_atomic

def marked_take_over(*args, **kwargs):
    mark("kdf")
    result = take_over(*args, **kwargs)
    mark("taken")
    return result

def marked_write(target, data, **kwargs):
    slots = target.name == "keyslots"
    if slots:
        mark("rewrite")
    write_atomic(target, data, **kwargs)
    if slots:
        mark("rewritten")

duress.take_over, fsio.write_atomic = marked_take_over, marked_write
keyring = DeviceKeyring.detect()
mark("ready")
Vault.unlock(Path(_sys.argv[1]), SECRETS[0], keyring).close()
mark("done")
"""


def _template(path: Path) -> RecoveryCode:
    """A vault with one real case and a decoy holding one case of its own."""
    vault, code = Vault.create(path, PASSPHRASE, FLOOR, DeviceKeyring.detect())
    vault.conn.execute(
        "INSERT INTO cases (id, reference, title, created_at, updated_at) VALUES "
        "('case-1', 'R-1', 'T', '2026-11-24T00:00:00Z', '2026-11-24T00:00:00Z')")
    duress.set_duress(vault, DURESS)
    with duress.open_decoy(vault) as decoy:  # closes the real vault
        decoy.conn.execute(
            "INSERT INTO cases (id, reference, title, created_at, updated_at) VALUES "
            "('decoy-1', 'D-1', 'D', '2026-11-24T00:00:00Z', '2026-11-24T00:00:00Z')")
    return code


def _cases(vault: Vault) -> set[str]:
    return {str(r[0]) for r in vault.conn.execute("SELECT id FROM cases")}


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
            assert _cases(vault) == {"case-1"}
    except (WrongPassphrase, DeviceSecretMissing):
        return False
    return True


def _recovery_opens(path: Path, code: RecoveryCode) -> bool:
    try:
        key, _ = KeySlots.from_bytes((path / "keyslots").read_bytes()).open_with_recovery(code)
    except NoSlotOpened:
        return False
    key[:] = bytes(len(key))
    return True


def _kill_duress_unlocks(tmp_path: Path, rounds: int) -> tuple[dict[str, int], Killer]:
    template = tmp_path / "template"
    code = _template(template)
    copy = VaultCopy(template)
    killer = Killer(CHILD, MARKS)
    path = tmp_path / "vault"
    killer.calibrate([str(copy.restore(path))], [DURESS])
    tally: dict[str, int] = {"real vault still opens": 0, "only the duress way": 0}
    for n in range(max(rounds, len(killer.stretches))):  # every stretch at least once
        copy.restore(path)
        got = killer.kill([str(path)], [DURESS])
        where = f"round {n}, aimed at {got.aimed}, passed {got.passed}"
        assert _slot_purpose(path, DURESS) == keyslots.PURPOSE_DURESS, f"{where}: decoy slot"
        real_ok, code_ok = _real_opens(path), _recovery_opens(path, code)
        assert real_ok == code_ok, f"{where}: passphrase {real_ok}, recovery code {code_ok}"
        if not got.reached("rewrite"):
            assert real_ok, f"{where}: killed before the rewrite, yet the real vault is gone"
        if got.reached("rewritten"):
            assert not real_ok, f"{where}: the slots were rewritten, yet the real vault opens"
        outcome = "real vault still opens" if real_ok else "only the duress way"
        tally[outcome] += 1
        killer.note(got, outcome)
        with Vault.unlock(path, DURESS, DeviceKeyring.detect()) as decoy:  # finishes it
            assert decoy.decoy == "duress", where
            assert _cases(decoy) == {"decoy-1"}, where
        if real_ok:  # the take-over that was cut short is done now
            assert not _real_opens(path), where
            assert not _recovery_opens(path, code), where
    return tally, killer


def _check(tally: dict[str, int], killer: Killer) -> None:
    print(f"duress kill rounds: {tally}; {killer.summary()}")
    assert set(killer.aimed_at) == set(killer.stretches)
    assert all(tally.values()), f"both outcomes must occur across the kills: {tally}"


def test_kill_during_duress_unlock(tmp_path: Path) -> None:
    _check(*_kill_duress_unlocks(tmp_path, ROUNDS))


@pytest.mark.soak
@pytest.mark.timeout(soak_timeout(SOAK_ROUNDS, 2.5))
def test_soak_kill_during_duress_unlock(tmp_path: Path) -> None:
    _check(*_kill_duress_unlocks(tmp_path, SOAK_ROUNDS))
