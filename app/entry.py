"""The `guvoh` console script: with a command, the command line; without, the desktop app.

Before anything else (before any passphrase is read or key unwrapped) the process is
hardened against crash dumps and debuggers (app.hardening)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app import hardening
from app.sandbox import PICTURE_DECODER
from app.sandbox.metadata import METADATA_CHILD


def _wants_gui(argv: Sequence[str]) -> bool:
    rest = list(argv)
    if rest[:1] == ["--vault"] and len(rest) >= 2:
        rest = rest[2:]
    elif rest[:1] and rest[0].startswith("--vault="):
        rest = rest[1:]
    return not rest


def main() -> None:
    for line in hardening.warnings(hardening.harden()):
        print(line, file=sys.stderr)
    argv = sys.argv[1:]
    if getattr(sys, "frozen", False) and argv[:1] == [PICTURE_DECODER]:
        # a frozen build starts itself as the picture decoder (app.sandbox.picture)
        from app.sandbox.picture import main as decode_picture

        sys.exit(decode_picture())
    if getattr(sys, "frozen", False) and argv[:1] == [METADATA_CHILD]:
        # a frozen build starts itself as the metadata child (app.sandbox.metadata.child)
        from app.sandbox.metadata.child import main as metadata_child

        sys.exit(metadata_child())
    if _wants_gui(argv):
        from app.ui.shell.window import main as gui_main

        sys.exit(gui_main(argv))
    from app.cli.main import main as cli_main

    sys.exit(cli_main(argv))


if __name__ == "__main__":
    main()
