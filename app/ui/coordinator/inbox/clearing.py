"""The question before the Inbox's list is cleared: clearing forgets which files arrived,
when and from whom (the cases stay). The texts keep the InboxSection translation context."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def ask_to_clear(parent: QWidget, clear: Callable[[], None]) -> QMessageBox:
    """Open the question (Cancel by default) over `parent`; `clear()` on "Clear the list".
    Returns the open box (deleted when closed)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.window().windowTitle())  # the app's name, or its disguise
    box.setText(translate("InboxSection", "Clear the Inbox's list?"))
    box.setInformativeText(translate(
        "InboxSection",
        "The Inbox forgets which files arrived, when and from whom. The imported cases "
        "stay in your vault."))
    yes = box.addButton(translate("InboxSection", "Clear the list"),
                        QMessageBox.ButtonRole.DestructiveRole)
    yes.setAccessibleName(translate("InboxSection", "Clear the list"))
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_result: int) -> None:
        if box.clickedButton() is yes:
            clear()

    box.finished.connect(answered)
    box.open()
    return box
