"""Bundles: export, verify, import (the Inbox's batch importer: files and folders), receipts,
purge."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.cli.context import CliError, Context
from app.cli.output import Reply, TerminalProgress, Written, sentence, to_json
from app.cli.table import command, param
from app.domain.outcomes import Outcome
from app.domain.sizes import human_size
from app.messages import ExitCode, explain, import_outcome_text
from app.services import attachment_metadata, coordinator, disclosure
from app.services import bundle_export as export_service
from app.services import purge as purge_service
from app.services import receipts as receipt_service
from app.services import settings as prefs
from app.services.coordinator import BatchItem, BatchResult
from app.services.vaults import Vault


@dataclass(frozen=True, slots=True)
class ReceiptImported:
    bundle_id: str
    delivered: list[str]  # references of the cases now delivered
    edited: list[str]  # references of cases edited since export (the later edits stay)
    removed_cases: int  # delete on receipt: cases destroyed
    removed_versions: int  # older versions of edited cases destroyed
    removed_files: int


@dataclass(frozen=True, slots=True)
class ReceiptGrace:
    delete_on_receipt: str  # "now", "1d", "7d" or "never"


@dataclass(frozen=True, slots=True)
class Purged:
    removed: list[str]  # references of the cases removed


@command(
    "export", "write a signed, encrypted bundle for organisations", writes=True,
    params=(
        param("--to", action="append", required=True, metavar="ORG",
              help="an organisation the bundle is for (repeatable)"),
        "out_or_dir",
        param("--redact", action="store_true",
              help="leave the protected details out (without it, they go and the output "
              "says for how many people)"),
        param("--strip-metadata", action="store_true",
              help="carry cleaned copies of the files, without their hidden details "
              "(location, device, author); the originals stay in the vault as they came "
              "(the default with --redact)"),
        param("--keep-metadata", action="store_true",
              help="with --redact: carry the files as they came, hidden details included"),
        param("cases", nargs="*", metavar="CASE_ID",
              help="cases to export (default: every case marked ready)"),
    ),
)
def export(ctx: Context, to: list[str], out: str, redact: bool, strip_metadata: bool,
           keep_metadata: bool, cases: list[str]) -> Reply:
    if strip_metadata and keep_metadata:
        raise CliError("give --strip-metadata or --keep-metadata, not both; nothing was "
                       "exported")
    # A redacted export carries cleaned files unless told otherwise (as the dialog does).
    strip_metadata = strip_metadata or (redact and not keep_metadata)
    vault = ctx.vault
    progress = TerminalProgress("Encrypting")
    try:
        result = export_service.export_bundle(vault, to, Path(out), cases, redact=redact,
                                              strip_metadata=strip_metadata, progress=progress)
    finally:
        progress.finish()
    # The cases as exported: their current revisions, now sealed for this bundle.
    people = disclosure.protected_people(vault, result.cases)
    data = {
        **to_json(result),
        "protected_details": "left_out" if redact else "included",
        "people_with_protected_details": people,
        "files": "cleaned" if strip_metadata else "as_they_came",
    }
    plan = None
    if strip_metadata and result.attachments:  # every file was read by the export itself
        plan = attachment_metadata.strip_plan(vault, result.cases)
        data["files_cleaned"] = plan.cleaned
        data["files_nothing_found"] = plan.nothing_found
        data["files_not_checked"] = plan.not_checked
    notes = [
        f"{len(result.cases)} case(s) and {result.attachments} file(s), "
        f"{human_size(result.payload_bytes)}. Only {', '.join(result.organisations)} can "
        "open it. " + _protected_line(redact, people)]
    if result.attachments:
        notes.append(_files_line(strip_metadata) if plan is None else _cleaned_line(plan))
    notes.append("Deliver it on a USB stick or through a messenger, not by plain e-mail if "
                 "you can avoid it, and delete your copy of the file once delivered.")
    return Reply(data, [str(result.path)], notes)  # stdout: only the file, for scripts


def _people(n: int) -> str:
    return f"{n} person" if n == 1 else f"{n} people"


def _protected_line(redact: bool, people: int) -> str:
    """Whether the protected details went, and for how many people."""
    if people == 0:
        return "No one in these cases has protected details."
    if redact:
        return f"It leaves out the protected details of {_people(people)}."
    return (f"It includes the protected details of {_people(people)}; export with --redact "
            "to leave them out.")


def _files_line(strip_metadata: bool) -> str:
    if strip_metadata:
        return ("Files went cleaned of hidden details (location, device, author) wherever "
                "they can be removed; the originals stay in the vault as they came.")
    return ("Files went as they came, with any hidden details they carry (location, device, "
            "author); export with --strip-metadata to remove them.")


def _cleaned_line(plan: attachment_metadata.StripPlan) -> str:
    parts = [f"{plan.cleaned} file(s) went cleaned of hidden details (location, device, "
             "author)"]
    if plan.nothing_found:
        parts.append(f"{plan.nothing_found} had nothing to remove")
    if plan.not_checked:
        parts.append(f"{plan.not_checked} could not be checked and went as they came")
    return "; ".join(parts) + ". The originals stay in the vault as they came."


# -- verify and import: the Inbox's batch importer -------------------------------------

BUNDLES = param("bundles", nargs="+", metavar="BUNDLE",
                help="bundle files (*.age), or folders: every *.age file in them and their "
                "subfolders")


def _item_lines(item: BatchItem) -> list[str]:
    name = item.path.name
    if item.kind.ok:
        verb = "imported" if item.kind is Outcome.IMPORTED else "verified, not imported"
        return [f"{name}: {verb}: bundle {item.bundle_id}, {item.cases} case(s), "
                f"{item.attachments} file(s), {human_size(item.payload_bytes)}, created "
                f"{item.created}, signed by {item.signer_name or '?'} "
                f"({item.signer_fingerprint})"]
    text = sentence(item.error) if item.error is not None else None
    if text is None:
        text = import_outcome_text(item.reason)
        if item.error is not None:  # a bug, not a bad bundle: name its type, never values
            text += f" ({type(item.error).__name__}; please report)"
    lines = [f"{name}: REFUSED ({item.kind}): {text}"]
    if item.signer_key_line is not None:
        lines.append(f"    signer key: {item.signer_key_line}")
    return lines


def _status(result: BatchResult) -> int:
    """The first failure decides: its error's exit status (duplicate, tampered, unknown
    signer...), CANCELLED for a cancelled file, FAILURE for an unexpected error."""
    for item in result.items:
        if item.kind.ok:
            continue
        explanation = explain(item.error) if item.error is not None else None
        if explanation is not None:
            return explanation.exit_code
        return ExitCode.CANCELLED if item.kind is Outcome.CANCELLED else ExitCode.FAILURE
    return ExitCode.OK


def _batch(ctx: Context, bundles: list[str], *, verify_only: bool) -> Reply:
    given = [Path(b) for b in bundles]
    for path in given:  # refused before the passphrase is asked
        if not path.exists():
            raise CliError("%1 does not exist; nothing was read.", path,
                           status=ExitCode.BAD_INPUT)
    files = coordinator.collect_bundles(given)
    if not files:
        raise CliError("No bundle files (*.age) were found in %1; nothing was read.",
                       ", ".join(bundles), status=ExitCode.BAD_INPUT)
    vault = ctx.vault
    progress = TerminalProgress("Verifying" if verify_only else "Importing")
    try:
        result = coordinator.import_many(vault, files, progress=progress.batch,
                                         verify_only=verify_only)
    finally:
        progress.finish()
    # What passed goes to stdout; each refusal is one sentence on stderr (with the
    # signer's key line to pin, for an unknown signer), like every other failure.
    lines = [line for item in result.items if item.kind.ok for line in _item_lines(item)]
    notes = [line for item in result.items if not item.kind.ok for line in _item_lines(item)]
    if len(result.items) > 1:
        counts = ", ".join(f"{n} {kind}" for kind, n in sorted(result.counts().items()))
        notes.append(f"{len(result.items)} bundles: {counts}.")
    return Reply(list(result.items), lines, notes, _status(result))


@command("verify", "check bundles completely without importing anything", params=(BUNDLES,))
def verify(ctx: Context, bundles: list[str]) -> Reply:
    return _batch(ctx, bundles, verify_only=True)


@command("import", "verify and import bundles, each all or nothing", writes=True,
         params=(BUNDLES,))
def import_(ctx: Context, bundles: list[str]) -> Reply:
    return _batch(ctx, bundles, verify_only=False)


# -- receipts and purge ----------------------------------------------------------------


@command("receipt", "write a receipt for an imported bundle (coordinator)", writes=True,
         params=(param("bundle_id", metavar="BUNDLE_ID", help="the imported bundle's id"),
                 "out_or_dir"))
def receipt(ctx: Context, bundle_id: str, out: str) -> Reply:
    path = receipt_service.create_receipt(ctx.vault, bundle_id, Path(out))
    return Reply(Written(path), [str(path)],
                 ["Send the receipt back to the researcher; only they can open it."])


@command("receipt-import", "import a receipt: its cases become delivered (researcher)",
         writes=True, params=(param("file", metavar="FILE", help="the receipt file"),))
def receipt_import(ctx: Context, file: str) -> Reply:
    got = receipt_service.import_receipt(ctx.vault, Path(file))
    removed = got.removed
    lines = [f"Receipt for bundle {got.bundle_id}: {len(got.delivered)} case(s) delivered"
             + (": " + ", ".join(got.delivered) if got.delivered else ".")]
    if got.edited:
        lines.append(f"{len(got.edited)} case(s) changed since export: the exported version is "
                     f"delivered, the later changes stay here, not delivered: "
                     + ", ".join(got.edited))
    notes = []
    if removed:
        lines.append(f"Deleted from this computer: {removed.cases} case(s), "
                     f"{removed.versions} older version(s), {removed.files} file(s).")
    elif got.delivered or got.edited:
        grace = _grace_name(ctx.vault)
        notes.append("Delete on receipt is off: remove your local copies with 'guvoh purge "
                     "--delivered'." if grace == "never" else
                     f"They will be deleted from this computer {GRACE_WORDS.get(grace, grace)}, "
                     f"at the first unlock after that.")
    return Reply(ReceiptImported(got.bundle_id, got.delivered, got.edited, removed.cases,
                                 removed.versions, removed.files), lines, notes)


GRACE_NAMES = ("now", "1d", "7d", "never")  # prefs.RECEIPT_GRACE_CHOICES, in order
def _grace_name(vault: Vault) -> str:
    current = prefs.receipt_grace(vault)
    if current in prefs.RECEIPT_GRACE_CHOICES:
        return GRACE_NAMES[prefs.RECEIPT_GRACE_CHOICES.index(current)]
    return f"{current} seconds after the receipt"


GRACE_WORDS = {"now": "at once", "1d": "one day after the receipt",
               "7d": "seven days after the receipt", "never": "never"}


@command(
    "delete-on-receipt",
    "when delivered cases are deleted after the organisation's receipt (show or set)",
    writes=True,
    params=(param("when", nargs="?", choices=GRACE_NAMES, metavar="WHEN",
                  help="now (the default), 1d, 7d, or never (keep them)"),),
)
def delete_on_receipt(ctx: Context, when: str | None) -> Reply:
    vault = ctx.vault
    if when is not None:
        prefs.set_receipt_grace(vault, prefs.RECEIPT_GRACE_CHOICES[GRACE_NAMES.index(when)])
    name = _grace_name(vault)
    line = ("Delivered cases are kept after the receipt." if name == "never" else
            f"Delivered cases are deleted from this computer {GRACE_WORDS.get(name, name)}.")
    return Reply(ReceiptGrace(name), [line])


@command(
    "purge", "remove local copies of delivered cases", writes=True,
    params=(
        param("--delivered", action="store_true", help="every delivered case"),
        param("--force-undelivered", action="store_true",
              help="allow purging cases not confirmed as delivered"),
        "yes",
        param("cases", nargs="*", metavar="CASE_ID", help="cases to remove"),
    ),
)
def purge(ctx: Context, delivered: bool, force_undelivered: bool, yes: bool,
          cases: list[str]) -> Reply:
    if not delivered and not cases:
        raise CliError("say what to purge: --delivered, or case ids")
    vault = ctx.vault
    question = "Remove the local copies of "
    question += "all delivered cases" if delivered else f"{len(cases)} case(s)"
    if force_undelivered:
        question += ", EVEN IF the organisation has not confirmed receiving them"
    if not ctx.confirm(question + "? This cannot be undone.", yes=yes):
        return Reply(notes=["Nothing was removed."], status=ExitCode.FAILURE)
    removed = purge_service.purge(vault, delivered=delivered, case_keys=cases,
                                  force_undelivered=force_undelivered)
    return Reply(Purged(removed), [f"Removed {len(removed)} case(s): {', '.join(removed)}"
                                   if removed else "Nothing to remove."])
