"""Memory and disk used before a bundle's signature is checked (issue 13 item 5).

The organisation's recipient is public (it is on its card), so anyone can make a bundle the
coordinator decrypts. Until the signature at the end of the bag is checked, case JSON must
spill into the encrypted quarantine as it streams, not into Python memory: a 256 MiB
bundle of case JSON signed by an unknown key is imported in a separate process with the
real writer, the real vault and the real import, and that process's peak resident memory
(VmHWM) must stay under 150 MiB. Before the spill it rose to 339 MiB (110 MiB after).

Free disk space is checked against the bundle's size before a byte is read: on a real
24 MiB tmpfs (in a private mount namespace) a 30 MiB bundle is refused with NotEnoughSpace
and leaves nothing, while a small one imports. Before the check it failed half-way with a
full disk ("failed").
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest

from app.services.organisations import require_own_organisation
from crypto import bundle as fmt
from crypto.age import X25519Recipient
from crypto.identity import SigningKey
from storage.errors import NotEnoughSpace
from storage.quarantine import SPACE_RESERVE, check_free_space, space_needed
from storage.timeutil import now_utc
from tests.conftest import PASSPHRASE
from tests.desk import make_desk

MIB = 1024 * 1024
CASES = 8  # of ReadLimits().max_case_json each: 256 MiB of case JSON
PEAK_LIMIT = 150 * MIB

IMPORT = r"""
import json, sys
from pathlib import Path
from app.services import bundle_import
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault

vault = Vault.unlock(Path(sys.argv[1]), sys.stdin.readline().rstrip("\n"), DeviceKeyring.none())
outcome = bundle_import.import_bundle(vault, Path(sys.argv[2]))
blobs = sorted(p.name for p in vault.blobs_dir.iterdir())
vault.close()
status = Path("/proc/self/status").read_text()
peak = next(int(line.split()[1]) * 1024 for line in status.splitlines()
            if line.startswith("VmHWM:"))
print(json.dumps({"outcome": str(outcome.outcome), "peak": peak, "blobs": blobs}))
"""


def _case_json(n: int, size: int) -> bytes:
    head = b'{"title": "case %d", "narrative": "' % n
    tail = b'"}'
    return head + b"a" * (size - len(head) - len(tail)) + tail


def _big_bundle(out: Path, recipient: X25519Recipient, signer: SigningKey) -> int:
    size = fmt.ReadLimits().max_case_json
    info = fmt.BundleInfo(
        bundle_id=str(uuid.uuid4()), created=now_utc(), recipients=(recipient.to_string(),),
        signer_fingerprint=signer.public_key().fingerprint(), software_agent="Guvoh test",
    )
    with out.open("wb") as fh:
        writer = fmt.BundleWriter(fh, [recipient], signer, info)
        for n, case_id in enumerate(sorted(str(uuid.uuid4()) for _ in range(CASES))):
            writer.add_case(case_id, _case_json(n, size), b"case\n")
        writer.finish()
    return CASES * size


def _import_in_child(vault_dir: Path, bundle: Path) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    done = subprocess.run(
        [sys.executable, "-c", IMPORT, str(vault_dir), str(bundle)],
        input=PASSPHRASE + "\n", capture_output=True, text=True, env=env, timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_a_huge_bundle_from_an_unknown_key_is_refused_within_bounded_memory(
        tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    vault_dir = desk.coordinator.path
    recipient = require_own_organisation(desk.coordinator).recipient
    desk.close()
    bundle = tmp_path / "B-big.age"
    payload = _big_bundle(bundle, recipient, SigningKey.generate())
    assert payload >= 256 * MIB

    result = _import_in_child(vault_dir, bundle)

    assert result["outcome"] == "unknown_signer"
    print(f"peak RSS importing {payload // MIB} MiB of case JSON: "
          f"{int(str(result['peak'])) / MIB:.0f} MiB")
    assert int(str(result["peak"])) < PEAK_LIMIT
    assert result["blobs"] == []  # nothing of the refused bundle is left in the quarantine


SMALL_DISK = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from app.services import coordinator
    from app.messages import explain
    from tests.casedata import minimal
    from tests.desk import make_desk

    disk, outside = Path(sys.argv[1]), Path(sys.argv[2])
    desk = make_desk(disk)  # the coordinator vault and the card on the small disk
    desk.root, desk.outbox = outside, outside / "outbox"
    desk.outbox.mkdir()
    sender = desk.researcher("S")
    big, _ = desk.export(sender, [minimal("big")], {0: os.urandom(30 * 1024 * 1024)})
    small, _ = desk.export(sender, [minimal("small")])
    refused = coordinator.import_one(desk.coordinator, big)
    imported = coordinator.import_one(desk.coordinator, small)
    explained = explain(refused.error) if refused.error is not None else None
    print(json.dumps({
        "refused": str(refused.kind),
        "error": type(refused.error).__name__,
        "sentence": explained.render() if explained else "",
        "imported": str(imported.kind),
        "blob_files": sorted(p.name for p in desk.coordinator.blobs_dir.iterdir()),
        "bundles_in": desk.coordinator.conn.execute(
            "SELECT count(*) FROM bundles WHERE direction = 'in'").fetchone()[0],
    }))
    desk.close()
    """
)


def test_a_bundle_larger_than_the_free_disk_is_refused_before_reading(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    unshare = ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-r", "-m"]
    shell = 'mount -t tmpfs -o size=24m,mode=0700 tmpfs "$1" && exec "$2" -c "$3" "$1" "$4"'
    done = subprocess.run(
        [*unshare, "bash", "-c", shell, "bash", str(disk), sys.executable, SMALL_DISK,
         str(outside)],
        capture_output=True, text=True, timeout=300, check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["refused"] == "no_space"  # was: "failed", a full disk half-way through
    assert result["error"] == "NotEnoughSpace"
    assert "bytes free, but reading this bundle needs" in result["sentence"]
    assert result["imported"] == "imported"  # the check refuses only what does not fit
    assert result["bundles_in"] == 1
    assert len(result["blob_files"]) == 0  # nothing of the refused bundle is left


def test_the_space_check_uses_the_real_free_space(tmp_path: Path) -> None:
    free = shutil.disk_usage(tmp_path).free
    check_free_space(tmp_path, 0)  # this machine has more than the reserve free
    check_free_space(tmp_path, free - SPACE_RESERVE - 1024 * MIB)
    with pytest.raises(NotEnoughSpace) as refused:
        check_free_space(tmp_path, free)
    assert refused.value.needed == space_needed(free) == free + SPACE_RESERVE
    assert refused.value.free <= free + 64 * MIB  # what disk_usage said, give or take writes
    assert refused.value.path == tmp_path
