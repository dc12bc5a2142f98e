"""After a file is safely in the vault: the question about the original left behind (a photo
in Downloads, a recording copied from a phone), as Tella asks it.

"The file is now in your encrypted vault. Remove the original from <folder>?" with "Remove
the original" / "Keep it" (the default) and "Do the same from now on, without asking". The
choice is kept in the plain settings file (app/services/settings.py: ask, remove, keep; never
a path) and can be changed in Settings (app/ui/shell/originals_panel.py). Removing runs off
the GUI thread through app/services/originals.py, which reads the file again and removes it
only if it still holds the vault's bytes. A recording made inside Guvoh has no original: the
screens never offer one for it.

The Files tab of the editor (app/ui/researcher/files.py) and the story's files step
(app/ui/submitter/files.py) each own one :class:`OriginalOffer`: ``offer(path, attachment)``
when an attach completes, ``cancel()`` when the vault locks or the case changes (the
question closes, the questions still waiting are dropped: the files stay).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget
from shiboken6 import Shiboken

from app.domain.text import fill
from app.services import originals
from app.services import settings as settings_service
from app.services.cases import Attachment
from app.ui.common import jobs
from app.ui.common.widgets import error_text


class OriginalOffer(QObject):
    """Asks, one file at a time, whether to remove the originals of attached files (or does
    what the remembered choice says) and reports each outcome in one sentence."""

    said = Signal(str)  # a sentence for the screen's message line
    removed = Signal(object)  # originals.Removed: an original is gone

    def __init__(self, parent: QWidget, settings_path: Path | None = None) -> None:
        super().__init__(parent)
        self.widget = parent
        self.settings_path = settings_path  # None: the app's own settings file
        self.pending: list[tuple[Path, str]] = []
        self.box: QMessageBox | None = None
        self.job: jobs.Job[originals.Removed] | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None or (self.box is not None and Shiboken.isValid(self.box))

    def offer(self, path: Path, attachment: Attachment) -> None:
        """`path` was just stored in the vault as `attachment`: ask about its original."""
        self.pending.append((Path(path), attachment.sha256))
        if not self.busy:
            self._next()

    def cancel(self) -> None:
        """Locking or another case: close the question, drop what waits (the files stay);
        a removal under way is stopped while it still reads, and its result not shown."""
        self.pending.clear()
        jobs.invalidate(self)
        if self.job is not None:
            self.job.cancel()
        self.job = None
        box, self.box = self.box, None
        if box is not None and Shiboken.isValid(box):
            box.blockSignals(True)  # closing is not an answer
            box.close()
            box.deleteLater()

    # -- one original at a time ---------------------------------------------------------

    def _choice(self) -> str:
        return settings_service.originals_choice(self.settings_path)

    def _remember(self, choice: str) -> None:
        try:
            settings_service.set_originals_choice(choice, self.settings_path)
        except Exception as err:  # noqa: BLE001 - shown as one sentence; the file stays
            self.said.emit(error_text(err))

    def _next(self) -> None:
        while self.pending and not self.busy:
            path, sha256 = self.pending.pop(0)
            choice = self._choice()
            if choice == "remove":
                self._remove(path, sha256)
            elif choice == "ask":
                self._ask(path, sha256)
            # "keep": nothing to do

    def _ask(self, path: Path, sha256: str) -> None:
        box = QMessageBox(self.widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.widget.window().windowTitle())  # the app's name or disguise
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(fill(self.tr("The file is now in your encrypted vault. Remove the "
                                 "original from %1?"), _folder(path)))
        box.setInformativeText(fill(self.tr(
            "The original is %1. Guvoh overwrites it once with zeros, then deletes it. This "
            "is not a secure erase: the disk (an SSD or a memory card especially), the file "
            "system, backups and cloud sync may still keep traces or copies of it."),
            path.name))
        remove = box.addButton(self.tr("Remove the original"),
                               QMessageBox.ButtonRole.DestructiveRole)
        remove.setAccessibleName(self.tr("Remove the original"))
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        keep.setAccessibleName(self.tr("Keep it"))
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        always = QCheckBox(self.tr("Do the same from now on, without asking"))
        always.setAccessibleName(self.tr("Do the same from now on, without asking"))
        box.setCheckBox(always)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def decided(_result: int) -> None:
            if self.box is not box:
                return
            self.box = None
            chosen_remove = box.clickedButton() is remove
            if always.isChecked():
                self._remember("remove" if chosen_remove else "keep")
            if chosen_remove:
                self._remove(path, sha256)
            self._next()

        box.finished.connect(decided)
        self.box = box
        box.open()

    def _remove(self, path: Path, sha256: str) -> None:
        folder = _folder(path)

        def work(ctx: jobs.JobContext) -> originals.Removed:
            return originals.remove_original(path, sha256, progress=ctx.steps,
                                             cancel=ctx.cancel)

        def done(result: originals.Removed) -> None:
            self.job = None
            self.said.emit(fill(self.tr("The original was removed from %1."), folder))
            self.removed.emit(result)
            self._next()

        def failed(err: BaseException) -> None:
            self.job = None
            self.said.emit(error_text(err))
            self._next()

        self.job = jobs.run(self, work, on_done=done, on_failed=failed)


def _folder(path: Path) -> str:
    """The folder the original is in, as the person would recognise it."""
    parent = path.parent
    with contextlib.suppress(OSError):  # the working folder is gone: the path as given
        parent = parent.absolute()
    return str(parent)
