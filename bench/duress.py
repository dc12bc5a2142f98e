"""Duress unlock vs normal unlock: the same distribution of times (issue 15 item 3).

Someone watching the screen must not tell from the unlock's duration that the duress
passphrase was typed. Both cost the one Argon2id call; after it, the duress unlock also
takes the vault over (storage/duress.py take_over: a new device secret stored in the
keyring, the key-slot file rewritten, fsynced and renamed, the old device secret deleted)
and opens the decoy, whose orphan sweep deletes the real vault's attachment files.

Setup (not timed): a vault with the calibrated Argon2id parameters (kdf.calibrate(), as
the unlock benchmark and `guvoh init`), CASES cases with one attachment of BLOB_BYTES each,
a duress passphrase set and the decoy filled with DECOY_CASES cases with one attachment
each; closed and kept as a template folder.

Timed: `Vault.unlock` (until it returns the open vault; close is not timed) on a fresh copy
of the template each time (a duress unlock consumes the real slots), the copy made and
flushed (sync) before the timed part, the keyring entry stored again as the copy of a disk
would find it. N normal and N duress unlocks, interleaved in pairs whose order alternates.
In a child process, twice: without a keyring, and with a private Secret Service
(dbus-run-session + gnome-keyring-daemon under the benchmark's throwaway HOME), where the
take-over also talks to the keyring. The Argon2id call, take_over and the orphan sweep are
timed too (by wrapping crypto.keyslots.stretch, storage.duress.take_over and
storage.blobs.remove_orphans in the child: two clock reads each), to say where a
difference comes from.

Reported per series: median, p10 and p90 of each kind; the ratio of the medians (target:
within 0.9-1.1); the Mann-Whitney U of duress against normal (with its normal-approximation
z and two-sided p, and U / (n1 n2), the chance that a duress unlock is the slower) and the
two-sample Kolmogorov-Smirnov D (with its asymptotic p), both computed here.

    python -m bench --only duress
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from bench.common import PASSPHRASE, Context, Result, not_run, percentile

DURESS = "violet harbour thunder pepper"  # throwaway benchmark vaults
SAMPLES = 16  # per kind and series
QUICK_SAMPLES = 4
CASES = 50
DECOY_CASES = 5
BLOB_BYTES = 128 * 1024
LOW, HIGH = 0.9, 1.1
TARGET = f"{LOW}-{HIGH}"
NAMES = {
    "none": "duress vs normal unlock, no keyring: median ratio",
    "keyring": "duress vs normal unlock, with keyring: median ratio",
}
RESULTS = [(NAMES[k], TARGET, "s") for k in ("none", "keyring")]


# -- statistics, by hand ---------------------------------------------------------------------


def mann_whitney(x: Sequence[float], y: Sequence[float]) -> dict[str, float]:
    """U of `x` against `y` (pairs where x is larger; ties count half), its z under the
    normal approximation (no tie correction: times are continuous) and the two-sided p."""
    n1, n2 = len(x), len(y)
    u = sum(1.0 if a > b else 0.5 if a == b else 0.0 for a in x for b in y)
    sigma = math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12)
    z = (u - n1 * n2 / 2) / sigma
    return {"u": u, "z": z, "p": math.erfc(abs(z) / math.sqrt(2)), "p_x_slower": u / (n1 * n2)}


def kolmogorov_smirnov(x: Sequence[float], y: Sequence[float]) -> dict[str, float]:
    """D, the largest distance between the two empirical distribution functions, and its
    asymptotic two-sided p (Stephens' small-sample correction of lambda)."""
    n1, n2 = len(x), len(y)
    d = max(abs(sum(a <= v for a in x) / n1 - sum(b <= v for b in y) / n2)
            for v in (*x, *y))
    ne = n1 * n2 / (n1 + n2)
    lam = (math.sqrt(ne) + 0.12 + 0.11 / math.sqrt(ne)) * d
    if lam < 0.2:  # the series does not converge there; p is 1 to many digits
        p = 1.0
    else:
        p = 2 * sum((-1) ** (k - 1) * math.exp(-2 * k * k * lam * lam) for k in range(1, 101))
    return {"d": d, "p": min(1.0, max(0.0, p))}


def summary(values: Sequence[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "p10": percentile(values, 10),
            "p90": percentile(values, 90)}


# -- the child: build the template, then time the unlocks -------------------------------------


def _build(path: Path, params: Any, keyring: Any) -> None:
    from app.services import cases
    from storage import blobs, duress
    from storage.vault import Vault

    source = path.parent / "attachment.bin"
    source.write_bytes(os.urandom(BLOB_BYTES))
    vault, _ = Vault.create(path, PASSPHRASE, params, keyring)
    for n in range(CASES):
        case = cases.add_case(vault, {"schema_version": 1, "title": f"Interview {n}",
                                      "consent": {"given": True}})
        blobs.attach(vault.conn, vault.blobs_dir, case.id, source, filename=f"rec-{n}.bin")
    duress.set_duress(vault, DURESS)
    with duress.open_decoy(vault) as decoy:  # closes the real vault
        for n in range(DECOY_CASES):
            case = cases.add_case(decoy, {"schema_version": 1, "title": f"Meeting {n}",
                                          "consent": {"given": True}})
            blobs.attach(decoy.conn, decoy.blobs_dir, case.id, source, filename=f"m-{n}.bin")
    source.unlink()


def child(workdir: Path, samples: int, use_keyring: bool, memory_kib: int,
          time_cost: int, parallelism: int) -> dict[str, Any]:
    from crypto import keyslots
    from crypto.kdf import Argon2Params
    from crypto.keyslots import KeySlots
    from storage import blobs, duress
    from storage.devicekeyring import DeviceKeyring
    from storage.vault import Vault

    keyring = DeviceKeyring.detect() if use_keyring else DeviceKeyring.none()
    if use_keyring and not keyring.available:
        raise RuntimeError("the private Secret Service did not answer")
    params = Argon2Params(memory_kib, time_cost, parallelism)
    template, sample = workdir / "template", workdir / "sample"
    _build(template, params, keyring)
    header = KeySlots.from_bytes((template / "keyslots").read_bytes()).passphrase_header
    secret = keyring.load(header.keyring_id) if header.needs_device_secret else None

    clock: dict[str, float] = {}
    stretch, take_over, sweep = keyslots.stretch, duress.take_over, blobs.remove_orphans

    def timed_stretch(*args: Any) -> bytes:
        start = time.perf_counter()
        try:
            return stretch(*args)
        finally:
            clock["argon2id"] = time.perf_counter() - start

    def timed_take_over(*args: Any) -> Any:
        start = time.perf_counter()
        try:
            return take_over(*args)
        finally:
            clock["take_over"] = time.perf_counter() - start

    def timed_sweep(*args: Any) -> int:
        start = time.perf_counter()
        try:
            return sweep(*args)
        finally:
            clock["orphan_sweep"] = time.perf_counter() - start

    keyslots.stretch, duress.take_over = timed_stretch, timed_take_over  # type: ignore[assignment]
    blobs.remove_orphans = timed_sweep  # type: ignore[assignment]
    rows: dict[str, list[dict[str, float]]] = {"normal": [], "duress": []}
    for n in range(samples):
        for kind in ("normal", "duress") if n % 2 == 0 else ("duress", "normal"):
            if sample.exists():
                shutil.rmtree(sample)
            shutil.copytree(template, sample)
            if secret is not None:
                keyring.store(header.keyring_id, secret)
            os.sync()
            clock.clear()
            start = time.perf_counter()
            vault = Vault.unlock(sample, PASSPHRASE if kind == "normal" else DURESS, keyring)
            seconds = time.perf_counter() - start
            try:
                if vault.decoy != ("duress" if kind == "duress" else ""):
                    raise RuntimeError(f"a {kind} unlock opened {vault.decoy or 'the real vault'}")
                row = {"seconds": seconds, "argon2id": clock["argon2id"],
                       "take_over": clock.get("take_over", 0.0),
                       "orphan_sweep": clock["orphan_sweep"],
                       "orphans_removed": vault.orphans_removed}
            finally:
                vault.close()
            rows[kind].append(row)
    shutil.rmtree(sample, ignore_errors=True)
    return {"rows": rows, "keyring": keyring.name,
            "template_mib": sum(p.stat().st_size for p in template.rglob("*") if p.is_file())
            / 1024 / 1024}


# -- the parent ----------------------------------------------------------------------------


@contextlib.contextmanager
def private_secret_service(env: dict[str, str]) -> Iterator[str | None]:
    """A Secret Service of its own (its D-Bus session bus address), under the benchmark's
    throwaway HOME, stopped afterwards; None where the programs are missing."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        yield None
        return
    script = ('echo "$DBUS_SESSION_BUS_ADDRESS"; printf "throwaway-bench-keyring" | '
              "gnome-keyring-daemon --unlock --components=secrets >/dev/null; echo ready; "
              "exec sleep 86400")
    proc = subprocess.Popen(["dbus-run-session", "--", "bash", "-c", script], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            start_new_session=True)
    try:
        assert proc.stdout is not None
        address = proc.stdout.readline().strip()
        ready = proc.stdout.readline().strip() == "ready"
        yield address if ready else None
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)


def _series(ctx: Context, which: str, samples: int, params: Any,
            env: dict[str, str]) -> Result:
    workdir = ctx.workdir / "duress" / which
    workdir.mkdir(parents=True, exist_ok=True)
    argv = ctx.python("-m", "bench.duress", str(workdir), str(samples),
                      "1" if which == "keyring" else "0", str(params.memory_kib),
                      str(params.time_cost), str(params.parallelism))
    out = ctx.spawner.run(argv, env=env).json()
    rows = out["rows"]
    normal = [r["seconds"] for r in rows["normal"]]
    duress = [r["seconds"] for r in rows["duress"]]

    def after_kdf(kind: str) -> list[float]:
        return [r["seconds"] - r["argon2id"] for r in rows[kind]]

    details: dict[str, Any] = {
        "samples_each": samples, "keyring": out["keyring"],
        "argon2id_memory_mib": params.memory_kib // 1024, "argon2id_passes": params.time_cost,
        "vault": f"{CASES} cases with a {BLOB_BYTES // 1024} KiB attachment each, decoy "
                 f"{DECOY_CASES}; {out['template_mib']:.1f} MiB",
        "normal": summary(normal), "duress": summary(duress),
        "normal_after_argon2id": summary(after_kdf("normal")),
        "duress_after_argon2id": summary(after_kdf("duress")),
        "duress_take_over": summary([r["take_over"] for r in rows["duress"]]),
        "normal_orphan_sweep": summary([r["orphan_sweep"] for r in rows["normal"]]),
        "duress_orphan_sweep": summary([r["orphan_sweep"] for r in rows["duress"]]),
        "duress_orphans_removed": statistics.median(r["orphans_removed"]
                                                     for r in rows["duress"]),
        "mann_whitney_duress_vs_normal": mann_whitney(duress, normal),
        "kolmogorov_smirnov": kolmogorov_smirnov(duress, normal),
        "normal_seconds": normal, "duress_seconds": duress,
    }
    med_n, med_d = statistics.median(normal), statistics.median(duress)
    ratio = med_d / med_n
    mw, ks = details["mann_whitney_duress_vs_normal"], details["kolmogorov_smirnov"]
    extra = statistics.median(after_kdf("duress")) - statistics.median(after_kdf("normal"))
    note = (f"duress/normal median ratio {ratio:.3f} (target within {TARGET}); normal p10-p90 "
            f"{details['normal']['p10']:.3f}-{details['normal']['p90']:.3f} s, duress "
            f"{details['duress']['p10']:.3f}-{details['duress']['p90']:.3f} s; Mann-Whitney "
            f"U {mw['u']:.0f} (z {mw['z']:.2f}, p {mw['p']:.2g}), KS D {ks['d']:.2f} "
            f"(p {ks['p']:.2g}); after Argon2id the duress unlock takes {extra * 1000:+.1f} "
            f"ms more (take_over {details['duress_take_over']['median'] * 1000:.1f} ms, "
            f"orphan sweep {details['duress_orphan_sweep']['median'] * 1000:.1f} ms vs "
            f"{details['normal_orphan_sweep']['median'] * 1000:.1f} ms)")
    print(f"  {which}: {note}", flush=True)
    # The target is two-sided, which bench.common.meets does not read: met is decided here.
    return Result(NAMES[which], med_d, med_n, ratio, TARGET, LOW <= ratio <= HIGH, "s",
                  details, note)


def run(ctx: Context) -> list[Result]:
    from crypto import kdf

    samples = QUICK_SAMPLES if ctx.quick else SAMPLES
    params = kdf.calibrate()
    print(f"  Argon2id {params.memory_kib // 1024} MiB, {params.time_cost} passes; "
          f"{samples} normal and {samples} duress unlocks per series", flush=True)
    results = [_series(ctx, "none", samples, params, {})]
    with private_secret_service(ctx.env) as address:
        if address is None:
            return [*results, not_run(NAMES["keyring"], TARGET, "s", "no private Secret "
                                      "Service (dbus-run-session, gnome-keyring-daemon)")]
        results.append(_series(ctx, "keyring", samples, params,
                               {"DBUS_SESSION_BUS_ADDRESS": address}))
    return results


if __name__ == "__main__":
    workdir_arg, samples_arg, keyring_arg, *params_args = sys.argv[1:]
    memory, passes, lanes = (int(a) for a in params_args)
    print(json.dumps(child(Path(workdir_arg), int(samples_arg), keyring_arg == "1",
                           memory, passes, lanes)))
