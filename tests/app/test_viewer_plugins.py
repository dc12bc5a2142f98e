"""No Qt image plugin but PNG/JPEG is ever loaded into the app's process by an attachment
(issue 13, item 2): a fresh process drives the real viewer through a PDF, an SVG, a TIFF and
a WebP under picture labels, a 30,000 x 30,000 PNG and a truncated JPEG, then a real PNG and
JPEG, and reports the imageformats plugins in its /proc/self/maps (tests/app/viewer_probe.py).
Before the fix, QImage.fromData let Qt sniff the bytes and load every plugin to do it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = {"libqpdf.so", "libqsvg.so", "libqtiff.so", "libqwebp.so", "libqicns.so",
             "libqtga.so", "libqgif.so", "libqico.so", "libqwbmp.so"}


def test_the_viewer_loads_no_other_image_plugin() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "tests.app.viewer_probe"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    shown = {(r["name"], r["label"]): r for r in report["results"]}
    assert len(shown) == 12
    for (name, _label), result in shown.items():
        if name in ("photo.jpg", "small.png"):
            assert result["shown"] == "picture"
        else:
            assert result["shown"] == "message", result
            assert result["size"] == [-1, -1]  # no picture at all
    assert shown[("photo.jpg", "image/png")]["size"] == [40, 30]
    assert shown[("small.png", "image/jpeg")]["size"] == [21, 13]
    loaded = set(report["plugins"])
    assert not loaded & FORBIDDEN, loaded
    assert loaded <= {"libqjpeg.so"}
