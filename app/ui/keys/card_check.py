"""Checking an organisation's card before trusting it.

Read the card file, show its safety code large, and ask whether it matches the code the
organisation reads out by phone or in person. Nothing is trusted until the person says "They
match"; "They do not match" trusts nothing. The Organisations section and the story of a
submitter both use this widget.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.text import fill
from app.services import organisations
from app.services.errors import CardError, VaultError
from app.services.organisations import CardChange, OrganisationCard
from app.services.vaults import Vault
from app.ui.common.code_gate import WholeCodeGate, code_fully_shown
from app.ui.common.fields import PathField, SafetyCodeLabel, heading
from app.ui.common.widgets import error_text, plain_label


class CardCheck(QWidget):
    """Load an organisation card, show its safety code large and ask whether it matches
    the code the organisation reads out. Emits `trusted` (Organisation) only after "They
    match"; "They do not match" trusts nothing and emits `declined`."""

    trusted = Signal(object)  # Organisation
    declined = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.card: OrganisationCard | None = None
        self.card_bytes = b""
        self.change: CardChange | None = None
        self.path = PathField(
            self.tr("Organisation card file"), self.tr("Choose the organisation's card"),
            self.tr("Organisation cards (*.card *.txt);;All files (*)"),
        )
        self.read_button = QPushButton(self.tr("Read the card"))
        self.read_button.setAccessibleName(self.tr("Read the card"))
        self.name_label = heading("")
        self.name_label.setAccessibleName(self.tr("Organisation name"))
        self.code_label = SafetyCodeLabel()
        self.instruction = plain_label(self.tr(
            "Compare these digits with the organisation by phone or in person: ask their "
            "coordinator to read their safety code aloud, group by group. Do not use a "
            "message or e-mail for this: someone who could change the card could change "
            "the message too."
        ))
        self.match_button = QPushButton(self.tr("They match"))
        self.match_button.setAccessibleName(self.tr("They match"))
        self.mismatch_button = QPushButton(self.tr("They do not match"))
        self.mismatch_button.setAccessibleName(self.tr("They do not match"))
        for button in (self.match_button, self.mismatch_button):
            button.setAutoDefault(False)
        # "They match" only while every group of the code is on screen.
        self.gate = WholeCodeGate(self.code_label, self.match_button)
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        # A newer card of an organisation already trusted: the change, before the question.
        self.change_label = plain_label()
        self.change_label.setAccessibleName(self.tr("This card replaces a trusted card"))
        self.change_label.hide()

        self.compare = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.match_button)
        buttons.addWidget(self.mismatch_button)
        buttons.addStretch(1)
        compare = QVBoxLayout(self.compare)
        compare.setContentsMargins(0, 0, 0, 0)
        compare.addWidget(self.name_label)
        compare.addWidget(self.change_label)
        compare.addWidget(plain_label(self.tr("Safety code on this card:")))
        compare.addWidget(self.code_label)
        compare.addWidget(self.instruction)
        compare.addLayout(buttons)
        self.compare.hide()

        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.compare)
        layout.addWidget(self.message)

        self.read_button.clicked.connect(self.on_read_clicked)
        self.path.field.returnPressed.connect(self.on_read_clicked)
        self.match_button.clicked.connect(self.on_match_clicked)
        self.mismatch_button.clicked.connect(self.on_mismatch_clicked)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.reset()
        self.path.field.clear()

    def reset(self) -> None:
        self.card = None
        self.card_bytes = b""
        self.change = None
        self.change_label.clear()
        self.change_label.hide()
        self.compare.hide()
        self.name_label.clear()
        self.code_label.show_code("")
        self.message.clear()

    def load_card(self, path: Path) -> bool:
        """Read the card at `path` and show its safety code for comparing."""
        self.reset()
        self.path.set_path(path)
        try:
            card, data = organisations.read_card(path)
        except FileNotFoundError:
            self.message.setText(fill(self.tr("There is no file at %1."), path))
            return False
        except OSError:
            self.message.setText(fill(self.tr("The file %1 could not be read."), path))
            return False
        except CardError as err:
            self.message.setText(error_text(err))
            return False
        self.card, self.card_bytes = card, data
        self.name_label.setText(card.name)
        self.code_label.show_code(card.safety_code())
        self.change = None if self.vault is None else organisations.card_change(self.vault, card)
        if self.change is not None:
            self.change_label.setText(fill(self.tr(
                "This card replaces the card you trust for %1. The old card's safety code "
                "was %2; this card's is below. Its encryption key changes from %3 to %4. "
                "If the new code matches, what you send from now on goes to the new key "
                "only."
            ), self.change.name, self.change.old_safety_code, self.change.old_recipient,
                self.change.new_recipient))
            self.change_label.show()
        self.compare.show()
        self.mismatch_button.setFocus()
        self.gate.reveal()
        return True

    def on_read_clicked(self) -> None:
        path = self.path.path()
        if path is None:
            self.message.setText(self.tr("Choose the card file the organisation gave you."))
            return
        self.load_card(path)

    def on_match_clicked(self) -> None:
        if self.vault is None or self.card is None or not code_fully_shown(self.code_label):
            return
        card = self.card
        try:
            org = organisations.trust_organisation(self.vault, card, self.card_bytes,
                                                   replace=self.change is not None)
        except (VaultError, CardError) as err:
            self.message.setText(error_text(err))
            return
        self.reset()
        self.path.field.clear()
        self.message.setText(fill(self.tr(
            "%1 is now trusted. Files you send to it can be opened only by %1's "
            "coordinators."
        ), org.name))
        self.trusted.emit(org)

    def on_mismatch_clicked(self) -> None:
        self.reset()
        self.path.field.clear()
        self.message.setText(self.tr(
            "Nothing was trusted. Do not use this card: someone may have changed it. Ask "
            "the organisation to give you its card again, in person if you can."
        ))
        self.declined.emit()
