"""Kill points spread over an operation's whole window, found by the operation's own marks.

The child process prints `mark NAME T` (T: its time.monotonic(), the same clock in every
process on Linux) as it passes named points of the operation: through the operation's own
step hook, or by wrapping a function in the child (no change to production code). One run
left to finish measures how long each stretch between two consecutive marks takes. Each
killed run then aims at one stretch, the stretches in turn: it waits for the stretch's first
mark and kills the child at a uniform random moment within the stretch's length (counted
from the child's own timestamp of that mark, so the pipe's delay does not shift it). So the
kills land before, during and after the step that matters however long the Argon2id call
before it takes. The lengths follow the machine: every stretch a run completes adds to its
observations, and the median is used.

What the child printed before it died says which marks it had passed; tests tie their
assertions to them (before the rewrite mark: as before; after the rewritten mark: as after).
Secrets reach the child on its stdin, never in its argv.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crypto.keyslots import KeySlots
from storage.devicekeyring import DeviceKeyring

MARK = textwrap.dedent(
    """
    import sys as _sys, time as _time
    def mark(name):
        print("mark", name, repr(_time.monotonic()), flush=True)
    SECRETS = [line.rstrip("\\n") for line in _sys.stdin]
    """
)


def rounds_from_env(name: str, default: int) -> int:
    return max(1, int(os.environ.get(name, str(default))))


def soak_timeout(rounds: int, seconds_per_round: float) -> int:
    """pytest-timeout's limit for a soak test: generous for its rounds, never under the
    project's default 600 s."""
    return max(600, int(rounds * seconds_per_round * 3))


@dataclass
class Outcome:
    aimed: str  # "a>b": the stretch the kill aimed at
    passed: list[str]  # the marks the child printed before it died, in order
    finished: bool  # it printed its last mark: the kill came after the end
    stderr: str

    def reached(self, name: str) -> bool:
        return name in self.passed

    @property
    def last(self) -> str:
        return self.passed[-1] if self.passed else "(none)"


@dataclass
class Killer:
    """Runs `code` (a child script; MARK is put before it, so it can call mark(name) and
    read SECRETS) with `args`, and kills it at a point spread over the stretches of
    `marks` (in the order the child passes them; the first is printed just before the
    operation starts, the last just after it ends)."""

    code: str
    marks: Sequence[str]
    rng: random.Random = field(default_factory=lambda: random.Random(
        int.from_bytes(os.urandom(4), "big")))
    observed: dict[int, list[float]] = field(default_factory=dict)
    aimed_at: Counter[str] = field(default_factory=Counter)
    landed: Counter[str] = field(default_factory=Counter)  # "last mark passed: outcome"

    @property
    def stretches(self) -> list[str]:
        return [f"{a}>{b}" for a, b in zip(self.marks, self.marks[1:], strict=False)]

    def _start(self, args: Sequence[str], secrets: Sequence[str]) -> subprocess.Popen[str]:
        read, write = os.pipe()  # the secrets, a few bytes: they fit in the pipe at once
        os.write(write, "".join(f"{s}\n" for s in secrets).encode())
        os.close(write)
        try:
            return subprocess.Popen(
                [sys.executable, "-c", MARK + textwrap.dedent(self.code), *args],
                stdin=read, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                text=True, start_new_session=True,
            )
        finally:
            os.close(read)

    @staticmethod
    def _parse(line: str) -> tuple[str, float] | None:
        parts = line.split()
        if len(parts) == 3 and parts[0] == "mark":
            return parts[1], float(parts[2])
        return None

    def _observe(self, times: dict[str, float]) -> None:
        for i, (a, b) in enumerate(zip(self.marks, self.marks[1:], strict=False)):
            if a in times and b in times:
                self.observed.setdefault(i, []).append(times[b] - times[a])

    def length(self, stretch: int) -> float:
        return statistics.median(self.observed[stretch])

    def calibrate(self, args: Sequence[str], secrets: Sequence[str] = ()) -> dict[str, float]:
        """Run the child to its end; returns each stretch's length in seconds."""
        proc = self._start(args, secrets)
        out, err = proc.communicate(timeout=300)
        times = dict(p for p in map(self._parse, out.splitlines()) if p is not None)
        why = f"calibration run: exit {proc.returncode}, marks {list(times)}\n{err[-3000:]}"
        assert proc.returncode == 0, why
        assert list(times) == list(self.marks), why
        self._observe(times)
        return {s: self.length(i) for i, s in enumerate(self.stretches)}

    def kill(self, args: Sequence[str], secrets: Sequence[str] = (),
             stretch: int | None = None) -> Outcome:
        """One run killed inside `stretch` (by default the next in turn)."""
        if stretch is None:
            stretch = sum(self.aimed_at.values()) % len(self.stretches)
        start_mark = self.marks[stretch]
        proc = self._start(args, secrets)
        assert proc.stdout is not None
        lines: list[str] = []
        times: dict[str, float] = {}
        while start_mark not in times:
            line = proc.stdout.readline()
            if not line:
                _, err = proc.communicate()
                raise AssertionError(f"the child ended before {start_mark!r}: {lines}\n"
                                     f"{err[-3000:]}")
            lines.append(line)
            parsed = self._parse(line)
            if parsed is not None:
                times[parsed[0]] = parsed[1]
        deadline = times[start_mark] + self.rng.uniform(0.0, self.length(stretch))
        pause = deadline - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        with contextlib.suppress(ProcessLookupError):  # it may have ended (a zombie still
            os.killpg(proc.pid, signal.SIGKILL)  # takes the signal; this is for safety)
        out, err = proc.communicate(timeout=60)
        for line in out.splitlines():
            parsed = self._parse(line)
            if parsed is not None:
                times[parsed[0]] = parsed[1]
        self._observe(times)
        passed = [m for m in self.marks if m in times]
        outcome = Outcome(self.stretches[stretch], passed, self.marks[-1] in times, err)
        self.aimed_at[outcome.aimed] += 1
        return outcome

    def note(self, got: Outcome, state: str) -> None:
        """Record what a kill left (`state`, the test's words) under the last mark passed."""
        self.landed[f"after {got.last}: {state}"] += 1

    def summary(self) -> str:
        lengths = ", ".join(f"{s} {self.length(i) * 1000:.1f} ms"
                            for i, s in enumerate(self.stretches) if self.observed.get(i))
        return (f"stretch lengths: {lengths}; aimed at: {dict(self.aimed_at)}; "
                f"by the last mark passed: {dict(sorted(self.landed.items()))}")


class VaultCopy:
    """A prepared, closed vault folder, copied for each round (copying costs no Argon2id
    call, creating a vault and setting a duress passphrase cost several), with its keyring
    entry stored again, as the copy of a disk brings its keyring back: a duress take-over
    or a wipe deletes the entry."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        header = KeySlots.from_bytes((folder / "keyslots").read_bytes()).passphrase_header
        assert header.needs_device_secret, "the kill tests run with the session's keyring"
        self.keyring_id = header.keyring_id
        secret = DeviceKeyring.detect().load(self.keyring_id)
        assert secret is not None
        self._secret = secret

    def restore(self, dest: Path) -> Path:
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(self.folder, dest)
        DeviceKeyring.detect().store(self.keyring_id, self._secret)
        return dest
