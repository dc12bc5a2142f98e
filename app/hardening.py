"""Harden the process before any secret exists: no core dump, no crash dump, no debugger.

Called first thing by the `guvoh` console script (app.entry) for the desktop app and the
command line alike, and again by the desktop app's own `main` (it is idempotent). A crash of
an unlocked Guvoh must not leave the data key or a testimony on disk:

- Linux: RLIMIT_CORE 0 (soft and hard, so nothing in the process can raise it again) and
  prctl(PR_SET_DUMPABLE, 0): no core file, no systemd-coredump or apport copy (both honour
  the limit), and /proc/<pid>/mem, ptrace and gcore are closed to other processes of the same
  user (root keeps them).
- macOS: RLIMIT_CORE 0 and ptrace(PT_DENY_ATTACH): no core file in /cores, no debugger or
  crash reporter attaching. A process already being debugged is ended by the kernel here.
- Windows: SetErrorMode (no fault dialog), WerSetFlags(NOHEAP) (no heap in a report) and
  WerAddExcludedApplication for this executable (Windows Error Reporting keeps no dump).

The macOS and Windows paths cannot run on the Linux machine the tests run on; they are
written from the platforms' documentation and guarded by `sys.platform`.

Nothing here raises: a step that fails is named in the report (with its errno), and the app
goes on; `warnings()` turns the report into lines for stderr. Nothing secret exists yet.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

# Linux <sys/prctl.h>
PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4
# macOS <sys/ptrace.h>
PT_DENY_ATTACH = 31
# Windows <errhandlingapi.h> and <werapi.h>
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002
SEM_NOOPENFILEERRORBOX = 0x8000
WER_FAULT_REPORTING_FLAG_NOHEAP = 0x0001


@dataclass(frozen=True, slots=True)
class Hardening:
    """What `harden()` did. `done` and `failed` name steps ("core_limit", "not_dumpable",
    "deny_attach", "error_mode", "wer_noheap", "wer_excluded"); `failed` pairs each with an
    errno or error code (0 when there is none). Nothing in it is secret."""

    platform: str
    done: tuple[str, ...] = ()
    failed: tuple[tuple[str, int], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.failed


_DONE: Hardening | None = None

_STEP_TEXT = {
    "core_limit": "core dumps could not be turned off",
    "not_dumpable": "the process could not be made non-dumpable",
    "deny_attach": "debuggers could not be kept out",
    "error_mode": "the crash dialog could not be turned off",
    "wer_noheap": "crash reports could not be kept from holding memory",
    "wer_excluded": "Windows Error Reporting could not be turned off for Guvoh",
    "unsupported": "this system offers no way to keep crash dumps off",
}


def harden() -> Hardening:
    """Harden this process once (later calls return the first result). Never raises."""
    global _DONE
    if _DONE is None:
        try:
            _DONE = _harden(sys.platform)
        except Exception:  # noqa: BLE001 - hardening must never stop the app
            _DONE = Hardening(sys.platform, failed=(("unexpected", 0),))
    return _DONE


def warnings(result: Hardening) -> list[str]:
    """One line per failed step, for stderr: what failed and why it matters."""
    return [
        f"guvoh: warning: {_STEP_TEXT.get(step, step)} (error {code}); a crash while the "
        "vault is unlocked could write its key to disk"
        for step, code in result.failed
    ]


def _harden(platform: str) -> Hardening:
    done: list[str] = []
    failed: list[tuple[str, int]] = []

    def step(name: str, code: int) -> None:
        if code == 0:
            done.append(name)
        else:
            failed.append((name, code))

    if platform.startswith("linux"):
        step("core_limit", _no_core_limit())
        step("not_dumpable", _linux_not_dumpable())
    elif platform == "darwin":
        step("core_limit", _no_core_limit())
        step("deny_attach", _macos_deny_attach())
    elif platform == "win32":
        for name, code in _windows_no_error_reporting():
            step(name, code)
    else:  # another Unix: the core limit at least
        step("core_limit", _no_core_limit() if os.name == "posix" else -1)
    return Hardening(platform, tuple(done), tuple(failed))


def _no_core_limit() -> int:
    """RLIMIT_CORE 0, soft and hard. Returns 0 or an errno."""
    try:
        import resource
    except ImportError:
        return -1
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError) as err:
        return getattr(err, "errno", None) or -1
    return 0


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)


def _linux_not_dumpable() -> int:
    """prctl(PR_SET_DUMPABLE, 0), then read it back. Returns 0 or an errno."""
    try:
        libc = _libc()
        prctl = libc.prctl
        prctl.restype = ctypes.c_int
        prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                          ctypes.c_ulong]
        if prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            return ctypes.get_errno() or -1
        if prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0:
            return -1
    except (OSError, AttributeError):
        return -1
    return 0


def is_dumpable() -> bool | None:
    """Linux only: the kernel's dumpable flag of this process (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    prctl = _libc().prctl
    prctl.restype = ctypes.c_int
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                      ctypes.c_ulong]
    return bool(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _macos_deny_attach() -> int:
    """ptrace(PT_DENY_ATTACH, 0, 0, 0): int ptrace(int request, pid_t pid, caddr_t addr,
    int data). Returns 0 or an errno."""
    try:
        libc = _libc()
        ptrace = libc.ptrace
        ptrace.restype = ctypes.c_int
        ptrace.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_void_p, ctypes.c_int]
        if ptrace(PT_DENY_ATTACH, 0, None, 0) != 0:
            return ctypes.get_errno() or -1
    except (OSError, AttributeError):
        return -1
    return 0


def _windows_no_error_reporting() -> list[tuple[str, int]]:
    """SetErrorMode, WerSetFlags and WerAddExcludedApplication; each step's result (0 or a
    Windows error / HRESULT). The exclusion is per user (bAllUsers FALSE, no admin needed)
    and names this executable (guvoh.exe when frozen, python.exe otherwise)."""
    results: list[tuple[str, int]] = []
    if sys.platform != "win32":  # for mypy: the Windows-only ctypes names below
        return [("unsupported", -1)]
    try:
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.GetErrorMode.restype = wintypes.UINT
        kernel32.GetErrorMode.argtypes = []
        kernel32.SetErrorMode.restype = wintypes.UINT
        kernel32.SetErrorMode.argtypes = [wintypes.UINT]
        wanted = SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX
        kernel32.SetErrorMode(kernel32.GetErrorMode() | wanted)
        results.append(("error_mode", 0 if kernel32.GetErrorMode() & wanted == wanted else -1))
        kernel32.WerSetFlags.restype = ctypes.c_long  # HRESULT
        kernel32.WerSetFlags.argtypes = [wintypes.DWORD]
        hr = kernel32.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)
        results.append(("wer_noheap", hr & 0xFFFFFFFF))
    except (OSError, AttributeError):
        results.append(("error_mode", -1))
    try:
        from ctypes import wintypes

        wer = ctypes.WinDLL("wer", use_last_error=True)
        wer.WerAddExcludedApplication.restype = ctypes.c_long  # HRESULT
        wer.WerAddExcludedApplication.argtypes = [wintypes.LPCWSTR, wintypes.BOOL]
        exe = Path(sys.executable).name or "guvoh.exe"
        hr = wer.WerAddExcludedApplication(exe, False)
        results.append(("wer_excluded", hr & 0xFFFFFFFF))
    except (OSError, AttributeError):
        results.append(("wer_excluded", -1))
    return results
