"""Small pieces every screen uses: translated error sentences, plain-text labels (case text
is never interpreted as rich text), password fields and the busy indicator."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from app.domain.text import fill
from app.messages import CONTEXT as ERRORS_CONTEXT
from app.messages import WEAK_REASONS, explain
from app.ui.common import i18n
from app.ui.common.reveal import PassphraseField


def error_text(err: BaseException) -> str:
    """One translated sentence for an error the core raised."""
    explanation = explain(err)
    if explanation is None:
        return QCoreApplication.translate(
            "Errors", "Something unexpected went wrong. Nothing was changed."
        )
    args = tuple(
        QCoreApplication.translate(ERRORS_CONTEXT, a) if a in WEAK_REASONS.values() else a
        for a in explanation.args
    )
    # One pass: an argument that contains "%2" (a file name) is never read again.
    return fill(QCoreApplication.translate(ERRORS_CONTEXT, explanation.text), *args)


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def password_field(accessible: str) -> QLineEdit:
    """A passphrase field, with the eye that shows what was typed (app.ui.common.reveal)."""
    return PassphraseField(accessible)


class Busy(QProgressBar):
    """An indeterminate progress bar shown while the key is derived."""

    def __init__(self) -> None:
        super().__init__()
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.hide()


def ui_language() -> str:
    """The language code of the interface (for vocabulary labels): "en" until a
    translation is loaded (the application's `guvoh_language` property)."""
    app = QCoreApplication.instance()
    value = app.property("guvoh_language") if app is not None else None
    return str(value) if value else "en"


class LanguageCombo(QComboBox):
    """The interface languages, each named in itself; `chosen` says which was picked."""

    chosen = Signal(str)

    def __init__(self, current: str) -> None:
        super().__init__()
        for language in i18n.LANGUAGES:
            self.addItem(language.native, language.code)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.setAccessibleName(self.tr("Language"))
        self.setToolTip(self.tr("Language"))
        self.activated.connect(lambda index: self.chosen.emit(str(self.itemData(index))))


def local_time(iso: str | None) -> str:
    """A stored UTC timestamp in the user's local time, in the language's one date format
    (i18n.stamp_text; as stored if odd)."""
    return i18n.stamp_text(iso)


def open_file_dialog(
    parent: QWidget,
    caption: str,
    start: str,
    on_chosen: Callable[[list[str]], None],
    *,
    mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile,
    filters: str = "",
    save: bool = False,
) -> QFileDialog:
    """Show a file dialog without a nested event loop (`open()`, not `exec()`); call
    `on_chosen` with the chosen paths once the person accepts. Guvoh never overwrites a
    file, so a save dialog does not ask about it."""
    dialog = QFileDialog(parent, caption, start, filters)
    dialog.setFileMode(mode)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    dialog.accepted.connect(lambda: on_chosen(dialog.selectedFiles()))
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog
