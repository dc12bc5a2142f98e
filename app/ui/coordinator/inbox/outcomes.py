"""How the Inbox shows an import outcome: a short label for the table (translation context
"Inbox"), a tone (the coloured dot) and the full sentence (app.messages, context "Errors").

The outcomes are the closed list of app.domain.outcomes; a file still in a batch is
waiting, being checked, or checked (its outcome shows when the batch ends). Every outcome
an import can give has a label and a tone (tests/app/test_inbox.py checks it).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from app.domain.outcomes import Outcome
from app.messages import CONTEXT as ERRORS_CONTEXT
from app.messages import import_outcome_text
from app.services.coordinator import BatchItem
from app.ui.common import look
from app.ui.common.look import Tone

CONTEXT: Final = "Inbox"


class Pending(StrEnum):
    """A file of a batch that has no outcome yet."""

    WAITING = "waiting"
    READING = "reading"
    CHECKED = "checked"  # read; its outcome shows when the batch ends


State = Outcome | Pending

# Short labels for the table; the full sentence is app.messages.IMPORT_OUTCOMES.
LABELS: Final[dict[State, str]] = {
    Pending.WAITING: str(QT_TRANSLATE_NOOP("Inbox", "Waiting")),
    Pending.READING: str(QT_TRANSLATE_NOOP("Inbox", "Checking")),
    Pending.CHECKED: str(QT_TRANSLATE_NOOP("Inbox", "Checked")),
    Outcome.IMPORTED: str(QT_TRANSLATE_NOOP("Inbox", "Imported")),
    Outcome.DUPLICATE: str(QT_TRANSLATE_NOOP("Inbox", "Already imported")),
    Outcome.REPLAY: str(QT_TRANSLATE_NOOP("Inbox", "Refused: seen before")),
    Outcome.NOT_FOR_US: str(QT_TRANSLATE_NOOP("Inbox", "Not for us")),
    Outcome.UNKNOWN_SIGNER: str(QT_TRANSLATE_NOOP("Inbox", "Unknown sender")),
    Outcome.SIGNER_EXPIRED: str(QT_TRANSLATE_NOOP("Inbox", "Sender no longer accepted")),
    Outcome.TAMPERED: str(QT_TRANSLATE_NOOP("Inbox", "Damaged or altered")),
    Outcome.TRUNCATED: str(QT_TRANSLATE_NOOP("Inbox", "Incomplete")),
    Outcome.MALFORMED: str(QT_TRANSLATE_NOOP("Inbox", "Refused")),
    Outcome.UNSUPPORTED: str(QT_TRANSLATE_NOOP("Inbox", "Needs a newer Guvoh")),
    Outcome.UNREADABLE: str(QT_TRANSLATE_NOOP("Inbox", "Unreadable")),
    Outcome.INVALID_CASE: str(QT_TRANSLATE_NOOP("Inbox", "Refused: invalid case")),
    Outcome.CONFLICT: str(QT_TRANSLATE_NOOP("Inbox", "Refused: conflict")),
    Outcome.ID_CONFLICT: str(QT_TRANSLATE_NOOP("Inbox", "Refused: id used by another sender")),
    Outcome.NO_SPACE: str(QT_TRANSLATE_NOOP("Inbox", "Not read: disk full")),
    Outcome.CANCELLED: str(QT_TRANSLATE_NOOP("Inbox", "Cancelled")),
    Outcome.FAILED: str(QT_TRANSLATE_NOOP("Inbox", "Failed")),
}


# The tones and their colours are the app's one status mapping (app/ui/common/look.py):
# GOOD imported, NEUTRAL nothing happened and nothing is wrong, WARN needs a decision, BAD the
# file is damaged or hostile.
TONES: Final[dict[State, Tone]] = {
    Pending.WAITING: Tone.NEUTRAL,
    Pending.READING: Tone.NEUTRAL,
    Pending.CHECKED: Tone.NEUTRAL,
    Outcome.IMPORTED: Tone.GOOD,
    Outcome.DUPLICATE: Tone.NEUTRAL,
    Outcome.CANCELLED: Tone.NEUTRAL,
    Outcome.UNKNOWN_SIGNER: Tone.WARN,
    Outcome.NOT_FOR_US: Tone.WARN,
    Outcome.SIGNER_EXPIRED: Tone.WARN,
    Outcome.UNSUPPORTED: Tone.WARN,
    Outcome.REPLAY: Tone.BAD,
    Outcome.TAMPERED: Tone.BAD,
    Outcome.TRUNCATED: Tone.BAD,
    Outcome.MALFORMED: Tone.BAD,
    Outcome.UNREADABLE: Tone.BAD,
    Outcome.INVALID_CASE: Tone.BAD,
    Outcome.CONFLICT: Tone.BAD,
    Outcome.ID_CONFLICT: Tone.BAD,
    Outcome.NO_SPACE: Tone.WARN,
    Outcome.FAILED: Tone.BAD,
}

_ICONS: dict[Tone, QIcon] = {}


def label(state: State) -> str:
    """The translated short label of an outcome or pending state."""
    return QCoreApplication.translate(CONTEXT, LABELS.get(state, LABELS[Outcome.FAILED]))


def tone_of(state: State) -> Tone:
    return TONES.get(state, Tone.BAD)


def tone_icon(tone: Tone) -> QIcon:
    """A small dot in the tone's colour."""
    icon = _ICONS.get(tone)
    if icon is None:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.tone_colour(tone))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        icon = _ICONS[tone] = QIcon(pixmap)
    return icon


def sentence(item: BatchItem) -> str:
    """The translated sentence for a file's outcome."""
    return QCoreApplication.translate(ERRORS_CONTEXT, import_outcome_text(item.reason))
