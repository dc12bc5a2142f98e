"""Drop-downs to pick one value: the one vocabulary picker (``VocabCombo``) and a plain
drop-down of (label, value) pairs (``ChoiceCombo``).

Every screen that offers the terms of a controlled vocabulary (the case editor's fields, the
case list's filters, the submitter's country) uses ``VocabCombo``, so they all offer the same
terms in the same order and find them the same way:

- the terms in the vocabulary's display order (resources/vocab/README.md), except countries,
  which have no useful order of their own and are sorted by their label in the interface
  language;
- deprecated terms are not offered, but a code kept in a stored record is still shown;
- typing any part of a label, in any case, finds it (a completer matching inside labels).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app import vocabularies
from app.ui.common.widgets import ui_language


def term_label(vocabulary: str, code: str | None) -> str:
    """The label of `code` in the interface language; the code itself if the vocabulary does
    not know it, "" for no code."""
    if not code:
        return ""
    try:
        return vocabularies.label(vocabulary, code, ui_language())
    except LookupError:
        return code


def offered_terms(vocabulary: str) -> list[tuple[str, str]]:
    """(code, label) of the terms a picker offers, in the order it offers them."""
    lang = ui_language()
    terms = [t for t in vocabularies.load(vocabulary) if not t.deprecated]
    if vocabulary == "countries":
        terms.sort(key=lambda t: t.label(lang).casefold())
    return [(t.code, t.label(lang)) for t in terms]


class VocabCombo(QComboBox):
    """One code from a vocabulary, or none (`none_label`, first); type any part of a label
    to find it. `changed` is emitted when the choice or the typed text changes."""

    changed = Signal()

    def __init__(self, vocabulary: str, accessible: str, none_label: str, *,
                 min_chars: int = 16, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem(none_label, None)
        for code, text in offered_terms(vocabulary):
            self.addItem(text, code)
        completer, line = self.completer(), self.lineEdit()
        assert completer is not None  # an editable combo has both
        assert line is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setAccessibleName(accessible)
        line.setAccessibleName(accessible)
        self.setMinimumContentsLength(min_chars)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())
        line.textEdited.connect(lambda _t: self.changed.emit())

    def code(self) -> str | None:
        """The code of the label shown (typed in full, in any case), else of the current
        choice; None for no code or an empty field."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = self.currentIndex()
        data = self.itemData(index)
        return str(data) if data else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        if index < 0:  # a deprecated or unknown code kept from the record
            self.addItem(term_label(self.vocabulary, code) or str(code), code)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))


class ChoiceCombo(QComboBox):
    """A plain drop-down of (label, value) pairs."""

    changed = Signal()

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_choices(self, choices: list[tuple[str, str | None]], value: str | None) -> None:
        self.blockSignals(True)
        self.clear()
        for text, data in choices:
            self.addItem(text, data)
        index = self.findData(value) if value else 0
        if index < 0 and value:
            self.addItem(value, value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None
