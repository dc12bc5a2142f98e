"""The overview's counts checked against cases imported from real bundles, by hand: by act,
origin country, host country, month (and year-only dates), over the whole archive and
over a search (query, facet filters, signer and bundle filters); labels in two languages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.services import bundle_import
from app.services.cases import add_case
from app.services.overview import overview_charts
from storage.overview import Overview, overview
from storage.search import SearchFilters
from tests.casedata import minimal, sample
from tests.desk import Desk, make_desk


def nationals() -> dict[str, Any]:
    """Host TR; a victim with two nationalities (UZ, RU) and a relative (KZ, not counted);
    two events in the same month, one without a date."""
    return {
        "schema_version": 1,
        "title": "Threats in Istanbul, relatives pressed in Andijan",
        "host_country": "TR",
        "consent": {"given": True, "uses": ["documentation", "publication"]},
        "persons": [
            {"id": "p1", "role": "victim", "pseudonym": "Nodir", "nationality": ["UZ", "RU"]},
            {"id": "p2", "role": "relative", "nationality": ["KZ"]},
        ],
        "events": [
            {"id": "e1", "date": {"value": "2023-06-20", "precision": "day"},
             "place": {"country": "TR"}, "acts": ["threats_online"], "victims": ["p1"]},
            {"id": "e2", "date": {"value": "2023-06", "precision": "month"},
             "place": {"country": "UZ"}, "acts": ["pressure_on_relatives"]},
            {"id": "e3", "date": {"precision": "unknown"}, "acts": ["pressure_on_relatives"]},
        ],
    }


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Desk, dict[str, str]]]:
    desk = make_desk(tmp_path)
    try:
        a = desk.researcher("A")
        b = desk.researcher("B")
        path_a, _ = desk.export(a, [sample("uz"), sample("tj")])
        path_b, _ = desk.export(b, [sample("kz"), sample("ru"), nationals()])
        bundles = {}
        for name, path in (("A", path_a), ("B", path_b)):
            outcome = bundle_import.import_bundle(desk.coordinator, path)
            assert outcome.outcome == "imported", outcome.error
            assert outcome.bundle_id is not None
            bundles[name] = outcome.bundle_id
        bundles["fp_A"] = a.fingerprint
        yield desk, bundles
    finally:
        desk.close()


def as_dicts(o: Overview) -> dict[str, Any]:
    return {
        "total": o.total_cases,
        "acts": o.acts.as_dict(),
        "origin": o.origin_countries.as_dict(),
        "host": o.host_countries.as_dict(),
        "months": o.months.as_dict(),
        "years": o.years.as_dict(),
    }


def test_whole_archive(world: tuple[Desk, dict[str, str]]) -> None:
    desk, _ = world
    o = overview(desk.coordinator.conn)
    # uz: host TR, events UZ 2023-06 (pressure_on_relatives), TR 2024-01-15 (passport);
    #     no victim nationality -> origin = event country outside TR = UZ
    # tj: host PL, TJ 2022 (year) enforced_disappearance -> origin TJ
    # kz: host DE, DE 2023-10-03 account_compromise -> no origin (event in host country)
    # ru: host RU, RU 2021 (approximate, year only) extradition + detention -> no origin
    # nationals: host TR, victim UZ+RU -> origin UZ, RU; 2023-06 twice; threats, pressure
    assert as_dicts(o) == {
        "total": 5,
        "acts": {"pressure_on_relatives": 2, "passport_document_denial": 1,
                 "enforced_disappearance": 1, "account_compromise": 1,
                 "extradition_request": 1, "arbitrary_detention": 1, "threats_online": 1},
        "origin": {"UZ": 2, "TJ": 1, "RU": 1},
        "host": {"TR": 2, "PL": 1, "DE": 1, "RU": 1},
        "months": {"2023-06": 2, "2023-10": 1, "2024-01": 1},
        "years": {"2021": 1, "2022": 1},
    }
    assert (o.acts.cases_counted, o.acts.unknown) == (5, 0)
    assert (o.origin_countries.cases_counted, o.origin_countries.unknown) == (3, 2)
    assert (o.months.cases_counted, o.months.unknown) == (3, 2)
    assert (o.years.cases_counted, o.years.unknown) == (2, 3)
    # Sorted by count (ties by code); time dimensions by time.
    assert [b.code for b in o.acts.buckets][:2] == ["pressure_on_relatives",
                                                    "account_compromise"]
    assert [b.code for b in o.origin_countries.buckets] == ["UZ", "RU", "TJ"]
    assert [b.code for b in o.host_countries.buckets] == ["TR", "DE", "PL", "RU"]
    assert [b.code for b in o.months.buckets] == ["2023-06", "2023-10", "2024-01"]


def test_over_a_search(world: tuple[Desk, dict[str, str]]) -> None:
    desk, ids = world
    conn = desk.coordinator.conn
    by_host = overview(conn, "", SearchFilters(countries=["TR"]))  # uz (host) + nationals
    assert by_host.total_cases == 2
    assert by_host.origin_countries.as_dict() == {"UZ": 2, "RU": 1}
    assert by_host.months.as_dict() == {"2023-06": 2, "2024-01": 1}

    from_a = overview(conn, "", SearchFilters(signers=[ids["fp_A"]]))
    assert from_a.total_cases == 2
    assert from_a.host_countries.as_dict() == {"TR": 1, "PL": 1}
    assert overview(conn, "", SearchFilters(bundles=[ids["B"]])).host_countries.as_dict() == {
        "DE": 1, "RU": 1, "TR": 1}

    moscow = overview(conn, "Москве")  # full text: the ru sample
    assert moscow.total_cases == 1
    assert moscow.acts.as_dict() == {"extradition_request": 1, "arbitrary_detention": 1}
    assert moscow.years.as_dict() == {"2021": 1}

    nothing = overview(conn, "no-such-word-anywhere")
    assert nothing.total_cases == 0
    assert nothing.acts.buckets == ()


def test_empty_vault_and_case_without_events(world: tuple[Desk, dict[str, str]]) -> None:
    desk, _ = world
    r = desk.researchers[0]
    assert overview(r.vault.conn).total_cases == 2  # the researcher's own two cases
    add_case(r.vault, minimal("No events yet"))
    o = overview(r.vault.conn)
    assert o.total_cases == 3
    assert o.acts.unknown == 1
    assert o.host_countries.unknown == 1


def test_labels(world: tuple[Desk, dict[str, str]]) -> None:
    desk, _ = world
    en = overview_charts(desk.coordinator, lang="en")
    ru = overview_charts(desk.coordinator, lang="ru")
    assert en.total_cases == ru.total_cases == 5
    host_en = {b.code: b.label for b in en.host_countries.buckets}
    host_ru = {b.code: b.label for b in ru.host_countries.buckets}
    assert host_en["DE"] == "Germany"
    assert host_ru["DE"] == "Германия"
    acts_ru = {b.code: b.label for b in ru.acts.buckets}
    assert acts_ru["pressure_on_relatives"] != "pressure_on_relatives"
    assert [b.count for b in en.acts.buckets] == [b.count for b in ru.acts.buckets]
    assert next((b.code, b.label) for b in en.months.buckets) == ("2023-06", "2023-06")
