"""The duress passphrase through the `guvoh` command line (DESIGN.md 2b), with the session's
real keyring: set, fill the decoy, open with the duress passphrase -> the decoy's cases
only, and afterwards neither the real passphrase nor the recovery code opens anything."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from app.messages import ExitCode
from tests.casedata import minimal
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, run_guvoh, write_secret

DURESS = NEW_PASSPHRASE


def g(vault: Path, pw: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_guvoh("--vault", str(vault), *args, "--passphrase-file", str(pw))


def case_file(tmp_path: Path, title: str) -> Path:
    path = tmp_path / f"{title.replace(' ', '-')}.json"
    path.write_text(json.dumps(minimal(title)), encoding="utf-8")
    return path


def titles(vault: Path, pw: Path) -> list[str]:
    listed = g(vault, pw, "case", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    return sorted(c["title"] for c in json.loads(listed.stdout))


@pytest.fixture
def made(tmp_path: Path, pw_file: Path) -> tuple[Path, Path]:
    """A vault with one real case and a file; returns (vault, recovery code file)."""
    vault = tmp_path / "vault"
    init = run_guvoh("--vault", str(vault), "init", "--passphrase-file", str(pw_file),
                     "--kdf-seconds", "0")
    assert init.returncode == 0, init.stderr
    code = write_secret(tmp_path / "code", init.stdout.strip())
    added = g(vault, pw_file, "case", "add", str(case_file(tmp_path, "Real testimony")))
    assert added.returncode == 0, added.stderr
    secret = tmp_path / "real.txt"
    secret.write_text("the real attachment", encoding="utf-8")
    attached = g(vault, pw_file, "attach", added.stdout.split()[0], str(secret))
    assert attached.returncode == 0, attached.stderr
    return vault, code


def test_set_fill_then_duress_unlock_opens_only_the_decoy(
    made: tuple[Path, Path], tmp_path: Path, pw_file: Path, new_pw_file: Path
) -> None:
    vault, code = made
    before = sorted(p.name for p in vault.iterdir())
    blobs_before = len(list((vault / "blobs").iterdir()))
    result = g(vault, pw_file, "duress", "set", "--new-passphrase-file", str(new_pw_file))
    assert result.returncode == 0, result.stderr
    filled = g(vault, pw_file, "duress", "open", "--add",
               str(case_file(tmp_path, "Lost luggage")))
    assert filled.returncode == 0, filled.stderr
    ref = filled.stdout.split()[1]
    decoy_file = tmp_path / "receipt.txt"
    decoy_file.write_text("a hotel receipt", encoding="utf-8")
    attached = g(vault, pw_file, "duress", "open", "--attach", ref, str(decoy_file))
    assert attached.returncode == 0, attached.stderr
    # The decoy's blob lives with the real ones; the real vault keeps both after an unlock.
    assert titles(vault, pw_file) == ["Real testimony"]
    assert len(list((vault / "blobs").iterdir())) == blobs_before + 1
    assert sorted(p.name for p in vault.iterdir()) == before  # nothing new to see
    duress_pw = write_secret(tmp_path / "duress", DURESS)
    assert titles(vault, duress_pw) == ["Lost luggage"]  # the duress unlock
    listed = json.loads(g(vault, duress_pw, "attachment", "list", ref, "--json").stdout)
    assert [a["filename"] for a in listed] == ["receipt.txt"]
    assert len(list((vault / "blobs").iterdir())) == 1  # the real file went
    real = g(vault, pw_file, "case", "list")
    assert real.returncode == ExitCode.WRONG_SECRET
    recovered = run_guvoh("--vault", str(vault), "recover", "--recovery-code-file", str(code),
                          "--new-passphrase-file", str(write_secret(tmp_path / "n", PASSPHRASE
                                                                    + " again")))
    assert recovered.returncode == ExitCode.WRONG_SECRET
    assert titles(vault, duress_pw) == ["Lost luggage"]  # and again, as often as asked
    assert sorted(p.name for p in vault.iterdir()) == before


def test_listing_is_the_same_with_and_without_a_decoy(
    tmp_path: Path, pw_file: Path, new_pw_file: Path
) -> None:
    sizes = []
    for name in ("plain", "decoyed"):
        vault = tmp_path / name
        init = run_guvoh("--vault", str(vault), "init", "--passphrase-file", str(pw_file),
                         "--kdf-seconds", "0")
        assert init.returncode == 0, init.stderr
        if name == "decoyed":
            done = g(vault, pw_file, "duress", "set", "--new-passphrase-file", str(new_pw_file))
            assert done.returncode == 0, done.stderr
        sizes.append({p.name: p.stat().st_size for p in vault.rglob("*")})
    assert sizes[0] == sizes[1]
    assert "spare.db" in sizes[0]


def test_duress_refuses_the_real_passphrase_and_remove_ends_it(
    cli_vault: Path, tmp_path: Path, pw_file: Path, new_pw_file: Path
) -> None:
    copy = write_secret(tmp_path / "same", PASSPHRASE)
    same = g(cli_vault, pw_file, "duress", "set", "--new-passphrase-file", str(copy))
    assert same.returncode == ExitCode.BAD_INPUT
    assert "must differ" in same.stderr
    assert g(cli_vault, pw_file, "duress", "set", "--new-passphrase-file",
             str(new_pw_file)).returncode == 0
    status = json.loads(g(cli_vault, pw_file, "duress", "status", "--json").stdout)
    assert status["active"] is True
    removed = g(cli_vault, pw_file, "duress", "remove")
    assert removed.returncode == 0, removed.stderr
    assert g(cli_vault, new_pw_file, "case", "list").returncode == ExitCode.WRONG_SECRET
    assert titles(cli_vault, pw_file) == []  # the real vault untouched
    status = json.loads(g(cli_vault, pw_file, "duress", "status", "--json").stdout)
    assert status == {"vault": str(cli_vault), "decoy_exists": False, "active": False}


def test_a_passphrase_change_ends_the_duress_passphrase_and_status_says_so(
    cli_vault: Path, tmp_path: Path, pw_file: Path, new_pw_file: Path
) -> None:
    assert g(cli_vault, pw_file, "duress", "set", "--new-passphrase-file",
             str(new_pw_file)).returncode == 0
    other = write_secret(tmp_path / "other", "quartz meadow lantern violin")
    changed = g(cli_vault, pw_file, "passwd", "--new-passphrase-file", str(other))
    assert changed.returncode == 0, changed.stderr
    assert "duress passphrase no longer opens the decoy" in changed.stdout + changed.stderr
    shown = g(cli_vault, other, "duress", "status")
    assert "no duress passphrase opens it" in shown.stdout
    assert g(cli_vault, new_pw_file, "case", "list").returncode == ExitCode.WRONG_SECRET


def test_rekey_says_that_it_ended_the_duress_passphrase(
    cli_vault: Path, pw_file: Path, new_pw_file: Path
) -> None:
    assert g(cli_vault, pw_file, "duress", "set", "--new-passphrase-file",
             str(new_pw_file)).returncode == 0
    rekeyed = g(cli_vault, pw_file, "rekey", "--yes")
    assert rekeyed.returncode == 0, rekeyed.stderr
    assert "duress passphrase no longer opens the decoy" in rekeyed.stdout + rekeyed.stderr
    assert g(cli_vault, new_pw_file, "case", "list").returncode == ExitCode.WRONG_SECRET


def test_a_passphrase_change_without_a_duress_passphrase_says_nothing_of_it(
    cli_vault: Path, tmp_path: Path, pw_file: Path
) -> None:
    other = write_secret(tmp_path / "other", "quartz meadow lantern violin")
    changed = g(cli_vault, pw_file, "passwd", "--new-passphrase-file", str(other))
    assert changed.returncode == 0, changed.stderr
    assert "duress" not in changed.stdout + changed.stderr
