"""The look of a 2026 desktop app (issue 14, item 12): icons with words from one icon set
(Lucide, pre-rendered to PNG), the system's light or dark scheme as a Fusion palette with one
accent, status colours that mean something, one date format per language and one unit
system for sizes, in the command line and the desktop app alike."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QImage,
    QImageReader,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
)
from pytestqt.qtbot import QtBot

from app.domain import sizes as domain_sizes
from app.ui.common import i18n, look
from app.ui.common import sizes as ui_sizes
from app.ui.common.look import Tone
from app.ui.coordinator.inbox import outcomes
from app.ui.researcher.case_list import StatusBadgeDelegate
from app.ui.researcher.case_model import StatusRole
from storage.cases import STATUSES

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"


@pytest.fixture
def restore_look(qapp: QApplication) -> Iterator[QApplication]:
    """Tests here switch schemes; later tests get the application as it was."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield qapp
    look._chosen.clear()
    qapp.setStyle(style)
    qapp.setPalette(palette)


# -- icons ----------------------------------------------------------------------------------

_USED = (re.compile(r'with_icon\([^\n]*?,\s*"([\w-]+)"\)'), re.compile(r'look\.icon\("([\w-]+)"'))


def icons_used() -> set[str]:
    names = set(look.SECTION_ICONS.values())
    for path in APP.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in _USED:
            names.update(pattern.findall(text))
    return names


def test_every_icon_used_exists_as_png_at_1x_and_2x() -> None:
    used = icons_used()
    assert len(used) >= 20, used  # the rail and the main actions of every screen
    for name in sorted(used):
        assert (ROOT / "tools" / "icons" / "lucide" / f"{name}.svg").is_file(), name
        for side in look.SIZES:
            for scale, suffix in ((1, ""), (2, "@2x")):
                path = look.icons_dir() / f"{name}-{side}{suffix}.png"
                reader = QImageReader(str(path))
                assert reader.format() == b"png", path  # by its bytes, not its name
                assert reader.size() == QSize(side * scale, side * scale), path
    with pytest.raises(FileNotFoundError):
        look.icon("no-such-icon")


def test_the_licence_and_the_tool_travel_with_the_icons() -> None:
    folder = look.icons_dir()
    assert "ISC License" in (folder / "LICENSE.lucide.txt").read_text(encoding="utf-8")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for words in ("Lucide", "ISC", "tools/icons.py"):
        assert words in readme
    assert not list(folder.glob("*.svg"))  # the app's resources hold no SVG at all


