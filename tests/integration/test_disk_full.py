"""Changing the passphrase on a disk that is really full (a size-limited tmpfs in a private
mount namespace): the change fails with a typed error and the old passphrase still works."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from crypto.kdf import FLOOR
    from storage.devicekeyring import DeviceKeyring
    from storage.errors import FileSystemError
    from storage.vault import Vault

    root = Path(sys.argv[1])
    old, new = "mountain river lantern copper", "violet harbour thunder pepper"
    none = DeviceKeyring.none()
    vault, _ = Vault.create(root / "vault", old, FLOOR, none)
    vault.close()
    before = (root / "vault" / "keyslots").read_bytes()
    vault = Vault.unlock(root / "vault", old, none)
    filler = os.open(root / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(filler, b"\\0" * 65536)
    except OSError:
        pass
    for size in (4096, 512, 1):  # fill the last partial blocks too
        try:
            while True:
                os.write(filler, b"\\0" * size)
        except OSError:
            pass
    os.close(filler)
    outcome = {}
    try:
        vault.change_passphrase(new)
        outcome["changed"] = True
    except FileSystemError as err:
        outcome["error"] = err.reason
    vault.close()
    os.unlink(root / "filler")
    outcome["keyslots_unchanged"] = (root / "vault" / "keyslots").read_bytes() == before
    outcome["leftovers"] = sorted(p.name for p in (root / "vault").iterdir())
    with Vault.unlock(root / "vault", old, none) as v:
        outcome["old_opens"] = True
        outcome["check_ok"] = v.check().ok
    print(json.dumps(outcome))
    """
)


ATTACH_SCRIPT = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from app.services import cases
    from crypto.kdf import FLOOR
    from storage.devicekeyring import DeviceKeyring
    from storage.errors import FileSystemError
    from storage.vault import Vault

    root = Path(sys.argv[1])
    vault, _ = Vault.create(root / "vault", "mountain river lantern copper", FLOOR,
                            DeviceKeyring.none())
    case = cases.add_case(vault, {"schema_version": 1, "title": "t", "consent": {"given": True}})
    source = Path(sys.argv[2])  # outside the small disk
    outcome = {}
    try:
        cases.attach_file(vault, case.id, source)
        outcome["attached"] = True
    except FileSystemError as err:
        outcome["error"] = err.reason
    outcome["blob_files"] = sorted(p.name for p in (root / "vault" / "blobs").iterdir())
    outcome["rows"] = vault.conn.execute("SELECT count(*) FROM attachments").fetchone()[0]
    outcome["check_ok"] = vault.check().ok
    vault.close()
    print(json.dumps(outcome))
    """
)


def _on_small_disk(tmp_path: Path, script: str, *args: str) -> dict[str, object]:
    """Run `script` with a 4 MiB tmpfs mounted at its first argument, in a private mount
    namespace (root: unshare -m; otherwise a user namespace)."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    unshare = ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-r", "-m"]
    shell = 'mount -t tmpfs -o size=4m,mode=0700 tmpfs "$1" && exec "$2" -c "$3" "$1" "${@:4}"'
    result = subprocess.run(
        [*unshare, "bash", "-c", shell, "bash", str(mnt), sys.executable, script, *args],
        capture_output=True, text=True, timeout=120, check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    outcome: dict[str, object] = json.loads(result.stdout)
    return outcome


def test_attach_on_full_disk(tmp_path: Path) -> None:
    source = tmp_path / "recording.bin"
    source.write_bytes(os.urandom(5 * 1024 * 1024))  # larger than the whole disk
    assert _on_small_disk(tmp_path, ATTACH_SCRIPT, str(source)) == {
        "error": "disk_full", "blob_files": [], "rows": 0, "check_ok": True,
    }


def test_passwd_on_full_disk(tmp_path: Path) -> None:
    assert _on_small_disk(tmp_path, SCRIPT) == {
        "error": "disk_full",
        "keyslots_unchanged": True,
        "leftovers": ["blobs", "keyslots", "lock", "spare.db", "vault.db"],
        "old_opens": True,
        "check_ok": True,
    }
