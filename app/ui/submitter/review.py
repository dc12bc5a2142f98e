"""The last look before the file is made: every part of the story that will be sent (the
story, when and where, who was involved, the files), whether the person's real name and
their contact are in it and how they are kept, and who can open the file; each part with a
"Change" button that goes back to its question. Texts keep the story's context
("StorySection")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton

from app import vocabularies
from app.domain.text import fill
from app.services.cases import Attachment
from app.ui.common import i18n
from app.ui.common.sizes import human_size
from app.ui.common.widgets import plain_label, ui_language
from app.ui.submitter.step import Step

# lupdate reads translate("StorySection", "...") calls; a wrapper of it would hide them.
translate = QCoreApplication.translate

EXCERPT = 600  # characters of a long text shown in the review



# (part, the question it comes from)
PARTS = (
    ("title", "what"), ("narrative", "what"), ("when", "when"), ("where", "where"),
    ("who", "who"), ("files", "files"), ("real_name", "name"), ("named_as", "name"),
    ("contact", "contact"), ("uses", "consent"), ("organisation", "organisation"),
)


class ReviewStep(Step):
    """What the file will hold, part by part."""

    change_requested = Signal(str)  # the step to go back to

    def __init__(self) -> None:
        super().__init__(
            "review", translate("StorySection", "Check what will be sent"),
            translate("StorySection",
                      "This is what the file for the organisation will hold. If something is "
                      "not as you want it, press Change next to it."), scroll=True)
        titles = {
            "title": translate("StorySection", "Title"),
            "narrative": translate("StorySection", "What happened"),
            "when": translate("StorySection", "When"),
            "where": translate("StorySection", "Where"),
            "who": translate("StorySection", "Who was involved"),
            "files": translate("StorySection", "Files"),
            "real_name": translate("StorySection", "Your real name"),
            "named_as": translate("StorySection", "You will be named"),
            "contact": translate("StorySection", "How to reach you"),
            "uses": translate("StorySection", "The organisation may use it for"),
            "organisation": translate("StorySection", "Who can open the file"),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 220)
        self.values: dict[str, QLabel] = {}
        for row, (part, step) in enumerate(PARTS):
            title = plain_label(titles[part])
            bold = QFont(title.font())
            bold.setBold(True)
            title.setFont(bold)
            value = plain_label()
            value.setAccessibleName(titles[part])
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[part] = value
            grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            if part in ("narrative", "named_as"):
                continue  # one Change for the title and the story, one for the names
            change = QPushButton(translate("StorySection", "Change"))
            change.setAccessibleName(fill(translate("StorySection", "Change: %1"), titles[part]))
            change.clicked.connect(lambda _c=False, s=step: self.change_requested.emit(s))
            grid.addWidget(change, row, 2, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(grid)
        self.body.addStretch(1)

    def reset(self) -> None:
        for label in self.values.values():
            label.clear()

    def show_story(self, record: dict[str, Any], files: Sequence[Attachment],
                   organisation: str) -> None:
        """Fill the review from the case record the answers make, its files, and the name
        of the organisation chosen."""
        nothing = translate("StorySection", "Not given")
        text = self.values
        text["title"].setText(str(record.get("title", "")))
        text["narrative"].setText(_excerpt(str(record.get("narrative", ""))) or nothing)
        event = (record.get("events") or [{}])[0]
        text["when"].setText(_date(event.get("date") or {}))
        place = event.get("place") or {}
        where = [p for p in (_term("countries", place.get("country")), place.get("city")) if p]
        text["where"].setText(", ".join(where) or nothing)
        text["who"].setText(_excerpt(str(event.get("description", ""))) or nothing)
        text["files"].setText("\n".join(
            fill("%1 (%2)", f.filename, human_size(f.size)) for f in files)
            or translate("StorySection", "No files"))
        consent = record.get("consent") or {}
        person = (record.get("persons") or [{}])[0]
        protected = person.get("protected") or []
        anonymity = consent.get("anonymity")
        real_name = person.get("real_name")
        if not real_name:
            text["real_name"].setText(translate("StorySection", "Not in the file."))
        elif "real_name" in protected:
            text["real_name"].setText(fill(translate("StorySection",
                "In the file: %1. It is kept protected: only the organisation's staff see it, "
                "and it is never published."), real_name))
        else:
            text["real_name"].setText(fill(translate("StorySection",
                "In the file: %1. The organisation may use this name."), real_name))
        if anonymity == "full_name":
            text["named_as"].setText(translate("StorySection", "By your real name"))
        elif anonymity == "pseudonym_only" and person.get("pseudonym"):
            text["named_as"].setText(str(person["pseudonym"]))
        else:
            text["named_as"].setText(translate("StorySection", "Not at all: you stay anonymous"))
        contact = person.get("contact")
        if contact:
            text["contact"].setText(fill(translate("StorySection",
                "In the file: %1. It is kept protected: only the organisation's staff see it."),
                contact))
        elif consent.get("may_contact"):
            text["contact"].setText(translate(
                "StorySection",
                "Not in the file: you said they may contact you, but gave no way to reach you."))
        else:
            text["contact"].setText(translate(
                "StorySection", "Not in the file: the organisation will not contact you."))
        uses = [_term("consent_uses", code) for code in consent.get("uses") or []]
        text["uses"].setText(", ".join(u for u in uses if u) or nothing)
        text["organisation"].setText(
            fill(translate("StorySection", "Only %1. The file is signed by you."), organisation)
            if organisation else nothing)


def _excerpt(text: str) -> str:
    text = text.strip()
    return text if len(text) <= EXCERPT else text[:EXCERPT].rstrip() + "\u2026"


def _term(vocabulary: str, code: object) -> str:
    if not isinstance(code, str) or not code:
        return ""
    try:
        return vocabularies.load(vocabulary).label(code, ui_language())
    except LookupError:
        return code


def _date(date: dict[str, Any]) -> str:
    """The event's date as the person gave it, in their language."""
    shown = i18n.partial_date_text(str(date.get("value", "")), date.get("precision"))
    return shown if shown is not None else translate("StorySection", "You do not remember")
