"""The coordinator's receipts and reports dialogs.

ReceiptDialog: tick the imported bundles to confirm, choose a folder, Create: one
R-<bundle id>.age per bundle (app.services.bundles.create_receipt), then where they are
and how to send each back (the researcher imports it in Guvoh; only they can open it).

ReportDialog: the chosen cases as a PDF case report, a CSV (one row per event) or JSON;
labels in any of the eight interface languages (the interface's own by default); protected
details left out unless "Include protected details" is ticked (a warning says what that
means); the chosen cases without publication consent are listed before writing. The
services build every file's content; the PDF is the service's escaped HTML laid out by
QTextDocument and printed by QPdfWriter into memory, then written privately and atomically
by storage.fsio (Qt never writes the file itself).
Slow work (reading the cases, writing) runs on worker threads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import bundles
from app.services import reports as report_service
from app.ui.common import i18n, jobs
from app.ui.common.fields import PathField, heading
from app.ui.common.widgets import Busy, error_text, open_file_dialog, plain_label, ui_language
from storage import fsio
from storage.errors import OutputExists
from storage.provenance import BundleSummary, bundle, signers_with_bundles
from storage.vault import Vault

IdRole = Qt.ItemDataRole.UserRole + 1


def default_folder() -> Path:
    desktop = Path.home() / "Desktop"
    return desktop if desktop.is_dir() else Path.home()


def _checkable(text: str, ident: str) -> QStandardItem:
    item = QStandardItem(text)  # item text is never interpreted as rich text
    item.setData(ident, IdRole)
    item.setCheckable(True)
    item.setEditable(False)
    item.setCheckState(Qt.CheckState.Checked)
    return item


# -- receipts -----------------------------------------------------------------------------


ReceiptsMade = tuple[list[Path], BaseException | None]


def create_receipts(vault: Vault, bundle_ids: list[str], out: Path) -> ReceiptsMade:
    """Create one receipt per bundle in `out`; stops at the first failure and returns the
    receipts made so far with that failure (runs on a worker)."""
    made: list[Path] = []
    for bundle_id in bundle_ids:
        try:
            made.append(bundles.create_receipt(vault, bundle_id, out))
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
        self.job: jobs.Job | None = None
        self.created: list[Path] = []
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
            "A receipt tells the researcher which cases and files arrived safely, so they "
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
        layout.addWidget(self.result_field)
        layout.addWidget(self.instructions)
        layout.addLayout(buttons)

        self._load(bundle_ids)
        self.model.itemChanged.connect(self.on_item_changed)
        self.create_button.clicked.connect(self.on_create_clicked)
        self.close_button.clicked.connect(self.reject)
        self.on_item_changed()

    def _load(self, bundle_ids: list[str]) -> None:
        found: list[BundleSummary] = []
        if bundle_ids:
            for ident in dict.fromkeys(bundle_ids):
                summary = bundle(self.vault.conn, ident)
                if summary is not None and summary.direction == "in":
                    found.append(summary)
        else:  # nothing chosen: offer every received bundle, none ticked
            found = [b for s in signers_with_bundles(self.vault.conn) for b in s.bundles]
        for b in found:
            text = self.tr("%1   %2   %3").replace("%1", str(b.bundle_id)[:8]).replace(
                "%2", b.signer_name).replace("%3", self.tr("%n cases", "", b.cases))
            if b.receipt.created:
                text = self.tr("%1   (a receipt was already created)").replace("%1", text)
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
        self.form.setEnabled(False)
        self.create_button.setEnabled(False)
        self.busy.show()
        vault = self.vault
        self.job = jobs.start(lambda: create_receipts(vault, chosen, out),
                                self.on_finished, self.on_failed)

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
            self.instructions.setText(self.tr(
                "%1 saved in the folder above, one R-....age file per bundle. Send each back "
                "to the researcher who sent that bundle, on a USB stick or through a "
                "messenger. They import it in Guvoh (Import a receipt); only that researcher "
                "can open it, and it says nothing about the testimony itself."
            ).replace("%1", self.tr("%n receipts", "", len(made))))
        if err is not None:
            self.message.setText(error_text(err))
        self.on_item_changed()
        if made:
            self.close_button.setDefault(True)
            self.receipts_created.emit(made)

    def on_failed(self, err: BaseException) -> None:
        self.job = None
        self.busy.hide()
        self.form.setEnabled(True)
        self.message.setText(error_text(err))
        self.on_item_changed()


# -- reports ------------------------------------------------------------------------------


FORMATS = ("pdf", "csv", "json")
_SUFFIX = {"pdf": ".pdf", "csv": ".csv", "json": ".json"}
_LANGUAGE_NAMES = {language.code: language.native for language in i18n.LANGUAGES}


PAGE = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                   QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)


def report_document(html: str, font: QFont | None = None) -> QTextDocument:
    """The service's HTML (every text already escaped) laid out in pages of A4 paper
    (less the margins), in the default font at 10 points."""
    document = QTextDocument()
    base = QFont(font) if font is not None else QFont(QApplication.font())
    base.setPointSizeF(10.0)
    document.setDefaultFont(base)
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    area = PAGE.paintRect(QPageLayout.Unit.Point)  # points: 1/72 inch
    document.setPageSize(QSizeF(area.width() * dpi / 72.0, area.height() * dpi / 72.0))
    document.setHtml(html)
    return document


def pdf_bytes(document: QTextDocument, title: str = "") -> bytes:
    """`document` printed to PDF (A4, 15 mm margins) in memory: no file is written."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(PAGE)
    writer.setResolution(300)
    writer.setCreator("Guvoh")
    if title:
        writer.setTitle(title)
    document.print_(writer)
    del writer  # finishes the PDF
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())


