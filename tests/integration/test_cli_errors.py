"""Bad input to `guvoh`: one sentence on stderr, a non-zero exit status of its own, no
traceback, and no passphrase asked for what can be refused before the vault is opened."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.messages import ExitCode
from tests.conftest import run_guvoh


def _one_sentence(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_unknown_command(tmp_path: Path) -> None:
    result = run_guvoh("--vault", str(tmp_path), "frobnicate")
    assert result.returncode == ExitCode.USAGE
    line = _one_sentence(result.stderr)
    assert "frobnicate" in line
    assert "guvoh --help" in line
    unknown_action = run_guvoh("case", "frobnicate")
    assert unknown_action.returncode == ExitCode.USAGE
    _one_sentence(unknown_action.stderr)


@pytest.mark.parametrize(
    ("args", "status", "words"),
    [
        (("case", "add", "{missing}"), ExitCode.BAD_INPUT, "does not exist"),
        (("case", "edit", "3F7K-92QX", "{missing}"), ExitCode.BAD_INPUT, "does not exist"),
        (("case", "add", "{bad_json}"), ExitCode.BAD_INPUT, "is not valid JSON"),
        (("case", "add", "{bad_json}", "--json"), ExitCode.BAD_INPUT, "is not valid JSON"),
        (("import", "{missing}"), ExitCode.BAD_INPUT, "does not exist"),
        (("verify", "{bundle}", "{missing}"), ExitCode.BAD_INPUT, "does not exist"),
        (("import", "{empty_dir}"), ExitCode.BAD_INPUT, "No bundle files"),
        (("verify", "--json", "{empty_dir}"), ExitCode.BAD_INPUT, "No bundle files"),
        (("case", "add"), ExitCode.USAGE, "FILE"),
        (("case", "add", "--json"), ExitCode.USAGE, "FILE"),  # --json no longer names it
    ],
)
def test_bad_input_one_sentence(tmp_path: Path, args: tuple[str, ...], status: int,
                                words: str) -> None:
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "notes.txt").write_text("no bundles here")
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"title": ', encoding="utf-8")
    bundle = tmp_path / "B-1.age"
    bundle.write_bytes(b"age-encryption.org/v1\n")
    names = {"missing": str(tmp_path / "missing.age"), "bad_json": str(bad_json),
             "empty_dir": f"{empty}/", "bundle": str(bundle)}
    # No vault and no passphrase file: these are refused before either is needed.
    result = run_guvoh("--vault", str(tmp_path / "no-vault"),
                       *(a.format(**names) for a in args))
    assert result.returncode == status, result.stderr
    assert words in _one_sentence(result.stderr)
    assert result.stdout == ""
    assert not (tmp_path / "no-vault").exists()


def test_help_lists_every_command() -> None:
    from app.cli.table import COMMANDS

    result = run_guvoh("--help")
    assert result.returncode == 0
    for name in COMMANDS:
        assert f" {name.split()[0]}" in result.stdout, name
