"""Read another process's memory image from outside: /proc/<pid>/maps and /proc/<pid>/mem.

The test process is root here (CI too), so a non-dumpable process stays readable to it.
The target is stopped (SIGSTOP) while it is read, so its memory does not move underfoot.
"""

from __future__ import annotations

import os
import re
import signal
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

_MAPS_LINE = re.compile(r"([0-9a-f]+)-([0-9a-f]+) (\S{4}) \S+ \S+ \S+\s*(.*)")
_CHUNK = 1 << 20


def readable_regions(pid: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of every readable mapping, without the kernel's own pages."""
    regions = []
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        match = _MAPS_LINE.match(line)
        assert match is not None, line
        start, end, perms, name = match.groups()
        if perms[0] != "r" or name in ("[vvar]", "[vsyscall]", "[vvar_vclock]"):
            continue
        regions.append((int(start, 16), int(end, 16), name))
    return regions


@contextmanager
def stopped(pid: int) -> Iterator[None]:
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


def count(pid: int, needles: Mapping[str, bytes]) -> tuple[dict[str, int], int]:
    """How many times each needle occurs in the process's readable memory, and how many
    bytes were read (so a scan that read nothing cannot pass for a clean one)."""
    found = dict.fromkeys(needles, 0)
    longest = max(len(n) for n in needles.values())
    total = 0
    with stopped(pid), open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for start, end, _name in readable_regions(pid):
            tail = b""
            pos = start
            while pos < end:
                try:
                    mem.seek(pos)
                    chunk = mem.read(min(_CHUNK, end - pos))
                except OSError:
                    break
                if not chunk:
                    break
                total += len(chunk)
                window = tail + chunk
                for key, needle in needles.items():
                    # occurrences that end inside this chunk (not counted twice)
                    found[key] += sum(
                        1 for m in re.finditer(re.escape(needle), window)
                        if m.end() > len(tail)
                    )
                tail = window[-(longest - 1):]
                pos += len(chunk)
    return found, total
