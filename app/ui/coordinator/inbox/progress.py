"""The Inbox's progress while it works: the batch's bar and the bar of the bundle being
read, with Cancel (also the bar of a sender's bundles imported after pinning), and the
batch's summary in numbers. The texts keep the InboxSection translation context."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.domain.outcomes import IMPORT_KINDS, Outcome
from app.domain.text import fill
from app.services.coordinator import BatchProgress
from app.ui.common import jobs
from app.ui.common.widgets import plain_label
from app.ui.coordinator.inbox import outcomes
from app.ui.coordinator.inbox.model import InboxRow

translate = QCoreApplication.translate


class ImportProgress(QWidget):
    """What is being done (`progress_label`), the whole batch (`overall_bar`), the bundle
    being read (`file_label`, `file_bar`) and `cancel_button`. Hidden until begin()."""

    def __init__(self) -> None:
        super().__init__()
        self.progress_label = plain_label()
        self.progress_label.setAccessibleName(translate("InboxSection", "Import progress"))
        self.overall_bar = QProgressBar()
        self.overall_bar.setRange(0, 1000)
        self.overall_bar.setAccessibleName(translate("InboxSection", "Progress of all bundles"))
        self.overall_bar.setTextVisible(False)
        self.file_label = plain_label()
        self.file_label.setAccessibleName(translate("InboxSection", "Bundle being checked"))
        self.file_bar = QProgressBar()
        self.file_bar.setRange(0, 1000)
        self.file_bar.setAccessibleName(translate("InboxSection", "Progress of this bundle"))
        self.file_bar.setTextVisible(False)
        self.cancel_button = QPushButton(translate("InboxSection", "Cancel"))
        self.cancel_button.setAccessibleName(translate("InboxSection", "Cancel the import"))
        self.cancel_button.setAutoDefault(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.progress_label)
        box.addWidget(self.overall_bar)
        box.addWidget(self.file_label)
        bar_row = QHBoxLayout()
        bar_row.addWidget(self.file_bar, 1)
        bar_row.addWidget(self.cancel_button)
        box.addLayout(bar_row)
        self.hide()

    def begin(self, text: str) -> None:
        """Shown, both bars at zero, saying `text`."""
        self.progress_label.setText(text)
        self.file_label.clear()
        self.overall_bar.setValue(0)
        self.file_bar.setValue(0)
        self.show()

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(translate("InboxSection", "Cancelling..."))

    def batch_progress(self, p: BatchProgress) -> None:
        if p.overall_total > 0:
            self.overall_bar.setValue(int(p.overall_done * 1000 // p.overall_total))
        if p.file_total > 0:
            self.file_bar.setValue(int(min(p.file_done, p.file_total) * 1000 // p.file_total))
        if self.cancel_button.isEnabled():
            self.progress_label.setText(
                fill(translate("InboxSection", "Checking bundle %1 of %2"), p.index + 1,
                     p.count))
        self.file_label.setText(p.path.name)

    def steps(self, steps: object) -> None:
        """The bundle bar from a job's Steps (pinning's imports)."""
        if isinstance(steps, jobs.Steps) and steps.total > 0:
            self.file_bar.setValue(int(min(steps.done, steps.total) * 1000 // steps.total))


def summary_text(rows: Sequence[InboxRow], bundles: Callable[[int], str]) -> str:
    """The last batch in numbers, as its rows are now (a file imported after its sender
    was accepted counts as imported)."""
    items = [row.item for row in rows if row.item is not None]
    counts: dict[Outcome, int] = {}
    for item in items:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    total = len(items)
    if total == 0:
        return translate("InboxSection", "No bundle files were found there.")
    parts = [bundles(total)]  # "Bundles: %n", a plural lupdate sees only in tr()
    for kind in IMPORT_KINDS:
        if counts.get(kind):
            parts.append(fill(translate("InboxSection", "%1: %2"), outcomes.label(kind),
                              counts[kind]))
    return translate("InboxSection", "; ").join(parts)
