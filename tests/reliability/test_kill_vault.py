"""SIGKILL at random moments during `guvoh passwd` and during database writes.

After every kill: the vault opens with the old or the new passphrase (never neither, never
both), the integrity check passes, and every write reported committed is there.
Rounds: GUVOH_KILL_ROUNDS (default 10) in `make test`; `make soak` runs hundreds.
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

from storage.devicekeyring import DeviceKeyring
from storage.errors import WrongPassphrase
from storage.vault import Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, guvoh_bin, write_secret

ROUNDS = int(os.environ.get("GUVOH_KILL_ROUNDS", "10"))
SOAK_ROUNDS = int(os.environ.get("GUVOH_SOAK_ROUNDS", "200"))


def _opens(vault: Path, passphrase: str) -> bool:
    try:
        with Vault.unlock(vault, passphrase, DeviceKeyring.detect()) as opened:
            assert opened.check().ok
    except WrongPassphrase:
        return False
    return True


def _kill_passwd(cli_vault: Path, tmp_path: Path, rounds: int) -> dict[str, int]:
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    files = {
        PASSPHRASE: write_secret(tmp_path / "a", PASSPHRASE),
        NEW_PASSPHRASE: write_secret(tmp_path / "b", NEW_PASSPHRASE),
    }
    current, other = PASSPHRASE, NEW_PASSPHRASE
    tally = {"killed_before_change": 0, "killed_after_change": 0, "finished": 0}
    for _ in range(rounds):
        proc = subprocess.Popen(
            [guvoh_bin(), "--vault", str(cli_vault), "passwd",
             "--passphrase-file", str(files[current]),
             "--new-passphrase-file", str(files[other])],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(rng.uniform(0.0, 1.2))
        finished = proc.poll() is not None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        old_ok, new_ok = _opens(cli_vault, current), _opens(cli_vault, other)
        assert old_ok != new_ok, "exactly one passphrase must open the vault"
        if finished:
            assert proc.returncode == 0
            assert new_ok
            tally["finished"] += 1
        else:
            tally["killed_after_change" if new_ok else "killed_before_change"] += 1
        if new_ok:
            current, other = other, current
        assert not [p for p in cli_vault.iterdir() if p.name.startswith((".guvoh-tmp-", ".~part-"))]
    return tally


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from storage.devicekeyring import DeviceKeyring
    from storage.vault import Vault
    vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2], DeviceKeyring.detect())
    i = int(sys.argv[3])
    while True:
        vault.conn.execute(
            "INSERT INTO cases (id, reference, title, created_at, updated_at) "
            "VALUES (?, ?, ?, '2026-11-24T00:00:00Z', '2026-11-24T00:00:00Z')",
            (f"case-{i}", f"R-{i}", "Title " * 50),
        )
        print(i, flush=True)
        i += 1
    """
)


def _kill_writes(cli_vault: Path, rounds: int) -> int:
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    committed: list[int] = []
    next_id = 0
    for _ in range(rounds):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(cli_vault), PASSPHRASE, str(next_id)],
            stdout=subprocess.PIPE, text=True, start_new_session=True,
        )
        assert proc.stdout is not None
        # The first commit, however slow the machine is to start Python and unlock; then the
        # kill lands at a random moment in the stream of writes.
        first = proc.stdout.readline()
        time.sleep(rng.uniform(0.0, 1.0))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        reported = [int(line) for line in (first + out).split()]
        committed.extend(reported)
        if reported:
            next_id = reported[-1] + 1
        next_id += 1  # an unreported insert may have committed: never reuse its id
        with Vault.unlock(cli_vault, PASSPHRASE, DeviceKeyring.detect()) as vault:
            assert vault.check().ok
            present = {
                int(r[0].removeprefix("case-"))
                for r in vault.conn.execute("SELECT id FROM cases")
            }
        missing = set(committed) - present
        assert not missing, f"committed rows lost: {sorted(missing)[:5]}"
    return len(committed)


def test_kill_during_passwd(cli_vault: Path, tmp_path: Path) -> None:
    tally = _kill_passwd(cli_vault, tmp_path, ROUNDS)
    assert sum(tally.values()) == ROUNDS


def test_kill_during_database_writes(cli_vault: Path) -> None:
    assert _kill_writes(cli_vault, max(3, ROUNDS // 2)) > 0


@pytest.mark.soak
def test_soak_kill_during_passwd(cli_vault: Path, tmp_path: Path) -> None:
    tally = _kill_passwd(cli_vault, tmp_path, SOAK_ROUNDS)
    print(f"passwd kill rounds: {tally}")


@pytest.mark.soak
def test_soak_kill_during_database_writes(cli_vault: Path) -> None:
    print(f"rows committed across kills: {_kill_writes(cli_vault, SOAK_ROUNDS // 4)}")
