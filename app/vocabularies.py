"""Controlled vocabularies: stable codes with labels per language.

The data lives in ``resources/vocab/<name>.json`` (format: ``resources/vocab/README.md``) and is
read through :mod:`importlib.resources`, so it is found in an editable install, a wheel and a
frozen build alike. Pure Python, no Qt: the CLI, the services and the UI share it.

    >>> acts = load("acts")
    >>> acts.label("abduction_rendition", "ru")
    'Похищение или внесудебная выдача'
    >>> "travel_ban" in acts
    True
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Final

from storage import placenames
from storage.textnorm import fold

__all__ = [
    "DEFAULT_CODE_PATTERN",
    "FORMAT",
    "LANGUAGES",
    "REQUIRED_LANGUAGES",
    "VOCABULARY_NAMES",
    "InvalidVocabulary",
    "Term",
    "UnknownCode",
    "UnknownVocabulary",
    "Vocabulary",
    "codes",
    "label",
    "load",
    "other_names",
    "resolve",
    "search",
    "validate_vocabulary_data",
]

FORMAT: Final = "guvoh-vocabulary/1"
"""Value of the ``format`` key every vocabulary file carries."""

VOCABULARY_NAMES: Final[tuple[str, ...]] = (
    "acts",
    "perpetrator_types",
    "roles",
    "relations",
    "sex",
    "case_status",
    "date_precision",
    "consent_uses",
    "anonymity",
    "languages",
    "countries",
)
"""Every vocabulary Guvoh ships; ``load`` refuses any other name."""

LANGUAGES: Final[tuple[str, ...]] = ("en", "ru", "uz-Latn", "uz-Cyrl", "tg", "kk", "ky", "tk")
"""The interface languages (BCP 47 tags), in menu order. Every vocabulary has its titles,
labels and descriptions in each of them."""

REQUIRED_LANGUAGES: Final[tuple[str, ...]] = LANGUAGES
"""Languages every title, label and description (where one is given) must have."""

FALLBACK_LANGUAGE: Final = "en"

_BASE_LANGUAGE_DEFAULTS: Final[Mapping[str, str]] = MappingProxyType({"uz": "uz-Latn"})
"""A bare language tag whose texts are kept under a script subtag: ``uz`` means Uzbek in
Latin letters, the official script of Uzbekistan."""

_REGIONAL_FALLBACK: Final = "ru"
_READS_RUSSIAN: Final = frozenset({"uz", "tg", "kk", "ky", "tk"})
"""Languages whose readers are likelier to read Russian than English: a text missing in them
falls back to Russian before English."""

DEFAULT_CODE_PATTERN: Final = "^[a-z][a-z0-9_]*$"
"""Codes are lowercase ASCII snake_case, except where a standard defines them (countries use
ISO 3166-1 alpha-2, languages BCP 47 tags); such files declare their own ``code_pattern``."""

STANDARD_CODE_PATTERNS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "countries": "^[A-Z]{2}$",
        "languages": "^[a-z]{2,3}(-[A-Z][a-z]{3})?$",
    }
)
"""The only vocabularies allowed a code pattern other than ``DEFAULT_CODE_PATTERN``."""

_LANGUAGE_KEY: Final = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
_MAX_TEXT: Final = 2000
_TOP_KEYS: Final = frozenset(
    {"$comment", "format", "name", "title", "source", "code_pattern", "terms"}
)
_TERM_KEYS: Final = frozenset({"code", "labels", "description", "deprecated", "extra"})


class VocabularyError(Exception):
    """Base class of the errors this module raises."""


class UnknownVocabulary(VocabularyError, LookupError):
    """``name`` is not one of :data:`VOCABULARY_NAMES`."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class UnknownCode(VocabularyError, LookupError):
    """``code`` is not a term of vocabulary ``vocabulary``."""

    def __init__(self, vocabulary: str, code: str) -> None:
        super().__init__(vocabulary, code)
        self.vocabulary = vocabulary
        self.code = code


class InvalidVocabulary(VocabularyError, ValueError):
    """A shipped vocabulary file is broken (a packaging or editing mistake, not user input)."""

    def __init__(self, name: str, problems: tuple[str, ...]) -> None:
        super().__init__(name, problems)
        self.name = name
        self.problems = problems


def _frozen(mapping: Mapping[str, str] | None = None) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping or {}))


