"""The Overview section: the numbers in its tables and in its bars are the ones counted by
hand from the cases added here; whole archive versus the current search; locking clears
everything and drops a count still on its way."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QHorizontalBarSeries
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from app.services import cases as case_service
from app.services import overview
from app.ui.common import jobs
from app.ui.common.table import RecordRole
from app.ui.coordinator.overview import (
    TOP,
    CountColumn,
    CountModel,
    Dimension,
    OverviewSection,
    Row,
)
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.search import SearchFilters
from storage.vault import Vault
from tests.conftest import PASSPHRASE


def case(host: str, events: list[dict[str, Any]], nationality: list[str] | None = None,
         title: str = "A testimony") -> dict[str, Any]:
    record: dict[str, Any] = {"schema_version": 1, "title": title, "host_country": host,
                              "consent": {"given": True}, "events": events}
    if nationality is not None:
        record["persons"] = [{"id": "p1", "role": "victim", "nationality": nationality}]
    return record


def event(eid: str, date: str | None, precision: str, country: str,
          acts: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {"id": eid, "place": {"country": country}, "acts": acts}
    if date is not None:
        found["date"] = {"value": date, "precision": precision}
    return found


# Five cases; the counts below are worked out by hand from them.
CASES = [
    # A: a victim from Uzbekistan living in Turkey; two events, one act in both.
    case("TR", [event("e1", "2023-06", "month", "UZ", ["pressure_on_relatives"]),
                event("e2", "2024-01-15", "day", "TR",
                      ["passport_document_denial", "pressure_on_relatives"])], ["UZ"]),
    # B: no nationality; the event happened outside the host country (Tajikistan), a year.
    case("PL", [event("e1", "2022", "year", "TJ", ["enforced_disappearance"])]),
    # C: everything happened in the host country: origin unknown.
    case("TR", [event("e1", "2023-06-03", "day", "TR", ["account_compromise"])]),
    # D: no events at all.
    case("DE", []),
    # E: a dual national.
    case("TR", [event("e1", "2024-01", "month", "TR", ["pressure_on_relatives"])],
         ["UZ", "RU"]),
]

WHOLE = {
    Dimension.ACTS: {"Pressure on relatives": 2, "Passport or document denial": 1,
                     "Enforced disappearance": 1, "Account or e-mail compromise": 1},
    Dimension.ORIGIN: {"Uzbekistan": 2, "Russia": 1, "Tajikistan": 1},
    Dimension.HOST: {"Türkiye": 3, "Poland": 1, "Germany": 1},
    Dimension.MONTHS: {"2023-06": 2, "2024-01": 2},
}
UNKNOWN = {Dimension.ACTS: 1, Dimension.ORIGIN: 2, Dimension.HOST: 0, Dimension.MONTHS: 2}


pytestmark = pytest.mark.vault(role="coordinator", cases=CASES)


@pytest.fixture
def section(qtbot: QtBot) -> OverviewSection:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    made = OverviewSection()
    qtbot.addWidget(made)
    made.resize(1200, 900)
    return made


def show(qtbot: QtBot, section: OverviewSection, vault: Vault | None) -> None:
    with qtbot.waitSignal(section.counted, timeout=10_000):
        section.show_vault(vault)


def table(section: OverviewSection, dimension: Dimension) -> dict[str, int]:
    model = section.panels[dimension].model
    found = {}
    for r in range(model.rowCount()):
        row = model.data(model.index(r, CountColumn.LABEL), RecordRole)
        assert model.data(model.index(r, CountColumn.LABEL)) == row.label
        assert model.data(model.index(r, CountColumn.CASES)) == str(row.count)
        found[row.code if dimension is Dimension.MONTHS else row.label] = row.count
    return found


def bars(section: OverviewSection, dimension: Dimension) -> list[tuple[str, int]]:
    panel = section.panels[dimension]
    values = [int(panel.bar_set.at(i)) for i in range(panel.bar_set.count())]
    return list(zip(panel.categories.categories(), values, strict=True))


def test_the_numbers_are_the_hand_counted_ones(qtbot: QtBot, section: OverviewSection,
                                               vault: Vault) -> None:
    from tests.app.test_accessibility import _unnamed

    show(qtbot, section, vault)
    assert section.charts is not None
    assert section.charts.total_cases == 5
    for dimension in (Dimension.ACTS, Dimension.ORIGIN, Dimension.HOST):
        assert table(section, dimension) == WHOLE[dimension]
        # The bars: the same numbers, the largest at the top (drawn last).
        drawn = bars(section, dimension)
        assert dict(drawn) == WHOLE[dimension]
        assert [n for _, n in drawn] == sorted(n for _, n in drawn)
        assert isinstance(section.panels[dimension].series, QHorizontalBarSeries)
    # Months: every month from the first to the last, the ones without a case at 0.
    months = table(section, Dimension.MONTHS)
    assert list(months) == ["2023-06", "2023-07", "2023-08", "2023-09", "2023-10",
                            "2023-11", "2023-12", "2024-01"]
    assert {k: v for k, v in months.items() if v} == WHOLE[Dimension.MONTHS]
    month_bars = bars(section, Dimension.MONTHS)
    assert month_bars[0] == ("Jun<br>2023", 2)  # the year under the first and each January
    assert month_bars[1] == ("Jul", 0)
    assert month_bars[-1] == ("Jan<br>2024", 2)
    assert sum(n for _, n in month_bars) == 4
    # The total lines: the number of cases and those with nothing recorded.
    for dimension, unknown in UNKNOWN.items():
        text = section.panels[dimension].total.text()
        assert text.startswith("5 cases")
        assert f"; {unknown} without" in text
    assert "only by the year: 2022: 1" in section.panels[Dimension.MONTHS].total.text()
    assert "whole archive: 5 case" in section.status.text()
    assert section.busy.isHidden()
    assert _unnamed(section) == []


def test_the_current_search_counts_only_its_cases(qtbot: QtBot, section: OverviewSection,
                                                  vault: Vault) -> None:
    show(qtbot, section, vault)
    section.set_filter("", SearchFilters(acts=("pressure_on_relatives",)))  # A and E
    assert table(section, Dimension.HOST) == WHOLE[Dimension.HOST]  # not used yet
    with qtbot.waitSignal(section.counted, timeout=10_000):
        section.search.click()
    assert section.charts is not None
    assert section.charts.total_cases == 2
    assert table(section, Dimension.ACTS) == {"Pressure on relatives": 2,
                                              "Passport or document denial": 1}
    assert table(section, Dimension.ORIGIN) == {"Uzbekistan": 2, "Russia": 1}
    assert dict(bars(section, Dimension.HOST)) == {"Türkiye": 2}
    months = table(section, Dimension.MONTHS)
    assert (months["2023-06"], months["2024-01"]) == (1, 2)
    assert "current search finds: 2 case" in section.status.text()

    # A new search while "Current search" is chosen is counted at once.
    with qtbot.waitSignal(section.counted, timeout=10_000):
        section.set_filter("", SearchFilters(acts=("enforced_disappearance",)))  # B
    assert table(section, Dimension.HOST) == {"Poland": 1}
    assert table(section, Dimension.MONTHS) == {}
    assert bars(section, Dimension.MONTHS) == []

    with qtbot.waitSignal(section.counted, timeout=10_000):
        section.whole.click()
    assert table(section, Dimension.HOST) == WHOLE[Dimension.HOST]

    # "Current search" with no search set is the whole archive, and says so.
    section.set_filter("", None)
    with qtbot.waitSignal(section.counted, timeout=10_000):
        section.search.click()
    assert "No search is set" in section.status.text()
    assert section.charts is not None
    assert section.charts.total_cases == 5


def test_locking_clears_everything_and_drops_a_late_count(
    qtbot: QtBot, section: OverviewSection, vault: Vault
) -> None:
    show(qtbot, section, vault)
    section.refresh()  # a count on its way...
    assert not section.busy.isHidden()
    job = section.job
    assert job is not None
    counted: list[object] = []
    section.counted.connect(counted.append)
    section.show_vault(None)  # ...when the vault is locked
    # The worker keeps a job until its result has reached the GUI thread (and was dropped).
    qtbot.waitUntil(lambda: job not in jobs._ACTIVE, timeout=10_000)
    assert counted == []
    assert section.charts is None
    assert section.busy.isHidden()
    assert section.status.text() == ""
    for panel in section.panels.values():
        assert panel.model.rowCount() == 0
        assert panel.bar_set.count() == 0
        assert panel.categories.count() == 0
        assert panel.total.text() == ""
    assert not section.refresh_button.isEnabled()


def test_a_newer_count_replaces_one_on_its_way(qtbot: QtBot, section: OverviewSection,
                                               vault: Vault,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    show(qtbot, section, vault)
    real = overview.overview_charts
    gate = threading.Event()
    calls: list[object] = []

    def held(*args: Any) -> overview.OverviewCharts:
        calls.append(args)
        if args[2] is not None:  # the search's count waits until the whole one was shown
            gate.wait(10)  # (by its filters: the two jobs may start in either order)
        return real(*args)

    monkeypatch.setattr(overview, "overview_charts", held)
    section.set_filter("", SearchFilters(acts=("enforced_disappearance",)))
    section.search.click()  # counts the search: held
    first = section.job
    assert first is not None
    counted: list[overview.OverviewCharts] = []
    section.counted.connect(counted.append)
    with qtbot.waitSignal(section.counted, timeout=10_000):
        section.whole.click()  # the whole archive, counted while the first is on its way
    gate.set()
    qtbot.waitUntil(lambda: first not in jobs._ACTIVE, timeout=10_000)
    assert [c.total_cases for c in counted] == [5]  # the search's late count was dropped
    assert section.charts is not None
    assert section.charts.total_cases == 5
    assert section.job is None


def test_a_long_list_draws_the_largest_and_tables_all(qtbot: QtBot, tmp_path: Path,
                                                      section: OverviewSection) -> None:
    countries = ["AM", "AZ", "BY", "DE", "FR", "GE", "KG", "KZ", "LT", "LV", "PL", "TR"]
    made, _ = Vault.create(tmp_path / "many", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                           role="coordinator")
    with made:
        for i, host in enumerate(countries):
            for _ in range(i + 1):  # AM once ... TR twelve times
                case_service.add_case(made, case(host, []))
        show(qtbot, section, made)
        hosts = section.panels[Dimension.HOST]
        assert hosts.model.rowCount() == len(countries)
        drawn = bars(section, Dimension.HOST)
        assert len(drawn) == TOP
        assert [n for _, n in drawn] == list(range(3, 13))
        assert f"all {len(countries)}" in hosts.total.text()
        section.show_vault(None)


def test_the_tables_are_sound_models(qtmodeltester: Any, qtbot: QtBot,
                                     section: OverviewSection, vault: Vault) -> None:
    show(qtbot, section, vault)
    for panel in section.panels.values():
        qtmodeltester.check(panel.model)
        qtmodeltester.check(panel.proxy)
    model = CountModel("Act type")
    qtmodeltester.check(model)
    model.set_rows([Row("x", "X", 3), Row("y", "Y", 10)])
    qtmodeltester.check(model)
    assert model.headerData(CountColumn.LABEL, Qt.Orientation.Horizontal) == "Act type"
    assert model.headerData(CountColumn.CASES, Qt.Orientation.Horizontal) == "Cases"
    # Sorting by number sorts numerically (10 after 3), not as text.
    proxy = section.panels[Dimension.ACTS].proxy
    proxy.sort(CountColumn.CASES, Qt.SortOrder.DescendingOrder)
    assert proxy.data(proxy.index(0, CountColumn.CASES)) == "2"


# -- the organisation card as a QR code picture (app/ui/keys.py, OwnOrganisationPanel) -----


def test_the_card_is_saved_as_a_printable_qr_picture(qtbot: QtBot, tmp_path: Path) -> None:
    import stat

    from PySide6.QtGui import QImage

    from app.services import cardqr, organisations
    from app.ui.keys.organisations import OrganisationsSection
    from tests.app.test_accessibility import _unnamed
    from tests.unit.test_cardqr import read_qr

    made, _ = Vault.create(tmp_path / "c", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                           role="coordinator")
    with made:
        organisations.create_organisation(made, "Memorial", tmp_path / "org.card")
        card = (tmp_path / "org.card").read_bytes()
        section = OrganisationsSection()
        qtbot.addWidget(section)
        section.show()
        section.show_vault(made)
        panel = section.own
        assert panel.qr_button.isVisible()
        assert not panel.qr_label.pixmap().isNull()  # the code is on screen too
        assert _unnamed(section) == []
        code = panel.code_label.code()
        assert code == organisations.read_card(tmp_path / "org.card")[0].safety_code()
        assert len(code.split()) > 1
        assert all(len(group) == 4 for group in code.split())

        folder = tmp_path / "print"
        folder.mkdir()
        panel.folder.set_path(folder)
        panel.qr_button.click()
        out = folder / cardqr.QR_FILE_NAME
        assert str(out) in panel.message.text()
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        saved = QImage(str(out))
        page = panel.card_page(card, "Memorial", code)
        assert saved.size() == page.size()
        assert saved.convertToFormat(page.format()) == page
        # The top of the picture is the card's QR code, which reads back to the card.
        qr = QImage.fromData(cardqr.card_qr_png(card, scale=8))
        size = len(cardqr.card_qr_matrix(card))
        modules = tuple(
            tuple(saved.pixelColor((4 + c) * 8 + 4, (4 + r) * 8 + 4).value() < 128
                  for c in range(size))
            for r in range(size)
        )
        assert read_qr(modules) == card
        # Below it, the name and the safety code are printed (there is ink there).
        below = [saved.pixelColor(x, y).value() < 128
                 for y in range(qr.height(), saved.height(), 2)
                 for x in range(0, saved.width(), 2)]
        assert any(below)

        before = out.read_bytes()
        panel.qr_button.click()  # never over an existing file
        assert "already exists" in panel.message.text()
        assert out.read_bytes() == before
        assert sorted(p.name for p in folder.iterdir()) == [cardqr.QR_FILE_NAME]

        panel.folder.set_path(tmp_path / "missing")
        panel.qr_button.click()
        assert "folder" in panel.message.text()

        section.show_vault(None)
        assert panel.qr_label.pixmap().isNull()
