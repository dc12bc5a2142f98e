"""Accepting an unknown sender from the Inbox: the safety code of the key that signed a
file, compared with the sender by phone or in person; "They match" pins the key under a
name and imports that file, and every other file in the list signed by the same key, again.

The texts keep the translation context "InboxSection", where they were first translated.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from app.domain.outcomes import Outcome
from app.services import coordinator, inbox
from app.services.coordinator import BatchItem
from app.services.vaults import Vault
from app.ui.common import jobs
from app.ui.common.code_gate import WholeCodeGate, code_fully_shown
from app.ui.common.fields import SafetyCodeLabel, heading
from app.ui.common.widgets import plain_label
from app.ui.coordinator.inbox.model import InboxRow

Pinned = list[tuple[InboxRow, BatchItem]]  # each file imported again, with its new outcome


def same_signer(rows: Sequence[InboxRow], entry: InboxRow) -> list[InboxRow]:
    """The other files in the list signed by the same unknown key as `entry`: the code
    compared is that key's, so they are imported too."""
    item = entry.item
    if item is None:
        return []
    return [r for r in rows
            if r is not entry and r.item is not None and not r.earlier
            and r.item.kind is Outcome.UNKNOWN_SIGNER
            and r.item.signer_fingerprint == item.signer_fingerprint]


def pin_and_import(vault: Vault, entry: InboxRow, name: str, others: Sequence[InboxRow],
                   ctx: jobs.JobContext) -> Pinned:
    """Pin the key that signed `entry` under `name` and import it, then `others` (runs on
    a worker; reading progress through ctx.steps, Cancel through ctx.cancel)."""
    assert entry.item is not None
    results = [(entry, coordinator.pin_and_import(
        vault, entry.item, name, progress=ctx.steps, cancel=ctx.cancel))]
    for other in others:
        assert other.item is not None
        results.append((other, coordinator.import_one(
            vault, other.item.path, progress=ctx.steps, cancel=ctx.cancel)))
    for row, item in results:  # the history shows the new outcomes after a lock too
        if row.entry_id is not None and item.kind is not Outcome.CANCELLED:
            inbox.record_again(vault, row.entry_id, item)
    return results


class PinPanel(QFrame):
    """The safety code to compare, a name for the sender, "They match" and "They do not
    match". The Inbox runs the pinning; this panel only asks.

    Every digit group of the code is shown whole: the code keeps the height it needs (the
    Inbox scrolls the rest of the page, never the code), and "They match" is enabled only
    while the whole code is on screen (app.ui.common.code_gate)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.code = SafetyCodeLabel()
        self.code.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.instruction = plain_label(QCoreApplication.translate(
            "InboxSection",
            "Compare these digits with the sender by phone or in person: ask them to read "
            "the safety code on their Identity screen aloud, group by group. Do not use a "
            "message for this: someone who could change the file could change the message "
            "too."
        ))
        self.name = QLineEdit()
        self.name.setAccessibleName(
            QCoreApplication.translate("InboxSection", "Name for this sender"))
        self.name.setPlaceholderText(
            QCoreApplication.translate("InboxSection", "A name or pseudonym you will recognise"))
        self.name.setMaxLength(200)
        self.match_button = QPushButton(QCoreApplication.translate("InboxSection", "They match"))
        self.match_button.setAccessibleName(
            QCoreApplication.translate("InboxSection", "They match"))
        self.mismatch_button = QPushButton(
            QCoreApplication.translate("InboxSection", "They do not match"))
        self.mismatch_button.setAccessibleName(
            QCoreApplication.translate("InboxSection", "They do not match"))
        for button in (self.match_button, self.mismatch_button):
            button.setAutoDefault(False)
        self.gate = WholeCodeGate(self.code, self.match_button)
        self.message = plain_label()
        self.message.setAccessibleName(
            QCoreApplication.translate("InboxSection", "Message about this sender"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading(
            QCoreApplication.translate("InboxSection", "Is this the sender you know?")))
        layout.addWidget(plain_label(QCoreApplication.translate(
            "InboxSection", "Safety code of the person who made this file:")))
        layout.addWidget(self.code)
        layout.addWidget(self.instruction)
        name_form = QFormLayout()
        name_form.addRow(QCoreApplication.translate("InboxSection", "Name"), self.name)
        layout.addLayout(name_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.match_button)
        buttons.addWidget(self.mismatch_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.hide()

    def ask(self, safety_code: str) -> None:
        """Show the code of the key to compare, with an empty name."""
        self.code.show_code(safety_code)
        self.code.setMinimumHeight(self.code.sizeHint().height())
        self.name.clear()
        self.message.clear()
        self.show()
        self.name.setFocus()
        self.gate.reveal()

    def reset(self) -> None:
        self.hide()
        self.code.show_code("")
        self.code.setMinimumHeight(0)
        self.name.clear()
        self.message.clear()

    def code_fully_shown(self) -> bool:
        return code_fully_shown(self.code)

    def entered_name(self) -> str | None:
        """The name typed (spaces collapsed); None, with a request for one, if empty."""
        name = " ".join(self.name.text().split())
        if not name:
            self.message.setText(QCoreApplication.translate(
                "InboxSection",
                "Type a name for this sender first, so you can recognise their files."))
            self.name.setFocus()
            return None
        return name

    def show_working(self) -> None:
        self.message.setText(QCoreApplication.translate(
            "InboxSection", "Adding the sender and importing..."))

    def set_free(self, free: bool) -> None:
        """Enabled only while no import runs ("They match" also only while the whole code
        is shown)."""
        for control in (self.mismatch_button, self.name):
            control.setEnabled(free)
        self.gate.set_free(free)
