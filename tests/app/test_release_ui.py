"""The Inbox's "Release a sealed vault..." (issue 15 item 4): a real researcher's vault,
sealed, released from the coordinator's Inbox in the same plain words as Settings; the token
is shown as a QR code that reads back to the token, "Copy the token" puts the text on the
clipboard and that text unseals the researcher's vault; the button is only on a coordinator's
vault with its own organisation; a wrong file and a request for another organisation are
each said in one sentence, and no token is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import segno
from PySide6.QtGui import QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from app.services import cases as case_service
from app.services import seal as seal_service
from app.ui.coordinator.inbox.section import InboxSection
from app.ui.coordinator.release import ReleaseDialog
from app.ui.shell.seal_panel import QR_SCALE, ReleasePanel
from crypto.kdf import FLOOR
from storage import keys
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.app.test_accessibility import _unnamed
from tests.casedata import sample
from tests.conftest import PASSPHRASE
from tests.desk import Desk, Researcher, make_desk
from tests.unit.test_cardqr import read_qr

QUIET_ZONE = 4  # modules of white around the code (app.services.cardqr)


def _sealed(desk: Desk, who: str, out: Path) -> tuple[Researcher, str]:
    """A researcher of `desk` with one case, sealed for Memorial; (researcher, safety code)."""
    r = desk.researcher(who)
    code = keys.identity(r.vault.conn).public_key.safety_code()
    case_service.add_case(r.vault, sample("uz"))
    seal_service.seal(r.vault, PASSPHRASE, "Memorial", out)
    r.vault.close()
    return r, code


@pytest.fixture
def section(qtbot: QtBot, desk: Desk) -> InboxSection:
    widget = InboxSection()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_vault(desk.coordinator)
    return widget


def _open_dialog(qtbot: QtBot, section: InboxSection) -> ReleaseDialog:
    assert section.release_button.isVisible()
    section.release_button.click()
    dialog = section.release_button.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _says(panel: ReleasePanel, words: str) -> Callable[[], bool]:
    return lambda: words in panel.message.text()


def _modules(image: QImage, size: int) -> tuple[tuple[bool, ...], ...]:
    """The code's modules as drawn on screen: the centre pixel of each, inside the quiet
    zone."""
    half = QR_SCALE // 2
    return tuple(
        tuple(image.pixelColor((QUIET_ZONE + c) * QR_SCALE + half,
                               (QUIET_ZONE + r) * QR_SCALE + half).value() < 128
              for c in range(size))
        for r in range(size))


def test_release_from_the_inbox_shows_a_qr_code_and_copies_a_token_that_unseals(
    qtbot: QtBot, tmp_path: Path, desk: Desk, section: InboxSection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    request = tmp_path / "travel.req"
    researcher, code = _sealed(desk, "R-07", request)
    with pytest.raises(seal_service.VaultSealed):
        Vault.unlock(researcher.vault.path, PASSPHRASE, DeviceKeyring.none())

    dialog = _open_dialog(qtbot, section)
    panel = dialog.panel
    assert panel.isVisible()
    assert "by voice" in panel.note.text()
    assert _unnamed(dialog) == []
    panel.on_request_chosen([str(request)])  # what "Open travel request..." gives
    qtbot.waitUntil(panel.release_button.isEnabled, timeout=20_000)
    assert "Researcher R-07" in panel.found.text()
    assert panel.code.code() == code  # large, in groups of four, to compare by voice
    assert panel.mismatch_button.isVisible()
    assert not panel.token.isVisible()

    token_file = tmp_path / "travel.token"
    panel.on_token_chosen([str(token_file)])  # what "They match: write..." then gives
    qtbot.waitUntil(panel.token.isVisible, timeout=20_000)
    text = token_file.read_text(encoding="ascii")
    assert len(text.encode()) < 1024
    assert panel.token.text == text
    assert panel.token.file.text() == str(token_file)
    assert str(token_file) in panel.message.text()
    assert not panel.release_button.isVisible()  # one token per request shown

    # The QR code on screen is the token's, and reads back to the token's exact bytes.
    pixmap = panel.token.qr.pixmap()
    qr = segno.make(text.encode("ascii"), mode="byte", error="m", boost_error=False,
                    micro=False)
    size = len(qr.matrix)
    assert pixmap.width() == pixmap.height() == (size + 2 * QUIET_ZONE) * QR_SCALE
    modules = _modules(pixmap.toImage(), size)
    assert modules == tuple(tuple(bool(m) for m in row) for row in qr.matrix)
    assert read_qr(modules) == text.encode("ascii")
    # ... and it is whole on screen, scrolled into view.
    label = panel.token.qr
    qtbot.waitUntil(lambda: label.visibleRegion().boundingRect().size() == pixmap.size(),
                    timeout=5_000)

    shown: list[Path] = []
    monkeypatch.setattr("app.ui.shell.seal_panel.show_in_folder", shown.append)
    panel.token.show_button.click()
    assert shown == [token_file]

    QGuiApplication.clipboard().clear()
    panel.token.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == text
    assert "clipboard" in panel.token.message.text()

    # On the researcher's computer, the copied text unseals the vault, which opens as it was.
    seal_service.unseal(researcher.vault.path, PASSPHRASE, copied)
    with Vault.unlock(researcher.vault.path, PASSPHRASE, DeviceKeyring.none()) as opened_vault:
        assert len(case_service.list_cases(opened_vault)) == 1

    dialog.close_button.click()
    qtbot.waitUntil(lambda: section.release_button.dialog is None, timeout=5_000)
    assert not panel.token.isVisible()  # the token is not kept once the dialog closes


def test_they_do_not_match_writes_no_token(
    qtbot: QtBot, tmp_path: Path, desk: Desk, section: InboxSection
) -> None:
    request = tmp_path / "travel.req"
    _sealed(desk, "R-08", request)
    panel = _open_dialog(qtbot, section).panel
    panel.on_request_chosen([str(request)])
    qtbot.waitUntil(panel.release_button.isEnabled, timeout=20_000)
    panel.mismatch_button.click()
    assert "No token was written" in panel.message.text()
    assert not panel.release_button.isVisible()
    assert not panel.code.isVisible()
    assert list(tmp_path.glob("*.token")) == []


def test_a_wrong_file_and_a_request_for_another_organisation_are_one_sentence_each(
    qtbot: QtBot, tmp_path: Path, section: InboxSection
) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("not a travel request\n", encoding="utf-8")
    other = make_desk(tmp_path / "other")  # another organisation, also called Memorial
    try:
        elsewhere = tmp_path / "elsewhere.req"
        _sealed(other, "R-09", elsewhere)
    finally:
        other.close()
    panel = _open_dialog(qtbot, section).panel
    for path, said in ((junk, "not an encrypted file Guvoh can read"),
                       (elsewhere, "made for someone else")):
        panel.on_request_chosen([str(path)])
        qtbot.waitUntil(_says(panel, said), timeout=20_000)
        sentence = panel.message.text()
        assert sentence.count(". ") + sentence.count(": ") <= 1  # one plain sentence
        assert not panel.release_button.isVisible()
        assert not panel.found.text()
        assert panel.request is None
    assert list(tmp_path.glob("*.token")) == []


def test_the_button_is_only_on_a_coordinators_vault_with_its_organisation(
    qtbot: QtBot, tmp_path: Path, desk: Desk, section: InboxSection
) -> None:
    assert section.release_button.isVisible()
    researcher = desk.researcher("R-10")
    section.show_vault(researcher.vault)
    assert section.release_button.isHidden()
    bare, _ = Vault.create(tmp_path / "bare", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                           role="coordinator")
    with bare:
        section.show_vault(bare)
        assert section.release_button.isHidden()  # no organisation of its own yet
        section.show_vault(desk.coordinator)
        assert section.release_button.isVisible()


def test_locking_closes_the_dialog(qtbot: QtBot, desk: Desk, section: InboxSection) -> None:
    dialog = _open_dialog(qtbot, section)
    section.show_vault(None)  # what locking does to every section
    assert section.release_button.dialog is None
    assert not dialog.isVisible()
    assert dialog.panel.vault is None
    assert section.release_button.isHidden()


def test_settings_shows_the_token_the_same_way(
    qtbot: QtBot, tmp_path: Path, desk: Desk
) -> None:
    request = tmp_path / "travel.req"
    _sealed(desk, "R-11", request)
    panel = ReleasePanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 900)
    panel.show()
    panel.show_vault(desk.coordinator)
    panel.on_request_chosen([str(request)])
    qtbot.waitUntil(panel.release_button.isEnabled, timeout=20_000)
    panel.on_token_chosen([str(tmp_path / "t.token")])
    qtbot.waitUntil(panel.token.isVisible, timeout=20_000)
    assert not panel.token.qr.pixmap().isNull()
    assert panel.token.text == (tmp_path / "t.token").read_text(encoding="ascii")
