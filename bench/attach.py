"""Attaching a 1 GiB file to a case vs Debian's `age -r RECIPIENT -o OUT FILE`.

Both read the same file (generated once, on the same disk as the vault, warm in the page
cache) and write their output to that disk. Ours runs in a child process (bench.child:
unlock, `app.services.cases.attach_file`, timed around the attach call alone) whose own
peak RSS is read with wait4. The reference is `age -r RECIPIENT -o OUT FILE` followed by
`sync OUT`, timed together as one process (DESIGN.md section 9): our attach ends with an
fsync of the blob and its folder, and Guvoh must have the evidence on disk when it says
saved, so the reference must too. `age` alone (its data still in the page cache when it
exits) is measured too, for the record. Rounds alternate between the two; dirty pages are
flushed (sync) before each timed run.
"""

from __future__ import annotations

import statistics

from bench.common import GIB, MIB, PASSPHRASE, Context, Result, drop_writeback, result
from crypto import kdf
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault

NAME = "attach 1 GiB: throughput vs age -r + sync"


def run(ctx: Context) -> list[Result]:
    from app.services import cases

    ctx.need_disk(3 * ctx.size / GIB + 0.5, "the attach benchmark")  # source, blob, age's
    source = ctx.big_file()
    _, recipient = ctx.age_key()
    base = ctx.workdir / "attach"
    base.mkdir(exist_ok=True)
    vault_dir = base / "vault"
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf.FLOOR, DeviceKeyring.none())
    try:
        case = cases.add_case(vault, {"schema_version": 1, "title": "Benchmark",
                                      "consent": {"given": True}}).id
    finally:
        vault.close()
    age_out = base / "out.age"
    ours, ours_rss, ours_wall, ref, ref_rss, ref_nosync = [], [], [], [], [], []
    for i in range(ctx.rounds):
        print(f"  round {i + 1}/{ctx.rounds}", flush=True)
        drop_writeback()
        run_ = ctx.spawner.run(ctx.python("-m", "bench.child", "attach", str(vault_dir), case,
                                          str(source)))
        data = run_.json()
        assert data["size"] == ctx.size
        ours.append(data["seconds"])
        ours_rss.append(run_.peak_mib)
        ours_wall.append(run_.wall)
        drop_writeback()
        age = ctx.spawner.run(["age", "-r", recipient, "-o", str(age_out), str(source)])
        ref_nosync.append(age.wall)
        ref_rss.append(age.peak_mib)
        age_out.unlink()
        drop_writeback()
        synced = ctx.spawner.run(["sh", "-c", 'age -r "$1" -o "$2" "$3" && sync "$2"', "sh",
                                  recipient, str(age_out), str(source)])
        ref.append(synced.wall)
        age_out.unlink()
    size_mib = ctx.size / MIB
    ours_s, ref_s = statistics.median(ours), statistics.median(ref)
    details = {
        "size_bytes": ctx.size,
        "ours_seconds_median": ours_s,
        "ours_seconds": ours,
        "age_then_sync_seconds_median": ref_s,
        "age_then_sync_seconds": ref,
        "age_without_sync_seconds_median": statistics.median(ref_nosync),
        "age_without_sync_seconds": ref_nosync,
        "ours_vs_age_without_sync_ratio": statistics.median(ref_nosync) / ours_s,
        "ours_process_wall_seconds_median": statistics.median(ours_wall),
        "ours_peak_rss_mib": max(ours_rss),
        "age_peak_rss_mib": max(ref_rss),
        "rounds": ctx.rounds,
    }
    note = (f"our peak RSS {max(ours_rss):.0f} MiB (whole process: Python, Argon2id 64 MiB "
            f"at unlock, attach), age {max(ref_rss):.0f} MiB")
    return [result(NAME, size_mib / ours_s, size_mib / ref_s, ">= 0.9", "MiB/s", details, note)]
