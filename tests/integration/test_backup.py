"""`guvoh backup` while the vault is in use (issue 13 item 9).

The copy is taken while another thread adds cases and attachments and deletes attachments
through the services, from a vault bound to this session's real keyring; it is then restored
as it would be on another computer (a fresh HOME, no keyring at all: the device secret did not
travel) with the recovery code and a new passphrase, and `check --deep` must pass with every
case committed before the backup began. Failures on real file systems: a read-only mount, and
a file-size limit the kernel enforces mid-copy, each leave nothing behind.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from app.services import backup as backup_service
from app.services import cases as case_service
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, REPO, run_guvoh, write_secret

WORD = "zebrafinchvalley"  # a case word that must not appear in any byte of the copy


def _record(title: str) -> dict[str, Any]:
    return {"schema_version": 1, "title": title, "consent": {"given": True}}


class Writer(threading.Thread):
    """Adds a case with an attachment, and deletes an earlier one of its attachments, in a
    loop, through the services, until stopped."""

    def __init__(self, vault: Vault, source: Path) -> None:
        super().__init__(daemon=True)
        self.vault = vault
        self.source = source
        self.stop = threading.Event()
        self.rounds = 0
        self.error: BaseException | None = None
        self.added: list[str] = []

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                case = case_service.add_case(self.vault, _record(f"{WORD} later {self.rounds}"))
                self.added.append(case.id)
                attachment = case_service.attach_file(self.vault, case.id, self.source)
                if self.rounds % 2:
                    case_service.delete_attachment(self.vault, attachment.id)
                self.rounds += 1
        except BaseException as err:  # noqa: BLE001 - reported by the test
            self.error = err


def _fresh_computer(tmp_path: Path) -> dict[str, str]:
    """Another computer: its own HOME and no Secret Service reachable."""
    home = tmp_path / "other-home"
    home.mkdir(mode=0o700)
    return {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
            "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/guvoh-no-bus"}


def test_backup_during_writes_restores_on_another_computer(tmp_path: Path) -> None:
    keyring = DeviceKeyring.detect()
    assert keyring.available  # the session's real Secret Service
    vault, recovery = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, keyring)
    source = tmp_path / "recording.bin"
    source.write_bytes(os.urandom(2 * 1024 * 1024))
    try:
        assert vault.status().keyring_protected
        before = []
        for i in range(12):
            case = case_service.add_case(vault, _record(f"{WORD} before {i}"))
            case_service.attach_file(vault, case.id, source)
            before.append(case.id)
        writer = Writer(vault, source)
        writer.start()
        while writer.rounds < 2 and writer.is_alive():
            writer.stop.wait(0.01)
        rounds_at_start = writer.rounds
        waited = threading.Event()

        def during(done: int, total: int) -> None:
            """At the backup's first progress (its first round, which holds no lock), let
            the writer finish one more round: writes happen during the copy however fast
            the copy is (a copy of 12 small files can end before one attach)."""
            if waited.is_set():
                return
            waited.set()
            target = writer.rounds + 1
            deadline = time.monotonic() + 60
            while writer.rounds < target and writer.is_alive() and time.monotonic() < deadline:
                writer.stop.wait(0.01)

        result = backup_service.backup_vault(vault, tmp_path / "drive" / "copy",
                                             progress=during)
        rounds_at_end = writer.rounds
        assert waited.is_set()
        writer.stop.set()
        writer.join(timeout=60)
        assert writer.error is None
        assert rounds_at_end > rounds_at_start, "no write happened while the backup ran"
        assert vault.check(deep=True).ok  # the writes and the backup left the vault whole
    finally:
        vault.close()
    copy = tmp_path / "drive" / "copy"
    assert result.path == copy
    assert result.cases >= len(before)

    # Private from the first byte, and nothing readable in any file of the copy.
    assert sorted(p.name for p in (tmp_path / "drive").iterdir()) == ["copy"]
    assert sorted(p.name for p in copy.iterdir()) == ["blobs", "keyslots", "vault.db"]
    for path in [copy, *copy.rglob("*")]:
        mode = path.stat().st_mode & 0o777
        assert mode == (0o700 if path.is_dir() else 0o600), path
        if path.is_file():
            data = path.read_bytes()
            assert not data.startswith(b"SQLite format 3"), path
            assert WORD.encode() not in data, path
            assert b"recording" not in data, path

    # On another computer: the passphrase alone cannot open it (the keyring secret stayed
    # behind); the recovery code and a new passphrase can.
    env = _fresh_computer(tmp_path)
    pw = write_secret(tmp_path / "pw", PASSPHRASE)
    new_pw = write_secret(tmp_path / "new-pw", NEW_PASSPHRASE)
    code = write_secret(tmp_path / "code", str(recovery))
    refused = run_guvoh("--vault", str(copy), "status", "--passphrase-file", str(pw), env=env)
    assert refused.returncode == 8, refused.stderr  # ExitCode.KEYRING
    restored = run_guvoh("--vault", str(copy), "recover", "--recovery-code-file", str(code),
                         "--new-passphrase-file", str(new_pw), env=env)
    assert restored.returncode == 0, restored.stderr
    check = run_guvoh("--vault", str(copy), "check", "--deep", "--json",
                      "--passphrase-file", str(new_pw), env=env)
    assert check.returncode == 0, check.stdout + check.stderr
    report = json.loads(check.stdout)
    assert report["ok"]
    assert report["attachment_problems"] == []
    assert report["orphan_files_removed"] == 0  # no file the copied database does not know
    listed = run_guvoh("--vault", str(copy), "case", "list", "--json",
                       "--passphrase-file", str(new_pw), env=env)
    assert listed.returncode == 0, listed.stderr
    ids = {c["id"] for c in json.loads(listed.stdout)}
    assert set(before) <= ids  # every case committed before the backup began
    assert ids <= set(before) | set(writer.added)  # and nothing that never existed
    assert len(ids) == result.cases


SCRIPT_HEAD = """
import json, os, resource, sys
from pathlib import Path
from app.services import backup, cases
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.errors import FileSystemError
from storage.vault import Vault

