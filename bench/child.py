"""What the measured child processes run: one operation on a vault, timed inside, one JSON
line on stdout. The parent reads the child's own peak RSS with wait4 (bench.common.Spawner).

    python -m bench.child attach VAULT CASE FILE
    python -m bench.child export VAULT ORG OUT_DIR CASE
    python -m bench.child verify VAULT BUNDLE
    python -m bench.child import VAULT BUNDLE
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from bench.common import PASSPHRASE
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault


def main(argv: list[str]) -> int:
    op, vault_dir, *rest = argv
    started = time.perf_counter()
    vault = Vault.unlock(Path(vault_dir), PASSPHRASE, DeviceKeyring.none())
    unlocked = time.perf_counter() - started
    out: dict[str, object] = {"unlock_seconds": unlocked}
    try:
        if op == "attach":
            from app.services import cases

            case, source = rest
            start = time.perf_counter()
            attachment = cases.attach_file(vault, case, Path(source))
            out["seconds"] = time.perf_counter() - start
            out["size"] = attachment.size
            cases.delete_attachment(vault, attachment.id)  # not timed: frees the disk
        elif op == "export":
            from app.services import bundle_export

            org, out_dir, case = rest
            start = time.perf_counter()
            written = bundle_export.export_bundle(vault, [org], Path(out_dir), [case])
            out["seconds"] = time.perf_counter() - start
            out["file"] = str(written.path)
            out["payload_bytes"] = written.payload_bytes
        elif op in ("verify", "import"):
            from app.services import bundle_import

            (bundle,) = rest
            fn = bundle_import.verify_bundle if op == "verify" else bundle_import.import_bundle
            start = time.perf_counter()
            outcome = fn(vault, Path(bundle))
            out["seconds"] = time.perf_counter() - start
            out["outcome"] = outcome.outcome
            out["error"] = repr(outcome.error) if outcome.error is not None else None
            out["payload_bytes"] = outcome.payload_bytes
        else:
            raise SystemExit(f"unknown operation {op}")
    finally:
        vault.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
