"""A WAV attachment really plays (issue 13, item 2): read by our own parser, handed to a
QAudioSink as raw PCM, on a real PulseAudio server with a null sink (DESIGN.md section 12).
The player says "Play" again once the sound has ended (PySide6 cannot deliver the sink's
QtAudio.State to a Python slot, so the player reads the state itself)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sound_server(tmp_path: Path) -> Iterator[dict[str, str]]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), HOME=str(tmp_path),
               QT_QPA_PLATFORM="offscreen")
    subprocess.run(["pulseaudio", "-D", "--exit-idle-time=-1", "-n",
                    "--load=module-native-protocol-unix",
                    "--load=module-null-sink sink_name=speakers"],
                   env=env, check=True, capture_output=True, timeout=30)
    pid_file = runtime / "pulse" / "pid"
    deadline = time.monotonic() + 10
    while not (runtime / "pulse" / "native").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield env
    finally:
        if pid_file.exists():
            os.kill(int(pid_file.read_text().split()[0]), 15)


def test_a_wav_plays_to_the_end(sound_server: dict[str, str]) -> None:
    done = subprocess.run([sys.executable, "-m", "tests.app.playback_probe"], cwd=ROOT,
                          env=sound_server, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["loaded"] is True
    assert report["message"] == ""
    assert report["playing"] is True
    assert report["button_while_playing"] == "Pause"
    assert report["processed_us"] > 0
    assert report["playing_after_end"] is False
    assert report["button_after_end"] == "Play"
