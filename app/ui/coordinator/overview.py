"""The Overview section (coordinators): cases by act type, origin country, host country and
month, as charts (QtCharts) and, for screen readers and for copying numbers, as tables of
the same numbers.

The counting is done by `app.services.overview.overview_charts` (in the vault's database) on
a worker thread (about 0.4 s for 10,000 cases); this module only draws what it returns. A
result that arrives after the vault was locked, or after a newer request, is dropped by the
job runner (jobs.invalidate).

Every count is a number of cases: a case with two act types counts under both, so the bars
of one chart can add up to more than the number of cases (the total line says how many
cases there are and how many have nothing recorded on that dimension).
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QLocale,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.services import overview
from app.services.cases import SearchFilters
from app.services.vaults import Vault
from app.ui.common import i18n, jobs, look
from app.ui.common.fields import heading
from app.ui.common.table import RIGHT, Column, RecordTable, SortRole
from app.ui.common.widgets import Busy, error_text, plain_label, ui_language

TOP = 10  # bars drawn in a categorical chart; the table lists every one
LABEL_CHARS = 30  # a bar's label is wrapped at about this many characters a line
MIN_CHART_HEIGHT = 320


@dataclass(frozen=True, slots=True)
class Row:
    code: str  # vocabulary or country code, "YYYY-MM"
    label: str
    count: int  # cases


class Dimension(IntEnum):
    ACTS = 0
    ORIGIN = 1
    HOST = 2
    MONTHS = 3


def chart_of(charts: overview.OverviewCharts, dimension: Dimension) -> overview.Chart:
    return {
        Dimension.ACTS: charts.acts,
        Dimension.ORIGIN: charts.origin_countries,
        Dimension.HOST: charts.host_countries,
        Dimension.MONTHS: charts.months,
    }[dimension]


def rows_of(chart: overview.Chart) -> list[Row]:
    return [Row(b.code, b.label, b.count) for b in chart.buckets]


def month_rows(chart: overview.Chart, locale: QLocale | None = None) -> list[Row]:
    """One row per month from the first to the last month with a case (months without
    one count 0, so the time axis is even), labelled like "Jun 2023" in `locale`."""
    counts = {b.code: b.count for b in chart.buckets}
    if not counts:
        return []
    locale = locale or QLocale()
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:7])
    rows = []
    while True:
        code = f"{year:04d}-{month:02d}"
        label = i18n.month_text(year, month, locale)
        rows.append(Row(code, label, counts.get(code, 0)))
        if code >= last:
            return rows
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


# -- the accessible tables --------------------------------------------------------------


class CountColumn(IntEnum):
    LABEL = 0
    CASES = 1


class CountModel(RecordTable[Row]):
    """The numbers of one chart: a label and a number of cases per row. The label column's
    header is the chart's axis title, given already translated."""

    def __init__(self, label_header: str, parent: QObject | None = None) -> None:
        super().__init__("CountModel", (
            Column(label_header, lambda r: r.label),
            Column(str(QT_TRANSLATE_NOOP("CountModel", "Cases")),
                   lambda r: QLocale().toString(r.count), sort=lambda r: r.count,
                   align=RIGHT),
        ), parent)
        self.label_header = label_header

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (section == CountColumn.LABEL and orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.DisplayRole):
            return self.label_header
        return super().headerData(section, orientation, role)


# -- one chart with its table ------------------------------------------------------------


