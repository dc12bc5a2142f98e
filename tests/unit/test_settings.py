"""Preferences: saved privately and atomically, and a damaged file never stops the app."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.services import settings as prefs


def test_round_trip_private(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    prefs.save(prefs.Settings().with_auto_lock(12), path)
    assert prefs.load(path) == prefs.Settings(auto_lock_minutes=12)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert prefs.load(tmp_path / "none.json") == prefs.Settings()
    assert prefs.Settings().auto_lock_minutes == 5


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"\xff\xfe",
        b"[1, 2]",
        b'{"auto_lock_minutes": 0}',
        b'{"auto_lock_minutes": 100000}',
        b'{"auto_lock_minutes": true}',
        b'{"auto_lock_minutes": "5"}',
        b'{"language": 3}',
        b'{"language": "' + b"x" * 100 + b'"}',
        b"[" * 100_000,
        b" " * (prefs._MAX_FILE + 10),
    ],
)
def test_bad_files_fall_back_to_defaults(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    assert prefs.load(path) == prefs.Settings()


def test_good_values_survive_next_to_bad_ones(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"auto_lock_minutes": 30, "language": 7, "unknown": 1}')
    assert prefs.load(path) == prefs.Settings(auto_lock_minutes=30)


@pytest.mark.parametrize("minutes", [0, -1, 121])
def test_out_of_range_minutes_refused(minutes: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        prefs.Settings().with_auto_lock(minutes)
