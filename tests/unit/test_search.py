"""Search in Uzbek, Tajik, Kazakh and Russian, Latin and Cyrillic; filters; ranking."""

from __future__ import annotations

import pytest

from app.services import cases as svc
from storage.search import SearchFilters
from storage.textnorm import fold
from storage.vault import Vault
from tests.casedata import minimal, sample


@pytest.fixture
def filled(vault: Vault) -> dict[str, str]:
    return {name: svc.add_case(vault, sample(name)).id for name in ("uz", "tj", "kz", "ru")}


def found(vault: Vault, query: str, filters: SearchFilters | None = None) -> set[str]:
    return {hit.case.id for hit in svc.find(vault, query, filters)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Toshkentda", {"uz"}),  # Uzbek Latin, narrative
        ("TOSHKENTDA", {"uz"}),  # case-insensitive
        ("Qoʻqon", {"uz"}),  # modifier-letter apostrophe
        ("Qo'qon", {"uz"}),  # ASCII apostrophe
        ("Qo‘qon", {"uz"}),  # typographic apostrophe
        ("qoqon", {"uz"}),  # none at all
        ("Gʻiyosov", {"uz"}),  # a name
        ("Botir", {"uz"}),  # a pseudonym
        ("Душанбе", {"tj"}),  # Tajik Cyrillic, a place
        ("ҷамшед", {"tj"}),  # Tajik letters, lower case
        ("Хуҷанд", {"tj"}),
        ("Алматыда", {"kz"}),  # Kazakh
        ("поштам", {"kz"}),
        ("экстрадиции", {"ru"}),  # Russian
        ("МОСКВЕ", {"ru"}),
        ("Istanbul", {"uz"}),  # event place
        ("Türkiye", {"uz"}),  # host country label, with diacritics
        ("Turkiye", {"uz"}),  # diacritics folded
        ("Польша", {"tj"}),  # host country, Russian label
        ("Germany", {"kz"}),
        ("Toshk*", {"uz"}),  # prefix
        ("akam Toshkentda", {"uz"}),  # all words must match
        ("akam Душанбе", set()),
    ],
)
def test_words_in_any_script(vault: Vault, filled: dict[str, str], query: str,
                             expected: set[str]) -> None:
    assert found(vault, query) == {filled[name] for name in expected}


@pytest.mark.parametrize(
    "hostile", ['"', 'NEAR(a b)', "a OR", "(", "*", "title:x", "-foo", "a AND AND b", "^x", "'"]
)
def test_fts_syntax_in_queries_is_harmless(vault: Vault, filled: dict[str, str],
                                           hostile: str) -> None:
    svc.find(vault, hostile)  # never raises


def test_filters(vault: Vault, filled: dict[str, str]) -> None:
    def ids(**kw: object) -> set[str]:
        return found(vault, "", SearchFilters(**kw))  # type: ignore[arg-type]

    assert ids(acts=["account_compromise"]) == {filled["kz"]}
    assert ids(acts=["extradition_request", "enforced_disappearance"]) == {
        filled["ru"], filled["tj"]}
    assert ids(countries=["TJ"]) == {filled["tj"]}
    assert ids(countries=["TR"]) == {filled["uz"]}  # host country and event place
    assert ids(perpetrators=["origin_consulate_embassy"]) == {filled["uz"]}
    assert ids(date_from="2023-06-15", date_to="2023-07-01") == {filled["uz"]}  # month span
    assert ids(date_from="2022-12-31", date_to="2022-12-31") == {filled["tj"]}  # year span
    assert ids(date_from="2024-01-01") == {filled["uz"]}
    assert ids(statuses=["ready"]) == set()
    assert found(vault, "Toshkentda", SearchFilters(countries=["TJ"])) == set()


def test_ranking_prefers_title(vault: Vault) -> None:
    in_narrative = svc.add_case(vault, minimal("Another story") | {
        "narrative": "Biz Andijon shahrida yashardik. " * 3})
    in_title = svc.add_case(vault, minimal("Andijon voqealari"))
    hits = svc.find(vault, "andijon")
    assert [h.case.id for h in hits] == [in_title.id, in_narrative.id]


def test_snippets_show_original_text(vault: Vault, filled: dict[str, str]) -> None:
    (hit,) = svc.find(vault, "qoqon")
    marked = hit.snippet.marked()
    assert "[Qo'qonda]" not in marked  # prefix search was not asked
    hit2 = svc.find(vault, "Qo'qonda")[0]
    assert "[Qo'qonda]" in hit2.snippet.marked()
    (hit3,) = svc.find(vault, "Хуҷанд")
    assert "[Хуҷанд]" in hit3.snippet.marked()


def test_index_follows_edits(vault: Vault, filled: dict[str, str]) -> None:
    record = sample("tj")
    record["narrative"] = "Ҳоло дар Вилнюс зиндагӣ мекунам."
    svc.edit_case(vault, filled["tj"], record)
    assert found(vault, "Хуҷанд") == set()
    assert found(vault, "Вилнюс") == {filled["tj"]}


def test_fold() -> None:
    assert fold("Qoʻqon") == fold("Qo'qon") == fold("QO‘QON") == fold("qoqon")
    assert fold("Türkiye") == fold("turkiye")
    assert fold("ТОШКЕНТ") == fold("тошкент")
    assert fold("ﬁle") == "file"  # compatibility ligature
