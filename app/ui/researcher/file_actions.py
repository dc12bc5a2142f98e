"""What the Files tab does to one chosen file after asking: "Save a copy as..." and "Save a
cleaned copy as..." (only on request, after a warning that the copy is not encrypted, under
a neutral name, never the attachment's own, written on a worker with the tab's progress
bar) and removing it from the vault. The texts keep the FilesTab translation context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.domain.text import fill
from app.services import cases as svc
from app.services import viewing
from app.services.cases import Attachment
from app.ui.common import jobs
from app.ui.common.widgets import error_text

if TYPE_CHECKING:
    from app.ui.researcher.files import FilesTab

translate = QCoreApplication.translate


def ask_to_save(tab: FilesTab, item: Attachment, *, cleaned: bool = False) -> None:
    """The warning first; the file dialog only after "Save unencrypted copy"."""
    tab.questions.ask(
        translate("FilesTab", "The copy will NOT be encrypted."),
        translate("FilesTab",
                  "Anyone who can use this computer, or the disk or USB stick you save it "
                  "to, will be able to open it. Delete the copy as soon as you no longer "
                  "need it. A file that came from someone else may be made to harm the "
                  "computer that opens it: open the copy only on a computer that holds "
                  "nothing you must protect."),
        translate("FilesTab", "Save unencrypted copy"),
        QMessageBox.ButtonRole.AcceptRole,
        lambda: choose_target(tab, item, cleaned=cleaned),
    )


def choose_target(tab: FilesTab, item: Attachment, *, cleaned: bool = False) -> None:
    vault = tab.vault
    if vault is None:
        return
    try:
        # a neutral name, never the attachment's own: that is case content, and in a
        # received bundle the sender's choice (it may hold "../" or U+202E)
        name = viewing.copy_name(vault, item.id)
    except Exception as err:  # noqa: BLE001 - shown as one sentence
        tab.notice.setText(error_text(err))
        return
    title = (translate("FilesTab", "Save a cleaned copy as") if cleaned
             else translate("FilesTab", "Save a copy as"))
    dialog = QFileDialog(tab, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(name)
    dialog.fileSelected.connect(lambda name: tab.save_copy(item, Path(name), cleaned=cleaned))
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    tab.questions.track(dialog)
    dialog.open()


def save(tab: FilesTab, item: Attachment, out: Path, *, cleaned: bool = False) -> None:
    """Write an unencrypted copy of `item` to `out`: its original bytes, or with `cleaned`
    a copy without the details it reveals (recorded with its own SHA-256 and the
    original's; the original in the vault stays as it came)."""
    vault = tab.vault
    if vault is None or tab.job is not None:
        return
    tab.progress.setRange(0, 0)
    tab.progress_label.setText(out.name)
    tab.progress_box.show()
    tab.problems = []

    def finished(_result: object) -> None:
        tab.job = None
        tab.progress_box.hide()
        if cleaned:
            tab.notice.setText(fill(translate(
                "FilesTab",
                "An unencrypted copy without hidden details was saved as %1. Delete it "
                "when you no longer need it."), out))
        else:
            tab.notice.setText(fill(translate(
                "FilesTab",
                "An unencrypted copy was saved as %1. Delete it when you no longer need "
                "it."), out))
        tab._update()

    def failed(err: BaseException) -> None:
        tab.job = None
        tab.progress_box.hide()
        tab.notice.setText(error_text(err))
        tab._update()

    tab.job = jobs.run(
        tab, lambda ctx: svc.export_attachment(vault, item.id, out, ctx.steps, ctx.cancel,
                                               cleaned=cleaned),
        on_done=finished, on_failed=failed, on_progress=tab._on_progress)
    tab._update()


def ask_to_remove(tab: FilesTab, item: Attachment) -> None:
    tab.questions.ask(
        fill(translate("FilesTab", "Remove %1 from this case?"), item.filename),
        translate("FilesTab", "The file will be deleted from the vault for good; copies "
                              "already exported are not affected."),
        translate("FilesTab", "Remove file"),
        QMessageBox.ButtonRole.DestructiveRole,
        lambda: tab.remove(item),
    )


def remove(tab: FilesTab, item: Attachment) -> None:
    if tab.vault is None:
        return
    try:
        svc.delete_attachment(tab.vault, item.id)
    except Exception as err:  # noqa: BLE001 - shown as one sentence
        tab.notice.setText(error_text(err))
        return
    tab.notice.setText(translate("FilesTab", "The file was removed."))
    tab.refresh()
    tab.attachments_changed.emit()
