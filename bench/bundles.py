"""A bundle holding a 1 GiB attachment: export vs `age -r`, import and verify vs `age -d`
followed by `sha256sum`; peak memory of our process.

Setup (not timed), with the command line: a researcher and a coordinator vault (bench.parties),
one case with the 1 GiB file attached in the researcher's vault. Each round, alternating:

- ours: export of that case to the organisation (bench.child export: unlock, then
  `app.services.bundle_export.export_bundle`, timed around that call alone);
  reference: `age -r ORG_RECIPIENT -o OUT FILE` on the original 1 GiB file followed by
  `sync OUT`, timed together (our export fsyncs the bundle before it names it; DESIGN.md
  section 9); `age -r` alone is kept in the details, for the record;
- ours: verify, then import of that bundle in the coordinator's vault (bench.child verify /
  import: `verify_bundle`, `import_bundle`); reference: `age -d -i ORG_KEY -o PLAIN BUNDLE`
  then `sha256sum PLAIN` (decrypt, then hash what came out: what a person checking by hand
  with stock tools does first);
- between import and the reference (not timed) the imported case is deleted from the
  coordinator's vault, so the next round imports into the same state (and the disk holds
  one copy fewer).

Each of our runs is a child process whose own peak RSS (wait4 ru_maxrss) is reported; it
includes the interpreter and the 64 MiB Argon2id of the unlock (vaults at the minimum cost).
"""

from __future__ import annotations

import json
import statistics

from bench import casegen, parties
from bench.common import GIB, MIB, Context, Result, drop_writeback, not_run, result

EXPORT = "bundle export, 1 GiB attachment: throughput vs age -r + sync"
IMPORT = "bundle import, 1 GiB attachment: vs age -d + sha256sum"
VERIFY = "bundle verify, 1 GiB attachment: vs age -d + sha256sum"
MEMORY = "bundle export/verify/import: peak RSS (limit 150 MiB)"
RESULTS = [(EXPORT, ">= 0.9", "MiB/s"), (IMPORT, ">= 1.0", "MiB/s"),
           (VERIFY, ">= 1.0", "MiB/s"), (MEMORY, "< 1", "MiB")]
LIMIT_MIB = 150


def run(ctx: Context) -> list[Result]:
    missing = parties.bundles_missing()
    if missing:
        return [not_run(name, target, unit, missing) for name, target, unit in RESULTS]
    # source, its blob, the bundle, one more copy (age output, quarantine, import, tar)
    ctx.need_disk(4 * ctx.size / GIB + 0.5, "the bundle benchmark")
    source = ctx.big_file()
    base = ctx.workdir / "bundles"
    pair = parties.setup(ctx, base)
    record = casegen.batch(7, 0, 1)[0]
    record["status"] = "ready"
    case_file = base / "case.json"
    case_file.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    case = pair.researcher.ok("case", "add", str(case_file)).split()[0]
    pair.researcher.ok("attach", case, str(source), "--name", "interview.bin")
    outbox = base / "outbox"
    outbox.mkdir()
    spawn = ctx.spawner.run
    child = ctx.python("-m", "bench.child")
    times: dict[str, list[float]] = {k: [] for k in ("export", "age_r_sync", "age_r", "verify",
                                                     "import", "age_d_sha256sum")}
    peaks: dict[str, list[float]] = {k: [] for k in ("export", "verify", "import", "age_r",
                                                     "age_d")}
    payload = 0
    for i in range(ctx.rounds):
        print(f"  round {i + 1}/{ctx.rounds}", flush=True)
        drop_writeback()
        exported = spawn([*child, "export", str(pair.researcher.vault), pair.org, str(outbox),
                          case])
        data = exported.json()
        bundle = data["file"]
        times["export"].append(data["seconds"])
        peaks["export"].append(exported.peak_mib)
        drop_writeback()
        age = spawn(["sh", "-c", 'age -r "$1" -o "$2" "$3" && sync "$2"', "sh",
                     pair.org_recipient, str(base / "ref.age"), str(source)])
        times["age_r_sync"].append(age.wall)
        peaks["age_r"].append(age.peak_mib)
        (base / "ref.age").unlink()
        drop_writeback()
        age = spawn(["age", "-r", pair.org_recipient, "-o", str(base / "ref.age"), str(source)])
        times["age_r"].append(age.wall)  # without sync, for the record
        (base / "ref.age").unlink()
        for op in ("verify", "import"):
            drop_writeback()
            done = spawn([*child, op, str(pair.coordinator.vault), bundle])
            data = done.json()
            if data["outcome"] != ("verified" if op == "verify" else "imported"):
                raise RuntimeError(f"{op}: {data['outcome']} {data['error']}")
            times[op].append(data["seconds"])
            peaks[op].append(done.peak_mib)
            payload = data["payload_bytes"]
        pair.coordinator.ok("case", "delete", case, "--yes")  # frees its 1 GiB
        drop_writeback()
        plain = base / "plain.tar"
        ref = spawn(["sh", "-c", 'age -d -i "$1" -o "$2" "$3" && sha256sum "$2"', "sh",
                     str(pair.org_key), str(plain), bundle])
        times["age_d_sha256sum"].append(ref.wall)
        peaks["age_d"].append(ref.peak_mib)
        plain.unlink()
        (outbox / bundle.rsplit("/", 1)[-1]).unlink()
    med = {k: statistics.median(v) for k, v in times.items()}
    size_mib = ctx.size / MIB
    details = {"size_bytes": ctx.size, "payload_bytes": payload, "rounds": ctx.rounds,
               "seconds_median": med, "seconds": times,
               "peak_rss_mib": {k: max(v) for k, v in peaks.items()}}
    peak = max(max(peaks["export"]), max(peaks["verify"]), max(peaks["import"]))
    peak_note = (f"export {max(peaks['export']):.0f}, verify {max(peaks['verify']):.0f}, "
                 f"import {max(peaks['import']):.0f} MiB (whole process, incl. Argon2id "
                 "64 MiB at unlock)")
    return [
        result(EXPORT, size_mib / med["export"], size_mib / med["age_r_sync"], ">= 0.9", "MiB/s",
               details, f"peak RSS {max(peaks['export']):.0f} MiB"),
        result(IMPORT, size_mib / med["import"], size_mib / med["age_d_sha256sum"], ">= 1.0",
               "MiB/s", details, f"peak RSS {max(peaks['import']):.0f} MiB"),
        result(VERIFY, size_mib / med["verify"], size_mib / med["age_d_sha256sum"], ">= 1.0",
               "MiB/s", details, f"peak RSS {max(peaks['verify']):.0f} MiB"),
        result(MEMORY, peak, LIMIT_MIB, "< 1", "MiB", {"peak_rss_mib": details["peak_rss_mib"]},
               peak_note),
    ]
