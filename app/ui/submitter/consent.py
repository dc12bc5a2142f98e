"""What the person allows: their consent and the uses they allow (the rule of what is kept is
app.domain.consent's), whether the organisation may contact them (and how), and how they wish
to be named. Texts keep the story's translation context ("StorySection")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import vocabularies
from app.ui.common.widgets import plain_label, ui_language
from app.ui.submitter.step import Step, flag_of, line, radio, text_field, text_of

DEFAULT_USES = ("documentation",)
DEFAULT_NAMING = "pseudonym_only"


class ConsentStep(Step):
    """The person is the author: they give consent themselves and choose the uses they
    allow (offered only once they agreed)."""

    def __init__(self) -> None:
        super().__init__(
            "consent", QCoreApplication.translate("StorySection", "Your story belongs to you"),
            QCoreApplication.translate(
                "StorySection",
                "You will answer a few short questions. Everything stays encrypted on this "
                "computer until you create the file for the organisation you choose, and only "
                "that organisation can open it. You can stop at any time: what you wrote is "
                "kept in your vault."), scroll=True)
        lang = ui_language()
        self.agree = QCheckBox(QCoreApplication.translate(
            "StorySection", "I want to give my account to the organisation I choose"))
        self.agree.setAccessibleName(self.agree.text())
        self.body.addWidget(self.agree)
        self.body.addWidget(plain_label(
            QCoreApplication.translate("StorySection", "The organisation may use it for:")))
        self.uses: dict[str, QCheckBox] = {}
        for term in vocabularies.load("consent_uses"):
            if term.deprecated:
                continue
            box = QCheckBox(term.label(lang))
            box.setAccessibleName(term.label(lang))
            box.setAccessibleDescription(term.describe(lang))
            box.setToolTip(term.describe(lang))
            self.uses[term.code] = box
            self.body.addWidget(box)
            if term.describe(lang):
                note = plain_label(term.describe(lang))
                note.setContentsMargins(24, 0, 0, 0)
                self.body.addWidget(note)
        self.body.addStretch(1)
        self.agree.toggled.connect(self._on_toggled)
        for box in self.uses.values():
            box.toggled.connect(self._on_toggled)
        self.watch(self.agree, *self.uses.values())
        self._on_toggled()

    def _on_toggled(self, *_args: Any) -> None:
        for box in self.uses.values():
            box.setEnabled(self.agree.isChecked())
        self.changed.emit()

    def reset(self) -> None:
        self.agree.setChecked(False)
        for code, box in self.uses.items():
            box.setChecked(code in DEFAULT_USES)

    def ready(self) -> bool:
        return self.agree.isChecked()

    def chosen_uses(self) -> list[str]:
        """The uses ticked (the record keeps them only while consent is given)."""
        return [code for code, box in self.uses.items() if box.isChecked()]

    def state(self) -> dict[str, Any]:
        return {"agree": self.agree.isChecked(), "uses": self.chosen_uses()}

    def restore(self, state: dict[str, Any]) -> None:
        self.agree.setChecked(flag_of(state, "agree") is True)
        uses = state.get("uses")
        if isinstance(uses, list):
            for code, box in self.uses.items():
                box.setChecked(code in uses)


class ContactStep(Step):
    """May the organisation contact the person, and how (kept protected)."""

    def __init__(self) -> None:
        super().__init__(
            "contact",
            QCoreApplication.translate("StorySection", "May the organisation contact you?"),
            QCoreApplication.translate(
                "StorySection", "For example to ask a question about your story."))
        self.yes = radio(QCoreApplication.translate("StorySection", "Yes, they may contact me"))
        self.no = radio(QCoreApplication.translate("StorySection", "No, please do not contact me"))
        self.no.setChecked(True)
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.body.addWidget(self.yes)
        self.body.addWidget(self.no)
        self.how_box = QWidget()
        box = QVBoxLayout(self.how_box)
        box.setContentsMargins(24, 0, 0, 0)
        box.addWidget(plain_label(QCoreApplication.translate(
            "StorySection",
            "How can they reach you safely? (a messenger name, a phone number, or a "
            "person they can ask). This is kept protected.")))
        self.how = text_field(QCoreApplication.translate("StorySection", "How to reach you"))
        self.how.setMaximumHeight(90)
        box.addWidget(self.how)
        self.body.addWidget(self.how_box)
        self.body.addStretch(1)
        self.yes.toggled.connect(self._update)
        self.watch(self.yes, self.how)
        self._update()

    def _update(self, *_args: Any) -> None:
        self.how_box.setVisible(self.yes.isChecked())

    def reset(self) -> None:
        self.how.clear()
        self.no.setChecked(True)

    def may_contact(self) -> bool:
        return self.yes.isChecked()

    def problem(self) -> str | None:
        if self.may_contact() and not self.how.toPlainText().strip():
            return QCoreApplication.translate(
                "StorySection", 'Write how they can reach you, or choose "No, please do not '
                'contact me".')
        return None

    def state(self) -> dict[str, Any]:
        return {"may_contact": self.may_contact(), "how": self.how.toPlainText()}

    def restore(self, state: dict[str, Any]) -> None:
        (self.yes if flag_of(state, "may_contact") else self.no).setChecked(True)
        self.how.setPlainText(text_of(state, "how"))


class NamingStep(Step):
    """How the person wishes to be named: by their real name, by another name they choose,
    or not at all."""

    def __init__(self) -> None:
        super().__init__(
            "name", QCoreApplication.translate("StorySection", "How do you wish to be named?"),
            QCoreApplication.translate(
                "StorySection",
                "This tells the organisation how it may name you if it uses your story."))
        anonymity = vocabularies.load("anonymity")
        self.choices: dict[str, QRadioButton] = {}
        self.group = QButtonGroup(self)
        texts = {
            "full_name": QCoreApplication.translate("StorySection", "By my real name"),
            "pseudonym_only": QCoreApplication.translate(
                "StorySection", "By another name I choose (never my real name)"),
            "fully_anonymous": QCoreApplication.translate(
                "StorySection", "Not at all: I stay anonymous"),
        }
        for code in anonymity.codes():
            button = radio(texts.get(code, anonymity.label(code, ui_language())))
            self.choices[code] = button
            self.group.addButton(button)
            self.body.addWidget(button)
        self.real_name = line(QCoreApplication.translate("StorySection", "Your real name"))
        self.real_name.setMaxLength(300)
        self.pseudonym = line(QCoreApplication.translate("StorySection", "The name to use instead"))
        self.pseudonym.setMaxLength(300)
        self.form = QFormLayout()
        self.form.addRow(QCoreApplication.translate("StorySection", "Name to use instead"),
                         self.pseudonym)
        self.form.addRow(QCoreApplication.translate("StorySection", "Your real name"),
                         self.real_name)
        self.body.addLayout(self.form)
        self.note = plain_label()
        self.body.addWidget(self.note)
        self.body.addStretch(1)
        for button in self.choices.values():
            button.toggled.connect(self._update)
        self.watch(*self.choices.values(), self.real_name, self.pseudonym)
        self._choose_default()
        self._update()

    def _choose_default(self) -> None:
        self.choices.get(DEFAULT_NAMING, next(iter(self.choices.values()))).setChecked(True)

    def reset(self) -> None:
        self.real_name.clear()
        self.pseudonym.clear()
        self._choose_default()

    def anonymity(self) -> str:
        for code, button in self.choices.items():
            if button.isChecked():
                return code
        return "fully_anonymous"

    def problem(self) -> str | None:
        code = self.anonymity()
        if code == "full_name" and not self.real_name.text().strip():
            return QCoreApplication.translate(
                "StorySection", "Write your real name, or choose another way to be named.")
        if code == "pseudonym_only" and not self.pseudonym.text().strip():
            return QCoreApplication.translate(
                "StorySection",
                "Write the name to use instead, or choose another way to be named.")
        return None

    def state(self) -> dict[str, Any]:
        return {"anonymity": self.anonymity(), "real_name": self.real_name.text(),
                "pseudonym": self.pseudonym.text()}

    def restore(self, state: dict[str, Any]) -> None:
        button = self.choices.get(text_of(state, "anonymity"))
        if button is not None:
            button.setChecked(True)
        self.real_name.setText(text_of(state, "real_name"))
        self.pseudonym.setText(text_of(state, "pseudonym"))

    def _update(self, *_args: Any) -> None:
        code = self.anonymity()
        self.form.setRowVisible(self.pseudonym, code == "pseudonym_only")
        self.form.setRowVisible(self.real_name, code != "fully_anonymous")
        if code == "pseudonym_only":
            self.note.setText(QCoreApplication.translate(
                "StorySection",
                "Your real name is optional. If you give it, it is kept protected: only the "
                "organisation's staff see it, and it is never published."))
        elif code == "full_name":
            self.note.setText(QCoreApplication.translate(
                "StorySection", "The organisation may use this name."))
        else:
            self.note.setText(QCoreApplication.translate(
                "StorySection",
                "Your story will carry no name. The organisation can still contact you only "
                "if you said it may."))
