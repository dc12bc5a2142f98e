"""The submitter's guided "tell your story" flow: a few plain questions, one per screen,
with Back and Next, ending in a file only the chosen organisation can open and plain words
on how to deliver it.

Steps: consent (the person is the author: they give consent themselves and choose the
uses they allow) -> what happened (a short title and the story) -> when (a date as exact
as they remember: day, month, year, or not at all) -> where (country, type to search, and
city) -> who was involved (free text) -> may the organisation contact you (and how) -> how
you wish to be named -> which organisation (a trusted one, or a card file whose safety
code is compared first) -> create the file -> where it is and how to deliver it.

The answers become one case record (resources/schema/case-v1.schema.json):

- consent: ``given`` (required to go on), ``uses``, ``may_contact``, ``anonymity``
  (full_name / pseudonym_only / fully_anonymous);
- ``title`` (the person's own short title, else "My story"), ``narrative`` (what happened);
- ``persons[0]`` (id "p1", role "victim": the author, telling what was done to them or
  to their family): ``real_name`` and/or ``pseudonym`` by the naming choice, ``contact``
  when they may be contacted; a real name is ``protected`` unless the person chose to be
  named, a contact always is, so "leave out protected details" leaves them out;
- ``events[0]`` (id "e1", victims ["p1"]): ``date`` with its precision, ``place``
  (country code, city), and the "who was involved" answer as its ``description``. Free text
  about other people is not split into persons: roles and relations are the coordinator's
  work, and an invented structure would not validate any better than the person's words.

The record is saved in the vault at each Next (add_case, then edit_case when the answers
changed), so closing the window loses nothing; the case is then in the Cases list.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import vocabularies
from app.services import cases as case_service
from app.services.bundles import ExportResult
from app.services.errors import CaseFileError
from app.ui.common.export_runner import (
    ExportRunner,
    default_folder,
    delivery_instructions,
    estimate,
)
from app.ui.common.fields import PathField, heading
from app.ui.common.pickers import VocabCombo
from app.ui.common.widgets import error_text, plain_label, ui_language
from app.ui.keys.card_check import CardCheck
from storage.errors import VaultError
from storage.keys import Organisation, organisations
from storage.vault import Vault

FingerprintRole = Qt.ItemDataRole.UserRole + 1

STEPS = ("consent", "what", "when", "where", "who", "contact", "name", "organisation",
         "send", "done")
PRECISIONS = ("day", "month", "year", "unknown")


def _radio(text: str) -> QRadioButton:
    button = QRadioButton(text)
    button.setAccessibleName(text)
    return button


def _line(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(accessible)
    return field


def _text(accessible: str) -> QPlainTextEdit:
    field = QPlainTextEdit()
    field.setAccessibleName(accessible)
    field.setTabChangesFocus(True)
    font = field.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    field.setFont(font)
    return field


def _single_line(text: str) -> str:
    return " ".join(text.split())


class StorySection(QWidget):
    story_exported = Signal(object)  # ExportResult
    cases_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.case_id: str | None = None
        self._saved: dict[str, Any] | None = None
        self.result_: ExportResult | None = None
        self.lang = ui_language()

        self.step_label = plain_label(wrap=False)
        self.step_label.setAccessibleName(self.tr("Step"))
        self.pages = QStackedWidget()
        self.page: dict[str, QWidget] = {}
        self._build_consent()
        self._build_what()
        self._build_when()
        self._build_where()
        self._build_who()
        self._build_contact()
        self._build_name()
        self._build_organisation()
        self._build_send()
        self._build_done()

        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.saved_note = plain_label(wrap=False)
        self.saved_note.setAccessibleName(self.tr("Saved status"))
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.saved_note)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.show_vault(None)

    # -- building the steps -------------------------------------------------------------

    def _add_page(self, key: str, title: str, intro: str, body: QWidget | None = None,
                  scroll: bool = False) -> QVBoxLayout:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(title))
        if intro:
            layout.addWidget(plain_label(intro))
        if body is not None:
            layout.addWidget(body)
        if scroll:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(page)
            area.setAccessibleName(title)
            self.pages.addWidget(area)
        else:
            self.pages.addWidget(page)
        self.page[key] = page
        return layout

    def _build_consent(self) -> None:
        layout = self._add_page("consent", self.tr("Your story belongs to you"), self.tr(
            "You will answer a few short questions. Everything stays encrypted on this "
            "computer until you create the file for the organisation you choose, and only "
            "that organisation can open it. You can stop at any time: what you wrote is "
            "kept in your vault."
        ), scroll=True)
        self.agree = QCheckBox(self.tr(
            "I want to give my account to the organisation I choose"))
        self.agree.setAccessibleName(self.agree.text())
        layout.addWidget(self.agree)
        layout.addWidget(plain_label(self.tr("The organisation may use it for:")))
        self.uses: dict[str, QCheckBox] = {}
        for term in vocabularies.load("consent_uses"):
            if term.deprecated:
                continue
            box = QCheckBox(term.label(self.lang))
            box.setAccessibleName(term.label(self.lang))
            box.setAccessibleDescription(term.describe(self.lang))
            box.setToolTip(term.describe(self.lang))
            self.uses[term.code] = box
            layout.addWidget(box)
            if term.describe(self.lang):
                note = plain_label(term.describe(self.lang))
                note.setContentsMargins(24, 0, 0, 0)
                layout.addWidget(note)
        layout.addStretch(1)
        self.agree.toggled.connect(self._update_buttons)
        for box in self.uses.values():
            box.toggled.connect(self._update_buttons)

    def _build_what(self) -> None:
        layout = self._add_page("what", self.tr("What happened?"), self.tr(
            "Tell it in your own words, in any language, as long or as short as you like."))
        self.narrative = _text(self.tr("What happened"))
        layout.addWidget(self.narrative, 1)
        layout.addWidget(plain_label(self.tr(
            "A few words to name your story (do not put names of people here):")))
        self.title = _line(self.tr("Short title"))
        self.title.setPlaceholderText(self.tr("My story"))
        self.title.setMaxLength(300)
        layout.addWidget(self.title)
        self.narrative.textChanged.connect(self._update_buttons)

    def _build_when(self) -> None:
        layout = self._add_page("when", self.tr("When did it happen?"), self.tr(
            "As exactly as you remember. If it went on for a long time, give when it "
            "started."))
        self.precision = QComboBox()
        self.precision.setAccessibleName(self.tr("How exactly do you know the date?"))
        for code, text in zip(PRECISIONS, (
            self.tr("I know the day"), self.tr("I know the month"),
            self.tr("I know the year"), self.tr("I do not remember"),
        ), strict=True):
            self.precision.addItem(text, code)
        this_year = dt.date.today().year
        self.year = QSpinBox()
        self.year.setRange(1900, this_year)
        self.year.setValue(this_year)
        self.year.setAccessibleName(self.tr("Year"))
        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Month"))
        locale = QLocale()
        for number in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(number), number)
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setAccessibleName(self.tr("Day"))
        form = QFormLayout()
        form.addRow(self.tr("How exactly"), self.precision)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Month"), self.month)
        form.addRow(self.tr("Day"), self.day)
        self.date_form = form
        layout.addLayout(form)
        layout.addStretch(1)
        self.precision.currentIndexChanged.connect(self._update_date_fields)
        self.year.valueChanged.connect(self._update_date_fields)
        self.month.currentIndexChanged.connect(self._update_date_fields)
        self._update_date_fields()

    def _build_where(self) -> None:
        layout = self._add_page("where", self.tr("Where did it happen?"), self.tr(
            "The country, and the town if you wish. Never a street address."))
        self.country = VocabCombo("countries", self.tr("Country (type to search)"), "")
        line = self.country.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type to search"))
        self.city = _line(self.tr("City or town"))
        self.city.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("City or town"), self.city)
        layout.addLayout(form)
        layout.addStretch(1)

    def _build_who(self) -> None:
        layout = self._add_page("who", self.tr("Who was involved?"), self.tr(
            "The people who did it (police, a consulate, someone you know...), and anyone "
            "else who was there or was affected. Write only what you are comfortable "
            "sharing; you may leave this empty."))
        self.who = _text(self.tr("Who was involved"))
        layout.addWidget(self.who, 1)

    def _build_contact(self) -> None:
        layout = self._add_page("contact", self.tr("May the organisation contact you?"),
                                self.tr("For example to ask a question about your story."))
        self.contact_yes = _radio(self.tr("Yes, they may contact me"))
        self.contact_no = _radio(self.tr("No, please do not contact me"))
        self.contact_no.setChecked(True)
        self.contact_group = QButtonGroup(self)
        self.contact_group.addButton(self.contact_yes)
        self.contact_group.addButton(self.contact_no)
        layout.addWidget(self.contact_yes)
        layout.addWidget(self.contact_no)
        self.contact_box = QWidget()
        box = QVBoxLayout(self.contact_box)
        box.setContentsMargins(24, 0, 0, 0)
        box.addWidget(plain_label(self.tr(
            "How can they reach you safely? (a messenger name, a phone number, or a "
            "person they can ask). This is kept protected.")))
        self.contact = _text(self.tr("How to reach you"))
        self.contact.setMaximumHeight(90)
        box.addWidget(self.contact)
        layout.addWidget(self.contact_box)
        layout.addStretch(1)
        self.contact_yes.toggled.connect(self._update_contact)
        self._update_contact()

    def _build_name(self) -> None:
        layout = self._add_page("name", self.tr("How do you wish to be named?"), self.tr(
            "This tells the organisation how it may name you if it uses your story."))
        anonymity = vocabularies.load("anonymity")
        self.naming: dict[str, QRadioButton] = {}
        self.naming_group = QButtonGroup(self)
        texts = {
            "full_name": self.tr("By my real name"),
            "pseudonym_only": self.tr("By another name I choose (never my real name)"),
            "fully_anonymous": self.tr("Not at all: I stay anonymous"),
        }
        for code in anonymity.codes():
            button = _radio(texts.get(code, anonymity.label(code, self.lang)))
            self.naming[code] = button
            self.naming_group.addButton(button)
            layout.addWidget(button)
        self.naming.get("pseudonym_only", next(iter(self.naming.values()))).setChecked(True)
        self.real_name = _line(self.tr("Your real name"))
        self.real_name.setMaxLength(300)
        self.pseudonym = _line(self.tr("The name to use instead"))
        self.pseudonym.setMaxLength(300)
        self.name_form = QFormLayout()
        self.name_form.addRow(self.tr("Name to use instead"), self.pseudonym)
        self.name_form.addRow(self.tr("Your real name"), self.real_name)
        layout.addLayout(self.name_form)
        self.real_name_note = plain_label()
        layout.addWidget(self.real_name_note)
        layout.addStretch(1)
        for button in self.naming.values():
            button.toggled.connect(self._update_naming)
        self._update_naming()

    def _build_organisation(self) -> None:
        layout = self._add_page("organisation", self.tr("Who should receive your story?"),
                                self.tr("Only the organisation you choose can open the file."),
                                scroll=True)
        self.org_model = QStandardItemModel(self)
        self.org_list = QListView()
        self.org_list.setModel(self.org_model)
        self.org_list.setAccessibleName(self.tr("Trusted organisations"))
        self.org_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.org_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.org_list.setMaximumHeight(140)
        self.no_orgs = plain_label(self.tr(
            "You have not added an organisation yet. Load the card file it gave you below."))
        layout.addWidget(self.org_list)
        layout.addWidget(self.no_orgs)
        layout.addWidget(plain_label(self.tr(
            "Another organisation? Choose the card file it gave you; you will compare its "
            "safety code with them by phone or in person.")))
        self.card_check = CardCheck()
        layout.addWidget(self.card_check)
        layout.addStretch(1)
        self.org_list.selectionModel().selectionChanged.connect(self._update_buttons)
        self.card_check.trusted.connect(self.on_organisation_trusted)

    def _build_send(self) -> None:
        layout = self._add_page("send", self.tr("Create the file"), "")
        self.send_summary = plain_label()
        self.send_summary.setAccessibleName(self.tr("Summary"))
        layout.addWidget(self.send_summary)
        layout.addWidget(plain_label(self.tr("Where should the file be saved?")))
        self.folder = PathField(self.tr("Folder for the file"),
                                self.tr("Choose where to save the file"), folder=True)
        layout.addWidget(self.folder)
        self.send_button = QPushButton(self.tr("Create the file"))
        self.send_button.setAccessibleName(self.tr("Create the file"))
        layout.addWidget(self.send_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.runner = ExportRunner()
        layout.addWidget(self.runner)
        layout.addStretch(1)
        self.send_button.clicked.connect(self.send)
        self.runner.exported.connect(self.on_exported)
        self.runner.failed.connect(self.on_export_failed)

    def _build_done(self) -> None:
        layout = self._add_page("done", self.tr("Your file is ready"), self.tr(
            "Your story is in this file, encrypted and signed by you:"))
        self.file_field = QLineEdit()
        self.file_field.setReadOnly(True)
        self.file_field.setAccessibleName(self.tr("The file with your story"))
        self.instructions = plain_label()
        self.instructions.setAccessibleName(self.tr("How to deliver it"))
        self.another_button = QPushButton(self.tr("Tell another story"))
        self.another_button.setAccessibleName(self.tr("Tell another story"))
        layout.addWidget(self.file_field)
        layout.addWidget(self.instructions)
        layout.addWidget(self.another_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.another_button.clicked.connect(self.start_over)

    # -- state ----------------------------------------------------------------------------

    def show_vault(self, vault: Vault | None) -> None:
        if self.runner.running():
            self.runner.cancel()
        self.vault = vault
        self.card_check.show_vault(vault)
        self.start_over()

    def start_over(self) -> None:
        """Empty every answer and go back to the first question."""
        self.case_id = None
        self._saved = None
        self.result_ = None
        self.agree.setChecked(False)
        for code, box in self.uses.items():
            box.setChecked(code == "documentation")
        for field in (self.narrative, self.who, self.contact):
            field.clear()
        for line in (self.title, self.city, self.real_name, self.pseudonym, self.file_field):
            line.clear()
        self.precision.setCurrentIndex(PRECISIONS.index("year"))
        self.year.setValue(self.year.maximum())
        self.month.setCurrentIndex(0)
        self.day.setValue(1)
        self.country.setCurrentIndex(0)
        self.contact_no.setChecked(True)
        self.naming.get("pseudonym_only", next(iter(self.naming.values()))).setChecked(True)
        self.folder.set_path(default_folder())
        self.instructions.clear()
        self.message.clear()
        self.saved_note.clear()
        self.card_check.reset()
        self.load_organisations()
        self.go_to("consent")

    def load_organisations(self, select: str | None = None) -> None:
        self.org_model.clear()
        orgs: list[Organisation] = organisations(self.vault.conn) if self.vault else []
        for org in orgs:
            item = QStandardItem(org.name)
            item.setData(org.fingerprint, FingerprintRole)
            item.setEditable(False)
            self.org_model.appendRow(item)
        self.no_orgs.setVisible(not orgs)
        self.org_list.setVisible(bool(orgs))
        wanted = select or (orgs[0].fingerprint if len(orgs) == 1 else None)
        for row in range(self.org_model.rowCount()):
            if self.org_model.item(row).data(FingerprintRole) == wanted:
                self.org_list.setCurrentIndex(self.org_model.index(row, 0))
        self._update_buttons()

    def chosen_organisation(self) -> tuple[str, str] | None:
        """(fingerprint, name) of the organisation chosen in the list."""
        rows = self.org_list.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.org_model.itemFromIndex(rows[0])
        return str(item.data(FingerprintRole)), item.text()

    def current_step(self) -> str:
        return STEPS[self.pages.currentIndex()]

    def go_to(self, step: str) -> None:
        index = STEPS.index(step)
        self.pages.setCurrentIndex(index)
        self.step_label.setText(
            self.tr("Step %1 of %2").replace("%1", str(index + 1)).replace(
                "%2", str(len(STEPS) - 1)) if step != "done" else "")
        if step == "send":
            self._update_send_summary()
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        step = self.current_step()
        busy = self.runner.running()
        self.back_button.setVisible(step not in ("consent", "done"))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(step not in ("send", "done"))
        ok = self.vault is not None
        if step == "consent":
            ok = ok and self.agree.isChecked()
        elif step == "what":
            ok = ok and bool(self.narrative.toPlainText().strip())
        elif step == "organisation":
            ok = ok and self.chosen_organisation() is not None
        self.next_button.setEnabled(ok)
        self.send_button.setEnabled(self.vault is not None and not busy
                                    and self.case_id is not None)
        for box in self.uses.values():
            box.setEnabled(self.agree.isChecked())

    def _update_date_fields(self, *_args: Any) -> None:
        precision = PRECISIONS[max(0, self.precision.currentIndex())]
        for widget, shown in ((self.year, precision != "unknown"),
                              (self.month, precision in ("day", "month")),
                              (self.day, precision == "day")):
            self.date_form.setRowVisible(widget, shown)
        days = calendar.monthrange(self.year.value(), self.month.currentIndex() + 1)[1]
        self.day.setMaximum(days)

    def _update_contact(self, *_args: Any) -> None:
        self.contact_box.setVisible(self.contact_yes.isChecked())

    def _update_naming(self, *_args: Any) -> None:
        code = self.anonymity()
        self.name_form.setRowVisible(self.pseudonym, code == "pseudonym_only")
        self.name_form.setRowVisible(self.real_name, code != "fully_anonymous")
        if code == "pseudonym_only":
            self.real_name_note.setText(self.tr(
                "Your real name is optional. If you give it, it is kept protected: only the "
                "organisation's staff see it, and it is never published."))
        elif code == "full_name":
            self.real_name_note.setText(self.tr("The organisation may use this name."))
        else:
            self.real_name_note.setText(self.tr(
                "Your story will carry no name. The organisation can still contact you only "
                "if you said it may."))

    def anonymity(self) -> str:
        for code, button in self.naming.items():
            if button.isChecked():
                return code
        return "fully_anonymous"

    # -- the record ------------------------------------------------------------------------

    def country_code(self) -> str:
        return self.country.code() or ""

    def date(self) -> dict[str, str]:
        precision = PRECISIONS[max(0, self.precision.currentIndex())]
        year, month, day = self.year.value(), self.month.currentIndex() + 1, self.day.value()
        if precision == "unknown":
            return {"precision": "unknown"}
        if precision == "year":
            value = f"{year:04d}"
        elif precision == "month":
            value = f"{year:04d}-{month:02d}"
        else:
            value = f"{year:04d}-{month:02d}-{day:02d}"
        return {"value": value, "precision": precision}

    def record(self) -> dict[str, Any]:
        """The case record the answers so far make (see the module docstring)."""
        agreed = self.agree.isChecked()
        may_contact = self.contact_yes.isChecked()
        anonymity = self.anonymity()
        consent: dict[str, Any] = {
            "given": agreed,
            "uses": [code for code, box in self.uses.items() if agreed and box.isChecked()],
            "may_contact": may_contact,
            "anonymity": anonymity,
        }
        record: dict[str, Any] = {
            "schema_version": 1,
            "title": _single_line(self.title.text()) or self.tr("My story"),
            "consent": consent,
        }
        narrative = self.narrative.toPlainText().strip()
        if narrative:
            record["narrative"] = narrative
        person: dict[str, Any] = {"id": "p1", "role": "victim"}
        protected: list[str] = []
        real_name = _single_line(self.real_name.text())
        pseudonym = _single_line(self.pseudonym.text())
        if anonymity == "full_name" and real_name:
            person["real_name"] = real_name
        elif anonymity == "pseudonym_only":
            if pseudonym:
                person["pseudonym"] = pseudonym
            if real_name:
                person["real_name"] = real_name
                protected.append("real_name")
        contact = self.contact.toPlainText().strip()
        if may_contact and contact:
            person["contact"] = contact
            protected.append("contact")
        if protected:
            person["protected"] = protected
        record["persons"] = [person]
        event: dict[str, Any] = {"id": "e1", "victims": ["p1"], "date": self.date()}
        place = {}
        if self.country_code():
            place["country"] = self.country_code()
        if _single_line(self.city.text()):
            place["city"] = _single_line(self.city.text())
        if place:
            event["place"] = place
        who = self.who.toPlainText().strip()
        if who:
            event["description"] = who
        record["events"] = [event]
        return record

    def save(self) -> bool:
        """Keep the answers in the vault (a new case the first time, then a new version
        when they changed). False, with the reason shown, if they could not be kept."""
        if self.vault is None:
            return False
        record = self.record()
        if record == self._saved and self.case_id is not None:
            return True
        try:
            if self.case_id is None:
                self.case_id = case_service.add_case(self.vault, record).id
            else:
                case_service.edit_case(self.vault, self.case_id, record)
        except (CaseFileError, VaultError) as err:
            self.message.setText(error_text(err))
            return False
        self._saved = record
        self.saved_note.setText(self.tr("Saved in your encrypted vault"))
        self.cases_changed.emit()
        return True

    # -- navigation ----------------------------------------------------------------------

    def go_next(self) -> None:
        if not self.next_button.isEnabled():
            return
        step = self.current_step()
        if step == "when" and not self._date_is_real():
            self.message.setText(self.tr("That day does not exist; check the day and month."))
            return
        if not self.save():
            return
        self.message.clear()
        self.go_to(STEPS[STEPS.index(step) + 1])

    def go_back(self) -> None:
        index = self.pages.currentIndex()
        if index > 0 and not self.runner.running():
            self.message.clear()
            self.save()
            self.go_to(STEPS[index - 1])

    def _date_is_real(self) -> bool:
        try:
            dt.date(self.year.value(), self.month.currentIndex() + 1, self.day.value())
        except ValueError:
            return False
        return True

    def on_organisation_trusted(self, org: Organisation) -> None:
        self.load_organisations(select=org.fingerprint)

    def _update_send_summary(self) -> None:
        chosen = self.chosen_organisation()
        name = chosen[1] if chosen else ""
        self.send_summary.setText(self.tr(
            "Your story will be put into one file that only %1 can open. It is signed by "
            "you, so they can tell nobody changed it on the way."
        ).replace("%1", name))

    def send(self) -> None:
        chosen = self.chosen_organisation()
        out = self.folder.path()
        if self.vault is None or chosen is None or self.case_id is None:
            return
        if out is None or not out.is_dir():
            self.message.setText(self.tr("Choose a folder that exists for the file."))
            return
        if not self.save():
            return
        self.message.clear()
        _files, size = estimate(self.vault, [self.case_id])
        self.runner.start(self.vault, [chosen[0]], out, [self.case_id], total=size)
        self.folder.setEnabled(False)
        self._update_buttons()

    def on_exported(self, result: ExportResult) -> None:
        if self.vault is None:  # locked meanwhile: the file exists, the screen stays clear
            return
        self.result_ = result
        self.folder.setEnabled(True)
        self.file_field.setText(str(result.path))
        self.instructions.setText(delivery_instructions(result))
        self.go_to("done")
        self.story_exported.emit(result)

    def on_export_failed(self, err: BaseException) -> None:
        self.folder.setEnabled(True)
        if self.vault is None:
            return
        self.message.setText(error_text(err))
        self._update_buttons()

