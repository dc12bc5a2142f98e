"""The story itself, in the person's own words: what happened (and a short title), when (as
exactly as they remember), where (country and town, never a street address), and who was
involved. Texts keep the story's translation context ("StorySection")."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout, QSpinBox

from app.ui.common.pickers import VocabCombo
from app.ui.common.widgets import plain_label
from app.ui.submitter.record import PRECISIONS, day_exists, story_date
from app.ui.submitter.step import Step, line, text_field


class WhatStep(Step):
    """What happened: the story, and a few words to name it."""

    def __init__(self) -> None:
        super().__init__(
            "what", QCoreApplication.translate("StorySection", "What happened?"),
            QCoreApplication.translate(
                "StorySection",
                "Tell it in your own words, in any language, as long or as short as you like."))
        self.narrative = text_field(QCoreApplication.translate("StorySection", "What happened"))
        self.body.addWidget(self.narrative, 1)
        self.body.addWidget(plain_label(QCoreApplication.translate(
            "StorySection", "A few words to name your story (do not put names of people here):")))
        self.title = line(QCoreApplication.translate("StorySection", "Short title"))
        self.title.setPlaceholderText(QCoreApplication.translate("StorySection", "My story"))
        self.title.setMaxLength(300)
        self.body.addWidget(self.title)
        self.narrative.textChanged.connect(self.changed)

    def reset(self) -> None:
        self.narrative.clear()
        self.title.clear()

    def ready(self) -> bool:
        return bool(self.narrative.toPlainText().strip())


class WhenStep(Step):
    """When it happened: the day, the month, the year, or "I do not remember"."""

    def __init__(self) -> None:
        super().__init__(
            "when", QCoreApplication.translate("StorySection", "When did it happen?"),
            QCoreApplication.translate(
                "StorySection", "As exactly as you remember. If it went on for a long time, "
                "give when it started."))
        self.precision = QComboBox()
        self.precision.setAccessibleName(
            QCoreApplication.translate("StorySection", "How exactly do you know the date?"))
        for code, text in zip(PRECISIONS, (
            QCoreApplication.translate("StorySection", "I know the day"),
            QCoreApplication.translate("StorySection", "I know the month"),
            QCoreApplication.translate("StorySection", "I know the year"),
            QCoreApplication.translate("StorySection", "I do not remember"),
        ), strict=True):
            self.precision.addItem(text, code)
        this_year = dt.date.today().year
        self.year = QSpinBox()
        self.year.setRange(1900, this_year)
        self.year.setValue(this_year)
        self.year.setAccessibleName(QCoreApplication.translate("StorySection", "Year"))
        self.month = QComboBox()
        self.month.setAccessibleName(QCoreApplication.translate("StorySection", "Month"))
        locale = QLocale()
        for number in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(number), number)
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setAccessibleName(QCoreApplication.translate("StorySection", "Day"))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("StorySection", "How exactly"), self.precision)
        form.addRow(QCoreApplication.translate("StorySection", "Year"), self.year)
        form.addRow(QCoreApplication.translate("StorySection", "Month"), self.month)
        form.addRow(QCoreApplication.translate("StorySection", "Day"), self.day)
        self.date_form = form
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.precision.currentIndexChanged.connect(self._update_fields)
        self.year.valueChanged.connect(self._update_fields)
        self.month.currentIndexChanged.connect(self._update_fields)
        self._update_fields()

    def reset(self) -> None:
        self.precision.setCurrentIndex(PRECISIONS.index("year"))
        self.year.setValue(self.year.maximum())
        self.month.setCurrentIndex(0)
        self.day.setValue(1)

    def _precision(self) -> str:
        return PRECISIONS[max(0, self.precision.currentIndex())]

    def _update_fields(self, *_args: Any) -> None:
        precision = self._precision()
        for widget, shown in ((self.year, precision != "unknown"),
                              (self.month, precision in ("day", "month")),
                              (self.day, precision == "day")):
            self.date_form.setRowVisible(widget, shown)
        days = calendar.monthrange(self.year.value(), self.month.currentIndex() + 1)[1]
        self.day.setMaximum(days)

    def date(self) -> dict[str, str]:
        return story_date(self._precision(), self.year.value(),
                          self.month.currentIndex() + 1, self.day.value())

    def problem(self) -> str | None:
        if day_exists(self.year.value(), self.month.currentIndex() + 1, self.day.value()):
            return None
        return QCoreApplication.translate(
            "StorySection", "That day does not exist; check the day and month.")


class WhereStep(Step):
    """Where it happened: the country (type to search) and the town."""

    def __init__(self) -> None:
        super().__init__(
            "where", QCoreApplication.translate("StorySection", "Where did it happen?"),
            QCoreApplication.translate(
                "StorySection", "The country, and the town if you wish. Never a street address."))
        self.country = VocabCombo(
            "countries", QCoreApplication.translate("StorySection", "Country (type to search)"),
            "")
        search = self.country.lineEdit()
        if search is not None:
            search.setPlaceholderText(QCoreApplication.translate("StorySection", "Type to search"))
        self.city = line(QCoreApplication.translate("StorySection", "City or town"))
        self.city.setMaxLength(200)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("StorySection", "Country"), self.country)
        form.addRow(QCoreApplication.translate("StorySection", "City or town"), self.city)
        self.body.addLayout(form)
        self.body.addStretch(1)

    def reset(self) -> None:
        self.country.setCurrentIndex(0)
        self.city.clear()

    def country_code(self) -> str:
        return self.country.code() or ""


class WhoStep(Step):
    """Who was involved, in free text (may stay empty)."""

    def __init__(self) -> None:
        super().__init__(
            "who", QCoreApplication.translate("StorySection", "Who was involved?"),
            QCoreApplication.translate(
                "StorySection", "The people who did it (police, a consulate, someone you "
                "know...), and anyone else who was there or was affected. Write only what you "
                "are comfortable sharing; you may leave this empty."))
        self.involved = text_field(QCoreApplication.translate("StorySection", "Who was involved"))
        self.body.addWidget(self.involved, 1)

    def reset(self) -> None:
        self.involved.clear()
