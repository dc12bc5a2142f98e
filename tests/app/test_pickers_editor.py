"""The vocabulary picker in the case editor: a country half typed when the case is saved
(Ctrl+S, the focus still in the field) is taken if it names one country, and otherwise
stays in sight, refused, while the case keeps what it had: never "not stated" silently."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import cases as case_svc
from app.services.vaults import Vault
from app.ui.researcher.editor.case_editor import CaseEditor


def _editor(qtbot: QtBot, vault: Vault) -> CaseEditor:
    editor = CaseEditor()
    qtbot.addWidget(editor)
    editor.resize(1100, 800)
    editor.show()
    editor.show_vault(vault)
    editor.open_case(None)
    qtbot.keyClicks(editor.header.title_edit, "Pressure on relatives")
    return editor


def test_saving_takes_a_country_typed_in_full(qtbot: QtBot, vault: Vault) -> None:
    editor = _editor(qtbot, vault)
    host = editor.interview.host_country
    host.setFocus()
    qtbot.keyClicks(host.lineEdit(), "Turkey")  # no Enter, the field not left
    with qtbot.waitSignal(editor.case_saved, timeout=5000) as saved:
        editor.save()
    assert host.currentText() == "Türkiye"
    assert case_svc.show_case(vault, saved.args[0]).record["host_country"] == "TR"


def test_saving_keeps_a_refused_country_in_sight(qtbot: QtBot, vault: Vault) -> None:
    editor = _editor(qtbot, vault)
    host = editor.interview.host_country
    host.set_code("DE")
    host.setFocus()
    host.lineEdit().selectAll()
    qtbot.keyClicks(host.lineEdit(), "Atlantis")
    with qtbot.waitSignal(editor.case_saved, timeout=5000) as saved:
        editor.save()
    assert host.currentText() == "Atlantis"
    assert not host.is_acceptable()
    assert host.message.text() == "Not in the list: not saved."
    assert case_svc.show_case(vault, saved.args[0]).record["host_country"] == "DE"
    # Enter on a prefix takes the first suggestion; the refusal is gone.
    host.lineEdit().selectAll()
    qtbot.keyClicks(host.lineEdit(), "Kazak")
    qtbot.keyClick(host.lineEdit(), Qt.Key.Key_Return)
    assert host.code() == "KZ"
    assert host.message.text() == ""
