"""Words shared by the interface and the vocabularies read the same in every language.

A case status is shown by the case list (an interface string, translated in
resources/i18n/guvoh_<lang>.ts) and by reports and case files (a vocabulary label, in
resources/vocab/case_status.json); a field such as Sex is labelled by the editor and titled by
its vocabulary. The two are translated separately, so nothing but this test keeps "Draft" from
reading one way in the list and another in the report. Shared terms are found, not listed:
every interface string whose English text (without its accelerator "&" or a final colon) is a
vocabulary's title or a term's label must be translated as the vocabulary has it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import vocabularies

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"

# Interface strings that have a vocabulary's English text but mean something else.
NOT_SHARED = {
    ("CaseEditor", "Not stated"): (
        "the empty choice of every picker (nothing chosen), not the sex term not_stated "
        "(the person chose not to say)"
    ),
}


def _bare(text: str) -> str:
    """The text without accelerator marks and a final colon."""
    return re.sub(r"&(.)", r"\1", text).strip().removesuffix(":").strip()


def _messages(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for the messages without plural forms."""
    path = I18N / f"guvoh_{lang.replace('-', '_')}.ts"
    out = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own file
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                continue
            key = (context.findtext("name") or "", message.findtext("source") or "")
            out[key] = message.findtext("translation") or ""
    return out


def _vocabulary_texts() -> dict[str, list[tuple[str, dict[str, str]]]]:
    """English text -> (where, texts by language) of every vocabulary title and label."""
    out: dict[str, list[tuple[str, dict[str, str]]]] = {}
    for name in vocabularies.VOCABULARY_NAMES:
        vocabulary = vocabularies.load(name)
        entries = [(f"{name} title", dict(vocabulary.title))]
        entries += [(f"{name}/{term.code}", dict(term.labels)) for term in vocabulary]
        for where, texts in entries:
            out.setdefault(_bare(texts["en"]), []).append((where, texts))
    return out


def _shared() -> list[tuple[tuple[str, str], str, dict[str, str]]]:
    """((context, source), where in the vocabularies, texts) of each shared term."""
    texts = _vocabulary_texts()
    found = []
    for key in _messages("ru"):
        if key in NOT_SHARED:
            continue
        for where, labels in texts.get(_bare(key[1]), []):
            found.append((key, where, labels))
    return found


def test_the_shared_terms_are_found() -> None:
    found = {(key, where) for key, where, _ in _shared()}
    assert {
        (("CaseList", "Draft"), "case_status/draft"),
        (("CaseList", "Ready"), "case_status/ready"),
        (("CaseList", "Exported"), "case_status/exported"),
        (("CaseList", "Delivered"), "case_status/delivered"),
        (("CaseEditor", "Sex"), "sex title"),
        (("CaseEditor", "&Anonymity"), "anonymity title"),
        (("CaseEditor", "Languages"), "languages title"),
    } <= found


def test_every_exception_is_still_an_interface_string_with_a_vocabulary_text() -> None:
    messages = _messages("ru")
    texts = _vocabulary_texts()
    for key, reason in NOT_SHARED.items():
        assert key in messages, f"{key} is no longer an interface string ({reason})"
        assert _bare(key[1]) in texts, f"{key} no longer matches a vocabulary text ({reason})"


@pytest.mark.parametrize("lang", [lang for lang in vocabularies.LANGUAGES if lang != "en"])
def test_shared_terms_read_the_same_in_the_interface_and_the_vocabularies(lang: str) -> None:
    messages = _messages(lang)
    differ = [
        f"{context} {source!r}: interface {_bare(messages[context, source])!r}, "
        f"{where} {labels[lang]!r}"
        for (context, source), where, labels in _shared()
        if _bare(messages[context, source]) != labels[lang]
    ]
    assert not differ, "\n".join(differ)
