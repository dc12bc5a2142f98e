"""Importing 1,000 small bundles: bundles per second, and where the time goes.

Setup (not timed): a researcher and a coordinator vault (bench.parties); in the researcher's
vault, one generated case (bench.casegen) with a 100 KiB attachment per bundle, each
exported alone (`app.services.bundle_export.export_bundle`, in this process; its rate is in the
details). Measured: `import_bundle` of the bundles one after another in the coordinator's
vault, in `rounds` equal slices, one rate per slice, median reported. Reference, on the same
slices: the stock-tool check of each bundle, `age -d -i ORG_KEY BUNDLE | sha256sum` (a
process pair per bundle; it checks far less: no signature, no BagIt manifest, nothing
stored). Target (DESIGN section 9): at least 0.8x the reference.

Then a further fifth of the bundles is imported under cProfile and the time split by kind:
crypto (cryptography's primitives, our age/bundle/sshsig code), hashing (hashlib), SQL
(every sqlcipher3 call: statements, page encryption, commits and their fsyncs), file I/O
(reads, writes, renames, fsync outside SQLite), case validation (jsonschema) and the rest.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import re
import statistics
import subprocess
import time
from pathlib import Path
from typing import Any

from bench import casegen, parties
from bench.common import PASSPHRASE, Context, Result, not_run, result
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault

NAME = "import 1,000 small bundles: bundles/s vs age -d | sha256sum"
ATTACHMENT = 100 * 1024

_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("SQL (sqlcipher3: statements, page crypto, commits)", re.compile(r"sqlcipher3|sqlite3")),
    ("hashing (hashlib)", re.compile(r"_hashlib|hashlib|_sha256|sha256")),
    ("crypto (cryptography primitives)", re.compile(
        r"cryptography|ChaCha20|Poly1305|X25519|Ed25519|HKDF|Scrypt|HMAC|\bhmac\b|_rust")),
    ("crypto (our age, bundle, sshsig code)", re.compile(r"/crypto/")),
    ("file I/O (read, write, rename, fsync)", re.compile(
        r"fsync|posix\.(replace|rename|open|close|read|write|unlink|stat|fstat|mkdir)|"
        r"_io\.|io\.open|built-in method io|scandir|/storage/fsio|/storage/quarantine")),
    ("case validation (jsonschema)", re.compile(r"jsonschema|referencing|rpds")),
]


def _kind(key: tuple[str, int, str]) -> str:
    filename, _, func = key
    text = f"{filename}:{func}"
    for name, pattern in _KINDS:
        if pattern.search(text):
            return name
    return "other (our Python: JSON, services, storage)"


def _shares(profile: cProfile.Profile) -> tuple[dict[str, float], list[str]]:
    stats = pstats.Stats(profile)
    raw: Any = stats.stats  # type: ignore[attr-defined]
    by_kind: dict[str, float] = {}
    total = 0.0
    for key, (_, _, tottime, _, _) in raw.items():
        by_kind[_kind(key)] = by_kind.get(_kind(key), 0.0) + tottime
        total += tottime
    top = sorted(raw.items(), key=lambda kv: kv[1][2], reverse=True)[:12]
    lines = [f"{v[2] / total:6.1%} {Path(k[0]).name}:{k[1]} {k[2]}" for k, v in top]
    return {k: v / total for k, v in sorted(by_kind.items(), key=lambda kv: -kv[1])}, lines


def run(ctx: Context) -> list[Result]:
    missing = parties.bundles_missing()
    if missing:
        return [not_run(NAME, ">= 0.8", "bundles/s", missing)]
    from app.services import bundle_export, bundle_import
    from app.services import cases as case_service

    ctx.need_disk(ctx.bundles * 1.2 / 1024 + 0.5, "the small bundles")
    base = ctx.workdir / "many-bundles"
    pair = parties.setup(ctx, base)
    profiled = max(10, ctx.bundles // 5)
    total = ctx.bundles + profiled
    outbox = base / "outbox"
    outbox.mkdir()
    small = base / "small.bin"
    paths: list[Path] = []
    print(f"  exporting {total:,} bundles (not timed) ...", flush=True)
    with Vault.unlock(pair.researcher.vault, PASSPHRASE, DeviceKeyring.none()) as vault:
        export_t = 0.0
        for i, record in enumerate(casegen.batch(11, 0, total)):
            record["status"] = "ready"
            small.write_bytes(os.urandom(ATTACHMENT))
            summary = case_service.add_case(vault, record)
            case_service.attach_file(vault, summary.id, small, filename=f"audio-{i}.ogg")
            t0 = time.perf_counter()
            written = bundle_export.export_bundle(vault, [pair.org], outbox, [summary.id])
            export_t += time.perf_counter() - t0
            paths.append(written.path)
    bundle_bytes = sum(p.stat().st_size for p in paths) / len(paths)

    measured = paths[: ctx.bundles]
    step = -(-len(measured) // ctx.rounds)
    slices = [measured[i : i + step] for i in range(0, len(measured), step)]
    rates, ref_rates = [], []
    with Vault.unlock(pair.coordinator.vault, PASSPHRASE, DeviceKeyring.none()) as vault:
        for n, chunk in enumerate(slices):
            print(f"  round {n + 1}/{len(slices)}: {len(chunk)} bundles", flush=True)
            t0 = time.perf_counter()
            for path in chunk:
                outcome = bundle_import.import_bundle(vault, path)
                if outcome.outcome != "imported":
                    raise RuntimeError(f"{path.name}: {outcome.outcome} {outcome.error!r}")
            rates.append(len(chunk) / (time.perf_counter() - t0))
            t0 = time.perf_counter()
            for path in chunk:
                subprocess.run(["sh", "-c", 'age -d -i "$1" "$2" | sha256sum', "sh",
                                str(pair.org_key), str(path)], check=True,
                               stdout=subprocess.DEVNULL, env=ctx.env)
            ref_rates.append(len(chunk) / (time.perf_counter() - t0))
        profile = cProfile.Profile()
        t0 = time.perf_counter()
        profile.enable()
        for path in paths[ctx.bundles:]:
            bundle_import.import_bundle(vault, path)
        profile.disable()
        profiled_rate = profiled / (time.perf_counter() - t0)
    shares, top = _shares(profile)
    details = {
        "bundles": ctx.bundles, "rounds": len(slices),
        "bundle_bytes_mean": bundle_bytes, "attachment_bytes": ATTACHMENT,
        "rates": rates, "reference_rates": ref_rates,
        "export_rate_bundles_per_s": total / export_t,
        "profiled_bundles": profiled, "profiled_rate (cProfile overhead)": profiled_rate,
        "time_shares": shares, "top_functions_by_own_time": top,
    }
    note = "time: " + ", ".join(f"{k} {v:.0%}" for k, v in shares.items())
    return [result(NAME.replace("1,000", f"{ctx.bundles:,}"), statistics.median(rates),
                   statistics.median(ref_rates), ">= 0.8", "bundles/s", details, note)]
