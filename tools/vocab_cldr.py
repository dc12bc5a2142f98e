"""Fill the vocabularies' labels in the Central Asian interface languages.

Two jobs, both run by hand by whoever maintains resources/vocab (never at run time):

``python tools/vocab_cldr.py cldr``
    Country names (``countries.json``) and language names (``languages.json``) in uz-Latn,
    uz-Cyrl, tg, kk, ky and tk, from the Unicode CLDR as shipped by Babel. Babel is *not* a
    dependency of Guvoh: install it in a throwaway environment
    (``python -m venv /tmp/babelenv && /tmp/babelenv/bin/pip install babel``) and run this
    script with that interpreter. English and Russian labels are kept as they are (they were
    curated by hand, see resources/vocab/README.md). The few names CLDR lacks are in
    ``LANGUAGE_OVERRIDES``.

``python tools/vocab_cldr.py uz-cyrl [--all]``
    Uzbek Cyrillic from Uzbek Latin for the hand-translated vocabularies (acts, roles...):
    for every title, label and description that has ``uz-Latn`` but no ``uz-Cyrl`` (with
    ``--all``: for every one, after a change to the transliterator). To redo one text after
    correcting its Latin form, delete its ``uz-Cyrl`` value and run again. Pure Python, no
    Babel needed. The transliterator is the interface's, ``tools/uz_cyrl.py``; a loanword it
    spells wrong goes in its ``LOANWORDS`` list, never in a one-off correction here.

Files are written back as ``json.dumps(doc, ensure_ascii=False, indent=2)`` plus a newline,
with text keys in the order of ``app.vocabularies.LANGUAGES``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from uz_cyrl import LITERALS, NAMES, latin_to_cyrillic

ROOT = Path(__file__).resolve().parent.parent
VOCAB = ROOT / "resources" / "vocab"
LANGUAGES = ("en", "ru", "uz-Latn", "uz-Cyrl", "tg", "kk", "ky", "tk")
CLDR_LANGUAGES = ("uz-Latn", "uz-Cyrl", "tg", "kk", "ky", "tk")
CLDR_VOCABULARIES = ("countries", "languages")

# Names of languages written in a given script, composed by hand in the style of each
# language (CLDR's composed forms mix cases), and the few names CLDR 47 lacks.
LANGUAGE_OVERRIDES: dict[str, dict[str, str]] = {
    "uz-Latn": {
        "uz-Latn": "Oʻzbekcha (lotin yozuvi)",
        "uz-Cyrl": "Oʻzbekcha (kirill yozuvi)",
        "kaa": "Qoraqalpoqcha",
        # CLDR's Uzbek Latin mixes "tojik" and "nemischa"; its Uzbek Cyrillic uses -ча
        # throughout. Same form in both scripts.
        "tg": "Tojikcha",
        "tk": "Turkmancha",
        "az": "Ozarbayjoncha",
        "tr": "Turkcha",
        "uk": "Ukraincha",
        "be": "Belaruscha",
        "lt": "Litvacha",
        "cs": "Chexcha",
        "ce": "Chechencha",
        "ug": "Uygʻurcha",
        "fa": "Forscha",
        "ar": "Arabcha",
    },
    "uz-Cyrl": {
        "uz-Latn": "Ўзбекча (лотин ёзуви)",
        "uz-Cyrl": "Ўзбекча (кирилл ёзуви)",
        "kaa": "Қорақалпоқча",
        "ce": "Чеченча",
        "fa": "Форсча",
    },
    "tg": {
        "uz-Latn": "Ӯзбекӣ (хатти лотинӣ)",
        "uz-Cyrl": "Ӯзбекӣ (хатти кириллӣ)",
        "kaa": "Қарақалпоқӣ",
        "ce": "Чеченӣ",
    },
    "kk": {
        "uz-Latn": "Өзбек тілі (латын жазуы)",
        "uz-Cyrl": "Өзбек тілі (кирилл жазуы)",
    },
    "ky": {
        "uz-Latn": "Өзбекче (латын жазуусу)",
        "uz-Cyrl": "Өзбекче (кирилл жазуусу)",
        "kaa": "Каракалпакча",
    },
    "tk": {
        "uz-Latn": "Özbek dili (latyn elipbiýi)",
        "uz-Cyrl": "Özbek dili (kiril elipbiýi)",
        "kaa": "Garagalpak dili",
    },
}


def read(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((VOCAB / f"{name}.json").read_text(encoding="utf-8"))
    return data


def ordered(texts: dict[str, str]) -> dict[str, str]:
    """Language keys in interface order, any others after them."""
    known = {lang: texts[lang] for lang in LANGUAGES if lang in texts}
    return known | {k: v for k, v in texts.items() if k not in known}


def write(name: str, doc: dict[str, Any]) -> None:
    doc["title"] = ordered(doc["title"])
    for term in doc["terms"]:
        term["labels"] = ordered(term["labels"])
        if "description" in term:
            term["description"] = ordered(term["description"])
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    (VOCAB / f"{name}.json").write_text(text, encoding="utf-8")


def uz_latin_apostrophes(text: str) -> str:
    """oʻ and gʻ with U+02BB, as the Uzbek Latin alphabet writes them (CLDR mixes ‘ and ʻ)."""
    return re.sub(r"([OoGg])[‘'’`]", "\\1ʻ", text)


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- CLDR ---------------------------------------------------------------------------------


def cldr() -> None:
    import babel  # a one-off tool's dependency, not Guvoh's
    from babel import Locale

    locales = {lang: Locale.parse(lang.replace("-", "_")) for lang in CLDR_LANGUAGES}
    cldr_version = babel.core.get_cldr_version()
    source_note = (
        f"Names in uz-Latn, uz-Cyrl, tg, kk, ky and tk: Unicode CLDR {cldr_version}"
        f" via Babel {babel.__version__} (tools/vocab_cldr.py)."
    )

    countries = read("countries")
    for term in countries["terms"]:
        for lang, locale in locales.items():
            name = locale.territories[term["code"]]
            term["labels"][lang] = uz_latin_apostrophes(name) if lang == "uz-Latn" else name
    countries["source"] = _with_note(countries["source"], source_note)
    write("countries", countries)

    languages = read("languages")
    for term in languages["terms"]:
        code = term["code"]
        for lang, locale in locales.items():
            name = LANGUAGE_OVERRIDES[lang].get(code) or locale.languages.get(code)
            if name is None:
                raise SystemExit(f"CLDR has no name for {code} in {lang}: add an override")
            name = sentence_case(name)
            term["labels"][lang] = uz_latin_apostrophes(name) if lang == "uz-Latn" else name
    languages["source"] = _with_note(languages["source"], source_note)
    write("languages", languages)


def _with_note(source: str, note: str) -> str:
    kept = source.split(" Names in uz-Latn", 1)[0]
    return f"{kept} {note}"


# --- Uzbek Latin to Cyrillic -----------------------------------------------------------------

# The interface's transliterator (tools/uz_cyrl.py), so that a word reads the same in the
# vocabularies and in the interface. Here "guvoh" is the word for a witness, not the product
# name, so only the names and literal values stay in Latin.
UZ_KEEP = NAMES | LITERALS


def uz_cyrillic(text: str) -> str:
    """Uzbek Latin text in Uzbek Cyrillic, word by word (the same words, another script)."""
    return latin_to_cyrillic(text, keep=UZ_KEEP)


def fill_uz_cyrillic(*, everything: bool = False) -> None:
    """uz-Cyrl from uz-Latn where it is missing, or for every text with ``everything``."""
    for path in sorted(VOCAB.glob("*.json")):
        name = path.stem
        if name in CLDR_VOCABULARIES:
            continue
        doc = read(name)
        maps = [doc["title"]]
        for term in doc["terms"]:
            maps.append(term["labels"])
            maps.extend([term["description"]] if "description" in term else [])
        for texts in maps:
            if "uz-Latn" in texts and (everything or "uz-Cyrl" not in texts):
                texts["uz-Cyrl"] = uz_cyrillic(texts["uz-Latn"])
        write(name, doc)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "cldr":
        cldr()
    elif command == "uz-cyrl":
        fill_uz_cyrillic(everything=sys.argv[2:] == ["--all"])
    else:
        raise SystemExit(__doc__)
