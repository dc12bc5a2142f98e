"""The window locks when the computer is about to sleep or shut down and when the session or
screen is locked: the real D-Bus signals, sent with `gdbus emit` on a private "system" bus
(a dbus-daemon of our own, named by DBUS_SYSTEM_BUS_ADDRESS) and on the test session's bus
(the one tests/conftest.py runs the Secret Service on)."""

from __future__ import annotations

import json
import os
import select
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services import cases as case_service
from app.ui.shell.window import MainWindow
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.errors import VaultLocked
from storage.vault import Vault
from tests.casedata import sample
from tests.conftest import PASSPHRASE

LOGIN1 = "/org/freedesktop/login1"


@pytest.fixture
def system_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private bus standing in for the system bus: a real dbus-daemon, ended after."""
    sockets = tmp_path / "bus"
    sockets.mkdir(mode=0o700)
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1",
         f"--address=unix:dir={sockets}"],
        stdout=subprocess.PIPE, text=True, start_new_session=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    assert address.startswith("unix:"), "dbus-daemon did not start"
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", address)
    yield address
    proc.terminate()
    proc.wait(timeout=10)


def emit(bus: str, path: str, signal: str, *args: str) -> None:
    """Send one real D-Bus signal with gdbus (a separate process, as logind would)."""
    result = subprocess.run(
        ["gdbus", "emit", f"--{bus}", "--object-path", path, "--signal", signal, *args],
        capture_output=True, text=True, timeout=30, env=os.environ.copy(),
    )
    assert result.returncode == 0, result.stderr


def _window(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, Vault]:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none())
    case_service.add_case(vault, sample("uz"))
    window = MainWindow(tmp_path / "vault", kdf_seconds=0,
                        settings_path=tmp_path / "config" / "settings.json")
    qtbot.addWidget(window)
    window.show()
    window.on_unlocked(vault)
    assert window.stack.currentWidget() is window.workspace
    return window, vault


def _assert_locked(window: MainWindow, vault: Vault) -> None:
    assert window.vault is None
    assert window.stack.currentWidget() is window.unlock_page
    assert window.workspace.rail.count() == 0
    with pytest.raises(VaultLocked):
        vault.meta("role")  # the database is closed, its key dropped


def _locks(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Every lock request the window's session watch passes on, in order."""
    seen: list[str] = []
    window.session_watch.sleeping.connect(lambda: seen.append("sleeping"))
    window.session_watch.session_locked.connect(lambda: seen.append("session_locked"))
    return seen


def test_prepare_for_sleep_locks(qtbot: QtBot, tmp_path: Path, system_bus: str) -> None:
    window, vault = _window(qtbot, tmp_path)
    assert "org.freedesktop.login1.Manager.PrepareForSleep" in window.session_watch.listening
    emit("system", LOGIN1, "org.freedesktop.login1.Manager.PrepareForSleep", "true")
    qtbot.waitUntil(lambda: window.vault is None, timeout=10000)
    _assert_locked(window, vault)


def test_prepare_for_shutdown_locks(qtbot: QtBot, tmp_path: Path, system_bus: str) -> None:
    window, vault = _window(qtbot, tmp_path)
    emit("system", LOGIN1, "org.freedesktop.login1.Manager.PrepareForShutdown", "true")
    qtbot.waitUntil(lambda: window.vault is None, timeout=10000)
    _assert_locked(window, vault)


def test_waking_within_the_idle_limit_keeps_the_vault_open(
    qtbot: QtBot, tmp_path: Path, system_bus: str
) -> None:
    window, _vault = _window(qtbot, tmp_path)
    with qtbot.waitSignal(window.session_watch.woken, timeout=10000):
        emit("system", LOGIN1, "org.freedesktop.login1.Manager.PrepareForSleep", "false")
    assert window.vault is not None
    assert window.idle.isActive()


def test_waking_after_the_idle_limit_passed_in_sleep_locks_at_once(
    qtbot: QtBot, tmp_path: Path, system_bus: str
) -> None:
    window, vault = _window(qtbot, tmp_path)
    now = [1000.0]
    window.idle.clock = lambda: now[0]
    window.idle.tick_ms = 10 * 60 * 1000  # only the wake-up signal may notice, not a tick
    window.idle.start()
    now[0] += 6 * 60  # the lid was shut for six minutes: more than the 5-minute limit
    assert window.vault is not None
    with qtbot.waitSignal(window.session_watch.woken, timeout=10000):
        emit("system", LOGIN1, "org.freedesktop.login1.Manager.PrepareForSleep", "false")
    _assert_locked(window, vault)


