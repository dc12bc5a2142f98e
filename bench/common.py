"""Shared helpers: timing rounds, medians, results table and JSON."""

from __future__ import annotations

import json
import platform
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Result:
    name: str
    value: float
    reference: float
    ratio: float
    target: str
    met: bool
    unit: str


def median_time(fn: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    return out.stdout.strip() or "unknown"


def report(results: list[Result], out: Path) -> None:
    print(f"{'benchmark':<40} {'value':>10} {'reference':>10} {'ratio':>7} {'target':>8}  met")
    for r in results:
        print(f"{r.name:<40} {r.value:>10.4g} {r.reference:>10.4g} {r.ratio:>7.3f} "
              f"{r.target:>8}  {'yes' if r.met else 'NO'}")
    payload = {
        "commit": commit(),
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": f"{platform.machine()} {platform.processor() or ''} "
                   f"Python {platform.python_version()}".strip(),
        "results": [asdict(r) | {"commit": commit()} for r in results],
    }
    out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
