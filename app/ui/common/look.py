"""How Guvoh looks: the system's light or dark scheme as a Fusion palette, one accent colour
for the one main action of a screen, status colours that mean something, and icons.

Icons come from Lucide (ISC licence, resources/icons/README.md), pre-rendered to PNG masks
by tools/icons.py: the app never loads SVG (no image plugin but PNG, which Qt has built in).
An icon is a plain QIcon of pixmaps tinted with the palette's colours when it is made;
apply() sets the icons of buttons and list items again when the scheme changes.

Every icon is shown next to words (UX.md: icons with text labels, never icons alone).
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QImage,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractButton, QApplication, QListWidget, QListWidgetItem, QWidget

# -- colours ------------------------------------------------------------------------------

# One accent, a calm blue, in a shade for each scheme (lighter on the dark window); white
# words on either read at 4.5:1 or better.
ACCENT: Final = {"light": "#2458c6", "dark": "#3b6fd8"}
ON_ACCENT: Final = "#ffffff"

_LIGHT: Final = {
    "window": "#f5f6f8", "base": "#ffffff", "alternate": "#eef0f3", "button": "#e9ecf0",
    "text": "#1d2026", "muted": "#5f6670", "disabled": "#9aa0a8", "tooltip": "#ffffff",
    "link_visited": "#6a3fb5",
}
_DARK: Final = {  # fields a little lighter than the window, so their edges show
    "window": "#1f2125", "base": "#2a2d32", "alternate": "#30343a", "button": "#363a40",
    "text": "#e7e9ec", "muted": "#a3a9b1", "disabled": "#6b7178", "tooltip": "#2c2f34",
    "link_visited": "#b39ae8",
}


class Tone(StrEnum):
    """What a status colour means. Only WARN and BAD ask the person for attention."""

    NEUTRAL = "neutral"  # nothing to do yet, or nothing happened (grey)
    ACTIVE = "active"  # finished and waiting for the next step (the accent blue)
    TRANSIT = "transit"  # on its way: sealed and sent, not yet confirmed (teal)
    GOOD = "good"  # safe where it belongs: delivered, received, imported (green)
    WARN = "warn"  # needs a decision (amber)
    BAD = "bad"  # damaged, hostile or refused (red)


# Badge and dot colours: white text on each of them reads at 4.5:1 or better, on light and
# dark windows alike.
TONE_COLOURS: Final[dict[Tone, str]] = {
    Tone.NEUTRAL: "#656b73",
    Tone.ACTIVE: "#2458c6",
    Tone.TRANSIT: "#0f6f78",
    Tone.GOOD: "#1d7a3a",
    Tone.WARN: "#a85a00",
    Tone.BAD: "#b3261e",
}

# A case's status and its meaning. "Exported" is not a warning: the bundle is made and on its
# way; "Delivered" (the organisation's receipt came back) and "Received" (a coordinator's
# imported case) are where the testimony should be.
STATUS_TONES: Final[dict[str, Tone]] = {
    "draft": Tone.NEUTRAL,
    "ready": Tone.ACTIVE,
    "exported": Tone.TRANSIT,
    "delivered": Tone.GOOD,
    "received": Tone.GOOD,
}


def status_tone(status: str) -> Tone:
    return STATUS_TONES.get(status, Tone.NEUTRAL)


def tone_colour(tone: Tone) -> QColor:
    return QColor(TONE_COLOURS[tone])


def status_colour(status: str) -> QColor:
    return tone_colour(status_tone(status))


def error_colour() -> QColor:
    """The colour of an error sentence's text, readable on the current window."""
    return QColor("#ff8a80") if is_dark() else QColor(TONE_COLOURS[Tone.BAD])


def error_words(widget: QWidget) -> QWidget:
    """Show a widget's words (an inline error sentence) in the error colour of the scheme."""
    widget.setProperty("guvoh_error", True)
    widget.setStyleSheet(f"color: {error_colour().name()};")
    return widget


# -- the scheme and the palette --------------------------------------------------------------


_chosen: list[Qt.ColorScheme] = []  # a scheme chosen by apply(), over the system's


