"""A vocabulary term reads the same wherever Guvoh shows it, in every language.

tests/unit/test_shared_terms.py compares interface strings whose English *is* a vocabulary
label. This file covers the other places a term or field is named with its own text:

- code-to-text tables in app/ (found in the source, not listed): a dict or a list of pairs that
  gives each code of one vocabulary its own tr() string, such as the case list's statuses or
  the editor's status choices. Where the English is the label, the translation is the label;
  where the English begins with the label ("Draft - still being written"), so does the
  translation; a deliberately different wording is listed in OWN_WORDING with its reason.
- the printable report's labels (resources/reports/labels.json): a heading whose English is a
  vocabulary's title or label reads as the vocabulary has it, and a field name whose English is
  the editor's label for the same field reads as the interface has it, so "Acts" or "Lives in"
  is one word in the editor, the list, the report and the vocabulary.
"""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import vocabularies

REPO = Path(__file__).resolve().parents[2]
LANGS = [lang for lang in vocabularies.LANGUAGES if lang != "en"]
_TRANSLATE = {"QT_TRANSLATE_NOOP", "translate"}

# Code-to-text tables whose wording differs from the vocabulary on purpose.
OWN_WORDING = {
    ("StorySection", "By my real name"): "the story asks the exile in the first person",
    ("StorySection", "By another name I choose (never my real name)"): "the same, first person",
    ("StorySection", "Not at all: I stay anonymous"): "the same, first person",
}

# Report labels that share their English with an interface string of another meaning.
REPORT_NOT_SHARED = {
    ("summary", "ExportDialog"): "the overview of what will be sent, not the case's summary",
    ("summary", "StorySection"): "the story's review step, not the case's summary",
}


def _bare(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text).strip().removesuffix(":").strip()


def _messages(lang: str) -> dict[tuple[str, str], str]:
    path = REPO / "resources" / "i18n" / f"guvoh_{lang.replace('-', '_')}.ts"
    out = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own file
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None:
                continue
            if translation.get("type") == "unfinished":
                continue  # a new string, translated at the end; not a term yet
            out[context.findtext("name") or "", message.findtext("source") or ""] = (
                translation.text or "")
    return out


def _vocabularies() -> dict[str, vocabularies.Vocabulary]:
    return {name: vocabularies.load(name) for name in vocabularies.VOCABULARY_NAMES
            if name not in {"countries", "languages"}}


def _tr_call(node: ast.AST) -> tuple[str, str] | None:
    """(context, source) of QT_TRANSLATE_NOOP / translate(...) with literal arguments."""
    if isinstance(node, ast.Call) and node.func.__class__.__name__ in {"Name", "Attribute"}:
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        args = node.args
        if name in _TRANSLATE and len(args) >= 2 and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2]):
            return str(args[0].value), str(args[1].value)  # type: ignore[attr-defined]
    if isinstance(node, ast.Call) and len(node.args) == 1:  # str(QT_TRANSLATE_NOOP(...))
        return _tr_call(node.args[0])
    return None


