"""The `guvoh` command line. Same services as the desktop app; no Qt.

Exit status: 0 success, 2 bad usage, and one distinct status per failure class (see
app.messages.ExitCode), with one clear line on stderr and no traceback for expected errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app.cli.secret_input import SecretInputError, SecretSource
from app.messages import ExitCode, explain
from app.services import cases as case_service
from app.services import vaults
from app.services.render import render_text
from crypto import kdf
from storage import audit
from storage.blobs import Attachment
from storage.cases import STATUSES, CaseSummary, date_span
from storage.search import SearchFilters
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

    def confirm(self, prompt: str) -> str:
        """An answer typed on the terminal; scripts pass --yes instead."""
        if not sys.stdin.isatty():
            raise UsageError("no terminal to confirm on; pass --yes to confirm in a script")
        return input(prompt)

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
        report = vault.check(deep=args.deep)
    if args.json:
        cli.out_json(
            {
                "ok": report.ok,
                "keyslots_ok": report.keyslots_ok,
                "database_problems": report.database_problems,
                "schema_version": report.schema_version,
                "schema_latest": report.schema_head,
                "stale_temp_files_removed": report.stale_temp_files,
                "attachment_problems": report.attachment_problems,
                "audit_ok": report.audit_ok,
                "audit_entries": report.audit_entries,
                "audit_first_broken": report.audit_first_broken,
                "orphan_files_removed": report.orphans_removed,
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
        if report.attachment_problems:
            cli.out(f"Files:     {len(report.attachment_problems)} problem(s)")
            for problem in report.attachment_problems[:20]:
                cli.out(f"  - {problem}")
        else:
            cli.out("Files:     ok" + (" (every byte verified)" if args.deep else ""))
        if report.audit_ok:
            cli.out(f"Audit log: ok ({report.audit_entries} entries)")
        else:
            cli.out(f"Audit log: BROKEN at entry {report.audit_first_broken}")
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


class TerminalProgress:
    """Percent done on stderr, only on a terminal, at most a few times a second."""

    def __init__(self, cli: Cli, label: str) -> None:
        self.enabled = sys.stderr.isatty()
        self.label = label
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.2 and done != total:
            return
        self.last = now
        if total > 0:
            text = f"\r{self.label}: {done * 100 // total:3d}% of {_size(total)}"
        else:
            text = f"\r{self.label}: {_size(done)}"
        print(text, end="", file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self.enabled:
            print(file=sys.stderr)


def _size(n: int) -> str:
    value = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{n} bytes"


def _summary_dict(summary: CaseSummary) -> dict[str, Any]:
    return {
        "id": summary.id, "reference": summary.reference, "title": summary.title,
        "status": summary.status, "host_country": summary.host_country,
        "revision": summary.revision, "created_at": summary.created_at,
        "updated_at": summary.updated_at,
    }


def _attachment_dict(a: Attachment) -> dict[str, Any]:
    return {
        "id": a.id, "case_id": a.case_id, "filename": a.filename, "media_type": a.media_type,
        "size": a.size, "sha256": a.sha256, "description": a.description,
        "added_at": a.added_at,
    }


def cmd_case_add(args: argparse.Namespace, cli: Cli) -> int:
    record = case_service.read_case_file(Path(args.json_file))
    with cli.unlock() as vault:
        summary = case_service.add_case(vault, record)
    if args.json:
        cli.out_json(_summary_dict(summary))
    else:
        cli.out(f"{summary.id}  {summary.reference}")
    return ExitCode.OK


def cmd_case_edit(args: argparse.Namespace, cli: Cli) -> int:
    record = case_service.read_case_file(Path(args.json_file))
    with cli.unlock() as vault:
        summary = case_service.edit_case(vault, args.case, record)
    if args.json:
        cli.out_json(_summary_dict(summary))
    else:
        cli.out(f"{summary.id}  {summary.reference}  revision {summary.revision}")
    return ExitCode.OK


def cmd_case_list(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        found = case_service.list_cases(vault, limit=args.limit, statuses=tuple(args.status))
    if args.json:
        cli.out_json([_summary_dict(s) for s in found])
        return ExitCode.OK
    for s in found:
        cli.out(f"{s.reference:<12} {s.status:<10} {s.updated_at}  {s.title}")
    if not found:
        cli.info("No cases yet. Add one with 'guvoh case add --json FILE'.")
    return ExitCode.OK


def cmd_case_show(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        case = case_service.show_case(vault, args.case, args.revision)
        record = case_service.full_record(vault, case)
    if args.json:
        cli.out_json(record)
    else:
        cli.out(render_text(record, reveal_protected=args.reveal,
                            attachments=record.get("attachments")).rstrip("\n"))
    return ExitCode.OK


def cmd_case_history(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        revisions = case_service.case_history(vault, args.case)
    if args.json:
        cli.out_json([
            {"revision": r.revision, "saved_at": r.saved_at, "sealed": r.sealed_at is not None,
             "sealed_at": r.sealed_at, "sealed_for": r.sealed_for, "title": r.title}
            for r in revisions
        ])
        return ExitCode.OK
    for r in revisions:
        seal = f"  sealed: exported in {r.sealed_for} on {r.sealed_at}" if r.sealed_at else ""
        cli.out(f"{r.revision:>4}  {r.saved_at}  {r.title}{seal}")
    return ExitCode.OK


def cmd_case_delete(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        summary = case_service.show_case(vault, args.case).summary
        if not args.yes:
            answer = cli.confirm(
                f"Delete case {summary.reference} with all its versions and files? This cannot "
                f"be undone. Type the reference {summary.reference} to confirm: "
            )
            if answer.strip().upper() != summary.reference.upper():
                cli.info("Not deleted.")
                return ExitCode.FAILURE
        case_service.delete_case(vault, summary.id)
    cli.info(f"Deleted case {summary.reference}.")
    return ExitCode.OK


def _date_bound(text: str | None, end: bool) -> str | None:
    if text is None:
        return None
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        raise UsageError(f"dates are YYYY, YYYY-MM or YYYY-MM-DD, not {text!r}")
    try:
        first, last = date_span(text)
        dt.date.fromisoformat(first)
        dt.date.fromisoformat(last)
    except ValueError as err:
        raise UsageError(f"{text!r} is not a real date") from err
    return last if end else first


def cmd_search(args: argparse.Namespace, cli: Cli) -> int:
    filters = SearchFilters(
        acts=args.act, countries=[c.upper() for c in args.country],
        perpetrators=args.perpetrator, statuses=args.status,
        date_from=_date_bound(args.date_from, False), date_to=_date_bound(args.date_to, True),
    )
    with cli.unlock() as vault:
        hits = case_service.find(vault, " ".join(args.query), filters, limit=args.limit)
    if args.json:
        cli.out_json([
            {**_summary_dict(h.case), "score": h.score, "snippet": h.snippet.text,
             "highlights": h.snippet.highlights}
            for h in hits
        ])
        return ExitCode.OK
    for h in hits:
        cli.out(f"{h.case.reference:<12} {h.case.status:<10} {h.case.title}")
        if h.snippet.text:
            cli.out(f"    {h.snippet.marked()}")
    if not hits:
        cli.info("No case matches.")
    return ExitCode.OK


def cmd_attach(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        progress = TerminalProgress(cli, "Encrypting")
        try:
            attachment = case_service.attach_file(
                vault, args.case, Path(args.file), filename=args.name,
                media_type=args.type, description=args.description or "", progress=progress,
            )
        finally:
            progress.finish()
    if args.json:
        cli.out_json(_attachment_dict(attachment))
    else:
        cli.out(f"{attachment.id}  {attachment.size} bytes  sha256 {attachment.sha256}")
    return ExitCode.OK


def cmd_attachment_list(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        found = case_service.list_attachments(vault, args.case)
    if args.json:
        cli.out_json([_attachment_dict(a) for a in found])
        return ExitCode.OK
    for a in found:
        cli.out(f"{a.id}  {a.size:>12}  {a.media_type:<24} {a.filename}")
    return ExitCode.OK


def cmd_attachment_export(args: argparse.Namespace, cli: Cli) -> int:
    out = Path(args.out)
    with cli.unlock() as vault:
        progress = TerminalProgress(cli, "Decrypting")
        try:
            attachment = case_service.export_attachment(vault, args.id, out, progress)
        finally:
            progress.finish()
    cli.info(
        f"Wrote {attachment.size} bytes to {out}. This copy is NOT encrypted: delete it "
        "when you no longer need it."
    )
    return ExitCode.OK


def cmd_audit_verify(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        verdict = audit.verify(vault.conn)
    if args.json:
        cli.out_json({"ok": verdict.ok, "entries": verdict.entries,
                      "first_broken": verdict.first_broken, "reason": verdict.reason})
    elif verdict.ok:
        cli.out(f"Audit log: {verdict.entries} entries, chain intact.")
    else:
        cli.out(f"Audit log: BROKEN at entry {verdict.first_broken} ({verdict.reason}); "
                "the log was edited at or before that entry.")
    return ExitCode.OK if verdict.ok else ExitCode.CHECK_FAILED


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
    p.add_argument("--deep", action="store_true", help="also decrypt and hash every attachment")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("case", help="add, edit, list, show, delete cases")
    case_sub = p.add_subparsers(dest="case_command", metavar="ACTION", required=True,
                                parser_class=_Parser)
    c = case_sub.add_parser("add", help="add a case from a JSON file (resources/schema)")
    _common(c)
    c.add_argument("--json", dest="json_file", metavar="FILE", required=True,
                   help="the case file (see docs/examples)")
    c.add_argument("--print-json", dest="json", action="store_true",
                   help="print the new case's summary as JSON")
    c.set_defaults(handler=cmd_case_add)
    c = case_sub.add_parser("edit", help="save a new version of a case from a JSON file")
    _common(c)
    c.add_argument("case", metavar="ID", help="case id or reference")
    c.add_argument("--json", dest="json_file", metavar="FILE", required=True)
    c.add_argument("--print-json", dest="json", action="store_true",
                   help="print the case's summary as JSON")
    c.set_defaults(handler=cmd_case_edit)
    c = case_sub.add_parser("list", help="list cases, newest change first")
    _common(c, json_out=True)
    c.add_argument("--status", action="append", default=[], choices=STATUSES)
    c.add_argument("--limit", type=int, default=1000)
    c.set_defaults(handler=cmd_case_list)
    c = case_sub.add_parser("show", help="show a case")
    _common(c, json_out=True)
    c.add_argument("case", metavar="ID", help="case id or reference")
    c.add_argument("--revision", type=int, help="an earlier version")
    c.add_argument("--reveal", action="store_true", help="show protected fields")
    c.set_defaults(handler=cmd_case_show)
    c = case_sub.add_parser("history", help="the saved versions of a case")
    _common(c, json_out=True)
    c.add_argument("case", metavar="ID")
    c.set_defaults(handler=cmd_case_history)
    c = case_sub.add_parser("delete", help="delete a case and its files")
    _common(c)
    c.add_argument("case", metavar="ID")
    c.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    c.set_defaults(handler=cmd_case_delete)

    p = sub.add_parser("search", help="find cases by words and filters")
    _common(p, json_out=True)
    p.add_argument("query", nargs="*", help="words (Latin or Cyrillic); word* for a prefix")
    p.add_argument("--act", action="append", default=[], metavar="CODE")
    p.add_argument("--country", action="append", default=[], metavar="CODE")
    p.add_argument("--perpetrator", action="append", default=[], metavar="CODE")
    p.add_argument("--status", action="append", default=[], choices=STATUSES)
    p.add_argument("--from", dest="date_from", metavar="DATE", help="YYYY[-MM[-DD]]")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="YYYY[-MM[-DD]]")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("attach", help="store a file of any size with a case, encrypted")
    _common(p, json_out=True)
    p.add_argument("case", metavar="CASE_ID")
    p.add_argument("file", metavar="FILE", help="a file, or /dev/stdin for a stream")
    p.add_argument("--name", help="file name to record (default: the file's own)")
    p.add_argument("--type", help="media type (default: guessed from the name)")
    p.add_argument("--description")
    p.set_defaults(handler=cmd_attach)

    p = sub.add_parser("attachment", help="list or export attachments")
    att_sub = p.add_subparsers(dest="attachment_command", metavar="ACTION", required=True,
                               parser_class=_Parser)
    a = att_sub.add_parser("list", help="the attachments of a case")
    _common(a, json_out=True)
    a.add_argument("case", metavar="CASE_ID")
    a.set_defaults(handler=cmd_attachment_list)
    a = att_sub.add_parser("export", help="write an attachment's original bytes to a file")
    _common(a)
    a.add_argument("id", metavar="ID")
    a.add_argument("--out", metavar="FILE", required=True)
    a.set_defaults(handler=cmd_attachment_export)

    p = sub.add_parser("audit", help="the tamper-evident audit log")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True,
                                 parser_class=_Parser)
    a = audit_sub.add_parser("verify", help="recompute the hash chain")
    _common(a, json_out=True)
    a.set_defaults(handler=cmd_audit_verify)

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
    except UsageError as err:
        print(f"guvoh: {err}", file=sys.stderr)
        return ExitCode.USAGE
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
