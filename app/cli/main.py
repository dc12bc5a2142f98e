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
from app.services import bundles as bundle_service
from app.services import cases as case_service
from app.services import vaults
from app.services.render import render_text
from crypto import kdf
from storage import audit, fsio, keys
from storage.blobs import Attachment
from storage.cases import STATUSES, CaseSummary, date_span
from storage.errors import OutputExists
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


def cmd_identity(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        own = bundle_service.identity(vault)
        pseudonym = vault.meta("pseudonym") or ""
    key = own.public_key
    data = {
        "public_key": key.to_openssh_line(pseudonym),
        "fingerprint": key.fingerprint(),
        "safety_code": key.safety_code(),
        "age_recipient": own.recipient.to_string(),
    }
    if args.json:
        cli.out_json(data)
        return ExitCode.OK
    cli.out(data["public_key"])
    cli.out(f"Fingerprint:  {data['fingerprint']}")
    cli.out(f"Safety code:  {data['safety_code']}")
    cli.out(f"Receipts to:  {data['age_recipient']}")
    return ExitCode.OK


def _yes_or_confirm(cli: Cli, args: argparse.Namespace, question: str) -> bool:
    if getattr(args, "yes", False):
        return True
    return cli.confirm(question + " [yes/no] ").strip().lower() in ("y", "yes")


def cmd_org_create(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        card = bundle_service.create_organisation(vault, args.name, Path(args.out))
    cli.out(f"Organisation card written to {args.out}")
    cli.out(f"Safety code:  {card.safety_code()}")
    cli.info("Give the card to your researchers; they should compare this safety code with "
             "you by phone or in person before trusting it.")
    return ExitCode.OK


def cmd_org_card(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        org = bundle_service.export_card(vault, Path(args.out))
    cli.out(f"Organisation card of {org.name} written to {args.out}")
    return ExitCode.OK


def cmd_org_export_key(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        if not _yes_or_confirm(cli, args, (
            "The organisation key opens EVERY bundle sent to your organisation. Keep the file "
            "offline (an encrypted USB stick in a safe), never on a networked computer. "
            "Write it now?"
        )):
            cli.info("Nothing was written.")
            return ExitCode.FAILURE
        bundle_service.export_org_key(vault, Path(args.out))
    cli.info(f"Organisation key written to {args.out}. Anyone holding it can read every "
             "bundle: keep it offline.")
    return ExitCode.OK


def cmd_org_trust(args: argparse.Namespace, cli: Cli) -> int:
    card, data = bundle_service.read_card(Path(args.card))
    cli.out(f"Organisation: {card.name}")
    cli.out(f"Safety code:  {card.safety_code()}")
    with cli.unlock() as vault:
        if not _yes_or_confirm(cli, args, (
            "Compare this safety code with the organisation by phone or in person. "
            "Do the codes match?"
        )):
            cli.info("Not trusted.")
            return ExitCode.FAILURE
        bundle_service.trust_organisation(vault, card, data)
    cli.info(f"{card.name} is now trusted: you can export bundles to it.")
    return ExitCode.OK


def cmd_org_list(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        orgs = keys.organisations(vault.conn)
    if args.json:
        cli.out_json([{"name": o.name, "fingerprint": o.fingerprint,
                       "safety_code": o.signing_key.safety_code(),
                       "age_recipient": o.recipient.to_string(), "own": o.own,
                       "trusted_at": o.trusted_at} for o in orgs])
        return ExitCode.OK
    for o in orgs:
        cli.out(f"{o.name}  {o.fingerprint}{'  (this vault)' if o.own else ''}")
    return ExitCode.OK


def _utc_bound(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError as err:
        raise UsageError(f"dates are YYYY-MM-DD, not {text!r}") from err
    return f"{day.isoformat()}T00:00:00Z"


def cmd_signer_trust(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        signer = bundle_service.trust_signer(
            vault, args.public_key, args.name, _utc_bound(args.valid_after),
            _utc_bound(args.valid_before),
        )
    cli.out(f"Pinned {signer.name}: {signer.fingerprint}")
    cli.out(f"Safety code:  {signer.public_key.safety_code()}")
    return ExitCode.OK


def cmd_signer_list(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        found = keys.signers(vault.conn)
    if args.json:
        cli.out_json([{"name": s.name, "public_key": s.public_key.to_openssh_line(),
                       "fingerprint": s.fingerprint, "safety_code": s.public_key.safety_code(),
                       "valid_after": s.valid_after, "valid_before": s.valid_before,
                       "trusted_at": s.trusted_at} for s in found])
        return ExitCode.OK
    for s in found:
        window = ""
        if s.valid_after or s.valid_before:
            window = f"  valid {s.valid_after or '...'} to {s.valid_before or '...'}"
        cli.out(f"{s.name}  {s.fingerprint}{window}")
    return ExitCode.OK


def cmd_signer_export(args: argparse.Namespace, cli: Cli) -> int:
    out = Path(args.file)
    if out.exists():
        raise OutputExists(out)
    with cli.unlock() as vault:
        text = bundle_service.allowed_signers_text(vault)
    fsio.write_atomic(out, text.encode("utf-8"), replace=False)
    cli.info(f"Wrote {out} (OpenSSH allowed_signers format).")
    return ExitCode.OK


def cmd_export(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        progress = TerminalProgress(cli, "Encrypting")
        try:
            result = bundle_service.export_bundle(
                vault, args.to, Path(args.out), args.cases, redact=args.redact,
                progress=progress,
            )
        finally:
            progress.finish()
    if args.json:
        cli.out_json({"file": str(result.path), "bundle_id": result.bundle_id,
                      "cases": result.cases, "attachments": result.attachments,
                      "payload_bytes": result.payload_bytes,
                      "organisations": result.organisations})
        return ExitCode.OK
    cli.out(str(result.path))
    cli.info(
        f"{len(result.cases)} case(s) and {result.attachments} file(s), "
        f"{_size(result.payload_bytes)}. Only {', '.join(result.organisations)} can open it. "
        "Deliver it on a USB stick or through a messenger, not by plain e-mail if you can "
        "avoid it, and delete your copy of the file once delivered."
    )
    return ExitCode.OK


def _outcome_dict(o: bundle_service.ImportOutcome) -> dict[str, Any]:
    explanation = explain(o.error) if o.error is not None else None
    return {
        "file": str(o.path), "outcome": o.outcome, "bundle_id": o.bundle_id,
        "signer": o.signer_name, "signer_fingerprint": o.signer_fingerprint,
        "signer_key": o.signer_key.to_openssh_line() if o.signer_key else None,
        "safety_code": o.signer_key.safety_code() if o.signer_key else None,
        "created": o.created, "cases": o.cases, "attachments": o.attachments,
        "payload_bytes": o.payload_bytes,
        "message": explanation.render() if explanation else None,
    }


def _print_outcome(cli: Cli, o: bundle_service.ImportOutcome) -> None:
    name = o.path.name
    if o.error is None:
        who = o.signer_name or "?"
        verb = "imported" if o.outcome == "imported" else "verified, not imported"
        cli.out(f"{name}: {verb}: bundle {o.bundle_id}, {o.cases} case(s), "
                f"{o.attachments} file(s), {_size(o.payload_bytes)}, created {o.created}, "
                f"signed by {who} ({o.signer_fingerprint})")
        return
    explanation = explain(o.error)
    text = explanation.render() if explanation else type(o.error).__name__
    cli.out(f"{name}: REFUSED ({o.outcome}): {text}")
    if o.outcome == "unknown_signer" and o.signer_key is not None:
        cli.out(f"    signer key: {o.signer_key.to_openssh_line()}")


def _batch(args: argparse.Namespace, cli: Cli, verify_only: bool) -> int:
    outcomes = []
    with cli.unlock() as vault:
        for item in args.bundles:
            fn = bundle_service.verify_bundle if verify_only else bundle_service.import_bundle
            outcome = fn(vault, Path(item))
            outcomes.append(outcome)
            if not args.json:
                _print_outcome(cli, outcome)
    if args.json:
        cli.out_json([_outcome_dict(o) for o in outcomes])
    for o in outcomes:
        if o.error is not None:
            explanation = explain(o.error)
            return explanation.exit_code if explanation else ExitCode.FAILURE
    return ExitCode.OK


def cmd_verify(args: argparse.Namespace, cli: Cli) -> int:
    return _batch(args, cli, verify_only=True)


def cmd_import(args: argparse.Namespace, cli: Cli) -> int:
    return _batch(args, cli, verify_only=False)


def cmd_receipt(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        path = bundle_service.create_receipt(vault, args.bundle_id, Path(args.out))
    cli.out(str(path))
    cli.info("Send the receipt back to the researcher; only they can open it.")
    return ExitCode.OK


def cmd_receipt_import(args: argparse.Namespace, cli: Cli) -> int:
    with cli.unlock() as vault:
        bundle_id, delivered = bundle_service.import_receipt(vault, Path(args.file))
    cli.out(f"Receipt for bundle {bundle_id}: {len(delivered)} case(s) delivered: "
            + ", ".join(delivered))
    if delivered:
        cli.info("You may now remove your local copies with 'guvoh purge --delivered'.")
    return ExitCode.OK


def cmd_purge(args: argparse.Namespace, cli: Cli) -> int:
    if not args.delivered and not args.cases:
        raise UsageError("say what to purge: --delivered, or case ids")
    with cli.unlock() as vault:
        question = "Remove the local copies of "
        question += "all delivered cases" if args.delivered else f"{len(args.cases)} case(s)"
        if args.force_undelivered:
            question += ", EVEN IF the organisation has not confirmed receiving them"
        if not _yes_or_confirm(cli, args, question + "? This cannot be undone."):
            cli.info("Nothing was removed.")
            return ExitCode.FAILURE
        removed = bundle_service.purge(vault, delivered=args.delivered, case_keys=args.cases,
                                       force_undelivered=args.force_undelivered)
    cli.out(f"Removed {len(removed)} case(s): {', '.join(removed)}" if removed
            else "Nothing to remove.")
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

    p = sub.add_parser("identity", help="your public key, fingerprint and safety code")
    _common(p, json_out=True)
    p.set_defaults(handler=cmd_identity)

    p = sub.add_parser("org", help="organisations: create (coordinator), trust (researcher)")
    org_sub = p.add_subparsers(dest="org_command", metavar="ACTION", required=True,
                               parser_class=_Parser)
    o = org_sub.add_parser("create", help="make this coordinator vault an organisation")
    _common(o)
    o.add_argument("--name", required=True)
    o.add_argument("--out", metavar="CARD", required=True, help="where to write the card")
    o.set_defaults(handler=cmd_org_create)
    o = org_sub.add_parser("card", help="write the organisation card again")
    _common(o)
    o.add_argument("--out", metavar="CARD", required=True)
    o.set_defaults(handler=cmd_org_card)
    o = org_sub.add_parser("export-key", help="write the organisation's age identity file")
    _common(o)
    o.add_argument("--out", metavar="FILE", required=True)
    o.add_argument("--yes", action="store_true", help="skip the warning (scripts)")
    o.set_defaults(handler=cmd_org_export_key)
    o = org_sub.add_parser("trust", help="trust an organisation card after comparing codes")
    _common(o)
    o.add_argument("card", metavar="CARD")
    o.add_argument("--yes", action="store_true", help="the codes were compared (scripts)")
    o.set_defaults(handler=cmd_org_trust)
    o = org_sub.add_parser("list", help="trusted organisations")
    _common(o, json_out=True)
    o.set_defaults(handler=cmd_org_list)

    p = sub.add_parser("signer", help="researchers whose bundles you accept (coordinator)")
    signer_sub = p.add_subparsers(dest="signer_command", metavar="ACTION", required=True,
                                  parser_class=_Parser)
    s = signer_sub.add_parser("trust", help="pin a researcher's public key")
    _common(s)
    s.add_argument("public_key", metavar="PUBKEY_LINE", help="'ssh-ed25519 AAAA... name'")
    s.add_argument("--name", required=True)
    s.add_argument("--valid-after", metavar="YYYY-MM-DD")
    s.add_argument("--valid-before", metavar="YYYY-MM-DD")
    s.set_defaults(handler=cmd_signer_trust)
    s = signer_sub.add_parser("list", help="pinned researchers")
    _common(s, json_out=True)
    s.set_defaults(handler=cmd_signer_list)
    s = signer_sub.add_parser("export-allowed-signers", help="OpenSSH allowed_signers file")
    _common(s)
    s.add_argument("file", metavar="FILE")
    s.set_defaults(handler=cmd_signer_export)

    p = sub.add_parser("export", help="write a signed, encrypted bundle for organisations")
    _common(p, json_out=True)
    p.add_argument("--to", action="append", required=True, metavar="ORG")
    p.add_argument("--out", required=True, metavar="FILE",
                   help="the bundle file, or a folder for B-<uuid>.age")
    p.add_argument("--redact", action="store_true", help="leave protected details out")
    p.add_argument("cases", nargs="*", metavar="CASE_ID",
                   help="cases to export (default: every case marked ready)")
    p.set_defaults(handler=cmd_export)

    for name, handler, text in (
        ("verify", cmd_verify, "check bundles without importing them"),
        ("import", cmd_import, "verify and import bundles, all or nothing each"),
    ):
        p = sub.add_parser(name, help=text)
        _common(p, json_out=True)
        p.add_argument("bundles", nargs="+", metavar="BUNDLE")
        p.set_defaults(handler=handler)

    p = sub.add_parser("receipt", help="write a receipt for an imported bundle")
    _common(p)
    p.add_argument("bundle_id", metavar="BUNDLE_ID")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_receipt)

    p = sub.add_parser("receipt-import", help="import a receipt: cases become delivered")
    _common(p)
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_receipt_import)

    p = sub.add_parser("purge", help="remove local copies of delivered cases")
    _common(p)
    p.add_argument("--delivered", action="store_true", help="every delivered case")
    p.add_argument("--force-undelivered", action="store_true",
                   help="allow purging cases not confirmed as delivered")
    p.add_argument("--yes", action="store_true")
    p.add_argument("cases", nargs="*", metavar="CASE_ID")
    p.set_defaults(handler=cmd_purge)

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
