"""The words of the reports in every language: the printable report's headings, field
names and banners (resources/reports/labels.json, read once), and vocabulary labels."""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources

from app import vocabularies

LANGUAGES = vocabularies.LANGUAGES
FORMAT = "guvoh-report-labels/1"


def _load() -> dict[str, dict[str, str]]:
    ref = resources.files("resources") / "reports" / "labels.json"
    data: object = json.loads(ref.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"resources/reports/labels.json is not {FORMAT}")
    tables: object = data.get("labels")
    if not isinstance(tables, dict):
        raise ValueError("resources/reports/labels.json has no labels")
    loaded: dict[str, dict[str, str]] = {}
    for lang, table in tables.items():
        if not isinstance(table, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
            raise ValueError(f"resources/reports/labels.json: {lang} must map text to text")
        loaded[str(lang)] = dict(table)
    return loaded


TEXT: dict[str, dict[str, str]] = _load()  # language -> key -> label


def text(lang: str, key: str) -> str:
    """The label `key` in `lang`; the English one only where `lang` lacks it."""
    return TEXT.get(lang, {}).get(key) or TEXT["en"][key]


def yes_no(value: object, lang: str) -> str:
    return text(lang, "yes") if value else text(lang, "no")


def label(vocabulary: str, code: str, lang: str) -> str:
    """A code's label in `lang`, or the code itself if the vocabulary does not know it."""
    try:
        return vocabularies.label(vocabulary, code, lang)
    except vocabularies.UnknownCode:
        return code


def label_list(vocabulary: str, codes: Sequence[str], lang: str) -> str:
    """The codes' labels in `lang`, joined with "; "."""
    return "; ".join(label(vocabulary, c, lang) for c in codes)
