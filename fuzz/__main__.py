"""Run every fuzz target under atheris (libFuzzer), each in its own process, and summarise.

    .venv/bin/python -m fuzz [--seconds 120] [--targets age,bundle,bag,orgcard]
    .venv/bin/python -m fuzz --reproduce TARGET FILE...   (a finding, without atheris)

Each target runs for --seconds from its seed corpus fuzz/corpus/<target>/ (read only: new
inputs go to fuzz/findings/<target>/corpus/, outside git) with libFuzzer's limits:
-timeout=10 (an input that takes longer is a hang), -rss_limit_mb=512 (memory). A crash,
hang or out-of-memory input is written to fuzz/findings/<target>/ with the full log.
Prints one table; exits 1 if anything was found, 2 if a target could not run.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import os
import re
import subprocess
import sys
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REPO = ROOT.parent
CORPUS = ROOT / "corpus"
FINDINGS = ROOT / "findings"
TARGETS = ("age", "bundle", "bag", "orgcard")
#: Longest input libFuzzer builds: above every seed (it truncates longer ones) and, for
#: cards, above crypto.orgcard.MAX_CARD_BYTES (64 KiB) so the size check is reached.
MAX_LEN = {"age": 256 * 1024, "bundle": 256 * 1024, "bag": 256 * 1024, "orgcard": 72 * 1024}
#: libFuzzer dictionaries (fuzz/dict/): format tokens the mutator splices in.
DICTIONARY = {"age": "age", "bundle": "age", "bag": "bag", "orgcard": "orgcard"}
HANG_SECONDS = 10
RSS_LIMIT_MB = 512
#: libFuzzer's artifact kinds, by file name prefix.
ARTIFACTS = ("crash-", "timeout-", "oom-", "leak-", "slow-unit-")


@dataclass
class Result:
    target: str
    seconds: float = 0.0
    executions: int | None = None
    coverage: int | None = None
    features: int | None = None
    corpus: int | None = None
    seeds: int = 0
    returncode: int | None = None
    findings: list[Path] = field(default_factory=list)
    summary: str = ""
    log: Path | None = None

    @property
    def status(self) -> str:
        if self.findings:
            kinds = sorted({p.name.split("-")[0] for p in self.findings})
            return "FOUND " + ",".join(kinds)
        if self.returncode != 0:
            return f"ERROR (exit {self.returncode})"
        return "nothing found"


def _last_int(pattern: str, text: str) -> int | None:
    found = re.findall(pattern, text)
    return int(found[-1]) if found else None


def _exception_summary(log: str) -> str:
    """The last line of the Python traceback atheris printed, or libFuzzer's error line."""
    lines = log.splitlines()
    for i, line in enumerate(lines):
        if "Uncaught Python exception" in line:
            where = ""
            for t in lines[i + 2 :]:  # skip the first line, a copy of the last
                if t.startswith("  File "):
                    where = t.strip()
                elif t.strip() and not t.startswith((" ", "Traceback")):
                    return f"{t.strip()} ({where})" if where else t.strip()
    for i, line in enumerate(lines):
        if "=== Timeout:" in line:
            frames = [t.strip() for t in lines[i + 1 : i + 4] if t.startswith("  File ")]
            return line.strip(" =") + (f" (innermost: {frames[0]})" if frames else "")
    for line in lines:
        if "ERROR: libFuzzer" in line:
            return line.strip()
    return ""


def run_target(target: str, seconds: int) -> Result:
    """One target in a child process for `seconds`; its log and findings under FINDINGS."""
    out = FINDINGS / target
    work = out / "corpus"
    work.mkdir(parents=True, exist_ok=True)
    seeds = CORPUS / target
    before = {p.name for p in out.iterdir()}
    command = [
        sys.executable, "-m", "fuzz", "--child", target, "--",
        str(work), str(seeds),
        f"-max_total_time={seconds}",
        f"-timeout={HANG_SECONDS}",
        f"-rss_limit_mb={RSS_LIMIT_MB}",
        f"-max_len={MAX_LEN[target]}",
        f"-artifact_prefix={out}/",
        "-print_final_stats=1",
    ]  # fmt: skip
    dictionary = ROOT / "dict" / f"{DICTIONARY[target]}.dict"
    if dictionary.exists():
        command.append(f"-dict={dictionary}")
    result = Result(target, seeds=sum(1 for p in seeds.iterdir() if p.is_file()))
    start = time.monotonic()
    try:
        proc = subprocess.run(
            command,
            cwd=REPO,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=seconds + 10 * HANG_SECONDS + 120,
            check=False,
        )
        log = proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
        result.returncode = proc.returncode
    except subprocess.TimeoutExpired as exc:  # run() has killed the child it started
        log = (exc.stdout or b"").decode("utf-8", "replace")
        log += (exc.stderr or b"").decode("utf-8", "replace")
        log += "\nfuzz: the child outlived its time limit and was killed\n"
        result.returncode = -9
    result.seconds = time.monotonic() - start
    result.log = out / "fuzz.log"
    result.log.write_text(log, encoding="utf-8")
    result.executions = _last_int(r"stat::number_of_executed_units:\s*(\d+)", log)
    if result.executions is None:
        result.executions = _last_int(r"(?m)^#(\d+)\s", log)
    result.coverage = _last_int(r"cov: (\d+)", log)
    result.features = _last_int(r"ft: (\d+)", log)
    result.corpus = _last_int(r"corp: (\d+)/", log)
    result.findings = sorted(
        p for p in out.iterdir() if p.name not in before and p.name.startswith(ARTIFACTS)
    )
    result.summary = _exception_summary(log) if result.findings or result.returncode else ""
    return result


