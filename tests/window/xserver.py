"""A private X server for the real-window check: Xvfb with two screens, 1280x720 (screen 0)
and 1366x768 (screen 1), each managed by its own openbox, so the app meets a real window
manager (frames, maximising) at both laptop sizes in one process (Qt shows a window on
either X screen). Started and stopped by its owner; nothing else on the machine is used."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCREENS = ((1280, 720), (1366, 768))
NEEDED = ("Xvfb", "openbox", "xprop")


def missing_programs() -> list[str]:
    return [name for name in NEEDED if shutil.which(name) is None]


def _wait_for_display(display: str, proc: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited at once (code {proc.returncode})")
        probe = subprocess.run(["xprop", "-display", display, "-root", "_NET_SUPPORTING_WM_CHECK"],
                               capture_output=True, text=True, check=False)
        if what == "Xvfb" and probe.returncode == 0:
            return
        if what == "openbox" and "window id" in probe.stdout:
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not start on {display}")


@contextmanager
def x_server() -> Iterator[str]:
    """Start Xvfb (two screens) and one openbox per screen; yields the DISPLAY (":N")."""
    if missing := missing_programs():
        raise RuntimeError("the real-window check needs " + ", ".join(missing)
                           + " (Debian: xvfb, openbox, x11-utils; `make system-deps` as root)")
    home = Path(tempfile.mkdtemp(prefix="guvoh-x-"))
    read_fd, write_fd = os.pipe()
    screens: list[str] = []
    for n, (w, h) in enumerate(SCREENS):
        screens += ["-screen", str(n), f"{w}x{h}x24"]
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-nolisten", "tcp", "-noreset", *screens],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    procs: list[subprocess.Popen[bytes]] = []
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not report its display number")
        display = f":{number}"
        _wait_for_display(display, xvfb, "Xvfb")
        env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}
        for n in range(len(SCREENS)):
            screen_env = {**env, "DISPLAY": f"{display}.{n}"}
            procs.append(subprocess.Popen(["openbox", "--sm-disable"], env=screen_env,
                                          stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL))
            _wait_for_display(f"{display}.{n}", procs[-1], "openbox")
        yield display
    finally:
        for proc in [*procs, xvfb]:
            proc.terminate()
        for proc in [*procs, xvfb]:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(home, ignore_errors=True)
