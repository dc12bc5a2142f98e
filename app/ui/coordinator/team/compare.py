"""Inviting a coordinator and joining a team, each after comparing safety codes.

`InviteBox`: paste the newcomer's line, compare its safety code with them, then save the key
transfer (the organisation's keys, readable only by the newcomer). `JoinBox`: open the key
transfer made for this desk, compare the organisation's code and the inviter's code, then
join. Nothing changes before "They match"; "They do not match" changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.messages import explain
from app.services import team
from app.services.vaults import Vault
from app.ui.common import look
from app.ui.common.code_gate import WholeCodeGate, code_fully_shown
from app.ui.common.fields import SafetyCodeLabel
from app.ui.common.widgets import error_text, open_file_dialog, plain_label

TRANSFER_FILE_NAME = "key-transfer.age"


class AllCodesGate(WholeCodeGate):
    """"They match" only while every group of every code is on screen."""

    def __init__(self, codes: list[QLabel], button: QPushButton) -> None:
        self.others = codes[:-1]
        super().__init__(codes[-1], button)
        for code in self.others:
            code.installEventFilter(self)

    def update(self) -> None:
        shown = all(code_fully_shown(c) for c in (*self.others, self.code))
        self.button.setEnabled(self.free and shown)


def bold(text: str = "") -> QLabel:
    label = plain_label(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class Comparison(QWidget):
    """One or two safety codes shown large, what to do, and "They match" / "They do not
    match" (`matched`, `declined`)."""

    matched = Signal()
    declined = Signal()

    def __init__(self, count: int) -> None:
        super().__init__()
        self.captions = [bold() for _ in range(count)]
        self.codes = [SafetyCodeLabel() for _ in range(count)]
        self.instruction = plain_label()
        self.match_button = QPushButton(self.tr("They match"))
        self.match_button.setAccessibleName(self.tr("They match"))
        self.mismatch_button = QPushButton(self.tr("They do not match"))
        self.mismatch_button.setAccessibleName(self.tr("They do not match"))
        for button in (self.match_button, self.mismatch_button):
            button.setAutoDefault(False)
        self.gate = AllCodesGate(list(self.codes), self.match_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, code in zip(self.captions, self.codes, strict=True):
            layout.addWidget(caption)
            layout.addWidget(code)
        layout.addWidget(self.instruction)
        buttons = QHBoxLayout()
        buttons.addWidget(self.match_button)
        buttons.addWidget(self.mismatch_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.match_button.clicked.connect(self._on_match)
        self.mismatch_button.clicked.connect(self.declined)
        self.hide()

    def ask(self, codes: list[tuple[str, str]], instruction: str) -> None:
        for (caption, code), label, text in zip(codes, self.codes, self.captions, strict=True):
            text.setText(caption)
            label.show_code(code)
        self.instruction.setText(instruction)
        self.show()
        self.mismatch_button.setFocus()
        self.gate.reveal()

    def reset(self) -> None:
        for label, caption in zip(self.codes, self.captions, strict=True):
            label.show_code("")
            caption.clear()
        self.hide()

    def _on_match(self) -> None:
        if all(code_fully_shown(c) for c in self.codes):
            self.matched.emit()


class InviteBox(QWidget):
    """Paste a newcomer's line, compare codes, save the key transfer; `invited(file)`."""

    invited = Signal(object)  # team.InviteWritten
    message = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.line: team.MemberLine | None = None
        self.paste = QLineEdit()
        self.paste.setAccessibleName(self.tr("The new coordinator's line"))
        self.paste.setPlaceholderText(self.tr("Paste the line here"))
        self.read_button = QPushButton(self.tr("Read the line"))
        self.read_button.setAccessibleName(self.tr("Read the line"))
        self.compare = Comparison(1)
        row = QHBoxLayout()
        row.addWidget(self.paste, 1)
        row.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bold(self.tr("Invite a coordinator")))
        layout.addWidget(plain_label(self.tr(
            "Ask the new coordinator for the line shown in their Team panel and paste it "
            "here.")))
        layout.addLayout(row)
        layout.addWidget(self.compare)
        self.read_button.clicked.connect(lambda: self.read_line(self.paste.text()))
        self.paste.returnPressed.connect(lambda: self.read_line(self.paste.text()))
        self.compare.matched.connect(self._on_match)
        self.compare.declined.connect(self._on_mismatch)
        self.hide()

    def start(self, vault: Vault | None) -> None:
        self.vault = vault
        self.reset()
        self.show()
        self.paste.setFocus()

    def reset(self) -> None:
        self.line = None
        self.paste.clear()
        self.compare.reset()

    def read_line(self, text: str) -> bool:
        self.compare.reset()
        try:
            self.line = team.parse_member_line(text)
        except Exception as err:
            if explain(err) is None:
                raise
            self.message.emit(error_text(err))
            return False
        name = self.line.name
        self.compare.ask([(fill(self.tr("Safety code of %1:"), name), self.line.safety_code)],
                         fill(self.tr(
                             "Ask %1 to read their safety code aloud, by phone or in person, "
                             "and compare it group by group."), name))
        return True

    def _on_match(self) -> None:
        start = str(Path.home() / TRANSFER_FILE_NAME)
        open_file_dialog(self, self.tr("Save the key transfer"), start,
                         self._on_transfer_chosen, mode=QFileDialog.FileMode.AnyFile, save=True)

    def _on_transfer_chosen(self, chosen: list[str]) -> None:
        if chosen:
            self.invite_to(Path(chosen[0]))

    def invite_to(self, out: Path) -> bool:
        """Add the newcomer and save its key transfer to `out` (after "They match")."""
        if self.vault is None or self.line is None:
            return False
        try:
            written = team.invite(self.vault, self.line, out)
        except Exception as err:
            if explain(err) is None:
                raise
            self.message.emit(error_text(err))
            return False
        self.reset()
        self.hide()
        self.message.emit(fill(self.tr(
            "The key transfer for %1 was saved as %2. Only %1 can open it: give it to them "
            "on a USB stick or through a messenger, then delete your copy."),
            written.member.name, written.file))
        self.invited.emit(written)
        return True

    def _on_mismatch(self) -> None:
        self.reset()
        self.hide()
        self.message.emit(self.tr(
            "Nothing was changed. Do not use this line: ask for it again, in person if you "
            "can."))


class JoinBox(QWidget):
    """Open the key transfer made for this desk, compare both codes, join; `joined`."""

    joined = Signal()
    message = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.invitation: team.Invitation | None = None
        # The panel's check that this desk has a name: a sentence refusing, or None.
        self.name_missing: Callable[[], str | None] = lambda: None
        self.open_button = QPushButton(self.tr("Join a team..."))
        look.with_icon(self.open_button, "user-plus")
        self.open_button.setAccessibleName(self.tr("Join a team: open the key transfer"))
        self.compare = Comparison(2)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(self.tr(
            "Joining an organisation's team: give your line to one of its coordinators. "
            "They make a key transfer for you; open it here.")))
        layout.addLayout(row)
        layout.addWidget(self.compare)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.compare.matched.connect(self.accept)
        self.compare.declined.connect(self._on_mismatch)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.invitation = None
        self.compare.reset()

    def _on_open_clicked(self) -> None:
        missing = self.name_missing()
        if missing is not None:
            self.message.emit(missing)
            return
        open_file_dialog(self, self.tr("Open the key transfer"), str(Path.home()),
                         self._on_transfer_chosen,
                         filters=self.tr("Key transfers (*.age);;All files (*)"))

    def _on_transfer_chosen(self, chosen: list[str]) -> None:
        if chosen:
            self.open_transfer(Path(chosen[0]))

    def open_transfer(self, path: Path) -> bool:
        self.compare.reset()
        self.invitation = None
        if self.vault is None:
            return False
        try:
            self.invitation = team.read_invite(self.vault, path)
        except Exception as err:
            if explain(err) is None:
                raise
            self.message.emit(error_text(err))
            return False
        found = self.invitation
        self.compare.ask(
            [(fill(self.tr("Safety code of the organisation %1:"), found.organisation),
              found.organisation_code),
             (fill(self.tr("Safety code of %1, who invited you:"), found.inviter),
              found.inviter_code)],
            fill(self.tr("Compare both codes with %1 by phone or in person, group by group."),
                 found.inviter))
        return True

    def accept(self) -> bool:
        """Join with the key transfer read (after "They match")."""
        if self.vault is None or self.invitation is None:
            return False
        missing = self.name_missing()
        if missing is not None:
            self.message.emit(missing)
            return False
        try:
            team.join(self.vault, self.invitation, None)
        except Exception as err:
            if explain(err) is None:
                raise
            self.message.emit(error_text(err))
            return False
        name = self.invitation.organisation
        self.invitation = None
        self.compare.reset()
        self.message.emit(fill(self.tr(
            "You joined the team of %1. Now choose the shared folder."), name))
        self.joined.emit()
        return True

    def _on_mismatch(self) -> None:
        self.invitation = None
        self.compare.reset()
        self.message.emit(self.tr(
            "Nothing was changed. Do not use this key transfer: ask for a new one, in person "
            "if you can."))
