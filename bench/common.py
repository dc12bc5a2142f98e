"""Shared helpers: timing rounds, medians, measured child processes, results table and JSON."""

from __future__ import annotations

import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "mountain river lantern copper"  # noqa: S105 - throwaway benchmark vaults
MIB = 1024 * 1024
GIB = 1024 * MIB


@dataclass
class Result:
    name: str
    value: float | None
    reference: float | None
    ratio: float | None
    target: str  # "<op> <number>", e.g. ">= 0.9", or "report only"
    met: bool
    unit: str
    details: dict[str, Any] = field(default_factory=dict)
    note: str = ""


def meets(ratio: float | None, target: str) -> bool:
    """Whether `ratio` satisfies a target written as "<op> <number>"."""
    match = re.fullmatch(r"(<=|>=|<|>)\s*([0-9.]+)", target.strip())
    if match is None:
        return True  # "report only": nothing to meet
    if ratio is None or math.isnan(ratio):
        return False
    bound = float(match.group(2))
    return {"<=": ratio <= bound, ">=": ratio >= bound, "<": ratio < bound,
            ">": ratio > bound}[match.group(1)]


def result(name: str, value: float, reference: float, target: str, unit: str,
           details: dict[str, Any] | None = None, note: str = "") -> Result:
    ratio = value / reference if reference else float("nan")
    return Result(name, value, reference, ratio, target, meets(ratio, target), unit,
                  details or {}, note)


def not_run(name: str, target: str, unit: str, why: str) -> Result:
    return Result(name, None, None, None, target, False, unit, {}, f"NOT RUN: {why}")


def median_time(fn: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


# -- measured child processes --------------------------------------------------------------

# A small process that starts the measured children. Linux reports, as a child's
# ru_maxrss, the peak RSS of the address space it was (v)forked from when that is larger
# than its own, so children started from this large benchmark process would all show its
# size. Started from this ~10 MiB helper instead, they show their own peak (never less
# than the helper's size, which is below any Python process's).
_SPAWNER = r"""
import json, os, sys, time
for line in sys.stdin:
    req = json.loads(line)
    new = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    actions = [(os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
               (os.POSIX_SPAWN_OPEN, 1, req["stdout"], new, 0o600),
               (os.POSIX_SPAWN_OPEN, 2, req["stderr"], new, 0o600)]
    start = time.perf_counter()
    pid = os.posix_spawn(req["argv"][0], req["argv"], req["env"], file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    sys.stdout.write(json.dumps({"status": os.waitstatus_to_exitcode(status), "wall": wall,
                                 "maxrss_kib": usage.ru_maxrss}) + "\n")
    sys.stdout.flush()
"""


@dataclass
class ChildRun:
    status: int
    wall: float  # seconds, from spawn to exit
    maxrss_kib: int
    stdout: str
    stderr: str

    @property
    def peak_mib(self) -> float:
        return self.maxrss_kib / 1024

    def json(self) -> Any:
        return json.loads(self.stdout.strip().splitlines()[-1])


class Spawner:
    def __init__(self, workdir: Path, env: dict[str, str]) -> None:
        self.workdir = workdir
        self.env = env
        self._proc = subprocess.Popen([sys.executable, "-S", "-c", _SPAWNER],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def run(self, argv: Sequence[str], *, check: bool = True,
            env: dict[str, str] | None = None) -> ChildRun:
        exe = argv[0] if os.sep in argv[0] else shutil.which(argv[0])
        if exe is None:
            raise FileNotFoundError(argv[0])
        out, err = self.workdir / "child.out", self.workdir / "child.err"
        request = {"argv": [exe, *argv[1:]], "env": {**self.env, **(env or {})},
                   "stdout": str(out), "stderr": str(err)}
        assert self._proc.stdin is not None
        assert self._proc.stdout is not None
        self._proc.stdin.write(json.dumps(request) + "\n")
        self._proc.stdin.flush()
        reply = json.loads(self._proc.stdout.readline())
        run = ChildRun(reply["status"], reply["wall"], reply["maxrss_kib"],
                       out.read_text("utf-8", "replace"), err.read_text("utf-8", "replace"))
        if check and run.status != 0:
            raise RuntimeError(f"{' '.join(argv)} exited {run.status}: {run.stderr[-2000:]}")
        return run

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        self._proc.wait(timeout=30)


# -- the run ---------------------------------------------------------------------------------


@dataclass
class Context:
    """Options and shared resources of one `python -m bench` run."""

    workdir: Path
    quick: bool
    rounds: int
    size: int  # bytes of the large attachment
    cases: int  # cases for the insert, search and desktop benchmarks
    bundles: int  # small bundles imported
    spawner: Spawner
    shared: dict[str, Any] = field(default_factory=dict)

    @property
    def env(self) -> dict[str, str]:
        return self.spawner.env

    def python(self, *args: str) -> list[str]:
        return [sys.executable, *args]

    def need_disk(self, gib: float, what: str) -> None:
        """Refuse to start a benchmark that would fill the disk halfway through."""
        free = shutil.disk_usage(self.workdir).free / GIB
        if free < gib:
            raise RuntimeError(f"not enough free disk for {what}: {free:.1f} GiB free in "
                               f"{self.workdir}, about {gib:.1f} GiB needed")

    def big_file(self) -> Path:
        """The large attachment, generated once per run (random bytes, incompressible)."""
        path = self.workdir / "source" / "big.bin"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            print(f"  generating a {self.size / GIB:.2f} GiB file ...", flush=True)
            with path.open("wb") as fh:
                left = self.size
                while left:
                    n = min(left, 4 * MIB)
                    fh.write(os.urandom(n))
                    left -= n
                fh.flush()
                os.fsync(fh.fileno())
        return path

    def age_key(self) -> tuple[Path, str]:
        """An age identity file and its recipient, made with age-keygen."""
        path = self.workdir / "age-key.txt"
        if not path.exists():
            subprocess.run(["age-keygen", "-o", str(path)], check=True, capture_output=True)
        recipient = subprocess.run(["age-keygen", "-y", str(path)], check=True,
                                   capture_output=True, text=True).stdout.strip()
        return path, recipient


def make_env(workdir: Path) -> dict[str, str]:
    """Environment of measured children: this checkout importable, a throwaway HOME."""
    home = workdir / "home"
    for sub in ("", ".config", ".cache", ".local/share"):
        (home / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
    env = dict(os.environ)
    env.update(PYTHONPATH=str(ROOT), HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"), XDG_DATA_HOME=str(home / ".local/share"),
               QT_QPA_PLATFORM="offscreen")
    return env


def drop_writeback() -> None:
    """Flush dirty pages before a timed run so one run's writes do not slow the next."""
    os.sync()


# -- report -----------------------------------------------------------------------------------


def commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           capture_output=True, text=True, check=False).stdout.strip()
    return (out.stdout.strip() or "unknown") + ("+dirty" if dirty else "")


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text()
                   .splitlines() if line.startswith("MemTotal"))
        memory = f"{mem / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        memory = "?"
    os_name = platform.platform()
    try:
        pretty = next(line.split("=", 1)[1].strip('"') for line in
                      Path("/etc/os-release").read_text().splitlines()
                      if line.startswith("PRETTY_NAME="))
        os_name = f"{pretty}, Linux {platform.release()}"
    except (OSError, StopIteration):
        pass
    return (f"{os.cpu_count()} cores ({cpu}), {memory}, {platform.machine()}, {os_name}, "
            f"Python {platform.python_version()}")


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.4g}"


