"""Several coordinator desks of one organisation, with real vaults (minimum KDF), a shared
folder per desk, and the key transfers between them: the world the team tests share. The
folders are kept in step by the test itself (copying files, in any order) or by real
Syncthing instances (tests/team/syncthing.py)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from app.services import team
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.desk import Desk, make_desk


@dataclass
class Coordinator:
    name: str
    vault: Vault
    folder: Path

    def sync(self) -> team.SyncReport:
        return team.sync(self.vault)


def found(root: Path, folder: Path, name: str = "Alice") -> tuple[Desk, Coordinator]:
    """The organisation's first desk (tests/desk.py), founding the team on `folder`."""
    desk = make_desk(root)
    team.set_folder(desk.coordinator, folder, name)
    return desk, Coordinator(name, desk.coordinator, folder)


def join(root: Path, inviter: Coordinator, name: str, folder: Path) -> Coordinator:
    """A new coordinator vault that joins through a key transfer made by `inviter`."""
    vault, _ = Vault.create(root / f"desk-{name}", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                            role="coordinator")
    line = team.my_line(vault, name)
    transfer = root / f"invite-{name}.age"
    team.invite(inviter.vault, team.parse_member_line(line.line), transfer)
    invitation = team.read_invite(vault, transfer)
    team.join(vault, invitation, folder)
    return Coordinator(name, vault, folder)


def copy_all(src: Path, dst: Path) -> int:
    """What a sync tool does, crudely: every file of src's inbox/ and journal/ into dst."""
    n = 0
    for sub in ("inbox", "journal"):
        (dst / sub).mkdir(parents=True, exist_ok=True)
        for f in sorted((src / sub).iterdir()):
            if not (dst / sub / f.name).exists():
                shutil.copy2(f, dst / sub / f.name)
                n += 1
    return n
