"""The independent reference tools of issue 16's metadata tests: Debian's exiftool
(libimage-exiftool-perl) writes known metadata into real files and reads cleaned copies
back; mat2 --show is the second opinion. Both are installed by the Makefile (DEBS)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path


def exiftool_write(path: Path, *assignments: str) -> None:
    """Write tags with exiftool, in place: exiftool_write(p, "-Artist=Karim", ...)."""
    subprocess.run(["exiftool", "-q", "-q", "-overwrite_original", *assignments, str(path)],
                   check=True, capture_output=True, timeout=120)


def exiftool_tags(path: Path) -> dict[str, str]:
    """Every tag exiftool finds (-a: duplicates too, -u: unknown ones, -G1: with their
    group, as "IFD0:Make"), except exiftool's own facts about the file on disk."""
    done = subprocess.run(["exiftool", "-j", "-a", "-u", "-G1", str(path)], check=True,
                          capture_output=True, timeout=120)
    [tags] = json.loads(done.stdout)
    return {key: str(value) for key, value in tags.items()
            if not key.startswith(("System:", "ExifTool:", "SourceFile"))}


def mat2_show(path: Path) -> dict[str, str]:
    """What `mat2 --show` lists as metadata (an empty dict for "No metadata found")."""
    done = subprocess.run(["mat2", "--show", str(path)], check=False, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found = {}
    for line in done.stdout.splitlines():
        if line.startswith("    ") and ": " in line:
            key, _, value = line.strip().partition(": ")
            found[key] = value
    return found
