"""The case record a story makes (resources/schema/case-v1.schema.json). Plain Python: the
steps gather the answers, this module alone decides what they become.

- consent: ``given`` (required to go on), ``uses`` (kept only while consent is given:
  app.domain.consent), ``may_contact``, ``anonymity`` (full_name / pseudonym_only /
  fully_anonymous);
- ``title`` (the person's own short title, else "My story"), ``narrative`` (what happened);
- ``persons[0]`` (id "p1", role "victim": the author, telling what was done to them or
  to their family): ``real_name`` and/or ``pseudonym`` by the naming choice, ``contact``
  when they may be contacted; which of them are ``protected`` is the domain's rule
  (app.domain.protected.protected_by_wish: a contact always, a real name unless the person
  chose to be named), so "leave out protected details" leaves them out;
- ``events[0]`` (id "e1", victims ["p1"]): ``date`` with its precision, ``place``
  (country code, city), and the "who was involved" answer as its ``description``. Free text
  about other people is not split into persons: roles and relations are the coordinator's
  work, and an invented structure would not validate any better than the person's words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain.consent import uses_to_keep
from app.domain.protected import protected_by_wish

PRECISIONS = ("day", "month", "year", "unknown")
EARLIEST_YEAR = 1900


def single_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class StoryAnswers:
    """What the person answered, as typed (the record cleans it up)."""

    agreed: bool = False
    uses: Sequence[str] = ()  # the uses ticked, whether or not consent is given
    may_contact: bool = False
    contact: str = ""
    anonymity: str = "fully_anonymous"
    real_name: str = ""
    pseudonym: str = ""
    title: str = ""
    narrative: str = ""
    date: dict[str, str] = field(default_factory=lambda: {"precision": "unknown"})
    country: str = ""
    city: str = ""
    who: str = ""


def story_date(precision: str, year: int, month: int, day: int) -> dict[str, str]:
    """The event's date as exactly as the person remembers it."""
    if precision == "unknown":
        return {"precision": "unknown"}
    if precision == "year":
        value = f"{year:04d}"
    elif precision == "month":
        value = f"{year:04d}-{month:02d}"
    else:
        value = f"{year:04d}-{month:02d}-{day:02d}"
    return {"value": value, "precision": precision}


def day_exists(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def story_record(answers: StoryAnswers, default_title: str) -> dict[str, Any]:
    """The case record the answers make (see the module docstring); ``default_title`` is
    the title when the person gave none ("My story" in their language)."""
    consent: dict[str, Any] = {
        "given": answers.agreed,
        "uses": uses_to_keep(answers.agreed, answers.uses),
        "may_contact": answers.may_contact,
        "anonymity": answers.anonymity,
    }
    record: dict[str, Any] = {
        "schema_version": 1,
        "title": single_line(answers.title) or default_title,
        "consent": consent,
    }
    narrative = answers.narrative.strip()
    if narrative:
        record["narrative"] = narrative
    record["persons"] = [_author(answers)]
    event: dict[str, Any] = {"id": "e1", "victims": ["p1"], "date": answers.date}
    place = {}
    if answers.country:
        place["country"] = answers.country
    if single_line(answers.city):
        place["city"] = single_line(answers.city)
    if place:
        event["place"] = place
    who = answers.who.strip()
    if who:
        event["description"] = who
    record["events"] = [event]
    return record


def _author(answers: StoryAnswers) -> dict[str, Any]:
    """The person telling the story, named as they wished."""
    person: dict[str, Any] = {"id": "p1", "role": "victim"}
    real_name = single_line(answers.real_name)
    pseudonym = single_line(answers.pseudonym)
    if answers.anonymity == "full_name" and real_name:
        person["real_name"] = real_name
    elif answers.anonymity == "pseudonym_only":
        if pseudonym:
            person["pseudonym"] = pseudonym
        if real_name:
            person["real_name"] = real_name
    contact = answers.contact.strip()
    if answers.may_contact and contact:
        person["contact"] = contact
    protected = protected_by_wish(answers.anonymity, person)
    if protected:
        person["protected"] = protected
    return person
