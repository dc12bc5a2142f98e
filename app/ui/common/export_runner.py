"""Exporting a bundle from a screen: the runner (progress bar, a Cancel that really stops, the
job on a worker), the plain summary of what will leave, and what to do with the file after.

Shared by the researcher's export dialog and the submitter's story; "Show in folder" after
saving (show_in_folder) by the receipts and reports too. The texts keep the
translation context "Export".
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.domain.text import fill
from app.services import attachment_metadata, bundle_export
from app.services import cases as case_service
from app.services.attachment_metadata import StripPlan
from app.services.bundle_export import ExportResult
from app.services.vaults import Vault
from app.ui.common import jobs
from app.ui.common.sizes import human_size
from app.ui.common.widgets import plain_label


class Export(QObject):
    """Texts of the export screens; named for their translation context ("Export")."""

    def join_names(self, names: Sequence[str]) -> str:
        if len(names) <= 1:
            return "".join(names)
        return fill(self.tr("%1 and %2"), ", ".join(names[:-1]), names[-1])

    def delivery_instructions(self, organisations: Sequence[str]) -> str:
        return fill(self.tr(
            "Only %1 can open this file. Deliver it on a USB stick, or send it through a "
            "messenger you trust; avoid plain e-mail if you can. Once the organisation "
            "confirms it arrived, delete this file and any copy of it (on the stick too)."
        ), self.join_names(organisations))

    def summary(self, n_cases: int, n_files: int, size: int, orgs: Sequence[str]) -> str:
        parts = (self.tr("%n cases", "", n_cases) + ", "
                 + self.tr("%n recordings or files", "", n_files) + ", "
                 + human_size(size))
        if orgs:
            return fill(self.tr("%1. Only %2 can open it."), parts, self.join_names(orgs))
        return fill(self.tr("%1. Choose who will receive it."), parts)

    def files(self, n_files: int) -> str:
        return self.tr("%n recordings or files", "", n_files)

    def cleaned(self, plan: StripPlan) -> str:
        lines = []
        if plan.cleaned:
            lines.append(self.tr(
                "%n files went cleaned of hidden details (location, device, author).", "",
                plan.cleaned))
        if plan.nothing_found:
            lines.append(self.tr("%n files had nothing to remove and went as they came.", "",
                                 plan.nothing_found))
        if plan.not_checked:
            lines.append(self.tr("%n files could not be checked and went as they came.", "",
                                 plan.not_checked))
        return " ".join(lines)

    def protected(self, include: bool | None, people: int) -> str:
        if include is None:
            return self.tr("Choose whether the protected details go.")
        if people == 0:
            return self.tr("No one in these cases has protected details.")
        if include:
            return self.tr("It includes the protected details of %n people.", "", people)
        return self.tr("It leaves out the protected details of %n people.", "", people)

    def cleaning(self, strip: bool) -> str:
        if strip:
            return self.tr("Files go cleaned of hidden details (location, device, author) "
                           "wherever they can be removed; the originals stay in your vault as "
                           "they came.")
        return self.tr("Files go as they came, with any hidden details they carry "
                       "(location, device, author).")


_TEXTS = Export()


def join_names(names: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C' in the interface language."""
    return _TEXTS.join_names(names)


def delivery_instructions(result: ExportResult) -> str:
    """What to do with an exported file, in plain words."""
    return _TEXTS.delivery_instructions(result.organisations)


def export_summary(n_cases: int, n_files: int, size: int, orgs: Sequence[str]) -> str:
    """'3 cases, 2 recordings or files, 184 MB. Only Memorial can open it.'"""
    return _TEXTS.summary(n_cases, n_files, size, orgs)


def protected_text(include: bool | None, people: int) -> str:
    """Whether the protected details of `people` persons go: 'It includes the protected
    details of 2 people.', '... leaves out ...', or that the choice is still to be made
    (`include` None)."""
    return _TEXTS.protected(include, people)


def cleaning_text(strip: bool) -> str:
    """Whether files go cleaned of their hidden details (metadata) or as they came."""
    return _TEXTS.cleaning(strip)


