"""The real-window check by hand, for whoever fixes a fault it found:

    .venv/bin/python -m tests.window ru [tg ...] [--parts coordinator] [--shots DIR]

starts the private X server, walks the app in each language given (all parts, or only
first_run, researcher, submitter, coordinator, team) and prints the faults; with --shots, a PNG
of every screen in every size and state (DIR/<lang>/<screen>-<size>-<state>.png).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from tests.window.conftest import LANGS, walk_languages
from tests.window.test_real_window import explain


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.window")
    parser.add_argument("langs", nargs="+", choices=LANGS)
    parser.add_argument("--parts")
    parser.add_argument("--shots", type=Path)
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication(["window", "-platform", "offscreen"])
    extra = (["--parts", args.parts] if args.parts else []) + (
        ["--every-shot"] if args.shots else [])
    with tempfile.TemporaryDirectory(prefix="guvoh-window-") as tmp:
        runs = walk_languages(args.langs, Path(tmp), args.shots, extra)
    failed = 0
    for lang, run in runs.items():
        print(f"{lang}: {len(run.faults)} faults, {run.seconds:.0f} s")
        if run.returncode != 0:
            print(run.stderr[-3000:])
        if run.faults:
            print(explain(run.faults))
        failed += bool(run.faults) or run.returncode != 0
    del app
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