def _language_candidates(lang: str) -> Iterator[str]:
    """``"uz_Latn_UZ"`` -> ``"uz-Latn-UZ"``, ``"uz-Latn"``, ``"uz"``, then the fallback.

    A bare ``uz`` (or ``uz_UZ``) also tries ``uz-Latn``; ``uz-Cyrl`` never reaches the Latin
    text before its own. Central Asian languages try Russian before English.
    """
    parts = [part for part in lang.replace("_", "-").split("-") if part]
    if parts:
        parts[0] = parts[0].lower()
        # A script subtag is title case (Latn, Cyrl), a region upper case: normalise both so
        # "uz-cyrl" or "UZ_CYRL" still find "uz-Cyrl".
        parts[1:] = [p.title() if len(p) == 4 and p.isalpha() else p.upper() for p in parts[1:]]
    for end in range(len(parts), 0, -1):
        yield "-".join(parts[:end])
    base = parts[0] if parts else ""
    has_script = len(parts) > 1 and len(parts[1]) == 4
    if base in _BASE_LANGUAGE_DEFAULTS and not has_script:
        yield _BASE_LANGUAGE_DEFAULTS[base]
    if base in _READS_RUSSIAN:
        yield _REGIONAL_FALLBACK
    yield FALLBACK_LANGUAGE


@dataclass(frozen=True, slots=True)
class Term:
    """One entry of a vocabulary.

    ``labels`` and ``description`` map a language tag to text; ``extra`` holds
    vocabulary-specific data (``alpha_3`` for countries, ``autonym`` for languages...).
    A ``deprecated`` term is kept so that stored records stay valid; do not offer it for new
    input.
    """

    code: str
    labels: Mapping[str, str]
    description: Mapping[str, str] = field(default_factory=_frozen)
    deprecated: bool = False
    extra: Mapping[str, str] = field(default_factory=_frozen)

    def __hash__(self) -> int:
        return hash(self.code)

    def label(self, lang: str = FALLBACK_LANGUAGE) -> str:
        """The label in ``lang``, else in its base language (``uz`` for ``uz-Latn``), else
        English."""
        return _pick(self.labels, lang)

    def describe(self, lang: str = FALLBACK_LANGUAGE) -> str:
        """The description in ``lang`` with the same fallback; ``""`` when there is none."""
        return _pick(self.description, lang) if self.description else ""


def _pick(texts: Mapping[str, str], lang: str) -> str:
    for candidate in _language_candidates(lang):
        text = texts.get(candidate)
        if text:
            return text
    return texts[FALLBACK_LANGUAGE]


@dataclass(frozen=True, slots=True, eq=False)
class Vocabulary:
    """A loaded vocabulary; terms keep the file's order, which is the display order.

    Compared and hashed by identity: :func:`load` returns one instance per name.
    """

    name: str
    title: Mapping[str, str]
    source: str
    code_pattern: str
    terms: tuple[Term, ...]
    _by_code: Mapping[str, Term] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", MappingProxyType({t.code: t for t in self.terms}))

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def codes(self, *, include_deprecated: bool = False) -> tuple[str, ...]:
        """Codes in display order; deprecated ones only when asked (for validating stored
        records, which may still use them)."""
        return tuple(t.code for t in self.terms if include_deprecated or not t.deprecated)

    def term(self, code: str) -> Term:
        try:
            return self._by_code[code]
        except KeyError:
            raise UnknownCode(self.name, code) from None

    def label(self, code: str, lang: str = FALLBACK_LANGUAGE) -> str:
        """Label of ``code`` in ``lang``, falling back to English; raises :class:`UnknownCode`."""
        return self.term(code).label(lang)

    def is_valid(self, code: str) -> bool:
        """True for any code of this vocabulary, deprecated ones included."""
        return code in self._by_code


def load(name: str) -> Vocabulary:
    """The vocabulary ``name``, read once per process and then cached.

    Raises :class:`UnknownVocabulary` for a name not in :data:`VOCABULARY_NAMES` and
    :class:`InvalidVocabulary` if the shipped file is broken.
    """
    if name not in VOCABULARY_NAMES:
        raise UnknownVocabulary(name)
    return _load_cached(name)


def label(vocabulary: str, code: str, lang: str = FALLBACK_LANGUAGE) -> str:
    """Shortcut for ``load(vocabulary).label(code, lang)``."""
    return load(vocabulary).label(code, lang)


def codes(vocabulary: str, *, include_deprecated: bool = False) -> tuple[str, ...]:
    """Shortcut for ``load(vocabulary).codes(...)``."""
    return load(vocabulary).codes(include_deprecated=include_deprecated)


