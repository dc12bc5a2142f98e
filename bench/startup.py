"""Startup: a new process to its first screen (the create-vault screen of a fresh HOME), vs a
minimal PySide6 window (a QMainWindow with a label) started the same way.

From source (Qt offscreen): both sides are started as `python bench/startup_child.py app|minimal`
with a fresh HOME and XDG folders each round. The launcher starts Guvoh exactly as the
`guvoh` console script does (app.entry.main) or the minimal window, with one addition on both
sides: an application event filter that prints CLOCK_MONOTONIC when the first top-level
window has finished its first paint, after which the child exits. Timed from just before
Popen to that printed time (CLOCK_MONOTONIC is one clock for every process).

Frozen (issue 17 item 6): the PyInstaller build (dist/guvoh/guvoh, or the onedir inside
dist/guvoh-*-linux-*.tar.xz) against a minimal window frozen by the same build venv
(bench/startup_minimal.spec, built here). Nothing can be injected into a frozen program, so
both run under an Xvfb of their own (QT_QPA_PLATFORM=xcb) and the time taken is when the X
server reports that their top-level window was mapped (a MapNotify on the root window, read
through Xlib): the window is on screen, its first paint follows at once on both sides.

Rounds alternate (app, minimal, app, ...) after one warm-up of each (not counted: it fills
the OS cache and Python's bytecode cache); medians are reported.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import ROOT, Context, Result, not_run, result

NAME = "startup: new process to first screen painted vs minimal PySide6 window"
FROZEN_NAME = "startup, frozen: guvoh to first screen mapped vs frozen minimal window"
TARGET = "<= 1.5"
RESULTS = [(NAME, TARGET, "ms"), (FROZEN_NAME, TARGET, "ms")]
TIMEOUT = 60.0


def run(ctx: Context) -> list[Result]:
    folder = ctx.workdir / "startup"
    folder.mkdir(parents=True, exist_ok=True)
    launcher = ROOT / "bench" / "startup_child.py"

    def from_source(which: str) -> Callable[[dict[str, str]], float]:
        return lambda env: _painted([sys.executable, str(launcher), which], env)

    out = [_compare(ctx, folder, NAME, from_source("app"), from_source("minimal"),
                    {"QT_QPA_PLATFORM": "offscreen"},
                    "python bench/startup_child.py app|minimal, Qt offscreen")]
    try:
        out.append(_frozen(ctx, folder))
    except Exception as err:  # noqa: BLE001 - reported as not run, with the reason
        out.append(not_run(FROZEN_NAME, TARGET, "ms",
                           f"{type(err).__name__}: {err}".splitlines()[0][:300]))
    return out


def _compare(ctx: Context, folder: Path, name: str, app: Callable[[dict[str, str]], float],
             minimal: Callable[[dict[str, str]], float], extra: dict[str, str],
             how: str) -> Result:
    times: dict[str, list[float]] = {"app": [], "minimal": []}
    for n in range(ctx.rounds + 1):
        for side, fn in (("app", app), ("minimal", minimal)):
            took = fn(_fresh_env(folder / f"home-{side}-{n}", extra))
            if n > 0:  # round 0 warms the caches
                times[side].append(took)
    ms = 1000.0
    ours, ref = statistics.median(times["app"]) * ms, statistics.median(times["minimal"]) * ms
    details: dict[str, Any] = {"how": how, "app_ms": [t * ms for t in times["app"]],
                               "minimal_ms": [t * ms for t in times["minimal"]]}
    return result(name, ours, ref, TARGET, "ms", details,
                  f"medians of {ctx.rounds} alternating rounds, fresh HOME each")


def _fresh_env(home: Path, extra: dict[str, str]) -> dict[str, str]:
    shutil.rmtree(home, ignore_errors=True)
    for sub in ("", ".config", ".cache", ".local/share"):
        (home / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
    env = dict(os.environ)
    env.update(PYTHONPATH=str(ROOT), HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"), XDG_DATA_HOME=str(home / ".local/share"),
               **extra)
    return env


def _painted(argv: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning `argv` to the FIRST_PAINT time it prints."""
    start = time.monotonic()
    proc = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=TIMEOUT,
                          check=False)
    for line in proc.stdout.splitlines():
        if line.startswith("FIRST_PAINT "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"{argv[-1]} showed no window (exit {proc.returncode}): "
                       f"{proc.stderr.strip()[-300:]}")


