"""Run every benchmark, print one table, write bench/results.json.

    python -m bench                      all, full sizes (what `make bench` runs)
    python -m bench --only attach        one (repeat --only for several)
    python -m bench --quick              small sizes, for development; writes no results
    python -m bench --cases 20000        fewer cases for the insert, search and desktop runs
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from bench import attach, bundles, cases, desktop, duress, many_bundles, startup, team, unlock, wipe
from bench.common import GIB, MIB, ROOT, Context, Result, Spawner, make_env, not_run, report

BENCHMARKS: dict[str, tuple[Callable[[Context], list[Result]], list[tuple[str, str, str]]]] = {
    # name: (run, [(result name, target, unit)] reported as not run if it fails)
    "unlock": (unlock.run, [(unlock.NAME, "< 0.10", "s")]),
    "duress": (duress.run, duress.RESULTS),
    "attach": (attach.run, [(attach.NAME, ">= 0.9", "MiB/s")]),
    "bundles": (bundles.run, bundles.RESULTS),
    "cases": (cases.run, cases.RESULTS),
    "desktop": (desktop.run, [(desktop.NAME, desktop.TARGET, "ms")]),
    "many-bundles": (many_bundles.run, [(many_bundles.NAME, ">= 0.8", "bundles/s")]),
    "wipe": (wipe.run, [(wipe.NAME, "< 1", "s")]),
    "startup": (startup.run, startup.RESULTS),
    "team": (team.run, team.RESULTS),
}


def _clean(ctx: Context, done: str, remaining: list[str]) -> None:
    """Remove what a finished benchmark wrote, and shared files nobody needs any more:
    the disk of this machine is shared and not large."""
    folders = {"unlock": ["unlock"], "duress": ["duress"], "attach": ["attach"],
               "bundles": ["bundles"], "cases": [], "desktop": [],
               "many-bundles": ["many-bundles"], "wipe": ["wipe"],
               "startup": ["startup"], "team": ["team"]}[done]
    if not {"attach", "bundles"} & set(remaining):
        folders.append("source")
    if done in ("cases", "desktop"):
        for plain in ctx.workdir.glob("cases/plain.db*"):
            plain.unlink()
        if "desktop" not in remaining:
            folders.append("cases")
            ctx.shared.pop("case_vault", None)
    for folder in folders:
        shutil.rmtree(ctx.workdir / folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", choices=sorted(BENCHMARKS), metavar="NAME",
                        help=f"run only this benchmark ({', '.join(BENCHMARKS)}); repeatable")
    parser.add_argument("--quick", action="store_true",
                        help="small sizes for development (64 MiB, 2,000 cases, 40 bundles, "
                        "3 rounds); results are printed, not written")
    parser.add_argument("--rounds", type=int, help="rounds per measurement (default 5)")
    parser.add_argument("--cases", type=int, help="cases to insert (default 100,000)")
    parser.add_argument("--size-mib", type=int, help="size of the large file (default 1024)")
    parser.add_argument("--bundles", type=int, help="small bundles to import (default 1,000)")
    parser.add_argument("--workdir", type=Path,
                        help="where vaults and files go (default: a new temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--out", type=Path, help="results file (default bench/results.json)")
    args = parser.parse_args(argv)

    quick = args.quick
    base = args.workdir or Path(tempfile.gettempdir())
    base.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="guvoh-bench-", dir=base))
    spawner = Spawner(workdir, make_env(workdir))
    ctx = Context(
        workdir=workdir,
        quick=quick,
        rounds=args.rounds or (3 if quick else 5),
        size=(args.size_mib or (64 if quick else 1024)) * MIB,
        cases=args.cases or (2_000 if quick else 100_000),
        bundles=args.bundles or (40 if quick else 1_000),
        spawner=spawner,
    )
    chosen = args.only or list(BENCHMARKS)
    print(f"work folder {workdir}; rounds {ctx.rounds}, large file {ctx.size / GIB:.3g} GiB, "
          f"{ctx.cases:,} cases, {ctx.bundles:,} small bundles", flush=True)
    out = args.out or (None if quick else ROOT / "bench" / "results.json")
    command = "python -m bench " + " ".join(sys.argv[1:] if argv is None else argv)
    results: list[Result] = []
    try:
        for n, name in enumerate(chosen):
            fn, expected = BENCHMARKS[name]
            print(f"== {name}", flush=True)
            start = time.perf_counter()
            try:
                results.extend(fn(ctx))
            except Exception as err:  # noqa: BLE001 - one failing benchmark must not stop the rest
                traceback.print_exc()
                why = f"{type(err).__name__}: {err}".splitlines()[0][:300]
                results.extend(not_run(r, target, unit, why) for r, target, unit in expected)
            print(f"   {name}: {time.perf_counter() - start:.0f} s", flush=True)
            # written after each benchmark: kept if a later one crashes
            report(results, out, command.strip(), quiet=True, keep_others=bool(args.only))
            _clean(ctx, name, chosen[n + 1 :])
    finally:
        spawner.close()
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    report(results, out, command.strip(), keep_others=bool(args.only))
    return 0 if all(r.note == "" or not r.note.startswith("NOT RUN") for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
