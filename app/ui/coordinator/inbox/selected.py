"""The Inbox's selected file: its outcome in one sentence, "Compare safety codes..." for a
file from an unknown sender, and the technical details behind "Details".

The texts keep the translation context "InboxSection", where they were first translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.outcomes import Outcome
from app.ui.common.fields import Details, read_only_line
from app.ui.common.widgets import error_text, plain_label
from app.ui.coordinator.inbox import outcomes
from app.ui.coordinator.inbox.model import InboxRow


class SelectedFile(QWidget):
    """What the Inbox says about the selected file."""

    def __init__(self) -> None:
        super().__init__()
        self.outcome_text = plain_label()
        self.outcome_text.setAccessibleName(QCoreApplication.translate(
            "InboxSection", "Outcome of the selected bundle"))
        self.pin_button = QPushButton(QCoreApplication.translate(
            "InboxSection", "Compare safety codes..."))
        self.pin_button.setAccessibleName(QCoreApplication.translate(
            "InboxSection", "Compare the safety code with the sender"))
        self.pin_button.setAutoDefault(False)
        tech = QWidget()
        form = QFormLayout(tech)
        form.setContentsMargins(0, 0, 0, 0)
        self.detail_path = read_only_line(QCoreApplication.translate("InboxSection", "File"))
        self.detail_bundle = read_only_line(QCoreApplication.translate(
            "InboxSection", "Bundle id"))
        self.detail_fingerprint = read_only_line(QCoreApplication.translate(
            "InboxSection", "Fingerprint of the sender's key"))
        self.detail_created = read_only_line(QCoreApplication.translate(
            "InboxSection", "Created"))
        self.detail_reason = read_only_line(QCoreApplication.translate(
            "InboxSection", "Reason"))
        self.detail_explanation = plain_label()
        self.detail_explanation.setAccessibleName(QCoreApplication.translate(
            "InboxSection", "Explanation"))
        form.addRow(QCoreApplication.translate("InboxSection", "File"), self.detail_path)
        form.addRow(QCoreApplication.translate("InboxSection", "Bundle id"),
                    self.detail_bundle)
        form.addRow(QCoreApplication.translate("InboxSection", "Fingerprint (SHA256)"),
                    self.detail_fingerprint)
        form.addRow(QCoreApplication.translate("InboxSection", "Created (UTC)"),
                    self.detail_created)
        form.addRow(QCoreApplication.translate("InboxSection", "Reason"), self.detail_reason)
        form.addRow("", self.detail_explanation)
        self.details = Details(tech)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outcome_text)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_button)
        pin_row.addStretch(1)
        layout.addLayout(pin_row)
        layout.addWidget(self.details)
        self.hide()

    def show_entry(self, entry: InboxRow | None) -> None:
        """Show the file's outcome (hidden while it has none)."""
        item = entry.item if entry is not None else None
        if entry is None or item is None:
            self.hide()
            return
        sentence = outcomes.sentence(item)
        if entry.earlier and item.kind is Outcome.UNKNOWN_SIGNER:
            # From an earlier session: the file itself is not at hand to import.
            sentence = QCoreApplication.translate(
                "InboxSection", "Unknown sender. To compare the safety codes, add this file "
                "again.")
        self.outcome_text.setText(sentence)
        self.detail_path.setText(str(entry.path))
        self.detail_bundle.setText(item.bundle_id or "")
        self.detail_fingerprint.setText(item.signer_fingerprint or "")
        self.detail_created.setText(item.created or "")
        self.detail_reason.setText(item.reason)
        self.detail_explanation.setText(error_text(item.error) if item.error is not None
                                        else "")
        self.pin_button.setVisible(item.kind is Outcome.UNKNOWN_SIGNER
                                   and item.signer_key_line is not None)
        self.show()
