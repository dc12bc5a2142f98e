"""The story itself, in the person's own words: what happened (and a short title), when (as
exactly as they remember), where (country and town, never a street address), and who was
involved. Texts keep the story's translation context ("StorySection")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QSizePolicy

from app.domain.text import fill
from app.ui.common.pickers import VocabCombo
from app.ui.common.widgets import plain_label
from app.ui.submitter.record import EARLIEST_YEAR, day_exists, story_date
from app.ui.submitter.step import Step, flag_of, line, text_field, text_of


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
        self.watch(self.narrative, self.title)

    def reset(self) -> None:
        self.narrative.clear()
        self.title.clear()

    def ready(self) -> bool:
        return bool(self.narrative.toPlainText().strip())

    def state(self) -> dict[str, Any]:
        return {"narrative": self.narrative.toPlainText(), "title": self.title.text()}

    def restore(self, state: dict[str, Any]) -> None:
        self.narrative.setPlainText(text_of(state, "narrative"))
        self.title.setText(text_of(state, "title"))


class WhenStep(Step):
    """When it happened: the year, the month and the day as far as the person remembers
    them, or "I do not remember". Everything starts empty: nothing is chosen for them."""

    def __init__(self) -> None:
        super().__init__(
            "when", QCoreApplication.translate("StorySection", "When did it happen?"),
            QCoreApplication.translate(
                "StorySection", "As exactly as you remember. If it went on for a long time, "
                "give when it started."))
        self.unknown = QCheckBox(
            QCoreApplication.translate("StorySection", "I do not remember when it happened"))
        self.unknown.setAccessibleName(self.unknown.text())
        self.year = line(QCoreApplication.translate("StorySection", "Year"))
        self.year.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}")))
        self.year.setMaxLength(4)
        self.year.setMaximumWidth(self.year.fontMetrics().horizontalAdvance("0000") * 3)
        self.month = QComboBox()
        self.month.setAccessibleName(QCoreApplication.translate("StorySection", "Month"))
        self.month.addItem("", 0)
        locale = QLocale()
        for number in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(number), number)
        self.day = QComboBox()
        self.day.setAccessibleName(QCoreApplication.translate("StorySection", "Day"))
        self.day.addItem("", 0)
        for number in range(1, 32):
            self.day.addItem(locale.toString(number), number)
        for combo in (self.month, self.day):  # as wide as their longest item, no wider
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("StorySection", "Year"), self.year)
        form.addRow(QCoreApplication.translate("StorySection", "Month"), self.month)
        form.addRow(QCoreApplication.translate("StorySection", "Day"), self.day)
        self.date_form = form
        self.body.addLayout(form)
        self.body.addWidget(plain_label(QCoreApplication.translate(
            "StorySection", "The year alone is enough. Leave the month or the day empty if you "
            "do not remember them.")))
        self.body.addWidget(self.unknown)
        self.body.addStretch(1)
        self.unknown.toggled.connect(self._update_fields)
        self.watch(self.unknown, self.year, self.month, self.day)
        self._update_fields()

    def reset(self) -> None:
        self.unknown.setChecked(False)
        self.year.clear()
        self.month.setCurrentIndex(0)
        self.day.setCurrentIndex(0)

    def _update_fields(self, *_args: Any) -> None:
        known = not self.unknown.isChecked()
        for widget in (self.year, self.month, self.day):
            widget.setEnabled(known)

    def _numbers(self) -> tuple[int | None, int, int]:
        text = self.year.text().strip()
        year = int(text) if text.isdigit() else None
        return year, int(self.month.currentData() or 0), int(self.day.currentData() or 0)

    def date(self) -> dict[str, str]:
        """The date as exactly as it was given; unknown while nothing usable was."""
        year, month, day = self._numbers()
        if self.unknown.isChecked() or year is None or self.problem() is not None:
            return story_date("unknown", 0, 0, 0)
        if not month:
            return story_date("year", year, 1, 1)
        if not day:
            return story_date("month", year, month, 1)
        return story_date("day", year, month, day)

    def problem(self) -> str | None:
        if self.unknown.isChecked():
            return None
        year, month, day = self._numbers()
        if year is None:
            return QCoreApplication.translate(
                "StorySection",
                'Write the year, or choose "I do not remember when it happened".')
        this_year = dt.date.today().year
        if not EARLIEST_YEAR <= year <= this_year:
            return fill(QCoreApplication.translate(
                "StorySection", "Write the year with four digits, from %1 to %2."),
                EARLIEST_YEAR, this_year)
        if day and not month:
            return QCoreApplication.translate(
                "StorySection", "Choose the month as well, or leave the day empty.")
        if month and day and not day_exists(year, month, day):
            return QCoreApplication.translate(
                "StorySection", "That day does not exist; check the day and month.")
        return None

    def state(self) -> dict[str, Any]:
        _year, month, day = self._numbers()
        return {"unknown": self.unknown.isChecked(), "year": self.year.text(),
                "month": month, "day": day}

    def restore(self, state: dict[str, Any]) -> None:
        self.unknown.setChecked(flag_of(state, "unknown") is True)
        self.year.setText(text_of(state, "year")[:4])
        for combo, key in ((self.month, "month"), (self.day, "day")):
            value = state.get(key)
            index = combo.findData(value) if isinstance(value, int) else -1
            combo.setCurrentIndex(max(0, index))


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
        form.addRow(QCoreApplication.translate("StorySection", "Country"), self.country.field())
        form.addRow(QCoreApplication.translate("StorySection", "City or town"), self.city)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.watch(self.country, self.city)

    def reset(self) -> None:
        self.country.setCurrentIndex(0)
        self.city.clear()

    def problem(self) -> str | None:
        """A country typed that is not in the list stops Next (and says so under it)."""
        self.country.take_typed()
        return self.country.problem() or None

    def country_code(self) -> str:
        return self.country.code() or ""

    def state(self) -> dict[str, Any]:
        return {"country": self.country_code(), "city": self.city.text()}

    def restore(self, state: dict[str, Any]) -> None:
        self.country.set_code(text_of(state, "country") or None)
        self.city.setText(text_of(state, "city"))


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
        self.watch(self.involved)

    def reset(self) -> None:
        self.involved.clear()

    def state(self) -> dict[str, Any]:
        return {"involved": self.involved.toPlainText()}

    def restore(self, state: dict[str, Any]) -> None:
        self.involved.setPlainText(text_of(state, "involved"))