@functools.cache
def _load_cached(name: str) -> Vocabulary:
    ref = resources.files("resources") / "vocab" / f"{name}.json"
    data: object = json.loads(ref.read_text(encoding="utf-8"))
    problems = validate_vocabulary_data(data, expected_name=name)
    if problems:
        raise InvalidVocabulary(name, tuple(problems))
    assert isinstance(data, dict)  # checked by validate_vocabulary_data
    return _build(data)


def _build(data: Mapping[str, object]) -> Vocabulary:
    terms: list[Term] = []
    raw_terms = data["terms"]
    assert isinstance(raw_terms, list)
    for raw in raw_terms:
        assert isinstance(raw, dict)
        terms.append(
            Term(
                code=raw["code"],
                labels=_frozen(raw["labels"]),
                description=_frozen(raw.get("description")),
                deprecated=bool(raw.get("deprecated", False)),
                extra=_frozen(raw.get("extra")),
            )
        )
    title = data["title"]
    assert isinstance(title, dict)
    return Vocabulary(
        name=str(data["name"]),
        title=_frozen(title),
        source=str(data["source"]),
        code_pattern=str(data["code_pattern"]),
        terms=tuple(terms),
    )


def _text_map_problems(where: str, value: object) -> list[str]:
    if not isinstance(value, dict) or not value:
        return [f"{where}: must be a non-empty object of language -> text"]
    problems: list[str] = []
    for lang, text in value.items():
        if not isinstance(lang, str) or not _LANGUAGE_KEY.fullmatch(lang):
            problems.append(f"{where}: {lang!r} is not a language tag")
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}.{lang}: must be non-empty text")
        elif len(text) > _MAX_TEXT or text != text.strip() or any(ch < " " for ch in text):
            problems.append(f"{where}.{lang}: text too long, padded, or with control characters")
    problems.extend(
        f"{where}: missing {lang!r}" for lang in REQUIRED_LANGUAGES if lang not in value
    )
    return problems


def validate_vocabulary_data(data: object, expected_name: str | None = None) -> list[str]:
    """Every problem found in one parsed vocabulary file; an empty list means valid.

    Checks: the ``format`` marker, known keys only, the name, a code pattern (the default one
    unless the vocabulary is a standard's), unique codes matching it, labels in every
    :data:`REQUIRED_LANGUAGES` (descriptions too, where given), ``extra`` values as strings.
    """
    if not isinstance(data, dict):
        return ["top level: must be an object"]
    problems = [f"top level: unknown key {k!r}" for k in data if k not in _TOP_KEYS]
    if data.get("format") != FORMAT:
        problems.append(f"format: must be {FORMAT!r}")
    name = data.get("name")
    if name not in VOCABULARY_NAMES:
        problems.append(f"name: {name!r} is not a known vocabulary")
    elif expected_name is not None and name != expected_name:
        problems.append(f"name: {name!r} found in the file for {expected_name!r}")
    problems += _text_map_problems("title", data.get("title"))
    if not isinstance(data.get("source"), str) or not data["source"].strip():
        problems.append("source: must be non-empty text")

    pattern = data.get("code_pattern")
    allowed = DEFAULT_CODE_PATTERN
    if isinstance(name, str):
        allowed = STANDARD_CODE_PATTERNS.get(name, DEFAULT_CODE_PATTERN)
    if pattern != allowed:
        problems.append(f"code_pattern: must be {allowed!r} for this vocabulary")
    code_re = re.compile(allowed)

    terms = data.get("terms")
    if not isinstance(terms, list) or not terms:
        return [*problems, "terms: must be a non-empty list"]
    seen: set[str] = set()
    for index, term in enumerate(terms):
        where = f"terms[{index}]"
        if not isinstance(term, dict):
            problems.append(f"{where}: must be an object")
            continue
        problems += [f"{where}: unknown key {k!r}" for k in term if k not in _TERM_KEYS]
        code = term.get("code")
        if not isinstance(code, str) or not code_re.fullmatch(code):
            problems.append(f"{where}.code: {code!r} does not match {allowed}")
        elif code in seen:
            problems.append(f"{where}.code: duplicate code {code!r}")
        else:
            seen.add(code)
        where = f"terms[{index}] ({code})"
        problems += _text_map_problems(f"{where}.labels", term.get("labels"))
        if "description" in term:
            problems += _text_map_problems(f"{where}.description", term["description"])
        if "deprecated" in term and not isinstance(term["deprecated"], bool):
            problems.append(f"{where}.deprecated: must be true or false")
        extra = term.get("extra", {})
        if not isinstance(extra, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in extra.items()
        ):
            problems.append(f"{where}.extra: must be an object of strings")
    if all(isinstance(t, dict) and t.get("deprecated") for t in terms):
        problems.append("terms: every term is deprecated")
    return problems


