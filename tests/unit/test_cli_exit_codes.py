"""Every exit status the command line defines is listed in README's table, and the table
lists no status the command line does not define (issue 13 item 8: `verify` and `import`
exited with 20-35, which README did not list)."""

from __future__ import annotations

import re
from pathlib import Path

from app.messages import ExitCode

README = Path(__file__).resolve().parents[2] / "README.md"
ROW = re.compile(r"^\| *(\d+) *\| *(\S.*?) *\|$")


def _defined() -> dict[int, str]:
    return {value: name for name, value in vars(ExitCode).items()
            if name.isupper() and isinstance(value, int)}


def _readme_table() -> dict[int, str]:
    text = README.read_text(encoding="utf-8")
    start = text.index("| status | meaning |")
    rows: dict[int, str] = {}
    for line in text[start:].splitlines()[2:]:
        match = ROW.match(line)
        if match is None:
            break
        status = int(match.group(1))
        assert status not in rows, f"README lists exit status {status} twice"
        rows[status] = match.group(2)
    return rows


def test_readme_lists_exactly_the_exit_codes_the_cli_defines() -> None:
    defined = _defined()
    listed = _readme_table()
    missing = {code: name for code, name in defined.items() if code not in listed}
    assert not missing, f"README's exit-status table lacks {missing}"
    assert set(listed) == set(defined), f"README lists undefined {set(listed) - set(defined)}"
    assert all(meaning for meaning in listed.values())


def test_every_status_the_cli_names_is_defined() -> None:
    """Commands return statuses only by name (ExitCode.X): each name exists."""
    root = README.parent / "app"
    used = set()
    for path in [*root.glob("cli/**/*.py"), *root.glob("messages/*.py")]:
        used |= set(re.findall(r"ExitCode\.([A-Z_]+)", path.read_text(encoding="utf-8")))
    assert used, "no ExitCode use found: the test reads the wrong files"
    assert used <= set(_defined().values()), used - set(_defined().values())
