"""The `guvoh` command line. Same services as the desktop app; no Qt.

The commands are a table (app.cli.table, filled by app.cli.commands); this module parses the
command line, runs the one command, prints its reply, and maps every error to one line on
stderr and an exit status: 0 success, 2 bad usage, one distinct status per failure class
(app.messages.ExitCode), no traceback for expected errors.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence

import app.cli.commands  # noqa: F401 - fills the table
from app.cli.context import CliError, Context
from app.cli.output import emit
from app.cli.secret_input import SecretInputError
from app.cli.table import Command, arguments, build_parser
from app.domain.text import fill
from app.messages import ExitCode, explain
from app.services import disguise

SECRET_INPUT_TEXT = {
    "no_terminal": "no terminal to ask for the passphrase; give it with --passphrase-file FILE",
    "unreadable": "cannot read the secret file %1",
    "empty": "the secret file %1 is empty (or has fewer lines than needed)",
    "mismatch": "the two passphrases differ; nothing was changed",
    "too_large": "the secret file %1 is too large to be a passphrase",
}


def _fail(text: str, status: int) -> int:
    print(f"guvoh: {text}", file=sys.stderr)
    return status


def run(argv: Sequence[str]) -> int:
    disguise.current()  # the folders and keyring name in use (a disguise, if one is set)
    parser = build_parser()
    args = parser.parse_args(argv)
    cmd: Command | None = getattr(args, "entry", None)
    if cmd is None:
        parser.print_help()
        return ExitCode.USAGE
    try:
        with Context(cmd, args) as ctx:
            reply = cmd.handler(ctx, **arguments(cmd, args))
        emit(reply, ctx.json)
        return reply.status
    except CliError as err:
        return _fail(str(err), err.status)
    except SecretInputError as err:
        status = ExitCode.USAGE if err.reason == "no_terminal" else ExitCode.BAD_INPUT
        return _fail(fill(SECRET_INPUT_TEXT[err.reason], err.path or ""), status)
    except (Exception, KeyboardInterrupt) as err:  # noqa: BLE001 - mapped or reported below
        explanation = explain(err)
        if explanation is None:
            # A bug: report the type and where, never values (no content, no secrets).
            print(f"guvoh: internal error ({type(err).__name__}); please report:",
                  file=sys.stderr)
            traceback.print_tb(err.__traceback__, file=sys.stderr)
            return ExitCode.FAILURE
        return _fail(explanation.render(), explanation.exit_code)


def main(argv: Sequence[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)
