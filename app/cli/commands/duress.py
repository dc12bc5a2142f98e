"""`guvoh duress set|open|remove`: a second passphrase that opens a decoy (DESIGN.md 2b)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.cli.context import Context
from app.cli.output import Reply
from app.cli.table import command, group, param
from app.services import cases as case_service
from app.services import duress as duress_service

group("duress", "a duress passphrase that opens a decoy and locks the real vault for good")

SET_NOTES = [
    "The duress passphrase is set. Typed at unlock, it opens the decoy, which looks like "
    "this vault, and from then on neither your passphrase nor your recovery code opens the "
    "real one, on this computer or from a copy made afterwards.",
    "Fill the decoy so that it looks used: guvoh duress open --add CASE.json.",
    "It protects you from the person at the desk, not from a copy of the disk taken "
    "before you typed it. Changing your passphrase or rekeying ends it: set it again then.",
]


@dataclass(frozen=True, slots=True)
class DuressState:
    vault: Path
    decoy_exists: bool
    active: bool


@command("duress set", "set (or replace) the duress passphrase; makes the decoy if needed",
         writes=True, secrets=("passphrase", "new_passphrase", "recovery_code"))
def duress_set(ctx: Context) -> Reply:
    vault = ctx.vault
    new = ctx.secret("new_passphrase", "Duress passphrase: ",
                     confirm="Repeat the duress passphrase: ")
    ctx.progress("Setting the duress passphrase...")
    try:
        duress_service.set_passphrase(vault, new)
    except duress_service.RecoverySlotUnknown:
        ctx.info("This vault was made before duress passphrases existed: its recovery code is "
                 "needed once, so that the duress passphrase does not take its place.")
        code = ctx.secret("recovery_code", "Recovery code: ")
        duress_service.set_passphrase(vault, new, code)
    state = duress_service.status(vault)
    return Reply(DuressState(ctx.vault_dir, state.decoy_exists, state.active), notes=SET_NOTES)


@command("duress status", "whether a decoy exists and the duress passphrase opens it")
def duress_status(ctx: Context) -> Reply:
    state = duress_service.status(ctx.vault)
    line = ("The duress passphrase is set and opens the decoy." if state.active else
            "A decoy exists, but no duress passphrase opens it: set it again."
            if state.decoy_exists else "No duress passphrase is set.")
    return Reply(DuressState(ctx.vault_dir, state.decoy_exists, state.active), [line])


@command(
    "duress open", "open the decoy to fill it: add cases and files, list its cases",
    writes=True,
    params=(
        param("--add", action="append", default=[], metavar="CASE_JSON",
              help="add a case from a JSON file to the decoy (repeatable)"),
        param("--attach", action="append", nargs=2, default=[], metavar=("CASE", "FILE"),
              help="store FILE with the decoy's case CASE (repeatable)"),
    ),
)
def duress_open(ctx: Context, add: list[str], attach: list[list[str]]) -> Reply:
    records = [case_service.read_case_file(Path(f)) for f in add]  # refused before unlock
    decoy = duress_service.open_decoy(ctx.vault)
    try:
        lines = []
        for record in records:
            summary = case_service.add_case(decoy, record)
            lines.append(f"added {summary.reference}  {summary.id}")
        for case, file in attach:
            found = case_service.attach_file(decoy, case, Path(file))
            lines.append(f"attached {found.id}  {found.filename}")
        listed = case_service.list_cases(decoy, limit=1000)
        lines += [f"{c.reference:<12} {c.status:<10} {c.title}" for c in listed]
    finally:
        decoy.close()
    return Reply(listed, lines, [f"The decoy holds {len(listed)} case(s). It is locked again."])


@command("duress remove", "the duress passphrase stops working; the decoy is destroyed",
         writes=True)
def duress_remove(ctx: Context) -> Reply:
    duress_service.remove(ctx.vault)
    return Reply(DuressState(ctx.vault_dir, False, False), notes=[
        "The duress passphrase no longer opens anything, and the decoy was destroyed."])
