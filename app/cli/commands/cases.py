"""Cases and their files: case add/edit/list/show/history/delete, search, attach,
attachment list/export."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from app.cli.context import CliError, Context
from app.cli.output import Reply, TerminalProgress, Written
from app.cli.table import command, group, param
from app.domain.sizes import human_size
from app.messages import ExitCode, explain
from app.services import attachment_metadata as metadata_service
from app.services import cases as case_service
from app.services import originals
from app.services import settings as prefs
from app.services import team as team_service
from app.services.cases import STATUSES, SearchFilters, date_span
from app.services.errors import OriginalNotRemoved
from app.services.render import render_text

CASE_FILE = param("file", metavar="FILE",
                  help="the case as JSON (resources/schema; examples in docs/examples)")
STATUS = param("--status", action="append", default=[], choices=STATUSES,
               help="only cases with this status (repeatable)")

group("case", "add, edit, list, show and delete cases")


@command("case add", "add a case from a JSON file; prints its id and reference",
         writes=True, params=(CASE_FILE,))
def case_add(ctx: Context, file: str) -> Reply:
    record = case_service.read_case_file(Path(file))  # refused before the passphrase
    # A person without a `protected` list gets the vault's default (protect-by-default).
    summary = case_service.add_case_from_file(ctx.vault, record)
    return Reply(summary, [f"{summary.id}  {summary.reference}"])


@dataclass(frozen=True, slots=True)
class ProtectByDefault:
    protect_by_default: bool
    fields: list[str]  # what a new person starts with protected


@command(
    "protect-by-default",
    "whether a new person's real name, contact and where they live start protected "
    "(show or set)",
    writes=True,
    params=(param("state", nargs="?", choices=("on", "off"), metavar="on|off",
                  help="on (the default) or off: each field protected only when ticked"),),
)
def protect_by_default(ctx: Context, state: str | None) -> Reply:
    vault = ctx.vault
    if state is not None:
        prefs.set_protect_by_default(vault, state == "on")
    fields = prefs.default_protected(vault)
    line = ("A new person's real name, contact and where they live start protected: masked "
            "on screen and left out of a redacted export." if fields else
            "A new person's details start unprotected: protect each one yourself.")
    return Reply(ProtectByDefault(bool(fields), fields), [line])


@command("case edit", "save a new version of a case from a JSON file", writes=True,
         params=("case", CASE_FILE))
def case_edit(ctx: Context, case: str, file: str) -> Reply:
    record = case_service.read_case_file(Path(file))
    summary = case_service.edit_case(ctx.vault, case, record)
    return Reply(summary, [f"{summary.id}  {summary.reference}  revision {summary.revision}"])


@command("case list", "list cases, newest change first",
         params=(STATUS, param("--limit", type=int, default=1000, metavar="N",
                               help="at most N cases (default 1000)")))
def case_list(ctx: Context, status: list[str], limit: int) -> Reply:
    found = case_service.list_cases(ctx.vault, limit=limit, statuses=tuple(status))
    lines = [f"{s.reference:<12} {s.status:<10} {s.updated_at}  {s.title}" for s in found]
    notes = [] if found else ["No cases yet. Add one with 'guvoh case add FILE'."]
    return Reply(found, lines, notes)


@command("case show", "show a case (protected details masked unless --reveal)",
         params=("case", param("--revision", type=int, metavar="N", help="an earlier version"),
                 param("--reveal", action="store_true", help="show protected details")))
def case_show(ctx: Context, case: str, revision: int | None, reveal: bool) -> Reply:
    found = case_service.show_case(ctx.vault, case, revision)
    record = case_service.full_record(ctx.vault, found)
    text = render_text(record, reveal_protected=reveal, attachments=record.get("attachments"))
    lines = [text.rstrip("\n")]
    if ctx.vault.role == "coordinator":
        state = team_service.case_triage(ctx.vault, found.summary.id)
        record = {**record, "triage": state.to_json()}
        lines += ["", f"Status: {state.status}   Assigned to: {state.assignee or '-'}   "
                  f"Tags: {', '.join(state.tags) or '-'}"]
        lines += [f"Note by {n.author}, {n.at}: {n.value}" for n in state.notes]
    return Reply(record, lines)


@command("case history", "the saved versions of a case; exported ones are sealed",
         params=("case",))
def case_history(ctx: Context, case: str) -> Reply:
    revisions = case_service.case_history(ctx.vault, case)
    lines = []
    for r in revisions:
        seal = f"  sealed: exported in {r.sealed_for} on {r.sealed_at}" if r.sealed_at else ""
        lines.append(f"{r.revision:>4}  {r.saved_at}  {r.title}{seal}")
    return Reply(revisions, lines)


@command("case delete", "delete a case with all its versions and files", writes=True,
         params=("case", "yes"))
def case_delete(ctx: Context, case: str, yes: bool) -> Reply:
    summary = case_service.show_case(ctx.vault, case).summary
    if not yes:
        answer = ctx.ask(
            f"Delete case {summary.reference} with all its versions and files? This cannot "
            f"be undone. Type the reference {summary.reference} to confirm: ")
        if answer.strip().upper() != summary.reference.upper():
            return Reply(notes=["Not deleted."], status=ExitCode.FAILURE)
    deleted = case_service.delete_case(ctx.vault, summary.id)
    return Reply(deleted, notes=[f"Deleted case {deleted.reference}."])


def _date_bound(text: str | None, end: bool) -> str | None:
    if text is None:
        return None
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        raise CliError("dates are YYYY, YYYY-MM or YYYY-MM-DD, not '%1'", text)
    try:
        first, last = date_span(text)
        dt.date.fromisoformat(first)
        dt.date.fromisoformat(last)
    except ValueError as err:
        raise CliError("'%1' is not a real date", text) from err
    return last if end else first


def _codes(metavar: str, what: str) -> dict[str, object]:
    return {"action": "append", "default": [], "metavar": metavar,
            "help": f"only cases with this {what} (repeatable)"}


PROTECTED_NAMES = {"real_name": "real name", "pseudonym": "pseudonym",
                   "location": "where they live", "contact": "contact"}


@command(
    "search", "find cases by words and filters",
    params=(
        param("query", nargs="*", metavar="WORDS",
              help="words (Latin or Cyrillic); word* for a prefix"),
        param("--act", **_codes("CODE", "act")),
        param("--country", **_codes("CC", "country")),
        param("--perpetrator", **_codes("CODE", "perpetrator")),
        STATUS,
        param("--from", dest="date_from", metavar="DATE", help="YYYY[-MM[-DD]]"),
        param("--to", dest="date_to", metavar="DATE", help="YYYY[-MM[-DD]]"),
        param("--limit", type=int, default=50, metavar="N", help="at most N cases (50)"),
    ),
)
def search(ctx: Context, query: list[str], act: list[str], country: list[str],
           perpetrator: list[str], status: list[str], date_from: str | None,
           date_to: str | None, limit: int) -> Reply:
    filters = SearchFilters(
        acts=act, countries=[c.upper() for c in country], perpetrators=perpetrator,
        statuses=status, date_from=_date_bound(date_from, False),
        date_to=_date_bound(date_to, True),
    )
    hits = case_service.find(ctx.vault, " ".join(query), filters, limit=limit)
    lines = []
    for h in hits:
        lines.append(f"{h.case.reference:<12} {h.case.status:<10} {h.case.title}")
        if h.protected_matches:  # the field's name, never its value
            lines.append("    a protected detail matched: "
                         + ", ".join(PROTECTED_NAMES.get(f, f) for f in h.protected_matches))
        if h.snippet.text and (h.snippet.highlights or not h.protected_matches):
            lines.append(f"    {h.snippet.marked()}")
    return Reply(hits, lines, [] if hits else ["No case matches."])


@command(
    "attach", "store a file of any size with a case, encrypted", writes=True,
    params=(
        "case",
        param("file", metavar="FILE", help="a file, or /dev/stdin for a stream"),
        param("--name", help="file name to record (default: the file's own)"),
        param("--type", dest="media_type", metavar="MEDIA",
              help="media type (default: guessed from the name)"),
        param("--description", default="", help="what the file is"),
        param("--remove-original", action="store_true",
              help="once the file is in the vault, remove it from where it was if it still "
                   "holds the same bytes (overwritten once with zeros first; not a secure "
                   "erase: the disk, backups and cloud sync may keep traces)"),
    ),
)
def attach(ctx: Context, case: str, file: str, name: str | None, media_type: str | None,
           description: str, remove_original: bool = False) -> Reply:
    progress = TerminalProgress("Encrypting")
    try:
        attachment = case_service.attach_file(
            ctx.vault, case, Path(file), filename=name, media_type=media_type,
            description=description, progress=progress,
        )
    finally:
        progress.finish()
    lines = [f"{attachment.id}  {human_size(attachment.size)}  sha256 {attachment.sha256}"]
    if not remove_original:
        return Reply(attachment, lines)
    return _remove_original(attachment, Path(file), lines)


def _remove_original(attachment: case_service.Attachment, path: Path,
                     lines: list[str]) -> Reply:
    """The file is in the vault: remove the original, or say why it stays (exit status)."""
    try:
        done = originals.remove_original(path, attachment.sha256)
    except OriginalNotRemoved as err:
        explanation = explain(err)
        if explanation is None:  # every reason has its sentence (tests/unit/test_errors.py)
            raise
        return Reply(attachment, lines, [explanation.render()], explanation.exit_code)
    how = "overwritten once with zeros and deleted" if done.overwritten else "deleted"
    return Reply(attachment, lines, [
        f"The original {path} was {how}. This is not a secure erase: the disk, backups and "
        "cloud sync may still keep traces or copies."])


group("attachment", "list or export attachments")


# What a file reveals, one short line per kind (issue 16 item 4; the app words them in full).
_REVEALS = {
    "location": "place", "device": "device", "author": "author", "software": "program",
    "date": "made on", "other": "other details",
}
_NOT_CHECKED = {
    metadata_service.UNSUPPORTED: "hidden details: Guvoh cannot check this kind of file",
    metadata_service.TOO_LARGE: "hidden details: not checked, the file is too large",
    metadata_service.FAILED: "hidden details: could not be checked, the file may be damaged",
}


def _finding_lines(found: metadata_service.FileFindings) -> list[str]:
    if found.status != metadata_service.READ:
        return [f"    {_NOT_CHECKED[found.status]}"]
    if not found.findings:
        return ["    hidden details: none found"]
    return [f"    {_REVEALS[kind]}: {'; '.join(found.values(kind)[:3])}" for kind in found.kinds]


@command("attachment list", "the attachments of a case, and what each reveals (place, "
         "device, author...)", params=("case",))
def attachment_list(ctx: Context, case: str) -> Reply:
    found = case_service.list_attachments(ctx.vault, case)
    lines = []
    for a in found:
        lines.append(f"{a.id}  {human_size(a.size):>10}  {a.media_type:<24} {a.filename}")
        lines.extend(_finding_lines(metadata_service.findings(ctx.vault, a.id)))
        lines.extend(f"    cleaned copy sha256 {c.cleaned_sha256} of original {c.original_sha256}"
                     for c in metadata_service.custody(ctx.vault, a.id))
    return Reply(found, lines)


@command("attachment export", "write an attachment's original bytes to a file, verified",
         writes=True, params=(param("id", metavar="ID", help="the attachment's id"), "out",
                              param("--cleaned", action="store_true",
                                    help="a copy without its hidden details (place, device, "
                                         "author...) instead of the original")))
def attachment_export(ctx: Context, id: str, out: str, cleaned: bool = False) -> Reply:
    target = Path(out)
    progress = TerminalProgress("Decrypting")
    try:
        attachment = case_service.export_attachment(ctx.vault, id, target, progress,
                                                    cleaned=cleaned)
    finally:
        progress.finish()
    return Reply(Written(target), notes=[
        f"Wrote {human_size(attachment.size)} to {target}. This copy is NOT encrypted: delete "
        "it when you no longer need it."])
