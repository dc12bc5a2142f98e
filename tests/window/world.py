"""The throwaway vaults the real-window check and the README screenshots walk through: a
researcher with the example cases (a photo and a recording attached), a coordinator with its
organisation, one bundle from a researcher it knows and one from a stranger, a new
coordinator vault that joins its team, and someone telling their own story. Built once
(minimum KDF), then copied for each language's run."""

from __future__ import annotations

import io
import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.services import bundle_export, identity, organisations, signers
from app.services import cases as case_service
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "docs" / "examples"
PASSPHRASE = "mountain river lantern copper"
ORGANISATION = "Memorial"


def sample_picture(path: Path) -> None:
    image = QImage(640, 420, QImage.Format.Format_RGB32)
    image.fill(QColor("#dfe7ef"))
    painter = QPainter(image)
    painter.setPen(QColor("#334155"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "Summons, 12 March 2026")
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 wants str
    path.write_bytes(bytes(buffer.data().data()))


def sample_recording(path: Path, seconds: float = 3.0, rate: int = 16000) -> None:
    frames = b"".join(
        struct.pack("<h", int(8000 * math.sin(2 * math.pi * 220 * i / rate)))
        for i in range(int(seconds * rate))
    )
    raw = io.BytesIO()
    with wave.open(raw, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    path.write_bytes(raw.getvalue())


def _vault(path: Path, role: str, pseudonym: str | None = None) -> Vault:
    extra = {"pseudonym": pseudonym} if pseudonym else {}
    vault, _ = Vault.create(path, PASSPHRASE, FLOOR, DeviceKeyring.none(), role=role, **extra)
    return vault


def build(root: Path) -> None:
    """Make the world in `root` (an empty folder). Needs a QGuiApplication for the picture."""
    coordinator = _vault(root / "coordinator", "coordinator")
    card = root / "memorial.card"
    organisations.create_organisation(coordinator, ORGANISATION, card)
    card_data = organisations.read_card(card)

    researcher = _vault(root / "researcher", "researcher", "Researcher 7")
    organisations.trust_organisation(researcher, *card_data)
    ids = [case_service.add_case(researcher, case_service.read_case_file(EXAMPLES / name)).id
           for name in ("case-tg.json", "case-ru.json", "case-uz.json")]
    picture, recording = root / "summons.png", root / "interview.wav"
    sample_picture(picture)
    sample_recording(recording)
    case_service.attach_file(researcher, ids[0], picture, description="Photo of the summons")
    case_service.attach_file(researcher, ids[0], recording, description="Interview, first part")
    line = identity.identity(researcher).public_key.to_openssh_line()
    signers.trust_signer(coordinator, line, "Researcher 7")
    outbox = root / "outbox"
    outbox.mkdir()
    bundle_export.export_bundle(researcher, [ORGANISATION], outbox, ids)
    researcher.close()

    stranger = _vault(root / "stranger", "researcher", "R-12")
    organisations.trust_organisation(stranger, *card_data)
    extra = case_service.add_case(stranger,
                                  case_service.read_case_file(EXAMPLES / "case-ru.json"))
    bundle_export.export_bundle(stranger, [ORGANISATION], outbox, [extra.id])
    stranger.close()
    coordinator.close()

    _vault(root / "newdesk", "coordinator").close()  # joins the team (team_screens.py)

    submitter = _vault(root / "submitter", "submitter")
    organisations.trust_organisation(submitter, *card_data)
    submitter.close()
