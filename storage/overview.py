"""Counts for the coordinator's overview charts, over the whole archive or over the cases
matching a search (the same query and SearchFilters as storage.search). Acts are an
SQL GROUP BY over the facets; countries and months are not indexed (a host country may come
from where the victims live or where the interview took place), so they are counted in one
pass over the matching cases' current records (about 0.3 s for
10,000 cases; an index of them would need a migration).

Every count is a number of *cases*, never of events or persons: a case counts once in each
bucket it belongs to (a case with two acts counts under both; the two bars then add up to
more than the number of cases, which `total_cases` states).

The dimensions (codes only; app/ turns them into labels):

- **act**: the act codes of the case's events (case_facets kind 'act').
- **origin country**: the country the repression comes from. It is taken as the
  nationalities of the case's victims (persons in the role 'victim'); when no victim has a
  nationality recorded, the countries where the case's events happened other than the host
  countries (below) (the repression reached into the origin country: relatives, property...). A case
  with neither counts in `unknown`.
- **host country**: where the person lives in exile: the case's `host_country`; when it is
  not recorded, the countries where the case's victims live (`persons[].location`), and
  when none is recorded either, the country where the interview took place
  (`interview.place`: testimony is mostly taken where the person lives in exile). A case
  with none of the three counts in `unknown`.
- **month**: the months of the case's event dates ("YYYY-MM"), from dates of precision day
  or month, and approximate dates that name a month. Dates that name only a year go to the
  separate `years` breakdown ("YYYY"); events without a date (precision unknown) are not
  counted. An approximate date counts where its value falls (month or year).

Categorical breakdowns are sorted by count, largest first, ties by code; months and years
are sorted by time (a chart's axis), oldest first.
"""

from __future__ import annotations

import json
from collections import Counter
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



def _country(place: object) -> str | None:
    country = place.get("country") if isinstance(place, dict) else None
    return str(country) if country else None


def _victims(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in record.get("persons") or []
            if isinstance(p, dict) and p.get("role") == "victim"]


def host_countries(record: dict[str, Any]) -> set[str]:
    """The recorded host country; if there is none, the countries where the victims live;
    if none of those either, the country of the interview's place."""
    if record.get("host_country"):
        return {str(record["host_country"])}
    found = {c for p in _victims(record) if (c := _country(p.get("location")))}
    if found:
        return found
    interview = record.get("interview")
    place = interview.get("place") if isinstance(interview, dict) else None
    country = _country(place)
    return {country} if country else set()


def origin_countries(record: dict[str, Any], hosts: set[str] | None = None) -> set[str]:
    """The victims' nationalities; if none is recorded, the countries of the events that
    are not a host country (`hosts`: host_countries(record), worked out if not given)."""
    found = {
        str(code)
        for person in _victims(record)
        for code in person.get("nationality") or []
    }
    if found:
        return found
    if hosts is None:
        hosts = host_countries(record)
    return {
        country
        for event in record.get("events") or []
        if (country := _country(event.get("place"))) and country not in hosts
    }


def event_periods(record: dict[str, Any]) -> tuple[set[str], set[str]]:
    """The months ("YYYY-MM") and the year-only dates ("YYYY") of the record's events."""
    months: set[str] = set()
    years: set[str] = set()
    for event in record.get("events") or []:
        date = event.get("date") or {}
        value = date.get("value")
        if not isinstance(value, str) or date.get("precision") == "unknown":
            continue
        if len(value) >= 7:
            months.add(value[:7])
        elif len(value) == 4:
            years.add(value)
    return months, years


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

    def rows(select: str) -> list[tuple[Any, Any]]:
        return [(r[0], r[1]) for r in conn.execute(f"{head} {select}", params).fetchall()]

    def one(select: str) -> int:
        return int(conn.execute(f"{head} {select}", params).fetchone()[0])

    total = one("SELECT count(*) FROM chosen")
    acts = rows(_ACTS)
    acts_cases = one("SELECT count(DISTINCT case_num) FROM case_facets WHERE kind = 'act' "
                     "AND case_num IN (SELECT num FROM chosen)")
    # One pass over the current records (countries and dates are not indexed as facets);
    # Python's JSON parser reads them faster than SQLite's json_each.
    origins: Counter[str] = Counter()
    hosts: Counter[str] = Counter()
    months: Counter[str] = Counter()
    years: Counter[str] = Counter()
    origin_cases = host_cases = month_cases = year_cases = 0
    for (raw,) in conn.execute(f"{head} SELECT record FROM current", params):
        record = json.loads(raw)
        in_hosts = host_countries(record)
        found = origin_countries(record, in_hosts)
        in_months, in_years = event_periods(record)
        origins.update(found)
        hosts.update(in_hosts)
        months.update(in_months)
        years.update(in_years)
        origin_cases += bool(found)
        host_cases += bool(in_hosts)
        month_cases += bool(in_months)
        year_cases += bool(in_years)
    return Overview(
        total_cases=total,
        acts=_breakdown(_by_count(acts), acts_cases, total),
        origin_countries=_breakdown(_by_count(list(origins.items())), origin_cases, total),
        host_countries=_breakdown(_by_count(list(hosts.items())), host_cases, total),
        months=_breakdown(_by_code(list(months.items())), month_cases, total),
        years=_breakdown(_by_code(list(years.items())), year_cases, total),
    )


def _breakdown(buckets: tuple[Bucket, ...], counted: int, total: int) -> Breakdown:
    return Breakdown(buckets, counted, total - counted)
