"""Delivered cases. Receipt: choose the .age file the organisation sent back; the cases
it confirms become delivered, and with delete on receipt (Settings) are then deleted.
Purge: remove the local copies of delivered cases after a confirmation that says exactly
what will be lost (the remove button is never the default).

Paths are plain fields with a "Choose..." button, so tests set them directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.text import fill
from app.services import cases as case_service
from app.services import purge, receipts
from app.services import settings as prefs
from app.services.vaults import Vault
from app.ui.common import jobs, look
from app.ui.common.export_runner import estimate, files_text
from app.ui.common.fields import PathField, heading
from app.ui.common.sizes import human_size
from app.ui.common.widgets import error_text, plain_label
from app.ui.researcher.export import MAX_LISTED_CASES, IdRole, checkable_list


class ReceiptImportDialog(QDialog):
    """Import a receipt (a .age file) the organisation sent back: the cases it confirms become
    delivered."""

    cases_changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.job: jobs.Job[receipts.ReceiptOutcome] | None = None
        self.delivered: list[str] = []
        self.setWindowTitle(self.tr("Import a receipt"))
        self.setMinimumWidth(480)
        self.path = PathField(
            self.tr("Receipt file"),
            self.tr("Choose the receipt"),
            self.tr("Receipts (*.age);;All files (*)"),
        )
        self.import_button = QPushButton(self.tr("Import receipt"))
        self.import_button.setAccessibleName(self.tr("Import receipt"))
        self.import_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Import a receipt")))
        layout.addWidget(
            plain_label(
                self.tr(
                    "When the organisation has received your file, it sends back a receipt (a file "
                    "ending in .age). Importing it marks those cases as delivered and, unless you "
                    "changed this in Settings, deletes them from this computer."
                )
            )
        )
        layout.addWidget(self.path)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.close_button.clicked.connect(self.reject)

    def on_import_clicked(self) -> None:
        path = self.path.path()
        if path is None:
            self.message.setText(self.tr("Choose the receipt file first."))
            return
        self.import_from(path)

    def import_from(self, path: Path) -> None:
        self.path.set_path(path)
        if not path.is_file():
            self.message.setText(fill(self.tr("There is no file at %1."), path))
            return
        self.import_button.setEnabled(False)
        self.message.setText(self.tr("Checking the receipt..."))
        vault = self.vault
        self.job = jobs.run(self, lambda _ctx: receipts.import_receipt(vault, path),
                            on_done=self.on_imported, on_failed=self.on_failed)

    def on_imported(self, outcome: receipts.ReceiptOutcome) -> None:
        self.job = None
        self.import_button.setEnabled(True)
        delivered, edited, removed = outcome.delivered, outcome.edited, outcome.removed
        self.delivered = list(delivered)
        parts: list[str] = []
        if delivered:
            parts.append(fill(self.tr(
                "The organisation confirmed it received %n case(s): %1.", "", len(delivered)
            ), ", ".join(delivered)))
        if edited:
            parts.append(fill(self.tr(
                "%n case(s) were changed after you exported them: %1. The organisation has the "
                "exported version; your later changes stay here, not delivered: export them "
                "again, or delete them.", "", len(edited)
            ), ", ".join(edited)))
        if removed.cases:
            parts.append(self.tr(
                "The delivered cases were deleted from this computer, with their files."
            ))
        elif delivered:
            if prefs.receipt_grace(self.vault) is None:
                parts.append(self.tr(
                    "They are marked delivered; you may remove your local copies with Remove "
                    "delivered cases."
                ))
            else:
                parts.append(self.tr(
                    "They are marked delivered and will be deleted from this computer when the "
                    "waiting time set in Settings has passed."
                ))
        if not parts:
            parts.append(self.tr(
                "The receipt is genuine, but no case changed: its cases were already marked "
                "delivered, or were removed."
            ))
        self.message.setText(" ".join(parts))
        self.adjustSize()  # room for the whole message
        self.cases_changed.emit()

    def on_failed(self, err: BaseException) -> None:
        self.job = None
        self.import_button.setEnabled(True)
        self.message.setText(error_text(err))


class PurgeDialog(QDialog):
    """Remove the local copies of delivered cases, after saying exactly what is lost."""

    cases_changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.job: jobs.Job[list[str]] | None = None
        self.case_ids: list[str] = []
        self.removed: list[str] = []
        self.setWindowTitle(self.tr("Remove delivered cases"))
        self.setMinimumWidth(480)
        self.list, self.model = checkable_list(self.tr("Delivered cases"))
        self.loss = plain_label()
        self.loss.setAccessibleName(self.tr("What will be removed"))
        self.understood = QCheckBox(self.tr("I understand this cannot be undone"))
        self.understood.setAccessibleName(self.tr("I understand this cannot be undone"))
        self.remove_button = QPushButton(self.tr("Remove these cases"))
        look.with_icon(self.remove_button, "trash-2")
        self.remove_button.setAccessibleName(self.tr("Remove these cases"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setDefault(False)
        self.close_button = QPushButton(self.tr("Keep them"))
        self.close_button.setAccessibleName(self.tr("Keep them and close"))
        self.close_button.setDefault(True)
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Remove delivered cases")))
        layout.addWidget(
            plain_label(
                self.tr(
                    "The organisation has confirmed it received these cases. Removing your local "
                    "copies means they cannot be found on this computer if it is taken."
                )
            )
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(self.loss)
        layout.addWidget(self.understood)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.understood.toggled.connect(self._update_button)
        self.remove_button.clicked.connect(self.purge)
        self.close_button.clicked.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        self.model.clear()
        delivered = case_service.list_cases(
            self.vault, limit=MAX_LISTED_CASES, statuses=("delivered",)
        )
        self.case_ids = [s.id for s in delivered]
        for s in delivered:
            item = QStandardItem(fill(self.tr("%1  %2"), s.reference, s.title))
            item.setEditable(False)
            item.setData(s.id, IdRole)
            self.model.appendRow(item)
        files, size = estimate(self.vault, self.case_ids)
        if self.case_ids:
            self.loss.setText(fill(
                self.tr(
                    "This removes from this computer the %n case(s) listed, with every saved "
                    "version, their %1 and all their notes. The organisation keeps its copy. "
                    "This cannot be undone.",
                    "",
                    len(self.case_ids),
                ),
                files_text(files) + " ("
                + human_size(max(0, size - 4096 * len(self.case_ids))) + ")",
            ))
        else:
            self.loss.setText(
                self.tr("No case is marked delivered yet. Import the organisation's receipt first.")
            )
        self.understood.setChecked(False)
        self.understood.setEnabled(bool(self.case_ids))
        self._update_button()

    def _update_button(self, *_args: Any) -> None:
        self.remove_button.setEnabled(
            bool(self.case_ids) and self.understood.isChecked() and self.job is None
        )

    def purge(self) -> None:
        if not self.case_ids or not self.understood.isChecked():
            return
        vault, ids = self.vault, list(self.case_ids)
        self.remove_button.setEnabled(False)
        self.message.setText(self.tr("Removing..."))
        self.job = jobs.run(self, lambda _ctx: purge.purge(vault, case_keys=ids),
                            on_done=self.on_purged, on_failed=self.on_failed)

    def on_purged(self, removed: list[str]) -> None:
        self.job = None
        self.removed = list(removed)
        self.refresh()
        self.message.setText(self.tr("Removed %n case(s) from this computer.", "", len(removed)))
        self.cases_changed.emit()

    def on_failed(self, err: BaseException) -> None:
        self.job = None
        self.refresh()
        self.message.setText(error_text(err))
        self.cases_changed.emit()
