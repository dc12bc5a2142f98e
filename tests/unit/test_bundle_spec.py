"""docs/bundle-format.md and crypto/bundle.py agree on the range of `Created` (issue 13 item
8: the spec said "1970 to 2242", but a tar mtime of 11 octal digits ends on
2242-03-16T12:56:31Z and the code refused every later time of 2242)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from crypto import bundle

SPEC = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"


def test_spec_names_the_exact_last_created_time_the_code_accepts() -> None:
    row = next(line for line in SPEC.read_text(encoding="utf-8").splitlines()
               if line.startswith("| `Created` |"))
    times = re.findall(r"`(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)`", row)
    assert times == ["1970-01-01T00:00:00Z", "2242-03-16T12:56:31Z"], row
    last = datetime.fromtimestamp(bundle._MAX_MTIME, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert times[1] == last
    assert bundle._parse_created(times[0]) == 0
    assert bundle._parse_created(times[1]) == 0o77777777777
    assert bundle._parse_created("2242-03-16T12:56:32Z") is None
    assert bundle._parse_created("2242-12-31T23:59:59Z") is None
