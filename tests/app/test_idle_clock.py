"""Auto-lock counts idle time on a clock that includes time asleep: the logic with an injected
clock (a suspend is a jump of that clock while Qt's timers stand still), the clock itself
against the kernel's own count of time since boot, and the window's use of it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services import cases as case_service
from app.ui.shell.idle import IdleClock, suspend_clock
from app.ui.shell.window import MainWindow
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.casedata import sample
from tests.conftest import PASSPHRASE

LONG_TICK_MS = 10 * 60 * 1000  # Qt's timer never fires within a test: only the clock decides


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _clock(qtbot: QtBot, minutes: int = 5) -> tuple[IdleClock, FakeClock, list[str]]:
    fake = FakeClock()
    idle = IdleClock(clock=fake)
    idle.tick_ms = LONG_TICK_MS
    idle.setInterval(minutes * 60 * 1000)
    fired: list[str] = []
    idle.expired.connect(lambda: fired.append("expired"))
    return idle, fake, fired


def test_a_deadline_passed_while_asleep_expires_at_the_next_look(qtbot: QtBot) -> None:
    idle, fake, fired = _clock(qtbot)
    idle.start()
    fake.now += 4 * 60
    assert idle.check() is True
    assert fired == []
    fake.now += 2 * 60  # asleep: Qt's timer saw nothing of these two minutes
    assert idle.check() is False
    assert fired == ["expired"]
    assert not idle.isActive()
    assert idle.check() is False
    assert fired == ["expired"]  # once


def test_the_first_key_press_after_waking_locks_instead_of_starting_over(qtbot: QtBot) -> None:
    idle, fake, fired = _clock(qtbot)
    idle.start()
    fake.now += 6 * 60
    idle.touch()
    assert fired == ["expired"]
    assert not idle.isActive()


def test_activity_within_the_limit_starts_the_count_over(qtbot: QtBot) -> None:
    idle, fake, fired = _clock(qtbot)
    idle.start()
    fake.now += 4 * 60
    idle.touch()
    fake.now += 4 * 60  # 8 minutes since the start, 4 since the key press
    assert idle.check() is True
    assert idle.remaining() == pytest.approx(60.0)
    fake.now += 61
    assert idle.check() is False
    assert fired == ["expired"]


def test_a_stopped_clock_never_expires(qtbot: QtBot) -> None:
    idle, fake, fired = _clock(qtbot)
    idle.start()
    idle.stop()
    fake.now += 3600
    assert idle.check() is False
    assert idle.remaining() is None
    assert fired == []


def test_a_new_limit_counts_from_now(qtbot: QtBot) -> None:
    idle, fake, fired = _clock(qtbot, minutes=15)
    idle.start()
    fake.now += 10 * 60
    idle.setInterval(5 * 60 * 1000)
    assert idle.remaining() == pytest.approx(300.0)
    assert fired == []


def test_the_timer_looks_at_the_clock_by_itself(qtbot: QtBot) -> None:
    """Without any wake-up signal, the next tick (real Qt timer) sees the jump."""
    idle, fake, fired = _clock(qtbot)
    idle.tick_ms = 20
    idle.start()
    fake.now += 6 * 60
    qtbot.waitUntil(lambda: fired == ["expired"], timeout=5000)


def test_the_clock_counts_time_asleep_as_the_kernel_does() -> None:
    """suspend_clock is CLOCK_BOOTTIME: the kernel's uptime (/proc/uptime), which keeps
    counting in suspend, unlike CLOCK_MONOTONIC (what Python's time.monotonic and Qt's
    timers read)."""
    before = suspend_clock()
    uptime = float(Path("/proc/uptime").read_text(encoding="ascii").split()[0])
    after = suspend_clock()
    assert before - 0.02 <= uptime <= after + 0.02  # /proc/uptime has 10 ms steps
    monotonic = time.monotonic()
    assert suspend_clock() >= monotonic  # boot time = monotonic time + time asleep


def _window(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, FakeClock]:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none())
    case_service.add_case(vault, sample("uz"))
    window = MainWindow(tmp_path / "vault", kdf_seconds=0,
                        settings_path=tmp_path / "config" / "settings.json")
    qtbot.addWidget(window)
    window.show()
    fake = FakeClock()
    window.idle.clock = fake
    window.idle.tick_ms = LONG_TICK_MS
    window.on_unlocked(vault)
    return window, fake


def test_the_window_locks_on_the_first_activity_after_a_long_sleep(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, fake = _window(qtbot, tmp_path)
    fake.now += 4 * 60
    window.note_activity()
    assert window.vault is not None
    fake.now += 5 * 60 + 1  # shut the lid: more than the 5-minute limit since the activity
    window.note_activity()
    assert window.vault is None
    assert window.stack.currentWidget() is window.unlock_page


def test_the_window_counts_its_idle_time_on_the_suspend_aware_clock(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(tmp_path / "vault", kdf_seconds=0,
                        settings_path=tmp_path / "config" / "settings.json")
    qtbot.addWidget(window)
    assert window.idle.clock is suspend_clock
