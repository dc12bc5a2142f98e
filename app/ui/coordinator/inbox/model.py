"""The Inbox's table: the files of this session's batches, in the order they were taken,
each waiting, being checked (with how much is read) or with its outcome."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from app.domain.text import fill
from app.services.coordinator import BatchItem
from app.ui.common.sizes import human_size
from app.ui.common.table import RIGHT, Column, RecordTable
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

    @property
    def state(self) -> State:
        if self.item is not None:
            return self.item.kind
        if self.reading:
            return Pending.READING
        return Pending.CHECKED if self.checked else Pending.WAITING


class InboxColumn(IntEnum):
    FILE = 0
    SIZE = 1
    OUTCOME = 2
    CASES = 3
    ATTACHMENTS = 4
    SIGNER = 5


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


def _signer(row: InboxRow) -> str:
    return (row.item.signer_name or "") if row.item is not None else ""


COLUMNS: tuple[Column[InboxRow], ...] = (
    Column(str(QT_TRANSLATE_NOOP("Inbox", "File")), lambda r: r.path.name,
           sort=lambda r: r.path.name.casefold(), tooltip=lambda r: str(r.path)),
    Column(str(QT_TRANSLATE_NOOP("Inbox", "Size")), lambda r: human_size(r.size),
           sort=lambda r: r.size, align=RIGHT),
    Column(str(QT_TRANSLATE_NOOP("Inbox", "Outcome")), _outcome_text,
           sort=lambda r: str(r.state),
           tooltip=lambda r: outcomes.sentence(r.item) if r.item is not None else None,
           icon=lambda r: outcomes.tone_icon(outcomes.tone_of(r.state))),
    Column(str(QT_TRANSLATE_NOOP("Inbox", "Cases")), _cases,
           sort=lambda r: r.item.cases if r.item is not None else -1, align=RIGHT),
    Column(str(QT_TRANSLATE_NOOP("Inbox", "Files inside")), _attachments,
           sort=lambda r: r.item.attachments if r.item is not None else -1, align=RIGHT),
    Column(str(QT_TRANSLATE_NOOP("Inbox", "Researcher")), _signer,
           sort=lambda r: _signer(r).casefold()),
)


class InboxModel(RecordTable[InboxRow]):
    """The files of this session's batches. RecordRole gives the InboxRow; SortRole raw
    values. A batch updates its rows in place as it reads them."""

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

    def set_item(self, row: int, item: BatchItem) -> None:
        entry = self.record(row)
        if entry is None:
            return
        entry.item = item
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

    def index_of(self, entry: InboxRow) -> int:
        return next(i for i, r in enumerate(self.rows) if r is entry)
