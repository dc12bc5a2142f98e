"""The `guvoh` command line. Same services as the desktop app; no Qt.

Exit status: 0 success, 2 bad usage, and one distinct status per failure class (see
app.messages.ExitCode), with one clear line on stderr and no traceback for expected errors.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app.cli.secret_input import SecretInputError, SecretSource
from app.messages import ExitCode, explain
from app.services import vaults
from crypto import kdf
from storage.vault import Vault

Handler = Callable[[argparse.Namespace, "Cli"], int]

SECRET_INPUT_TEXT = {
    "no_terminal": "no terminal to ask for the passphrase; give it with --passphrase-file FILE",
    "unreadable": "cannot read the secret file %s",
    "empty": "the secret file %s is empty (or has fewer lines than needed)",
    "mismatch": "the two passphrases differ; nothing was changed",
    "too_large": "the secret file %s is too large to be a passphrase",
}


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(ExitCode.USAGE, f"guvoh: {message}\n")


class Cli:
    """Per-invocation state: parsed options, the secret source, output helpers."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.secrets = SecretSource()

    @property
    def vault_dir(self) -> Path:
        vault = getattr(self.args, "vault", None)
        return Path(vault).expanduser() if vault else vaults.default_vault_dir()

    def info(self, text: str) -> None:
        """Progress and hints for a person; stderr so stdout stays clean for scripts."""
        print(text, file=sys.stderr)

    def progress(self, text: str) -> None:
        """A passing note while something slow runs; only for a person at a terminal."""
        if sys.stderr.isatty():
            print(text, file=sys.stderr)

    def out(self, text: str = "") -> None:
        print(text)

    def out_json(self, data: Any) -> None:
        print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))

    def passphrase(self, prompt: str = "Passphrase: ") -> str:
        return self.secrets.get(getattr(self.args, "passphrase_file", None), prompt)

    def new_passphrase(self, file_option: str = "new_passphrase_file") -> str:
        return self.secrets.get(
            getattr(self.args, file_option, None),
            "New passphrase: ",
            confirm="Repeat the new passphrase: ",
        )

    def unlock(self) -> Vault:
        passphrase = self.passphrase()
        self.progress("Unlocking...")
        return vaults.unlock(self.vault_dir, passphrase)


# -- commands ---------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, cli: Cli) -> int:
    passphrase = cli.secrets.get(
        args.passphrase_file, "Choose a passphrase: ", confirm="Repeat the passphrase: "
    )
    cli.progress("Creating the vault (measuring this computer to tune the key derivation)...")
    vault, recovery = vaults.create_vault(
        cli.vault_dir,
        passphrase,
        role=args.role,
        pseudonym=args.pseudonym or "",
        kdf_seconds=args.kdf_seconds,
        use_keyring=not args.no_keyring,
    )
    with vault:
        status = vault.status()
    cli.info(f"Vault created at {cli.vault_dir}")
    if status.keyring_protected:
        cli.info(
            "Protected by your passphrase and by a key kept in this computer's keyring "
            f"({status.keyring_backend}): copied vault files alone cannot be attacked."
        )
    else:
        cli.info(
            "No system keyring is in use: the vault is protected by your passphrase alone, "
            "so choose it well and keep copies of the vault folder safe."
        )
    cli.info(
        "\nYour recovery code is below. It is shown only this once. Write it on paper and keep "
        "it apart from this computer: with it, the vault can be opened on another computer "
        "if you forget your passphrase."
    )
    cli.out(str(recovery))
    return ExitCode.OK


def _status_dict(cli: Cli, vault: Vault) -> dict[str, Any]:
    st = vault.status()
    return {
        "vault": str(st.path),
        "vault_id": st.vault_id,
        "role": st.role,
        "created_at": st.created_at,
        "keyring": {
            "protects_vault": st.keyring_protected,
            "available": st.keyring_available,
            "backend": st.keyring_backend,
        },
        "kdf": {
            "passphrase": {
                "algorithm": "argon2id",
                "memory_kib": st.passphrase_params.memory_kib,
                "time_cost": st.passphrase_params.time_cost,
                "parallelism": st.passphrase_params.parallelism,
            },
            "recovery": {
                "algorithm": "argon2id",
                "memory_kib": st.recovery_params.memory_kib,
                "time_cost": st.recovery_params.time_cost,
                "parallelism": st.recovery_params.parallelism,
            },
        },
        "schema": {"version": st.schema_version, "latest": st.schema_head},
    }