def _code_tables() -> list[tuple[str, str, str, tuple[str, str]]]:
    """(file:line, vocabulary, code, (context, source)) of every code-to-text table in app/."""
    vocabs = {name: set(v.codes(include_deprecated=True)) for name, v in _vocabularies().items()}
    found: list[tuple[str, str, str, tuple[str, str]]] = []
    for path in sorted((REPO / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            pairs: list[tuple[str, tuple[str, str]]] = []
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    text = _tr_call(value)
                    if isinstance(key, ast.Constant) and isinstance(key.value, str) and text:
                        pairs.append((key.value, text))
            elif isinstance(node, ast.List | ast.Tuple):
                for item in node.elts:
                    if isinstance(item, ast.Tuple) and len(item.elts) == 2:
                        first, second = item.elts
                        text = _tr_call(first)
                        if (text and isinstance(second, ast.Constant)
                                and isinstance(second.value, str)):
                            pairs.append((second.value, text))
            codes = {code for code, _ in pairs}
            if len(codes) < 2:
                continue
            for name, known in vocabs.items():
                if codes <= known:
                    where = f"{path.relative_to(REPO)}:{getattr(node, 'lineno', 0)}"
                    found += [(where, name, code, text) for code, text in pairs]
    return found


def test_the_code_tables_are_found() -> None:
    found = {(name, code, text) for _, name, code, text in _code_tables()}
    assert {
        ("case_status", "draft", ("CaseList", "Draft")),
        ("case_status", "delivered", ("CaseList", "Delivered")),
        ("case_status", "draft", ("CaseEditor", "Draft - still being written")),
        ("case_status", "ready", ("CaseEditor", "Ready to export")),
        ("anonymity", "full_name", ("StorySection", "By my real name")),
    } <= found


@pytest.mark.parametrize("lang", LANGS)
def test_code_tables_say_what_the_vocabulary_says(lang: str) -> None:
    messages = _messages(lang)
    vocabs = _vocabularies()
    differ = []
    for where, name, code, (context, source) in _code_tables():
        term = vocabs[name].term(code)
        english, label = term.labels["en"], term.labels[lang]
        shown = messages.get((context, source))
        if shown is None or (context, source) in OWN_WORDING:
            continue
        if _bare(source) == english:
            ok = _bare(shown) == label
        elif source.startswith(english):
            ok = shown.startswith(label)
        else:
            differ.append(f"{where} {source!r}: a new wording of {name}/{code}; say it as the "
                          "vocabulary does, or list it in OWN_WORDING with the reason")
            continue
        if not ok:
            differ.append(f"{where} {context} {source!r}: {shown!r}, but {name}/{code} is "
                          f"{label!r}")
    assert not differ, "\n".join(differ)


def test_every_own_wording_is_still_a_code_table_text() -> None:
    texts = {text for _, _, _, text in _code_tables()}
    assert set(OWN_WORDING) <= texts


def _report_labels() -> dict[str, dict[str, str]]:
    path = REPO / "resources" / "reports" / "labels.json"
    labels: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))["labels"]
    return labels


@pytest.mark.parametrize("lang", LANGS)
def test_report_headings_say_what_the_vocabulary_says(lang: str) -> None:
    labels = _report_labels()
    texts: dict[str, list[tuple[str, str]]] = {}
    for name, vocabulary in _vocabularies().items():
        texts.setdefault(vocabulary.title["en"], []).append((f"{name} title",
                                                              vocabulary.title[lang]))
        for term in vocabulary:
            texts.setdefault(term.labels["en"], []).append((f"{name}/{term.code}",
                                                            term.labels[lang]))
    differ = [
        f"report {key!r}: {labels[lang][key]!r}, but {where} is {text!r}"
        for key, english in labels["en"].items()
        for where, text in texts.get(english, [])
        if labels[lang][key] != text
    ]
    assert not differ, "\n".join(differ)


@pytest.mark.parametrize("lang", LANGS)
def test_report_field_names_say_what_the_interface_says(lang: str) -> None:
    labels = _report_labels()
    messages = _messages(lang)
    differ = [
        f"report {key!r}: {labels[lang][key]!r}, but {context} {source!r} is "
        f"{_bare(shown)!r}"
        for key, english in labels["en"].items()
        for (context, source), shown in messages.items()
        if _bare(source) == english and (key, context) not in REPORT_NOT_SHARED
        and _bare(shown) != labels[lang][key]
    ]
    assert not differ, "\n".join(differ)


def test_the_report_checks_see_the_shared_names() -> None:
    labels = _report_labels()["en"]
    messages = _messages("ru")
    shared = {key for key, english in labels.items()
              for (_, source) in messages if _bare(source) == english}
    assert {"status", "role", "sex", "location", "relation_to_victim", "summary"} <= shared
    assert set(REPORT_NOT_SHARED) <= {(key, context) for key, english in labels.items()
                                      for (context, source) in messages
                                      if _bare(source) == english}
