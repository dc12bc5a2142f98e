"""The Inbox's "Release a sealed vault...": the same plain-words flow as Settings' panel
(app.ui.shell.seal_panel.ReleasePanel, reused whole) in a dialog: open the travel request,
see who sent it, when, and their safety code, compare it by voice, write the release token,
then show it as a QR code with "Copy the token" and its file. The dialog scrolls, so the
code and the QR code stay whole on a 1280x720 screen."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import seal as seal_service
from app.services.vaults import Vault
from app.ui.shell.seal_panel import ReleasePanel, release_offered

WIDTH = 900  # the QR code (452 px) beside the words that go with it
MARGIN = 48  # room left around the dialog on a small screen


class ReleaseDialog(QDialog):
    """Release a researcher's sealed vault, from the Inbox."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Release a sealed vault"))
        self.panel = ReleasePanel()
        self.panel.show_vault(vault)
        self.area = QScrollArea()
        self.area.setWidget(self.panel)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = self.outer = QVBoxLayout(self)
        layout.addWidget(self.area, 1)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.reject)
        self.panel.request_checked.connect(self.fit)
        self.panel.token_written.connect(self.on_token_written)
        self.fit()

    def fit(self) -> None:
        """As large as the contents need (never smaller than now, so nothing moves under
        the pointer), within the screen, and wholly on it; the rest scrolls."""
        screen = self.screen().availableGeometry()
        width = min(WIDTH, screen.width() - MARGIN)
        inner = width - 2 * self.outer.contentsMargins().left() - 24  # the scroll bar
        panel = (self.panel.heightForWidth(inner) if self.panel.hasHeightForWidth()
                 else self.panel.sizeHint().height())
        want = panel + self.close_button.sizeHint().height() + 48
        height = max(self.height(), min(want, screen.height() - MARGIN))
        self.resize(width, height)
        if self.isVisible():
            frame = self.frameGeometry()
            x = min(max(frame.x(), screen.left()), screen.right() - frame.width())
            y = min(max(frame.y(), screen.top()), screen.bottom() - frame.height())
            self.move(max(x, screen.left()), max(y, screen.top()))

    def on_token_written(self, _done: seal_service.Released) -> None:
        """The QR code and "Copy the token" come into view."""
        self.fit()
        QTimer.singleShot(0, self, lambda: self.area.ensureWidgetVisible(self.panel.token))

    def done(self, result: int) -> None:
        self.panel.show_vault(None)  # drops the request, the token and any job under way
        super().done(result)


class ReleaseButton(QPushButton):
    """"Release a sealed vault..." for the Inbox's row of buttons: shown only where
    Settings offers it (a coordinator's vault with its own organisation)."""

    def __init__(self) -> None:
        super().__init__(self.tr("Release a sealed vault..."))
        self.setAccessibleName(self.tr("Release a researcher's sealed vault"))
        self.setAutoDefault(False)
        self.vault: Vault | None = None
        self.dialog: ReleaseDialog | None = None
        self.clicked.connect(self.on_clicked)
        self.show_vault(None)

    def show_vault(self, vault: Vault | None) -> None:
        """The vault shown (None: locked). An open dialog closes with the vault."""
        if self.dialog is not None:
            self.dialog.reject()
        self.vault = vault
        self.setVisible(release_offered(vault))

    def on_clicked(self) -> None:
        if self.vault is None:
            return
        dialog = ReleaseDialog(self.vault, self.window())
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: ReleaseDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
