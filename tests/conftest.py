"""Shared fixtures. The whole test session runs with a private HOME and a real Secret
Service: gnome-keyring-daemon inside its own D-Bus session (dbus-run-session), started here
and stopped at the end, so tests and the CLI subprocesses they start use a real keyring."""

from __future__ import annotations

import copy
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from storage.vault import Vault
    from tests.desk import Desk

REPO = Path(__file__).resolve().parent.parent
PASSPHRASE = "mountain river lantern copper"
NEW_PASSPHRASE = "violet harbour thunder pepper"


@pytest.fixture(scope="session", autouse=True)
def private_home() -> Iterator[Path]:
    """A throwaway HOME (and XDG folders) so nothing touches the developer's own data."""
    home = Path(tempfile.mkdtemp(prefix="guvoh-test-home-"))
    saved = {k: os.environ.get(k) for k in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME",
                                            "XDG_RUNTIME_DIR", "XDG_CACHE_HOME")}
    os.environ["HOME"] = str(home)
    os.environ["XDG_DATA_HOME"] = str(home / ".local/share")
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
    os.environ["XDG_CACHE_HOME"] = str(home / ".cache")
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    yield home
    shutil.rmtree(home, ignore_errors=True)
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="session", autouse=True)
def secret_service(private_home: Path) -> Iterator[str]:
    """A real, unlocked Secret Service for the whole session; yields the bus address."""
    script = (
        'echo "$DBUS_SESSION_BUS_ADDRESS"; '
        'printf "throwaway-test-keyring" | gnome-keyring-daemon --unlock --components=secrets '
        ">/dev/null; echo ready; exec sleep 86400"
    )
    proc = subprocess.Popen(
        ["dbus-run-session", "--", "bash", "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    assert proc.stdout.readline().strip() == "ready", "gnome-keyring-daemon did not start"
    saved = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    yield address
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(timeout=10)
    if saved is None:
        os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
    else:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved


@pytest.fixture
def no_keyring_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """A session with no Secret Service at all (as on a bare machine): D-Bus unreachable."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/guvoh-no-bus")


def guvoh_bin() -> str:
    return str(Path(sys.executable).with_name("guvoh"))


def write_secret(path: Path, *lines: str) -> Path:
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    path.chmod(0o600)
    return path


@pytest.fixture
def pw_file(tmp_path: Path) -> Path:
    return write_secret(tmp_path / "pw", PASSPHRASE)


@pytest.fixture
def new_pw_file(tmp_path: Path) -> Path:
    return write_secret(tmp_path / "new-pw", NEW_PASSPHRASE)


def run_guvoh(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None, timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    """Run the installed `guvoh` console script; never with a terminal."""
    return subprocess.run(
        [guvoh_bin(), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        stdin=None if stdin is not None else subprocess.DEVNULL,
        start_new_session=True,  # no controlling terminal: prompts are impossible
    )


@pytest.fixture
def cli_vault(tmp_path: Path, pw_file: Path) -> Path:
    """A vault created by `guvoh init` (with the session's real keyring), minimum KDF."""
    vault = tmp_path / "vault"
    result = run_guvoh("--vault", str(vault), "init", "--passphrase-file", str(pw_file),
                       "--kdf-seconds", "0", "--pseudonym", "tester")
    assert result.returncode == 0, result.stderr
    return vault


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "vault(**kwargs): the setup of the `vault` fixture (make_vault's arguments)"
    )


@pytest.fixture
def make_vault(tmp_path: Path) -> Iterator[Callable[..., Vault]]:
    """The one way tests make an unlocked vault: `make_vault(name="vault",
    role="researcher", cases=())` creates tmp_path/name on the passphrase alone (PASSPHRASE,
    minimum KDF, no keyring) with `cases` added through the cases service; every vault it
    made is closed when the test ends."""
    from app.services import cases as case_service
    from crypto.kdf import FLOOR
    from storage.devicekeyring import DeviceKeyring
    from storage.vault import Vault

    made: list[Vault] = []

    def make(
        name: str = "vault", role: str = "researcher", cases: Iterable[dict[str, Any]] = ()
    ) -> Vault:
        vault, _ = Vault.create(tmp_path / name, PASSPHRASE, FLOOR, DeviceKeyring.none(),
                                role=role)
        made.append(vault)
        for record in cases:
            case_service.add_case(vault, copy.deepcopy(record))
        return vault

    yield make
    for vault in reversed(made):
        vault.close()


@pytest.fixture
def vault(request: pytest.FixtureRequest, make_vault: Callable[..., Vault]) -> Vault:
    """An unlocked, empty researcher vault (see make_vault). A module or a test that needs
    another one says so with the `vault` marker, whose arguments go to make_vault:
    `pytestmark = pytest.mark.vault(role="coordinator", cases=CASES)`."""
    marker = request.node.get_closest_marker("vault")
    return make_vault(**(marker.kwargs if marker else {}))


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """A coordinator vault with its organisation, ready for researchers (tests/desk.py)."""
    from tests.desk import make_desk

    made = make_desk(tmp_path)
    try:
        yield made
    finally:
        made.close()
