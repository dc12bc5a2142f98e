"""The controlled vocabularies in resources/vocab and their loader, app.vocabularies."""

from __future__ import annotations

import copy
import json
import re
from importlib import resources
from typing import Any

import pytest

from app import vocabularies as v

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def raw(name: str) -> dict[str, Any]:
    ref = resources.files("resources") / "vocab" / f"{name}.json"
    data: dict[str, Any] = json.loads(ref.read_text(encoding="utf-8"))
    return data


# --- every shipped vocabulary ------------------------------------------------------------


def test_every_file_is_a_known_vocabulary_and_every_vocabulary_has_a_file() -> None:
    folder = resources.files("resources") / "vocab"
    on_disk = {p.name[: -len(".json")] for p in folder.iterdir() if p.name.endswith(".json")}
    assert on_disk == set(v.VOCABULARY_NAMES)


@pytest.mark.parametrize("name", v.VOCABULARY_NAMES)
def test_file_passes_the_validator(name: str) -> None:
    assert v.validate_vocabulary_data(raw(name), expected_name=name) == []


@pytest.mark.parametrize("name", v.VOCABULARY_NAMES)
def test_codes_are_unique_and_well_formed(name: str) -> None:
    vocab = v.load(name)
    all_codes = vocab.codes(include_deprecated=True)
    assert len(all_codes) == len(set(all_codes))
    assert all_codes, "a vocabulary must have terms"
    pattern = v.STANDARD_CODE_PATTERNS.get(name, r"^[a-z][a-z0-9_]*$")
    assert vocab.code_pattern == pattern
    bad = [c for c in all_codes if not re.fullmatch(pattern, c)]
    assert bad == []


def test_only_standard_code_lists_escape_snake_case() -> None:
    # Countries (ISO 3166-1) and languages (BCP 47) keep their standards' spelling; every
    # other vocabulary uses lowercase snake_case codes.
    assert set(v.STANDARD_CODE_PATTERNS) == {"countries", "languages"}
    for name in v.VOCABULARY_NAMES:
        if name not in v.STANDARD_CODE_PATTERNS:
            assert all(re.fullmatch(r"^[a-z][a-z0-9_]*$", c) for c in v.codes(name)), name


@pytest.mark.parametrize("name", v.VOCABULARY_NAMES)
def test_every_term_has_english_and_russian_labels(name: str) -> None:
    for term in v.load(name):
        for lang in ("en", "ru"):
            assert term.labels.get(lang, "").strip(), (name, term.code, lang)
        assert CYRILLIC.search(term.labels["ru"]), (name, term.code, "Russian label untranslated")
        assert not CYRILLIC.search(term.labels["en"]), (name, term.code, "English label")
        if term.description:
            assert term.description["en"].strip()
            assert CYRILLIC.search(term.description["ru"]), (name, term.code)


@pytest.mark.parametrize("name", v.VOCABULARY_NAMES)
def test_titles_are_bilingual(name: str) -> None:
    vocab = v.load(name)
    assert vocab.title["en"]
    assert CYRILLIC.search(vocab.title["ru"])
    assert vocab.source


# --- required content --------------------------------------------------------------------

REQUIRED_ACTS = {
    "arbitrary_detention",
    "torture_ill_treatment",
    "enforced_disappearance",
    "death_in_custody",
    "unfair_trial",
    "forced_confession",
    "extradition_request",
    "abduction_rendition",
    "forced_return_deportation",
    "interpol_abuse",
    "passport_document_denial",
    "travel_ban",
    "physical_surveillance",
    "digital_surveillance_spyware",
    "account_compromise",
    "threats_in_person",
    "threats_online",
    "pressure_on_relatives",
    "detention_of_relatives",
    "smear_campaign",
    "physical_attack_abroad",
    "killing_abroad",
    "persecution_religion",
    "persecution_sexuality",
    "persecution_political",
    "asset_freeze_confiscation",
    "harassment_by_proxies",
    "denial_consular_services",
    "coerced_informant_recruitment",
    "other",
}

REQUIRED_PERPETRATOR_TYPES = {
    "origin_security_service",
    "origin_police",
    "origin_prosecutors",
    "origin_courts",
    "origin_consulate_embassy",
    "host_authorities",
    "proxy_diaspora_organisation",
    "proxy_criminal_group",
    "proxy_hired_individual",
    "unknown",
    "other",
}


def test_acts_cover_transnational_repression() -> None:
    assert set(v.codes("acts")) >= REQUIRED_ACTS
    assert v.codes("acts")[-1] == "other"