def report_language() -> str:
    """The labels' language that suits the interface: its own (the reports have every
    interface language), else English."""
    lang = ui_language()
    return lang if lang in report_service.LANGUAGES else "en"


class SavePathField(PathField):
    """A PathField whose "Choose..." opens a save dialog (it never confirms overwriting:
    Guvoh does not overwrite files)."""

    def on_choose_clicked(self) -> None:
        start = self.field.text() or str(default_folder())
        open_file_dialog(self, self.caption, start, self._on_chosen,
                         mode=QFileDialog.FileMode.AnyFile, filters=self.filters, save=True)


class ReportDialog(QDialog):
    """Write a report of the chosen cases as PDF, CSV or JSON."""

    report_written = Signal(object)  # Path
    consent_checked = Signal()

    def __init__(self, vault: Vault, case_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_ids = list(dict.fromkeys(case_ids))
        self.job: jobs.Job | None = None
        self.checked = False  # the consent of the chosen cases has been read
        self.document: QTextDocument | None = None  # the last PDF's layout (for checking)
        self.written: Path | None = None
        self.pending_out: Path | None = None
        self.setWindowTitle(self.tr("Write a report"))
        self.setMinimumWidth(560)

        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Report format"))
        self.format.addItem(self.tr("PDF case report"), "pdf")
        self.format.addItem(self.tr("CSV table, one row per event"), "csv")
        self.format.addItem(self.tr("JSON data"), "json")
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the labels"))
        for code in report_service.LANGUAGES:
            self.language.addItem(_LANGUAGE_NAMES.get(code, code), code)  # each in itself
        self.language.setCurrentIndex(max(self.language.findData(report_language()), 0))
        self.include_protected = QCheckBox(self.tr("Include protected details"))
        self.include_protected.setAccessibleName(self.tr("Include protected details"))
        self.include_protected.setChecked(False)
        self.protected_warning = plain_label(self.tr(
            "The report will contain real names, contacts and other details marked as "
            "protected. Anyone who gets the file can read them. Include them only if the "
            "people who will read it may see them."))
        self.protected_warning.setAccessibleName(self.tr("Warning about protected details"))
        self.protected_warning.hide()
        self.consent_text = plain_label(self.tr("Checking consent..."))
        self.consent_text.setAccessibleName(self.tr("Consent of the chosen cases"))
        self.consent_list = QListWidget()
        self.consent_list.setAccessibleName(self.tr("Cases without publication consent"))
        self.consent_list.setMaximumHeight(120)
        self.consent_list.hide()
        self.path = SavePathField(self.tr("Report file"), self.tr("Save the report as"),
                                  self.tr("Reports (*.pdf *.csv *.json);;All files (*)"))
        self.path.set_path(default_folder() / "guvoh-report.pdf")
        self.busy = Busy()
        self.busy.setAccessibleName(self.tr("Writing the report"))
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.write_button = QPushButton(self.tr("Write report"))
        self.write_button.setAccessibleName(self.tr("Write report"))
        self.write_button.setDefault(True)
        self.write_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)

        self.form = QWidget()
        fields = QFormLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addRow(plain_label(self.tr("Format"), wrap=False), self.format)
        fields.addRow(plain_label(self.tr("Labels in"), wrap=False), self.language)
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(heading(self.tr("Report of %n cases", "", len(self.case_ids))))
        form.addLayout(fields)
        form.addWidget(self.include_protected)
        form.addWidget(self.protected_warning)
        form.addWidget(self.consent_text)
        form.addWidget(self.consent_list)
        form.addWidget(plain_label(self.tr("Save the report as:")))
        form.addWidget(self.path)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.write_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.format.currentIndexChanged.connect(self.on_format_changed)
        self.include_protected.toggled.connect(self.protected_warning.setVisible)
        self.write_button.clicked.connect(self.on_write_clicked)
        self.close_button.clicked.connect(self.reject)
        self._check_consent()

    # -- consent of the chosen cases

    def _check_consent(self) -> None:
        vault, ids = self.vault, self.case_ids

        def states() -> list[tuple[str, str, str]]:
            return [(str(c.record.get("reference", "")), str(c.record.get("title", "")),
                     report_service.consent_state(c.record))
                    for c in report_service.gather(vault, ids)]

        self.form.setEnabled(False)
        self.busy.show()
        self.job = jobs.start(states, self.on_consent_read, self.on_consent_failed)

    def _state_text(self, state: str) -> str:
        if state == "withdrawn":
            return self.tr("consent withdrawn: do not use")
        if state == "no_consent":
            return self.tr("no consent recorded: do not use")
        return self.tr("not for publication")

    def on_consent_read(self, states: list[tuple[str, str, str]]) -> None:
        self.job = None
        self.busy.hide()
        self.form.setEnabled(True)
        self.checked = True
        if not states:
            self.consent_text.setText(self.tr("No case is chosen. Choose cases first."))
            self.consent_checked.emit()
            return
        lacking = [s for s in states if s[2] != "publication"]
        for reference, title, state in lacking:
            self.consent_list.addItem(self.tr("%1  %2: %3").replace("%1", reference).replace(
                "%2", title).replace("%3", self._state_text(state)))
        self.consent_list.setVisible(bool(lacking))
        if lacking:
            self.consent_text.setText(self.tr(
                "%n of the chosen cases may not be published. The report marks them; use "
                "them only for what the people consented to:", "", len(lacking)))
        else:
            self.consent_text.setText(self.tr(
                "Every chosen case has consent for publication."))
        self.write_button.setEnabled(bool(states))
        self.consent_checked.emit()

    def on_consent_failed(self, err: BaseException) -> None:
        self.job = None
        self.busy.hide()
        self.form.setEnabled(True)
        self.consent_text.clear()
        self.message.setText(error_text(err))
        self.consent_checked.emit()

    # -- choices

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def on_format_changed(self, *_args: Any) -> None:
        path = self.path.path()
        if path is not None and path.suffix.lower() in _SUFFIX.values():
            self.path.set_path(path.with_suffix(_SUFFIX[self.chosen_format()]))

    # -- writing

    def _busy(self, on: bool) -> None:
        self.form.setEnabled(not on)
        self.write_button.setEnabled(not on and self.checked)
        self.close_button.setEnabled(not on)
        self.busy.setVisible(on)

    def on_write_clicked(self) -> None:
        out = self.path.path()
        if out is None or not out.parent.is_dir():
            self.message.setText(self.tr("Choose a file name in a folder that exists."))
            return
        if out.exists():
            self.message.setText(error_text(OutputExists(out)))
            return
        self.message.clear()
        self._busy(True)
        vault, ids = self.vault, self.case_ids
        lang, protected = self.chosen_language(), self.include_protected.isChecked()
        kind = self.chosen_format()
        if kind == "pdf":
            def build() -> str:
                doc = report_service.build_report(vault, ids, lang=lang,
                                                  include_protected=protected)
                return report_service.render_html(doc)

            self.pending_out = out
            self.job = jobs.start(build, self.on_html_built, self.on_write_failed)
            return

        def write() -> Path:
            if kind == "csv":
                return report_service.export_csv(vault, ids, out, lang=lang,
                                                  include_protected=protected)
            return report_service.export_json(vault, ids, out, include_protected=protected)

        self.job = jobs.start(write, self.on_written, self.on_write_failed)

    def on_html_built(self, html: str) -> None:
        """Lay out and print on the GUI thread (QTextDocument is a GUI object); the bytes
        are written on a worker."""
        out = self.pending_out
        if out is None:
            return
        self.document = report_document(html)
        data = pdf_bytes(self.document, self.document.metaInformation(
            QTextDocument.MetaInformation.DocumentTitle))

        def write() -> Path:
            fsio.write_atomic(out, data, replace=False)
            return out

        self.job = jobs.start(write, self.on_written, self.on_write_failed)

    def on_written(self, path: Path) -> None:
        self.job = None
        self._busy(False)
        self.written = path
        text = self.tr(
            "The report is saved as %1. It is not encrypted: anyone who gets this file can "
            "read it. Keep it on an encrypted drive and share it only with people who may "
            "see these cases.").replace("%1", str(path))
        if self.include_protected.isChecked():
            text += " " + self.tr("It contains protected details.")
        self.message.setText(text)
        self.report_written.emit(path)

    def on_write_failed(self, err: BaseException) -> None:
        self.job = None
        self._busy(False)
        self.message.setText(error_text(err))
