"""Panic wipe of a vault of 100,000 cases: target under one second (DESIGN.md 2b).

Setup (not timed): a vault made by `Vault.create` (minimum KDF), filled in ONE transaction
through the vault's own connection with ctx.cases rows in `cases` and one revision each in
`case_revisions` (a JSON record of about RECORD_BYTES, so the database is about the size the
`cases` benchmark's 100,000 generated cases make, 1.4 GiB), without the search index: the
wipe never reads the database, it only removes it, so what counts is its size on disk. Then
BLOBS attachment files of BLOB_BYTES random bytes in blobs/ and a spare file, the writes
flushed (os.sync) so the wipe is not charged with the setup's write-back.

Timed: storage.wipe.wipe_vault, every step (marker, in-place overwrite and fsync of the key
slots, keyring, removal of every file and of the folder), in a child process like a real
`guvoh wipe`, measured inside it so Python's start-up is not counted; the whole command's
wall time is reported too. The bench's HOME has no Secret Service, so the keyring step is
the no-keyring path (one D-Bus call where there is one).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from bench.common import PASSPHRASE, Context, Result, drop_writeback, result
from crypto import kdf
from storage import db
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault

NAME = "panic wipe, 100,000 cases: seconds vs 1 s"
RECORD_BYTES = 14_000
BLOBS = 200
BLOB_BYTES = 256 * 1024

CHILD = """
import json, sys, time
from pathlib import Path
from storage.devicekeyring import DeviceKeyring
from storage.wipe import wipe_vault
report = wipe_vault(Path(sys.argv[1]), DeviceKeyring.detect())
print(json.dumps({"seconds": report.seconds, "files": report.files_removed,
                  "slot_files": report.slot_files_overwritten}))
"""


def build(path: Path, cases: int) -> dict[str, float]:
    started = time.perf_counter()
    vault, _ = Vault.create(path, PASSPHRASE, kdf.FLOOR, DeviceKeyring.none())
    filler = "x" * RECORD_BYTES
    stamp = "2026-11-24T00:00:00Z"
    try:
        conn = vault.conn
        with db.transaction(conn):
            conn.executemany(
                "INSERT INTO cases (num, id, reference, title, current_revision, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)",
                ((n, f"case-{n:06d}", f"R-{n:06d}", f"Case {n}", stamp, stamp)
                 for n in range(1, cases + 1)),
            )
            conn.executemany(
                "INSERT INTO case_revisions (case_num, revision, saved_at, record)"
                " VALUES (?, 1, ?, ?)",
                ((n, stamp, json.dumps({"id": f"case-{n:06d}", "text": f"{n} {filler}"}))
                 for n in range(1, cases + 1)),
            )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        vault.close()
    for n in range(BLOBS):
        (path / "blobs" / f"{n:032x}").write_bytes(os.urandom(BLOB_BYTES))
    (path / "spare.db").write_bytes(os.urandom(4 * 1024 * 1024))
    drop_writeback()
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return {"setup_seconds": time.perf_counter() - started, "vault_mib": size / 1024 / 1024}


def run(ctx: Context) -> list[Result]:
    ctx.need_disk(ctx.cases * RECORD_BYTES * 1.3 / 1024**3 + 0.5, f"{ctx.cases:,} cases")
    path = ctx.workdir / "wipe" / "vault"
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"  building a vault with {ctx.cases:,} cases (not timed) ...", flush=True)
    details: dict[str, float | int] = {"cases": ctx.cases, "blobs": BLOBS}
    details.update(build(path, ctx.cases))
    child = ctx.spawner.run(ctx.python("-c", CHILD, str(path)))
    details["command_seconds"] = child.wall
    measured = child.json()
    assert not path.exists(), "the wipe left the vault folder"
    details["files_removed"] = measured["files"]
    return [result(NAME, measured["seconds"], 1.0, "< 1", "s", details)]
