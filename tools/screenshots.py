"""Take the README's screenshots from the real app: `make screenshots` (runs this under
Xvfb). Everything happens in throwaway vaults in a temporary folder, filled with the
example cases from docs/examples; nothing of yours is read.

Writes docs/screenshots/*.png.
"""

from __future__ import annotations

import io
import math
import struct
import sys
import tempfile
import time
import wave
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from app.services import bundle_export, identity, organisations, signers
from app.services import cases as case_service
from app.ui.common import i18n
from app.ui.researcher.export import ExportDialog
from app.ui.shell.window import MainWindow
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
EXAMPLES = ROOT / "docs" / "examples"
PASSPHRASE = "mountain river lantern copper"  # noqa: S105 - a throwaway vault
SIZE = (1100, 720)


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app)
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"  docs/screenshots/{name}.png")


def wait_until(app: QApplication, condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if condition():
            return
        app.processEvents()
        time.sleep(0.01)
    raise RuntimeError(f"timed out waiting for {what}")


def sample_picture(path: Path) -> None:
    image = QImage(640, 420, QImage.Format.Format_RGB32)
    image.fill(QColor("#dfe7ef"))
    painter = QPainter(image)
    painter.setPen(QColor("#334155"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "Summons, 12 March 2026")
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
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


def fill(vault: Vault, tmp: Path) -> str:
    first = ""
    for name in ("case-tg.json", "case-ru.json", "case-uz.json"):
        record = case_service.read_case_file(EXAMPLES / name)
        first = case_service.add_case(vault, record).id
    picture, recording = tmp / "summons.png", tmp / "interview.wav"
    sample_picture(picture)
    sample_recording(recording)
    case_service.attach_file(vault, first, picture, description="Photo of the summons")
    case_service.attach_file(vault, first, recording, description="Interview, first part")
    return first


def main() -> int:
    app = QApplication(sys.argv)
    app.setApplicationName("Guvoh")
    i18n.install("en")  # as the app does at start: English plural forms, en_GB dates
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        settings = tmp / "settings.json"

        # First run.
        window = MainWindow(tmp / "new", kdf_seconds=0, settings_path=settings)
        window.resize(760, 640)
        window.show()
        page = window.create_page
        page.pseudonym.setText("Researcher 7")
        page.passphrases.first.setText(PASSPHRASE)
        page.passphrases.second.setText(PASSPHRASE)
        shoot(app, window, "create-vault")
        window.close()

        # A researcher with cases, and the organisation that receives them.
        coordinator, _ = Vault.create(tmp / "coordinator", PASSPHRASE, FLOOR,
                                      DeviceKeyring.none(), role="coordinator")
        card = tmp / "memorial.card"
        organisations.create_organisation(coordinator, "Memorial", card)
        vault, _ = Vault.create(tmp / "vault", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                                role="researcher", pseudonym="Researcher 7")
        case_id = fill(vault, tmp)
        vault.close()

        window = MainWindow(tmp / "vault", kdf_seconds=0, settings_path=settings)
        window.resize(*SIZE)
        window.show()
        shoot(app, window, "unlock")
        window.unlock_page.passphrase.setText(PASSPHRASE)
        window.unlock_page.unlock_button.click()
        wait_until(app, lambda: window.vault is not None, "unlock")
        workspace = window.workspace
        shoot(app, window, "case-list")
        workspace.cases.list.search.setText("Qo'qon")
        workspace.cases.list.apply_search()
        shoot(app, window, "search")
        workspace.cases.list.search.clear()
        workspace.cases.list.apply_search()

        workspace.cases.open_case(case_id)
        editor = workspace.cases.editor
        shoot(app, window, "editor-consent")
        editor.tabs.setCurrentIndex(2)
        shoot(app, window, "editor-people")
        editor.tabs.setCurrentIndex(3)
        shoot(app, window, "editor-events")
        editor.tabs.setCurrentIndex(4)
        shoot(app, window, "editor-files")
        editor.closed.emit()

        workspace.select("organisations")
        check = workspace.organisations.card_check
        check.path.set_path(card)
        check.read_button.click()
        shoot(app, window, "trust-organisation")
        check.match_button.click()
        workspace.select("identity")
        shoot(app, window, "identity")

        assert window.vault is not None
        dialog = ExportDialog(window.vault, [case_id], window)
        dialog.folder.set_path(tmp)
        dialog.show()
        shoot(app, dialog, "export")
        dialog.close()
        workspace.select("cases")
        window.set_language("uz-Latn")
        shoot(app, window, "case-list-uz")
        window.set_language("ru")
        window.workspace.cases.open_case(case_id)
        window.workspace.cases.editor.tabs.setCurrentIndex(0)
        shoot(app, window, "editor-ru")
        window.set_language("en")
        window.lock()
        window.close()

        # The coordinator receives the researcher's bundle and one from a stranger.
        researcher = Vault.unlock(tmp / "vault", PASSPHRASE, DeviceKeyring.none())
        line = identity.identity(researcher).public_key.to_openssh_line()
        signers.trust_signer(coordinator, line, "Researcher 7")
        outbox = tmp / "usb"
        outbox.mkdir()
        chosen = [c.id for c in case_service.list_cases(researcher)]
        bundle_export.export_bundle(researcher, ["Memorial"], outbox, chosen)
        researcher.close()
        stranger, _ = Vault.create(tmp / "stranger", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                                   role="researcher", pseudonym="R-12")
        card_data = organisations.read_card(card)
        organisations.trust_organisation(stranger, *card_data)
        extra = case_service.add_case(
            stranger, case_service.read_case_file(EXAMPLES / "case-ru.json"))
        bundle_export.export_bundle(stranger, ["Memorial"], outbox, [extra.id])
        stranger.close()
        (outbox / "notes.txt").write_text("not a bundle")
        coordinator.close()
        window = MainWindow(tmp / "coordinator", kdf_seconds=0, settings_path=settings)
        window.resize(*SIZE)
        window.show()
        window.unlock_page.passphrase.setText(PASSPHRASE)
        window.unlock_page.unlock_button.click()
        wait_until(app, lambda: window.vault is not None, "coordinator unlock")
        workspace = window.workspace
        workspace.inbox.add_paths([outbox])
        wait_until(app, lambda: not workspace.inbox.busy, "inbox batch")
        shoot(app, window, "inbox")
        workspace.select("cases")
        workspace.cases.list.table.selectRow(0)
        shoot(app, window, "provenance")
        workspace.select("researchers")
        shoot(app, window, "researchers")
        workspace.select("overview")
        wait_until(app, lambda: workspace.overview.charts is not None
                   and workspace.overview.charts.total_cases > 0, "overview")
        shoot(app, window, "overview")
        window.lock()
        window.close()

        # Someone telling their own story.
        story_vault, _ = Vault.create(tmp / "story", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                                      role="submitter")
        window = MainWindow(tmp / "story", kdf_seconds=0, settings_path=settings)
        window.resize(*SIZE)
        window.show()
        window.on_unlocked(story_vault)
        story = window.workspace.story
        story.consent.agree.click()
        shoot(app, window, "tell-your-story")
        window.lock()
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
