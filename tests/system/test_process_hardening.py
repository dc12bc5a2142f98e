"""A crash must not write the data key or a testimony to disk (issue 13, item 1).

Real `guvoh` processes, looked at from outside: their core-file limit (/proc/<pid>/limits),
whether another process of the same user may read their memory (the kernel's dumpable flag,
seen by a probe that, like the target, lacks CAP_SYS_PTRACE), and, for the desktop app, its
whole memory image (/proc/<pid>/mem) before and after Lock, searched for the data key as raw
bytes and in the hex form of SQLCipher's `PRAGMA key`.
"""

from __future__ import annotations

import copy
import ctypes
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlcipher3

from tests.casedata import UZ_LATIN
from tests.conftest import PASSPHRASE, REPO, guvoh_bin
from tests.system import memscan

PR_CAPBSET_DROP = 24
CAP_SYS_PTRACE = 19
SYS_READ = 0
SYS_POLL = (7, 271, 232)  # poll, ppoll, epoll_wait: an event loop waiting
TESTIMONY = "Konsullik pasportimni"  # from UZ_LATIN's narrative


def _as_on_a_desktop() -> None:
    """In a child before exec: core files allowed as far as the hard limit goes (a systemd
    desktop sets `ulimit -c unlimited`), and CAP_SYS_PTRACE dropped for good (root keeps the
    rest), so that the kernel's dumpable flag decides who may read whose memory."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_CAPBSET_DROP, CAP_SYS_PTRACE, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "PR_CAPBSET_DROP")


def _memory_readable_by_peer(pid: int) -> bool:
    """Can another process of the same user (no CAP_SYS_PTRACE) open /proc/<pid>/mem?
    True for a dumpable process, False for one that made itself non-dumpable."""
    probe = subprocess.run(
        [sys.executable, "-c", f"import os; os.close(os.open('/proc/{pid}/mem', os.O_RDONLY))"],
        preexec_fn=_as_on_a_desktop,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if probe.returncode != 0:
        assert "PermissionError" in probe.stderr, probe.stderr
    return probe.returncode == 0


def _core_limit(pid: int) -> tuple[str, str]:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            soft, hard = line[len("Max core file size"):].split()[:2]
            return soft, hard
    raise AssertionError("no core limit line")


def _syscall(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/syscall").read_text().split()
    except OSError:
        return []


def _wait_for(check: Callable[[], bool], what: str, proc: subprocess.Popen[str],
              timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert proc.poll() is None, f"the process ended while waiting until {what}"
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(0.05)


@contextmanager
def _running(args: list[str], **kwargs: object) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(args, text=True, **kwargs)  # type: ignore[call-overload]
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


@pytest.fixture
def closed_vault(make_vault: Callable[..., object], tmp_path: Path) -> Path:
    """A researcher vault on the passphrase alone, holding one testimony, closed again."""
    from app.services import cases as case_service

    vault = make_vault()
    case_service.add_case(vault, copy.deepcopy(UZ_LATIN))  # type: ignore[arg-type]
    vault.close()  # type: ignore[attr-defined]
    return tmp_path / "vault"


def test_the_probe_can_read_a_dumpable_process() -> None:
    """Control: the same probe reads an ordinary process's memory, so a refusal below is
    the target's doing."""
    with _running([sys.executable, "-c", "import time; time.sleep(60)"],
                  preexec_fn=_as_on_a_desktop) as proc:
        time.sleep(0.2)
        assert _memory_readable_by_peer(proc.pid)
        assert _core_limit(proc.pid) != ("0", "0")


