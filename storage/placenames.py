"""Country names in every language Guvoh has, and their other names (English and Russian
exonyms, older and short names), so that a search for "Turkey", "Турция", "Белоруссия" or
"TR" finds a case whose place is coded TR. Read from resources/vocab/countries.json and
resources/vocab/country_names.tsv (its header names its sources); the vocabulary pickers
read the other names through `other_names` too (app.vocabularies.search)."""

from __future__ import annotations

import functools
import json
from importlib import resources

OTHER_NAMES_FILE = "country_names.tsv"


@functools.cache
def _other_names() -> dict[str, tuple[str, ...]]:
    """``code<TAB>language<TAB>name<TAB>source`` lines; ``#`` starts a comment line."""
    text = (resources.files("resources") / "vocab" / OTHER_NAMES_FILE).read_text("utf-8")
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _lang, name, *_source = line.split("\t")
        found.setdefault(code, []).append(name)
    return {code: tuple(names) for code, names in found.items()}


def other_names(code: str) -> tuple[str, ...]:
    """A country's names besides its labels ("Turkey" for TR); may be empty."""
    return _other_names().get(code, ())


@functools.cache
def _table() -> dict[str, tuple[str, ...]]:
    text = (resources.files("resources") / "vocab" / "countries.json").read_text("utf-8")
    data = json.loads(text)
    table: dict[str, tuple[str, ...]] = {}
    for term in data["terms"]:
        code = str(term["code"])
        labels = [str(label) for label in term["labels"].values()]
        iso_name = [str(term["extra"]["iso_name"])] if "iso_name" in term.get("extra", {}) else []
        table[code] = (code, *labels, *iso_name, *other_names(code))
    return table


def country_names(code: str) -> tuple[str, ...]:
    return _table().get(code, (code,))