def test_session_lock_of_our_session_locks_and_of_another_does_not(
    qtbot: QtBot, tmp_path: Path, system_bus: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_SESSION_ID", "2")  # logind's path for it: .../session/_32
    window, vault = _window(qtbot, tmp_path)
    assert window.session_watch.session_path == LOGIN1 + "/session/_32"
    seen = _locks(qtbot, window)
    emit("system", LOGIN1 + "/session/_33", "org.freedesktop.login1.Session.Lock")  # "3"
    emit("system", LOGIN1 + "/session/c1", "org.freedesktop.login1.Session.Lock")
    assert window.vault is not None
    emit("system", LOGIN1 + "/session/_32", "org.freedesktop.login1.Session.Lock")
    qtbot.waitUntil(lambda: window.vault is None, timeout=10000)
    _assert_locked(window, vault)
    assert seen == ["session_locked"]  # the bus keeps order: the other two came first


def test_session_lock_of_any_session_locks_when_ours_is_unknown(
    qtbot: QtBot, tmp_path: Path, system_bus: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_SESSION_ID", raising=False)
    window, vault = _window(qtbot, tmp_path)
    assert window.session_watch.session_path is None
    emit("system", LOGIN1 + "/session/c7", "org.freedesktop.login1.Session.Lock")
    qtbot.waitUntil(lambda: window.vault is None, timeout=10000)
    _assert_locked(window, vault)


@pytest.mark.parametrize(
    ("path", "interface"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
        ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
        ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ],
)
def test_screen_saver_turning_on_locks_and_turning_off_does_not(
    qtbot: QtBot, tmp_path: Path, path: str, interface: str
) -> None:
    window, vault = _window(qtbot, tmp_path)
    assert f"{interface}.ActiveChanged" in window.session_watch.listening
    seen = _locks(qtbot, window)
    emit("session", path, f"{interface}.ActiveChanged", "false")
    assert window.vault is not None
    emit("session", path, f"{interface}.ActiveChanged", "true")
    qtbot.waitUntil(lambda: window.vault is None, timeout=10000)
    _assert_locked(window, vault)
    assert seen == ["session_locked"]


class FakeLogin1:
    """tests/app/fake_login1.py on the test system bus; its events read without blocking."""

    def __init__(self, address: str) -> None:
        self.proc = subprocess.Popen(
            ["/usr/bin/python3", str(Path(__file__).with_name("fake_login1.py")), address],
            stdout=subprocess.PIPE, text=True, start_new_session=True,
        )
        self.events: list[dict[str, object]] = []
        assert self._read(timeout=30) == {"ready": True}, "the fake logind did not start"

    def _read(self, timeout: float) -> dict[str, object] | None:
        assert self.proc.stdout is not None
        if not select.select([self.proc.stdout], [], [], timeout)[0]:
            return None
        line = self.proc.stdout.readline()
        return dict(json.loads(line)) if line else None

    def poll(self) -> list[dict[str, object]]:
        while (event := self._read(timeout=0)) is not None:
            self.events.append(event)
        return self.events

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture
def login1(system_bus: str) -> Iterator[FakeLogin1]:
    fake = FakeLogin1(system_bus)
    yield fake
    fake.stop()


def test_sleep_waits_for_the_lock_and_is_let_go_after_it(
    qtbot: QtBot, tmp_path: Path, login1: FakeLogin1
) -> None:
    window, vault = _window(qtbot, tmp_path)
    qtbot.waitUntil(window.session_watch.holds_sleep_delay, timeout=10000)
    [asked] = login1.poll()
    what, _who, _why, mode = asked["inhibit"]  # type: ignore[misc]
    assert (what, mode) == ("sleep", "delay")
    state_at_release: list[object] = []

    def released() -> bool:
        if {"released": True} in login1.poll() and not state_at_release:
            state_at_release.append(window.vault)
        return bool(state_at_release)

    emit("system", LOGIN1, "org.freedesktop.login1.Manager.PrepareForSleep", "true")
    qtbot.waitUntil(released, timeout=10000)
    assert state_at_release == [None]  # locked before logind was let go
    _assert_locked(window, vault)
    assert not window.session_watch.holds_sleep_delay()


def test_no_sleep_delay_while_locked(qtbot: QtBot, tmp_path: Path, login1: FakeLogin1) -> None:
    window, _vault = _window(qtbot, tmp_path)
    qtbot.waitUntil(window.session_watch.holds_sleep_delay, timeout=10000)
    window.lock()  # Ctrl+L, idle, screen lock: the same
    qtbot.waitUntil(lambda: {"released": True} in login1.poll(), timeout=10000)
    assert not window.session_watch.holds_sleep_delay()
    assert [e for e in login1.poll() if "inhibit" in e] == [login1.events[0]]  # asked once


def test_no_bus_at_all_still_opens_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No system bus (a container, a minimal desktop): nothing to watch there, no error."""
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/guvoh-no-system-bus")
    window, vault = _window(qtbot, tmp_path)
    assert not any(name.startswith("org.freedesktop.login1")
                   for name in window.session_watch.listening)
    window.lock()
    _assert_locked(window, vault)
