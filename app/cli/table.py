"""The command table: every `guvoh` command declared once, the parser built from it in a loop.

After Electrum's commands.py. A decorator registers each command with its help, its
arguments and options, whether it needs the unlocked vault and whether it writes; the
handler's parameters are the destinations of those arguments (checked when the command is
registered). Options several commands share are declared once in OPTIONS, the secret-file
options once in SECRETS, the options every command has once in build_parser().
"""

from __future__ import annotations

import argparse
import inspect
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from app.messages import ExitCode

if TYPE_CHECKING:
    from app.cli.output import Reply

Handler = Callable[..., "Reply"]
H = TypeVar("H", bound=Handler)


@dataclass(frozen=True, slots=True)
class Param:
    """One argument (`case`) or option (`--out`), as argparse's add_argument takes it."""

    flags: tuple[str, ...]
    settings: Mapping[str, Any]

    @property
    def dest(self) -> str:
        dest = self.settings.get("dest")
        return str(dest) if dest else self.flags[0].lstrip("-").replace("-", "_")


def param(*flags: str, **settings: Any) -> Param:
    return Param(flags, settings)


# Options shared by several commands, declared once; commands name them by key.
OPTIONS: dict[str, Param] = {
    "yes": param("--yes", action="store_true", help="do not ask for confirmation (scripts)"),
    "case": param("case", metavar="CASE_ID", help="case id, unique id prefix, or reference"),
    "out": param("--out", metavar="FILE", required=True,
                 help="the file to write (an existing file is never overwritten)"),
    "out_or_dir": param("--out", metavar="FILE|DIR", required=True,
                        help="the file to write, or a folder to write it into"),
}

# The secrets a command may read, each from a prompt or from its own --...-file option.
SECRETS: dict[str, Param] = {
    "passphrase": param(
        "--passphrase-file", metavar="FILE",
        help="read the passphrase from the first line of FILE (/dev/stdin, /dev/fd/N); "
        "never from the command line or the environment"),
    "new_passphrase": param("--new-passphrase-file", metavar="FILE",
                            help="read the new passphrase from FILE"),
    "recovery_code": param("--recovery-code-file", metavar="FILE",
                           help="read the recovery code from FILE"),
}


@dataclass(frozen=True, slots=True)
class Command:
    name: str  # the words after `guvoh`: "status", "case add"
    help: str
    handler: Handler
    params: tuple[Param, ...]
    vault: bool  # needs the unlocked vault: asks for the passphrase once (Context.vault)
    writes: bool  # changes the vault or writes a file
    secrets: tuple[str, ...]  # keys of SECRETS it reads

    @property
    def description(self) -> str:
        what = ("Changes the vault or writes files." if self.writes
                else "Reads the vault and changes nothing.")
        how = " Asks for the passphrase, or reads --passphrase-file." if self.vault else ""
        return f"{self.help[:1].upper()}{self.help[1:]}. {what}{how}"


COMMANDS: dict[str, Command] = {}
GROUPS: dict[str, str] = {}  # "case" -> its help; the group's actions are "case add"...


def group(name: str, help: str) -> None:
    GROUPS[name] = help


def command(
    name: str, help: str, *, params: Sequence[Param | str] = (),
    vault: bool = True, writes: bool = False, secrets: Sequence[str] | None = None,
) -> Callable[[H], H]:
    """Register a command. `params` are Param objects or keys of OPTIONS."""

    def register(handler: H) -> H:
        resolved = tuple(OPTIONS[p] if isinstance(p, str) else p for p in params)
        wanted = [p.dest for p in resolved]
        taken = list(inspect.signature(handler).parameters)[1:]  # after ctx
        if sorted(wanted) != sorted(taken):
            raise TypeError(f"guvoh {name}: handler takes {taken}, table declares {wanted}")
        if name in COMMANDS:
            raise ValueError(f"guvoh {name} is declared twice")
        if " " in name and name.split()[0] not in GROUPS:
            raise ValueError(f"guvoh {name}: no group {name.split()[0]!r} declared")
        COMMANDS[name] = Command(
            name, help, handler, resolved, vault, writes,
            tuple(secrets) if secrets is not None else (("passphrase",) if vault else ()),
        )
        return handler

    return register


class Parser(argparse.ArgumentParser):
    """Bad usage: one line on stderr and exit status 2, no usage dump."""

    def error(self, message: str) -> NoReturn:
        message = re.sub(r" \(choose from .*\)$", "", message)
        self.exit(ExitCode.USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _common(parser: argparse.ArgumentParser, cmd: Command) -> None:
    parser.add_argument("--json", action="store_true",
                        help="machine-readable output: JSON on stdout")
    # Also accepted after the command; the top-level --vault is the default.
    parser.add_argument("--vault", metavar="DIR", default=argparse.SUPPRESS,
                        help="the vault folder")
    for key in cmd.secrets:
        secret = SECRETS[key]
        parser.add_argument(*secret.flags, **secret.settings)


def build_parser() -> Parser:
    parser = Parser(
        prog="guvoh",
        description="Guvoh keeps testimonies encrypted and carries them, signed and "
        "encrypted, to the organisation that documents them. Without a command, it opens "
        "the desktop app.",
        epilog="'guvoh COMMAND --help' describes a command. Exit status: 0 success, 2 bad "
        "usage, and one status per kind of failure, with one line on stderr.",
    )
    parser.add_argument("--vault", metavar="DIR", help="the vault folder")
    top: Any = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    groups: dict[str, Any] = {}
    for cmd in COMMANDS.values():
        *path, leaf = cmd.name.split()
        where = top
        for word in path:
            if word not in groups:
                holder = top.add_parser(word, help=GROUPS[word], description=GROUPS[word])
                groups[word] = holder.add_subparsers(
                    dest=f"{word}_action", metavar="ACTION", required=True, parser_class=Parser)
            where = groups[word]
        sub: Parser = where.add_parser(leaf, help=cmd.help, description=cmd.description)
        for p in cmd.params:
            sub.add_argument(*p.flags, **p.settings)
        _common(sub, cmd)
        sub.set_defaults(entry=cmd)
    return parser


def arguments(cmd: Command, args: argparse.Namespace) -> dict[str, Any]:
    """The handler's keyword arguments from the parsed command line."""
    return {p.dest: getattr(args, p.dest) for p in cmd.params}
