"""Each protection of DESIGN.md 2b says, where it is switched on, what it defeats and what
it does not, as docs/security.md's table does: every panel names the copy of the disk it
cannot help against (issue 15 item 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.ui.shell.disguise_panel import DisguisePanel
from app.ui.shell.duress_panel import DuressPanel
from app.ui.shell.receipt_panel import ReceiptPanel
from app.ui.shell.seal_panel import SealPanel
from app.ui.shell.wipe_panel import WipeAfterRow, WipeDialog


def _words(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))


@pytest.mark.parametrize(("make", "defeats", "not_against"), [
    (ReceiptPanel, "nor a copy of the disk made later", "a copy of the disk made before"),
    (DuressPanel, "from a copy of the disk made later", "a copy of the disk made before"),
    (SealPanel, "from a copy of the disk", "A copy made before sealing is not protected"),
    (WipeAfterRow, "guessing your passphrase on this computer", "copies the disk first"),
    (DisguisePanel, "someone glancing at the computer", "anyone who examines the disk"),
])
def test_each_protection_says_what_it_defeats_and_what_not(
    qtbot: QtBot, make: type[QWidget], defeats: str, not_against: str
) -> None:
    panel = make()
    qtbot.addWidget(panel)
    words = _words(panel)
    assert defeats in words
    assert not_against in words


def test_the_panic_wipe_says_so_before_it_wipes(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = WipeDialog(tmp_path)
    qtbot.addWidget(dialog)
    words = _words(dialog)
    assert "someone who takes this computer after the wipe" in words
    assert "A copy of the disk made before it still holds the vault" in words
