"""A passphrase field with an eye at its end that shows what was typed, and hides it again.

The eye is drawn here (no icon theme is needed, and no SVG is loaded); its button in the
field carries the words, "Show the passphrase", as accessible name and tooltip (with the
shortcut, Ctrl+H while the field has focus). Clearing the field hides the passphrase again,
so a field left shown is never shown to the next person at the lock screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QIcon,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton

from app.domain.text import fill

REVEAL_SHORTCUT = "Ctrl+H"


def eye_icon(crossed: bool) -> QIcon:
    """An eye (struck through when `crossed`) in the palette's text colour, 16 px at 2x."""
    ratio = 2.0
    pixmap = QPixmap(int(16 * ratio), int(16 * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = QApplication.palette().color(QPalette.ColorRole.Text)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, 1.4)
    painter.setPen(pen)
    outline = QPainterPath(QPointF(1.5, 8))
    outline.quadTo(QPointF(8, 1.0), QPointF(14.5, 8))
    outline.quadTo(QPointF(8, 15.0), QPointF(1.5, 8))
    painter.drawPath(outline)
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(5.6, 5.6, 4.8, 4.8))
    if crossed:
        painter.drawLine(QPointF(2.5, 14), QPointF(13.5, 2))
    painter.end()
    return QIcon(pixmap)


class RevealAction(QAction):
    """The eye in a passphrase field: checked while the passphrase is shown."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.field = field
        self.setCheckable(True)
        self.setShortcut(QKeySequence(REVEAL_SHORTCUT))
        self.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        field.addAction(self, QLineEdit.ActionPosition.TrailingPosition)
        self.toggled.connect(self._on_toggled)
        field.textChanged.connect(self._on_text_changed)
        self._on_toggled(False)

    def button(self) -> QToolButton | None:
        """The button the field made for this action (it carries the accessible name)."""
        for button in self.field.findChildren(QToolButton):
            if button.defaultAction() is self:
                return button
        return None

    def _on_toggled(self, shown: bool) -> None:
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        text = self.tr("Hide the passphrase") if shown else self.tr("Show the passphrase")
        self.setIcon(eye_icon(crossed=shown))
        # No text on the action: the field's button would show it cut; the button
        # carries it as its accessible name and tooltip instead.
        self.setToolTip(fill(self.tr("%1 (%2)"), text, REVEAL_SHORTCUT))
        button = self.button()
        if button is not None:
            button.setAccessibleName(text)
            button.setToolTip(self.toolTip())

    def _on_text_changed(self, text: str) -> None:
        if not text and self.isChecked():
            self.setChecked(False)


class PassphraseField(QLineEdit):
    """A field for a passphrase: dots, with an eye (`reveal`) to show what was typed."""

    def __init__(self, accessible: str) -> None:
        super().__init__()
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(accessible)
        self.reveal = RevealAction(self)