class ChartPanel(QWidget):
    """A chart, its total line and the table of the same numbers."""

    def __init__(self, dimension: Dimension, title: str, axis_title: str) -> None:
        super().__init__()
        self.dimension = dimension
        self.title = heading(title)
        self.total = plain_label()
        self.total.setAccessibleName(fill(self.tr("Totals: %1"), title))
        self.bar_set = QBarSet(self.tr("Cases"))
        self.categories = QBarCategoryAxis()
        self.categories.setTitleText(axis_title)
        self.values = QValueAxis()
        self.values.setTitleText(self.tr("Cases"))
        self.values.setLabelFormat("%d")
        self.chart = QChart()
        # The panel's heading is the chart's title (and what a screen reader reads).
        self.chart.legend().hide()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        horizontal = dimension is not Dimension.MONTHS
        self.series: QBarSeries | QHorizontalBarSeries = (
            QHorizontalBarSeries() if horizontal else QBarSeries())
        self.series.append(self.bar_set)
        self.series.setLabelsVisible(True)
        self.chart.addSeries(self.series)
        category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        self.chart.addAxis(self.categories, category_side)
        self.chart.addAxis(self.values, value_side)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(MIN_CHART_HEIGHT)
        look.style_chart(self.view)  # the scheme's colours, the accent for the bars
        self.no_data = plain_label(self.tr("No data"))
        self.no_data.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_data.setAccessibleName(fill(self.tr("%1: no data"), title))
        self.no_data.setMinimumHeight(MIN_CHART_HEIGHT)
        self.chart_area = QStackedWidget()
        self.chart_area.addWidget(self.view)
        self.chart_area.addWidget(self.no_data)
        self.view.setAccessibleName(title)
        self.view.setAccessibleDescription(self.tr(
            "A chart. The table next to it lists the same numbers."))
        self.model = CountModel(axis_title, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(fill(self.tr("Table: %1"), title))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            CountColumn.LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            CountColumn.CASES, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumWidth(220)
        self.table.setWordWrap(True)  # a long label takes two lines rather than "..."
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Each row as high as its wrapped label, whenever the column's width changes
        # (a fixed row height cut "Harassment by ..."; issue 14, F4).
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)

        body = QHBoxLayout()
        body.addWidget(self.chart_area, 3)
        body.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.total)
        layout.addLayout(body)

    # -- what is shown ------------------------------------------------------------------

    def clear(self) -> None:
        self.show_rows([], [])
        self.total.clear()

    def _table_width(self, rows: Sequence[Row]) -> int:
        """Room for the longest word of any label (a label wraps between its words, never
        inside one: "...консулӣ" in Tajik needs 118 px) next to the count column."""
        table = self.table
        words = (word for r in rows for word in r.label.split())
        longest = max((table.fontMetrics().horizontalAdvance(w) for w in words), default=0)
        cases = max(table.sizeHintForColumn(CountColumn.CASES),
                    table.horizontalHeader().sectionSizeHint(CountColumn.CASES))
        scroll_bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(220, longest + 16 + cases + scroll_bar + 2 * table.frameWidth())

    def show_chart(self, chart: overview.Chart, total_cases: int,
                   years: overview.Chart | None = None) -> None:
        if self.dimension is Dimension.MONTHS:
            rows = month_rows(chart)
            self.show_rows(rows, rows)
        else:
            rows = rows_of(chart)
            # The largest at the top: a horizontal bar chart draws its first bar lowest.
            self.show_rows(rows, list(reversed(rows[:TOP])))
        self.total.setText(self.total_text(chart, total_cases, years))

    def show_rows(self, table_rows: Sequence[Row], bars: Sequence[Row]) -> None:
        self.model.set_rows(table_rows)
        self.bar_set.remove(0, self.bar_set.count())
        self.categories.clear()
        labels = _unique([self.bar_label(r, i == 0) for i, r in enumerate(bars)])
        if bars:
            self.categories.append(labels)
            self.bar_set.append([float(r.count) for r in bars])
        self.chart_area.setCurrentWidget(self.view if bars else self.no_data)
        # Room for every line of every label: the axis cuts what does not fit.
        lines = max((label.count("<br>") + 1 for label in labels), default=1)
        line_height = QFontMetrics(self.categories.labelsFont()).lineSpacing()
        self.view.setMinimumHeight(max(
            MIN_CHART_HEIGHT, 140 + len(bars) * (lines * line_height + 16)))
        self.table.setMinimumWidth(self._table_width(table_rows))
        highest = max((r.count for r in bars), default=0)
        step = nice_step(highest)
        self.values.setTickType(QValueAxis.TickType.TicksDynamic)
        self.values.setTickAnchor(0)
        self.values.setTickInterval(step)
        self.values.setRange(0, max(step, -(-highest // step) * step))

    def bar_label(self, row: Row, first: bool) -> str:
        """A bar's label: the row's; for months, the month and, under the first bar and
        under each January, the year (narrow bars keep readable labels; the table has the
        month and year on every row)."""
        if self.dimension is not Dimension.MONTHS:
            return wrapped(row.label)
        date = QDate(int(row.code[:4]), int(row.code[5:7]), 1)
        month = i18n.month_name(date.month())
        if first or date.month() == 1:
            return month + "<br>" + str(date.year())
        return month

    def total_text(self, chart: overview.Chart, total_cases: int,
                   years: overview.Chart | None) -> str:
        if self.dimension is Dimension.ACTS:
            text = self.tr("%n cases; %1 without an act type recorded.", "", total_cases)
        elif self.dimension is Dimension.ORIGIN:
            text = self.tr("%n cases; %1 without an origin country recorded.", "",
                           total_cases)
        elif self.dimension is Dimension.HOST:
            text = self.tr("%n cases; %1 without a host country recorded.", "", total_cases)
        else:
            text = self.tr("%n cases; %1 without a month for any event.", "", total_cases)
        text = fill(text, chart.unknown)
        if self.dimension is not Dimension.MONTHS and len(chart.buckets) > TOP:
            text += " " + fill(self.tr("The chart shows the %1 largest; the table lists all %2."),
                               TOP, len(chart.buckets))
        if years is not None and years.buckets:
            listed = ", ".join(f"{b.code}: {b.count}" for b in years.buckets)
            text += " " + fill(self.tr("Events dated only by the year: %1."), listed)
        return text


def nice_step(highest: int) -> int:
    """Whole cases between two ticks of the value axis: 1, 2 or 5 times a power of ten,
    at most five steps up to `highest` (ticks at 0, 2, 4..., never 2.4 shown as 2)."""
    step = 1
    while highest > 5 * step:
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2
    return step


def wrapped(label: str, width: int = LABEL_CHARS) -> str:
    """A bar's label in lines of about `width` characters (rich text, as the chart's axis
    draws it): a long label is wrapped, never cut short ("Arbitrary de...")."""
    lines = textwrap.wrap(label, width, break_long_words=False, break_on_hyphens=False)
    return "<br>".join(html.escape(line, quote=False) for line in lines) or html.escape(label)


def _unique(labels: list[str]) -> list[str]:
    """Category labels must differ; two codes with the same label get a counter."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


# -- the section --------------------------------------------------------------------------


class OverviewSection(QWidget):
    """Charts of the whole archive or of the cases the current search finds."""

    counted = Signal(object)  # the OverviewCharts now shown
    count_failed = Signal(str)  # the sentence shown

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.query = ""
        self.filters: SearchFilters | None = None
        self.charts: overview.OverviewCharts | None = None
        self.job: jobs.Job[overview.OverviewCharts] | None = None  # the count under way

        self.whole = QRadioButton(self.tr("Whole archive"))
        self.whole.setAccessibleName(self.tr("Whole archive"))
        self.search = QRadioButton(self.tr("Current search"))
        self.search.setAccessibleName(self.tr("Current search"))
        self.whole.setChecked(True)
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.whole)
        self.scope.addButton(self.search)
        self.refresh_button = QPushButton(self.tr("Count again"))
        self.refresh_button.setAccessibleName(self.tr("Count again"))
        self.busy = Busy()
        self.busy.setAccessibleName(self.tr("Counting the cases"))
        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Overview status"))

        self.panels = {
            Dimension.ACTS: ChartPanel(Dimension.ACTS, self.tr("Cases by act type"),
                                       self.tr("Act type")),
            Dimension.ORIGIN: ChartPanel(Dimension.ORIGIN,
                                         self.tr("Cases by origin country"),
                                         self.tr("Origin country")),
            Dimension.HOST: ChartPanel(Dimension.HOST, self.tr("Cases by host country"),
                                       self.tr("Host country")),
            Dimension.MONTHS: ChartPanel(Dimension.MONTHS,
                                         self.tr("Cases by month of the events"),
                                         self.tr("Month")),
        }

        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("Count:"), wrap=False))
        top.addWidget(self.whole)
        top.addWidget(self.search)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        content = QWidget()
        grid = QGridLayout(content)
        # One chart a row: the whole width leaves room for the bars' labels (a chart gives
        # its axis labels at most 40 % of its width, and cuts what does not fit).
        for row, dimension in enumerate(Dimension):
            grid.addWidget(self.panels[dimension], row, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Overview")))
        layout.addWidget(plain_label(self.tr(
            "How many cases there are of each kind. A case with two act types or two "
            "countries counts under both."
        )))
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        self.scope.buttonToggled.connect(self.on_scope_toggled)
        self.refresh_button.clicked.connect(self.refresh)

    # -- inputs -------------------------------------------------------------------------

    def show_vault(self, vault: Vault | None) -> None:
        """A vault to count (None: locked; everything shown is cleared)."""
        self.vault = vault
        jobs.invalidate(self)  # whatever is still being counted is dropped
        self.job = None
        self.charts = None
        self.busy.hide()
        self.status.clear()
        for panel in self.panels.values():
            panel.clear()
        self.refresh_button.setEnabled(vault is not None)
        if vault is not None:
            self.refresh()

    def set_filter(self, query: str, filters: SearchFilters | None) -> None:
        """The case list's current search (counted when "Current search" is chosen)."""
        if (query, filters) == (self.query, self.filters):
            return
        self.query, self.filters = query, filters
        if self.search.isChecked():
            self.refresh()

    def using_search(self) -> bool:
        return self.search.isChecked()

    def on_scope_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.vault is not None and self.charts is not None and self.job is None:
            self.refresh()  # cases may have been imported since

    # -- counting -----------------------------------------------------------------------

    def refresh(self) -> None:
        vault = self.vault
        if vault is None:
            return
        query, filters = (self.query, self.filters) if self.using_search() else ("", None)
        lang = ui_language()
        self.busy.show()
        self.status.setText(self.tr("Counting the cases..."))
        jobs.invalidate(self)  # a count still on its way is replaced by this one
        self.job = jobs.run(
            self, lambda _ctx: overview.overview_charts(vault, query, filters, lang),
            on_done=self.on_counted, on_failed=self.on_count_failed)

    def on_counted(self, charts: overview.OverviewCharts) -> None:
        self.job = None
        self.busy.hide()
        self.charts = charts
        self.status.setText(self.scope_text(charts))
        for dimension, panel in self.panels.items():
            years = charts.years if dimension is Dimension.MONTHS else None
            panel.show_chart(chart_of(charts, dimension), charts.total_cases, years)
        self.counted.emit(charts)

    def on_count_failed(self, err: BaseException) -> None:
        self.job = None
        self.busy.hide()
        text = error_text(err)
        self.status.setText(text)
        self.count_failed.emit(text)

    def scope_text(self, charts: overview.OverviewCharts) -> str:
        if not self.using_search():
            return self.tr("The whole archive: %n cases.", "", charts.total_cases)
        if not self.query.strip() and (self.filters is None or self.filters == SearchFilters()):
            return self.tr("No search is set, so this is the whole archive: %n cases.", "",
                           charts.total_cases)
        return self.tr("The cases the current search finds: %n cases.", "",
                       charts.total_cases)
