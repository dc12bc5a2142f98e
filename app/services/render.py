"""Plain-text rendering of a case record, for `case show` and the bundle's .txt copy.
Labels come from the vocabularies in the requested language; protected fields can be
masked or left out. A person is named and masked as app.domain.people says."""

from __future__ import annotations

from typing import Any

from app import vocabularies
from app.domain.people import name_or_id, shown


def _label(vocabulary: str, code: str | None, lang: str) -> str:
    if not code:
        return ""
    try:
        return vocabularies.label(vocabulary, code, lang)
    except LookupError:
        return code


def _place(place: dict[str, Any] | None, lang: str) -> str:
    if not place:
        return ""
    country = _label("countries", place.get("country"), lang)
    parts = [place.get("city"), place.get("region"), country]
    return ", ".join(p for p in parts if p)


def render_text(
    record: dict[str, Any], lang: str = "en", *, reveal_protected: bool = True,
    attachments: list[dict[str, Any]] | None = None,
) -> str:
    lines: list[str] = []
    add = lines.append
    add(str(record.get("title", "")))
    add("=" * min(78, max(10, len(str(record.get("title", ""))))))
    add(f"Reference: {record.get('reference', '')}    Status: "
        f"{_label('case_status', record.get('status'), lang)}    Revision: "
        f"{record.get('revision', '')}")
    if record.get("id"):
        add(f"Case id: {record['id']}")
    if record.get("languages"):
        add("Languages: " + ", ".join(_label("languages", c, lang) for c in record["languages"]))
    if record.get("host_country"):
        add(f"Lives in: {_label('countries', record['host_country'], lang)}")
    if record.get("tags"):
        add("Tags: " + ", ".join(record["tags"]))
    interview = record.get("interview") or {}
    if interview:
        add("")
        add("Interview")
        for key, label in (("date", "Date"), ("interviewer_pseudonym", "Interviewer"),
                           ("interpreter", "Interpreter")):
            if interview.get(key):
                add(f"  {label}: {interview[key]}")
        if interview.get("place"):
            add(f"  Place: {_place(interview['place'], lang)}")
    consent = record.get("consent") or {}
    add("")
    add("Consent")
    add(f"  Given: {'yes' if consent.get('given') else 'no'}")
    if consent.get("uses"):
        uses = ", ".join(_label("consent_uses", u, lang) for u in consent["uses"])
        add(f"  Allowed uses: {uses}")
    if consent.get("anonymity"):
        add(f"  Anonymity: {_label('anonymity', consent['anonymity'], lang)}")
    if "may_contact" in consent:
        add(f"  May be contacted: {'yes' if consent['may_contact'] else 'no'}")
    if consent.get("withdrawn"):
        add(f"  WITHDRAWN{' on ' + consent['withdrawn_on'] if consent.get('withdrawn_on') else ''}")
    if consent.get("notes"):
        add(f"  Notes: {consent['notes']}")
    if record.get("summary"):
        add("")
        add("Summary")
        add(str(record["summary"]))
    if record.get("narrative"):
        add("")
        add("Testimony")
        add(str(record["narrative"]))
    persons = record.get("persons") or []
    if persons:
        add("")
        add("People")
        for person in persons:
            reveal = reveal_protected
            name = name_or_id(person, reveal=reveal)
            add(f"  - [{person['id']}] {name} ({_label('roles', person.get('role'), lang)})")
            for field, label in (("real_name", "Name"), ("sex", "Sex"),
                                 ("birth_year", "Born"), ("contact", "Contact")):
                if field in person:
                    value = person[field]
                    if field == "sex":
                        value = _label("sex", value, lang)
                    add(f"      {label}: {shown(person, field, str(value), reveal=reveal)}")
            if person.get("nationality"):
                countries = ", ".join(_label("countries", c, lang) for c in person["nationality"])
                add(f"      Nationality: {shown(person, 'nationality', countries, reveal=reveal)}")
            if person.get("location"):
                place = _place(person["location"], lang)
                add(f"      Location: {shown(person, 'location', place, reveal=reveal)}")
            if person.get("relation_to_victim"):
                rel = _label("relations", person["relation_to_victim"], lang)
                of = f" of {person['related_victim']}" if person.get("related_victim") else ""
                relation = shown(person, "relation_to_victim", rel + of, reveal=reveal)
                add(f"      Relation: {relation}")
    events = record.get("events") or []
    if events:
        add("")
        add("Events")
        for event in events:
            date = event.get("date") or {}
            when = date.get("value", "date unknown")
            if date.get("precision") == "approximate":
                when = f"about {when}"
            add(f"  - [{event['id']}] {when}  {_place(event.get('place'), lang)}")
            if event.get("acts"):
                add("      Acts: " + "; ".join(_label("acts", a, lang) for a in event["acts"]))
            if event.get("perpetrator_types"):
                add("      Perpetrators: " + "; ".join(
                    _label("perpetrator_types", p, lang) for p in event["perpetrator_types"]))
            if event.get("victims"):
                add("      Victims: " + ", ".join(event["victims"]))
            if event.get("description"):
                add(f"      {event['description']}")
            if event.get("attachments"):
                add("      Files: " + ", ".join(event["attachments"]))
    if attachments:
        add("")
        add("Files")
        for a in attachments:
            add(f"  - {a['id']}  {a.get('filename', '')}  {a['size']} bytes  sha256 {a['sha256']}")
    return "\n".join(lines) + "\n"
