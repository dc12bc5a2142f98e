"""The export dialog: choose the organisation(s) and the cases, choose whether the protected
details go (an explicit choice, nothing preselected: Export stays off until it is made) and
whether files go cleaned of their hidden details (on by default when the protected details
are left out), read a plain summary ("3 cases, 2 recordings or files, 184 MB. Only Memorial can
open it. It includes the protected details of 2 people."), export on a worker thread with a
progress bar and a Cancel that really stops (the core leaves no file), then see where
the file is and how to deliver it safely.

The receipt the organisation sends back, and removing delivered cases: delivered.py.
The folder is a plain field with a "Choose..." button, so tests set it directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.services import cases as case_service
from app.services import organisations
from app.services.bundle_export import ExportResult
from app.services.disclosure import protected_people_by_case
from app.services.vaults import Vault
from app.ui.common import look
from app.ui.common.export_runner import (
    ExportRunner,
    cleaned_text,
    cleaning_text,
    default_folder,
    delivery_instructions,
    estimate,
    export_summary,
    protected_text,
    show_in_folder,
    show_in_folder_button,
)
from app.ui.common.fields import PathField, heading
from app.ui.common.widgets import error_text, plain_label
from app.ui.researcher.case_model import status_label

IdRole = Qt.ItemDataRole.UserRole + 1
MAX_LISTED_CASES = 5000


def checkable_list(accessible: str) -> tuple[QListView, QStandardItemModel]:
    model = QStandardItemModel()
    view = QListView()
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view, model


def checked_ids(model: QStandardItemModel) -> list[str]:
    return [
        str(model.item(row).data(IdRole))
        for row in range(model.rowCount())
        if model.item(row).checkState() == Qt.CheckState.Checked
    ]


def set_checked(model: QStandardItemModel, wanted: set[str]) -> None:
    for row in range(model.rowCount()):
        item = model.item(row)
        item.setCheckState(
            Qt.CheckState.Checked if item.data(IdRole) in wanted else Qt.CheckState.Unchecked
        )


def _item(text: str, ident: str, checked: bool) -> QStandardItem:
    item = QStandardItem(text)  # display text: never interpreted as rich text
    item.setData(ident, IdRole)
    item.setCheckable(True)
    item.setEditable(False)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(self, vault: Vault, case_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_ids = case_ids
        self.result_: ExportResult | None = None
        self.exporting: tuple[list[str], bool, bool] = ([], False, False)
        self.setWindowTitle(self.tr("Export for an organisation"))
        self.setMinimumWidth(560)

        self.org_list, self.org_model = checkable_list(self.tr("Organisations to send to"))
        self.case_list, self.case_model = checkable_list(self.tr("Cases to export"))
        self.org_list.setMaximumHeight(110)
        # Whether the protected details go: two choices, neither preselected.
        self.leave_out = QRadioButton(self.tr("Leave out the protected details"))
        self.leave_out.setAccessibleName(self.tr("Leave out the protected details"))
        self.include = QRadioButton(self.tr("Include the protected details"))
        self.include.setAccessibleName(self.tr("Include the protected details"))
        self.protected_choice = QButtonGroup(self)
        self.protected_choice.setExclusive(True)
        self.protected_choice.addButton(self.leave_out)
        self.protected_choice.addButton(self.include)
        self.strip = QCheckBox(self.tr("Remove hidden details from files (location, device, "
                                       "author)"))
        self.strip.setAccessibleName(self.tr("Remove hidden details from files"))
        self.strip_touched = False  # the person set it: a later choice no longer moves it
        self._people: dict[str, int] = {}  # case id -> persons with protected details
        self.folder = PathField(
            self.tr("Folder for the file"), self.tr("Choose where to save the file"), folder=True
        )
        self.folder.set_path(default_folder())
        self.summary = plain_label()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.why = plain_label()  # why Export is off, next to it
        self.why.setAccessibleName(self.tr("Why Export is not available"))
        self.runner = ExportRunner()
        self.export_button = QPushButton(self.tr("Export"))
        look.primary(look.with_icon(self.export_button, "package"))
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)

        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(heading(self.tr("1. Who will receive it?")))
        form.addWidget(self.org_list)
        self.no_orgs = plain_label(
            self.tr(
                "You trust no organisation yet. Add one in Organisations first, using the card "
                "file it gave you."
            )
        )
        form.addWidget(self.no_orgs)
        form.addWidget(heading(self.tr("2. Which cases?")))
        form.addWidget(self.case_list, 1)
        form.addWidget(heading(self.tr("3. What goes with them?")))
        form.addWidget(
            plain_label(
                self.tr(
                    "Protected details are the real names, contacts and other details marked as "
                    "protected in each person. Left out, they stay only on this computer."
                )
            )
        )
        form.addWidget(self.leave_out)
        form.addWidget(self.include)
        form.addWidget(self.strip)
        form.addWidget(heading(self.tr("4. Where to save the file?")))
        form.addWidget(self.folder)
        form.addWidget(self.summary)

        self.done_page = QWidget()
        done = QVBoxLayout(self.done_page)
        done.setContentsMargins(0, 0, 0, 0)
        done.addWidget(heading(self.tr("The file is ready")))
        self.done_text = plain_label()
        self.file_field = QLineEdit()
        self.file_field.setReadOnly(True)
        self.file_field.setAccessibleName(self.tr("The exported file"))
        self.instructions = plain_label()
        self.instructions.setAccessibleName(self.tr("How to deliver it"))
        self.show_button = show_in_folder_button()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_field, 1)
        file_row.addWidget(self.show_button)
        done.addWidget(self.done_text)
        done.addLayout(file_row)
        done.addWidget(self.instructions)
        done.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.form)
        self.pages.addWidget(self.done_page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.why, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.runner)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self._load()
        self.org_model.itemChanged.connect(self.update_summary)
        self.case_model.itemChanged.connect(self.update_summary)
        self.protected_choice.buttonToggled.connect(self.on_protected_chosen)
        self.strip.clicked.connect(self.on_strip_clicked)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        self.runner.exported.connect(self.on_exported)
        self.runner.failed.connect(self.on_export_failed)
        self.show_button.clicked.connect(self.on_show_clicked)
        self.update_summary()

    def _load(self) -> None:
        orgs = organisations.organisations(self.vault)
        for org in orgs:
            self.org_model.appendRow(_item(org.name, org.fingerprint, len(orgs) == 1))
        self.no_orgs.setVisible(not orgs)
        self.org_list.setVisible(bool(orgs))
        summaries = case_service.list_cases(self.vault, limit=MAX_LISTED_CASES)
        wanted = set(self.case_ids) or {s.id for s in summaries if s.status == "ready"}
        for s in summaries:
            text = fill(self.tr("%1  %2  (%3)"), s.reference, s.title, status_label(s.status))
            self.case_model.appendRow(_item(text, s.id, s.id in wanted))

    def chosen_organisations(self) -> list[str]:
        return checked_ids(self.org_model)

    def chosen_cases(self) -> list[str]:
        return checked_ids(self.case_model)

    def choose(
        self, organisations_: Sequence[str] | None = None, cases_: Sequence[str] | None = None
    ) -> None:
        """Tick these organisations (fingerprints or names) and cases (ids)."""
        if organisations_ is not None:
            wanted = set(organisations_)
            for row in range(self.org_model.rowCount()):
                item = self.org_model.item(row)
                on = item.data(IdRole) in wanted or item.text() in wanted
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        if cases_ is not None:
            set_checked(self.case_model, set(cases_))
        self.update_summary()

    def _org_names(self) -> list[str]:
        return [
            self.org_model.item(row).text()
            for row in range(self.org_model.rowCount())
            if self.org_model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def include_protected(self) -> bool | None:
        """True: the protected details go; False: they are left out; None: not chosen yet."""
        if self.include.isChecked():
            return True
        if self.leave_out.isChecked():
            return False
        return None

    def choose_protected(self, include: bool) -> None:
        """Choose whether the protected details go, as a click on that choice does."""
        (self.include if include else self.leave_out).click()

    def on_protected_chosen(self, _button: Any = None, checked: bool = True) -> None:
        if not checked:
            return  # the other choice's toggle follows
        if not self.strip_touched:  # cleaned files by default when details are left out
            self.strip.setChecked(self.include_protected() is False)
        self.update_summary()

    def on_strip_clicked(self) -> None:
        self.strip_touched = True
        self.update_summary()

    def people_with_protected(self, case_ids: Sequence[str]) -> int:
        """Persons with protected details in `case_ids` (counted once per case and kept:
        the cases do not change while the dialog is open)."""
        missing = [c for c in case_ids if c not in self._people]
        if missing:
            self._people.update(protected_people_by_case(self.vault, missing))
        return sum(self._people[c] for c in case_ids)

    def _what_goes(self, case_ids: Sequence[str], files: int) -> list[str]:
        include = self.include_protected()
        lines = []
        if include is not None:  # until then, the line beside Export says to choose
            lines.append(protected_text(include, self.people_with_protected(case_ids)))
        if files:
            lines.append(cleaning_text(self.strip.isChecked()))
        return lines

    def update_summary(self, *_args: Any) -> None:
        chosen = self.chosen_cases()
        files, size = estimate(self.vault, chosen)
        lines = [export_summary(len(chosen), files, size, self._org_names())]
        if chosen:
            lines += self._what_goes(chosen, files)
        self.summary.setText("\n".join(lines))
        if not self.chosen_organisations():
            why = self.tr("Choose at least one organisation.")
        elif not chosen:
            why = self.tr("Choose at least one case.")
        elif self.include_protected() is None:
            why = self.tr("Choose whether the protected details go.")
        else:
            why = ""
        self.why.setText(why)
        self.export_button.setEnabled(not why and not self.runner.running())

    def start_export(self) -> None:
        to = self.chosen_organisations()
        chosen = self.chosen_cases()
        out = self.folder.path()
        if not to:
            self.message.setText(self.tr("Choose at least one organisation."))
            return
        if not chosen:
            self.message.setText(self.tr("Choose at least one case."))
            return
        include = self.include_protected()
        if include is None:
            self.message.setText(self.tr("Choose whether the protected details go."))
            return
        if out is None or not out.is_dir():
            self.message.setText(self.tr("Choose a folder that exists for the file."))
            return
        _files, size = estimate(self.vault, chosen)
        self.message.clear()
        self.form.setEnabled(False)
        self.export_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.exporting = (chosen, include, self.strip.isChecked())
        self.runner.start(self.vault, to, out, chosen, redact=not include,
                          strip_metadata=self.strip.isChecked(), total=size)

    def on_exported(self, result: ExportResult) -> None:
        self.result_ = result
        saved = fill(
            self.tr("%1 and %2 were saved, encrypted and signed by you, in this file:"),
            self.tr("%n cases", "", len(result.cases)),
            self.tr("%n recordings or files", "", result.attachments),
        )
        chosen, include, strip = self.exporting
        what = [protected_text(include, self.people_with_protected(chosen))]
        if result.attachments:
            plan = self.runner.plan
            what.append(cleaned_text(plan) if strip and plan is not None
                        else cleaning_text(strip))
        self.done_text.setText("\n".join([*what, saved]))
        self.file_field.setText(str(result.path))
        self.instructions.setText(delivery_instructions(result))
        self.pages.setCurrentWidget(self.done_page)
        self.export_button.hide()
        self.close_button.setEnabled(True)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.exported.emit(result)

    def on_show_clicked(self) -> None:
        if self.result_ is not None:
            show_in_folder(self.result_.path)

    def on_export_failed(self, err: BaseException) -> None:
        self.form.setEnabled(True)
        self.close_button.setEnabled(True)
        self.update_summary()
        self.message.setText(error_text(err))

    def reject(self) -> None:
        if self.runner.running():
            self.runner.cancel()  # closing while exporting stops it; no file is left
        super().reject()
