"""Delete case: any case, delivered or not, after a confirmation that names it, says what
goes with it and that it cannot be undone; "Keep it" is the default button, never "Delete".
The case list offers it on a selected row (right-click menu, or the Delete key): `install`.
The case goes as app.services.cases.delete_case removes it: no word of it left in the vault's
files (storage/cases.delete)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.text import fill
from app.services import cases as case_service
from app.services.vaults import Vault
from app.ui.common import jobs, look
from app.ui.common.export_runner import files_text
from app.ui.common.fields import heading
from app.ui.common.widgets import error_text, plain_label


class DeleteCaseDialog(QDialog):
    """"Delete case REF?" with what is lost; the delete button is never the default."""

    deleted = Signal(str)  # the reference of the case deleted

    def __init__(self, vault: Vault, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_id = case_id
        self.job: jobs.Job[str] | None = None
        summary = case_service.show_case(vault, case_id).summary
        self.reference = summary.reference
        files = len(case_service.list_attachments(vault, case_id))
        self.setWindowTitle(self.tr("Delete case"))
        self.setMinimumWidth(440)
        self.question = plain_label(fill(
            self.tr("Delete case %1 \u201c%2\u201d from this computer, with every saved version, "
                    "its %3 and its notes?"),
            summary.reference, summary.title, files_text(files)) if files else fill(
            self.tr("Delete case %1 \u201c%2\u201d from this computer, with every saved version "
                    "and its notes?"),
            summary.reference, summary.title))
        self.question.setAccessibleName(self.tr("What will be deleted"))
        confirmed = summary.status == "delivered" or vault.role == "coordinator"
        warning = (self.tr("This cannot be undone.") if confirmed else
                   self.tr("This cannot be undone. The organisation has not confirmed "
                           "receiving this case: if you have not sent it, it is lost."))
        self.warning = plain_label(warning)
        look.error_words(self.warning)
        self.warning.setAccessibleName(self.tr("Warning"))
        self.delete_button = QPushButton(self.tr("Delete case"))
        look.with_icon(self.delete_button, "trash-2")
        self.delete_button.setAccessibleName(self.tr("Delete case"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.setDefault(False)
        self.keep_button = QPushButton(self.tr("Keep it"))
        self.keep_button.setAccessibleName(self.tr("Keep it and close"))
        self.keep_button.setDefault(True)
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(fill(self.tr("Delete case %1?"), summary.reference)))
        layout.addWidget(self.question)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.delete_button.clicked.connect(self.delete)
        self.keep_button.clicked.connect(self.reject)
        self.keep_button.setFocus()

    def delete(self) -> None:
        if self.job is not None:
            return
        vault, case_id = self.vault, self.case_id
        self.delete_button.setEnabled(False)
        self.keep_button.setEnabled(False)
        self.message.setText(self.tr("Deleting..."))
        self.job = jobs.run(
            self, lambda _ctx: case_service.delete_case(vault, case_id).reference,
            on_done=self.on_deleted, on_failed=self.on_failed)

    def on_deleted(self, reference: str) -> None:
        self.job = None
        self.deleted.emit(reference)
        self.accept()

    def on_failed(self, err: BaseException) -> None:
        self.job = None
        self.keep_button.setEnabled(True)
        self.delete_button.setEnabled(True)
        self.message.setText(error_text(err))


class DeleteCaseAction(QAction):
    """"Delete case..." on the case list: the right-click menu and the Delete key, for the
    one selected case."""

    def __init__(self, section: QWidget) -> None:
        super().__init__(section)
        self.section = section
        self.dialog: DeleteCaseDialog | None = None
        self.setText(self.tr("Delete case..."))
        self.setIcon(look.icon("trash-2"))
        self.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.triggered.connect(self.open_dialog)

    def open_dialog(self) -> DeleteCaseDialog | None:
        vault = getattr(self.section, "vault", None)
        chosen = self.section.list.selected_case_ids()  # type: ignore[attr-defined]
        if vault is None or len(chosen) != 1 or self.dialog is not None:
            return None
        dialog = self.dialog = DeleteCaseDialog(vault, chosen[0], self.section)
        dialog.finished.connect(self._on_finished)
        dialog.open()
        return dialog

    def _on_finished(self, _result: int) -> None:
        self.dialog = None
        self.section.list.refresh()  # type: ignore[attr-defined]


def install(section: QWidget) -> DeleteCaseAction:
    """Offer Delete case on `section`'s case table (a CasesSection)."""
    action = DeleteCaseAction(section)
    table = section.list.table  # type: ignore[attr-defined]
    table.addAction(action)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action
