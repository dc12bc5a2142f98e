"""Sending the story: which organisation receives it (a trusted one, or a card file whose
safety code is compared first), creating the file only it can open, and where the file is
and how to deliver it. Texts keep the story's translation context ("StorySection")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
)

from app.domain.text import fill
from app.services import organisations
from app.services.bundle_export import ExportResult
from app.services.organisations import Organisation
from app.services.vaults import Vault
from app.ui.common import look
from app.ui.common.export_runner import (
    ExportRunner,
    default_folder,
    delivery_instructions,
    show_in_folder,
    show_in_folder_button,
)
from app.ui.common.fields import PathField
from app.ui.common.table import Column, RecordTable
from app.ui.common.widgets import plain_label
from app.ui.keys.card_check import CardCheck
from app.ui.submitter.step import Step, text_of

ORGANISATION_COLUMNS: tuple[Column[Organisation], ...] = (
    Column(str(QT_TRANSLATE_NOOP("StorySection", "Trusted organisations")), lambda o: o.name),
)


class OrganisationStep(Step):
    """The organisations this vault trusts, and a card file to trust another one."""

    def __init__(self) -> None:
        super().__init__(
            "organisation",
            QCoreApplication.translate("StorySection", "Who should receive your story?"),
            QCoreApplication.translate(
                "StorySection", "Only the organisation you choose can open the file."),
            scroll=True)
        self.vault: Vault | None = None
        self.model: RecordTable[Organisation] = RecordTable(
            "StorySection", ORGANISATION_COLUMNS, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(
            QCoreApplication.translate("StorySection", "Trusted organisations"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMaximumHeight(140)
        self.none = plain_label(QCoreApplication.translate(
            "StorySection",
            "You have not added an organisation yet. Load the card file it gave you below."))
        self.body.addWidget(self.list)
        self.body.addWidget(self.none)
        self.body.addWidget(plain_label(QCoreApplication.translate(
            "StorySection",
            "Another organisation? Choose the card file it gave you; you will compare its "
            "safety code with them by phone or in person.")))
        self.card_check = CardCheck()
        self.body.addWidget(self.card_check)
        self.body.addStretch(1)
        self.list.selectionModel().selectionChanged.connect(self.changed)
        self.list.selectionModel().selectionChanged.connect(self.edited)
        self.card_check.trusted.connect(self.on_organisation_trusted)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.card_check.show_vault(vault)

    def reset(self) -> None:
        self.card_check.reset()
        self.load()

    def load(self, select: str | None = None) -> None:
        """List the trusted organisations; choose `select` (a fingerprint), or the only one."""
        orgs = organisations.organisations(self.vault) if self.vault is not None else []
        self.model.set_rows(orgs)
        self.none.setVisible(not orgs)
        self.list.setVisible(bool(orgs))
        wanted = select or (orgs[0].fingerprint if len(orgs) == 1 else None)
        for row, org in enumerate(orgs):
            if org.fingerprint == wanted:
                self.list.setCurrentIndex(self.model.index(row, 0))
        self.changed.emit()

    def on_organisation_trusted(self, org: Organisation) -> None:
        self.load(select=org.fingerprint)

    def chosen(self) -> Organisation | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def ready(self) -> bool:
        return self.chosen() is not None

    def state(self) -> dict[str, Any]:
        org = self.chosen()
        return {"fingerprint": org.fingerprint} if org is not None else {}

    def restore(self, state: dict[str, Any]) -> None:
        if text_of(state, "fingerprint"):
            self.load(select=text_of(state, "fingerprint"))


class SendStep(Step):
    """What the file will be, where to save it, and the button that creates it (on a worker,
    with progress and a Cancel that really stops)."""

    def __init__(self) -> None:
        super().__init__("send", QCoreApplication.translate("StorySection", "Create the file"))
        self.summary = plain_label()
        self.summary.setAccessibleName(QCoreApplication.translate("StorySection", "Summary"))
        self.body.addWidget(self.summary)
        self.body.addWidget(plain_label(
            QCoreApplication.translate("StorySection", "Where should the file be saved?")))
        self.folder = PathField(
            QCoreApplication.translate("StorySection", "Folder for the file"),
            QCoreApplication.translate("StorySection", "Choose where to save the file"),
            folder=True)
        self.body.addWidget(self.folder)
        # On by default: an exile's photo or recording most often carries where they live
        # and their phone; the original stays in the vault as it came (the same words as the
        # export dialog's box).
        self.strip = QCheckBox(QCoreApplication.translate(
            "ExportDialog", "Remove hidden details from files (location, device, author)"))
        self.strip.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Remove hidden details from files"))
        self.strip.setChecked(True)
        self.body.addWidget(self.strip)
        self.send_button = QPushButton(
            QCoreApplication.translate("StorySection", "Create the file"))
        self.send_button.setAccessibleName(
            QCoreApplication.translate("StorySection", "Create the file"))
        look.primary(look.with_icon(self.send_button, "send"))
        self.body.addWidget(self.send_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.runner = ExportRunner()
        self.body.addWidget(self.runner)
        self.body.addStretch(1)

    def reset(self) -> None:
        """As new: also after a lock in the middle of making the file (the runner is
        cancelled, and its answer may never come), the folder and the box usable again."""
        self.folder.set_path(default_folder())
        self.folder.setEnabled(True)
        self.strip.setChecked(True)
        self.strip.setEnabled(True)

    def show_organisation(self, name: str) -> None:
        self.summary.setText(fill(QCoreApplication.translate(
            "StorySection",
            "Your story will be put into one file that only %1 can open. It is signed by "
            "you, so they can tell nobody changed it on the way."), name))


class DoneStep(Step):
    """Where the file is, and how to deliver it safely."""

    def __init__(self) -> None:
        super().__init__(
            "done", QCoreApplication.translate("StorySection", "Your file is ready"),
            QCoreApplication.translate(
                "StorySection", "Your story is in this file, encrypted and signed by you:"))
        self.file_field = QLineEdit()
        self.file_field.setReadOnly(True)
        self.file_field.setAccessibleName(
            QCoreApplication.translate("StorySection", "The file with your story"))
        self.instructions = plain_label()
        self.instructions.setAccessibleName(
            QCoreApplication.translate("StorySection", "How to deliver it"))
        self.another_button = QPushButton(
            QCoreApplication.translate("StorySection", "Tell another story"))
        self.another_button.setAccessibleName(
            QCoreApplication.translate("StorySection", "Tell another story"))
        self.show_button = show_in_folder_button()
        self.path: Path | None = None
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_field, 1)
        file_row.addWidget(self.show_button)
        self.body.addLayout(file_row)
        self.body.addWidget(self.instructions)
        self.body.addWidget(self.another_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.body.addStretch(1)
        self.show_button.clicked.connect(self.on_show_clicked)

    def reset(self) -> None:
        self.file_field.clear()
        self.instructions.clear()
        self.path = None

    def show_result(self, result: ExportResult) -> None:
        self.path = result.path
        self.file_field.setText(str(result.path))
        self.instructions.setText(delivery_instructions(result))

    def on_show_clicked(self) -> None:
        """The file in its folder, in the file manager (to copy it to a USB stick)."""
        if self.path is not None:
            show_in_folder(self.path)
