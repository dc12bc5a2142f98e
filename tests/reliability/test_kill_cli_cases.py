"""SIGKILL the `guvoh` command line itself at random moments during `case add` and
`attach`: every command that reported success is there afterwards, `guvoh check --deep`
passes, and no attachment file is left without its row."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.casedata import sample
from tests.conftest import guvoh_bin, run_guvoh

ROUNDS = int(os.environ.get("GUVOH_KILL_ROUNDS", "10"))
SOAK_ROUNDS = int(os.environ.get("GUVOH_SOAK_ROUNDS", "200"))


def _rounds(vault: Path, pw: Path, tmp: Path, rounds: int) -> tuple[int, int]:
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    case_file = tmp / "case.json"
    case_file.write_text(json.dumps(sample("uz"), ensure_ascii=False), encoding="utf-8")
    source = tmp / "recording.bin"
    source.write_bytes(os.urandom(8 * 1024 * 1024))
    base = run_guvoh("--vault", str(vault), "case", "add", str(case_file),
                     "--passphrase-file", str(pw))
    assert base.returncode == 0, base.stderr
    target_case = base.stdout.split()[0]
    saved_cases: set[str] = {target_case}
    saved_blobs: set[str] = set()
    for i in range(rounds):
        args = (["case", "add", str(case_file)] if i % 2 == 0
                else ["attach", target_case, str(source)])
        proc = subprocess.Popen(
            [guvoh_bin(), "--vault", str(vault), *args, "--passphrase-file", str(pw)],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True, start_new_session=True,
        )
        time.sleep(rng.uniform(0.1, 1.2))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        if proc.returncode == 0:  # it finished and reported success before the kill
            (saved_cases if i % 2 == 0 else saved_blobs).add(out.split()[0])
        check = run_guvoh("--vault", str(vault), "check", "--deep", "--json",
                          "--passphrase-file", str(pw))
        assert check.returncode == 0, check.stdout + check.stderr
        listed = run_guvoh("--vault", str(vault), "case", "list", "--json",
                           "--passphrase-file", str(pw))
        present = {c["id"] for c in json.loads(listed.stdout)}
        assert saved_cases <= present, "a case reported saved is missing"
        blobs = run_guvoh("--vault", str(vault), "attachment", "list", target_case, "--json",
                          "--passphrase-file", str(pw))
        rows = {b["id"] for b in json.loads(blobs.stdout)}
        assert saved_blobs <= rows, "an attachment reported stored is missing"
        assert {p.name for p in (vault / "blobs").iterdir()} == rows
    return len(saved_cases), len(saved_blobs)


def test_kill_cli_during_case_add_and_attach(cli_vault: Path, pw_file: Path,
                                             tmp_path: Path) -> None:
    _rounds(cli_vault, pw_file, tmp_path, ROUNDS)


@pytest.mark.soak
def test_soak_kill_cli_during_case_add_and_attach(cli_vault: Path, pw_file: Path,
                                                  tmp_path: Path) -> None:
    print("saved across CLI kills (cases, attachments):",
          _rounds(cli_vault, pw_file, tmp_path, SOAK_ROUNDS))
