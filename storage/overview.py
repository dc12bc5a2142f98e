"""Counts for the coordinator's overview charts, computed in SQL over the whole archive or
over the cases matching a search (the same query and SearchFilters as storage.search).

Every count is a number of *cases*, never of events or persons: a case counts once in each
bucket it belongs to (a case with two acts counts under both; the two bars then add up to
more than the number of cases, which `total_cases` states).

The dimensions (codes only; app/ turns them into labels):

- **act**: the act codes of the case's events (case_facets kind 'act').
- **origin country**: the country the repression comes from. It is taken as the
  nationalities of the case's victims (persons in the role 'victim'); when no victim has a
  nationality recorded, the countries where the case's events happened other than the host
  country (the repression reached into the origin country: relatives, property...). A case
  with neither counts in `unknown`.
- **host country**: `cases.host_country`, where the person lives in exile.
- **month**: the months of the case's event dates ("YYYY-MM"), from dates of precision day
  or month, and approximate dates that name a month. Dates that name only a year go to the
  separate `years` breakdown ("YYYY"); events without a date (precision unknown) are not
  counted. An approximate date counts where its value falls (month or year).

Categorical breakdowns are sorted by count, largest first, ties by code; months and years
are sorted by time (a chart's axis), oldest first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storage.db import Connection
from storage.search import SearchFilters, matching_cases_sql


@dataclass(frozen=True, slots=True)
class Bucket:
    code: str  # a vocabulary code, an ISO country code, "YYYY-MM" or "YYYY"
    count: int  # cases


@dataclass(frozen=True, slots=True)
class Breakdown:
    """Counts of cases per code along one dimension."""

    buckets: tuple[Bucket, ...]
    cases_counted: int  # cases with at least one code on this dimension
    unknown: int  # cases with none ("not recorded"): total_cases - cases_counted

    def as_dict(self) -> dict[str, int]:
        return {b.code: b.count for b in self.buckets}


@dataclass(frozen=True, slots=True)
class Overview:
    total_cases: int
    acts: Breakdown
    origin_countries: Breakdown
    host_countries: Breakdown
    months: Breakdown
    years: Breakdown  # year-only dates: a bucket per year, apart from the months


# The current revision's record of each chosen case (`chosen`: the nums counted).
_CURRENT = (
    "SELECT r.case_num AS num, r.record AS record FROM case_revisions r "
    "JOIN cases c ON c.num = r.case_num AND r.revision = c.current_revision "
    "WHERE c.num IN (SELECT num FROM chosen)"
)

_ACTS = (
    "SELECT f.value, count(*) FROM case_facets f WHERE f.kind = 'act' "
    "AND f.case_num IN (SELECT num FROM chosen) GROUP BY f.value"
)

_HOSTS = (
    "SELECT c.host_country, count(*) FROM cases c WHERE c.num IN (SELECT num FROM chosen) "
    "AND c.host_country IS NOT NULL AND c.host_country != '' GROUP BY c.host_country"
)

# Victims' nationalities per case; then, for cases without any, event countries that are
# not the host country.
_ORIGIN_PAIRS = (
    "nationality AS (SELECT DISTINCT cur.num AS num, nat.value AS code FROM current cur, "
    "json_each(cur.record, '$.persons') p, json_each(p.value, '$.nationality') nat "
    "WHERE json_extract(p.value, '$.role') = 'victim'), "
    "abroad AS (SELECT DISTINCT cur.num AS num, json_extract(e.value, '$.place.country') AS code "
    "FROM current cur JOIN cases c ON c.num = cur.num, json_each(cur.record, '$.events') e "
    "WHERE json_extract(e.value, '$.place.country') IS NOT NULL "
    "AND json_extract(e.value, '$.place.country') IS NOT c.host_country "
    "AND cur.num NOT IN (SELECT num FROM nationality)), "
    "origin AS (SELECT num, code FROM nationality UNION SELECT num, code FROM abroad)"
)

_DATES = (
    "dates AS (SELECT DISTINCT cur.num AS num, json_extract(e.value, '$.date.value') AS v "
    "FROM current cur, json_each(cur.record, '$.events') e "
    "WHERE json_extract(e.value, '$.date.value') IS NOT NULL "
    "AND json_extract(e.value, '$.date.precision') != 'unknown')"
)


def _chosen(query: str, filters: SearchFilters | None) -> tuple[str, list[Any]]:
    if not query.strip() and (filters is None or filters == SearchFilters()):
        return "SELECT num FROM cases", []
    return matching_cases_sql(query, filters)


def _by_count(rows: Sequence[tuple[Any, Any]]) -> tuple[Bucket, ...]:
    buckets = [Bucket(str(code), int(n)) for code, n in rows]
    return tuple(sorted(buckets, key=lambda b: (-b.count, b.code)))


def _by_code(rows: Sequence[tuple[Any, Any]]) -> tuple[Bucket, ...]:
    return tuple(sorted((Bucket(str(code), int(n)) for code, n in rows), key=lambda b: b.code))


def overview(
    conn: Connection, query: str = "", filters: SearchFilters | None = None
) -> Overview:
    """Counts of cases by act, origin country, host country and month, over every case
    (no query, no filters) or over the cases `storage.search.search(query, filters)` would
    find (without its limit). For each breakdown, `unknown` = total - `cases_counted`."""
    chosen, params = _chosen(query, filters)
    head = f"WITH chosen AS ({chosen}), current AS ({_CURRENT})"

    def rows(ctes: str, select: str) -> list[tuple[Any, Any]]:
        sql = f"{head}{', ' + ctes if ctes else ''} {select}"
        return [(r[0], r[1]) for r in conn.execute(sql, params).fetchall()]

    def one(ctes: str, select: str) -> int:
        sql = f"{head}{', ' + ctes if ctes else ''} {select}"
        return int(conn.execute(sql, params).fetchone()[0])

    total = one("", "SELECT count(*) FROM chosen")
    acts = rows("", _ACTS)
    acts_cases = one("", "SELECT count(DISTINCT case_num) FROM case_facets WHERE kind = 'act' "
                     "AND case_num IN (SELECT num FROM chosen)")
    hosts = rows("", _HOSTS)
    origins = rows(_ORIGIN_PAIRS, "SELECT code, count(*) FROM origin GROUP BY code")
    origin_cases = one(_ORIGIN_PAIRS, "SELECT count(DISTINCT num) FROM origin")
    months = rows(_DATES, "SELECT substr(v, 1, 7), count(DISTINCT num) FROM dates "
                  "WHERE length(v) >= 7 GROUP BY substr(v, 1, 7)")
    month_cases = one(_DATES, "SELECT count(DISTINCT num) FROM dates WHERE length(v) >= 7")
    years = rows(_DATES, "SELECT v, count(DISTINCT num) FROM dates WHERE length(v) = 4 "
                 "GROUP BY v")
    year_cases = one(_DATES, "SELECT count(DISTINCT num) FROM dates WHERE length(v) = 4")
    host_cases = sum(n for _, n in hosts)
    return Overview(
        total_cases=total,
        acts=_breakdown(_by_count(acts), acts_cases, total),
        origin_countries=_breakdown(_by_count(origins), origin_cases, total),
        host_countries=_breakdown(_by_count(hosts), host_cases, total),
        months=_breakdown(_by_code(months), month_cases, total),
        years=_breakdown(_by_code(years), year_cases, total),
    )


def _breakdown(buckets: tuple[Bucket, ...], counted: int, total: int) -> Breakdown:
    return Breakdown(buckets, counted, total - counted)
