"""What one `guvoh` invocation knows: the command, its options, the secrets, and the vault,
unlocked once, on first use, by the one unlock path every command shares."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import TracebackType

from app.cli.secret_input import SecretSource
from app.cli.table import Command
from app.domain.text import fill
from app.messages import ExitCode
from app.services import vaults
from app.services.vaults import Vault


class CliError(Exception):
    """A problem with how a command was given (not a failure of the core): one sentence,
    its placeholders filled in one pass, and the exit status."""

    def __init__(self, text: str, *args: object, status: int = ExitCode.USAGE) -> None:
        super().__init__(fill(text, *args))
        self.status = status


class Context:
    """Per-invocation state. Use as a context manager: the vault, if it was unlocked, is
    closed at the end whatever happens."""

    def __init__(self, cmd: Command, args: argparse.Namespace) -> None:
        self.cmd = cmd
        self.args = args
        self.json: bool = bool(getattr(args, "json", False))
        self._secrets = SecretSource()
        self._vault: Vault | None = None

    def __enter__(self) -> Context:
        return self

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._vault is not None:
            self._vault.close()
            self._vault = None

    @property
    def vault_dir(self) -> Path:
        given = getattr(self.args, "vault", None)
        return Path(given).expanduser() if given else vaults.default_vault_dir()

    @property
    def vault(self) -> Vault:
        """The unlocked vault: the passphrase is asked (or read from --passphrase-file) the
        first time a command touches it, so a bad input file is refused before that."""
        if not self.cmd.vault:
            raise RuntimeError(f"guvoh {self.cmd.name} is declared without the vault")
        if self._vault is None:
            passphrase = self.secret("passphrase", "Passphrase: ")
            self.progress("Unlocking...")
            self._vault = vaults.unlock(self.vault_dir, passphrase)
        return self._vault

    def secret(self, key: str, prompt: str, confirm: str | None = None) -> str:
        """A secret the command declared (table.SECRETS): from its --...-file option, else
        from the terminal; never from argv or the environment."""
        if key not in self.cmd.secrets:
            raise RuntimeError(f"guvoh {self.cmd.name} does not declare the secret {key}")
        return self._secrets.get(getattr(self.args, f"{key}_file", None), prompt, confirm)

    # -- talking to a person (stderr, so that stdout stays clean for scripts) -------------

    def info(self, text: str) -> None:
        print(text, file=sys.stderr)

    def progress(self, text: str) -> None:
        """A passing note while something slow runs; only for a person at a terminal."""
        if sys.stderr.isatty():
            print(text, file=sys.stderr)

    def show(self, lines: list[str]) -> None:
        """Lines a person must read before answering a question: on stdout, or on stderr
        when stdout carries JSON."""
        for line in lines:
            print(line, file=sys.stderr if self.json else sys.stdout, flush=True)

    def ask(self, prompt: str) -> str:
        """An answer typed on the terminal; scripts pass --yes instead."""
        if not sys.stdin.isatty():
            raise CliError("no terminal to confirm on; pass --yes to confirm in a script")
        print(prompt, end="", file=sys.stderr, flush=True)
        return input()

    def confirm(self, question: str, *, yes: bool) -> bool:
        if yes:
            return True
        return self.ask(question + " [yes/no] ").strip().lower() in ("y", "yes")