def test_perpetrator_types_cover_states_hosts_and_proxies() -> None:
    assert set(v.codes("perpetrator_types")) >= REQUIRED_PERPETRATOR_TYPES


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("roles", ["victim", "witness", "source", "relative", "perpetrator", "other"]),
        ("sex", ["female", "male", "other", "unknown", "not_stated"]),
        ("case_status", ["draft", "ready", "exported", "delivered"]),
        ("date_precision", ["day", "month", "year", "approximate", "unknown"]),
        ("consent_uses", ["documentation", "advocacy", "publication", "legal"]),
        ("anonymity", ["full_name", "pseudonym_only", "fully_anonymous"]),
    ],
)
def test_closed_vocabularies_are_exactly_as_designed(name: str, expected: list[str]) -> None:
    assert list(v.codes(name)) == expected


def test_relations_include_family_and_social_ties() -> None:
    relations = set(v.codes("relations"))
    assert {
        "spouse",
        "parent",
        "child",
        "sibling",
        "other_relative",
        "colleague",
        "friend",
        "other",
        "unknown",
    } <= relations


def test_languages_include_the_region_and_the_host_countries() -> None:
    languages = v.load("languages")
    required = {"en", "ru", "uz-Latn", "uz-Cyrl", "tg", "kk", "ky", "tk", "az", "tr", "de", "pl"}
    assert required <= set(languages.codes())
    assert languages.label("uz-Cyrl", "ru") == "Узбекский (кириллица)"
    assert languages.term("tg").extra["autonym"] == "Тоҷикӣ"
    assert all(term.extra.get("autonym") for term in languages)


def test_countries_are_all_of_iso_3166_1() -> None:
    countries = v.load("countries")
    assert len(countries) >= 240
    assert {"UZ", "TJ", "KZ", "KG", "TM", "RU", "TR", "DE", "PL", "AZ", "UA", "BY"} <= set(
        countries.codes()
    )
    assert countries.label("TR", "ru") == "Турция"
    assert countries.label("RU", "en") == "Russia"
    assert countries.label("KG", "ru") == "Кыргызстан"
    uz = countries.term("UZ")
    assert (uz.extra["alpha_3"], uz.extra["numeric"]) == ("UZB", "860")
    assert len({t.extra["alpha_3"] for t in countries}) == len(countries)


# --- loader behaviour --------------------------------------------------------------------


def test_load_is_cached() -> None:
    assert v.load("acts") is v.load("acts")


def test_label_in_the_requested_language() -> None:
    acts = v.load("acts")
    assert acts.label("abduction_rendition", "ru") == "Похищение или внесудебная выдача"
    assert acts.label("abduction_rendition", "en") == "Abduction or rendition"
    assert v.label("acts", "travel_ban", "ru") == "Запрет на выезд"


@pytest.mark.parametrize("lang", ["de", "xx", "", "fr_FR"])
def test_label_falls_back_to_english(lang: str) -> None:
    assert v.label("acts", "travel_ban", lang) == "Travel ban"


@pytest.mark.parametrize("lang", ["ru_RU", "ru-RU", "ru-Cyrl-RU"])
def test_label_accepts_regional_locale_names(lang: str) -> None:
    assert v.label("roles", "witness", lang) == "Свидетель"


def test_description_with_fallback() -> None:
    term = v.load("acts").term("interpol_abuse")
    assert "Interpol" in term.describe()
    assert "Интерпол" in term.describe("ru")
    assert term.describe("pl") == term.describe("en")
    assert v.load("relations").term("spouse").describe("ru") == ""


def test_unknown_code_is_a_typed_error_carrying_data() -> None:
    with pytest.raises(v.UnknownCode) as caught:
        v.label("acts", "genocide_abroad")
    assert (caught.value.vocabulary, caught.value.code) == ("acts", "genocide_abroad")
    assert "genocide_abroad" not in v.load("acts")
    assert not v.load("acts").is_valid("genocide_abroad")


@pytest.mark.parametrize("name", ["nope", "../schema/case-v1.schema", "acts.json", ""])
def test_unknown_vocabulary_is_refused_before_touching_files(name: str) -> None:
    with pytest.raises(v.UnknownVocabulary) as caught:
        v.load(name)
    assert caught.value.name == name


def test_terms_and_vocabularies_are_read_only() -> None:
    acts = v.load("acts")
    term = acts.term("other")
    with pytest.raises(AttributeError):
        term.code = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        term.labels["en"] = "x"  # type: ignore[index]
    assert isinstance(acts.terms, tuple)
    assert {term, acts.term("other")} == {term}


