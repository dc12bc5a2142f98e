"""The frozen `guvoh` opens to its first screen in a real X window: its own Xvfb at a
laptop's 1366x768 with openbox, a fresh HOME (so the first-run page), the program started
with no arguments. Passes when a top-level window titled "Guvoh" is mapped within the time
limit, fits the screen, is not blank, and the program has printed no traceback. A screenshot
is left at OUT/first-screen.png to look at.

    .venv/bin/python packaging/check/window.py PATH/TO/guvoh OUT_DIR

Runs with the developer venv's PySide6 only to read the X server (a second X client grabbing
the root window); the program under test is the frozen one.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCREEN = (1366, 768)
TIMEOUT = 60.0


def _xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0",
         f"{SCREEN[0]}x{SCREEN[1]}x24"], pass_fds=(write,), stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        sys.exit("FAILED: Xvfb did not start")
    return proc, f":{number}"


def _window(display: str) -> tuple[int, int, int, int] | None:
    """The geometry of the mapped top-level window named Guvoh, if there is one."""
    tree = subprocess.run(["xwininfo", "-display", display, "-root", "-tree"],
                          capture_output=True, text=True, check=False).stdout
    for line in tree.splitlines():
        match = re.match(r'\s*(0x[0-9a-f]+) "Guvoh"', line)
        if not match:
            continue
        info = subprocess.run(["xwininfo", "-display", display, "-id", match.group(1)],
                              capture_output=True, text=True, check=False).stdout
        if "IsViewable" not in info:
            continue
        fields = dict(re.findall(r"^\s*(Absolute upper-left [XY]|Width|Height):\s+(-?\d+)",
                                 info, re.MULTILINE))
        return (int(fields["Absolute upper-left X"]), int(fields["Absolute upper-left Y"]),
                int(fields["Width"]), int(fields["Height"]))
    return None


def _grab(display: str, out: Path) -> int:
    """Screenshot of the whole screen; returns how many distinct colours it has."""
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(sys.argv)\n"
        "image = app.primaryScreen().grabWindow(0).toImage()\n"
        "image.save(sys.argv[1])\n"
        "small = image.scaled(200, 112)\n"
        "print(len({small.pixel(x, y) for x in range(200) for y in range(112)}))\n"
    )
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    done = subprocess.run([sys.executable, "-c", code, str(out)], env=env,
                          capture_output=True, text=True, check=True, timeout=60)
    return int(done.stdout.split()[-1])


def main(guvoh: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    xvfb, display = _xvfb()
    wm = subprocess.Popen(["openbox"], env=dict(os.environ, DISPLAY=display),
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    app = None
    try:
        with tempfile.TemporaryDirectory(prefix="guvoh-window-") as tmp:
            home = Path(tmp)
            env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
                   "XDG_CONFIG_HOME": str(home / ".config"),
                   "XDG_DATA_HOME": str(home / ".local/share"),
                   "XDG_CACHE_HOME": str(home / ".cache"),
                   "XDG_RUNTIME_DIR": str(home / "run"), "LANG": "C.UTF-8",
                   "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            (home / "run").mkdir(mode=0o700)
            log = home / "stderr.txt"
            with log.open("wb") as err:
                app = subprocess.Popen([str(guvoh)], env=env, stdout=subprocess.DEVNULL,
                                       stderr=err)
                start = time.monotonic()
                geometry = None
                while time.monotonic() - start < TIMEOUT and app.poll() is None:
                    geometry = _window(display)
                    if geometry:
                        break
                    time.sleep(0.2)
                elapsed = time.monotonic() - start
                if geometry is None:
                    sys.exit(f"FAILED: no 'Guvoh' window within {TIMEOUT:.0f} s (exit "
                             f"{app.poll()})\n{log.read_text(errors='replace')[-2000:]}")
                time.sleep(2.0)  # let it paint, and see that it stays up
                colours = _grab(display, out / "first-screen.png")
                alive = app.poll() is None
            text = log.read_text(errors="replace")
        x, y, width, height = geometry
        print(f"ok   window 'Guvoh' mapped after {elapsed:.1f} s at {width}x{height}+{x}+{y} "
              f"on {SCREEN[0]}x{SCREEN[1]}; screenshot {out / 'first-screen.png'}")
        if not alive:
            sys.exit(f"FAILED: guvoh exited after showing its window\n{text[-2000:]}")
        if "Traceback" in text:
            sys.exit(f"FAILED: guvoh printed a traceback\n{text[-2000:]}")
        if width > SCREEN[0] or height > SCREEN[1] or x < 0 or y < 0:
            sys.exit(f"FAILED: the window does not fit the {SCREEN[0]}x{SCREEN[1]} screen")
        if colours < 8:
            sys.exit(f"FAILED: the screen is blank ({colours} colours)")
        print(f"ok   the first screen is drawn ({colours} colours in a thumbnail), no traceback")
        return 0
    finally:
        if app is not None and app.poll() is None:
            app.terminate()
            try:
                app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                app.kill()
        wm.terminate()
        xvfb.terminate()
        wm.wait(timeout=10)
        xvfb.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve(), Path(sys.argv[2])))
