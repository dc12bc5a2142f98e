"""A case file with a lone surrogate (`\\ud800` is valid JSON) is refused with one sentence
at the field that holds it, before it can reach the database (which cannot encode it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.messages import explain
from app.services.case_text import bad_file_name, check_text
from app.services.cases import read_case_file, validate_record
from app.services.errors import CaseInvalid
from tests.casedata import sample


def test_a_case_file_with_a_lone_surrogate_is_refused_where_it_is(tmp_path: Path) -> None:
    record = sample("uz")
    record["persons"][0]["real_name"] = "Shavkat \ud800"
    path = tmp_path / "case.json"
    path.write_text(json.dumps(record), encoding="ascii")  # \ud800 as JSON writes it
    with pytest.raises(CaseInvalid) as caught:
        validate_record(read_case_file(path), for_add=True)
    assert (caught.value.where, caught.value.problem) == ("persons[0].real_name", "bad_text")
    explained = explain(caught.value)
    assert explained is not None
    text = explained.render()
    text.encode("utf-8")  # the sentence itself prints: the broken text is not quoted
    assert text.startswith("persons[0].real_name holds a broken character")


def test_a_surrogate_in_a_field_name_is_not_quoted() -> None:
    with pytest.raises(CaseInvalid) as caught:
        validate_record({**sample("uz"), "x\udc00": 1}, for_add=True)
    assert (caught.value.where, caught.value.problem) == ("(top)", "bad_text")


def test_paired_surrogates_are_characters_and_pass() -> None:
    check_text({"title": "😀 \U0001f600", "tags": ["𝔸"]})  # astral characters are fine
    validate_record({**sample("uz"), "title": "Qo'qon 😀"}, for_add=True)


@pytest.mark.parametrize("name", ["a/b", "a\\b", "a\x00", "a\x1f", "a\x7f", "a\x9f",
                                  "a\u202e", "a\u2066", "a\u200f", "a\u061c"])
def test_bad_file_names(name: str) -> None:
    assert bad_file_name(name)


@pytest.mark.parametrize("name", ["recording.ogg", "..hidden", "گزارش\u200cها.pdf",
                                  "Қарор 2024.jpg", "a b (1).png", "\u200d.txt"])
def test_good_file_names(name: str) -> None:
    assert not bad_file_name(name)
