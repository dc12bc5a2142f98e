"""resources/schema/case-v1.schema.json: valid itself, in step with the vocabularies, accepts
the fixture cases and refuses broken ones at the right place."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from app import vocabularies

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "cases"
REALISTIC = ["uzbek_istanbul_relatives", "tajik_moscow_abduction", "kazakh_berlin_email"]


def load_schema() -> dict[str, Any]:
    ref = resources.files("resources") / "schema" / "case-v1.schema.json"
    schema: dict[str, Any] = json.loads(ref.read_text(encoding="utf-8"))
    return schema


SCHEMA = load_schema()
VALIDATOR = Draft202012Validator(SCHEMA)


def fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def all_fixture_names() -> list[str]:
    return sorted(p.stem for p in FIXTURES.glob("*.json"))


# --- the schema itself -------------------------------------------------------------------


def test_schema_is_valid_draft_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(SCHEMA)


def test_every_object_refuses_unknown_properties() -> None:
    def objects(node: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
        if isinstance(node, dict):
            if node.get("type") == "object":
                yield path, node
            for key, value in node.items():
                yield from objects(value, f"{path}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from objects(value, f"{path}/{i}")

    found = list(objects(SCHEMA, "#"))
    assert len(found) >= 7  # case, interview, consent, place, date, person, event, attachment
    assert [path for path, node in found if node.get("additionalProperties") is not False] == []


def _vocabulary_enums(node: Any) -> Iterator[tuple[str, list[str]]]:
    if isinstance(node, dict):
        if "x-guvoh-vocabulary" in node:
            yield node["x-guvoh-vocabulary"], node["enum"]
        for value in node.values():
            yield from _vocabulary_enums(value)
    elif isinstance(node, list):
        for value in node:
            yield from _vocabulary_enums(value)


def test_schema_enums_match_the_vocabularies() -> None:
    # Coded fields are enums in the schema, so that any JSON Schema tool (a coordinator's
    # script included) validates codes too. The vocabularies are the source of truth: when a
    # term is added there, add its code to the enum in resources/schema/case-v1.schema.json.
    # Deprecated codes stay in the enum, so older records remain valid.
    enums = dict(_vocabulary_enums(SCHEMA))
    assert set(enums) == set(vocabularies.VOCABULARY_NAMES)
    for name, enum in enums.items():
        expected = list(vocabularies.codes(name, include_deprecated=True))
        missing = sorted(set(expected) - set(enum))
        extra = sorted(set(enum) - set(expected))
        assert (missing, extra) == ([], []), f"{name}: add {missing}, remove {extra}"
        assert enum == expected, f"{name}: keep the vocabulary's order"


def test_protected_lists_name_real_person_fields() -> None:
    person = SCHEMA["$defs"]["person"]
    protectable = set(person["properties"]["protected"]["items"]["enum"])
    assert protectable <= set(person["properties"]) - {"id", "role", "protected"}
    assert {"real_name", "contact", "location", "birth_year"} <= protectable


# --- fixtures ----------------------------------------------------------------------------


def test_fixture_set_is_complete() -> None:
    assert set(all_fixture_names()) >= {"minimal", *REALISTIC}


@pytest.mark.parametrize("name", all_fixture_names())
def test_fixture_is_valid(name: str) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(fixture(name))]
    assert errors == []


@pytest.mark.parametrize("name", REALISTIC)
def test_realistic_fixture_is_internally_consistent(name: str) -> None:
    # What JSON Schema cannot say and the case service must check: ids unique and references
    # pointing at something in the same case.
    case = fixture(name)
    person_ids = [p["id"] for p in case["persons"]]
    event_ids = [e["id"] for e in case["events"]]
    attachment_ids = [a["id"] for a in case.get("attachments", [])]
    for ids in (person_ids, event_ids, attachment_ids):
        assert len(ids) == len(set(ids))
    for event in case["events"]:
        assert set(event.get("victims", [])) <= set(person_ids)
        assert set(event.get("attachments", [])) <= set(attachment_ids)
        assert event["acts"]
    for person in case["persons"]:
        if "related_victim" in person:
            assert person["related_victim"] in person_ids
    assert case["consent"]["given"] is True
    assert len(case["narrative"]) > 500
    assert len(case["events"]) >= 4


def test_fixtures_cover_the_scripts_and_stories() -> None:
    uzbek = fixture("uzbek_istanbul_relatives")
    tajik = fixture("tajik_moscow_abduction")
    kazakh = fixture("kazakh_berlin_email")
    assert "ʻ" in uzbek["persons"][0]["real_name"]  # Uzbek Latin oʻ
    assert "Ҷ" in tajik["persons"][0]["real_name"]  # Tajik Cyrillic
    assert "ә" in kazakh["persons"][0]["real_name"]  # Kazakh Cyrillic
    assert uzbek["host_country"] == "TR"
    assert "pressure_on_relatives" in uzbek["events"][0]["acts"]
    assert {"abduction_rendition", "forced_return_deportation"} <= {
        act for e in tajik["events"] for act in e["acts"]
    }
    assert "account_compromise" in kazakh["events"][0]["acts"]


def test_minimal_case_is_minimal() -> None:
    case = fixture("minimal")
    assert set(case) == set(SCHEMA["required"])
    for key in SCHEMA["required"]:
        smaller = {k: value for k, value in case.items() if k != key}
        assert not VALIDATOR.is_valid(smaller), key


# --- invalid documents fail where the mistake is ----------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def setter(*path: str | int, value: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        node: Any = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return mutate


def deleter(*path: str | int) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        node: Any = doc
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return mutate


def appender(*path: str | int, value: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        node: Any = doc
        for key in path:
            node = node[key]
        node.append(value)

    return mutate


INVALID: list[tuple[str, Mutation, list[str | int], str]] = [
    ("no schema_version", deleter("schema_version"), [], "required"),
    ("future schema_version", setter("schema_version", value=2), ["schema_version"], "const"),
    ("schema_version as text", setter("schema_version", value="1"), ["schema_version"], "const"),
    ("unknown top-level field", setter("secret_notes", value="x"), [], "additionalProperties"),
    ("null where absent is meant", setter("summary", value=None), ["summary"], "type"),
    ("title too long", setter("title", value="x" * 301), ["title"], "maxLength"),
    ("title blank", setter("title", value="   "), ["title"], "pattern"),
    ("title with a line break", setter("title", value="a\nb"), ["title"], "not"),
    ("title with a trailing newline", setter("title", value="title\n"), ["title"], "not"),
    ("unknown status", setter("status", value="archived"), ["status"], "enum"),
    ("lowercase country", setter("host_country", value="tr"), ["host_country"], "enum"),
    ("made-up country", setter("host_country", value="XX"), ["host_country"], "enum"),
    ("language without script", setter("languages", value=["uz"]), ["languages", 0], "enum"),
    ("duplicate language", setter("languages", value=["ru", "ru"]), ["languages"], "uniqueItems"),
    ("reference with spaces", setter("reference", value="UZ 2024"), ["reference"], "pattern"),
    ("reference with newline", setter("reference", value="UZ-1\n"), ["reference"], "not"),
    (
        "interview date not a day",
        setter("interview", "date", value="2024-03"),
        ["interview", "date"],
        "pattern",
    ),
    (
        "interview month 13",
        setter("interview", "date", value="2024-13-01"),
        ["interview", "date"],
        "pattern",
    ),
    (
        "interviewer's real name field",
        setter("interview", "interviewer_name", value="A"),
        ["interview"],
        "additionalProperties",
    ),
    ("no consent", deleter("consent"), [], "required"),
    ("consent without given", deleter("consent", "given"), ["consent"], "required"),
    (
        "consent given as text",
        setter("consent", "given", value="yes"),
        ["consent", "given"],
        "type",
    ),
    (
        "unknown consented use",
        setter("consent", "uses", value=["marketing"]),
        ["consent", "uses", 0],
        "enum",
    ),
    (
        "uses without consent",
        setter("consent", "given", value=False),
        ["consent", "uses"],
        "maxItems",
    ),
    (
        "withdrawn_on while not withdrawn",
        setter("consent", "withdrawn_on", value="2024-04-01"),
        ["consent", "withdrawn"],
        "const",
    ),
    (
        "unknown anonymity",
        setter("consent", "anonymity", value="partial"),
        ["consent", "anonymity"],
        "enum",
    ),
    (
        "narrative over a million characters",
        setter("narrative", value="я" * 1_000_001),
        ["narrative"],
        "maxLength",
    ),
    ("NUL in the narrative", setter("narrative", value="a\x00b"), ["narrative"], "not"),
    ("tag blank", setter("tags", value=[""]), ["tags", 0], "minLength"),
    ("person without role", deleter("persons", 0, "role"), ["persons", 0], "required"),
    ("unknown role", setter("persons", 0, "role", value="suspect"), ["persons", 0, "role"], "enum"),
    (
        "passport number field",
        setter("persons", 0, "passport_number", value="AA123"),
        ["persons", 0],
        "additionalProperties",
    ),
    (
        "person id with a slash",
        setter("persons", 0, "id", value="../p1"),
        ["persons", 0, "id"],
        "pattern",
    ),
    (
        "person id with a trailing newline",
        setter("persons", 0, "id", value="p1\n"),
        ["persons", 0, "id"],
        "not",
    ),
    (
        "birth year too early",
        setter("persons", 0, "birth_year", value=1850),
        ["persons", 0, "birth_year"],
        "minimum",
    ),
    (
        "birth year as text",
        setter("persons", 0, "birth_year", value="1987"),
        ["persons", 0, "birth_year"],
        "type",
    ),
    (
        "nationality as a string",
        setter("persons", 0, "nationality", value="UZ"),
        ["persons", 0, "nationality"],
        "type",
    ),
    (
        "unknown relation",
        setter("persons", 1, "relation_to_victim", value="cousin_twice"),
        ["persons", 1, "relation_to_victim"],
        "enum",
    ),
    (
        "protecting the id",
        setter("persons", 0, "protected", value=["id"]),
        ["persons", 0, "protected", 0],
        "enum",
    ),
    (
        "street address in a place",
        setter("persons", 1, "location", "street", value="Navoiy 5"),
        ["persons", 1, "location"],
        "additionalProperties",
    ),
    ("event without id", deleter("events", 0, "id"), ["events", 0], "required"),
    (
        "month 13",
        setter("events", 0, "date", "value", value="2023-13"),
        ["events", 0, "date", "value"],
        "pattern",
    ),
    (
        "day precision, month value",
        setter("events", 1, "date", "value", value="2023-06"),
        ["events", 1, "date", "value"],
        "pattern",
    ),
    (
        "year precision, day value",
        setter("events", 0, "date", value={"value": "2023-03-01", "precision": "year"}),
        ["events", 0, "date", "value"],
        "pattern",
    ),
    (
        "unknown date with a value",
        setter("events", 0, "date", "precision", value="unknown"),
        ["events", 0, "date"],
        "not",
    ),
    (
        "approximate without a value",
        setter("events", 0, "date", value={"precision": "approximate"}),
        ["events", 0, "date"],
        "required",
    ),
    (
        "date without precision",
        deleter("events", 0, "date", "precision"),
        ["events", 0, "date"],
        "required",
    ),
    (
        "unknown act",
        appender("events", 0, "acts", value="genocide_abroad"),
        ["events", 0, "acts", 2],
        "enum",
    ),
    (
        "act repeated",
        appender("events", 0, "acts", value="pressure_on_relatives"),
        ["events", 0, "acts"],
        "uniqueItems",
    ),
    (
        "unknown perpetrator type",
        setter("events", 0, "perpetrator_types", value=["kgb"]),
        ["events", 0, "perpetrator_types", 0],
        "enum",
    ),
    (
        "victim as an object",
        setter("events", 0, "victims", value=[{"id": "p1"}]),
        ["events", 0, "victims", 0],
        "type",
    ),
    (
        "attachment without hash",
        setter("attachments", value=[{"id": "a1", "size": 1}]),
        ["attachments", 0],
        "required",
    ),
    (
        "attachment hash uppercase",
        setter("attachments", value=[{"id": "a1", "size": 1, "sha256": "A" * 64}]),
        ["attachments", 0, "sha256"],
        "pattern",
    ),
    (
        "attachment negative size",
        setter("attachments", value=[{"id": "a1", "size": -1, "sha256": "a" * 64}]),
        ["attachments", 0, "size"],
        "minimum",
    ),
    ("case id not a UUID", setter("id", value="42"), ["id"], "pattern"),
]


@pytest.mark.parametrize(
    ("mutate", "path", "keyword"),
    [pytest.param(m, p, k, id=name) for name, m, p, k in INVALID],
)
def test_invalid_document_fails_at_the_right_place(
    mutate: Mutation, path: list[str | int], keyword: str
) -> None:
    doc = copy.deepcopy(fixture("uzbek_istanbul_relatives"))
    mutate(doc)
    error = best_match(VALIDATOR.iter_errors(doc))
    assert error is not None, "document should be invalid"
    assert (list(error.absolute_path), error.validator) == (path, keyword), error.message


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("title",), "x" * 300),
        (("narrative",), "я" * 1_000_000),
        (("narrative",), "line one\r\nline two\n\ttabbed"),
        (("title",), "Ҷамшед, Oʻgʻil, Айгерім — «кавычки»"),
        (("events", 0, "date"), {"precision": "unknown"}),
        (("events", 0, "date"), {"value": "1999", "precision": "approximate"}),
        (("consent", "withdrawn"), True),
        (("persons", 0, "nationality"), []),
    ],
)
def test_edge_values_are_accepted(path: tuple[str | int, ...], value: Any) -> None:
    doc = copy.deepcopy(fixture("uzbek_istanbul_relatives"))
    setter(*path, value=value)(doc)
    assert list(VALIDATOR.iter_errors(doc)) == []


def test_withdrawal_with_date_is_accepted() -> None:
    doc = copy.deepcopy(fixture("minimal"))
    doc["consent"] = {"given": True, "withdrawn": True, "withdrawn_on": "2024-04-01"}
    assert VALIDATOR.is_valid(doc)
