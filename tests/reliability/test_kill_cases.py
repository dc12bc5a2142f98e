"""SIGKILL at random moments while adding cases and attaching files.

Afterwards every case reported saved is present, every attachment reported stored decrypts
to its recorded hash, no orphan blob remains after the next open, and `check` passes."""

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

from app.services import cases as svc
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.conftest import PASSPHRASE

ROUNDS = int(os.environ.get("GUVOH_KILL_ROUNDS", "10"))
SOAK_ROUNDS = int(os.environ.get("GUVOH_SOAK_ROUNDS", "200"))

WORKER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from app.services import cases
    from storage.devicekeyring import DeviceKeyring
    from storage.vault import Vault

    vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2], DeviceKeyring.detect())
    source = Path(sys.argv[3])
    i = 0
    while True:
        record = {"schema_version": 1, "title": f"kill test {os.getpid()} {i}",
                  "consent": {"given": True}, "narrative": "Qoʻqon Тошкент " * 200}
        case = cases.add_case(vault, record)
        print("case", case.id, flush=True)
        blob = cases.attach_file(vault, case.id, source)
        print("blob", blob.id, blob.sha256, flush=True)
        i += 1
    """
)


def _rounds(cli_vault: Path, tmp_path: Path, rounds: int) -> tuple[int, int]:
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    source = tmp_path / "recording.bin"
    source.write_bytes(os.urandom(256 * 1024 + 123))  # several chunks; hundreds fit on disk
    saved_cases: set[str] = set()
    saved_blobs: dict[str, str] = {}
    for _ in range(rounds):
        proc = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(cli_vault), PASSPHRASE, str(source)],
            stdout=subprocess.PIPE, text=True, start_new_session=True,
        )
        time.sleep(rng.uniform(0.4, 2.0))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[0] == "case":
                saved_cases.add(parts[1])
            elif len(parts) == 3 and parts[0] == "blob":
                saved_blobs[parts[1]] = parts[2]
        with Vault.unlock(cli_vault, PASSPHRASE, DeviceKeyring.detect()) as vault:
            report = vault.check()
            assert report.ok, report
            present = {s.id for s in svc.list_cases(vault, limit=100_000)}
            assert saved_cases <= present, "a case reported saved is missing"
            rows = {str(r[0]) for r in vault.conn.execute("SELECT id FROM attachments")}
            files = {p.name for p in vault.blobs_dir.iterdir()}
            assert files == rows, "orphan or missing blob files after open"
            assert set(saved_blobs) <= rows
            for blob_id, digest in list(saved_blobs.items())[-2:]:
                assert svc.read_attachment(vault, blob_id) == source.read_bytes()
                assert digest
    return len(saved_cases), len(saved_blobs)


def test_kill_while_adding_and_attaching(cli_vault: Path, tmp_path: Path) -> None:
    cases_saved, blobs_saved = _rounds(cli_vault, tmp_path, ROUNDS)
    assert cases_saved > 0
    assert blobs_saved > 0


@pytest.mark.soak
def test_soak_kill_while_adding_and_attaching(cli_vault: Path, tmp_path: Path) -> None:
    print("saved across kills (cases, blobs):", _rounds(cli_vault, tmp_path, SOAK_ROUNDS))
