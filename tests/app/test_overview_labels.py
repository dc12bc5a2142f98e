"""The Overview's charts at a laptop's width (issue 14, item 11): every bar's label whole,
wrapped rather than cut ("Arbitrary de..."); an empty chart says "No data"."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app import vocabularies
from app.services.overview import Chart, LabelledBucket, OverviewCharts
from app.ui.coordinator.overview import Dimension, OverviewSection, nice_step


def _charts() -> OverviewCharts:
    """Ten acts with the longest English labels, five countries, no host country."""
    acts = sorted(vocabularies.load("acts"), key=lambda t: -len(t.label("en")))[:10]
    act_bars = tuple(LabelledBucket(t.code, t.label("en"), 12 - i) for i, t in enumerate(acts))
    countries = tuple(LabelledBucket(c, vocabularies.label("countries", c), n)
                      for c, n in (("UZ", 9), ("TJ", 4), ("SH", 1), ("GS", 1), ("UM", 1)))
    months = Chart((LabelledBucket("2024-03", "2024-03", 3),), 3, 11)
    return OverviewCharts(14, Chart(act_bars, 14, 0), Chart(countries, 14, 0),
                          Chart((), 0, 14), months, Chart((), 0, 14))


@pytest.fixture
def section(qtbot: QtBot) -> OverviewSection:
    widget = OverviewSection()
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.on_counted(_charts())
    qtbot.wait(100)  # the charts lay out their axes
    return widget


def _axis_texts(section: OverviewSection, dimension: Dimension) -> list[str]:
    """The texts the chart draws (axis labels, bar values, titles)."""
    panel = section.panels[dimension]
    scene = panel.chart.scene()
    assert scene is not None
    texts = []
    for item in scene.items():
        obj = item.toGraphicsObject()
        if obj is not None and hasattr(obj, "toPlainText") and obj.isVisible():
            texts.append(obj.toPlainText())
    return texts


def test_long_labels_are_whole_at_1280_px(section: OverviewSection) -> None:
    for dimension, chart in ((Dimension.ACTS, _charts().acts),
                             (Dimension.ORIGIN, _charts().origin_countries)):
        drawn = _axis_texts(section, dimension)
        assert not [t for t in drawn if t.endswith(("...", "…"))], dimension
        # Each label is drawn, in one or more lines, with every word.
        flat = {" ".join(t.split()) for t in drawn}
        for bucket in chart.buckets:
            assert bucket.label in flat, bucket.label


def test_an_empty_chart_says_no_data(section: OverviewSection) -> None:
    host = section.panels[Dimension.HOST]
    assert host.no_data.isVisibleTo(section)
    assert host.no_data.text() == "No data"
    assert not host.view.isVisibleTo(section)
    acts = section.panels[Dimension.ACTS]
    assert acts.view.isVisibleTo(section)
    assert not acts.no_data.isVisibleTo(section)


def test_value_axis_ticks_are_whole_cases() -> None:
    assert [nice_step(n) for n in (0, 4, 6, 12, 26, 120)] == [1, 1, 2, 5, 10, 50]
