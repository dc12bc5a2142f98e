"""The coordinator's report dialog: the chosen cases as a PDF case report, a CSV (one row per
event) or JSON; labels in any of the eight interface languages (the interface's own by
default); protected details left out unless "Include protected details" is ticked (a
warning says what that means); the chosen cases without publication consent are listed
before writing (app.domain.consent), and so is the warning that the file will not be
encrypted. The default name is neutral (a date and a number); after writing, "Show in
folder". The services build every file's content; the PDF is laid out here (report_pdf.py)
and written by the service, privately and atomically.
Slow work (reading the cases, writing) runs on worker threads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.consent import ConsentState, consent_state
from app.domain.text import fill
from app.services.errors import OutputExists
from app.services.filenames import neutral_name
from app.services.reports import csv_report, gather, json_report, labels, printable
from app.services.vaults import Vault
from app.ui.common import i18n, jobs
from app.ui.common.export_runner import default_folder, show_in_folder, show_in_folder_button
from app.ui.common.fields import PathField, heading
from app.ui.common.widgets import Busy, error_text, open_file_dialog, plain_label, ui_language
from app.ui.coordinator.report_pdf import pdf_bytes, report_document

FORMATS = ("pdf", "csv", "json")
_SUFFIX = {"pdf": ".pdf", "csv": ".csv", "json": ".json"}
_LANGUAGE_NAMES = {language.code: language.native for language in i18n.LANGUAGES}

ConsentRow = tuple[str, str, ConsentState]  # reference, title, consent


def report_language() -> str:
    """The labels' language that suits the interface: its own (the reports have every
    interface language), else English."""
    lang = ui_language()
    return lang if lang in labels.LANGUAGES else "en"


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
        self.job: jobs.Job[Any] | None = None
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
        for code in labels.LANGUAGES:
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
        self.path.set_path(neutral_name(default_folder(), ".pdf"))
        # Said before anything is written, whatever the format.
        self.unencrypted_warning = plain_label(self.tr(
            "The report will not be encrypted: anyone who gets the file can read it. Save "
            "it on an encrypted drive and share it only with people who may see these "
            "cases."))
        self.unencrypted_warning.setAccessibleName(self.tr("Warning: the report is not encrypted"))
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
        self.show_button = show_in_folder_button()
        self.show_button.hide()

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
        form.addWidget(self.unencrypted_warning)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
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
        self.show_button.clicked.connect(self.on_show_clicked)
        self._check_consent()

    # -- consent of the chosen cases

    def _check_consent(self) -> None:
        vault, ids = self.vault, self.case_ids

        def states(_ctx: jobs.JobContext) -> list[ConsentRow]:
            return [(str(c.record.get("reference", "")), str(c.record.get("title", "")),
                     consent_state(c.record))
                    for c in gather.gather(vault, ids)]

        self.form.setEnabled(False)
        self.busy.show()
        self.job = jobs.run(self, states, on_done=self.on_consent_read,
                            on_failed=self.on_consent_failed)

    def _state_text(self, state: ConsentState) -> str:
        if state is ConsentState.WITHDRAWN:
            return self.tr("consent withdrawn: do not use")
        if state is ConsentState.NO_CONSENT:
            return self.tr("no consent recorded: do not use")
        return self.tr("not for publication")

    def on_consent_read(self, states: list[ConsentRow]) -> None:
        self.job = None
        self.busy.hide()
        self.form.setEnabled(True)
        self.checked = True
        if not states:
            self.consent_text.setText(self.tr("No case is chosen. Choose cases first."))
            self.consent_checked.emit()
            return
        lacking = [s for s in states if s[2] is not ConsentState.PUBLICATION]
        for reference, title, state in lacking:
            self.consent_list.addItem(
                fill(self.tr("%1  %2: %3"), reference, title, self._state_text(state)))
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
            suffix = _SUFFIX[self.chosen_format()]
            if path == neutral_name(path.parent, path.suffix):  # still the name we chose
                self.path.set_path(neutral_name(path.parent, suffix))
            else:
                self.path.set_path(path.with_suffix(suffix))

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
        self.show_button.hide()
        self._busy(True)
        vault, ids = self.vault, self.case_ids
        lang, protected = self.chosen_language(), self.include_protected.isChecked()
        kind = self.chosen_format()
        if kind == "pdf":
            def build(_ctx: jobs.JobContext) -> str:
                doc = printable.build_report(vault, ids, lang=lang,
                                             include_protected=protected)
                return printable.render_html(doc)

            self.pending_out = out
            self.job = jobs.run(self, build, on_done=self.on_html_built,
                                on_failed=self.on_write_failed)
            return

        def write(_ctx: jobs.JobContext) -> Path:
            if kind == "csv":
                return csv_report.export_csv(vault, ids, out, lang=lang,
                                             include_protected=protected)
            return json_report.export_json(vault, ids, out, include_protected=protected)

        self.job = jobs.run(self, write, on_done=self.on_written, on_failed=self.on_write_failed)

    def on_html_built(self, html: str) -> None:
        """Lay out and print on the GUI thread (QTextDocument is a GUI object); the bytes
        are written on a worker."""
        out = self.pending_out
        if out is None:
            return
        self.document = report_document(html)
        data = pdf_bytes(self.document, self.document.metaInformation(
            QTextDocument.MetaInformation.DocumentTitle))

        self.job = jobs.run(self, lambda _ctx: printable.write_pdf(out, data),
                            on_done=self.on_written, on_failed=self.on_write_failed)

    def on_written(self, path: Path) -> None:
        self.job = None
        self._busy(False)
        self.written = path
        text = fill(self.tr("The report is saved, not encrypted, as %1."), path)
        if self.include_protected.isChecked():
            text += " " + self.tr("It contains protected details.")
        self.message.setText(text)
        self.show_button.show()
        self.path.set_path(neutral_name(path.parent, path.suffix))  # a next report
        self.report_written.emit(path)

    def on_show_clicked(self) -> None:
        if self.written is not None:
            show_in_folder(self.written)

    def on_write_failed(self, err: BaseException) -> None:
        self.job = None
        self._busy(False)
        self.message.setText(error_text(err))