def scheme() -> Qt.ColorScheme:
    """The scheme in use: the one apply() was given, else the system's (light if unknown)."""
    if _chosen:
        return _chosen[0]
    if QGuiApplication.instance() is None:
        return Qt.ColorScheme.Light
    return QGuiApplication.styleHints().colorScheme()


def is_dark() -> bool:
    return scheme() == Qt.ColorScheme.Dark


def accent() -> QColor:
    return QColor(ACCENT["dark" if is_dark() else "light"])


def palette(dark: bool) -> QPalette:
    """The Fusion palette of a scheme: neutral greys, the accent for selection and links."""
    c = _DARK if dark else _LIGHT
    accent_colour = QColor(ACCENT["dark" if dark else "light"])
    pal = QPalette(QColor(c["button"]), QColor(c["window"]))  # Fusion derives the bevels
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, c["window"]), (role.WindowText, c["text"]), (role.Base, c["base"]),
        (role.AlternateBase, c["alternate"]), (role.Text, c["text"]),
        (role.Button, c["button"]), (role.ButtonText, c["text"]),
        (role.ToolTipBase, c["tooltip"]), (role.ToolTipText, c["text"]),
        (role.PlaceholderText, c["muted"]), (role.BrightText, "#ffffff"),
        (role.HighlightedText, ON_ACCENT), (role.LinkVisited, c["link_visited"]),
    ):
        pal.setColor(r, QColor(colour))
    for r in (role.Highlight, role.Accent):
        pal.setColor(r, accent_colour)
    pal.setColor(role.Link, QColor("#8fb2ff") if dark else accent_colour)
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        pal.setColor(disabled, r, QColor(c["disabled"]))
    pal.setColor(disabled, role.Highlight, QColor(c["disabled"]))
    return pal


def apply(app: QApplication, chosen: Qt.ColorScheme | None = None) -> None:
    """Fusion with the palette of the system's light or dark scheme, kept in step when the
    system changes it; `chosen` (Light or Dark) sets one instead (screenshots, tests)."""
    _chosen[:] = [chosen] if chosen in (Qt.ColorScheme.Light, Qt.ColorScheme.Dark) else []
    app.setStyle("Fusion")
    _apply_palette(app)
    if not app.property("guvoh_look"):
        app.setProperty("guvoh_look", True)
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: _apply_palette(app))


def _apply_palette(app: QApplication) -> None:
    app.setPalette(palette(is_dark()))
    for widget in app.allWidgets():
        if isinstance(widget, QAbstractButton) and widget.property("guvoh_primary"):
            _paint_primary(widget)
        elif widget.property("guvoh_error"):
            error_words(widget)
        elif widget.property("guvoh_chart"):
            style_chart(widget)
        if isinstance(widget, QAbstractButton) and widget.property("guvoh_icon"):
            with_icon(widget, str(widget.property("guvoh_icon")))
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                name = item.data(ICON_ROLE)
                if name:
                    item.setIcon(icon(str(name)))


def style_chart(view: Any) -> None:
    """A chart (a QChartView) in the scheme's colours: the field colour behind it, the
    palette's words on its axes, bars in the accent with white numbers."""
    view.setProperty("guvoh_chart", True)
    pal = QGuiApplication.palette()
    text, base = pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base)
    lines = pal.color(QPalette.ColorRole.Mid)
    chart = view.chart()
    chart.setBackgroundBrush(base)
    chart.setBackgroundRoundness(0)
    chart.setTitleBrush(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setTitleBrush(text)
        axis.setGridLineColor(lines)
        axis.setLinePenColor(lines)
    for series in chart.series():
        for bars in series.barSets() if hasattr(series, "barSets") else ():
            bars.setColor(accent())
            bars.setBorderColor(accent())
            bars.setLabelColor(QColor(ON_ACCENT))


def primary(button: QAbstractButton) -> QAbstractButton:
    """Mark the one main action of a screen: the accent colour, white words and icon."""
    button.setProperty("guvoh_primary", True)
    _paint_primary(button)
    return button


def _paint_primary(button: QAbstractButton) -> None:
    pal = button.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Button, accent())
        pal.setColor(group, QPalette.ColorRole.ButtonText, QColor(ON_ACCENT))
    button.setPalette(pal)
    # Fusion would lighten the accent into a pale gradient: the colour itself, flat, with a
    # clear focus ring for the keyboard.
    colour, c = accent(), _DARK if is_dark() else _LIGHT
    button.setStyleSheet(
        f"QPushButton {{ background-color: {colour.name()}; color: {ON_ACCENT};"
        f" border: 1px solid {colour.darker(130).name()}; border-radius: 4px;"
        " padding: 4px 12px; }"
        f" QPushButton:hover {{ background-color: {colour.lighter(112).name()}; }}"
        f" QPushButton:pressed {{ background-color: {colour.darker(115).name()}; }}"
        f" QPushButton:focus {{ border: 2px solid {c['text']}; padding: 3px 11px; }}"
        f" QPushButton:disabled {{ background-color: {c['button']}; color: {c['disabled']};"
        f" border-color: {c['button']}; }}"
    )
    name = button.property("guvoh_icon")
    if name:
        button.setIcon(icon(str(name), on_accent=True))