def test_icons_load_as_png_without_any_image_plugin() -> None:
    """PNG is built into Qt; no imageformats plugin (svg above all) may be loaded."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "tests.app.look_probe"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    icons = len(list((ROOT / "tools" / "icons" / "lucide").glob("*.svg")))
    assert report["icons"] == icons
    assert report["painted"] == icons * 2 * 2 * 3 * 4  # every one drew something
    assert report["plugins"] == []


def _ink(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    image = icon.pixmap(QSize(24, 24), 1.0, mode).toImage()
    return {image.pixelColor(x, y).name() for x in range(24) for y in range(24)
            if image.pixelColor(x, y).alpha() == 255}


def test_icons_take_the_colours_of_the_scheme(qtbot: QtBot,
                                              restore_look: QApplication) -> None:
    app = restore_look
    look.apply(app, Qt.ColorScheme.Light)
    button = look.with_icon(QPushButton("Lock"), "lock")
    main = look.primary(look.with_icon(QPushButton("Unlock"), "lock-open"))
    rail = QListWidget()
    for widget in (button, main, rail):
        qtbot.addWidget(widget)
    item = look.item_icon(QListWidgetItem("Cases"), "folder-open")
    rail.addItem(item)
    for scheme, text in ((Qt.ColorScheme.Light, "#1d2026"), (Qt.ColorScheme.Dark, "#e7e9ec")):
        look.apply(app, scheme)  # shown icons are set again in the new scheme's colours
        assert app.palette().color(QPalette.ColorRole.ButtonText).name() == text
        assert _ink(button.icon()) == {text}
        assert _ink(rail.item(0).icon()) == {text}
        assert _ink(main.icon()) == {"#ffffff"}
        disabled = app.palette().color(QPalette.ColorGroup.Disabled,
                                       QPalette.ColorRole.ButtonText).name()
        assert _ink(button.icon(), QIcon.Mode.Disabled) == {disabled} != {text}
        assert _ink(button.icon(), QIcon.Mode.Selected) == {"#ffffff"}  # on a selected row
    for side, scale in ((16, 1.0), (16, 2.0), (24, 1.0), (24, 2.0), (20, 1.0)):
        pixmap = button.icon().pixmap(QSize(side, side), scale)
        assert pixmap.width() == round(side * scale), (side, scale)  # 1x and 2x masks


# -- scheme, palette, accent ------------------------------------------------------------------


def _lightness(colour: QColor) -> int:
    return colour.lightness()


def test_dark_and_light_palettes(restore_look: QApplication) -> None:
    role = QPalette.ColorRole
    light, dark = look.palette(False), look.palette(True)
    assert _lightness(light.color(role.Window)) > 200 > _lightness(light.color(role.WindowText))
    assert _lightness(dark.color(role.Window)) < 60 < _lightness(dark.color(role.WindowText))
    assert _lightness(dark.color(role.Base)) < 60
    for palette, accent in ((light, look.ACCENT["light"]), (dark, look.ACCENT["dark"])):
        assert palette.color(role.Highlight).name() == accent
        assert palette.color(role.Accent).name() == accent
        assert _contrast(QColor(accent), QColor(look.ON_ACCENT)) >= 4.5  # white words on it
    app = restore_look
    look.apply(app, Qt.ColorScheme.Dark)
    assert app.style().name().lower() == "fusion"
    assert app.palette().color(role.Window) == dark.color(role.Window)
    look.apply(app, Qt.ColorScheme.Light)
    assert app.palette().color(role.Window) == light.color(role.Window)


class _Hints:
    def __init__(self, scheme: Qt.ColorScheme) -> None:
        self.scheme = scheme

    def colorScheme(self) -> Qt.ColorScheme:  # noqa: N802
        return self.scheme


def test_the_palette_follows_the_systems_scheme(restore_look: QApplication,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    app = restore_look
    role = QPalette.ColorRole
    hints = _Hints(Qt.ColorScheme.Dark)
    real = QGuiApplication.styleHints()
    monkeypatch.setattr(QGuiApplication, "styleHints", staticmethod(lambda: hints))
    look.apply(app)  # no scheme chosen: the system's
    assert app.palette().color(role.Window) == look.palette(True).color(role.Window)
    button = look.primary(look.with_icon(QPushButton("Export"), "package"))
    assert button.palette().color(role.Button).name() == look.ACCENT["dark"]
    hints.scheme = Qt.ColorScheme.Light  # the person switches the system to light
    real.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert app.palette().color(role.Window) == look.palette(False).color(role.Window)
    assert button.palette().color(role.Button).name() == look.ACCENT["light"]
    assert button.palette().color(role.ButtonText).name() == "#ffffff"
    hints.scheme = Qt.ColorScheme.Unknown  # a system that does not say: light
    real.colorSchemeChanged.emit(Qt.ColorScheme.Unknown)
    assert not look.is_dark()


def test_one_accent_for_the_main_action(qtbot: QtBot, restore_look: QApplication) -> None:
    look.apply(restore_look, Qt.ColorScheme.Light)
    main, other = QPushButton("Unlock"), QPushButton("Back")
    for button in (main, other):
        qtbot.addWidget(button)
    look.primary(look.with_icon(main, "lock-open"))
    look.with_icon(other, "arrow-left")
    role = QPalette.ColorRole
    assert main.palette().color(role.Button).name() == look.ACCENT["light"]
    assert other.palette().color(role.Button).name() != look.ACCENT["light"]
    assert _ink(main.icon()) == {"#ffffff"}
    assert _ink(other.icon()) == {"#1d2026"}
    main.resize(main.sizeHint())
    shown = main.grab().toImage()  # drawn flat in the accent, not a pale Fusion gradient
    centre = shown.pixelColor(shown.width() // 2, 3)
    assert centre.name() == look.ACCENT["light"]
    assert other.styleSheet() == ""


def test_error_words_read_on_either_window(qtbot: QtBot, restore_look: QApplication) -> None:
    label = QLabel("That did not work.")
    qtbot.addWidget(label)
    look.error_words(label)
    for scheme in (Qt.ColorScheme.Light, Qt.ColorScheme.Dark):
        look.apply(restore_look, scheme)  # an error shown already follows the scheme
        window = restore_look.palette().color(QPalette.ColorRole.Window)
        assert look.error_colour().name() in label.styleSheet()
        assert _contrast(look.error_colour(), window) >= 4.5, scheme


def test_charts_take_the_scheme_and_the_accent(qtbot: QtBot,
                                               restore_look: QApplication) -> None:
    from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView, QValueAxis

    bars, series, chart, axis = QBarSet("Cases"), QBarSeries(), QChart(), QValueAxis()
    bars.append([3, 2])
    series.append(bars)
    chart.addSeries(series)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    view = QChartView(chart)
    qtbot.addWidget(view)
    look.apply(restore_look, Qt.ColorScheme.Light)
    look.style_chart(view)
    assert chart.backgroundBrush().color().name() == "#ffffff"
    assert bars.color().name() == look.ACCENT["light"]
    look.apply(restore_look, Qt.ColorScheme.Dark)  # a chart shown already follows the scheme
    assert chart.backgroundBrush().color().lightness() < 60
    assert axis.labelsColor().name() == "#e7e9ec"
    assert bars.color().name() == look.ACCENT["dark"]


# -- status colours -------------------------------------------------------------------------


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_status_colours_mean_something() -> None:
    for status in STATUSES:
        assert status in look.STATUS_TONES, status
    assert look.status_tone("draft") is Tone.NEUTRAL
    assert look.status_tone("ready") is Tone.ACTIVE
    assert look.status_tone("exported") is Tone.TRANSIT  # on its way: not a warning
    assert look.status_tone("delivered") is Tone.GOOD
    assert look.status_tone("received") is Tone.GOOD
    assert look.status_tone("something new") is Tone.NEUTRAL
    # Only WARN and BAD look like warnings (amber and red hues); each tone its own colour.
    warm = {t for t in Tone if look.tone_colour(t).hsvHue() < 45}
    assert warm == {Tone.WARN, Tone.BAD}
    assert len({look.tone_colour(t).name() for t in Tone}) == len(Tone)
    for tone in Tone:  # white words on every badge are readable
        assert _contrast(look.tone_colour(tone), QColor("white")) >= 4.5, tone


def test_the_case_list_and_the_inbox_use_the_one_mapping(qtbot: QtBot) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    model = QStandardItemModel(1, 1)
    item = QStandardItem("Exported")
    item.setData("exported", StatusRole)
    model.setItem(0, 0, item)
    table.setModel(model)
    delegate = StatusBadgeDelegate(table)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 160, 28)
    option.fontMetrics = table.fontMetrics()
    option.widget = table
    image = QImage(160, 28, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0, QModelIndex()))
    painter.end()
    painted = {image.pixelColor(x, 14).name() for x in range(160)}
    assert look.TONE_COLOURS[Tone.TRANSIT] in painted
    assert look.TONE_COLOURS[Tone.WARN] not in painted
    assert all(isinstance(t, Tone) for t in outcomes.TONES.values())  # the same mapping
    dot = outcomes.tone_icon(Tone.GOOD).pixmap(12, 12).toImage()
    assert dot.pixelColor(6, 6).name() == look.TONE_COLOURS[Tone.GOOD]


# -- dates ------------------------------------------------------------------------------------

EXPECTED_DAY = {  # 4 March 1995: day, month and a four-digit year, in each language's order
    "en": "04/03/1995", "ru": "04.03.1995", "uz-Latn": "04/03/1995", "uz-Cyrl": "04/03/1995",
    "tg": "04/03/1995", "kk": "04.03.1995", "ky": "04/03/1995", "tk": "04.03.1995",
}


def test_one_date_format_per_language() -> None:
    assert set(EXPECTED_DAY) == {language.code for language in i18n.LANGUAGES}
    try:
        for code, expected in EXPECTED_DAY.items():
            i18n.install(code)
            assert i18n.date_text(dt.date(1995, 3, 4)) == expected, code
            fmt = i18n.date_format()
            assert fmt.count("yyyy") == 1, (code, fmt)
            assert "dd" in fmt, (code, fmt)
            assert "MM" in fmt, (code, fmt)
            stamp = "1995-03-04T12:00:00Z"
            moment = i18n.stamp_text(stamp)
            local_day = i18n.parse_stamp(stamp).toLocalTime().date()  # type: ignore[union-attr]
            assert moment.startswith(i18n.date_text(local_day) + " "), (code, moment)
            assert re.fullmatch(r".+ \d\d:\d\d", moment), moment
            assert i18n.stamp_text(stamp, day_only=True) == i18n.date_text(local_day)
            assert i18n.stamp_text("not a stamp") == "not a stamp"
    finally:
        i18n.install("en")


def test_months_and_dates_as_precise_as_remembered() -> None:
    try:
        i18n.install("ru")
        assert i18n.month_text(1995, 3, long=True) == "март 1995"  # not the genitive "марта"
        assert i18n.partial_date_text("1995-03", "month") == "март 1995"
        assert i18n.partial_date_text("1995-03-04", "day") == "04.03.1995"
        i18n.install("en")
        assert i18n.month_text(2026, 12) == "Dec 2026"
        assert i18n.partial_date_text("1995", "year") == "1995"
        assert i18n.partial_date_text("1995-02-30", "day") is None
        assert i18n.partial_date_text("", "unknown") is None
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        assert re.fullmatch(r"\d\d:\d\d", i18n.recent_text(now))  # today: the time alone
        assert i18n.recent_text("2001-02-03T10:00:00Z").startswith("03/02/2001")
    finally:
        i18n.install("en")


# Ways to format a date other than app/ui/common/i18n.py's (a stamp built for the vault says
# "# stored, not shown").
_DATE_FORMATTING = re.compile(
    r"strftime\(|%Y|%H:%M|setDisplayFormat\(\s*[\"']"
    r"|toString\([^\n]*[\"'][^\"'\n]*(?:yy|dd|MM|HH)[^\"'\n]*[\"']"
    r"|FormatType\.(?:Short|Long|Narrow)Format"
    r"|_at\)?\[:\d+\]|\.replace\(\"T\", \" \"\)|\.isoformat\(\)[^\n]*(?:setText|Label)"
)


def date_formatting_outside_i18n(files: dict[str, str]) -> list[str]:
    found = []
    for name, text in files.items():
        for number, line in enumerate(text.splitlines(), 1):
            code, _hash, comment = line.partition("#")
            if _DATE_FORMATTING.search(code) and "stored, not shown" not in comment:
                found.append(f"{name}:{number}: {line.strip()}")
    return found


def test_no_other_date_formatting_in_app_ui() -> None:
    files = {path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
             for path in sorted((APP / "ui").rglob("*.py"))
             if path != APP / "ui" / "common" / "i18n.py"}
    assert date_formatting_outside_i18n(files) == []
    # ...and the check finds what this issue removed.
    before = {
        "dates.py": 'return f"{when:%Y-%m-%d %H:%M} UTC"',
        "section.py": 'self.from_date.setDisplayFormat("yyyy-MM-dd")',
        "case_model.py": 'return row.updated.replace("T", " ").removesuffix("Z")',
        "organisations.py": "lambda o: o.trusted_at[:10],",
        "widgets.py": "return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)",
        "story.py": "return QLocale().toString(stamp.time(), QLocale.FormatType.ShortFormat)",
        "overview.py": 'label = locale.toString(QDate(year, month, 1), "MMM yyyy")',
    }
    assert len(date_formatting_outside_i18n(before)) == len(before)


# -- sizes ------------------------------------------------------------------------------------

SIZES = (0, 1, 2, 999, 1000, 1499, 1500, 9_949, 9_950, 10_000, 999_999, 1_000_000,
         4_200_000, 184_000_000, 999_999_999, 1_000_000_000, 15_000_000_000)


def test_sizes_are_identical_in_the_command_line_and_the_app() -> None:
    for size in SIZES:
        assert ui_sizes.human_size(size) == domain_sizes.human_size(size), size
    assert domain_sizes.human_size(4_200_000) == "4.2 MB"
    assert domain_sizes.human_size(184_000_000) == "184 MB"
    assert domain_sizes.human_size(1) == "1 byte"
    assert domain_sizes.human_size(999_999) == "1.0 MB"  # not "1000 kB"
    assert ui_sizes.human_size(1_500_000_000_000) == "1500 GB"  # no group separator either


def test_every_size_unit_has_a_symbol_for_translators() -> None:
    assert set(ui_sizes.UNIT_SYMBOLS) == {unit for unit, _ in domain_sizes.UNITS}


def test_limits_named_in_mb_are_counted_in_powers_of_1000() -> None:
    from app.services import cases
    from app.ui.researcher import viewer

    assert domain_sizes.human_size(cases.MAX_CASE_FILE) == "32 MB"
    assert domain_sizes.human_size(viewer.MAX_PREVIEW) == "256 MB"
    messages = "".join(f.read_text(encoding="utf-8") for f in (APP / "messages").glob("*.py"))
    assert "(over 32 MB)" in messages
    assert "256 MB)" in (APP / "ui" / "researcher" / "files.py").read_text(encoding="utf-8")


# Binary units (MiB...) or /1024 arithmetic in what people read; the key derivation's memory
# is a parameter of Argon2, counted in its own KiB, and stays so in the command line's help
# and the vault's technical details.
_BINARY = re.compile(r"[\"'][^\"'\n]*\d\s*(?:KiB|MiB|GiB)[^\"'\n]*[\"']|\{[^}]*/ ?1024")
_BINARY_ALLOWED = {"app/cli/commands/vault.py", "app/services/vaults.py"}


def test_no_other_size_units_in_app() -> None:
    found = []
    for path in sorted(APP.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _BINARY.search(line.split("#", 1)[0]) and name not in _BINARY_ALLOWED:
                found.append(f"{name}:{number}")
    assert found == []
    assert _BINARY.search('"The case file %1 is too large (over 32 MiB)."')
