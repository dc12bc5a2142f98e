"""Locking empties the clipboard and the selection when Guvoh owns them, and leaves someone
else's alone. On a real X server (Xvfb) with separate processes, because ownership of the X
clipboard belongs to a process (Qt's offscreen platform keeps a clipboard of its own that no
one else can see, and reports owning nothing)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from tests.conftest import REPO

TEXT = "Qo'qon, 12 mart: hibsga olingan"  # what a researcher might copy from a case
OTHER = "a shopping list from another program"


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """A real X server of our own; yields its DISPLAY."""
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "1024x768x24"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True,
    )
    assert proc.stdout is not None
    number = proc.stdout.readline().strip()
    assert number.isdigit(), "Xvfb did not start"
    yield f":{number}"
    proc.terminate()
    proc.wait(timeout=10)


class Peer:
    """One Qt process on `display`, spoken to a line at a time."""

    def __init__(self, display: str, *args: str) -> None:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.app.clipboard_peer", *args], cwd=REPO, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, start_new_session=True,
        )

    def answer(self) -> dict[str, Any]:
        out: IO[str] | None = self.proc.stdout
        assert out is not None
        line = out.readline()
        assert line, f"the peer ended (exit {self.proc.wait(timeout=30)})"
        return dict(json.loads(line))

    def ask(self, command: str) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.answer()

    def end(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        assert self.proc.wait(timeout=60) == 0


def read_clipboard(display: str) -> dict[str, Any]:
    """What a third program pasting now would get."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.app.clipboard_peer", "read"], cwd=REPO,
        env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout))


def test_lock_empties_the_clipboard_and_selection_guvoh_owns(
    display: str, tmp_path: Path
) -> None:
    app = Peer(display, "guvoh", str(tmp_path / "vault"), TEXT)
    try:
        ready = app.answer()
        assert ready == {"ready": True, "owns_clipboard": True, "owns_selection": True}
        assert read_clipboard(display) == {"clipboard": TEXT, "selection": TEXT}
        locked = app.ask("lock")
        assert locked == {"locked": True, "owns_clipboard": False, "owns_selection": False}
        assert read_clipboard(display) == {"clipboard": "", "selection": ""}  # app still runs
    finally:
        app.end()


def test_lock_leaves_a_clipboard_another_program_took_since(
    display: str, tmp_path: Path
) -> None:
    app = Peer(display, "guvoh", str(tmp_path / "vault"), TEXT)
    other = None
    try:
        assert app.answer()["owns_clipboard"] is True
        other = Peer(display, "owner", OTHER)  # the user copies something elsewhere
        assert other.answer() == {"ready": True, "owns_clipboard": True, "owns_selection": True}
        # X tells the app it lost both (SelectionClear) asynchronously: wait until it knows
        deadline = time.monotonic() + 30
        while app.ask("status") != {"owns_clipboard": False, "owns_selection": False}:
            assert time.monotonic() < deadline, "the app still thinks it owns the clipboard"
        assert app.ask("lock")["locked"] is True
        assert read_clipboard(display) == {"clipboard": OTHER, "selection": OTHER}
        assert other.proc.poll() is None  # the other program's text, served by it, not lost
    finally:
        app.end()
        if other is not None:
            other.end()
