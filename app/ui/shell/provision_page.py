"""At first run: the organisation's provisioning file (docs/provisioning.md).

The welcome page holds a `ProvisionOffer`: "Use a file from your organisation..." to choose
one, and a line saying what was refused or what will be used. A file found next to the
program, or chosen, is read and verified (app/services/provisioning.py); a refused one is
said in one sentence and nothing is set. A verified one opens the `ProvisionPage`: the
organisation's name and safety code, shown as the Organisations screen shows a card's (the
same SafetyCodeLabel, "The codes match" only while the whole code is on screen), and what it
will set. Only after "The codes match" does the window take the defaults (MainWindow); the
organisation is trusted once the vault exists.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.text import fill
from app.services import disguise, provisioning
from app.services.errors import ProvisionRefused
from app.services.provisioning import Provisioning
from app.ui.common import look
from app.ui.common.code_gate import WholeCodeGate, code_fully_shown
from app.ui.common.fields import SafetyCodeLabel, heading
from app.ui.common.i18n import BY_CODE
from app.ui.common.widgets import error_text, open_file_dialog, plain_label
from app.ui.shell.disguise_panel import DisguiseNames


def read_file(path: Path) -> Provisioning | str:
    """The verified file at `path`, or the one translated sentence why it was refused."""
    try:
        return provisioning.read(path)
    except ProvisionRefused as err:
        return error_text(err)


class ProvisionOffer(QWidget):
    """On the welcome page: choose the organisation's file; what was refused or used."""

    chosen = Signal(object)  # Path

    def __init__(self) -> None:
        super().__init__()
        self.button = QPushButton(self.tr("Use a file from your organisation..."))
        self.button.setAccessibleName(self.tr("Use a file from your organisation"))
        self.button.setAutoDefault(False)
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Organisation's file"))
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.button.clicked.connect(self.on_choose_clicked)

    def on_choose_clicked(self) -> None:
        open_file_dialog(self, self.tr("Choose the file your organisation gave you"),
                         str(Path.home()), self._on_chosen,
                         filters=self.tr("Provisioning files (*.txt);;All files (*)"))

    def _on_chosen(self, chosen: list[str]) -> None:
        if chosen:
            self.chosen.emit(Path(chosen[0]))

    def show_refused(self, sentence: str) -> None:
        self.message.setText(sentence)

    def show_declined(self) -> None:
        self.message.setText(self.tr(
            "Nothing from the file was used. Do not use it: ask your organisation for its "
            "file again, in person if you can."))

    def show_used(self, provisioned: Provisioning) -> None:
        self.message.setText(fill(self.tr(
            "Settings from %1 will be used; %1 will be trusted once your vault is created."
        ), provisioned.organisation))


class ProvisionPage(QWidget):
    """The organisation's name and safety code to compare, and what its file sets.
    `accepted` (Provisioning) after "The codes match"; `declined` otherwise."""

    accepted = Signal(object)  # Provisioning
    declined = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.provisioned: Provisioning | None = None
        title = heading(self.tr("A file from your organisation"))
        self.name_label = heading("")
        self.name_label.setAccessibleName(self.tr("Organisation name"))
        self.code_label = SafetyCodeLabel()
        instruction = plain_label(self.tr(
            "Compare these digits with the code your organisation gave you, by phone or in "
            "person: ask their coordinator to read it aloud, group by group. If they differ, "
            "someone may have changed the file: do not use it."))
        self.settings_label = plain_label()
        self.settings_label.setAccessibleName(self.tr("What this file sets"))
        self.match_button = QPushButton(self.tr("The codes match"))
        self.match_button.setAccessibleName(self.tr("The codes match"))
        look.primary(self.match_button)
        self.mismatch_button = QPushButton(self.tr("They do not match"))
        self.mismatch_button.setAccessibleName(self.tr("They do not match"))
        for button in (self.match_button, self.mismatch_button):
            button.setAutoDefault(False)
        self.gate = WholeCodeGate(self.code_label, self.match_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.match_button)
        buttons.addWidget(self.mismatch_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 28, 24, 28)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.name_label)
        layout.addWidget(plain_label(self.tr("Safety code in this file:")))
        layout.addWidget(self.code_label)
        layout.addWidget(instruction)
        layout.addWidget(self.settings_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.match_button.clicked.connect(self.on_match_clicked)
        self.mismatch_button.clicked.connect(self.on_mismatch_clicked)

    def show_file(self, provisioned: Provisioning) -> None:
        self.provisioned = provisioned
        self.name_label.setText(provisioned.organisation)
        self.code_label.show_code(provisioned.safety_code)
        self.settings_label.setText(self.describe(provisioned))
        self.mismatch_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.gate.reveal()

    def describe(self, provisioned: Provisioning) -> str:
        """What the file sets, one line each, in plain words."""
        d = provisioned.defaults
        lines = [fill(self.tr("%1 will be trusted: what you send can be opened only by its "
                              "coordinators."), provisioned.organisation)]
        if d.language is not None:
            language = BY_CODE[d.language].native if d.language in BY_CODE else d.language
            lines.append(fill(self.tr("Language: %1"), language))
        if d.delete_on_receipt is True:
            lines.append(self.tr("Cases are deleted from this computer once the organisation "
                                 "confirms it received them."))
        elif d.delete_on_receipt is False:
            lines.append(self.tr("Cases stay on this computer after the organisation "
                                 "confirms it received them."))
        if d.disguise is not None:
            key = provisioning.disguise_key(d)
            shown = (self.tr("Guvoh (no disguise)") if key is None
                     else DisguiseNames(self).title(disguise.names_for(key)))
            lines.append(fill(self.tr("Name shown for this app: %1"), shown))
        if d.idle_lock_minutes is not None:
            lines.append(self.tr("Locks after %n minute(s) without use.", "",
                                 d.idle_lock_minutes))
        return "\n".join(lines)

    def on_match_clicked(self) -> None:
        if self.provisioned is None or not code_fully_shown(self.code_label):
            return
        self.accepted.emit(self.provisioned)

    def on_mismatch_clicked(self) -> None:
        self.provisioned = None
        self.declined.emit()