def report(results: list[Result], out: Path | None, command: str = "python -m bench",
           quiet: bool = False, keep_others: bool = True) -> None:
    """Print the table and write `out` (if given). With keep_others (a run of some
    benchmarks, --only), entries of benchmarks not run this time are kept and those run again
    replaced in place; without it (a full run) the file holds this run's entries alone, so
    that every figure in it comes from one run at one commit."""
    if not quiet:
        _table(results)
    if out is None:
        return
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    head = commit()
    fresh = {r.name: asdict(r) | {"commit": head, "date": now} for r in results}
    entries: list[dict[str, Any]] = []
    if keep_others and out.exists():
        try:
            previous = json.loads(out.read_text("utf-8")).get("results", [])
        except (ValueError, AttributeError):
            previous = []
        for entry in previous:
            if isinstance(entry, dict) and "name" in entry:
                entries.append(fresh.pop(entry["name"], entry))
    entries.extend(fresh.values())
    payload = {
        "commit": head,
        "date": now,
        "machine": machine(),
        "command": command,
        "results": entries,
    }
    out.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if not quiet:
        print(f"\nwrote {out}")


def _table(results: list[Result]) -> None:
    print()
    print(f"{'benchmark':<58} {'value':>10} {'reference':>10} {'ratio':>7} {'target':>11}  met")
    for r in results:
        ratio = "-" if r.ratio is None else f"{r.ratio:.3f}"
        print(f"{r.name:<58} {_fmt(r.value):>10} {_fmt(r.reference):>10} {ratio:>7} "
              f"{r.target:>11}  {'yes' if r.met else 'NO'}   {r.unit}")
    for r in results:
        if r.note:
            print(f"  {r.name}: {r.note}")
