"""The coordinator's overview: storage.overview's counts (acts, countries of origin and
of residence, months and years) with their vocabulary labels in a chosen language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.services.reports.labels import label
from storage import overview
from storage.search import SearchFilters
from storage.vault import Vault


@dataclass(frozen=True, slots=True)
class LabelledBucket:
    code: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Chart:
    buckets: tuple[LabelledBucket, ...]
    cases_counted: int
    unknown: int  # cases with nothing recorded on this dimension


@dataclass(frozen=True, slots=True)
class OverviewCharts:
    total_cases: int
    acts: Chart
    origin_countries: Chart
    host_countries: Chart
    months: Chart  # labels are the codes (YYYY-MM); the UI formats them with QLocale
    years: Chart  # year-only dates (YYYY)


def _chart(breakdown: overview.Breakdown, name: Callable[[str], str]) -> Chart:
    return Chart(tuple(LabelledBucket(b.code, name(b.code), b.count) for b in breakdown.buckets),
                 breakdown.cases_counted, breakdown.unknown)


def overview_charts(vault: Vault, query: str = "", filters: SearchFilters | None = None,
                    lang: str = "en") -> OverviewCharts:
    """storage.overview's counts with labels in `lang` (see that module for what each
    dimension counts)."""
    counts = overview.overview(vault.conn, query, filters)

    def country(code: str) -> str:
        return label("countries", code, lang)

    return OverviewCharts(
        total_cases=counts.total_cases,
        acts=_chart(counts.acts, lambda code: label("acts", code, lang)),
        origin_countries=_chart(counts.origin_countries, country),
        host_countries=_chart(counts.host_countries, country),
        months=_chart(counts.months, str),
        years=_chart(counts.years, str),
    )
