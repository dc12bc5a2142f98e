"""Files the size of an idea, and one job runner (issue 12).

- No module in app/ is over LIMIT lines, except those listed in EXCEPTIONS with the reason
  they still are; a module not listed that grows over the limit fails, and so does an
  exception that no longer needs to be one (the list stays true).
- One job runner: only app/ui/common/jobs.py starts threads (QThreadPool, QRunnable,
  QThread, threading.Thread); every job goes through jobs.run(owner, ...), which drops stale
  results in one place.

No Qt needed: these read the source tree.
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "app"
LIMIT = 550  # "about 500 lines" with some room; a module over it is usually two ideas

# Modules still over the limit, each with the reason. Remove an entry when its module is split.
EXCEPTIONS: dict[str, str] = {}

# Ways to start a thread; only the job runner may use them.
_THREAD_START = re.compile(r"\b(?:QThreadPool|QRunnable|QThread|threading\.Thread)\b")


def _modules() -> dict[str, int]:
    return {
        path.relative_to(REPO).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in sorted(APP.rglob("*.py"))
    }


def test_no_module_in_app_is_over_the_limit() -> None:
    sizes = _modules()
    too_long = {name: lines for name, lines in sizes.items()
                if lines > LIMIT and name not in EXCEPTIONS}
    assert too_long == {}, f"modules over {LIMIT} lines: split them, one idea per module"


def test_every_exception_is_still_needed() -> None:
    sizes = _modules()
    stale = [name for name in EXCEPTIONS if sizes.get(name, 0) <= LIMIT]
    assert stale == [], "no longer over the limit (or gone): remove from EXCEPTIONS"
    for name, reason in EXCEPTIONS.items():
        assert reason.strip(), name


def test_only_the_job_runner_starts_threads() -> None:
    callers = [
        f"{path.relative_to(REPO).as_posix()}:{text.count(chr(10), 0, match.start()) + 1}"
        for path in sorted(APP.rglob("*.py"))
        if path != APP / "ui" / "common" / "jobs.py"
        for text in [path.read_text(encoding="utf-8")]
        for match in _THREAD_START.finditer(text)
    ]
    assert callers == [], "run slow work with jobs.run(owner, fn, on_done=..., on_failed=...)"


def test_the_thread_pattern_finds_what_it_should() -> None:
    assert _THREAD_START.search("QThreadPool.globalInstance().start(job)")
    assert _THREAD_START.search("class Worker(QRunnable):")
    assert _THREAD_START.search("t = threading.Thread(target=f)")
    assert not _THREAD_START.search("jobs.run(self, fn, on_done=done)")
    assert not _THREAD_START.search("threading.Event()")
