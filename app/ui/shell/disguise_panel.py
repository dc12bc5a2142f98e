"""Settings' "Disguise" (issue 15 item 5): a neutral name instead of "Guvoh" in the window,
the menu entry, the folders and the keyring (app.services.disguise). Choosing one locks the
app, moves the vault and its keyring entry, and shows the unlock page under the new name.

Also the names the application starts with: `name_application` before the QApplication
exists (so Qt's own folders under ~/.config and ~/.cache take the neutral name too) and
`app_title` for the window."""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import disguise, vaults
from app.services.disguise import DisguiseError, Names
from app.services.errors import FileSystemError, VaultError
from app.ui.common.widgets import error_text, plain_label

if TYPE_CHECKING:
    from app.ui.shell.window import MainWindow


class DisguiseNames(QObject):
    """The presets' names as the person reads them, in their language."""

    def title(self, names: Names) -> str:
        shown = {
            "notes": self.tr("Notes"),
            "budget": self.tr("Budget"),
            "recipes": self.tr("Recipes"),
        }
        return shown.get(names.key or "", "Guvoh")


def app_title() -> str:
    """The window's title: "Guvoh", or the disguise's name in the person's language."""
    return DisguiseNames().title(disguise.current())


def named(text: str) -> str:
    """`text` with "Guvoh" replaced by the disguise's name when one is in use (the
    translations keep "Guvoh" as it is spelled)."""
    try:
        names = disguise.current()
    except OSError:
        return text
    return text if names.key is None else text.replace("Guvoh", app_title())


def name_application() -> Names:
    """Before the QApplication exists: the application's and desktop entry's names from the
    disguise in use; leftovers of a stopped switch removed."""
    names = disguise.current()
    with contextlib.suppress(OSError, FileSystemError, VaultError):
        disguise.settle()  # else tried again at the next start; the vault opens either way
    QCoreApplication.setApplicationName(names.title)
    QCoreApplication.setOrganizationName("")
    QGuiApplication.setDesktopFileName(names.desktop_id)
    # X11's WM_CLASS names the program after its file ("guvoh") unless told otherwise;
    # Qt reads this before the QApplication exists
    os.environ["RESOURCE_NAME"] = names.desktop_id
    return names


def failure_text(err: Exception) -> str:
    """Why the switch did not happen (the vault stays where it was)."""
    if isinstance(err, DisguiseError):
        return QCoreApplication.translate(
            "DisguisePanel",
            "A folder of that name already holds other files, or is on another disk. "
            "Nothing was moved; choose another name.")
    return error_text(err)


def switch_window(window: MainWindow, panel: DisguisePanel | None, key: str | None) -> None:
    """Lock, switch the disguise, and show the vault's unlock page under the new names
    (`panel` None: from the first-run page, before any vault exists). A vault given with
    --vault stays where it is; only the names change. A switch that cannot be done is said
    in the panel before anything is locked or moved."""
    if key == disguise.current().key:
        return
    try:
        disguise.check(key)
    except DisguiseError as err:
        if panel is not None:
            panel.show_failure(err)
        else:
            QMessageBox.warning(window, app_title(), failure_text(err))
        return
    moved = window.vault_dir == vaults.default_vault_dir()
    was_open = window.vault is not None
    if was_open:
        window.lock()
    try:
        names = disguise.switch(key, elsewhere=None if moved else window.vault_dir)
    except (OSError, DisguiseError, FileSystemError, VaultError) as err:
        # the vault is where it was, or already in its new place: either opens
        QMessageBox.warning(window, app_title(), failure_text(err))
        names = disguise.current()
    QCoreApplication.setApplicationName(names.title)
    QGuiApplication.setDesktopFileName(names.desktop_id)
    if moved:
        window.vault_dir = vaults.default_vault_dir()
    window.setWindowTitle(app_title())
    app = QCoreApplication.instance()
    code = app.property("guvoh_language") if app is not None else None
    window.set_language(str(code) if code else "en")  # every page rebuilt on the new folder
    if was_open and vaults.is_vault(window.vault_dir):
        window.stack.setCurrentWidget(window.unlock_page)


class DisguiseCombo(QComboBox):
    """Guvoh or one of the presets, showing the one in use; `chosen` when the person picks
    another (the first-run page switches at once; Settings waits for its button)."""

    chosen = Signal(object)  # str key, or None for the real name

    def __init__(self) -> None:
        super().__init__()
        names = DisguiseNames(self)
        self.setAccessibleName(self.tr("Name shown for this app"))
        self.addItem(self.tr("Guvoh (no disguise)"), None)
        for key, preset in disguise.PRESETS.items():
            self.addItem(names.title(preset), key)
        self.setCurrentIndex(max(0, self.findData(disguise.current().key)))
        self.activated.connect(lambda _index: self.chosen.emit(self.currentData()))


class DisguisePanel(QWidget):
    """A choice of names and a button that applies it; the message says what it hides."""

    chosen = Signal(object)  # str key, or None for the real name

    def __init__(self) -> None:
        super().__init__()
        self.choice = DisguiseCombo()
        self.apply_button = QPushButton(self.tr("Use this name"))
        self.apply_button.setAccessibleName(self.tr("Use this name"))
        self.apply_button.setAutoDefault(False)
        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Disguise status"))
        note = plain_label(self.tr(
            "Disguise: the window, the menu entry, the folders and the keyring entry take a "
            "plain name instead of Guvoh. It helps against someone glancing at the computer; "
            "it does not hide the program or the encrypted vault from anyone who examines "
            "the disk. Changing it locks the app and moves the vault; unlock it as before."))
        row = QHBoxLayout()
        row.addWidget(self.choice, 1)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.apply_button.clicked.connect(self.apply)

    def apply(self) -> None:
        key = self.choice.currentData()
        if key == disguise.current().key:
            return
        self.chosen.emit(key)

    def show_failure(self, err: Exception) -> None:
        self.status.setText(failure_text(err))