def test_deprecated_terms_stay_valid_but_are_not_offered() -> None:
    old = v.Term(code="old", labels={"en": "Old", "ru": "Старое"}, deprecated=True)
    new = v.Term(code="new", labels={"en": "New", "ru": "Новое"})
    vocab = v.Vocabulary(
        name="acts",
        title={"en": "Acts", "ru": "Нарушения"},
        source="test",
        code_pattern=v.DEFAULT_CODE_PATTERN,
        terms=(old, new),
    )
    assert vocab.codes() == ("new",)
    assert vocab.codes(include_deprecated=True) == ("old", "new")
    assert vocab.is_valid("old")
    assert vocab.label("old", "ru") == "Старое"


# --- the validator finds what it should ----------------------------------------------------


def _broken(name: str = "sex") -> dict[str, Any]:
    return copy.deepcopy(raw(name))


def test_validator_reports_duplicate_codes() -> None:
    data = _broken()
    data["terms"].append(copy.deepcopy(data["terms"][0]))
    assert any("duplicate code 'female'" in p for p in v.validate_vocabulary_data(data))


@pytest.mark.parametrize("code", ["Female", "1st", "non-binary", "", "é", "a b", 7])
def test_validator_reports_malformed_codes(code: object) -> None:
    data = _broken()
    data["terms"][0]["code"] = code
    assert any(".code:" in p for p in v.validate_vocabulary_data(data))


def test_validator_reports_a_missing_russian_label() -> None:
    data = _broken()
    del data["terms"][1]["labels"]["ru"]
    assert any("missing 'ru'" in p for p in v.validate_vocabulary_data(data))


@pytest.mark.parametrize("text", ["", "   ", " padded", "two\nlines", 3])
def test_validator_reports_bad_label_text(text: object) -> None:
    data = _broken()
    data["terms"][0]["labels"]["en"] = text
    assert v.validate_vocabulary_data(data) != []


def test_validator_reports_a_description_without_russian() -> None:
    data = _broken()
    data["terms"][3]["description"] = {"en": "Only English"}
    assert any("description: missing 'ru'" in p for p in v.validate_vocabulary_data(data))


def test_validator_refuses_a_loose_code_pattern_outside_standard_lists() -> None:
    data = _broken("acts")
    data["code_pattern"] = "^.*$"
    assert any(p.startswith("code_pattern") for p in v.validate_vocabulary_data(data))


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("format", "guvoh-vocabulary/2", "format"),
        ("name", "acts", "found in the file for 'sex'"),
        ("name", "colours", "not a known vocabulary"),
        ("terms", [], "terms"),
        ("surprise", 1, "unknown key 'surprise'"),
    ],
)
def test_validator_checks_the_envelope(key: str, value: object, fragment: str) -> None:
    data = _broken()
    data[key] = value
    problems = v.validate_vocabulary_data(data, expected_name="sex")
    assert any(fragment in p for p in problems), problems


def test_validator_checks_term_fields() -> None:
    data = _broken()
    data["terms"][0]["deprecated"] = "yes"
    data["terms"][1]["extra"] = {"n": 1}
    data["terms"][2]["colour"] = "red"
    problems = v.validate_vocabulary_data(data)
    assert any("deprecated" in p for p in problems)
    assert any("extra" in p for p in problems)
    assert any("unknown key 'colour'" in p for p in problems)


def test_validator_refuses_a_vocabulary_with_only_deprecated_terms() -> None:
    data = _broken()
    for term in data["terms"]:
        term["deprecated"] = True
    assert "terms: every term is deprecated" in v.validate_vocabulary_data(data)


def test_validator_refuses_non_objects() -> None:
    assert v.validate_vocabulary_data([]) == ["top level: must be an object"]


# --- every interface language --------------------------------------------------------------

LATIN = re.compile(r"[A-Za-z]")
# Letters of the Cyrillic block (Russian, Uzbek ў қ ғ ҳ, Tajik ӣ ӯ ҷ, Kazakh ә ң ө ұ ү һ і).
ANY_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
CYRILLIC_SCRIPT = ("ru", "uz-Cyrl", "tg", "kk", "ky")
LATIN_SCRIPT = ("en", "uz-Latn", "tk")


def test_languages_constant_lists_the_interface_languages() -> None:
    assert v.LANGUAGES == ("en", "ru", "uz-Latn", "uz-Cyrl", "tg", "kk", "ky", "tk")
    assert set(v.REQUIRED_LANGUAGES) == set(v.LANGUAGES)