def _table(results: Sequence[Result], seconds: int) -> str:
    def n(value: int | None) -> str:
        return "?" if value is None else f"{value:,}"

    rows = [("target", "seconds", "executions", "exec/s", "cov", "ft", "corpus", "result")]
    for r in results:
        rate = f"{r.executions / r.seconds:,.0f}" if r.executions and r.seconds else "?"
        corpus = f"{r.seeds} -> {n(r.corpus)}"
        rows.append(
            (r.target, f"{r.seconds:.0f}", n(r.executions), rate, n(r.coverage),
             n(r.features), corpus, r.status)
        )  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) if i in (0, 7) else c.rjust(w)
                       for i, (c, w) in enumerate(zip(row, widths, strict=True)))
             for row in rows]  # fmt: skip
    lines.insert(1, "  ".join("-" * w for w in widths))
    head = f"Fuzzing, {seconds} s per target (atheris, -timeout={HANG_SECONDS} "
    head += f"-rss_limit_mb={RSS_LIMIT_MB}); cov/ft: libFuzzer's coverage counters"
    return "\n".join([head, *lines])


def _preload_dependencies() -> None:
    """Import what crypto/ imports from outside itself, uninstrumented and before atheris'
    regex hook is on: atheris 3.0's hook fails on some bytes patterns that `cryptography`
    compiles at import time (TypeError in gen_match_recursive)."""
    for path in sorted((REPO / "crypto").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                if name.split(".")[0] not in ("crypto", "__future__"):
                    importlib.import_module(name)


def _child(target: str, libfuzzer_args: Sequence[str]) -> None:
    """Inside the child: instrument crypto/, then hand the target to libFuzzer."""
    import atheris  # only here: the parent and the tests do not need it

    _preload_dependencies()
    atheris.enabled_hooks.add("RegEx")
    atheris.enabled_hooks.add("str")
    with atheris.instrument_imports(include=["crypto"]):
        from fuzz import targets
    atheris.Setup([sys.argv[0], *libfuzzer_args], targets.TARGETS[target])
    atheris.Fuzz()


def _reproduce(target: str, files: Sequence[str]) -> int:
    """Run a target on saved inputs without atheris; print what escapes."""
    from fuzz import targets

    failed = 0
    for name in files:
        data = Path(name).read_bytes()
        try:
            targets.TARGETS[target](data)
        except Exception:  # noqa: BLE001 (the point is to show whatever escapes)
            failed += 1
            print(f"{name}: escaped", file=sys.stderr)
            traceback.print_exc()
        else:
            print(f"{name}: ok (only typed errors)")
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m fuzz",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--seconds", type=int, default=120, help="per target (default 120)")
    parser.add_argument("--targets", default=",".join(TARGETS), help="comma-separated")
    parser.add_argument("--child", choices=TARGETS, help=argparse.SUPPRESS)
    parser.add_argument(
        "--reproduce",
        choices=TARGETS,
        metavar="TARGET",
        help="run TARGET on the files given, without atheris",
    )
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, args.rest)
        return 0
    if args.reproduce:
        return _reproduce(args.reproduce, args.rest)
    chosen = [t.strip() for t in args.targets.split(",") if t.strip()]
    unknown = sorted(set(chosen) - set(TARGETS))
    if unknown or args.seconds < 1:
        parser.error(f"unknown targets {unknown}" if unknown else "--seconds must be >= 1")
    results = []
    for target in chosen:
        print(f"fuzz: {target} for {args.seconds} s ...", flush=True)
        result = run_target(target, args.seconds)
        results.append(result)
        for path in result.findings:
            print(f"fuzz:   found {os.path.relpath(path, REPO)}", flush=True)
        if result.summary:
            print(f"fuzz:   {result.summary}", flush=True)
    print()
    print(_table(results, args.seconds))
    for r in results:
        if r.findings or r.returncode != 0:
            print(f"\n{r.target}: see {os.path.relpath(r.log or FINDINGS, REPO)}; reproduce "
                  f"with: python -m fuzz --reproduce {r.target} FILE")  # fmt: skip
    if any(r.findings for r in results):
        return 1
    return 2 if any(r.returncode != 0 for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
