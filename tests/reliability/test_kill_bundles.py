"""SIGKILL during export leaves no partial bundle; during import the coordinator's vault is
either as before or fully imported."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.casedata import sample
from tests.conftest import PASSPHRASE, guvoh_bin, run_guvoh, write_secret

ROUNDS = int(os.environ.get("GUVOH_KILL_ROUNDS", "10"))
SOAK_ROUNDS = int(os.environ.get("GUVOH_SOAK_ROUNDS", "200"))


def _g(vault: Path, pw: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_guvoh("--vault", str(vault), *args, "--passphrase-file", str(pw))


def _kill_after(args: list[str], delay: float) -> int | None:
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(delay)
    finished = proc.poll()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return finished


@pytest.fixture
def setup(tmp_path: Path) -> dict[str, Path | str]:
    pw = write_secret(tmp_path / "pw", PASSPHRASE)
    c, r = tmp_path / "c", tmp_path / "r"
    assert _g(c, pw, "init", "--role", "coordinator", "--kdf-seconds", "0").returncode == 0
    assert _g(r, pw, "init", "--kdf-seconds", "0").returncode == 0
    card = tmp_path / "card"
    assert _g(c, pw, "org", "create", "--name", "Memorial", "--out", str(card)).returncode == 0
    assert _g(r, pw, "org", "trust", str(card), "--yes").returncode == 0
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(sample("tj"), ensure_ascii=False), encoding="utf-8")
    case_id = _g(r, pw, "case", "add", str(case_file)).stdout.split()[0]
    big = tmp_path / "recording.bin"
    big.write_bytes(os.urandom(40 * 1024 * 1024))
    assert _g(r, pw, "attach", case_id, str(big)).returncode == 0
    key = json.loads(_g(r, pw, "identity", "--json").stdout)["public_key"]
    assert _g(c, pw, "signer", "trust", key, "--name", "R").returncode == 0
    return {"pw": pw, "c": c, "r": r, "case": case_id, "tmp": tmp_path}


def _export_rounds(s: dict[str, Path | str], rounds: int) -> int:
    pw, c, r, tmp = Path(s["pw"]), Path(s["c"]), Path(s["r"]), Path(s["tmp"])
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    outbox = tmp / "outbox"
    outbox.mkdir()
    complete = 0
    for _ in range(rounds):
        _kill_after([guvoh_bin(), "--vault", str(r), "export", "--to", "Memorial", "--out",
                     str(outbox), str(s["case"]), "--passphrase-file", str(pw)],
                    rng.uniform(0.2, 2.5))
        names = sorted(p.name for p in outbox.iterdir())
        assert all(re.fullmatch(r"\d{4}-\d\d-\d\d-\d+\.age", n) for n in names), names
        for name in names:  # every file there is a whole, valid bundle
            result = _g(c, pw, "verify", str(outbox / name))
            assert result.returncode == 0, result.stdout
            complete += 1
            (outbox / name).unlink()
        assert _g(r, pw, "check").returncode == 0
    return complete


def _import_rounds(s: dict[str, Path | str], rounds: int) -> int:
    pw, c, r, tmp = Path(s["pw"]), Path(s["c"]), Path(s["r"]), Path(s["tmp"])
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    imported = 0
    for i in range(rounds):
        bundle = tmp / f"b{i}.age"
        assert _g(r, pw, "export", "--to", "Memorial", "--out", str(bundle),
                  str(s["case"])).returncode == 0
        before = json.loads(_g(c, pw, "case", "history", str(s["case"]), "--json").stdout
                            or "[]") if i else []
        _kill_after([guvoh_bin(), "--vault", str(c), "import", str(bundle),
                     "--passphrase-file", str(pw)], rng.uniform(0.2, 2.5))
        check = _g(c, pw, "check", "--deep")
        assert check.returncode == 0, check.stdout
        history = _g(c, pw, "case", "history", str(s["case"]), "--json")
        after = json.loads(history.stdout) if history.returncode == 0 else []
        assert len(after) in (len(before), len(before) + 1)
        rows = {b["id"] for b in json.loads(_g(c, pw, "attachment", "list", str(s["case"]),
                                                "--json").stdout or "[]")} if after else set()
        files = {p.name for p in (c / "blobs").iterdir()}
        assert files == rows
        final = _g(c, pw, "import", str(bundle))
        assert final.returncode in (0, 24), final.stdout  # imported now, or was already
        imported += 1
        bundle.unlink()
    return imported


def test_kill_during_export(setup: dict[str, Path | str]) -> None:
    _export_rounds(setup, max(4, ROUNDS // 2))


def test_kill_during_import(setup: dict[str, Path | str]) -> None:
    assert _import_rounds(setup, max(4, ROUNDS // 2)) > 0


@pytest.mark.soak
def test_soak_kill_during_export(setup: dict[str, Path | str]) -> None:
    print("complete bundles among killed exports:", _export_rounds(setup, SOAK_ROUNDS // 4))


@pytest.mark.soak
def test_soak_kill_during_import(setup: dict[str, Path | str]) -> None:
    _import_rounds(setup, SOAK_ROUNDS // 4)
