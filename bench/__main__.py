"""Run every benchmark, print one table, write bench/results.json."""

from __future__ import annotations

from bench import unlock
from bench.common import ROOT, report


def main() -> None:
    results = [*unlock.run()]
    report(results, ROOT / "bench" / "results.json")


if __name__ == "__main__":
    main()
