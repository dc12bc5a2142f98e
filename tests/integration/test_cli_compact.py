"""`guvoh compact`: the database rebuilt without its free pages (issue 13 item 4), from the
command line with text and JSON output, and on a disk that is really full."""

from __future__ import annotations

import json
import subprocess
import textwrap
from pathlib import Path

from app.messages import ExitCode
from tests.conftest import run_guvoh
from tests.integration.test_disk_full import _on_small_disk


def g(vault: Path, pw: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_guvoh("--vault", str(vault), *args, "--passphrase-file", str(pw))


def add(vault: Path, pw: Path, tmp_path: Path, n: int) -> str:
    path = tmp_path / "case.json"
    record = {"schema_version": 1, "title": f"Testimony {n}", "consent": {"given": True},
              "narrative": f"Story number {n}. " + "Words of the account. " * 400}
    path.write_text(json.dumps(record), encoding="utf-8")
    result = g(vault, pw, "case", "add", str(path))
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[0]


def test_compact_shrinks_the_vault(cli_vault: Path, pw_file: Path, tmp_path: Path) -> None:
    ids = [add(cli_vault, pw_file, tmp_path, n) for n in range(12)]
    for case_id in ids[1:]:
        result = g(cli_vault, pw_file, "case", "delete", case_id, "--yes")
        assert result.returncode == 0, result.stderr
    result = g(cli_vault, pw_file, "compact", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["free_pages_before"] > 0
    assert data["bytes_after"] < data["bytes_before"]
    assert data["bytes_saved"] == data["bytes_before"] - data["bytes_after"]
    assert (cli_vault / "vault.db").stat().st_size <= data["bytes_after"]
    # Nothing left to drop the second time; the text form says what it did.
    again = g(cli_vault, pw_file, "compact")
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("Compacted: ")
    assert "(0 free page(s) removed)" in again.stdout
    assert g(cli_vault, pw_file, "check").returncode == ExitCode.OK
    shown = json.loads(g(cli_vault, pw_file, "case", "show", ids[0], "--json").stdout)
    assert shown["title"] == "Testimony 0"


def test_compact_without_a_vault_says_so(tmp_path: Path, pw_file: Path) -> None:
    result = g(tmp_path / "nothing-here", pw_file, "compact")
    assert result.returncode != 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1


FULL_DISK = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from app.services import cases, compaction
    from crypto.kdf import FLOOR
    from storage.devicekeyring import DeviceKeyring
    from storage.errors import FileSystemError
    from storage.vault import Vault

    root = Path(sys.argv[1])
    pw = "mountain river lantern copper"
    vault, _ = Vault.create(root / "vault", pw, FLOOR, DeviceKeyring.none())
    ids = []
    for n in range(24):
        record = {"schema_version": 1, "title": f"Testimony {n}", "consent": {"given": True},
                  "narrative": f"Story {n}. " + "Words of the account. " * 300}
        ids.append(cases.add_case(vault, record).id)
    for case_id in ids[:12]:
        cases.delete_case(vault, case_id)
    filler = os.open(root / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    for size in (65536, 4096, 512, 1):
        try:
            while True:
                os.write(filler, b"\\0" * size)
        except OSError:
            pass
    os.close(filler)
    outcome = {}
    size_before = (root / "vault" / "vault.db").stat().st_size
    try:
        compaction.compact(vault)
    except FileSystemError as err:
        outcome["error"] = err.reason
    outcome["unchanged"] = (root / "vault" / "vault.db").stat().st_size == size_before
    os.unlink(root / "filler")
    result = compaction.compact(vault)  # with room, it works
    outcome["shrank"] = result.bytes_after < result.bytes_before
    vault.close()
    with Vault.unlock(root / "vault", pw, DeviceKeyring.none()) as v:
        outcome["check_ok"] = v.check().ok
        outcome["titles"] = sorted(c.title for c in cases.list_cases(v))
    print(json.dumps(outcome))
    """
)


def test_compact_on_a_full_disk_changes_nothing(tmp_path: Path) -> None:
    outcome = _on_small_disk(tmp_path, FULL_DISK)
    assert outcome == {
        "error": "disk_full", "unchanged": True, "shrank": True, "check_ok": True,
        "titles": sorted(f"Testimony {n}" for n in range(12, 24)),
    }
