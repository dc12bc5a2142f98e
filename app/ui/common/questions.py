"""The questions and file dialogs a screen has open, window-modal (no nested event loop):
locking the vault or changing the case closes them, so nothing about the case stays on
screen and no late answer acts on what is no longer shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import Shiboken


class OpenDialogs:
    """What `owner` has open; ask() a question whose default and Escape are Cancel."""

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self.dialogs: list[QWidget] = []

    def track(self, dialog: QWidget) -> None:
        self.dialogs = [d for d in self.dialogs if Shiboken.isValid(d)] + [dialog]

    def close_all(self) -> None:
        dialogs, self.dialogs = self.dialogs, []
        for dialog in dialogs:
            if Shiboken.isValid(dialog):
                dialog.blockSignals(True)  # closing is not an answer
                dialog.close()
                dialog.deleteLater()

    def ask(self, text: str, details: str, confirm: str, role: QMessageBox.ButtonRole,
            on_confirm: Callable[[], object],
            icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
        box = QMessageBox(self.owner)
        box.setIcon(icon)
        box.setWindowTitle(self.owner.window().windowTitle())  # the app's name, or its disguise
        box.setText(text)
        box.setInformativeText(details)
        yes = box.addButton(confirm, role)
        yes.setAccessibleName(confirm)
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        no.setAccessibleName(QCoreApplication.translate("OpenDialogs", "Cancel"))
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def decided(_result: int) -> None:
            if box.clickedButton() is yes:
                on_confirm()

        box.finished.connect(decided)
        self.track(box)
        box.open()
        return box
