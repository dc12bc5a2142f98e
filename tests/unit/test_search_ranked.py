"""A ranked search joins to `cases` only the matches that can be on the page (issue 18): its
pages are the very rows, in the very order, of joining every match and sorting them all,
ties of score included (broken by updated_at), with and without facet and date filters."""

from __future__ import annotations

import pytest

from storage import cases, search
from storage.cases import _SUMMARY_COLUMNS
from storage.search import _WEIGHTS, SearchFilters, _conditions
from storage.vault import Vault
from tests.casedata import minimal


@pytest.fixture
def many(vault: Vault) -> Vault:
    conn = vault.conn
    for i in range(40):
        record = minimal(f"Andijon {i % 3}") | {
            # many identical texts: identical scores, only updated_at orders them
            "narrative": "Andijon shahrida hibsga olindi. " * (1 + i % 4),
            "host_country": ("TR", "KZ", "RU")[i % 3],
            "events": [{"id": "e1", "date": {"value": f"20{10 + i % 12:02d}-05-01",
                                             "precision": "day"},
                        "acts": ["arbitrary_detention"]}] if i % 2 else [],
        }
        summary = cases.add(conn, record)
        conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?",
                     (f"2025-01-01T00:{i // 60:02d}:{i % 60:02d}Z", summary.id))
    return vault


def _every_match_sorted(vault: Vault, query: str, filters: SearchFilters, limit: int,
                        offset: int) -> list[str]:
    source, where, params = _conditions(search.fts_expression(query), filters)
    rows = vault.conn.execute(
        f"SELECT {_SUMMARY_COLUMNS}, bm25(case_fts, {_WEIGHTS}) AS score FROM {source} "  # noqa: S608
        f"WHERE {' AND '.join(where)} ORDER BY score, c.updated_at DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    return [str(row[1]) for row in rows]


@pytest.mark.parametrize("filters", [
    SearchFilters(),
    SearchFilters(countries=("TR", "KZ")),
    SearchFilters(date_from="2015-01-01", date_to="2019-12-31"),
    SearchFilters(countries=("TR",), date_from="2012-01-01"),
])
@pytest.mark.parametrize("query", ["andijon", "hibsga olindi", "andij*", "nothing"])
def test_pages_as_when_every_match_is_sorted(many: Vault, query: str,
                                             filters: SearchFilters) -> None:
    for limit, offset in ((1, 0), (5, 0), (5, 5), (7, 12), (50, 0), (10, 35), (10, 60)):
        hits = search.search(many.conn, query, filters, limit=limit, offset=offset)
        assert [h.case.id for h in hits] == _every_match_sorted(many, query, filters, limit,
                                                                offset)
    assert search.search(many.conn, "andijon", filters, limit=0) == []
