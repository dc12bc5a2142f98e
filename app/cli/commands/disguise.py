"""`guvoh disguise`: show or choose the neutral name the app goes by (DESIGN.md 2b,
app/services/disguise.py): its folders, keyring entry, menu entry and window."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.cli.context import CliError, Context
from app.cli.output import Reply
from app.cli.table import command, param
from app.messages import ExitCode
from app.services import disguise, vaults
from app.services.disguise import DisguiseError

OFF = "off"


@dataclass(frozen=True, slots=True)
class Disguise:
    name: str  # "off" or a preset
    vault: Path
    settings: Path


def _state(vault: Path) -> Disguise:
    names = disguise.current()
    return Disguise(names.key or OFF, vault, disguise.settings_path(names))


@command("disguise", "show or choose a neutral name for the app's folders, keyring entry "
         "and window: notes, budget, recipes, or off", vault=False, writes=True, secrets=(),
         params=(param("name", nargs="?", choices=[*disguise.PRESETS, OFF],
                       help="the name to go by from now on; none: show the one in use"),))
def disguise_command(ctx: Context, name: str | None) -> Reply:
    if name is None:
        state = _state(ctx.vault_dir)
        return Reply(data=state, lines=[f"disguise: {state.name}", f"vault: {state.vault}"])
    default = ctx.vault_dir == vaults.default_vault_dir()
    try:
        disguise.switch(None if name == OFF else name,
                        elsewhere=None if default else ctx.vault_dir)
    except DisguiseError as err:
        raise CliError("nothing was moved: %1 already holds other files or is on another "
                       "disk", err.path or "", status=ExitCode.EXISTS) from err
    state = _state(vaults.default_vault_dir() if default else ctx.vault_dir)
    return Reply(data=state, lines=[f"disguise: {state.name}", f"vault: {state.vault}"],
                 notes=["The vault, its keyring entry and the settings now go by this name; "
                        "open it with your passphrase as before."])
