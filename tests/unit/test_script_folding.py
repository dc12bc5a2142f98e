"""Search across scripts through a real vault: a testimony written in one script is found
by a query in the other, for Uzbek, Tajik, Kazakh, Kyrgyz and Russian conventions, and
the snippet marks the word as the testimony wrote it. A vault indexed by the earlier
folding is re-indexed when it is unlocked."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services import cases as svc
from crypto.kdf import FLOOR
from storage import reindex
from storage.cases import index_texts
from storage.devicekeyring import DeviceKeyring
from storage.search import SearchFilters, search
from storage.textnorm import FOLD_VERSION
from storage.vault import Vault
from tests.casedata import minimal
from tests.conftest import PASSPHRASE

# name: narrative, then (query, the word of the narrative it must find and mark)
NARRATIVES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "uz-cyrl": (
        "Шавкат Ғиёсов Қўқон шаҳрида туғилган. Кейин Тошкент, Самарқанд ва Фарғона "
        "орқали Хоразм, Чуст ва Юнусобод туманида яшади.",
        [("Toshkent", "Тошкент"), ("G'iyosov", "Ғиёсов"), ("Gʻiyosov", "Ғиёсов"),
         ("Giyosov", "Ғиёсов"), ("Qo'qon", "Қўқон"), ("Qoʻqon", "Қўқон"),
         ("Qo‘qon", "Қўқон"), ("Qoqon", "Қўқон"), ("Samarqand", "Самарқанд"),
         ("Farg'ona", "Фарғона"), ("Xorazm", "Хоразм"), ("Khorazm", "Хоразм"),
         ("Shavkat", "Шавкат"), ("Chust", "Чуст"), ("Yunusobod", "Юнусобод")],
    ),
    "uz-latn": (
        "Shavkat Gʻiyosov Qo'qon shahrida tugʻilgan. Keyin Toshkent, Samarqand va "
        "Farg‘ona orqali Xorazm, Chust va Yunusobod tumanida yashadi.",
        [("Тошкент", "Toshkent"), ("Ғиёсов", "Gʻiyosov"), ("Кўқон", "Qo'qon"),
         ("Қўқон", "Qo'qon"), ("Самарқанд", "Samarqand"), ("Фарғона", "Farg‘ona"),
         ("Хоразм", "Xorazm"), ("Шавкат", "Shavkat"), ("Чуст", "Chust"),
         ("Юнусобод", "Yunusobod")],
    ),
    "tg-cyrl": (
        "Бародари ман Ҷамшед Раҳимов дар Хуҷанд ва Душанбе зиндагӣ мекард.",
        [("Khujand", "Хуҷанд"), ("Xujand", "Хуҷанд"), ("Jamshed", "Ҷамшед"),
         ("Dzhamshed", "Ҷамшед"), ("Djamshed", "Ҷамшед"), ("Dushanbe", "Душанбе"),
         ("Rahimov", "Раҳимов"), ("Rakhimov", "Раҳимов"), ("Худжанд", "Хуҷанд"),
         ("Джамшед", "Ҷамшед"), ("Рахимов", "Раҳимов")],
    ),
    "tg-latn": (
        "My brother Jamshed Rakhimov lived in Khujand and Dushanbe.",
        [("Ҷамшед", "Jamshed"), ("Раҳимов", "Rakhimov"), ("Хуҷанд", "Khujand"),
         ("Душанбе", "Dushanbe"), ("Ду\u0301шанбе", "Dushanbe")],  # with a stress mark
    ),
    "kk-cyrl": (
        "Нұрсұлтан Әбішев Алматы, Қарағанды және Шымкент қалаларында болды.",
        [("Almaty", "Алматы"), ("Qarağandy", "Қарағанды"), ("Qaraǵandy", "Қарағанды"),
         ("Nursultan", "Нұрсұлтан"), ("Nūrsūltan", "Нұрсұлтан"), ("Shymkent", "Шымкент"),
         ("Şymkent", "Шымкент"), ("Äbışev", "Әбішев"), ("Abishev", "Әбішев")],
    ),
    "kk-latn": (
        "Nūrsūltan Äbışev Almaty, Qarağandy jäne Şymkent qalalarynda boldy.",
        [("Алматы", "Almaty"), ("Қарағанды", "Qarağandy"), ("Нұрсұлтан", "Nūrsūltan"),
         ("Шымкент", "Şymkent"), ("Әбішев", "Äbışev"), ("Shymkent", "Şymkent")],
    ),
    "ky-cyrl": (
        "Өмүрбек Бишкек, Ош жана Жалал-Абад шаарларында иштеген.",
        [("Bishkek", "Бишкек"), ("Osh", "Ош"), ("Omurbek", "Өмүрбек"),
         ("Ömürbek", "Өмүрбек"), ("Jalal", "Жалал"), ("Zhalal", "Жалал"),
         ("Dzhalal", "Жалал")],
    ),
    "ky-latn": (
        "Ömürbek worked in Bishkek, Osh and Jalal-Abad.",
        [("Бишкек", "Bishkek"), ("Ош", "Osh"), ("Өмүрбек", "Ömürbek"),
         ("Жалал", "Jalal"), ("Джалал", "Jalal")],
    ),
    "ru-cyrl": (
        "Его перевезли в город Ташкент, затем через Самарканд в Хорезм.",
        [("Tashkent", "Ташкент"), ("Samarkand", "Самарканд"), ("Samarqand", "Самарканд"),
         ("Khorezm", "Хорезм"), ("Xorezm", "Хорезм")],
    ),
    "ru-latn": (
        "Yevgeniy Abdullayev was taken to Tashkent, then to Khorezm.",
        [("Евгений", "Yevgeniy"), ("Абдуллаев", "Abdullayev"), ("Ташкент", "Tashkent"),
         ("Хорезм", "Khorezm")],
    ),
}

CASES = [(name, query, word) for name, (_, pairs) in NARRATIVES.items()
         for query, word in pairs]


def _record(name: str) -> dict[str, object]:
    return minimal(f"Testimony {name}") | {"narrative": NARRATIVES[name][0]}


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """One vault for the read-only searches below (creating one per query is slow)."""
    path = tmp_path_factory.mktemp("scripts") / "vault"
    opened, _ = Vault.create(path, PASSPHRASE, FLOOR, DeviceKeyring.none())
    with opened:
        yield opened


@pytest.fixture(scope="module")
def stored(shared: Vault) -> dict[str, str]:
    return {name: svc.add_case(shared, _record(name)).id for name in NARRATIVES}


@pytest.mark.parametrize(("name", "query", "word"), CASES,
                         ids=[f"{n}:{q}" for n, q, _ in CASES])
def test_a_query_in_one_script_finds_the_other(
    shared: Vault, stored: dict[str, str], name: str, query: str, word: str
) -> None:
    hits = search(shared.conn, query)
    assert stored[name] in {hit.case.id for hit in hits}
    (hit,) = [hit for hit in hits if hit.case.id == stored[name]]
    assert f"[{word}]" in hit.snippet.marked()


def test_two_words_across_scripts(shared: Vault, stored: dict[str, str]) -> None:
    hits = search(shared.conn, "Jalal-Abad Ош")
    assert {hit.case.id for hit in hits} == {stored["ky-cyrl"], stored["ky-latn"]}
    (cyrillic,) = [h for h in hits if h.case.id == stored["ky-cyrl"]]
    assert "[Жалал]-[Абад]" in cyrillic.snippet.marked()
    assert "[Ош]" in cyrillic.snippet.marked()


def test_prefixes_across_scripts(shared: Vault, stored: dict[str, str]) -> None:
    ids = {hit.case.id for hit in search(shared.conn, "Хуҷ*")}
    assert ids == {stored["tg-cyrl"], stored["tg-latn"]}
    ids = {hit.case.id for hit in search(shared.conn, "Qarağ*")}
    assert ids == {stored["kk-cyrl"], stored["kk-latn"]}


def test_what_is_not_merged(shared: Vault, stored: dict[str, str]) -> None:
    # Uzbek Toshkent and Russian Ташкент differ in a vowel: each finds its own.
    assert {h.case.id for h in search(shared.conn, "Тошкент")} == {
        stored["uz-cyrl"], stored["uz-latn"]}
    assert {h.case.id for h in search(shared.conn, "Tashkent")} == {
        stored["ru-cyrl"], stored["ru-latn"]}
    assert search(shared.conn, "Ash") == []
    assert search(shared.conn, "Коканд") == []


# -- existing vaults: the index folded by version 1 ---------------------------------------


def fold_v1(text: str) -> str:
    """storage/textnorm.fold as it was before the cross-script folding (version 1)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(dict.fromkeys(map(ord, "'ʻʼ‘’`´ʹ′"), None))
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def _index_with_v1(vault: Vault) -> None:
    """Rewrite the vault's index as a release with fold version 1 wrote it."""
    conn = vault.conn
    rows = conn.execute(
        "SELECT c.num, r.record FROM cases c JOIN case_revisions r "
        "ON r.case_num = c.num AND r.revision = c.current_revision"
    ).fetchall()
    conn.execute("BEGIN IMMEDIATE")
    for num, record in rows:
        conn.execute("DELETE FROM case_fts WHERE rowid = ?", (num,))
        conn.execute(
            "INSERT INTO case_fts (rowid, title, people, places, narrative, other) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (num, *(fold_v1(t) for t in index_texts(json.loads(record)))),
        )
    conn.execute("DELETE FROM meta WHERE key = ?", (reindex.META_KEY,))
    conn.execute("COMMIT")