def cmd_status(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        data = _status_dict(cli, vault)
        st = vault.status()
    if args.json:
        cli.out_json(data)
        return ExitCode.OK
    cli.out(f"Vault:     {st.path}")
    cli.out(f"Role:      {st.role}")
    if st.keyring_protected:
        cli.out(f"Keyring:   protects this vault ({st.keyring_backend})")
    elif st.keyring_available:
        cli.out(f"Keyring:   available ({st.keyring_backend}) but not used by this vault")
    else:
        cli.out("Keyring:   none; the vault is protected by the passphrase alone")
    cli.out(f"Passphrase key derivation: {vaults.kdf_description(st.passphrase_params)}")
    cli.out(f"Recovery key derivation:   {vaults.kdf_description(st.recovery_params)}")
    cli.out(f"Schema:    version {st.schema_version} (latest {st.schema_head})")
    return ExitCode.OK


def cmd_check(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        report = vault.check()
    if args.json:
        cli.out_json(
            {
                "ok": report.ok,
                "keyslots_ok": report.keyslots_ok,
                "database_problems": report.database_problems,
                "schema_version": report.schema_version,
                "schema_latest": report.schema_head,
                "stale_temp_files_removed": report.stale_temp_files,
            }
        )
    else:
        cli.out(f"Key file:  {'ok' if report.keyslots_ok else 'DAMAGED or changed on disk'}")
        if report.database_problems:
            cli.out(f"Database:  {len(report.database_problems)} problem(s)")
            for problem in report.database_problems[:20]:
                cli.out(f"  - {problem}")
        else:
            cli.out("Database:  ok (encryption and structure verified)")
        schema_ok = report.schema_version == report.schema_head
        cli.out(f"Schema:    {'ok' if schema_ok else 'not up to date'} ({report.schema_version})")
        if report.stale_temp_files:
            cli.out(f"Cleaned:   {report.stale_temp_files} unfinished temporary file(s)")
        cli.out("Verdict:   the vault is healthy" if report.ok else "Verdict:   PROBLEMS FOUND")
    return ExitCode.OK if report.ok else ExitCode.CHECK_FAILED


def cmd_passwd(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        new = cli.new_passphrase()
        cli.progress("Setting the new passphrase...")
        vaults.change_passphrase(vault, new)
    cli.info("The passphrase was changed. The old one no longer opens the vault.")
    return ExitCode.OK


def cmd_recover(args: argparse.Namespace, cli: Cli) -> int:
    code = cli.secrets.get(args.recovery_code_file, "Recovery code: ")
    new = cli.new_passphrase()
    cli.progress("Opening the vault with the recovery code...")
    with vaults.recover(cli.vault_dir, code, new):
        pass
    cli.info(
        "The vault is open again with your new passphrase. The forgotten passphrase no "
        "longer works; the recovery code still does, so keep it safe."
    )
    return ExitCode.OK


# -- parser -----------------------------------------------------------------------


def _common(parser: argparse.ArgumentParser, *, new: bool = False, json_out: bool = False) -> None:
    parser.add_argument(
        "--vault", metavar="DIR", default=argparse.SUPPRESS, help="the vault folder"
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the passphrase from the first line of FILE (/dev/stdin, /dev/fd/N)",
    )
    if new:
        parser.add_argument(
            "--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE"
        )
    if json_out:
        parser.add_argument("--json", action="store_true", help="machine-readable output")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="guvoh",
        description="Guvoh keeps testimonies encrypted and carries them, signed and "
        "encrypted, to the organisation that documents them. Without a command, it opens "
        "the desktop app.",
    )
    parser.add_argument("--vault", metavar="DIR", help="the vault folder (default: %(default)s)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("init", help="create a vault")
    _common(p)
    p.add_argument(
        "--role", choices=["researcher", "coordinator", "submitter"], default="researcher"
    )
    p.add_argument("--pseudonym", metavar="NAME", help="the name others will see on your bundles")
    p.add_argument(
        "--kdf-seconds",
        type=float,
        default=kdf.DEFAULT_TARGET_SECONDS,
        metavar="SECONDS",
        help="tune the key derivation to take about this long (default 1; 0 = the minimum, "
        "64 MiB and 3 passes, for very old computers)",
    )
    p.add_argument(
        "--no-keyring",
        action="store_true",
        help="do not bind the vault to this computer's keyring (passphrase alone)",
    )
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("status", help="keyring protection, key derivation, schema version")
    _common(p, json_out=True)
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser("check", help="verify the integrity of every part of the vault")
    _common(p, json_out=True)
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("passwd", help="change the passphrase")
    _common(p, new=True)
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser("recover", help="open with the recovery code and set a new passphrase")
    _common(p, new=True)
    p.add_argument("--recovery-code-file", metavar="FILE", help="read the recovery code from FILE")
    p.set_defaults(handler=cmd_recover)

    return parser


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return ExitCode.USAGE
    cli = Cli(args)
    try:
        handler: Handler = args.handler
        return handler(args, cli)
    except SecretInputError as err:
        text = SECRET_INPUT_TEXT[err.reason]
        print(f"guvoh: {text % err.path if '%s' in text else text}", file=sys.stderr)
        return ExitCode.USAGE if err.reason == "no_terminal" else ExitCode.BAD_INPUT
    except (Exception, KeyboardInterrupt) as err:  # noqa: BLE001 - mapped or reported below
        explanation = explain(err)
        if explanation is None:
            # A bug: report the type and where, never values (no content, no secrets).
            print(f"guvoh: internal error ({type(err).__name__}); please report:", file=sys.stderr)
            traceback.print_tb(err.__traceback__, file=sys.stderr)
            return ExitCode.FAILURE
        print(f"guvoh: {explanation.render()}", file=sys.stderr)
        return explanation.exit_code


def main(argv: Sequence[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)
