"""The command line as a user or script drives it: real subprocesses, real keyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.messages import ExitCode
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, run_guvoh, write_secret


def status(vault: Path, pw: Path, env: dict[str, str] | None = None) -> dict[str, object]:
    result = run_guvoh("--vault", str(vault), "status", "--json", "--passphrase-file", str(pw),
                       env=env)
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_init_prints_recovery_code_and_status(cli_vault: Path, pw_file: Path) -> None:
    data = status(cli_vault, pw_file)
    assert data["keyring"] == {
        "available": True,
        "backend": "SecretService.Keyring",
        "protects_vault": True,
    }
    assert data["schema"]["version"] == data["schema"]["latest"]  # type: ignore[index]
    assert data["kdf"]["passphrase"]["memory_kib"] == 65536  # type: ignore[index]
    text = run_guvoh("--vault", str(cli_vault), "status", "--passphrase-file", str(pw_file))
    assert "Keyring:   protects this vault" in text.stdout
    assert "Argon2id, 64 MiB, 3 passes" in text.stdout


def test_init_calibrates_to_about_a_second(tmp_path: Path, pw_file: Path) -> None:
    vault = tmp_path / "v"
    result = run_guvoh("--vault", str(vault), "init", "--passphrase-file", str(pw_file))
    assert result.returncode == 0, result.stderr
    kdf = status(vault, pw_file)["kdf"]["passphrase"]  # type: ignore[index]
    assert kdf["memory_kib"] >= 65536
    assert kdf["time_cost"] >= 3


def test_recovery_code_on_stdout_only(tmp_path: Path, pw_file: Path) -> None:
    result = run_guvoh("--vault", str(tmp_path / "v"), "init", "--passphrase-file", str(pw_file),
                       "--kdf-seconds", "0")
    assert result.returncode == 0
    code = result.stdout.strip()
    assert len(code.split("-")) == 8
    assert code not in result.stderr
    assert PASSPHRASE not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("weak", "reason_words"),
    [
        ("short", "at least 12 characters"),
        ("password1234", "common words"),
        ("aaaaaaaaaaaaaaaa", "repeats"),
        ("abcdefghijklmnop", "sequence"),
    ],
)
def test_weak_passphrase_refused(tmp_path: Path, weak: str, reason_words: str) -> None:
    pw = write_secret(tmp_path / "weak", weak)
    vault = tmp_path / "v"
    result = run_guvoh("--vault", str(vault), "init", "--passphrase-file", str(pw),
                       "--kdf-seconds", "0")
    assert result.returncode == ExitCode.WEAK_PASSPHRASE
    assert reason_words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (vault / "keyslots").exists()


def test_passwd_then_old_fails(cli_vault: Path, pw_file: Path, new_pw_file: Path) -> None:
    result = run_guvoh("--vault", str(cli_vault), "passwd", "--passphrase-file", str(pw_file),
                       "--new-passphrase-file", str(new_pw_file))
    assert result.returncode == 0, result.stderr
    old = run_guvoh("--vault", str(cli_vault), "check", "--passphrase-file", str(pw_file))
    assert old.returncode == ExitCode.WRONG_SECRET
    assert old.stderr.strip().endswith("Check the keyboard language and Caps Lock.")
    assert "Traceback" not in old.stderr
    assert status(cli_vault, new_pw_file)["keyring"]["protects_vault"]  # type: ignore[index]


def test_passphrases_from_one_stdin(cli_vault: Path) -> None:
    result = run_guvoh(
        "--vault", str(cli_vault), "passwd", "--passphrase-file", "/dev/stdin",
        "--new-passphrase-file", "/dev/stdin", stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n",
    )
    assert result.returncode == 0, result.stderr
    check = run_guvoh("--vault", str(cli_vault), "check", "--passphrase-file", "/dev/stdin",
                      stdin=NEW_PASSPHRASE + "\n")
    assert check.returncode == 0
    assert "the vault is healthy" in check.stdout


def test_passphrase_via_fd(cli_vault: Path) -> None:
    import subprocess

    from tests.conftest import guvoh_bin

    read_fd, write_fd = os.pipe()
    os.write(write_fd, PASSPHRASE.encode() + b"\n")
    os.close(write_fd)
    result = subprocess.run(
        [guvoh_bin(), "--vault", str(cli_vault), "check", "--passphrase-file",
         f"/dev/fd/{read_fd}"],
        pass_fds=(read_fd,), capture_output=True, text=True, stdin=subprocess.DEVNULL,
        start_new_session=True, check=False,
    )
    os.close(read_fd)
    assert result.returncode == 0, result.stderr


def test_recover(cli_vault: Path, tmp_path: Path, pw_file: Path, new_pw_file: Path) -> None:
    init = run_guvoh("--vault", str(tmp_path / "second"), "init", "--passphrase-file",
                     str(pw_file), "--kdf-seconds", "0")
    code_file = write_secret(tmp_path / "code", init.stdout.strip())
    wrong = write_secret(tmp_path / "wrong", "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    bad = run_guvoh("--vault", str(tmp_path / "second"), "recover", "--recovery-code-file",
                    str(wrong), "--new-passphrase-file", str(new_pw_file))
    assert bad.returncode == ExitCode.WRONG_SECRET
    assert "typing mistake" in bad.stderr
    ok = run_guvoh("--vault", str(tmp_path / "second"), "recover", "--recovery-code-file",
                   str(code_file), "--new-passphrase-file", str(new_pw_file))
    assert ok.returncode == 0, ok.stderr
    assert status(tmp_path / "second", new_pw_file)
    old = run_guvoh("--vault", str(tmp_path / "second"), "status", "--passphrase-file",
                    str(pw_file))
    assert old.returncode == ExitCode.WRONG_SECRET


def test_no_terminal_and_no_file_is_usage_error(cli_vault: Path) -> None:
    result = run_guvoh("--vault", str(cli_vault), "status")
    assert result.returncode == ExitCode.USAGE
    assert "--passphrase-file" in result.stderr


@pytest.mark.parametrize(
    ("content", "code"),
    [(None, ExitCode.BAD_INPUT), ("", ExitCode.BAD_INPUT), ("x" * 70000, ExitCode.BAD_INPUT)],
)
def test_bad_secret_files(cli_vault: Path, tmp_path: Path, content: str | None, code: int) -> None:
    path = tmp_path / "secret"
    if content is not None:
        path.write_text(content)
    result = run_guvoh("--vault", str(cli_vault), "status", "--passphrase-file", str(path))
    assert result.returncode == code
    assert len(result.stderr.strip().splitlines()) == 1


def test_not_a_vault_and_missing(tmp_path: Path, pw_file: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "letter.txt").write_text("hello")
    for folder, words in [(tmp_path / "docs", "is not a Guvoh vault"),
                          (tmp_path / "none", "There is no vault")]:
        result = run_guvoh("--vault", str(folder), "status", "--passphrase-file", str(pw_file))
        assert result.returncode == ExitCode.NO_VAULT
        assert words in result.stderr
    init = run_guvoh("--vault", str(tmp_path / "docs"), "init", "--passphrase-file",
                     str(pw_file), "--kdf-seconds", "0")
    assert init.returncode == ExitCode.EXISTS
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["letter.txt"]


def test_tampered_keyslots_file(cli_vault: Path, pw_file: Path) -> None:
    keyslots = cli_vault / "keyslots"
    keyslots.write_bytes(keyslots.read_bytes()[:-10])
    result = run_guvoh("--vault", str(cli_vault), "status", "--passphrase-file", str(pw_file))
    assert result.returncode == ExitCode.CORRUPT
    assert "damaged or was edited" in result.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_guvoh("frobnicate").returncode == 2
    assert run_guvoh("init", "--role", "king").returncode == 2
    assert run_guvoh("--help").returncode == 0


def test_default_vault_location(pw_file: Path) -> None:
    home = Path(os.environ["XDG_DATA_HOME"])
    result = run_guvoh("init", "--passphrase-file", str(pw_file), "--kdf-seconds", "0")
    assert result.returncode == 0, result.stderr
    assert (home / "Guvoh" / "vault" / "keyslots").is_file()
