"""Times of a researcher's key: a day chosen on screen <-> the UTC stamps its validity is
stored as ("valid from" a day's start; "valid until" a day included, stored as the next
day's start), and stamps shown in the language's one date format (app/ui/common/i18n.py):
a validity day as that UTC day, a moment in local time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate

from app.ui.common import i18n

STAMP = "%Y-%m-%dT%H:%M:%SZ"  # how the vault stores a moment (UTC): stored, not shown


def now_stamp() -> str:
    """This moment as a stored stamp."""
    return datetime.now(UTC).strftime(STAMP)  # stored, not shown


def day_start(day: date) -> str:
    """ "Valid from" a day: from its start (UTC)."""
    return f"{day:%Y-%m-%d}T00:00:00Z"  # stored, not shown


def day_after(day: date) -> str:
    """ "Valid until" a day, that day included: the stored end is the next day's start."""
    return day_start(day + timedelta(days=1))


def parse_stamp(stamp: str) -> datetime | None:
    try:
        return datetime.strptime(stamp, STAMP)
    except ValueError:
        return None


def shown_from(stamp: str | None) -> str:
    if stamp is None:
        return ""
    when = parse_stamp(stamp)
    if when is None:
        return stamp
    return i18n.date_text(when.date()) if when.time() == datetime.min.time() else (
        i18n.moment_text(when))


def shown_until(stamp: str | None) -> str:
    """The last valid day for an end at a day's start, else the moment it ended."""
    if stamp is None:
        return ""
    when = parse_stamp(stamp)
    if when is None:
        return stamp
    if when.time() == datetime.min.time():
        return i18n.date_text((when - timedelta(days=1)).date())
    return i18n.moment_text(when)


def until_day(stamp: str) -> date | None:
    when = parse_stamp(stamp)
    if when is None:
        return None
    return (
        (when - timedelta(days=1)).date() if when.time() == datetime.min.time() else (when.date())
    )


def stamp_text(stamp: str | None) -> str:
    """A stored moment in local time, in the language's date format."""
    if stamp is None:
        return ""
    when = parse_stamp(stamp)
    return i18n.moment_text(when) if when is not None else stamp


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