# -- icons --------------------------------------------------------------------------------

# The icon of each section of the left rail (app/ui/shell/workspace.py).
SECTION_ICONS: Final = {
    "story": "message-square-text",
    "inbox": "inbox",
    "cases": "folder-open",
    "researchers": "users",
    "overview": "chart-column",
    "organisations": "building-2",
    "identity": "id-card",
    "settings": "settings",
}
ICON_ROLE: Final = Qt.ItemDataRole.UserRole + 40  # a list item's icon name, for a new scheme
SIZES: Final = (16, 24)  # rendered at 1x and 2x each: <name>-16.png, <name>-16@2x.png...


def icons_dir() -> Path:
    return Path(str(resources.files("resources") / "icons"))


@cache
def _mask(name: str, size: int, scale: int) -> QImage:
    """The rendered shape of an icon (black on transparent), read as PNG and nothing else.
    Kept as a QImage: a cached QPixmap would outlive the application at exit."""
    suffix = "@2x" if scale == 2 else ""
    path = icons_dir() / f"{name}-{size}{suffix}.png"
    image = QImage()
    if not image.load(str(path), "PNG"):  # type: ignore[call-overload]  # str works at run time
        raise FileNotFoundError(path)
    return image.convertToFormat(QImage.Format.Format_Alpha8)


def _tinted(mask: QImage, colour: QColor) -> QPixmap:
    # No QPainter: the colour filled in, the mask as its alpha (a QPainter opened from Python
    # while Qt painted a widget once crashed the app with PySide6 6.11).
    image = QImage(mask.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(colour)
    image.setAlphaChannel(mask)
    return QPixmap.fromImage(image)


def icon(name: str, *, on_accent: bool = False) -> QIcon:
    """The icon `name` (a Lucide name, e.g. "lock") in the current scheme's colours: the
    words' colour (white on the accent), dimmed when disabled, white on a selected row.
    A plain QIcon of pixmaps (16, 24 px and their 2x), no Python code at paint time; apply()
    sets the icons of buttons and list items again when the scheme changes.
    FileNotFoundError if the icon was not rendered."""
    pal = QGuiApplication.palette()
    words = pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    colours = {
        QIcon.Mode.Normal: QColor(ON_ACCENT) if on_accent else words,
        QIcon.Mode.Active: QColor(ON_ACCENT) if on_accent else words,
        QIcon.Mode.Disabled: pal.color(QPalette.ColorGroup.Disabled,
                                       QPalette.ColorRole.ButtonText),
        QIcon.Mode.Selected: QColor(ON_ACCENT) if on_accent else pal.color(
            QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText),
    }
    result = QIcon()
    for side in SIZES:
        for scale in (1, 2):
            mask = _mask(name, side, scale)
            for mode, colour in colours.items():
                result.addPixmap(_tinted(mask, colour), mode, QIcon.State.Off)
    return result


def item_icon(item: QListWidgetItem, name: str) -> QListWidgetItem:
    """Put icon `name` before a list item's words (the left rail's sections)."""
    item.setData(ICON_ROLE, name)
    item.setIcon(icon(name))
    return item


def with_icon(button: QAbstractButton, name: str) -> QAbstractButton:
    """Put icon `name` before the button's words (white on the accent for the main action)."""
    button.setProperty("guvoh_icon", name)
    button.setIcon(icon(name, on_accent=bool(button.property("guvoh_primary"))))
    return button
