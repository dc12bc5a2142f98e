"""The interface language: which languages exist, loading their translations (Guvoh's own
from resources/i18n, and Qt's where Qt ships one), and the locale for dates and numbers.

Dates have one format per language, here and nowhere else in app/ui (tests/app/test_look.py
looks for any other): the language's short date with the year in four digits and the day and
month in two (05.12.2026, 05/12/2026), and a moment adds the 24-hour time (05.12.2026 14:30),
in the computer's local time. A testimony's dates reach back decades: "26" could be 1926.

Translations are Qt Linguist files: resources/i18n/guvoh_<code>.ts are the sources a
translator edits; `make translations` compiles them to .qm next to them. A language whose
.qm is missing falls back to English (the source text), never to an error.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTimeZone,
    QTranslator,
)


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # BCP 47, as in the vocabularies: en, ru, uz-Latn, uz-Cyrl, tg, kk, ky, tk
    native: str  # the language's name in itself, as the language menu shows it
    locale: str  # the QLocale name for dates, numbers and plurals
    qt: str | None  # Qt's own translation (qtbase_<qt>.qm), where Qt ships one


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "en_GB", None),
    Language("ru", "Русский", "ru_RU", "ru"),
    Language("uz-Latn", "Oʻzbekcha", "uz_Latn_UZ", None),
    Language("uz-Cyrl", "Ўзбекча", "uz_Cyrl_UZ", None),
    Language("tg", "Тоҷикӣ", "tg_TJ", None),
    Language("kk", "Қазақша", "kk_KZ", "kk"),
    Language("ky", "Кыргызча", "ky_KG", None),
    Language("tk", "Türkmençe", "tk_TM", None),
)
BY_CODE = {language.code: language for language in LANGUAGES}
DEFAULT = "en"
_installed: list[QTranslator] = []


def i18n_dir() -> Path:
    return Path(str(resources.files("resources") / "i18n"))


def file_stem(code: str) -> str:
    """guvoh_uz_Latn for uz-Latn: the file name of a language's .ts and .qm."""
    return "guvoh_" + code.replace("-", "_")


def system_language(locale: QLocale | None = None) -> str:
    """The interface language that best fits the system's locale (English otherwise)."""
    locale = locale or QLocale.system()
    name = locale.name()  # e.g. ru_RU, uz_UZ, uz_Cyrl_UZ (Qt names the script when not default)
    language = name.split("_", 1)[0]
    if language == "uz":
        script = locale.script()
        return "uz-Cyrl" if script == QLocale.Script.CyrillicScript else "uz-Latn"
    return language if language in BY_CODE else DEFAULT


def resolve(code: str | None) -> str:
    """A known language code for `code` (None or unknown: the system's language)."""
    if code in BY_CODE:
        return str(code)
    return system_language()


def install(code: str) -> str:
    """Make `code` the interface language of the running application: its translators,
    the default locale, and the property the vocabularies read. Returns the code used."""
    app = QCoreApplication.instance()
    language = BY_CODE.get(code) or BY_CODE[DEFAULT]
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    if language.qt is not None:
        qt = QTranslator()
        if qt.load(f"qtbase_{language.qt}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    own = QTranslator()
    if own.load(file_stem(language.code), str(i18n_dir())):
        _installed.append(own)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
        app.setProperty("guvoh_language", language.code)
    QLocale.setDefault(QLocale(language.locale))
    return language.code


# -- dates ----------------------------------------------------------------------------------

_YEAR = re.compile(r"(?<!y)y{1,3}(?!y)")
_DAY = re.compile(r"(?<!d)d(?!d)")
_MONTH = re.compile(r"(?<!M)M(?!M)")
TIME_FORMAT = "HH:mm"


def date_format(locale: QLocale | None = None) -> str:
    """The one date format of the interface language: its short date, with a four-digit
    year and two-digit day and month (ky's d/M/yy becomes dd/MM/yyyy)."""
    short = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return _MONTH.sub("MM", _DAY.sub("dd", _YEAR.sub("yyyy", short)))


def date_text(day: dt.date | QDate | None) -> str:
    """A calendar day as the interface shows it ("" for None)."""
    if day is None:
        return ""
    if isinstance(day, dt.date):
        day = QDate(day.year, day.month, day.day)
    return QLocale().toString(day, date_format())


def moment_text(moment: QDateTime | dt.datetime | None) -> str:
    """A moment in the computer's local time, as the interface shows it."""
    if moment is None:
        return ""
    if isinstance(moment, dt.datetime):
        if moment.tzinfo is None:  # the vault stores UTC
            moment = moment.replace(tzinfo=dt.UTC)
        moment = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    return QLocale().toString(moment.toLocalTime(), f"{date_format()} {TIME_FORMAT}")


def clock_text() -> str:
    """The time of day now, as the interface shows times."""
    return QLocale().toString(QTime.currentTime(), TIME_FORMAT)


def parse_stamp(iso: str | None) -> QDateTime | None:
    """A stored timestamp (ISO 8601, UTC when it says Z), or None if it is not one."""
    if not iso:
        return None
    for fmt in (Qt.DateFormat.ISODateWithMs, Qt.DateFormat.ISODate):
        stamp = QDateTime.fromString(iso, fmt)
        if stamp.isValid():
            return stamp
    return None


def stamp_text(iso: str | None, *, day_only: bool = False) -> str:
    """A stored timestamp as the interface shows it: the local moment, or its day; text that
    is not a timestamp is shown as it is."""
    stamp = parse_stamp(iso)
    if stamp is None:
        return iso or ""
    return date_text(stamp.toLocalTime().date()) if day_only else moment_text(stamp)


def recent_text(iso: str | None) -> str:
    """When something was saved: the time alone if it was today, else the date and time."""
    stamp = parse_stamp(iso)
    if stamp is None:
        return iso or ""
    local = stamp.toLocalTime()
    if local.date() == QDateTime.currentDateTime().date():
        return QLocale().toString(local.time(), TIME_FORMAT)
    return moment_text(stamp)


def month_text(year: int, month: int, locale: QLocale | None = None, *,
               long: bool = False) -> str:
    """A month and its year: the month's own name, not the form a day's date gives it
    (Russian "март 1995", never "марта 1995"); short on a chart (Dec 2026)."""
    return f"{month_name(month, locale, long=long)} {year}"


def month_name(month: int, locale: QLocale | None = None, *, long: bool = False) -> str:
    """A month's name standing alone (under a chart's bar: Dec)."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return (locale or QLocale()).standaloneMonthName(month, kind)


def partial_date_text(value: str, precision: str | None) -> str | None:
    """A date as precise as the person remembered it ("1995", "March 1995", "04/03/1995"
    from value "1995", "1995-03" or "1995-03-04" and its precision), or None if unknown."""
    parts = [int(p) for p in value.split("-") if p.isdigit()]
    try:
        if precision == "year" and len(parts) >= 1:
            return str(parts[0])
        if precision == "month" and len(parts) >= 2 and 1 <= parts[1] <= 12:
            return month_text(parts[0], parts[1], long=True)
        if precision == "day" and len(parts) >= 3:
            day = dt.date(parts[0], parts[1], parts[2])
            return date_text(day)
    except ValueError:
        return None
    return None