def cleaned_text(plan: StripPlan) -> str:
    """After an export with cleaned files: how many went cleaned, had nothing to remove, or
    could not be checked."""
    return _TEXTS.cleaned(plan)


def files_text(n_files: int) -> str:
    """'%n recordings or files'."""
    return _TEXTS.files(n_files)


def show_in_folder(path: Path) -> bool:
    """Open the folder that holds `path` (or `path`, a folder) in the file manager."""
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_in_folder_button() -> QPushButton:
    """A "Show in folder" button; the screen connects it to show_in_folder."""
    button = QPushButton(QCoreApplication.translate("Export", "Show in folder"))
    button.setAccessibleName(
        QCoreApplication.translate("Export", "Show the file in its folder"))
    button.setAutoDefault(False)
    return button


def default_folder() -> Path:
    """Where an exported file goes unless the person chooses: the desktop, else home."""
    desktop = Path.home() / "Desktop"
    return desktop if desktop.is_dir() else Path.home()


def estimate(vault: Vault, case_ids: Sequence[str]) -> tuple[int, int]:
    """(number of attached files, payload bytes) the export of `case_ids` will carry."""
    files = size = 0
    for case_id in case_ids:
        for attachment in case_service.list_attachments(vault, case_id):
            files += 1
            size += attachment.size
    return files, size + 4096 * len(case_ids)


class ExportRunner(QWidget):
    """Runs export_bundle on a worker with a progress bar and a Cancel button that sets
    the core's cancel event. Emits `exported` (ExportResult) or `failed` (exception)."""

    exported = Signal(object)
    failed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.job: jobs.Job[tuple[ExportResult, StripPlan | None]] | None = None
        self.plan: StripPlan | None = None  # what the last export did to files it cleaned
        self.total = 0
        self.bar = QProgressBar()
        self.bar.setAccessibleName(QCoreApplication.translate("Export", "Export progress"))
        self.bar.setRange(0, 1000)
        self.cancel_button = QPushButton(QCoreApplication.translate("Export", "Cancel export"))
        self.cancel_button.setAccessibleName(QCoreApplication.translate("Export", "Cancel export"))
        self.cancel_button.setAutoDefault(False)
        self.status = plain_label()
        self.status.setAccessibleName(QCoreApplication.translate("Export", "Export status"))
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    def running(self) -> bool:
        return self.job is not None

    def start(
        self,
        vault: Vault,
        to: list[str],
        out: Path,
        case_ids: list[str],
        *,
        redact: bool = False,
        strip_metadata: bool = False,
        total: int = 0,
    ) -> None:
        self.total = total
        self.bar.setValue(0)
        if total <= 0:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 1000)
        self.status.setText(QCoreApplication.translate("Export", "Encrypting and signing..."))
        self.plan = None
        self.cancel_button.setEnabled(True)
        self.show()

        def export(ctx: jobs.JobContext) -> tuple[ExportResult, StripPlan | None]:
            result = bundle_export.export_bundle(
                vault, to, out, case_ids, redact=redact, strip_metadata=strip_metadata,
                progress=ctx.steps, cancel=ctx.cancel,
            )
            plan = None
            if strip_metadata and result.attachments:
                try:  # the export read every file: stored readings, counted
                    plan = attachment_metadata.strip_plan(vault, result.cases)
                except Exception:  # noqa: BLE001 - the file is written; the count is a courtesy
                    plan = None
            return result, plan

        self.job = jobs.run(self, export, on_done=self.on_finished, on_failed=self.on_failed,
                            on_progress=self.on_progress)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(QCoreApplication.translate("Export", "Stopping..."))

    def on_progress(self, payload: object) -> None:
        if isinstance(payload, jobs.Steps) and self.total > 0:
            self.bar.setValue(min(1000, payload.done * 1000 // self.total))

    def on_finished(self, done: tuple[ExportResult, StripPlan | None]) -> None:
        self.job = None
        self.hide()
        result, self.plan = done
        self.exported.emit(result)

    def on_failed(self, err: BaseException) -> None:
        self.job = None
        self.hide()
        self.failed.emit(err)
