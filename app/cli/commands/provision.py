"""`guvoh provision`: the organisation's provisioning file (docs/provisioning.md). A
coordinator writes it (create); anyone may check it (show); a person applies it to their
vault after comparing its safety code (apply): the organisation is trusted and its
defaults set (delete on receipt in the vault; language and idle lock in the settings; the
disguise last, once the vault is closed, as `guvoh disguise` does)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from app.cli.context import CliError, Context
from app.cli.output import Reply
from app.cli.table import command, group, param
from app.messages import ExitCode
from app.services import disguise, vaults
from app.services import provisioning as service
from app.services import settings as prefs
from app.services.disguise import DisguiseError
from app.services.provisioning import Defaults, Provisioning


@dataclass(frozen=True, slots=True)
class ProvisionFile:
    """A verified provisioning file (create and show)."""

    file: Path
    organisation: str
    fingerprint: str
    safety_code: str
    created: str
    language: str | None
    delete_on_receipt: bool | None
    disguise: str | None
    idle_lock_minutes: int | None


@dataclass(frozen=True, slots=True)
class Applied:
    """apply: the organisation now trusted, and the defaults now in force."""

    vault: Path
    organisation: str
    safety_code: str
    language: str | None
    delete_on_receipt: bool | None
    disguise: str | None
    idle_lock_minutes: int | None


def _described(path: Path, p: Provisioning) -> ProvisionFile:
    d = p.defaults
    return ProvisionFile(path, p.organisation, p.fingerprint, p.safety_code, p.created,
                         d.language, d.delete_on_receipt, d.disguise, d.idle_lock_minutes)


def _lines(p: Provisioning) -> list[str]:
    d = p.defaults
    unset = "(the person chooses)"
    receipt = {None: unset, True: "yes", False: "no"}[d.delete_on_receipt]
    return [
        f"Organisation:       {p.organisation}",
        f"Safety code:        {p.safety_code}",
        f"Language:           {d.language or unset}",
        f"Delete on receipt:  {receipt}",
        f"Disguise:           {d.disguise or unset}",
        f"Idle lock:          {f'{d.idle_lock_minutes} min' if d.idle_lock_minutes else unset}",
    ]


def _language(text: str | None) -> str | None:
    """uz_Latn or uz-Latn alike (the .ts files' names or BCP 47)."""
    return None if text is None else text.replace("_", "-")


class _OnReceipt(argparse.Action):
    """--delete-on-receipt (True) or --keep-on-receipt (False): one setting, two flags."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        setattr(namespace, self.dest, option_string == "--delete-on-receipt")


group("provision", "the organisation's provisioning file: its card and defaults for its people")
FILE = param("file", metavar="FILE", help="the provisioning file")


@command(
    "provision create", "write a signed provisioning file for your organisation (coordinator)",
    writes=True,
    params=(
        param("--out", metavar="FILE", required=True,
              help=f"the file to write (give it to your people as {service.FILE_NAME})"),
        param("--language", metavar="LANG", help="interface language: "
              + ", ".join(service.LANGUAGES) + " (uz_Latn and uz_Cyrl also accepted)"),
        param("--delete-on-receipt", "--keep-on-receipt", dest="delete_on_receipt",
              action=_OnReceipt, nargs=0, default=None,
              help="destroy delivered cases when the organisation's receipt arrives, or "
              "keep them"),
        param("--disguise", metavar="PRESET", choices=[*disguise.PRESETS, service.NO_DISGUISE],
              help="a neutral name for the app: " + ", ".join(disguise.PRESETS) + ", or off"),
        param("--idle-lock", metavar="MINUTES", type=int,
              help=f"lock after this many idle minutes ({prefs.MIN_AUTO_LOCK_MINUTES} to "
              f"{prefs.MAX_AUTO_LOCK_MINUTES})"),
    ),
)
def provision_create(ctx: Context, out: str, language: str | None,
                     delete_on_receipt: bool | None, disguise: str | None,
                     idle_lock: int | None) -> Reply:
    defaults = Defaults(_language(language), delete_on_receipt, disguise, idle_lock).checked()
    made = service.create(ctx.vault, Path(out), defaults)
    return Reply(_described(Path(out), made), [f"Provisioning file written to {out}",
                                               *_lines(made)],
                 [f"Give it to your people with the program (as {service.FILE_NAME} next to "
                  "it, or to choose at first run). They compare this safety code with you by "
                  "phone or in person before it is used."])


@command("provision show", "verify a provisioning file and print what it holds",
         vault=False, secrets=(), params=(FILE,))
def provision_show(ctx: Context, file: str) -> Reply:
    read = service.read(Path(file))
    return Reply(_described(Path(file), read), _lines(read),
                 ["The organisation's signature is valid. Compare the safety code with the "
                  "organisation by phone or in person before using the file."])


@command(
    "provision apply",
    "trust the organisation of a provisioning file and take its defaults, after comparing "
    "its safety code", vault=False, writes=True, secrets=("passphrase",),
    params=(FILE, param("--safety-code", metavar="CODE",
                        help="the code the organisation gave you (needed with --yes)"), "yes"),
)
def provision_apply(ctx: Context, file: str, safety_code: str | None, yes: bool) -> Reply:
    read = service.read(Path(file))  # a refused file: before the passphrase
    ctx.show(_lines(read))
    if safety_code is not None and not service.code_matches(read, safety_code):
        return Reply(notes=["The safety code you gave is not this file's: do not use it. "
                            "Nothing was changed."], status=ExitCode.TAMPERED)
    if yes and safety_code is None:
        raise CliError("--yes needs --safety-code CODE, the code the organisation gave you")
    if not ctx.confirm("Compare this safety code with the organisation by phone or in "
                       "person. Do the codes match?", yes=yes):
        return Reply(notes=["Nothing was changed."], status=ExitCode.FAILURE)
    passphrase = ctx.secret("passphrase", "Passphrase: ")
    ctx.progress("Unlocking...")
    with vaults.unlock(ctx.vault_dir, passphrase) as vault:
        org = service.apply_to_vault(vault, read)
    defaults = read.defaults
    prefs.save(service.applied_preferences(prefs.load(), defaults))
    notes = [f"{org.name} is now trusted and its defaults are set."]
    key = service.disguise_key(defaults)
    if defaults.disguise is not None and key != disguise.current().key:
        default = ctx.vault_dir == vaults.default_vault_dir()
        try:
            disguise.switch(key, elsewhere=None if default else ctx.vault_dir)
        except DisguiseError as err:
            raise CliError("the organisation was trusted, but the disguise was not set: %1 "
                           "already holds other files or is on another disk",
                           err.path or "", status=ExitCode.EXISTS) from err
        notes.append("The app now goes by its disguise; open the vault with your "
                     "passphrase as before.")
    d = defaults
    return Reply(Applied(ctx.vault_dir, org.name, read.safety_code, d.language,
                         d.delete_on_receipt, d.disguise, d.idle_lock_minutes), notes=notes)
