"""The command line is a table: the parser is built from it, every command has help, the
options every command shares are there, and JSON is made from result dataclasses in one
place."""

from __future__ import annotations

import datetime as dt
import enum
import io
import json
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

import app.cli.main  # noqa: F401 - fills the table
from app.cli.output import Reply, emit, to_json
from app.cli.table import COMMANDS, GROUPS, SECRETS, build_parser, command
from storage.ids import CaseId


def _help(*words: str) -> str:
    out = io.StringIO()
    with redirect_stdout(out), pytest.raises(SystemExit) as exited:
        build_parser().parse_args([*words, "--help"])
    assert exited.value.code == 0
    return out.getvalue()


def test_every_declared_command_has_help_and_is_in_the_parser() -> None:
    assert len(COMMANDS) >= 30
    top = _help()
    for name, cmd in COMMANDS.items():
        assert cmd.help.strip(), name
        *group, leaf = name.split()
        listing = _help(*group) if group else top
        assert f" {leaf} " in listing or f" {leaf}\n" in listing, name
        assert " ".join(cmd.help.split()) in " ".join(listing.split()), name
        own = _help(*name.split())
        assert "--json" in own, name  # --json means JSON output, on every command
        for key in cmd.secrets:
            assert SECRETS[key].flags[0] in own, name
    for word, text in GROUPS.items():
        assert f" {word} " in top, word
        assert " ".join(text.split()) in " ".join(top.split()), word


def test_vault_commands_read_the_passphrase_from_a_file_or_a_prompt_only() -> None:
    for name, cmd in COMMANDS.items():
        if cmd.vault:
            assert "passphrase" in cmd.secrets, name
        flags = {flag for p in cmd.params for flag in p.flags}
        assert not any("passphrase" in flag and not flag.endswith("-file") for flag in flags)


def test_case_files_are_arguments_and_json_is_output() -> None:
    parser = build_parser()
    args = parser.parse_args(["case", "add", "c.json", "--json"])
    assert (args.entry.name, args.file, args.json) == ("case add", "c.json", True)
    args = parser.parse_args(["case", "edit", "3F7K-92QX", "c.json"])
    assert (args.case, args.file, args.json) == ("3F7K-92QX", "c.json", False)


def test_a_handler_must_take_what_the_table_declares() -> None:
    def handler(ctx: object, other: str) -> Reply:
        return Reply()

    with pytest.raises(TypeError, match="table declares"):
        command("not-a-command", "help", params=("case",))(handler)
    assert "not-a-command" not in COMMANDS


class Colour(enum.Enum):
    RED = "red"


@dataclass(frozen=True)
class Inner:
    when: dt.datetime
    day: dt.date


@dataclass(frozen=True)
class Outer:
    id: CaseId
    file: Path
    inner: Inner
    items: tuple[Colour, ...]
    extra: dict[str, object]


def test_json_from_dataclasses_in_one_place() -> None:
    value = Outer(CaseId("c1"), Path("/tmp/100%2 done.json"),
                  Inner(dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC), dt.date(2026, 1, 2)),
                  (Colour.RED,), {"n": 1, "none": None, "list": [True]})
    assert to_json(value) == {
        "id": "c1", "file": "/tmp/100%2 done.json",
        "inner": {"when": "2026-01-02T03:04:05+00:00", "day": "2026-01-02"},
        "items": ["red"], "extra": {"n": 1, "none": None, "list": [True]},
    }
    with pytest.raises(TypeError, match="bytes"):
        to_json({"secret": b"key"})  # no silent dump of bytes (keys, card data)
    out = io.StringIO()
    with redirect_stdout(out):
        emit(Reply([value], lines=["text"]), as_json=True)
    assert json.loads(out.getvalue())[0]["id"] == "c1"
