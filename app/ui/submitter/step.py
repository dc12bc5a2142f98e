"""One question of the story: the page every step is built on (a heading, a plain intro,
its fields), and the small fields the steps share.

A step knows its own answers: ``reset()`` empties them, ``ready()`` says whether Next may be
pressed, ``problem()`` why it may not go on yet (checked when Next is pressed), and
``changed`` tells the story that Next may have become available. The texts of every step
keep the translation context of the story ("StorySection").
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget

from app.ui.common.fields import heading
from app.ui.common.widgets import plain_label


class Step(QWidget):
    """A page of the story, with its heading and intro; subclasses add their fields to
    ``self.body``. ``scroll``: shown in a scroll area (a long list of choices)."""

    changed = Signal()

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


