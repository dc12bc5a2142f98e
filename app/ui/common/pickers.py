"""Drop-downs to pick one value: the one vocabulary picker (``VocabCombo``) and a plain
drop-down of (label, value) pairs (``ChoiceCombo``).

Every screen that offers the terms of a controlled vocabulary (the case editor's fields, the
case list's filters, the submitter's country) uses ``VocabCombo``, so they all offer the same
terms in the same order, find them the same way and refuse what is not in the list the same
way:

- the terms in the vocabulary's display order (resources/vocab/README.md), except countries,
  which have no useful order of their own and are sorted by their label in the interface
  language;
- deprecated terms are not offered, but a code kept in a stored record is still shown;
- typing finds terms by their label in any of the interface languages and, for countries,
  by other names (app.vocabularies.search): "Turkey", "Turk", "Турция" or "turkiye" finds
  Türkiye; the suggestions pop up under the field, best first;
- no choice ("Not stated") is the field's placeholder, not its text, so typing starts a
  new search;
- Enter (or Tab) takes the first suggestion; leaving the field takes what was typed only if
  it names one term (in full, in any language) or only one term matches it; so does a form
  about to be saved or to go on (``take_typed_in``, ``VocabCombo.take_typed``);
- anything else is refused visibly: the typed text stays, the field shows a warning sign,
  and the message line under it (``field()``: its space is kept, so nothing moves) says it
  is not in the list and was not saved (for a filter: not used). ``code()`` then still
  returns the last term chosen, so an autosave never turns what was typed into "not
  stated".
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFocusEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app import vocabularies
from app.ui.common.widgets import ui_language

CodeRole = Qt.ItemDataRole.UserRole + 5


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


def matching_terms(vocabulary: str, text: str) -> list[str]:
    """The codes of the offered terms `text` finds, best first (app.vocabularies.search)."""
    return [code for code, _rank in vocabularies.search(vocabulary, text, ui_language())]


class _Suggestions(QCompleter):
    """The picker's suggestions, already matched and ordered (best first): shown as they
    are, the first one current, so Enter or Tab takes it. (A plain QCompleter would make
    current the first whose text starts with what was typed: "Turkmenistan" for "Turk",
    as "Türkiye" starts with "Tü".)"""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [""]


class VocabCombo(QComboBox):
    """One code from a vocabulary, or none (`none_label`, first). `changed` is emitted when
    the choice or the typed text changes. Put ``field()`` in the layout (the picker with its
    message line); the picker alone still marks a refused text with a warning sign."""

    changed = Signal()

    def __init__(self, vocabulary: str, accessible: str, none_label: str, *,
                 min_chars: int = 16, filter_by: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.filter_by = filter_by  # a filter: what is refused is "not used", not "not saved"
        self.accessible = accessible
        self._code: str | None = None  # the last term chosen (what code() keeps on refusal)
        self._problem = ""
        self._field: QWidget | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem(none_label, None)
        self.none_label = none_label
        for code, text in offered_terms(vocabulary):
            self.addItem(text, code)
        self.suggestions = QStandardItemModel(self)
        completer = _Suggestions(self.suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(8)
        self.setCompleter(completer)
        self._completer = completer
        completer.activated[QModelIndex].connect(self._on_suggestion)  # type: ignore[index]
        line = self.lineEdit()
        assert line is not None  # an editable combo has one
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.warning = QAction(icon, "", self)
        line.addAction(self.warning, QLineEdit.ActionPosition.TrailingPosition)
        self.warning.setVisible(False)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing())
        self.message.setAccessibleName(accessible + " - " + self.tr("message"))
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, _error_colour(palette))
        self.message.setPalette(palette)
        self.setAccessibleName(accessible)
        line.setAccessibleName(accessible)
        line.setPlaceholderText(none_label)
        self._show_choice(0)
        self.setMinimumContentsLength(min_chars)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(self._on_index_changed)
        line.textEdited.connect(self._on_text_edited)
        line.returnPressed.connect(lambda: self.take_typed(take_first=True))

    def field(self) -> QWidget:
        """The picker with its message line under it, for the layout: the line's space is
        kept even while it is empty, so a message never moves what is below it."""
        if self._field is None:
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(2)
            layout.addWidget(self)
            layout.addWidget(self.message)
            self._field = box
        return self._field

    # -- the value ------------------------------------------------------------------------

    def code(self) -> str | None:
        """The code of the term shown; None for none (an empty field or `none_label`). While
        the text typed is refused, or not yet taken, the last term chosen: an autosave while
        someone types never stores a half-typed guess."""
        if self._problem:
            return self._code
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            data = self.itemData(index)
            return str(data) if data else None
        return self._code  # text being typed counts once taken (Enter, leaving the field)

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        if index < 0:  # a deprecated or unknown code kept from the record
            self.addItem(term_label(self.vocabulary, code) or str(code), code)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self._code = str(code) if code else None
        self._show_choice(index)
        self._show_problem("")

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        """As QComboBox's, and the field shows that choice even when it was already the
        current one (text typed over it, a refusal, is cleared: a story reset on lock)."""
        super().setCurrentIndex(index)
        data = self.itemData(index)
        self._code = str(data) if data else None
        self._show_choice(index)
        self._show_problem("")

    def is_acceptable(self) -> bool:
        """False while the field shows text that is not in the list (and was not saved)."""
        return not self._problem

    def problem(self) -> str:
        """The message shown under the field; "" when there is none."""
        return self._problem

    # -- typing -----------------------------------------------------------------------------

    def offered_matches(self, text: str) -> list[str]:
        """The codes this picker offers that `text` finds, best first."""
        if not text.strip():
            return []
        return [c for c in matching_terms(self.vocabulary, text) if self.findData(c) > 0]

    def _on_index_changed(self, index: int) -> None:
        data = self.itemData(index)
        self._code = str(data) if data else None
        self._show_choice(index)
        self._show_problem("")
        self.changed.emit()

    def _show_choice(self, index: int) -> None:
        """The label of the choice in the field; none leaves it empty, with `none_label` as
        its placeholder, so that typing starts a new search (not "Not statedTurk")."""
        self.setEditText(self.itemText(index) if index > 0 else "")

    def _on_text_edited(self, text: str) -> None:
        codes = self.offered_matches(text)
        self.suggestions.clear()
        for code in codes:
            item = QStandardItem(self.itemText(self.findData(code)))
            item.setData(code, CodeRole)
            item.setEditable(False)
            self.suggestions.appendRow(item)
        self._show_problem(self._refusal() if text.strip() and not codes else "")
        self.changed.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Leaving the field (not for the suggestions' popup, nor another window) takes
        what was typed, or refuses it (QLineEdit.editingFinished does not come reliably
        through a combo box)."""
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.PopupFocusReason,
                                  Qt.FocusReason.ActiveWindowFocusReason):
            self.take_typed()

    def _on_suggestion(self, index: QModelIndex) -> None:
        code = index.data(CodeRole)
        if code:
            self.set_code(str(code))
            self.changed.emit()

    def take_typed(self, *, take_first: bool = False) -> None:
        """Enter (`take_first`: the first suggestion if nothing else), leaving the field, or
        a form about to go on: take the term the text names, else refuse it visibly."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString) if text else 0
        if index >= 0:
            if index != self.currentIndex():
                self.setCurrentIndex(index)
            self._show_choice(index)
            self._show_problem("")
            return
        code = vocabularies.resolve(self.vocabulary, text, ui_language())
        if code is None or self.findData(code) < 0:
            matches = self.offered_matches(text)
            code = matches[0] if len(matches) == 1 or (take_first and matches) else None
        if code is not None:
            self.set_code(code)
            self.changed.emit()
            return
        self._show_problem(self._refusal())

    def _refusal(self) -> str:
        if self.filter_by:
            return self.tr("Not in the list: not used.")
        return self.tr("Not in the list: not saved.")

    def _show_problem(self, problem: str) -> None:
        if problem == self._problem:
            return
        self._problem = problem
        self.message.setText(problem)
        self.warning.setVisible(bool(problem))
        self.warning.setToolTip(problem)
        self.setAccessibleDescription(problem)
        self.setProperty("invalid", bool(problem))
        self.style().unpolish(self)
        self.style().polish(self)


def _error_colour(palette: QPalette) -> QColor:
    """A red that reads on the window's background, light or dark."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ffb4ab" if dark else "#b3261e")


def take_typed_in(root: QWidget) -> list[VocabCombo]:
    """Every picker under `root` takes what was typed in it, as leaving it would (a form
    saved by a shortcut, the focus still in a picker); the pickers that refuse it, which
    now say so under the field."""
    refused = []
    for picker in root.findChildren(VocabCombo):
        picker.take_typed()
        if not picker.is_acceptable():
            refused.append(picker)
    return refused


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
