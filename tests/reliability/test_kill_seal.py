"""SIGKILL at moments spread over seal and unseal (issue 15 item 4).

The children mark (tests/reliability/killpoints.py) the steps through storage.seal's own
step hook. Sealing: `ready` (unlocked, about to seal), `request_written` (the passphrase
checked by its Argon2id call, the travel request out), `seal_file_written`, `sealed` (the
sealed key-slot file renamed over `keyslots`: the one step that seals), `done` (the vault
closed). Unsealing: `ready`, `checked` (Argon2id, the token and the database checked),
`unsealed` (the original key slots back: the one step that unseals), `seal_file_removed`,
`done` (its audit entry written). A calibration run of each measures its stretches; the
kills aim at them in turn, at a random moment within each.

After every kill the vault is either open as before (the passphrase opens it with its case,
the recovery code opens its slot) or wholly sealed (the passphrase says VaultSealed, the
recovery code opens nothing, and the token made from the travel request of the seal in
force unseals it, after which both secrets work again): never half sealed. A seal killed
before `seal_file_written` leaves it open, one killed after `sealed` leaves it sealed; an
unseal killed before `checked` leaves it sealed, one killed after `unsealed` leaves it
open. Across the run, both outcomes must occur for seal and for unseal.

Rounds: GUVOH_KILL_ROUNDS (default 10) in `make test`; the soak variant runs
GUVOH_SOAK_ROUNDS (default 200) from `make soak`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crypto import seal as sealfmt
from crypto.age import X25519Identity
from crypto.errors import NoSlotOpened
from crypto.identity import SigningKey
from crypto.kdf import FLOOR
from crypto.keyslots import KeySlots, RecoveryCode
from storage import keys
from storage import seal as sealstore
from storage.devicekeyring import DeviceKeyring
from storage.fsio import write_atomic
from storage.seal import VaultSealed
from storage.timeutil import now_utc
from storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.reliability.killpoints import Killer, rounds_from_env, soak_timeout

ROUNDS = rounds_from_env("GUVOH_KILL_ROUNDS", 10)
SOAK_ROUNDS = rounds_from_env("GUVOH_SOAK_ROUNDS", 200)
SEAL_MARKS = ("ready", "request_written", "seal_file_written", "sealed", "done")
UNSEAL_MARKS = ("ready", "checked", "unsealed", "seal_file_removed", "done")

SEAL_CHILD = """
from pathlib import Path
from crypto.age import X25519Recipient
from crypto.identity import PublicKey
from storage import seal
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.reliability.test_kill_seal import request_writer
vault = Vault.unlock(Path(_sys.argv[1]), SECRETS[0], DeviceKeyring.detect())
org_key = PublicKey.from_openssh_line(_sys.argv[2])
write = request_writer(vault, org_key, X25519Recipient.from_string(_sys.argv[3]),
                       Path(_sys.argv[4]))
