"""`guvoh provision create | show | apply` end to end (issue 17 item 5), and the file
verified with stock ssh-keygen as docs/provisioning.md says. Each run has its own HOME, so
the disguise the file sets stays in this test."""

from __future__ import annotations

import json
import stat
import subprocess
from pathlib import Path

from app.messages import ExitCode
from tests.conftest import run_guvoh


def env_for(home: Path) -> dict[str, str]:
    return {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CACHE_HOME": str(home / ".cache"),
            "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/guvoh-no-bus"}


def test_create_show_apply(tmp_path: Path, pw_file: Path) -> None:
    env = env_for(tmp_path / "home")
    desk, person, out = tmp_path / "desk", tmp_path / "person", tmp_path / "p.txt"

    def guvoh(*args: str) -> subprocess.CompletedProcess[str]:
        return run_guvoh(*args, "--passphrase-file", str(pw_file), env=env)

    assert guvoh("--vault", str(desk), "init", "--role", "coordinator",
                 "--kdf-seconds", "0").returncode == 0
    refused = guvoh("--vault", str(desk), "provision", "create", "--out", str(out))
    assert refused.returncode == ExitCode.WRONG_ROLE
    assert "Create the organisation first" in refused.stderr
    assert not out.exists()
    assert guvoh("--vault", str(desk), "org", "create", "--name", "Memorial",
                 "--out", str(tmp_path / "card.txt")).returncode == 0
    made = guvoh("--vault", str(desk), "provision", "create", "--out", str(out), "--json",
                 "--language", "uz_Latn", "--keep-on-receipt", "--disguise", "notes",
                 "--idle-lock", "3")
    assert made.returncode == 0, made.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    facts = json.loads(made.stdout)
    assert (facts["language"], facts["delete_on_receipt"], facts["disguise"],
            facts["idle_lock_minutes"]) == ("uz-Latn", False, "notes", 3)
    again = guvoh("--vault", str(desk), "provision", "create", "--out", str(out))
    assert again.returncode == ExitCode.EXISTS

    shown = run_guvoh("provision", "show", str(out), "--json", env=env)
    assert json.loads(shown.stdout)["safety_code"] == facts["safety_code"]

    assert guvoh("--vault", str(person), "init", "--kdf-seconds", "0").returncode == 0
    no_code = guvoh("--vault", str(person), "provision", "apply", str(out), "--yes")
    assert no_code.returncode == ExitCode.USAGE
    wrong = guvoh("--vault", str(person), "provision", "apply", str(out), "--yes",
                  "--safety-code", "1111 2222 3333 4444 5555 6666 7777 8888")
    assert wrong.returncode == ExitCode.TAMPERED
    tampered = tmp_path / "tampered.txt"
    tampered.write_bytes(out.read_bytes().replace(b"Idle-Lock-Minutes: 3",
                                                  b"Idle-Lock-Minutes: 9"))
    bad = guvoh("--vault", str(person), "provision", "apply", str(tampered), "--yes",
                "--safety-code", facts["safety_code"])
    assert bad.returncode == ExitCode.TAMPERED
    assert "altered or damaged" in bad.stderr
    listed = guvoh("--vault", str(person), "org", "list", "--json")
    assert json.loads(listed.stdout) == []  # nothing was set

    applied = guvoh("--vault", str(person), "provision", "apply", str(out), "--yes",
                    "--safety-code", facts["safety_code"].replace(" ", "-"))
    assert applied.returncode == 0, applied.stderr
    orgs = json.loads(guvoh("--vault", str(person), "org", "list", "--json").stdout)
    assert [(o["name"], o["safety_code"]) for o in orgs] == [("Memorial",
                                                              facts["safety_code"])]
    disguise = json.loads(run_guvoh("--vault", str(person), "disguise", "--json",
                                    env=env).stdout)
    assert disguise["name"] == "notes"
    settings = json.loads(Path(disguise["settings"]).read_text(encoding="utf-8"))
    assert (settings["language"], settings["auto_lock_minutes"]) == ("uz-Latn", 3)


def test_stock_ssh_keygen_verifies_the_file(tmp_path: Path, pw_file: Path) -> None:
    env = env_for(tmp_path / "home")
    desk, out = tmp_path / "desk", tmp_path / "p.txt"
    for args in (("init", "--role", "coordinator", "--kdf-seconds", "0"),
                 ("org", "create", "--name", "Memorial", "--out", str(tmp_path / "c.txt")),
                 ("provision", "create", "--out", str(out), "--idle-lock", "5")):
        result = run_guvoh("--vault", str(desk), *args, "--passphrase-file", str(pw_file),
                           env=env)
        assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    begin = max(i for i, line in enumerate(lines) if line.startswith("-----BEGIN SSH"))
    (tmp_path / "body").write_text("".join(lines[:begin]), encoding="utf-8")
    (tmp_path / "body.sig").write_text("".join(lines[begin:]), encoding="utf-8")
    key = next(line for line in lines if line.startswith("Signing-Key: "))
    (tmp_path / "allowed").write_text("org " + key.removeprefix("Signing-Key: "),
                                      encoding="utf-8")
    with (tmp_path / "body").open("rb") as body:
        verified = subprocess.run(
            ["ssh-keygen", "-Y", "verify", "-f", str(tmp_path / "allowed"), "-I", "org",
             "-n", "guvoh-provisioning-v1", "-s", str(tmp_path / "body.sig")],
            stdin=body, capture_output=True, text=True, check=False)
    assert verified.returncode == 0, verified.stderr
