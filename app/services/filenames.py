"""Neutral names for the files Guvoh writes outside the vault (bundles, receipts, reports).

A name is the local date and a number, "2026-12-05-1.age": readable and in date order, but
it names neither the tool, the sender, the organisation nor the bundle (an intercepted
file's name tells nothing more than its date, which its timestamps tell anyway). No words,
so nothing to translate and nothing that reads as "testimony" on a seized stick; ASCII
without spaces, so it survives FAT/exFAT sticks, messengers and the stock-tool recipes in
docs/bundle-format.md unquoted. The number is the first free one in the folder: Guvoh never
overwrites a file (the writer still refuses one that appears meanwhile). What the file is
comes from its signed content, never from its name.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.services.errors import OutputExists

MAX_NUMBER = 10_000  # files of one kind per day in one folder


def neutral_name(folder: Path, suffix: str = ".age", today: date | None = None,
                 taken: frozenset[str] = frozenset()) -> Path:
    """The first free "<YYYY-MM-DD>-<n><suffix>" in `folder` (n from 1), skipping the names
    in `taken` (files about to be written by the same batch)."""
    day = (today or date.today()).isoformat()
    for number in range(1, MAX_NUMBER + 1):
        candidate = folder / f"{day}-{number}{suffix}"
        if candidate.name not in taken and not candidate.exists() and not (
                candidate.is_symlink()):
            return candidate
    raise OutputExists(folder / f"{day}-{MAX_NUMBER}{suffix}")
