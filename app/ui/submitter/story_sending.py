"""Sending the story from the send step: the story is saved as its case once more, then
one file only the chosen organisation can open is made on a worker (the send step's
runner); once it is made, the story in progress is forgotten (the case stays) and the
last step says where the file is.

A mixin of StorySection (story.py), which asks the questions and keeps the answers; the
texts are in the "StorySection" translation context, written out for pyside6-lupdate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.messages import explain
from app.services import story as story_service
from app.services.bundle_export import ExportResult
from app.services.vaults import Vault
from app.ui.common.export_runner import estimate
from app.ui.common.widgets import error_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from app.ui.submitter.sending import DoneStep, SendStep

translate = QCoreApplication.translate


class StorySending:
    """Creating the story's file and what follows (see the module)."""

    vault: Vault | None
    case_id: str | None
    result_: ExportResult | None
    _key: str | None
    _kept: str | None
    sending: SendStep
    done: DoneStep
    message: QLabel
    saved_note: QLabel
    story_exported: Any  # Signal(object) of StorySection

    def chosen_organisation(self) -> tuple[str, str] | None:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def go_to(self, step: str) -> None:
        raise NotImplementedError

    def _update_buttons(self, *_args: Any) -> None:
        raise NotImplementedError

    def send(self) -> None:
        chosen = self.chosen_organisation()
        out = self.sending.folder.path()
        if self.vault is None or chosen is None or self.case_id is None:
            return
        if out is None or not out.is_dir():
            self.message.setText(
                translate("StorySection", "Choose a folder that exists for the file."))
            return
        if not self.save():
            return
        self.message.clear()
        _files, size = estimate(self.vault, [self.case_id])
        self.sending.runner.start(self.vault, [chosen[0]], out, [self.case_id], total=size,
                                  strip_metadata=self.sending.strip.isChecked())
        self.sending.folder.setEnabled(False)
        self.sending.strip.setEnabled(False)
        self._update_buttons()

    def on_exported(self, result: ExportResult) -> None:
        if self.vault is None:  # locked meanwhile: the file exists, the screen stays clear
            return
        self.result_ = result
        self.sending.folder.setEnabled(True)
        self.sending.strip.setEnabled(True)
        if self._key is not None:  # the story is told: no story in progress any more
            try:
                story_service.discard_story(self.vault, self._key)
            except Exception as err:
                if explain(err) is None:
                    raise
        self._key = None
        self._kept = None
        self.saved_note.clear()
        self.done.show_result(result)
        self.go_to("done")
        self.story_exported.emit(result)

    def on_export_failed(self, err: BaseException) -> None:
        self.sending.folder.setEnabled(True)
        self.sending.strip.setEnabled(True)
        if self.vault is None:
            return
        self.message.setText(error_text(err))
        self._update_buttons()
