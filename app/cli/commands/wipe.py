"""`guvoh wipe`: destroy the vault now, without its passphrase (panic wipe, DESIGN.md 2b)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from app.cli.context import CliError, Context
from app.cli.output import Reply
from app.cli.table import command, param
from app.messages import ExitCode
from app.services import wipe as wipe_service


@dataclass(frozen=True, slots=True)
class Wiped:
    vault: Path
    slot_files_overwritten: int
    keyring_entries_deleted: int
    keyring_entries_left: int
    files_removed: int
    seconds: float


WARNING = (
    "This destroys the vault at {path}: every case, file, draft, key and organisation in it. "
    "Its keys are overwritten, so neither the passphrase nor the recovery code will open it "
    "again, on this computer or from any copy made from now on. A copy of the disk made "
    "before today still holds the vault as it was. This cannot be undone."
)


def _typed_answer(ctx: Context, prompt: str) -> str:
    """The confirmation, from the terminal or from one line of stdin (a script may pipe
    the word; --yes skips the question)."""
    if sys.stdin.isatty():
        return ctx.ask(prompt)
    line = sys.stdin.readline()
    if not line:
        raise CliError("no confirmation was given on stdin; nothing was wiped. Type the "
                       "word at a terminal, pipe it on stdin, or pass --yes in a script",
                       status=ExitCode.USAGE)
    return line


@command("wipe", "destroy the vault now: keys overwritten, files removed (no passphrase)",
         vault=False, writes=True, secrets=(), params=("yes",))
def wipe(ctx: Context, yes: bool) -> Reply:
    path = ctx.vault_dir
    wipe_service.require_vault(path)  # no vault here: said before any question
    if not yes:
        ctx.show([WARNING.format(path=path)])
        word = wipe_service.CONFIRM_WORD
        answer = _typed_answer(ctx, f"To wipe it, type {word} and press Enter: ")
        if not wipe_service.confirmed(answer):
            return Reply(notes=[f"You did not type {word}; nothing was wiped."],
                         status=ExitCode.FAILURE)
    report = wipe_service.wipe(path)
    notes = [f"The vault at {path} was wiped: its keys were overwritten and its "
             f"{report.files_removed} file(s) removed."]
    if report.keyring_entries_left:
        notes.append("The keyring could not be reached, so its entry for this vault stays; "
                     "it opens nothing without the overwritten key file.")
    data = Wiped(path, report.slot_files_overwritten, report.keyring_entries_deleted,
                 report.keyring_entries_left, report.files_removed, round(report.seconds, 3))
    return Reply(data, notes=notes)


@dataclass(frozen=True, slots=True)
class WipeAfter:
    vault: Path
    wipe_after: int | None  # wrong passphrases in a row; None: off


@command(
    "wipe-after", "wipe the vault after N wrong passphrases in a row (off by default)",
    writes=True,
    params=(param("limit", metavar="N|off",
                  help=f"{wipe_service.MIN_WIPE_AFTER} to {wipe_service.MAX_WIPE_AFTER}, "
                  "or off"),),
)
def wipe_after(ctx: Context, limit: str) -> Reply:
    word = limit.strip().lower()
    if word == "off":
        wipe_service.set_wipe_after(ctx.vault, None)
        return Reply(WipeAfter(ctx.vault_dir, None), notes=[
            "Wrong passphrases no longer wipe the vault."])
    low, high = wipe_service.MIN_WIPE_AFTER, wipe_service.MAX_WIPE_AFTER
    if not word.isdigit() or not low <= int(word) <= high:
        raise CliError("give a number from %1 to %2, or off", low, high,
                       status=ExitCode.USAGE)
    wipe_service.set_wipe_after(ctx.vault, int(word))
    return Reply(WipeAfter(ctx.vault_dir, int(word)), notes=[
        f"The vault is now wiped after {int(word)} wrong passphrases in a row, here or at "
        "the lock screen. This stops someone guessing on this computer; it does not stop "
        "anyone who copies the disk first, because a copy starts the count again."])