# -- frozen ------------------------------------------------------------------------------------


def _frozen(ctx: Context, folder: Path) -> Result:
    guvoh = _frozen_guvoh(folder)
    minimal = _frozen_minimal(folder)
    with _Xvfb() as x:
        def mapped(exe: Path) -> Callable[[dict[str, str]], float]:
            return lambda env: x.time_to_map([str(exe)], env)

        extra = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": x.display}
        return _compare(ctx, folder, FROZEN_NAME, mapped(guvoh), mapped(minimal), extra,
                        f"{guvoh} vs {minimal}, each under Xvfb, to its window's MapNotify")


def _frozen_guvoh(folder: Path) -> Path:
    built = ROOT / "dist" / "guvoh" / "guvoh"
    if built.exists():
        return built
    tarballs = sorted(glob.glob(str(ROOT / "dist" / "guvoh-*-linux-*.tar.xz")))
    if not tarballs:
        raise FileNotFoundError("no frozen build: dist/guvoh/guvoh or dist/guvoh-*.tar.xz "
                                "(run `make package`)")
    target = folder / "frozen"
    shutil.rmtree(target, ignore_errors=True)
    with tarfile.open(tarballs[-1]) as tar:
        tar.extractall(target, filter="data")
    found = [p for p in target.glob("*/guvoh") if p.is_file()]
    if not found:
        raise FileNotFoundError(f"no guvoh program inside {tarballs[-1]}")
    return found[0]


def _frozen_minimal(folder: Path) -> Path:
    pyinstaller = ROOT / "build" / "venv" / "bin" / "pyinstaller"
    if not pyinstaller.exists():
        raise FileNotFoundError("no build venv (build/venv/bin/pyinstaller): run `make package`")
    dist, work = folder / "minimal-dist", folder / "minimal-build"
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work),
                    str(ROOT / "bench" / "startup_minimal.spec")],
                   check=True, capture_output=True, timeout=900)
    return dist / "minimal" / "minimal"


class _Xvfb:
    """An X server of our own, and an Xlib connection watching its root window for maps."""

    MAP_NOTIFY = 19
    SUBSTRUCTURE_NOTIFY_MASK = 1 << 19

    def __enter__(self) -> _Xvfb:
        read, write = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0",
             "1280x1024x24"], pass_fds=(write,), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        name = ctypes.util.find_library("X11")
        if name is None:
            raise RuntimeError("libX11 not found")
        x = ctypes.CDLL(name)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.x = x
        self.dpy = x.XOpenDisplay(self.display.encode())
        if not self.dpy:
            raise RuntimeError(f"cannot open display {self.display}")
        x.XSelectInput(self.dpy, x.XDefaultRootWindow(self.dpy), self.SUBSTRUCTURE_NOTIFY_MASK)
        x.XFlush(self.dpy)
        return self

    def time_to_map(self, argv: list[str], env: dict[str, str]) -> float:
        """Seconds from spawning `argv` to the first top-level window it maps; then it is
        stopped."""
        self._drain()
        start = time.monotonic()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            event = (ctypes.c_long * 24)()
            while time.monotonic() - start < TIMEOUT:
                while self.x.XPending(self.dpy):
                    self.x.XNextEvent(self.dpy, ctypes.byref(event))
                    if ctypes.cast(event, ctypes.POINTER(ctypes.c_int))[0] == self.MAP_NOTIFY:
                        return time.monotonic() - start
                if proc.poll() is not None:
                    raise RuntimeError(f"{argv[0]} exited {proc.returncode} with no window")
                time.sleep(0.0005)
            raise RuntimeError(f"{argv[0]} mapped no window in {TIMEOUT:.0f} s")
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            self._drain()

    def _drain(self) -> None:
        event = (ctypes.c_long * 24)()
        time.sleep(0.05)
        while self.x.XPending(self.dpy):
            self.x.XNextEvent(self.dpy, ctypes.byref(event))

    def __exit__(self, *exc: object) -> None:
        self.x.XCloseDisplay(self.dpy)
        self.proc.terminate()
        self.proc.wait(timeout=10)
