"""Settings' "Originals of added files": after a file from this computer (Downloads, a phone,
a USB stick) is safely in the vault, whether Guvoh asks to remove the original it came from,
removes it without asking, or keeps it without asking (app/ui/researcher/original.py asks;
app/services/originals.py removes). The choice is kept in the plain settings file
(app/services/settings.py), never a path; the panel says plainly that removing is not a
secure erase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from app.services import settings as prefs
from app.ui.common.widgets import error_text, plain_label


class OriginalsPanel(QWidget):
    """One choice and what it means."""

    def __init__(self, settings_path: Path | None = None) -> None:
        super().__init__()
        self.settings_path = settings_path  # None: the app's own settings file
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Originals of added files"))
        labels = {
            "ask": self.tr("Ask each time"),
            "remove": self.tr("Remove the original without asking"),
            "keep": self.tr("Keep the original without asking"),
        }
        for key in prefs.ORIGINALS_CHOICES:
            self.choice.addItem(labels[key], key)
        self.note = plain_label(self.tr(
            "A photo or recording added from Downloads, a phone or a USB stick stays there "
            "unencrypted. Once it is in the vault, Guvoh can remove the original: it "
            "overwrites the file once with zeros, then deletes it. This is not a secure "
            "erase: the disk (an SSD or a memory card especially), the file system, backups "
            "and cloud sync may still keep traces or copies. Recordings made in Guvoh have no "
            "original."))
        self.note.setAccessibleName(self.tr("What removing the original does"))
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Originals setting status"))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Originals of added files"), self.choice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        self.choice.activated.connect(self.on_chosen)
        self.reload()

    def reload(self) -> None:
        """Show the remembered choice (the question may have changed it meanwhile)."""
        index = self.choice.findData(prefs.originals_choice(self.settings_path))
        self.choice.setCurrentIndex(max(index, 0))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.reload()
        super().showEvent(event)

    def on_chosen(self, index: int) -> None:
        key = self.choice.itemData(index)
        try:
            prefs.set_originals_choice(key, self.settings_path)
        except Exception as err:  # noqa: BLE001 - shown as one sentence
            self.message.setText(error_text(err))
            self.reload()
            return
        self.message.setText({
            "ask": self.tr("Saved. Guvoh will ask after each file."),
            "remove": self.tr("Saved. Originals will be removed once their file is in the "
                              "vault."),
            "keep": self.tr("Saved. Originals will be left where they are."),
        }[key])
