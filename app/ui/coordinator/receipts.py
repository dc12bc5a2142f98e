"""Receipts for imported bundles: tick the bundles to confirm, choose a folder, Create: one
file per bundle with a neutral name (app.services.receipts.create_receipt), then where they
are, which file goes to which sender ("2026-12-05-1.age: for Dilnoza"), how to send each
back (the sender imports it in Guvoh; only they can open it), and "Show in folder". Writing
runs on a worker thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.services import provenance, receipts
from app.services.provenance import BundleSummary
from app.services.vaults import Vault
from app.ui.common import jobs
from app.ui.common.export_runner import default_folder, show_in_folder, show_in_folder_button
from app.ui.common.fields import PathField, heading
from app.ui.common.widgets import Busy, error_text, plain_label

IdRole = Qt.ItemDataRole.UserRole + 1


def _checkable(text: str, ident: str) -> QStandardItem:
    item = QStandardItem(text)  # item text is never interpreted as rich text
    item.setData(ident, IdRole)
    item.setCheckable(True)
    item.setEditable(False)
    item.setCheckState(Qt.CheckState.Checked)
    return item


ReceiptsMade = tuple[list[Path], BaseException | None]


def create_receipts(vault: Vault, bundle_ids: list[str], out: Path) -> ReceiptsMade:
    """Create one receipt per bundle in `out`; stops at the first failure and returns the
    receipts made so far with that failure (runs on a worker)."""
    made: list[Path] = []
    for bundle_id in bundle_ids:
        try:
            made.append(receipts.create_receipt(vault, bundle_id, out))
        except Exception as err:  # noqa: BLE001 - reported with the receipts already made
            return made, err
    return made, None


class ReceiptDialog(QDialog):
    """Create receipts for one or many imported bundles."""

    receipts_created = Signal(list)  # the receipt files (Path)

    def __init__(self, vault: Vault, bundle_ids: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.job: jobs.Job[ReceiptsMade] | None = None
        self.created: list[Path] = []
        self._senders: dict[str, str] = {}  # bundle id: the sender's name
        self._pending: list[str] = []  # the bundles of the receipts being created
        self.setWindowTitle(self.tr("Create receipts"))
        self.setMinimumWidth(560)

        self.model = QStandardItemModel(self)
        self.bundle_list = QListView()
        self.bundle_list.setModel(self.model)
        self.bundle_list.setAccessibleName(self.tr("Bundles to confirm"))
        self.bundle_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.folder = PathField(self.tr("Folder for the receipts"),
                                self.tr("Choose where to save the receipts"), folder=True)
        self.folder.set_path(default_folder())
        self.busy = Busy()
        self.busy.setAccessibleName(self.tr("Creating receipts"))
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.result_field = QLineEdit()
        self.result_field.setReadOnly(True)
        self.result_field.setAccessibleName(self.tr("Folder with the receipts"))
        self.result_field.hide()
        self.show_button = show_in_folder_button()
        self.show_button.hide()
        self.instructions = plain_label()
        self.instructions.setAccessibleName(self.tr("How to send them back"))
        self.create_button = QPushButton(self.tr("Create receipts"))
        self.create_button.setAccessibleName(self.tr("Create receipts"))
        self.create_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)

        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(heading(self.tr("Confirm what arrived")))
        form.addWidget(plain_label(self.tr(
            "A receipt tells the sender which cases and files arrived safely, so they "
            "can remove their own copies. Guvoh makes one receipt file for each bundle.")))
        form.addWidget(self.bundle_list, 1)
        form.addWidget(plain_label(self.tr("Where to save the receipts:")))
        form.addWidget(self.folder)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_field, 1)
        result_row.addWidget(self.show_button)
        layout.addLayout(result_row)
        layout.addWidget(self.instructions)
        layout.addLayout(buttons)

        self._load(bundle_ids)
        self.model.itemChanged.connect(self.on_item_changed)
        self.create_button.clicked.connect(self.on_create_clicked)
        self.close_button.clicked.connect(self.reject)
        self.show_button.clicked.connect(self.on_show_clicked)
        self.on_item_changed()

    def _load(self, bundle_ids: list[str]) -> None:
        found: list[BundleSummary] = []
        if bundle_ids:
            for ident in dict.fromkeys(bundle_ids):
                summary = provenance.bundle_summary(self.vault, ident)
                if summary is not None and summary.direction == "in":
                    found.append(summary)
        else:  # nothing chosen: offer every received bundle, none ticked
            found = [b for s in provenance.signers_with_bundles(self.vault) for b in s.bundles]
        for b in found:
            self._senders[str(b.bundle_id)] = b.signer_name
            text = fill(self.tr("%1   %2   %3"), str(b.bundle_id)[:8], b.signer_name,
                        self.tr("%n cases", "", b.cases))
            if b.receipt.created:
                text = fill(self.tr("%1   (a receipt was already created)"), text)
            item = _checkable(text, str(b.bundle_id))
            if not bundle_ids:
                item.setCheckState(Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        if not found:
            self.message.setText(self.tr("There is no imported bundle to confirm."))

    def chosen(self) -> list[str]:
        return [
            str(self.model.item(row).data(IdRole)) for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def on_item_changed(self, *_args: Any) -> None:
        self.create_button.setEnabled(bool(self.chosen()) and self.job is None)

    def on_create_clicked(self) -> None:
        chosen = self.chosen()
        out = self.folder.path()
        if not chosen:
            self.message.setText(self.tr("Tick at least one bundle."))
            return
        if out is None or not out.is_dir():
            self.message.setText(self.tr("Choose a folder that exists for the receipts."))
            return
        self.message.clear()
        self.instructions.clear()
        self.result_field.hide()
        self.show_button.hide()
        self._pending = chosen
        self.form.setEnabled(False)
        self.create_button.setEnabled(False)
        self.busy.show()
        vault = self.vault
        self.job = jobs.run(self, lambda _ctx: create_receipts(vault, chosen, out),
                            on_done=self.on_finished, on_failed=self.on_failed)

    def on_finished(self, result: ReceiptsMade) -> None:
        self.job = None
        self.busy.hide()
        self.form.setEnabled(True)
        made, err = result
        self.created = made
        if made:
            folder = made[0].parent
            self.result_field.setText(str(folder))
            self.result_field.show()
            self.show_button.show()
            which = [fill(self.tr("%1: for %2"), path.name,
                          self._senders.get(bundle_id) or self.tr("an unnamed sender"))
                     for path, bundle_id in zip(made, self._pending, strict=False)]
            self.instructions.setText("\n".join([fill(self.tr(
                "%1 saved in the folder above. Send each back to the sender of that bundle, "
                "on a USB stick or through a messenger; they import it in Guvoh (Import a "
                "receipt). Only that sender can open it, and it says nothing about the "
                "testimony itself."
            ), self.tr("%n receipts", "", len(made))), *which]))
        if err is not None:
            self.message.setText(error_text(err))
        self.on_item_changed()
        if made:
            self.close_button.setDefault(True)
            self.receipts_created.emit(made)

    def on_show_clicked(self) -> None:
        if self.created:
            show_in_folder(self.created[0])

    def on_failed(self, err: BaseException) -> None:
        self.job = None
        self.busy.hide()
        self.form.setEnabled(True)
        self.message.setText(error_text(err))
        self.on_item_changed()
