"""The overview's host country: the recorded one; else where the victims live; else where
the interview took place (issue 14, item 11). An origin country found from the events
leaves out every host country found so."""

from __future__ import annotations

from typing import Any

from app.services.cases import add_case
from storage.overview import host_countries, origin_countries, overview
from storage.vault import Vault


def _case(**extra: Any) -> dict[str, Any]:
    return {"schema_version": 1, "title": "A testimony", "consent": {"given": True}, **extra}


LIVES_IN_DE = _case(
    persons=[{"id": "p1", "role": "victim", "location": {"country": "DE", "city": "Berlin"}},
             {"id": "p2", "role": "relative", "location": {"country": "UZ"}}],
    interview={"place": {"country": "PL"}},
    events=[{"id": "e1", "place": {"country": "DE"}, "acts": ["threats_online"]},
            {"id": "e2", "place": {"country": "UZ"}, "acts": ["pressure_on_relatives"]}],
)
INTERVIEWED_IN_TR = _case(
    interview={"date": "2024-05-02", "place": {"country": "TR"}},
    events=[{"id": "e1", "place": {"country": "TJ"}, "acts": ["threats_in_person"]}],
)
RECORDED_PL = _case(host_country="PL", interview={"place": {"country": "DE"}})


def test_host_country_from_the_record_the_victims_or_the_interview() -> None:
    assert host_countries(RECORDED_PL) == {"PL"}
    assert host_countries(LIVES_IN_DE) == {"DE"}  # the victim's home, not the relative's
    assert host_countries(INTERVIEWED_IN_TR) == {"TR"}
    assert host_countries(_case()) == set()
    # Events in a host country found so are not the origin.
    assert origin_countries(LIVES_IN_DE) == {"UZ"}
    assert origin_countries(INTERVIEWED_IN_TR) == {"TJ"}


def test_overview_counts_host_countries_found_these_ways(vault: Vault) -> None:
    for record in (LIVES_IN_DE, INTERVIEWED_IN_TR, RECORDED_PL, _case(title="Nothing yet")):
        add_case(vault, record)
    counts = overview(vault.conn)
    assert counts.host_countries.as_dict() == {"DE": 1, "PL": 1, "TR": 1}
    assert counts.host_countries.unknown == 1
    assert counts.origin_countries.as_dict() == {"UZ": 1, "TJ": 1}


def test_search_finds_a_country_by_its_other_names(vault: Vault) -> None:
    from storage.search import search

    case = add_case(vault, _case(host_country="TR", title="Threats after the visa"))
    for query in ("Turkey", "Турция", "Turkiye", "Türkiye"):
        assert [hit.case.id for hit in search(vault.conn, query)] == [case.id], query
    belarus = add_case(vault, _case(interview={"place": {"country": "BY"}}))
    assert [hit.case.id for hit in search(vault.conn, "Белоруссия")] == [belarus.id]
