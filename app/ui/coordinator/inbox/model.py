"""The Inbox's table: the files read before (the history kept in the vault, app.services.inbox)
and those of this session's batches, in the order they were taken, each waiting, being
checked (with how much is read) or with its outcome; when it was received, who sent it, and
whether the coordinator has looked at it yet (unread rows are bold and say "new")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from app.domain.outcomes import Outcome
from app.domain.text import fill
from app.services.coordinator import BatchItem
from app.services.inbox import Entry, EntryId
from app.ui.common.sizes import human_size
from app.ui.common.table import RIGHT, Column, RecordTable
from app.ui.common.widgets import local_time
from app.ui.coordinator.inbox import outcomes
from app.ui.coordinator.inbox.outcomes import Pending, State


@dataclass
class InboxRow:
    """One file of a batch: waiting, being read (bytes `done` of `size`), or its outcome."""

    path: Path
    size: int
    done: int = 0
    reading: bool = False
    checked: bool = False  # read; its outcome shows when the batch ends
    item: BatchItem | None = None
    entry_id: EntryId | None = None  # its entry in the vault's Inbox history
    received_at: str | None = None  # UTC
    unread: bool = False
    earlier: bool = False  # from an earlier session: the file itself is not at hand

    @property
    def state(self) -> State:
        if self.item is not None:
            return self.item.kind
        if self.reading:
            return Pending.READING
        return Pending.CHECKED if self.checked else Pending.WAITING


def row_of_entry(entry: Entry) -> InboxRow:
    """A row for an entry of the history (a file read in an earlier session)."""
    try:
        kind = Outcome(entry.outcome)
    except ValueError:
        kind = Outcome.FAILED
    path = Path(entry.file_name)
    item = BatchItem(path, kind, entry.reason, bundle_id=entry.bundle_id,
                     signer_name=entry.sender or None, sender_gave=entry.sender_gave or None,
                     signer_fingerprint=entry.fingerprint, cases=entry.cases,
                     attachments=entry.attachments)
    return InboxRow(path, entry.size, item=item, entry_id=entry.id,
                    received_at=entry.received_at, unread=entry.unread, earlier=True)


class InboxColumn(IntEnum):
    RECEIVED = 0
    FILE = 1
    SIZE = 2
    OUTCOME = 3
    CASES = 4
    ATTACHMENTS = 5
    SENDER = 6


def _outcome_text(row: InboxRow) -> str:
    text = outcomes.label(row.state)
    if row.reading and row.size > 0:
        percent = min(100, row.done * 100 // row.size)
        return fill(QCoreApplication.translate("Inbox", "%1 (%2%)"), text, percent)
    return text


def _cases(row: InboxRow) -> str:
    return str(row.item.cases) if row.item is not None and row.item.ok else ""


def _attachments(row: InboxRow) -> str:
    return str(row.item.attachments) if row.item is not None and row.item.ok else ""


def _sender(row: InboxRow) -> str:
    """The name this vault knows the sender by, and the name they gave if it differs."""
    if row.item is None:
        return ""
    known, gave = row.item.signer_name or "", row.item.sender_gave or ""
    if known and gave and gave.casefold() != known.casefold():
        return fill(QCoreApplication.translate("Inbox", "%1 (gave the name %2)"), known, gave)
    return known or gave


def _received(row: InboxRow) -> str:
    when = local_time(row.received_at)
    if row.unread and when:
        return fill(QCoreApplication.translate("Inbox", "%1 (new)"), when)
    return when


_BOLD: list[QFont] = []


def _font(row: InboxRow) -> QFont | None:
    if not row.unread:
        return None
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


_ROLES = ((Qt.ItemDataRole.FontRole, _font),)

COLUMNS: tuple[Column[InboxRow], ...] = (
    Column(str(QT_TRANSLATE_NOOP("Inbox", "Received")), _received,
           sort=lambda r: r.received_at or "~", roles=_ROLES),
    Column(str(QT_TRANSLATE_NOOP("Inbox", "File")), lambda r: r.path.name,
           sort=lambda r: r.path.name.casefold(), tooltip=lambda r: str(r.path), roles=_ROLES),
    Column(str(QT_TRANSLATE_NOOP("Inbox", "Size")), lambda r: human_size(r.size),
           sort=lambda r: r.size, align=RIGHT, roles=_ROLES),
    Column(str(QT_TRANSLATE_NOOP("Inbox", "Outcome")), _outcome_text,
           sort=lambda r: str(r.state),
           tooltip=lambda r: outcomes.sentence(r.item) if r.item is not None else None,
           icon=lambda r: outcomes.tone_icon(outcomes.tone_of(r.state)), roles=_ROLES),
    Column(str(QT_TRANSLATE_NOOP("Inbox", "Cases")), _cases,
           sort=lambda r: r.item.cases if r.item is not None else -1, align=RIGHT,
           roles=_ROLES),
    Column(str(QT_TRANSLATE_NOOP("Inbox", "Files inside")), _attachments,
           sort=lambda r: r.item.attachments if r.item is not None else -1, align=RIGHT,
           roles=_ROLES),
    Column(str(QT_TRANSLATE_NOOP("Inbox", "Sender")), _sender,
           sort=lambda r: _sender(r).casefold(), roles=_ROLES),
)


class InboxModel(RecordTable[InboxRow]):
    """The files read before (history) and those of this session's batches. RecordRole
    gives the InboxRow; SortRole raw values. A batch updates its rows in place as it reads
    them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("Inbox", COLUMNS, parent)

    def clear(self) -> None:
        self.set_rows([])

    def add_files(self, files: Sequence[tuple[Path, int]]) -> int:
        """Add files (path, size) waiting to be read; returns the row of the first."""
        return self.append([InboxRow(path, size) for path, size in files])

    def set_progress(self, row: int, done: int, total: int) -> None:
        entry = self.record(row)
        if entry is None or entry.item is not None:
            return
        for other in self.rows:  # one file is read at a time, in order
            if other is not entry and other.reading and other.item is None:
                other.reading = False
                other.checked = True
        entry.reading = True
        entry.done = max(0, min(done, total if total > 0 else entry.size))
        if total > 0:
            entry.size = total
        self.changed()

    def set_item(self, row: int, item: BatchItem, entry_id: EntryId | None = None,
                 received_at: str | None = None) -> None:
        """The outcome of the file at `row`; with `entry_id`, the history entry now kept
        for it (unread)."""
        entry = self.record(row)
        if entry is None:
            return
        entry.item = item
        if entry_id is not None:
            entry.entry_id = entry_id
            entry.received_at = received_at
            entry.unread = True
        entry.reading = False
        entry.done = entry.size
        self.changed(row, row)

    def stop_waiting(self) -> None:
        """A batch ended early (an error before any file was read): nothing still shows
        as waiting or being read."""
        for entry in self.rows:
            entry.reading = False
            entry.checked = False
        self.changed()

    def mark_read(self, entry: InboxRow) -> None:
        if entry.unread:
            entry.unread = False
            row = self.index_of(entry)
            self.changed(row, row)

    def unread(self) -> int:
        return sum(1 for r in self.rows if r.unread)

    def index_of(self, entry: InboxRow) -> int:
        return next(i for i, r in enumerate(self.rows) if r is entry)
