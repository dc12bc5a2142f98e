"""Which microphone the person chose for recording, remembered for next time.

Only the sound device's id is kept (as hex, in its own small JSON file next to
settings.json, written privately and atomically): no case content, no device name. It has a
file of its own because the Settings page writes settings.json whole from the values it
loaded at start, which would put back an older choice. A missing, damaged or hand-edited
file means "the computer's default microphone".
"""

from __future__ import annotations

import json
from pathlib import Path

from app.services import settings
from storage import fsio

_MAX_FILE = 4096
_MAX_ID_HEX = 1024


def default_path() -> Path:
    return settings.default_path().parent / "microphone.json"


def _valid(device_id: str) -> bool:
    return (0 < len(device_id) <= _MAX_ID_HEX and len(device_id) % 2 == 0
            and all(c in "0123456789abcdef" for c in device_id))


def load(path: Path | None = None) -> str | None:
    """The chosen device's id (hex), or None for the default."""
    path = path or default_path()
    try:
        with path.open("rb") as fh:
            raw = fh.read(_MAX_FILE + 1)
        data = json.loads(raw.decode("utf-8")) if len(raw) <= _MAX_FILE else None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None
    device_id = data.get("microphone") if isinstance(data, dict) else None
    return device_id if isinstance(device_id, str) and _valid(device_id) else None


def save(device_id: str, path: Path | None = None) -> None:
    """Remember `device_id` (hex of QAudioDevice.id()). Raises ValueError for anything else
    and FileSystemError when the file cannot be written."""
    if not _valid(device_id):
        raise ValueError("not a device id")
    path = path or default_path()
    fsio.private_dir(path.parent)
    fsio.write_atomic(path, json.dumps({"microphone": device_id}).encode("utf-8") + b"\n")
