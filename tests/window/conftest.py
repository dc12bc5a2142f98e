"""The real-window check's setup, shared by its tests: one private X server (two screens,
openbox on each), the throwaway world built once, and one app process per language walking
every screen (tests/window/driver.py), two at a time (the suite's machines have 2 cores).
Only the languages of the tests selected run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from app.ui.common import i18n
from tests.pseudo import pseudo_qm
from tests.window import world
from tests.window.xserver import x_server

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # this process; the app runs on X

REPO = Path(__file__).resolve().parents[2]
LANGS = [*(language.code for language in i18n.LANGUAGES), "pseudo"]
PARALLEL = 2
TIMEOUT = 300  # seconds for one language's walk


@dataclass
class Run:
    lang: str
    returncode: int | None = None
    seconds: float = 0.0
    stderr: str = ""
    result: dict[str, Any] = field(default_factory=dict)

    @property
    def faults(self) -> list[dict[str, str]]:
        return list(self.result.get("faults", []))


def _selected(session: pytest.Session) -> list[str]:
    here = Path(__file__).parent
    chosen = {item.callspec.params["lang"] for item in session.items
              if Path(str(item.path)).parent == here and hasattr(item, "callspec")
              and "lang" in item.callspec.params}
    canary = any(item.name.startswith("test_the_walk_finds") for item in session.items)
    return [CANARY] * canary + [lang for lang in LANGS if lang in chosen]


CANARY = "canary"  # a short walk (first screen, English) with faults planted on purpose
CANARY_ARGS = ["--lang", "en", "--parts", "first_run", "--canary"]


def walk_languages(langs: list[str], tmp: Path, shots: Path | None = None,
                   extra: list[str] | None = None) -> dict[str, Run]:
    """Build the world, start the X server, run the driver for each language (PARALLEL at
    a time; CANARY for the planted-faults walk); returns each language's run."""
    (tmp / "world").mkdir(parents=True)
    world.build(tmp / "world")
    qm = pseudo_qm(tmp) if "pseudo" in langs else None
    runs = {lang: Run(lang) for lang in langs}
    waiting = list(langs)
    running: dict[str, tuple[subprocess.Popen[str], float, Any]] = {}
    with x_server() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        while waiting or running:
            # Screenshots grab the screen: one window at a time, so none covers another.
            while waiting and len(running) < (1 if shots is not None else PARALLEL):
                lang = waiting.pop(0)
                which = CANARY_ARGS if lang == CANARY else ["--lang", lang]
                cmd = [sys.executable, "-m", "tests.window.driver", *which,
                       "--world", str(tmp / "world"), "--out", str(tmp / f"{lang}.json")]
                if lang == "pseudo":
                    cmd += ["--qm", str(qm)]
                if shots is not None:
                    cmd += ["--shots", str(shots / lang)]
                cmd += extra or []
                err = (tmp / f"{lang}.err").open("w+")
                proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                        stderr=err, text=True)
                running[lang] = (proc, time.monotonic(), err)
            time.sleep(0.1)
            for lang, (proc, started, err) in list(running.items()):
                elapsed = time.monotonic() - started
                if proc.poll() is None and elapsed < TIMEOUT:
                    continue
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
                del running[lang]
                err.seek(0)
                run = runs[lang]
                run.returncode, run.seconds, run.stderr = proc.returncode, elapsed, err.read()
                err.close()
                out = tmp / f"{lang}.json"
                if out.exists():
                    run.result = json.loads(out.read_text(encoding="utf-8"))
    return runs


@pytest.fixture(scope="session")
def window_runs(request: pytest.FixtureRequest, qapp: object,
                tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    langs = _selected(request.session)
    started = time.monotonic()
    runs = walk_languages(langs, tmp_path_factory.mktemp("window"))
    seconds = time.monotonic() - started
    report = os.environ.get("GUVOH_WINDOW_REPORT")
    if report:
        Path(report).write_text(json.dumps(
            {"seconds": round(seconds, 1),
             "runs": {lang: {"seconds": round(run.seconds, 1), "returncode": run.returncode,
                             **run.result} for lang, run in runs.items()}},
            ensure_ascii=False, indent=1), encoding="utf-8")
    sys.stderr.write(f"\nreal-window check: {len(langs)} languages in {seconds:.0f} s\n")
    return runs
