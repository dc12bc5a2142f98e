"""One question of the story: the page every step is built on (a heading, a plain intro,
its fields), and the small fields the steps share.

A step knows its own answers: ``reset()`` empties them, ``ready()`` says whether Next may be
pressed, ``problem()`` why it may not go on yet (checked when Next is pressed), and
``changed`` tells the story that Next may have become available. ``state()`` gives the
answers as typed (plain JSON values) and ``restore(state)`` puts them back, so that the story
in progress is kept in the vault while the person writes; ``edited`` says that one of them
changed (the fields a step ``watch``es). The texts of every step keep the translation context
of the story ("StorySection").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.fields import heading
from app.ui.common.widgets import plain_label

FIELDS = (QLineEdit, QPlainTextEdit, QAbstractButton, QComboBox, QAbstractItemView)


class Step(QWidget):
    """A page of the story, with its heading and intro; subclasses add their fields to
    ``self.body``. ``scroll``: shown in a scroll area (a long list of choices)."""

    changed = Signal()
    edited = Signal()  # an answer changed: the story keeps them in the vault shortly after
    submitted = Signal()  # Enter in a one-line answer: go on, as Next does

    def __init__(self, key: str, title: str, intro: str = "", *, scroll: bool = False) -> None:
        super().__init__()
        self.key = key
        self.heading_text = title
        self.scrolled = scroll
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(10)
        self.body.addWidget(heading(title))
        if intro:
            self.body.addWidget(plain_label(intro))

    def reset(self) -> None:
        """Empty the answers (a new story, or the vault was locked)."""

    def ready(self) -> bool:
        """Whether the answers so far let the person go on."""
        return True

    def problem(self) -> str | None:
        """Why Next cannot go on (one translated sentence), or None."""
        return None

    def state(self) -> dict[str, Any]:
        """The answers as typed, as plain JSON values (kept in the vault while writing)."""
        return {}

    def restore(self, state: dict[str, Any]) -> None:
        """Put back answers kept by ``state()``; anything missing or of the wrong kind is
        left as ``reset()`` made it."""

    def watch(self, *fields: QWidget) -> None:
        """Emit ``edited`` whenever one of these fields changes."""
        for widget in fields:
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self.edited)
                widget.returnPressed.connect(self.submitted)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self.edited)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.edited)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.edited)
                if widget.isEditable():
                    widget.editTextChanged.connect(self.edited)


    def first_field(self) -> QWidget | None:
        """The first answer of the page a person can type into or choose (it gets the
        focus when the page shows)."""
        for widget in self.findChildren(QWidget):
            if (isinstance(widget, FIELDS) and widget.isVisibleTo(self) and widget.isEnabled()
                    and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                    and not isinstance(widget.parentWidget(), QComboBox)):
                return widget
        return None


def text_of(state: dict[str, Any], key: str) -> str:
    value = state.get(key)
    return value if isinstance(value, str) else ""


def flag_of(state: dict[str, Any], key: str) -> bool | None:
    value = state.get(key)
    return value if isinstance(value, bool) else None


def radio(text: str) -> QRadioButton:
    button = QRadioButton(text)
    button.setAccessibleName(text)
    return button


def line(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(accessible)
    return field


def text_field(accessible: str) -> QPlainTextEdit:
    """A field for free text in the person's own words, a little larger than the rest."""
    field = QPlainTextEdit()
    field.setAccessibleName(accessible)
    field.setTabChangesFocus(True)
    font = field.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    field.setFont(font)
    return field


