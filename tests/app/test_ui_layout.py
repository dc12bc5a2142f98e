"""Files the size of an idea, and one job runner (issue 12).

- No module in app/ is over LIMIT lines, except those listed in EXCEPTIONS with the reason
  they still are; a module not listed that grows over the limit fails, and so does an
  exception that no longer needs to be one (the list stays true).
- Nothing in app/ calls the transitional jobs.start / jobs.start_cancellable: every job goes
  through jobs.run(owner, ...), which drops stale results in one place.

No Qt needed: these read the source tree.
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "app"
LIMIT = 550  # "about 500 lines" with some room; a module over it is usually two ideas

# Modules still over the limit, each with the reason. Remove an entry when its module is split.
EXCEPTIONS: dict[str, str] = {
    "app/services/bundles.py": (
        "the bundle use cases (identity and organisations, export, verify and import, "
        "receipts, purge) in one services module; not split yet"
    ),
    "app/services/reports.py": (
        "the reports use cases (consent states, statistics, report HTML, receipts summary) "
        "in one services module; not split yet"
    ),
}

# The transitional shims of app/ui/common/jobs.py, however they are reached.
_SHIM_USE = re.compile(
    r"\bjobs\.start(?:_cancellable)?\s*\("
    r"|from\s+app\.ui\.common\.jobs\s+import\s+[^\n]*\bstart(?:_cancellable)?\b"
)


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


def test_no_job_uses_the_transitional_runner() -> None:
    callers = [
        f"{path.relative_to(REPO).as_posix()}:{text.count(chr(10), 0, match.start()) + 1}"
        for path in sorted(APP.rglob("*.py"))
        if path != APP / "ui" / "common" / "jobs.py"
        for text in [path.read_text(encoding="utf-8")]
        for match in _SHIM_USE.finditer(text)
    ]
    assert callers == [], "use jobs.run(owner, fn, on_done=..., on_failed=...) instead"


def test_the_shim_pattern_finds_what_it_should() -> None:
    assert _SHIM_USE.search("self.job = jobs.start(fn, done, failed)")
    assert _SHIM_USE.search("job = jobs.start_cancellable(fn, done, failed, progressed)")
    assert _SHIM_USE.search("from app.ui.common.jobs import run, start_cancellable")
    assert not _SHIM_USE.search("jobs.run(self, fn, on_done=done)")
    assert not _SHIM_USE.search("self.jobs.started.connect(x)")
