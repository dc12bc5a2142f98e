"""One size formatter: the same units in the command line and the desktop app.

Powers of 1000 (kB, MB, GB), as file managers show them. The desktop app formats the number
with the user's locale; the command line prints it as-is.
"""

from __future__ import annotations

from typing import Final

UNITS: Final = (("GB", 10**9), ("MB", 10**6), ("kB", 10**3))


def size_parts(size: int) -> tuple[float, str] | None:
    """(value, unit) for a size of 1 kB or more, or None for a size shown in bytes.

    The value keeps one decimal below 10 and none above (1.5 MB, 15 MB); a value that would
    round to 1000 takes the next unit (999,999 bytes: 1.0 MB, not 1000 kB).
    """
    for index, (unit, factor) in enumerate(UNITS):
        if size >= factor:
            value = size / factor
            shown = round(value, 1) if value < 10 else float(round(value))
            if shown >= 1000 and index > 0:
                bigger_unit, bigger = UNITS[index - 1]
                return round(size / bigger, 1), bigger_unit
            return shown, unit
    return None


def decimals(value: float) -> int:
    """How many decimals a value from size_parts is shown with."""
    return 1 if value < 10 else 0


def human_size(size: int) -> str:
    """A size as the command line prints it: '512 bytes', '1 byte', '4.2 MB', '15 GB'."""
    parts = size_parts(size)
    if parts is None:
        return f"{size} byte" if size == 1 else f"{size} bytes"
    value, unit = parts
    return f"{value:.{decimals(value)}f} {unit}"
