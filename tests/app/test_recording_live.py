"""Recording from a real microphone stack (issue 14, item 4): the real QAudioSource on a
PulseAudio server with two null sources (DESIGN.md section 12), in a process of its own
(tests/app/recording_probe.py). PySide6 6.11 cannot deliver QAudioSource.stateChanged's
QtAudio.State to a Python slot; the recorder used to take it and the person saw "Guvoh ran
into a problem it did not expect" at every state change. Now: several seconds record with
no error at all, the person chooses the microphone (remembered by device id), a microphone
that stops giving sound mid-recording leaves what was recorded saved and one sentence, and the crash
report of the old mistake names the slot."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.app.recording_probe import RECORD_MS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def microphones(tmp_path: Path) -> Iterator[dict[str, str]]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), HOME=str(tmp_path),
               QT_QPA_PLATFORM="offscreen")
    subprocess.run(["pulseaudio", "-D", "--exit-idle-time=-1", "-n",
                    "--load=module-native-protocol-unix",
                    "--load=module-null-source source_name=mic"],
                   env=env, check=True, capture_output=True, timeout=30)
    pid_file = runtime / "pulse" / "pid"
    deadline = time.monotonic() + 10
    while not (runtime / "pulse" / "native").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    for command in (["load-module", "module-null-source", "source_name=mic2",
                     "description=Second"],
                    ["set-default-source", "mic"]):
        subprocess.run(["pactl", *command], env=env, check=True, capture_output=True,
                       timeout=30)
    try:
        yield env
    finally:
        if pid_file.exists():
            os.kill(int(pid_file.read_text().split()[0]), 15)


def test_recording_from_a_real_microphone(microphones: dict[str, str], tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    done = subprocess.run([sys.executable, "-m", "tests.app.recording_probe", str(work)],
                          cwd=ROOT, env=microphones, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    # nothing reached the crash handler in the whole session
    assert out["errors"] == []
    # the default microphone first, marked as such; the other by its name
    assert out["devices"] == ["Null Input (default)", "Second"]
    # several seconds from the default microphone, saved whole
    assert out["first_recording"] is True
    first = out["first"]
    assert first["status"].startswith("Saved in your encrypted vault (0:0")
    assert RECORD_MS / 1000 - 0.5 <= first["seconds"] <= RECORD_MS / 1000 + 1.0
    # the choice is remembered by the device's id only, and really used
    assert out["remembered"]["chosen"] == "Second"
    assert json.loads(out["remembered"]["file"]) == {"microphone": b"mic2".hex()}
    assert out["used_source"] == ["mic2"]
    # the microphone gives no more sound: what was recorded is saved, one sentence says so
    failed = out["failed"]
    assert failed["recording"] is False
    assert failed["status"].startswith("The microphone stopped working; what was recorded "
                                       "until then (0:0")
    assert failed["status"].endswith(") is saved in your encrypted vault.")
    assert failed["status"].count(".") == 1
    assert failed["seconds"] >= 0.5
    # a microphone that never gives any sound is noticed too, and nothing empty is kept
    assert out["silent_started"] is True
    assert out["silent"] == {"recording": False, "seconds": 0, "status": (
        "The microphone stopped working before any sound was recorded, so nothing was saved.")}
    # the old mistake, for the record: its crash report names the slot Qt could not call
    assert out["qt_slot"]  # one report per state change
    for crash in out["qt_slot"]:
        assert "Failed in: Qt could not call the Python slot on_state(QAudio::State)" in crash
        assert "/home/" not in crash
        assert "/tmp/" not in crash
