"""macOS's sleep and screen-lock poll (app.ui.shell.session_watch_macos), with the clocks and
the screen-lock reading given to it: the real CoreGraphics call runs on macOS only."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.shell import session_watch_macos as macos
from app.ui.shell.window import MainWindow
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.conftest import PASSPHRASE


class Clocks:
    """awake stops in sleep (mach_absolute_time), asleep counts on (CLOCK_MONOTONIC)."""

    def __init__(self) -> None:
        self.awake = 100.0
        self.asleep = 5000.0

    def run(self, seconds: float) -> None:
        self.awake += seconds
        self.asleep += seconds

    def sleep(self, seconds: float) -> None:
        self.asleep += seconds


def test_a_sleep_is_the_gap_between_the_two_clocks() -> None:
    clocks = Clocks()
    gap = macos.SleepGap(lambda: clocks.awake, lambda: clocks.asleep)
    clocks.run(30)  # a slow tick on a busy laptop: both clocks see it
    assert not gap.slept()
    clocks.sleep(macos.SLEPT_SECONDS - 1)  # clock drift, not a sleep
    assert not gap.slept()
    clocks.sleep(600)  # the lid shut for ten minutes
    clocks.run(1)
    assert gap.slept()
    clocks.run(1)
    assert not gap.slept()  # once per sleep


def test_the_poll_says_slept_first_then_screen_locked(qtbot: QtBot) -> None:
    clocks = Clocks()
    locked = [False]
    poll = macos.MacSessionPoll(None, lambda: locked[0],
                                macos.SleepGap(lambda: clocks.awake, lambda: clocks.asleep))
    seen: list[str] = []
    poll.slept.connect(lambda: seen.append("slept"))
    poll.screen_locked.connect(lambda: seen.append("screen_locked"))
    clocks.sleep(100)  # before start: not counted
    poll.start()
    assert poll.running()
    poll.tick()
    assert seen == []
    clocks.sleep(100)
    poll.tick()
    assert seen == ["slept"]
    locked[0] = True
    poll.tick()
    assert seen == ["slept", "screen_locked"]
    poll.stop()
    assert not poll.running()
    with qtbot.assertNotEmitted(poll.slept, wait=1500):  # stopped: no more ticks
        clocks.sleep(100)


def test_on_macos_the_window_locks_after_a_sleep_and_on_a_locked_screen(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")  # SessionWatch makes its poll
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none())
    window = MainWindow(tmp_path / "vault", kdf_seconds=0,
                        settings_path=tmp_path / "config" / "settings.json")
    qtbot.addWidget(window)
    monkeypatch.setattr(sys, "platform", "linux")  # nothing else in the window is macOS's
    poll = window.session_watch.poll
    assert poll is not None
    clocks, locked = Clocks(), [False]
    poll.gap = macos.SleepGap(lambda: clocks.awake, lambda: clocks.asleep)
    poll.locked = lambda: locked[0]
    window.show()
    window.on_unlocked(vault)
    assert poll.running()  # polls while the vault is open
    clocks.sleep(900)
    qtbot.waitUntil(lambda: window.vault is None, timeout=5000)  # the next tick locks
    assert not poll.running()  # and stops with the vault

    reopened = Vault.unlock(tmp_path / "vault", PASSPHRASE, DeviceKeyring.none())
    window.on_unlocked(reopened)
    assert window.vault is not None
    locked[0] = True
    qtbot.waitUntil(lambda: window.vault is None, timeout=5000)
