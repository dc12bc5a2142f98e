"""The real-window layout check (issue 14, item 9): every main screen, in every interface
language and in the pseudo-language 40 % longer than English, as a real top-level window
under a window manager at 1280x720 and 1366x768 (maximised, and at the default size):
the window fits the screen, no widget lies outside the window or a scroll area that can
reach it, no two widgets overlap, no label, button or tab has its text cut.
tests/window/driver.py walks the app; tests/window/checks.py judges each screen."""

from __future__ import annotations

import pytest

from tests.window.conftest import CANARY, LANGS, Run

pytestmark = pytest.mark.slow

# The screens the walk must reach (a walk that stops early checks nothing).
SCREENS = {
    "welcome", "recovery-code", "lock", "recover", "cases", "editor-interview",
    "editor-story", "editor-people", "editor-events", "editor-files", "editor-history",
    "export", "organisations", "identity", "settings", "organisations-card", "inbox",
    "inbox-safety-code", "researchers", "overview", "coordinator-cases", "coordinator-case",
    "coordinator-case-triage", "organisations-team", "organisations-team-invite",
    "organisations-team-unnamed",
    "organisations-join", "organisations-join-codes",
}


def explain(faults: list[dict[str, str]]) -> str:
    """The faults grouped by widget and fault, with the screens and sizes they appear on."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for f in faults:
        where = f"{f['screen']} {f['size']} {f['state']}".strip()
        grouped.setdefault((f["widget"], f["what"]), []).append(where)
    return "\n".join(f"- {widget or 'screen'}: {what}\n    on {', '.join(where[:6])}"
                     + (f" (+{len(where) - 6} more)" if len(where) > 6 else "")
                     for (widget, what), where in grouped.items())


@pytest.mark.parametrize("lang", LANGS)
def test_every_screen_fits_a_real_window(window_runs: dict[str, Run], lang: str) -> None:
    run = window_runs[lang]
    assert run.returncode == 0, f"the walk in {lang} failed:\n{run.stderr[-3000:]}"
    seen = set(run.result.get("screens", []))
    assert seen >= SCREENS, f"not reached in {lang}: {sorted(SCREENS - seen)}"
    assert any(s.startswith("story-") for s in seen), "the story flow was not reached"
    assert run.faults == [], f"{len(run.faults)} layout faults in {lang}:\n" + explain(
        run.faults)


def test_the_walk_finds_faults_planted_in_a_real_window(window_runs: dict[str, Run]) -> None:
    """The same walk and checks, with faults made on purpose on the first screen: each kind
    is found (so a clean run above means something)."""
    run = window_runs[CANARY]
    assert run.returncode == 0, run.stderr[-3000:]
    found = " | ".join(f"{f['widget']}: {f['what']}" for f in run.faults
                       if f["screen"] == "welcome")
    assert "A button far too narrow" in found
    assert "text cut" in found
    assert "'Partly outside'" in found
    assert "lies outside its parent" in found
    assert "QLabel 'One'" in found
    assert "overlaps QLabel 'Two'" in found
    assert "does not fit the screen" in found
    assert "makes the window need at least" in found
