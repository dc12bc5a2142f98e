"""`guvoh team ...` and `guvoh case triage` end to end through the real command line: two
coordinator vaults, a key transfer with the codes given, a shared folder kept in step by
the test, triage visible in `case show --json` on both; bad input gets one sentence."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from app.messages import ExitCode
from tests.casedata import sample
from tests.conftest import run_guvoh


def _env(home: Path) -> dict[str, str]:
    return {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CACHE_HOME": str(home / ".cache"),
            "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/guvoh-no-bus"}


def test_two_desks_through_the_command_line(tmp_path: Path, pw_file: Path) -> None:
    env = _env(tmp_path / "home")

    def guvoh(vault: Path, *args: str, stdin: str | None = None
              ) -> subprocess.CompletedProcess[str]:
        return run_guvoh("--vault", str(vault), *args, "--passphrase-file", str(pw_file),
                         env=env, stdin=stdin)

    a, b, r = tmp_path / "alice", tmp_path / "bob", tmp_path / "researcher"
    fa, fb = tmp_path / "fa", tmp_path / "fb"
    for v, role in ((a, "coordinator"), (b, "coordinator"), (r, "researcher")):
        assert guvoh(v, "init", "--role", role, "--kdf-seconds", "0").returncode == 0
    card = tmp_path / "memorial.card"
    assert guvoh(a, "org", "create", "--name", "Memorial", "--out", str(card)).returncode == 0

    no_folder = guvoh(a, "team", "sync")
    assert no_folder.returncode == ExitCode.FAILURE
    assert "no shared folder yet" in no_folder.stderr
    assert guvoh(a, "team", "folder", str(fa), "--name", "Alice").returncode == 0

    # the researcher sends a bundle; Alice pins it and drops the bundle in the inbox
    assert guvoh(r, "org", "trust", str(card), "--yes").returncode == 0
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(sample("uz")), encoding="utf-8")
    added = json.loads(guvoh(r, "case", "add", str(case_file), "--json").stdout)
    case_id = added["id"]
    assert guvoh(r, "case", "ready", case_id).returncode in (0, 2)
    out = tmp_path / "outbox"
    out.mkdir()
    exported = guvoh(r, "export", "--to", "Memorial", "--out", str(out), case_id)
    assert exported.returncode == 0, exported.stderr
    bundle = next(out.iterdir())
    me = json.loads(guvoh(r, "identity", "--json").stdout)
    assert guvoh(a, "signer", "trust", me["public_key"], "--name",
                 "Researcher R").returncode == 0
    shutil.copy(bundle, fa / "inbox" / bundle.name)
    synced = json.loads(guvoh(a, "team", "sync", "--json").stdout)
    assert synced["imported"] == 1

    # Bob's line, the invite with the code given, the join with the inviter's code
    bob_line = json.loads(guvoh(b, "team", "identity", "--name", "Bob", "--json").stdout)
    transfer = tmp_path / "bob.age"
    refused = guvoh(a, "team", "invite", "--identity", bob_line["line"], "--out",
                    str(transfer), "--yes")
    assert refused.returncode == ExitCode.USAGE
    assert not transfer.exists()
    bad_line = guvoh(a, "team", "invite", "--identity", "guvoh-team-member/1 nonsense",
                     "--out", str(transfer), "--yes")
    assert bad_line.returncode == ExitCode.BAD_INPUT
    assert "team identity" in bad_line.stderr
    invited = guvoh(a, "team", "invite", "--identity", bob_line["line"], "--out",
                    str(transfer), "--yes", "--safety-code", bob_line["safety_code"])
    assert invited.returncode == 0, invited.stderr
    assert transfer.stat().st_mode & 0o777 == 0o600
    alice_line = json.loads(guvoh(a, "team", "identity", "--json").stdout)
    wrong = guvoh(b, "team", "join", str(transfer), "--yes", "--safety-code",
                  bob_line["safety_code"])
    assert wrong.returncode == ExitCode.FAILURE
    joined = guvoh(b, "team", "join", str(transfer), "--folder", str(fb), "--yes",
                   "--safety-code", alice_line["safety_code"])
    assert joined.returncode == 0, joined.stderr
    for sub in ("inbox", "journal"):
        for f in (fa / sub).iterdir():
            shutil.copy2(f, fb / sub / f.name)
    synced = json.loads(guvoh(b, "team", "sync", "--json").stdout)
    assert synced["imported"] == 1

    # triage on Bob's desk, the note from standard input, seen on Alice's
    triaged = guvoh(b, "case", "triage", case_id, "--status", "verified", "--assign", "Bob",
                    "--tag", "border", "--note-file", "-", "--json",
                    stdin="Confirmed with the sister.")
    assert triaged.returncode == 0, triaged.stderr
    for f in (fb / "journal").iterdir():
        if not (fa / "journal" / f.name).exists():
            shutil.copy2(f, fa / "journal" / f.name)
    assert guvoh(a, "team", "sync").returncode == 0
    shown = json.loads(guvoh(a, "case", "show", case_id, "--json").stdout)
    triage = shown["triage"]
    assert (triage["status"], triage["assignee"], triage["tags"]) == ("verified", "Bob",
                                                                      ["border"])
    assert [n["text"] for n in triage["notes"]] == ["Confirmed with the sister."]
    assert triage["notes"][0]["by"] == "Bob"
    status = json.loads(guvoh(a, "team", "status", "--json").stdout)
    assert sorted(m["name"] for m in status["members"]) == ["Alice", "Bob"]

    bad_status = guvoh(a, "case", "triage", case_id, "--status", "maybe")
    assert bad_status.returncode == ExitCode.USAGE
    nothing = guvoh(a, "case", "triage", case_id)
    assert nothing.returncode == ExitCode.USAGE
    assert "Say what to record" in nothing.stderr

    # removal: a new card, and Bob is gone from the active members
    new_card = tmp_path / "new.card"
    removed = guvoh(a, "team", "remove", "Bob", "--card-out", str(new_card), "--yes",
                    "--json")
    assert removed.returncode == 0, removed.stderr
    assert json.loads(removed.stdout)["safety_code"]
    assert new_card.exists()
    status = json.loads(guvoh(a, "team", "status", "--json").stdout)
    assert [m["name"] for m in status["members"] if m["removed_at"] is None] == ["Alice"]
