"""The window's place in the preferences: position, size, maximised; nothing else, and a
damaged value falls back to the default."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services import settings as prefs


def test_window_geometry_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    prefs.save(prefs.Settings().with_window((40, 30, 1100, 700, True)), path)
    assert prefs.load(path).window == (40, 30, 1100, 700, True)
    assert set(json.loads(path.read_text())) == {"auto_lock_minutes", "language", "window",
                                                 "disguise"}


@pytest.mark.parametrize(
    "value",
    ['"big"', "[1, 2, 3, 4]", "[1, 2, 0, 4, false]", "[1, 2, 3, 4, 1]",
     "[1, 2, 3.5, 4, false]", "[1, true, 3, 4, false]", "[1, 2, 3, 4000000, false]"],
)
def test_a_bad_window_value_is_ignored(tmp_path: Path, value: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"auto_lock_minutes": 7, "window": ' + value + "}")
    assert prefs.load(path) == prefs.Settings(auto_lock_minutes=7)


def test_a_bad_window_is_refused() -> None:
    with pytest.raises(ValueError, match="window geometry"):
        prefs.Settings().with_window((0, 0, -5, 10, False))