mark("ready")
seal.seal(vault, SECRETS[0], org_key, write, mark)
mark("done")
"""

UNSEAL_CHILD = """
from pathlib import Path
from storage import seal
from storage.devicekeyring import DeviceKeyring
token = Path(_sys.argv[2]).read_text()
keyring = DeviceKeyring.detect()
mark("ready")
seal.unseal(Path(_sys.argv[1]), SECRETS[0], token, keyring, mark)
mark("done")
"""


def request_writer(vault: Vault, org_key: object, org_recipient: object, out: Path) -> object:
    """The travel request as the service writes it (used by the child)."""
    own = keys.identity(vault.conn)

    def write(half: sealstore.TravelHalf) -> None:
        req = sealfmt.TravelRequest(half.vault_id, half.seal_id, half.key_half,
                                    half.return_recipient, own.public_key,
                                    org_key.fingerprint(), now_utc())  # type: ignore[attr-defined]
        write_atomic(out, sealfmt.make_request(req, own.signing_key, org_recipient))  # type: ignore[arg-type]

    return write


class Org:
    def __init__(self) -> None:
        self.signing = SigningKey.generate()
        self.age = X25519Identity.generate()

    def token_for(self, request: Path) -> str:
        req, _, _ = sealfmt.read_request(request.read_bytes(), self.age)
        return sealfmt.make_token(req, self.signing)


def _new_vault(path: Path) -> RecoveryCode:
    vault, code = Vault.create(path, PASSPHRASE, FLOOR, DeviceKeyring.detect())
    with vault:
        vault.conn.execute(
            "INSERT INTO cases (id, reference, title, created_at, updated_at) VALUES "
            "('case-1', 'R-1', 'T', '2026-11-24T00:00:00Z', '2026-11-24T00:00:00Z')")
    return code


def _recovery_opens(path: Path, code: RecoveryCode) -> bool:
    try:
        key, _ = KeySlots.from_bytes((path / "keyslots").read_bytes()).open_with_recovery(code)
    except NoSlotOpened:
        return False
    key[:] = bytes(len(key))
    return True


def _state(path: Path, code: RecoveryCode, where: str) -> str:
    """'open' (both secrets work, the case is there) or 'sealed' (neither works)."""
    try:
        with Vault.unlock(path, PASSPHRASE, DeviceKeyring.detect()) as vault:
            assert vault.check().ok, where
            assert vault.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1, where
    except VaultSealed:
        assert not _recovery_opens(path, code), f"{where}: sealed, yet the recovery code opens"
        return "sealed"
    assert _recovery_opens(path, code), f"{where}: open, yet the recovery code fails"
    return "open"


def _seal_now(path: Path, org: Org, request: Path) -> None:
    vault = Vault.unlock(path, PASSPHRASE, DeviceKeyring.detect())
    write = request_writer(vault, org.signing.public_key(), org.age.recipient, request)
    sealstore.seal(vault, PASSPHRASE, org.signing.public_key(), write)  # type: ignore[arg-type]


def _kill_rounds(tmp_path: Path, rounds: int) -> tuple[dict[str, int], Killer, Killer]:
    org = Org()
    path = tmp_path / "vault"
    code = _new_vault(path)
    sealer, unsealer = Killer(SEAL_CHILD, SEAL_MARKS), Killer(UNSEAL_CHILD, UNSEAL_MARKS)
    org_args = [org.signing.public_key().to_openssh_line(), org.age.recipient.to_string()]
    request, token = tmp_path / "request", tmp_path / "token"
    sealer.calibrate([str(path), *org_args, str(request)], [PASSPHRASE])
    token.write_text(org.token_for(request))
    unsealer.calibrate([str(path), str(token)], [PASSPHRASE])
    tally = {"seal: open": 0, "seal: sealed": 0, "unseal: open": 0, "unseal: sealed": 0}
    for n in range(max(rounds, len(sealer.stretches))):
        # a kill during seal
        got = sealer.kill([str(path), *org_args, str(request)], [PASSPHRASE])
        where = f"round {n}, seal aimed at {got.aimed}, passed {got.passed}"
        state = _state(path, code, where)
        if not got.reached("seal_file_written"):
            assert state == "open", where
        if got.reached("sealed"):
            assert state == "sealed", where
        tally[f"seal: {state}"] += 1
        sealer.note(got, state)
        if state == "open":
            _seal_now(path, org, request)
        token.write_text(org.token_for(request))  # the request of the seal in force
        # a kill during unseal
        got = unsealer.kill([str(path), str(token)], [PASSPHRASE])
        where = f"round {n}, unseal aimed at {got.aimed}, passed {got.passed}"
        state = _state(path, code, where)
        if not got.reached("checked"):
            assert state == "sealed", where
        if got.reached("unsealed"):
            assert state == "open", where
        tally[f"unseal: {state}"] += 1
        unsealer.note(got, state)
        if state == "sealed":
            sealstore.unseal(path, PASSPHRASE, token.read_text(), DeviceKeyring.detect())
            assert _state(path, code, f"{where}, unsealed afterwards") == "open"
        assert not (path / "seal").exists(), f"{where}: a seal file outlived the seal"
    return tally, sealer, unsealer


def _check(tally: dict[str, int], sealer: Killer, unsealer: Killer) -> None:
    print(f"seal kill rounds: {tally}\n  seal: {sealer.summary()}\n"
          f"  unseal: {unsealer.summary()}")
    assert set(sealer.aimed_at) == set(sealer.stretches)
    assert set(unsealer.aimed_at) == set(unsealer.stretches)
    assert all(tally.values()), f"both outcomes must occur for seal and for unseal: {tally}"


def test_kill_during_seal_and_unseal(tmp_path: Path) -> None:
    _check(*_kill_rounds(tmp_path, ROUNDS))


@pytest.mark.soak
@pytest.mark.timeout(soak_timeout(SOAK_ROUNDS, 4.0))
def test_soak_kill_during_seal_and_unseal(tmp_path: Path) -> None:
    _check(*_kill_rounds(tmp_path, SOAK_ROUNDS))
