"""SIGKILL at random moments during seal and unseal (issue 15 item 4).

After every kill the vault is either open as before (the passphrase opens it, the recovery
code opens its slot, the case is there) or wholly sealed (the passphrase says VaultSealed,
and the release token made from the travel request unseals it, after which both secrets
work again): never half sealed. The child pauses a random few milliseconds between the
steps so that kills land before, between and after all of them. Rounds: GUVOH_KILL_ROUNDS
(default 10) in `make test`; `make soak` runs GUVOH_SOAK_ROUNDS.
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

from crypto import seal as sealfmt
from crypto.age import X25519Identity
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

ROUNDS = int(os.environ.get("GUVOH_KILL_ROUNDS", "10"))
SOAK_ROUNDS = int(os.environ.get("GUVOH_SOAK_ROUNDS", "200"))

_PRELUDE = """
import random, sys, time
from pathlib import Path
from storage.devicekeyring import DeviceKeyring
rng = random.Random(int(sys.argv[2]))
def step(name):
    time.sleep(rng.uniform(0.0, 0.01))
"""

SEAL_CHILD = textwrap.dedent(_PRELUDE + """
from crypto.age import X25519Recipient
from crypto.identity import PublicKey
from tests.reliability.test_kill_seal import request_writer
from storage import seal
from storage.vault import Vault
vault = Vault.unlock(Path(sys.argv[1]), sys.argv[3], DeviceKeyring.detect())
org_key = PublicKey.from_openssh_line(sys.argv[4])
write = request_writer(vault, org_key, X25519Recipient.from_string(sys.argv[5]), Path(sys.argv[6]))
print("ready", flush=True)
seal.seal(vault, sys.argv[3], org_key, write, step)
print("done", flush=True)
""")

UNSEAL_CHILD = textwrap.dedent(_PRELUDE + """
from storage import seal
token = Path(sys.argv[4]).read_text()
print("ready", flush=True)
seal.unseal(Path(sys.argv[1]), sys.argv[3], token, DeviceKeyring.detect(), step)
print("done", flush=True)
""")


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


def _state(path: Path, code: RecoveryCode) -> str:
    """'open' (both secrets work, the case is there) or 'sealed'; anything else fails."""
    try:
        with Vault.unlock(path, PASSPHRASE, DeviceKeyring.detect()) as vault:
            assert vault.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    except VaultSealed:
        return "sealed"
    KeySlots.from_bytes((path / "keyslots").read_bytes()).open_with_recovery(code)
    return "open"


def _seal_now(path: Path, org: Org, request: Path) -> None:
    vault = Vault.unlock(path, PASSPHRASE, DeviceKeyring.detect())
    write = request_writer(vault, org.signing.public_key(), org.age.recipient, request)
    sealstore.seal(vault, PASSPHRASE, org.signing.public_key(), write)  # type: ignore[arg-type]


def _kill(child: str, args: list[str], rng: random.Random, longest: float) -> str:
    proc = subprocess.Popen(
        [sys.executable, "-c", child, args[0], str(rng.getrandbits(32)), *args[1:]],
        stdout=subprocess.PIPE, text=True, start_new_session=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.0, longest))  # seal takes ~0.3 s here, unseal ~0.2 s
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    return out


def _kill_rounds(tmp_path: Path, rounds: int) -> dict[str, int]:
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    org = Org()
    path = tmp_path / "vault"
    code = _new_vault(path)
    tally = {"seal:open": 0, "seal:sealed": 0, "unseal:open": 0, "unseal:sealed": 0}
    for n in range(rounds):
        request = tmp_path / f"request-{n}"
        # a kill during seal
        out = _kill(SEAL_CHILD, [str(path), PASSPHRASE, org.signing.public_key()
                                 .to_openssh_line(), org.age.recipient.to_string(),
                                 str(request)], rng, 0.5)
        state = _state(path, code)
        tally[f"seal:{state}"] += 1
        if state == "open":
            assert "done" not in out, f"round {n}: sealing finished but the vault opens"
            _seal_now(path, org, request)
        assert _state(path, code) == "sealed"
        token = tmp_path / f"token-{n}"
        token.write_text(org.token_for(request))  # the request of the seal in force
        # a kill during unseal
        out = _kill(UNSEAL_CHILD, [str(path), PASSPHRASE, str(token)], rng, 0.4)
        state = _state(path, code)
        tally[f"unseal:{state}"] += 1
        if state == "sealed":
            assert "done" not in out
            sealstore.unseal(path, PASSPHRASE, token.read_text(), DeviceKeyring.detect())
        assert _state(path, code) == "open", f"round {n}"
    return tally


def test_kill_during_seal_and_unseal(tmp_path: Path) -> None:
    tally = _kill_rounds(tmp_path, ROUNDS)
    print(f"seal kill rounds: {tally}")
    assert sum(tally.values()) == 2 * ROUNDS


@pytest.mark.soak
def test_soak_kill_during_seal_and_unseal(tmp_path: Path) -> None:
    print(f"seal kill rounds: {_kill_rounds(tmp_path, SOAK_ROUNDS)}")