def test_a_new_vault_records_the_fold_version(vault: Vault) -> None:
    assert vault.meta(reindex.META_KEY) == str(FOLD_VERSION)
    assert reindex.reindex_if_needed(vault.conn) == 0


def test_an_old_index_is_rebuilt_on_unlock(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, PASSPHRASE, FLOOR, DeviceKeyring.none())
    with vault:
        latin = svc.add_case(vault, _record("uz-latn") | {"host_country": "TR"}).id
        cyrillic = svc.add_case(vault, _record("tg-cyrl")).id
        _index_with_v1(vault)
        assert reindex.indexed_fold_version(vault.conn) == 1
        # The old index holds "qoqon" and "хуҷанд": today's queries fold otherwise.
        assert search(vault.conn, "Кўқон") == []
        assert search(vault.conn, "Khujand") == []
    with Vault.unlock(path, PASSPHRASE, DeviceKeyring.none()) as reopened:
        assert reopened.meta(reindex.META_KEY) == str(FOLD_VERSION)
        assert [h.case.id for h in search(reopened.conn, "Кўқон")] == [latin]
        assert [h.case.id for h in search(reopened.conn, "Khujand")] == [cyrillic]
        assert [h.case.id for h in search(reopened.conn, "Qoʻqon")] == [latin]
        # the rest of the index (facets) is intact
        found = search(reopened.conn, "Toshkent", SearchFilters(countries=["TR"]))
        assert [h.case.id for h in found] == [latin]
        assert reindex.reindex_if_needed(reopened.conn) == 0


def test_an_unknown_marker_means_rebuild(vault: Vault) -> None:
    svc.add_case(vault, _record("kk-cyrl"))
    vault.conn.execute("UPDATE meta SET value = 'x' WHERE key = ?", (reindex.META_KEY,))
    assert reindex.indexed_fold_version(vault.conn) == 0
    assert reindex.reindex_if_needed(vault.conn) == 1
    assert reindex.indexed_fold_version(vault.conn) == FOLD_VERSION