# -- finding a term by what a person types -----------------------------------------------

EXACT, STARTS, WORD_STARTS, CONTAINS = range(4)
"""How well a typed text matches a name, best first: the whole name, the start of the name,
the start of one of its words, any part of it."""

_WORD_SPLIT: Final = re.compile(r"[^\w]+")


def _light(text: str) -> str:
    """Case folded, without diacritics or apostrophes: "Côte d’Ivoire" -> "cote divoire"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) and c not in _QUOTES)
    return " ".join(kept.split())


_QUOTES: Final = frozenset("'ʻʼ‘’`´ʹ′ʽ‛\"")


@dataclass(frozen=True, slots=True)
class _Name:
    light: str
    folded: str  # storage.textnorm.fold: one skeleton for Cyrillic and Latin spellings
    words: tuple[str, ...]  # the light and folded forms of each word after the first

    @classmethod
    def of(cls, text: str) -> _Name:
        light, folded = _light(text), fold(text)
        parts = [w for w in _WORD_SPLIT.split(light)[1:] if w]
        words = {*parts, *(fold(w) for w in parts)}
        return cls(light, folded, tuple(sorted(words)))

    def rank(self, light: str, folded: str) -> int | None:
        if light == self.light or (folded and folded == self.folded):
            return EXACT
        if self.light.startswith(light) or (folded and self.folded.startswith(folded)):
            return STARTS
        if any(w.startswith(light) or (folded and w.startswith(folded)) for w in self.words):
            return WORD_STARTS
        if len(light) >= 2 and (light in self.light or (folded and folded in self.folded)):
            return CONTAINS
        return None


def other_names(vocabulary: str, code: str) -> tuple[str, ...]:
    """Names of a term besides its labels (for countries: "Turkey" for TR, from
    resources/vocab/country_names.tsv); may be empty."""
    return placenames.other_names(code) if vocabulary == "countries" else ()


@functools.cache
def _search_index(vocabulary: str) -> tuple[tuple[Term, tuple[_Name, ...], frozenset[str]], ...]:
    index = []
    for term in load(vocabulary):
        iso_name = [term.extra["iso_name"]] if "iso_name" in term.extra else []
        names = dict.fromkeys(
            [*term.labels.values(), *iso_name, *other_names(vocabulary, term.code)])
        codes = frozenset({term.code} if vocabulary == "countries" else ())
        index.append((term, tuple(_Name.of(n) for n in names), codes))
    return tuple(index)


def search(vocabulary: str, text: str, lang: str = FALLBACK_LANGUAGE, *,
           include_deprecated: bool = False) -> list[tuple[str, int]]:
    """The terms whose label in any language, or other name, matches `text`, as (code, how
    well: EXACT...CONTAINS), best first; the label in `lang` breaks ties. Case, diacritics,
    apostrophes and the script (Cyrillic or Latin) do not matter: "Turkey", "Turk",
    "Турция", "turkiye" and "Turkiya" all find Türkiye. A country's ISO code finds it only
    typed in full and in capitals ("TR": "tr" is a word). Empty text finds nothing."""
    typed = text.strip()
    light, folded = _light(typed), fold(typed)
    if not light:
        return []
    found: list[tuple[int, int, str, str]] = []
    for term, names, codes in _search_index(vocabulary):
        if term.deprecated and not include_deprecated:
            continue
        own = _light(term.label(lang))
        best: tuple[int, int] | None = (EXACT, len(own)) if typed in codes else None
        for name in names:
            rank = name.rank(light, folded)
            if rank is not None and (best is None or (rank, len(name.light)) < best):
                best = (rank, len(name.light))
        if best is not None:
            found.append((best[0], best[1], own, term.code))
    found.sort()
    return [(code, rank) for rank, _length, _label, code in found]


def resolve(vocabulary: str, text: str, lang: str = FALLBACK_LANGUAGE) -> str | None:
    """The code `text` names exactly (a label in any language, another name, a country
    code), if it names one term only; else None."""
    exact = [code for code, rank in search(vocabulary, text, lang) if rank == EXACT]
    return exact[0] if len(exact) == 1 else None
