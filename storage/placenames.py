"""Country names in every language Guvoh has, so a search for "Turkey", "Турция" or "TR"
finds a case whose place is coded TR. Read from resources/vocab/countries.json."""

from __future__ import annotations

import functools
import json
from importlib import resources


@functools.cache
def _table() -> dict[str, tuple[str, ...]]:
    text = (resources.files("resources") / "vocab" / "countries.json").read_text("utf-8")
    data = json.loads(text)
    table: dict[str, tuple[str, ...]] = {}
    for term in data["terms"]:
        labels = [str(label) for label in term["labels"].values()]
        table[str(term["code"])] = (str(term["code"]), *labels)
    return table


def country_names(code: str) -> tuple[str, ...]:
    return _table().get(code, (code,))
