"""Received testimony in the case editor: it is evidence, so it opens read-only, with where
it came from (who sent it, when it was received, that its signature was checked) and one
action, "Make a working copy", which makes a new case of one's own to edit.

`ReceivedBar` is the bar with the provenance and the action; `ReadOnly` makes the editor's
tabs read-only and later undoes exactly what it changed (the next case may be editable).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.services.provenance import BundleProvenance
from app.ui.common import look
from app.ui.common.widgets import local_time, plain_label

_TEXTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
_CONTROLS = (QComboBox, QAbstractButton, QAbstractItemView)


class ReceivedBar(QFrame):
    """Who sent the case, when it was received, that it was checked; "Make a working
    copy" (`copy_requested`), and once one was made, "Open the working copy"
    (`open_requested`, its case id)."""

    copy_requested = Signal()
    open_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._copy_id = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Received testimony"))
        self.who = plain_label()
        self.who.setAccessibleName(self.tr("Where this case came from"))
        self.note = plain_label(self.tr(
            "Received testimony is evidence, so it opens read-only. To work on it, make a "
            "working copy: a new case of your own. This case stays as it arrived."))
        self.note.setAccessibleName(self.tr("About received cases"))
        self.copy_button = QPushButton(self.tr("&Make a working copy"))
        look.primary(look.with_icon(self.copy_button, "copy"))
        self.copy_button.setAccessibleName(self.tr("Make a working copy of this case"))
        self.copy_button.setToolTip(self.tr(
            "A new case with the same text, which you can change. Attached files stay with "
            "the received case."))
        self.copy_button.clicked.connect(self.copy_requested)
        self.open_button = QPushButton()
        self.open_button.setAccessibleName(self.tr("Open the working copy made of this case"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self._copy_id))
        self.open_button.hide()
        text = QVBoxLayout()
        text.addWidget(self.who)
        text.addWidget(self.note)
        buttons = QVBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        self.hide()

    def show_copy(self, case_id: str, reference: str) -> None:
        """A working copy was made already: offer to open it (the newest one)."""
        self._copy_id = case_id
        self.open_button.setText(fill(self.tr("&Open the working copy %1"), reference))
        self.open_button.show()

    def show_received(self, received: BundleProvenance) -> None:
        bundle = received.bundle
        sender = bundle.signer_name or self.tr("a sender who gave no name")
        self.who.setText(fill(
            self.tr("Sent by %1, received on %2. Its signature was checked when it arrived: "
                    "it is exactly as they sent it."),
            sender, local_time(bundle.imported_at or bundle.created_at)))
        self.show()

    def clear(self) -> None:
        self.who.clear()
        self._copy_id = ""
        self.open_button.setText("")
        self.open_button.hide()
        self.hide()


class ReadOnly:
    """Makes widgets read-only (texts) or disabled (choices and buttons), hides others,
    and undoes exactly that. Widgets in `keep` (and inside them) stay as they are: the
    lists one moves through, the Show protected details button."""

    def __init__(self) -> None:
        self._read_only: list[QWidget] = []
        self._disabled: list[QWidget] = []
        self._hidden: list[QWidget] = []
        self._placeholders: list[tuple[QLineEdit | QPlainTextEdit, str]] = []

    @property
    def active(self) -> bool:
        return bool(self._read_only or self._disabled or self._hidden)

    def apply(self, roots: Iterable[QWidget], keep: Iterable[QWidget],
              hide: Iterable[QWidget]) -> None:
        kept = list(keep)
        for root in roots:
            found = root.findChildren(QWidget)
            combos = [w for w in found if isinstance(w, (QComboBox, QAbstractSpinBox))]
            for widget in found:
                if any(k is widget or k.isAncestorOf(widget) for k in kept):
                    continue
                if any(c is not widget and c.isAncestorOf(widget) for c in combos):
                    continue  # a combo's own line edit or popup: the combo is disabled
                if isinstance(widget, _TEXTS):
                    if not widget.isReadOnly():
                        widget.setReadOnly(True)
                        self._read_only.append(widget)
                    if isinstance(widget, (QLineEdit, QPlainTextEdit)) and (
                            widget.placeholderText()):
                        # "Type to search" or "YYYY-MM-DD" would invite typing
                        self._placeholders.append((widget, widget.placeholderText()))
                        widget.setPlaceholderText("")
                elif isinstance(widget, _CONTROLS) and not widget.testAttribute(
                        Qt.WidgetAttribute.WA_ForceDisabled):
                    widget.setEnabled(False)
                    self._disabled.append(widget)
        for widget in hide:
            if not widget.isHidden():
                widget.hide()
                self._hidden.append(widget)

    def undo(self) -> None:
        for widget in self._read_only:
            widget.setReadOnly(False)  # type: ignore[attr-defined]
        for widget in self._disabled:
            widget.setEnabled(True)
        for widget in self._hidden:
            widget.show()
        for text, placeholder in self._placeholders:
            text.setPlaceholderText(placeholder)
        self._read_only, self._disabled, self._hidden = [], [], []
        self._placeholders = []


__all__ = ["ReadOnly", "ReceivedBar"]