@pytest.mark.parametrize("name", v.VOCABULARY_NAMES)
@pytest.mark.parametrize("lang", v.LANGUAGES)
def test_every_label_and_description_exists_in_every_language(name: str, lang: str) -> None:
    # A native speaker correcting a translation edits the JSON; this names what is missing.
    vocab = v.load(name)
    assert vocab.title.get(lang, "").strip(), (name, "title", lang)
    missing = [t.code for t in vocab if not t.labels.get(lang, "").strip()]
    missing += [
        f"{t.code} (description)"
        for t in vocab
        if t.description.get("en") and not t.description.get(lang, "").strip()
    ]
    assert missing == [], (name, lang)


@pytest.mark.parametrize("name", v.VOCABULARY_NAMES)
def test_labels_are_in_their_languages_script(name: str) -> None:
    # Catches a Latin text pasted under uz-Cyrl, or the other way round.
    wrong = []
    for term in v.load(name):
        for lang in CYRILLIC_SCRIPT:
            if LATIN.search(term.labels[lang]) or not ANY_CYRILLIC.search(term.labels[lang]):
                wrong.append((term.code, lang, term.labels[lang]))
        for lang in LATIN_SCRIPT:
            if ANY_CYRILLIC.search(term.labels[lang]):
                wrong.append((term.code, lang, term.labels[lang]))
    assert wrong == []


@pytest.mark.parametrize("name", v.VOCABULARY_NAMES)
def test_descriptions_in_latin_script_languages_have_no_cyrillic(name: str) -> None:
    # Cyrillic-script descriptions may quote a Latin product name (Pegasus, SIM).
    for term in v.load(name):
        for lang in LATIN_SCRIPT:
            if term.description:
                assert not ANY_CYRILLIC.search(term.description[lang]), (term.code, lang)


def test_uzbek_latin_writes_o_and_g_with_the_turned_comma() -> None:
    # oʻ and gʻ use U+02BB in every Uzbek Latin label (CLDR mixes in U+2018).
    for name in v.VOCABULARY_NAMES:
        for term in v.load(name):
            assert not re.search(r"[OoGg][‘'’`]", term.labels["uz-Latn"]), (name, term.code)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("uz-Latn", "Chiqish taqiqi"),
        ("uz-Cyrl", "Чиқиш тақиқи"),
        ("uz_Cyrl_UZ", "Чиқиш тақиқи"),
        ("uz", "Chiqish taqiqi"),
        ("uz_UZ", "Chiqish taqiqi"),
        ("tg", "Манъи хуруҷ"),
        ("kk_KZ", "Елден шығуға тыйым"),
        ("ky", "Чет өлкөгө чыгууга тыюу"),
        ("tk", "Ýurtdan çykmagy gadagan etmek"),
    ],
)
def test_label_in_each_interface_language(lang: str, expected: str) -> None:
    assert v.label("acts", "travel_ban", lang) == expected


def test_country_and_language_names_come_from_cldr() -> None:
    assert v.label("countries", "UZ", "uz-Latn") == "Oʻzbekiston"
    assert v.label("countries", "UZ", "uz-Cyrl") == "Ўзбекистон"
    assert v.label("countries", "TJ", "tg") == "Тоҷикистон"
    assert v.label("countries", "KZ", "kk") == "Қазақстан"
    assert v.label("countries", "KG", "ky") == "Кыргызстан"
    assert v.label("countries", "TM", "tk") == "Türkmenistan"
    assert v.label("languages", "kk", "kk") == "Қазақ тілі"
    assert "CLDR" in v.load("countries").source


def test_uzbek_cyrillic_never_falls_back_to_latin() -> None:
    texts = {"en": "Travel ban", "ru": "Запрет на выезд", "uz-Latn": "Chiqish taqiqi"}
    term = v.Term(code="travel_ban", labels=texts)
    assert term.label("uz-Cyrl") == "Запрет на выезд"  # Russian before Latin Uzbek
    assert term.label("uz") == "Chiqish taqiqi"
    assert term.label("kk") == "Запрет на выезд"
    assert term.label("de") == "Travel ban"


def test_validator_reports_a_missing_interface_language() -> None:
    data = _broken()
    del data["terms"][0]["labels"]["tk"]
    del data["terms"][3]["description"]["uz-Cyrl"]
    problems = v.validate_vocabulary_data(data)
    assert any("labels: missing 'tk'" in p for p in problems), problems
    assert any("description: missing 'uz-Cyrl'" in p for p in problems), problems