def test_the_command_line_is_hardened_before_it_reads_a_passphrase(closed_vault: Path) -> None:
    """`guvoh status` waiting for its passphrase on stdin: no core file, memory closed."""
    with _running(
        [guvoh_bin(), "--vault", str(closed_vault), "status", "--passphrase-file", "/dev/stdin"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=_as_on_a_desktop, start_new_session=True,
    ) as proc:
        _wait_reading_stdin(proc)
        assert _core_limit(proc.pid) == ("0", "0")
        assert not _memory_readable_by_peer(proc.pid)
        _out, err = proc.communicate(PASSPHRASE + "\n", timeout=120)
    assert proc.returncode == 0, err
    assert "warning" not in err


def _wait_reading_stdin(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    stdin_pipe = os.readlink(f"/proc/self/fd/{proc.stdin.fileno()}")

    def reading_passphrase() -> bool:
        call = _syscall(proc.pid)
        if len(call) < 2 or call[0] != str(SYS_READ):
            return False
        try:
            return os.readlink(f"/proc/{proc.pid}/fd/{int(call[1], 16)}") == stdin_pipe
        except OSError:
            return False

    _wait_for(reading_passphrase, "guvoh reads the passphrase", proc)


def test_a_crash_of_the_command_line_writes_no_core_file(closed_vault: Path,
                                                         tmp_path: Path) -> None:
    """SIGSEGV to `guvoh status` waiting for its passphrase: nothing lands on disk."""
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    # Where this kernel writes a core: a file relative to the crashing process's folder.
    assert not pattern.startswith(("|", "/")), f"core_pattern {pattern!r}: cannot see cores"
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    with _running(
        [guvoh_bin(), "--vault", str(closed_vault), "status", "--passphrase-file", "/dev/stdin"],
        cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=_as_on_a_desktop, start_new_session=True,
    ) as proc:
        _wait_reading_stdin(proc)
        os.kill(proc.pid, signal.SIGSEGV)
        assert proc.wait(timeout=60) == -signal.SIGSEGV
    assert list(cwd.iterdir()) == []


def test_the_desktop_app_is_hardened(closed_vault: Path, tmp_path: Path) -> None:
    """`guvoh` without a command (the window, offscreen) once its event loop waits."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with _running(
        [guvoh_bin(), "--vault", str(closed_vault)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        preexec_fn=_as_on_a_desktop, start_new_session=True,
    ) as proc:
        _wait_for(lambda: _syscall(proc.pid)[:1] in ([str(n)] for n in SYS_POLL),
                  "the window waits for events", proc)
        assert _core_limit(proc.pid) == ("0", "0")
        assert not _memory_readable_by_peer(proc.pid)


class Driver:
    """The real MainWindow in a process of its own (tests/system/gui_driver.py)."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        assert self.read() == "ready"

    def read(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def send(self, *lines: str) -> str:
        assert self.proc.stdin is not None
        for line in lines:
            self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.read()


def test_after_lock_no_copy_of_the_data_key_is_left_in_memory(closed_vault: Path) -> None:
    from storage.vault import read_public_status

    key, _slot = read_public_status(closed_vault).open_with_passphrase(PASSPHRASE)
    needles = {
        "raw key": bytes(key),
        "hex key": key.hex().encode("ascii"),
        "HEX key": key.hex().upper().encode("ascii"),
    }
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with _running(
        [sys.executable, "-m", "tests.system.gui_driver", str(closed_vault)],
        cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, start_new_session=True,
    ) as proc:
        app = Driver(proc)
        assert _core_limit(proc.pid) == ("0", "0")
        assert app.send("unlock", PASSPHRASE) == "unlocked"
        assert app.send("open") == "opened 1"
        unlocked, size = memscan.count(proc.pid, needles)
        assert size > 50 * 2**20  # the whole image was read, not a corner of it
        # Control: while unlocked, the scan does find the key the vault holds.
        assert unlocked["raw key"] >= 1, unlocked
        assert app.send("lock") == "locked"
        locked, size = memscan.count(proc.pid, needles)
        assert size > 50 * 2**20
        assert locked == dict.fromkeys(needles, 0), (unlocked, locked)
        assert app.send("quit") == "bye"


def test_sqlcipher_memory_security_stays_off(tmp_path: Path) -> None:
    """DESIGN.md section 4: OFF (ON tripled search time and cannot be undone in a process);
    the key goes in through SQLCipher's C API from a buffer zeroed at once."""
    from storage import db

    key = bytearray(os.urandom(32))
    conn = db.connect(tmp_path / "x.db", key)
    try:
        assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] in ("0", 0)
        conn.execute("CREATE TABLE t (x)")
    finally:
        conn.close()
    # The C API path is the one taken with this driver build.
    raw = sqlcipher3.connect(str(tmp_path / "x.db"))
    try:
        assert db._apply_key(raw, tmp_path / "x.db", key) is True
        assert raw.execute("SELECT count(*) FROM t").fetchone() == (0,)
    finally:
        raw.close()


def test_wipe_zeroes_bytearrays_bytes_and_ascii_text_in_place() -> None:
    from crypto.wipe import inline_wipe_supported, wipe

    assert inline_wipe_supported()
    secret_bytes = os.urandom(32)
    secret_text = os.urandom(32).hex()
    buffer = bytearray(os.urandom(32))
    for secret in (secret_bytes, secret_text, buffer):
        wipe(secret)
    assert secret_bytes == bytes(32)
    assert secret_text == "\0" * 64
    assert buffer == bytearray(32)
    short = bytes([7])  # may be a shared singleton: left alone
    wipe(short)
    assert short == b"\x07"
    wipe(None)


def test_hardening_warnings_name_the_step_and_no_secret() -> None:
    from app import hardening

    result = hardening.Hardening("linux", done=("core_limit",), failed=(("not_dumpable", 1),))
    assert not result.ok
    assert hardening.warnings(result) == [
        "guvoh: warning: the process could not be made non-dumpable (error 1); a crash "
        "while the vault is unlocked could write its key to disk"
    ]
    assert hardening.warnings(hardening.Hardening("linux", done=("core_limit",))) == []
