"""A coordinator and its researchers, with real vaults (minimum KDF) and real bundles: the
world the coordinator's tests share (provenance, reports, overview, inbox, researchers).
The `desk` fixture in tests/conftest.py gives a fresh one, closed afterwards."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services import bundle_export, organisations, signers
from app.services.cases import add_case, attach_file
from crypto.kdf import FLOOR
from storage import keys
from storage.devicekeyring import DeviceKeyring
from storage.ids import CaseId
from storage.vault import Vault
from tests.conftest import PASSPHRASE


@dataclass
class Researcher:
    vault: Vault
    name: str  # the name the coordinator pins it under

    @property
    def key_line(self) -> str:
        return keys.identity(self.vault.conn).public_key.to_openssh_line(self.name)

    @property
    def fingerprint(self) -> str:
        return keys.identity(self.vault.conn).public_key.fingerprint()


@dataclass
class Desk:
    root: Path
    coordinator: Vault
    card: Path
    researchers: list[Researcher] = field(default_factory=list)
    outbox: Path = Path()

    def researcher(self, pseudonym: str, *, pin: bool = True) -> Researcher:
        vault, _ = Vault.create(self.root / pseudonym, PASSPHRASE, FLOOR, DeviceKeyring.none(),
                                role="researcher", pseudonym=pseudonym)
        card, raw = organisations.read_card(self.card)
        organisations.trust_organisation(vault, card, raw)
        found = Researcher(vault, f"Researcher {pseudonym}")
        self.researchers.append(found)
        if pin:
            signers.trust_signer(self.coordinator, found.key_line, found.name)
        return found

    def export(self, who: Researcher, records: list[dict[str, Any]],
               attachments: dict[int, bytes] | None = None) -> tuple[Path, list[CaseId]]:
        """Add `records` to the researcher's vault (attachment bytes by record index),
        export them in one bundle; returns the bundle file and the case ids."""
        ids = []
        for n, record in enumerate(records):
            case = add_case(who.vault, record)
            if attachments and n in attachments:
                source = self.root / f"att-{case.id}.bin"
                source.write_bytes(attachments[n])
                attach_file(who.vault, case.id, source, filename=f"recording-{n}.ogg",
                            media_type="audio/ogg")
            ids.append(case.id)
        result = bundle_export.export_bundle(who.vault, ["Memorial"], self.outbox, ids)
        return result.path, ids

    def close(self) -> None:
        for r in self.researchers:
            r.vault.close()
        self.coordinator.close()


def make_desk(root: Path) -> Desk:
    coordinator, _ = Vault.create(root / "coordinator", PASSPHRASE, FLOOR,
                                  DeviceKeyring.none(), role="coordinator")
    card = root / "memorial.card"
    organisations.create_organisation(coordinator, "Memorial", card)
    desk = Desk(root, coordinator, card)
    desk.outbox = root / "outbox"
    desk.outbox.mkdir()
    return desk
