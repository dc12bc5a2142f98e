"""Neutral names for files written outside the vault (issue 14, item 10)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.services.errors import OutputExists
from app.services.filenames import neutral_name

DAY = date(2026, 12, 5)


def test_the_first_free_number_of_the_day(tmp_path: Path) -> None:
    assert neutral_name(tmp_path, today=DAY) == tmp_path / "2026-12-05-1.age"
    (tmp_path / "2026-12-05-1.age").write_bytes(b"x")
    (tmp_path / "2026-12-05-3.age").write_bytes(b"x")
    (tmp_path / "2026-12-05-2.age").symlink_to(tmp_path / "nowhere")  # a dangling link
    assert neutral_name(tmp_path, today=DAY) == tmp_path / "2026-12-05-4.age"
    assert neutral_name(tmp_path, ".pdf", today=DAY) == tmp_path / "2026-12-05-1.pdf"
    assert neutral_name(tmp_path, today=DAY, taken=frozenset({"2026-12-05-4.age"})) == (
        tmp_path / "2026-12-05-5.age")
    name = neutral_name(tmp_path).name  # today: digits and dashes only, no word
    assert name.isascii()
    assert set(name.removesuffix(".age")) <= set("0123456789-")


def test_a_full_day_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.services.filenames.MAX_NUMBER", 2)
    for n in (1, 2):
        (tmp_path / f"2026-12-05-{n}.age").write_bytes(b"x")
    with pytest.raises(OutputExists):
        neutral_name(tmp_path, today=DAY)