work, target = Path(sys.argv[1]), Path(sys.argv[2])
vault, _ = Vault.create(work / "vault", "mountain river lantern copper", FLOOR,
                        DeviceKeyring.none())
case = cases.add_case(vault, {"schema_version": 1, "title": "t", "consent": {"given": True}})
source = work / "big.bin"
with source.open("wb") as fh:
    fh.write(os.urandom(3 * 1024 * 1024))
cases.attach_file(vault, case.id, source)
"""

SCRIPT_TAIL = """
outcome = {}
try:
    backup.backup_vault(vault, target / "copy")
    outcome["written"] = True
except FileSystemError as err:
    outcome["error"] = err.reason
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
outcome["left"] = sorted(p.name for p in target.iterdir())
outcome["vault_ok"] = vault.check(deep=True).ok
vault.close()
print(json.dumps(outcome))
"""


def _run(shell: str, script: str, work: Path, target: Path) -> dict[str, object]:
    unshare = ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-r", "-m"]
    result = subprocess.run(
        [*unshare, "bash", "-c", shell, "bash", str(target), sys.executable, script, str(work)],
        capture_output=True, text=True, timeout=120, check=False, cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    outcome: dict[str, object] = json.loads(result.stdout)
    return outcome


def test_backup_to_a_read_only_drive_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "drive"
    target.mkdir()
    shell = ('mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && '
             'exec "$2" -c "$3" "$4" "$1"')
    outcome = _run(shell, SCRIPT_HEAD + SCRIPT_TAIL, tmp_path, target)
    assert outcome == {"error": "read_only", "left": [], "vault_ok": True}


def test_backup_failing_mid_copy_leaves_nothing(tmp_path: Path) -> None:
    """The kernel refuses to let a file grow past 1 MiB (RLIMIT_FSIZE, EFBIG: what a full
    disk looks like to a writer) while the 3 MiB attachment is copied."""
    target = tmp_path / "drive"
    target.mkdir()
    limit = "resource.setrlimit(resource.RLIMIT_FSIZE, (1024 * 1024, resource.RLIM_INFINITY))\n"
    shell = 'exec "$2" -c "$3" "$4" "$1"'
    outcome = _run(shell, SCRIPT_HEAD + limit + SCRIPT_TAIL, tmp_path, target)
    assert outcome == {"error": "disk_full", "left": [], "vault_ok": True}


def test_backup_to_a_full_disk_is_refused_before_writing(tmp_path: Path) -> None:
    """A 3 MiB tmpfs cannot hold the vault: refused at once, nothing written."""
    target = tmp_path / "drive"
    target.mkdir()
    shell = ('mount -t tmpfs -o size=3m,mode=0700 tmpfs "$1" && exec "$2" -c "$3" "$4" "$1"')
    outcome = _run(shell, SCRIPT_HEAD + SCRIPT_TAIL, tmp_path, target)
    assert outcome == {"error": "disk_full", "left": [], "vault_ok": True}


def test_cli_backup_json_and_refusals(cli_vault: Path, pw_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "usb" / "copy"
    made = run_guvoh("--vault", str(cli_vault), "backup", "--out", str(out), "--json",
                     "--passphrase-file", str(pw_file))
    assert made.returncode == 0, made.stderr
    data = json.loads(made.stdout)
    assert (data["path"], data["cases"], data["rounds"]) == (str(out), 0, 1)
    again = run_guvoh("--vault", str(cli_vault), "backup", "--out", str(out),
                      "--passphrase-file", str(pw_file))
    assert again.returncode == 11  # ExitCode.EXISTS
    assert again.stderr.strip() == (
        f"guvoh: {out} already exists and is not an empty folder. Choose a new or empty "
        "folder for the backup; nothing was written.")
    assert again.stdout == ""
    inside = run_guvoh("--vault", str(cli_vault), "backup", "--out", str(cli_vault / "x"),
                       "--passphrase-file", str(pw_file))
    assert inside.returncode == 12, inside.stderr  # ExitCode.BAD_INPUT
    assert not (cli_vault / "x").exists()
    opened = run_guvoh("--vault", str(out), "check", "--passphrase-file", str(pw_file))
    assert opened.returncode == 0, opened.stderr  # same computer: the passphrase opens it
